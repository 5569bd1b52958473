// NerStage: the `ner` stage of the ingest pipeline. Tags every document with ner::Tagger
// and stores its name mentions (type, byte span into the stored text, token range) as the
// document's kMentions record (engine::MentionsCodec), for the entities and quotes stages
// and for `marsad show`.
//
// Requires: analysis (text::Analyzer, default options). Assigns: mentions (MentionKind::kName).
#ifndef MARSAD_ENGINE_NER_STAGE_H_
#define MARSAD_ENGINE_NER_STAGE_H_

#include <memory>
#include <string>

#include "marsad/base/result.h"
#include "marsad/engine/pipeline.h"
#include "marsad/io/env.h"
#include "marsad/ner/model.h"
#include "marsad/ner/tagger.h"

namespace marsad::engine {

class NerStage : public Stage {
 public:
  // Tags with `model`, which the stage shares (read-only) with any other user.
  explicit NerStage(std::shared_ptr<const ner::Model> model);

  // Loads the model file at `path` once; the Model::Load error (naming the file) otherwise.
  static Result<std::unique_ptr<NerStage>> Open(io::Env& env, const std::string& path);

  // The model file the registry's stage loads: $MARSAD_NER_MODEL when set, else ner.model in
  // $MARSAD_MODELS when set, else in the data/models folder of the source tree.
  static std::string DefaultModelPath();

  std::string_view name() const override { return "ner"; }

  // Replaces doc->mentions with the names the tagger finds. Thread-safe: each thread keeps
  // its own ner::TaggerCache.
  Status Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const override;

  // Writes the mentions as the document's kMentions record into ctx.batch (writer thread).
  bool ordered() const override { return true; }
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override;

 private:
  std::shared_ptr<const ner::Model> model_;
  ner::Tagger tagger_;
  std::uint64_t serial_;  // tells this stage's thread-local caches from another's
};

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_NER_STAGE_H_
