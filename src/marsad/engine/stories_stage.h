// The `stories` pipeline stage: adapts stories::StoryClusterer to ingest. Each document's
// profile (stories::ProfileBuilder) is built on the workers; in input order, on a lane of
// its own beside the writer thread (Stage::in_order_alone), the document joins a story and
// its kStory record (StoryRecordCodec) goes into the document's batch; at the end of each batch what the clusterer changed (a delta, a few MB)
// goes into the same batch, so the stories state commits atomically with the documents it
// describes and the next ingest continues the same stories with the same ids. The state is
// a snapshot (kMetaStoriesState) followed by deltas (kMetaStoriesDeltas); the stage writes a
// new snapshot in place of the deltas when they outgrow it (compaction).
//
// Requires: analysis (+ mentions and mention.entity when the ner/entities stages ran before
// it: names then come from them instead of the variant-key stand-in). The index and entities
// stages of ContractStages are preferred, not required, until they land in this build.
// Assigns: the kStory record of each stored document; the stories state.
//
// Recovery: the state commits with the documents, so a crash loses neither. A store whose
// state lags its kStory records (written by an older build that saved the state after the
// commit) is caught up by LoadStoryClusterer, which re-clusters the stored documents that
// have a kStory record but are missing from the saved state, from their stored text, in
// insertion order; the stage then saves a snapshot at its first batch.
#ifndef MARSAD_ENGINE_STORIES_STAGE_H_
#define MARSAD_ENGINE_STORIES_STAGE_H_

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "marsad/base/ids.h"
#include "marsad/base/result.h"
#include "marsad/engine/pipeline.h"
#include "marsad/stories/clusterer.h"
#include "marsad/stories/doc_profile.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {

// The store metadata key holding the encoded StoryClusterer (docs/formats/stories.md): the
// snapshot the deltas apply to.
inline constexpr std::string_view kMetaStoriesState = "stories_state";
// The number of deltas (StoryClusterer::TakeDelta) that follow the snapshot, in decimal; they
// are under StoriesDeltaKey(1) ... StoriesDeltaKey(n). Absent: none.
inline constexpr std::string_view kMetaStoriesDeltas = "stories_deltas";
std::string StoriesDeltaKey(std::size_t i);  // "stories_delta.<i>"

// What ReadStoriesState read.
struct SavedStoriesSize {
  std::size_t snapshot_bytes = 0;
  std::size_t deltas = 0;
  std::size_t delta_bytes = 0;
};

// The saved stories state: the snapshot (an empty clusterer without one) with its deltas
// applied. Corruption/NotSupported naming the store and the key when a part cannot be read;
// IOError from the store.
Result<stories::StoryClusterer> ReadStoriesState(store::Store& store, const stories::ClustererOptions& options = {},
                                                 SavedStoriesSize* size = nullptr);

// What the stories stage decided for one document, as assigned at ingest. The story id may
// since have been merged into another: resolve it with StoryClusterer::Canonical.
struct StoryRecord {
  StoryId story;
  bool new_story = false;
  float similarity = 0;  // to the story it joined
};

// Byte layout: a version byte (1), varint story id, a flags byte (bit 0: new story), and
// the similarity as a little-endian float.
struct StoryRecordCodec {
  using Value = StoryRecord;
  static constexpr store::RecordKind kKind = store::RecordKind::kStory;
  static void Encode(const Value& record, std::string* out);
  static Result<Value> Decode(std::string_view in);  // Corruption when malformed
};
static_assert(store::RecordCodec<StoryRecordCodec>);

// The story clusters saved in `store` (an empty clusterer when none were saved), with the
// documents that have a kStory record but are missing from the saved state re-clustered from
// their stored text (their number in *recovered when given). Corruption/NotSupported when the
// saved state cannot be read; IOError from the store. `builder` must be the one the documents
// are profiled with.
Result<stories::StoryClusterer> LoadStoryClusterer(store::Store& store, const stories::ProfileBuilder& builder,
                                                   const stories::ClustererOptions& options = {},
                                                   std::size_t* recovered = nullptr,
                                                   SavedStoriesSize* size = nullptr);

class StoriesStage final : public Stage {
 public:
  explicit StoriesStage(stories::ClustererOptions options = {}, stories::ProfileOptions profile = {});

  std::string_view name() const override { return "stories"; }
  // Builds the document's profile. Thread-safe.
  Status Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const override;
  bool ordered() const override { return true; }
  // Loads the saved clusters (LoadStoryClusterer).
  Status Open(store::Store& store) override;
  // Adds the document to the clusters and writes its kStory record into ctx.batch; loads
  // the saved clusters from ctx.store first when Open was not called. One thread at a time,
  // in document order.
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override;
  // The profile built by Process is all ProcessInOrder reads, and clustering is a tenth of
  // an ingest's CPU that would otherwise sit on the writer thread: run it on a lane.
  bool in_order_alone() const override { return true; }
  // Puts what the clusters changed in this batch into ctx.batch: a delta, or a new snapshot
  // in place of the deltas when they would outgrow max(kCompactMinBytes, kCompactRatio x
  // the snapshot) or number more than kMaxDeltas (so the bytes written over an ingest stay
  // proportional to the state, and loading reads a few deltas), or after a recovery.
  Status EndBatch(const OrderedContext& ctx) override;
  static constexpr std::size_t kCompactMinBytes = std::size_t{16} << 20;
  static constexpr double kCompactRatio = 2.0;
  static constexpr std::size_t kMaxDeltas = 256;

  // The clusters (for tests and reports), when no ProcessInOrder is running.
  const stories::StoryClusterer& clusterer() const { return clusterer_; }

 private:
  Status Load(store::Store* store);  // once: the saved clusters (none without a store)

  text::Analyzer analyzer_;
  stories::ProfileBuilder builder_;
  stories::ClustererOptions options_;
  stories::StoryClusterer clusterer_;
  bool loaded_ = false;
  bool compact_next_ = false;  // the saved state lacks documents: write a snapshot
  SavedStoriesSize saved_;     // the saved state, as of the last EndBatch
  // Profiles built by Process, waiting for ProcessInOrder. Entries of documents that ingest
  // then drops as duplicates stay until the stage is destroyed.
  mutable std::mutex mu_;
  mutable std::unordered_map<std::string, stories::DocProfile> pending_;
};

// A factory for StageRegistry::Default().
Result<std::unique_ptr<Stage>> NewStoriesStage();

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_STORIES_STAGE_H_
