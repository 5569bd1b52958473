// The entities stage: adapts entities::Resolver to the ingest pipeline and the store. Its
// parallel part (Process) finds each document's role phrases; its ordered part links and
// matches the mentions against the cross-document entity table, assigns mention.entity,
// and stores the document's resolved mentions (a kEntities record). The table itself is a
// store metadata value (kMetaEntityTable) written with each batch, so it always describes
// exactly the documents stored, and entity ids stay stable across ingests.
//
// Requires: analysis, kName mentions (the ner stage). Assigns: kTitle mentions,
// mention.entity.
#ifndef MARSAD_ENGINE_ENTITIES_STAGE_H_
#define MARSAD_ENGINE_ENTITIES_STAGE_H_

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/mention.h"
#include "marsad/engine/pipeline.h"
#include "marsad/entities/resolver.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {

// The store metadata key of the entity table (entities::Resolver::Encode bytes).
inline constexpr std::string_view kMetaEntityTable = "entities_table";

// The kEntities record of a document: its name and title mentions with their entities
// (entities::EncodeDocMentions).
struct EntityMentionsCodec {
  using Value = std::vector<doc::Mention>;
  static constexpr store::RecordKind kKind = store::RecordKind::kEntities;
  static void Encode(const Value& mentions, std::string* out);
  static Result<Value> Decode(std::string_view in);  // Corruption / NotSupported
};
static_assert(store::RecordCodec<EntityMentionsCodec>);

class EntitiesStage final : public Stage {
 public:
  // An empty table over the stage's own default text::Analyzer (configured as ingest's).
  EntitiesStage();
  // Starts from `resolver` (e.g. Resolver::EmptyLike of a table the caller keeps).
  explicit EntitiesStage(entities::Resolver resolver);

  std::string_view name() const override { return "entities"; }
  // entities::Resolver::Prepare. Thread-safe.
  Status Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const override;
  bool ordered() const override { return true; }
  // Loads the table the store holds (none: starts empty). Corruption/NotSupported naming
  // the store when the stored table cannot be read.
  Status Open(store::Store& store) override;
  // entities::Resolver::Commit, then the document's kEntities record into ctx.batch.
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override;
  // Puts the table into ctx.batch when documents changed it.
  Status EndBatch(const OrderedContext& ctx) override;

  const entities::Resolver& resolver() const { return resolver_; }

 private:
  std::unique_ptr<text::Analyzer> own_analyzer_;
  entities::Resolver resolver_;
  bool dirty_ = false;
};

// The registry's factory.
Result<std::unique_ptr<Stage>> NewEntitiesStage();

// The entity table of `store` for readers (the entities command, show, search's entity:
// filter: Resolver::Lookup then Resolver::DocumentsOf). nullopt when no ingest ran the
// entities stage; Corruption/NotSupported naming the store when the table is damaged.
// `analyzer` must outlive the result.
Result<std::optional<entities::Resolver>> LoadEntityTable(store::Store& store,
                                                          const text::Analyzer& analyzer);
// The same with a process-wide default Analyzer (readers of the table: show, quotes, search).
Result<std::optional<entities::Resolver>> LoadEntityTable(store::Store& store);

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_ENTITIES_STAGE_H_
