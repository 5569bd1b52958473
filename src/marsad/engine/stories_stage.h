// The `stories` pipeline stage: adapts stories::StoryClusterer to ingest. Each document's
// profile (stories::ProfileBuilder) is built on the workers; on the writer thread, in input
// order, the document joins a story and its kStory record (StoryRecordCodec) goes into the
// document's batch; after each store commit the clusterer's state is saved in the store's
// metadata (kMetaStoriesState), so the next ingest continues the same stories with the same
// ids.
//
// Requires: analysis (+ mentions and mention.entity when the ner/entities stages ran before
// it: names then come from them instead of the variant-key stand-in). The index and entities
// stages of ContractStages are preferred, not required, until they land in this build.
// Assigns: the kStory record of each stored document; the stories state.
//
// Recovery: a crash between the store's commit and Commit loses the state of the last
// batches; LoadStoryClusterer re-clusters the stored documents that have a kStory record but
// are missing from the saved state, from their stored text, in insertion order.
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

// The store metadata key holding the encoded StoryClusterer (docs/formats/stories.md).
inline constexpr std::string_view kMetaStoriesState = "stories_state";

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
// their stored text. Corruption/NotSupported when the saved state cannot be read; IOError from
// the store. `analyzer` and `builder` must be those the documents are profiled with.
Result<stories::StoryClusterer> LoadStoryClusterer(store::Store& store, const stories::ProfileBuilder& builder,
                                                   const stories::ClustererOptions& options = {});

class StoriesStage final : public Stage {
 public:
  explicit StoriesStage(stories::ClustererOptions options = {}, stories::ProfileOptions profile = {});

  std::string_view name() const override { return "stories"; }
  // Builds the document's profile. Thread-safe.
  Status Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const override;
  bool ordered() const override { return true; }
  // Loads the saved clusters on first use (from ctx.store), adds the document to them and
  // writes its kStory record into ctx.batch. Writer thread only.
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override;
  // Saves the clusters' state in the store's metadata: after the first batch of documents,
  // then when kSaveEvery documents were added since the last save, or when a batch is smaller
  // than the one before (the last batch of an ingest, as a rule). The state is rewritten
  // whole (tens of MB for 30,000 articles), so it is not saved after every batch; documents
  // clustered but not saved are recovered by LoadStoryClusterer. IOError from the store.
  Status Commit() override;
  static constexpr std::size_t kSaveEvery = 8192;

  // The clusters (for tests and reports). Writer thread only.
  const stories::StoryClusterer& clusterer() const { return clusterer_; }

 private:
  text::Analyzer analyzer_;
  stories::ProfileBuilder builder_;
  stories::ClustererOptions options_;
  stories::StoryClusterer clusterer_;
  bool loaded_ = false;
  bool saved_once_ = false;
  std::size_t unsaved_ = 0;      // documents added since the last save
  std::size_t batch_docs_ = 0;   // documents added since the last Commit
  std::size_t last_batch_ = 0;   // documents of the batch before
  store::Store* store_ = nullptr;
  // Profiles built by Process, waiting for ProcessInOrder. Entries of documents that ingest
  // then drops as duplicates stay until the stage is destroyed.
  mutable std::mutex mu_;
  mutable std::unordered_map<std::string, stories::DocProfile> pending_;
};

// A factory for StageRegistry::Default().
Result<std::unique_ptr<Stage>> NewStoriesStage();

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_STORIES_STAGE_H_
