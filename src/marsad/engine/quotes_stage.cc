// The quotes stage; see quotes_stage.h.
#include "marsad/engine/quotes_stage.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "marsad/engine/entities_stage.h"
#include "marsad/engine/record_codecs.h"
#include "marsad/quotes/extractor.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {
namespace {

class QuotesStage : public Stage {
 public:
  explicit QuotesStage(quotes::Extractor extractor) : extractor_(std::move(extractor)) {}

  std::string_view name() const override { return "quotes"; }

  // Extraction on the worker threads, with the worker's scratch buffers.
  Status Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const override {
    extractor_.Process(doc, &ctx->quotes);
    return Status::Ok();
  }

  // On the writer thread, after entities: the speakers' entity ids, then the record.
  bool ordered() const override { return true; }
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override {
    quotes::AssignSpeakerEntities(doc->mentions, &doc->quotes);
    if (ctx.batch != nullptr) ctx.batch->Put<QuotesCodec>(doc->document.id, doc->quotes);
    return Status::Ok();
  }

 private:
  quotes::Extractor extractor_;
};

}  // namespace

Result<std::unique_ptr<Stage>> NewQuotesStage() {
  const text::Analyzer analyzer;
  MARSAD_ASSIGN_OR_RETURN(quotes::Extractor extractor, quotes::Extractor::Create(analyzer));
  return std::unique_ptr<Stage>(std::make_unique<QuotesStage>(std::move(extractor)));
}

Status ForEachStoredQuote(store::Store& store, const quotes::QuoteFilter& filter, std::string_view doc_id,
                          const std::function<void(const store::DocumentRow&, const doc::Quote&)>& fn) {
  // Speakers' canonical names come from the entity table as it is now (an entity's most
  // frequent full form changes as documents arrive), not from when the quote was stored.
  MARSAD_ASSIGN_OR_RETURN(std::optional<entities::Resolver> table, LoadEntityTable(store));
  return ForEachStoredQuote(store, filter, doc_id, table.has_value() ? &*table : nullptr, nullptr,
                            [&fn](const store::DocumentRow& row, const doc::Quote& q) {
                              fn(row, q);
                              return true;
                            });
}

Status ForEachStoredQuote(store::Store& store, const quotes::QuoteFilter& filter, std::string_view doc_id,
                          const entities::Resolver* table, const std::vector<EntityId>* speakers,
                          const std::function<bool(const store::DocumentRow&, const doc::Quote&)>& fn) {
  const bool by_entity = speakers != nullptr && doc_id.empty();
  auto spoken_by = [&](const doc::Quote& q) {
    return q.speaker.entity && std::find(speakers->begin(), speakers->end(), *q.speaker.entity) != speakers->end();
  };
  // The ids first (cheap, no text), then each document's record: the store serialises its
  // calls, so records cannot be read from inside a ForEachDocument callback.
  std::vector<std::string> ids;
  if (!doc_id.empty()) {
    ids.emplace_back(doc_id);
  } else if (by_entity) {
    for (EntityId e : *speakers) {
      if (table == nullptr) break;
      for (std::string& d : table->DocumentsOf(e)) ids.push_back(std::move(d));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  } else {
    MARSAD_RETURN_IF_ERROR(store.ForEachFingerprint(
        [&](std::string_view id, std::string_view, const store::Fingerprint&) { ids.emplace_back(id); }));
    std::sort(ids.begin(), ids.end());
  }
  for (const std::string& id : ids) {
    auto q = store.Get<QuotesCodec>(id);
    if (!q.ok()) {
      if (!q.status().IsNotFound()) return q.status().WithContext(store.dir() + ": " + id);
      if (doc_id.empty()) continue;  // ingested without the quotes stage (or no longer stored)
      // One document asked for: say whether it is stored at all.
      store::ReadOptions no_text;
      no_text.text = false;
      auto row = store.GetDocument(id, no_text);
      if (!row.ok()) return row.status().WithContext(store.dir());
      return Status::Ok();
    }
    if (q->empty()) continue;
    if (by_entity && std::none_of(q->begin(), q->end(), spoken_by)) continue;
    auto row = store.GetDocument(id, store::ReadOptions());
    if (!row.ok()) {
      // Deleted between the two reads (an ingest replacing it): as if it had no quotes.
      if (row.status().IsNotFound() && doc_id.empty()) continue;
      return row.status();
    }
    for (doc::Quote& quote : *q) {
      if (quote.span.end > row->text.size()) {
        return Status::Corruption(store.dir() + ": " + id + ": a quote ends past the stored text");
      }
      if (quote.speaker.entity && table != nullptr) {
        if (auto e = table->Get(*quote.speaker.entity)) quote.speaker.name = e->name;
      }
      if (by_entity && !spoken_by(quote)) continue;
      if (filter.Matches(row->id, row->text, quote) && !fn(*row, quote)) return Status::Ok();
    }
  }
  return Status::Ok();
}

}  // namespace marsad::engine
