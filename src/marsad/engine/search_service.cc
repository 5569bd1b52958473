// SearchService; see search_service.h.
#include "marsad/engine/search_service.h"

#include <algorithm>
#include <chrono>
#include <utility>

#include "marsad/engine/entities_stage.h"
#include "marsad/engine/index_stage.h"
#include "marsad/index/query_parser.h"

namespace marsad::engine {

SearchService::SearchService(store::Store* store, io::Env* env)
    : store_(store), env_(env), analyzer_(IndexAnalyzerOptions()), searcher_(analyzer_) {}

Result<std::unique_ptr<SearchService>> SearchService::Open(store::Store* store, io::Env* env) {
  // entity: filters resolve through the entity table the entities stage stored, if any.
  MARSAD_ASSIGN_OR_RETURN(std::optional<entities::Resolver> table, LoadEntityTable(*store));
  std::shared_ptr<const entities::Resolver> shared;
  if (table.has_value()) shared = std::make_shared<const entities::Resolver>(std::move(*table));
  return Open(store, std::move(shared), env);
}

Result<std::unique_ptr<SearchService>> SearchService::Open(store::Store* store,
                                                           std::shared_ptr<const entities::Resolver> table,
                                                           io::Env* env) {
  std::unique_ptr<SearchService> s(new SearchService(store, env));
  MARSAD_RETURN_IF_ERROR(s->Refresh());
  if (table != nullptr) {
    s->SetEntityResolver([shared = std::move(table)](std::string_view value) -> Result<std::vector<std::string>> {
      std::vector<std::string> docs;
      for (EntityId id : shared->Lookup(value)) {
        for (std::string& d : shared->DocumentsOf(id)) docs.push_back(std::move(d));
      }
      std::sort(docs.begin(), docs.end());
      docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
      return docs;
    });
  }
  return s;
}

Status SearchService::Refresh() {
  MARSAD_ASSIGN_OR_RETURN(std::shared_ptr<const index::Snapshot> snap,
                          index::OpenSnapshot(env_, IndexDir(store_->dir())));
  std::lock_guard<std::mutex> lock(mu_);
  snapshot_ = std::move(snap);
  return Status::Ok();
}

std::shared_ptr<const index::Snapshot> SearchService::snapshot() const {
  std::lock_guard<std::mutex> lock(mu_);
  return snapshot_;
}

std::uint64_t SearchService::num_docs() const { return snapshot()->num_live_docs(); }

Result<SearchResponse> SearchService::Search(const SearchRequest& request) const {
  const auto start = std::chrono::steady_clock::now();
  SearchResponse out;
  out.query = request.query;
  const std::shared_ptr<const index::Snapshot> snap = snapshot();

  index::ParsedQuery parsed = index::ParseQuery(request.query);
  index::SearchOptions options;
  options.k = request.k;
  std::vector<std::string> only;
  std::vector<std::string> extra_warnings;
  if (!parsed.entities.empty()) {
    if (entity_resolver_) {
      bool first = true;
      for (const std::string& e : parsed.entities) {
        MARSAD_ASSIGN_OR_RETURN(std::vector<std::string> docs, entity_resolver_(e));
        std::sort(docs.begin(), docs.end());
        docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
        if (first) {
          only = std::move(docs);
          first = false;
        } else {
          std::vector<std::string> both;
          std::set_intersection(only.begin(), only.end(), docs.begin(), docs.end(), std::back_inserter(both));
          only = std::move(both);
        }
      }
      parsed.entities.clear();
      options.only_ids = &only;
    } else {
      extra_warnings.push_back("entity: filters need the entities stage (marsad ingest --stages entities); "
                               "no document matches them yet");
    }
  }
  if (snap->segments.empty()) {
    auto stored = store_->CountDocuments();
    if (stored.ok() && *stored > 0) {
      extra_warnings.push_back("the store holds " + std::to_string(*stored) +
                               " documents but no index yet: the next `marsad ingest` with the index stage "
                               "indexes them first");
    }
  }
  index::SearchResults r = searcher_.Search(*snap, parsed, options);
  out.total = r.total;
  out.total_exact = r.total_exact;
  out.warnings = std::move(r.warnings);
  for (std::string& w : extra_warnings) out.warnings.push_back(std::move(w));

  text::TextAnalysis analysis;
  store::ReadOptions ro;
  ro.text = request.details;
  for (const index::Hit& h : r.hits) {
    SearchHitView v;
    v.id = h.id;
    v.score = h.score;
    v.date = h.date;
    v.source = h.source;
    if (request.details) {
      auto row = store_->GetDocument(h.id, ro);
      if (!row.ok()) {
        if (row.status().IsNotFound()) continue;  // removed from the store since it was indexed
        return row.status();
      }
      v.title = std::move(row->title);
      analyzer_.Analyze(row->text, &analysis);
      v.snippet = index::MakeSnippet(row->text, analysis, r.words);
    }
    out.hits.push_back(std::move(v));
  }
  out.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return out;
}

}  // namespace marsad::engine
