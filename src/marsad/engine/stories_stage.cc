// The stories stage and its record codec; see stories_stage.h.
#include "marsad/engine/stories_stage.h"

#include <cstring>
#include <utility>
#include <vector>

#include "marsad/stories/state_coding.h"

namespace marsad::engine {

namespace {
constexpr char kRecordVersion = 1;
}  // namespace

void StoryRecordCodec::Encode(const Value& record, std::string* out) {
  out->push_back(kRecordVersion);
  stories::PutVarint(out, record.story.value());
  out->push_back(static_cast<char>(record.new_story ? 1 : 0));
  stories::PutFloat(out, record.similarity);
}

Result<StoryRecord> StoryRecordCodec::Decode(std::string_view in) {
  if (in.empty() || in.front() != kRecordVersion) {
    return Status::Corruption("story record: unknown version or empty");
  }
  stories::ByteReader r(in.substr(1));
  std::uint64_t story = 0;
  std::uint32_t flags = 0;
  StoryRecord out;
  if (!r.Varint(&story) || !r.Varint32(&flags) || flags > 1 || !r.Float(&out.similarity) || !r.done()) {
    return Status::Corruption("story record: malformed");
  }
  out.story = StoryId(story);
  out.new_story = flags == 1;
  return out;
}

Result<stories::StoryClusterer> LoadStoryClusterer(store::Store& store, const stories::ProfileBuilder& builder,
                                                   const stories::ClustererOptions& options) {
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> saved, store.GetMeta(kMetaStoriesState));
  stories::StoryClusterer clusterer(options);
  if (saved) {
    auto decoded = stories::StoryClusterer::Decode(*saved, options);
    if (!decoded.ok()) return decoded.status().WithContext(store.dir() + ": metadata " + std::string(kMetaStoriesState));
    clusterer = std::move(decoded).value();
  }
  // Documents clustered at ingest but missing from the saved state: re-cluster them.
  std::vector<std::string> missing;
  Status scan = store.ForEachFingerprint([&](std::string_view id, std::string_view, const store::Fingerprint&) {
    if (!clusterer.StoryOf(id)) missing.emplace_back(id);
  });
  if (!scan.ok()) return scan;
  text::AnalysisCache cache;
  doc::AnalyzedDoc ad;
  for (const std::string& id : missing) {
    auto record = store.GetRecord(id, store::RecordKind::kStory);
    if (!record.ok()) {
      if (record.status().IsNotFound()) continue;  // ingested without the stories stage
      return record.status();
    }
    MARSAD_ASSIGN_OR_RETURN(store::DocumentRow row, store.GetDocument(id, store::ReadOptions{}));
    ad.document = doc::Document{};
    ad.document.id = row.id;
    ad.document.title = row.title;
    ad.document.source = row.source;
    ad.document.text = std::move(row.text);
    if (row.published) ad.document.published = doc::Timestamp{*row.published};
    ad.mentions.clear();
    builder.analyzer().Analyze(ad.document.text, &ad.analysis, &cache);
    clusterer.Add(builder.Build(ad, &cache));
  }
  return clusterer;
}

StoriesStage::StoriesStage(stories::ClustererOptions options, stories::ProfileOptions profile)
    : builder_(analyzer_, profile), options_(options), clusterer_(options) {}

Status StoriesStage::Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const {
  stories::DocProfile profile = builder_.Build(*doc, &ctx->cache);
  std::lock_guard<std::mutex> lock(mu_);
  pending_.insert_or_assign(doc->document.id, std::move(profile));
  return Status::Ok();
}

Status StoriesStage::ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) {
  if (!loaded_) {
    if (ctx.store != nullptr) {
      MARSAD_ASSIGN_OR_RETURN(clusterer_, LoadStoryClusterer(*ctx.store, builder_, options_));
    }
    store_ = ctx.store;
    loaded_ = true;
  }
  std::optional<stories::DocProfile> profile;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = pending_.find(doc->document.id);
    if (it != pending_.end()) {
      profile = std::move(it->second);
      pending_.erase(it);
    }
  }
  if (!profile) profile = builder_.Build(*doc);  // Process did not run (a direct caller)
  const stories::Assignment a = clusterer_.Add(*profile);
  StoryRecord record;
  record.story = a.story;
  record.new_story = a.new_story;
  record.similarity = a.similarity;
  if (ctx.batch != nullptr) ctx.batch->Put<StoryRecordCodec>(doc->document.id, record);
  ++unsaved_;
  ++batch_docs_;
  return Status::Ok();
}

Status StoriesStage::Commit() {
  const std::size_t batch = batch_docs_;
  const bool smaller = batch < last_batch_;
  batch_docs_ = 0;
  last_batch_ = batch;
  if (unsaved_ == 0 || store_ == nullptr) return Status::Ok();
  if (saved_once_ && unsaved_ < kSaveEvery && !smaller) return Status::Ok();
  store::WriteBatch wb;
  wb.PutMeta(std::string(kMetaStoriesState), clusterer_.Encode());
  auto r = store_->Write(wb);
  if (!r.ok()) return r.status().WithContext("saving the stories state");
  saved_once_ = true;
  unsaved_ = 0;
  return Status::Ok();
}

Result<std::unique_ptr<Stage>> NewStoriesStage() { return std::unique_ptr<Stage>(std::make_unique<StoriesStage>()); }

}  // namespace marsad::engine
