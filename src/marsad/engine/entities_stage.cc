// EntitiesStage and the entity table in the store; see entities_stage.h.
#include "marsad/engine/entities_stage.h"

#include <utility>

#include "marsad/entities/entity_codec.h"

namespace marsad::engine {

void EntityMentionsCodec::Encode(const Value& mentions, std::string* out) {
  *out = entities::EncodeDocMentions(mentions);
}

Result<EntityMentionsCodec::Value> EntityMentionsCodec::Decode(std::string_view in) {
  return entities::DecodeDocMentions(in);
}

namespace {

std::unique_ptr<text::Analyzer> NewAnalyzer() { return std::make_unique<text::Analyzer>(); }

}  // namespace

EntitiesStage::EntitiesStage() : own_analyzer_(NewAnalyzer()), resolver_(*own_analyzer_) {}

EntitiesStage::EntitiesStage(entities::Resolver resolver) : resolver_(std::move(resolver)) {}

Status EntitiesStage::Process(doc::AnalyzedDoc* doc, WorkerContext* /*ctx*/) const {
  resolver_.Prepare(doc);
  return Status::Ok();
}

Status EntitiesStage::Open(store::Store& store) {
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> bytes, store.GetMeta(kMetaEntityTable));
  if (!bytes) return Status::Ok();
  auto table = entities::Resolver::Decode(resolver_, *bytes);
  if (!table.ok()) return table.status().WithContext(store.dir() + ": entity table");
  resolver_ = std::move(table).value();
  dirty_ = false;
  return Status::Ok();
}

Status EntitiesStage::ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) {
  resolver_.Commit(doc);
  dirty_ = true;
  if (ctx.batch != nullptr) ctx.batch->Put<EntityMentionsCodec>(doc->document.id, doc->mentions);
  return Status::Ok();
}

Status EntitiesStage::EndBatch(const OrderedContext& ctx) {
  if (!dirty_ || ctx.batch == nullptr) return Status::Ok();
  ctx.batch->PutMeta(std::string(kMetaEntityTable), resolver_.Encode());
  dirty_ = false;
  return Status::Ok();
}

Result<std::unique_ptr<Stage>> NewEntitiesStage() {
  return std::unique_ptr<Stage>(std::make_unique<EntitiesStage>());
}

Result<std::optional<entities::Resolver>> LoadEntityTable(store::Store& store) {
  // Never destroyed: tables loaded with it may outlive any local scope.
  static const text::Analyzer* const analyzer = new text::Analyzer();
  return LoadEntityTable(store, *analyzer);
}

Result<std::optional<entities::Resolver>> LoadEntityTable(store::Store& store,
                                                          const text::Analyzer& analyzer) {
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> bytes, store.GetMeta(kMetaEntityTable));
  if (!bytes) return std::optional<entities::Resolver>();
  auto table = entities::Resolver::Decode(analyzer, *bytes);
  if (!table.ok()) return table.status().WithContext(store.dir() + ": entity table");
  return std::optional<entities::Resolver>(std::move(table).value());
}

}  // namespace marsad::engine
