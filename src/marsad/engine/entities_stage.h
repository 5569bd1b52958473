// The entities stage: adapts entities::Resolver to the ingest pipeline and the store. Its
// parallel part (Process) finds each document's role phrases and reads its names (words,
// keys, spellings); its ordered part links and matches the mentions against the
// cross-document entity table, assigns mention.entity,
// and stores the document's resolved mentions (a kEntities record). The table itself is
// kept in the store's metadata as a snapshot (kMetaEntityTable) and per-batch deltas
// written in the same transaction as the batch's documents, so it always describes exactly
// the documents stored, and entity ids stay stable across ingests.
//
// Requires: analysis, kName mentions (the ner stage). Assigns: kTitle mentions,
// mention.entity.
#ifndef MARSAD_ENGINE_ENTITIES_STAGE_H_
#define MARSAD_ENGINE_ENTITIES_STAGE_H_

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/mention.h"
#include "marsad/engine/pipeline.h"
#include "marsad/entities/resolver.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {

// The store metadata key of the entity table's snapshot (entities::Resolver::Encode bytes;
// docs/formats/entities.md), which the deltas apply to.
inline constexpr std::string_view kMetaEntityTable = "entities_table";
// The number of deltas (entities::Resolver::TakeDelta) that follow the snapshot, in
// decimal; they are under EntityDeltaKey(1) ... EntityDeltaKey(n). Absent (a store written
// before deltas): none.
inline constexpr std::string_view kMetaEntityDeltas = "entities_deltas";
std::string EntityDeltaKey(std::size_t i);  // "entities_delta.<i>"

// The sizes of the saved table, as read or last written.
struct SavedEntityTable {
  std::size_t snapshot_bytes = 0;
  std::size_t deltas = 0;
  std::size_t delta_bytes = 0;
};

// The kEntities record of a document: its name and title mentions with their entities
// (entities::EncodeDocMentions).
struct EntityMentionsCodec {
  using Value = std::vector<doc::Mention>;
  static constexpr store::RecordKind kKind = store::RecordKind::kEntities;
  static void Encode(const Value& mentions, std::string* out);
  static Result<Value> Decode(std::string_view in);  // Corruption / NotSupported
};
static_assert(store::RecordCodec<EntityMentionsCodec>);

// When EntitiesStage::EndBatch writes a new snapshot in place of the deltas (defaults in
// parentheses): when the deltas would outgrow max(compact_min_bytes (16 MB), compact_ratio
// (2) x the snapshot) or number more than max_deltas (256). So the bytes written over an
// ingest stay proportional to the table, and loading reads a bounded number of deltas.
struct EntityTableSaving {
  std::size_t compact_min_bytes = std::size_t{16} << 20;
  double compact_ratio = 2.0;
  std::size_t max_deltas = 256;
};

class EntitiesStage final : public Stage {
 public:
  // An empty table over the stage's own default text::Analyzer (configured as ingest's).
  explicit EntitiesStage(EntityTableSaving saving = {});
  // Starts from `resolver` (e.g. Resolver::EmptyLike of a table the caller keeps).
  explicit EntitiesStage(entities::Resolver resolver, EntityTableSaving saving = {});
  // Frees the table, or keeps it (KeepEntityTablesAtExit).
  ~EntitiesStage() override;

  std::string_view name() const override { return "entities"; }
  // entities::Resolver::Prepare; keeps what it returns for ProcessInOrder. Thread-safe.
  Status Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const override;
  // The lexicon's role-word tags, so that Process finds titles without reading every word
  // (the lexicon is shared by every table made from this one: Open keeps it).
  const text::TokenTagger* token_tagger() const override { return &resolver_.lexicon(); }
  bool ordered() const override { return true; }
  // Loads the table the store holds (none: starts empty). Corruption/NotSupported naming
  // the store when the stored table cannot be read.
  Status Open(store::Store& store) override;
  // entities::Resolver::Commit (with what Process kept for the document, else reading it
  // again), then the document's kEntities record into ctx.batch.
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override;
  // Puts what the batch's documents changed in the table into ctx.batch: a delta (the
  // documents added and removed, which readers replay), or a new snapshot in place of the
  // deltas as EntityTableSaving says.
  Status EndBatch(const OrderedContext& ctx) override;

  const entities::Resolver& resolver() const { return resolver_; }
  // The saved table as of the last Open or EndBatch (for tests and reports).
  const SavedEntityTable& saved() const { return saved_; }

 private:
  std::unique_ptr<text::Analyzer> own_analyzer_;
  entities::Resolver resolver_;
  EntityTableSaving saving_;
  SavedEntityTable saved_;
  // What Process prepared, by document object (alive until ProcessInOrder; the id guards
  // against an object reused for another document). Entries of documents that ingest then
  // drops as duplicates stay until their object's address is reused or the stage goes.
  struct Pending {
    std::string id;
    entities::PreparedDoc prepared;
  };
  mutable std::mutex mu_;
  mutable std::unordered_map<const doc::AnalyzedDoc*, Pending> pending_;
};

// The registry's factory.
Result<std::unique_ptr<Stage>> NewEntitiesStage();

// From now on, an EntitiesStage that is destroyed keeps its table (and the analyzer it
// reads) for the rest of the process instead of freeing it: for a process about to exit,
// which would only spend time freeing a table of millions of blocks (the ingest command,
// once its output is written). The tables stay reachable, so leak checkers do not report
// them. How many tables were kept so: KeptEntityTables().
void KeepEntityTablesAtExit();
std::size_t KeptEntityTables();

// The entity table of `store` as `like` reads it (its analyzer, options and language
// data): the snapshot with the deltas applied in order. nullopt when no ingest ran the
// entities stage; Corruption/NotSupported naming the store and the metadata key when a part
// cannot be read; IOError from the store. `saved` (optional) gets the sizes read.
Result<std::optional<entities::Resolver>> ReadEntityTable(store::Store& store, const entities::Resolver& like,
                                                          SavedEntityTable* saved = nullptr);

// The entity table of `store` for readers (the entities command, show, search's entity:
// filter: Resolver::Lookup then Resolver::DocumentsOf): ReadEntityTable.
// `analyzer` must outlive the result.
Result<std::optional<entities::Resolver>> LoadEntityTable(store::Store& store,
                                                          const text::Analyzer& analyzer);
// The same with a process-wide default Analyzer (readers of the table: show, quotes, search).
Result<std::optional<entities::Resolver>> LoadEntityTable(store::Store& store);

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_ENTITIES_STAGE_H_
