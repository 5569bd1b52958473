// The quotes stage of the pipeline: quotes::Extractor over each document, the speakers'
// entity ids read once entities has assigned them, the quotes stored with the document.
//   Requires: analysis; mentions (ner) and mention.entity (entities) when those stages run
//   Assigns:  quotes; store record RecordKind::kQuotes (engine::QuotesCodec)
#ifndef MARSAD_ENGINE_QUOTES_STAGE_H_
#define MARSAD_ENGINE_QUOTES_STAGE_H_

#include <memory>

#include "marsad/base/result.h"
#include "marsad/engine/pipeline.h"

namespace marsad::engine {

// The stage, with the embedded quote lexicon normalized by a default text::Analyzer (the
// analysis `marsad ingest` runs). Fails only if the embedded lexicon does not parse.
Result<std::unique_ptr<Stage>> NewQuotesStage();

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_QUOTES_STAGE_H_
