// NerStage; see ner_stage.h.
#include "marsad/engine/ner_stage.h"

#include <atomic>
#include <cstdlib>
#include <utility>

#include "marsad/engine/record_codecs.h"

#ifndef MARSAD_MODEL_DIR
#define MARSAD_MODEL_DIR "data/models"
#endif

namespace marsad::engine {
namespace {

std::atomic<std::uint64_t> next_serial{1};

// One tagger cache per thread, reset when it last served another stage (another model).
struct ThreadCache {
  std::uint64_t serial = 0;
  ner::TaggerCache cache;
};

ner::TaggerCache* CacheFor(std::uint64_t serial) {
  thread_local ThreadCache tc;
  if (tc.serial != serial) {
    tc.cache.Clear();
    tc.serial = serial;
  }
  return &tc.cache;
}

}  // namespace

NerStage::NerStage(std::shared_ptr<const ner::Model> model)
    : model_(std::move(model)), tagger_(*model_), serial_(next_serial.fetch_add(1)) {}

Result<std::unique_ptr<NerStage>> NerStage::Open(io::Env& env, const std::string& path) {
  MARSAD_ASSIGN_OR_RETURN(ner::Model model, ner::Model::Load(env, path));
  return std::make_unique<NerStage>(std::make_shared<const ner::Model>(std::move(model)));
}

std::string NerStage::DefaultModelPath() {
  const char* file = std::getenv("MARSAD_NER_MODEL");
  if (file != nullptr && *file != '\0') return file;
  const char* dir = std::getenv("MARSAD_MODELS");
  return std::string(dir != nullptr && *dir != '\0' ? dir : MARSAD_MODEL_DIR) + "/ner.model";
}

Status NerStage::Process(doc::AnalyzedDoc* doc, WorkerContext* /*ctx*/) const {
  tagger_.Tag(doc, CacheFor(serial_));
  return Status::Ok();
}

Status NerStage::ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) {
  if (ctx.batch == nullptr) return Status::Ok();
  ctx.batch->Put<MentionsCodec>(doc->document.id, doc->mentions);
  return Status::Ok();
}

}  // namespace marsad::engine
