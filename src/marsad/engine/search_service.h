// SearchService: `marsad search` as a library call, for the command line and the HTTP
// server. It searches the committed index inside a store (<store>/index, written by the
// index stage) and completes each hit from the store: title, date, source, and a snippet of
// the stored text with the matched words highlighted by byte offsets.
#ifndef MARSAD_ENGINE_SEARCH_SERVICE_H_
#define MARSAD_ENGINE_SEARCH_SERVICE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/entities/resolver.h"
#include "marsad/index/index_writer.h"
#include "marsad/index/searcher.h"
#include "marsad/index/snippet.h"
#include "marsad/io/env.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {

struct SearchRequest {
  std::string query;
  std::size_t k = 10;
  // Fill title and snippet from the store (the batch evaluation needs only ids and scores).
  bool details = true;
};

struct SearchHitView {
  std::string id;
  float score = 0;
  std::string title;
  std::optional<std::int64_t> date;  // seconds since the epoch, UTC
  std::string source;
  index::Snippet snippet;  // empty without details
};

struct SearchResponse {
  std::string query;
  std::uint64_t total = 0;   // matching documents found (a lower bound unless total_exact)
  bool total_exact = false;
  double took_ms = 0;        // parsing, analysis, search and (with details) the store reads
  std::vector<SearchHitView> hits;
  std::vector<std::string> warnings;  // what the query parser could not use
};

// Resolves an entity: value (an entity id or a name in any spelling) to the ids of the
// documents that mention it. Filled in by the entities module when it lands (see
// SearchService::SetEntityResolver).
using EntityResolver = std::function<Result<std::vector<std::string>>(std::string_view value)>;

// Thread-safe: any number of threads may call Search concurrently, and Refresh meanwhile.
class SearchService {
 public:
  // Opens the index of `store` as of its last commit (read-only: an ingest in another
  // process may be writing it). An empty index when none was built yet. Corruption or
  // NotSupported naming the index file that is damaged or of an unknown version.
  // `store` must outlive the service.
  static Result<std::unique_ptr<SearchService>> Open(store::Store* store, io::Env* env = io::Env::Default());
  // The same with the entity table given (null: entity: filters match nothing) instead of
  // decoded from the store: for a server that keeps one table per store generation.
  static Result<std::unique_ptr<SearchService>> Open(store::Store* store,
                                                     std::shared_ptr<const entities::Resolver> table,
                                                     io::Env* env = io::Env::Default());

  // Runs the query. Never fails on the query text: what the parser cannot use becomes a
  // warning. IOError/Corruption from the store when a hit's document cannot be read; a hit
  // whose document the store no longer has is dropped.
  Result<SearchResponse> Search(const SearchRequest& request) const;

  // Re-reads the index's manifest, so later searches see documents committed since.
  Status Refresh();

  // Makes entity: filters work: each value is resolved to documents, and only documents
  // matching every value can match. Without a resolver an entity: filter matches nothing
  // and says so in the warnings. Not thread-safe with Search: call it before searching.
  void SetEntityResolver(EntityResolver resolver) { entity_resolver_ = std::move(resolver); }

  // Documents in the current snapshot of the index (live ones).
  std::uint64_t num_docs() const;

 private:
  SearchService(store::Store* store, io::Env* env);
  std::shared_ptr<const index::Snapshot> snapshot() const;

  store::Store* store_;
  io::Env* env_;
  text::Analyzer analyzer_;  // the same configuration as the index stage's (STYLE.md habit 6)
  index::Searcher searcher_;
  EntityResolver entity_resolver_;
  mutable std::mutex mu_;
  std::shared_ptr<const index::Snapshot> snapshot_;  // guarded by mu_
};

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_SEARCH_SERVICE_H_
