// The quotes stage of the pipeline: quotes::Extractor over each document, the speakers'
// entity ids read once entities has assigned them, the quotes stored with the document.
//   Requires: analysis; mentions (ner) and mention.entity (entities) when those stages run
//   Assigns:  quotes; store record RecordKind::kQuotes (engine::QuotesCodec)
#ifndef MARSAD_ENGINE_QUOTES_STAGE_H_
#define MARSAD_ENGINE_QUOTES_STAGE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/engine/pipeline.h"
#include "marsad/entities/resolver.h"
#include "marsad/quotes/quote_filter.h"
#include "marsad/store/store.h"

namespace marsad::engine {

// The stage, with the embedded quote lexicon normalized by a default text::Analyzer (the
// analysis `marsad ingest` runs). Fails only if the embedded lexicon does not parse.
Result<std::unique_ptr<Stage>> NewQuotesStage();

// The stored quotes that pass `filter` (`marsad quotes`, GET /api/quotes): calls
// fn(document, quote) in document id order, then text order, for every document the quotes
// stage ran on (or only document `doc_id` when it is not empty). `document.text` is the
// stored text the quote's offsets refer to. NotFound naming the store when `doc_id` is not
// stored; Corruption when a record does not decode. Thread-safe as the store is.
Status ForEachStoredQuote(store::Store& store, const quotes::QuoteFilter& filter, std::string_view doc_id,
                          const std::function<void(const store::DocumentRow&, const doc::Quote&)>& fn);

// The same with the entity table given rather than decoded from the store (a server keeps
// one per store generation): `table` may be null (speakers' names as stored). With
// `speakers` (and an empty `doc_id`), only the quotes whose speaker entity is one of them
// pass (besides `filter`), and only the documents those entities are mentioned in (their
// docs in `table`) are read — the text only of a document with such a quote. Stops when fn
// returns false (the caller has enough).
Status ForEachStoredQuote(store::Store& store, const quotes::QuoteFilter& filter, std::string_view doc_id,
                          const entities::Resolver* table, const std::vector<EntityId>* speakers,
                          const std::function<bool(const store::DocumentRow&, const doc::Quote&)>& fn);

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_QUOTES_STAGE_H_
