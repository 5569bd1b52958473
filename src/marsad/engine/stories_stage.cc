// The stories stage and its record codec; see stories_stage.h.
#include "marsad/engine/stories_stage.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <utility>
#include <vector>

#include "marsad/base/byte_coding.h"

namespace marsad::engine {

namespace {
constexpr char kRecordVersion = 1;
}  // namespace

void StoryRecordCodec::Encode(const Value& record, std::string* out) {
  out->push_back(kRecordVersion);
  base::PutVarint(out, record.story.value());
  out->push_back(static_cast<char>(record.new_story ? 1 : 0));
  base::PutFloat(out, record.similarity);
}

Result<StoryRecord> StoryRecordCodec::Decode(std::string_view in) {
  if (in.empty() || in.front() != kRecordVersion) {
    return Status::Corruption("story record: unknown version or empty");
  }
  base::ByteReader r(in.substr(1));
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

std::string StoriesDeltaKey(std::size_t i) { return "stories_delta." + std::to_string(i); }

Result<stories::StoryClusterer> ReadStoriesState(store::Store& store, const stories::ClustererOptions& options,
                                                 SavedStoriesSize* size) {
  SavedStoriesSize read;
  stories::StoryClusterer clusterer(options);
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> saved, store.GetMeta(kMetaStoriesState));
  if (saved && !saved->empty()) {
    auto decoded = stories::StoryClusterer::Decode(*saved, options);
    if (!decoded.ok()) return decoded.status().WithContext(store.dir() + ": metadata " + std::string(kMetaStoriesState));
    clusterer = std::move(decoded).value();
    read.snapshot_bytes = saved->size();
  }
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> count, store.GetMeta(kMetaStoriesDeltas));
  if (count && !count->empty()) {
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(count->data(), count->data() + count->size(), n);
    if (ec != std::errc() || end != count->data() + count->size()) {
      return Status::Corruption(store.dir() + ": metadata " + std::string(kMetaStoriesDeltas) + ": not a count: " +
                                *count);
    }
    for (std::size_t i = 1; i <= n; ++i) {
      const std::string key = StoriesDeltaKey(i);
      MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> delta, store.GetMeta(key));
      if (!delta) return Status::Corruption(store.dir() + ": metadata " + key + " is missing");
      Status s = clusterer.ApplyDelta(*delta);
      if (!s.ok()) return s.WithContext(store.dir() + ": metadata " + key);
      read.delta_bytes += delta->size();
    }
    read.deltas = n;
  }
  if (size != nullptr) *size = read;
  return clusterer;
}

Result<stories::StoryClusterer> LoadStoryClusterer(store::Store& store, const stories::ProfileBuilder& builder,
                                                   const stories::ClustererOptions& options, std::size_t* recovered,
                                                   SavedStoriesSize* size) {
  MARSAD_ASSIGN_OR_RETURN(stories::StoryClusterer clusterer, ReadStoriesState(store, options, size));
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
    if (recovered != nullptr) ++*recovered;
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

Status StoriesStage::Open(store::Store& store) { return Load(&store); }

Status StoriesStage::Load(store::Store* store) {
  if (loaded_) return Status::Ok();
  if (store != nullptr) {
    std::size_t recovered = 0;
    MARSAD_ASSIGN_OR_RETURN(clusterer_, LoadStoryClusterer(*store, builder_, options_, &recovered, &saved_));
    compact_next_ = recovered > 0;
  }
  clusterer_.set_journal(true);
  loaded_ = true;
  return Status::Ok();
}

Status StoriesStage::ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) {
  MARSAD_RETURN_IF_ERROR(Load(ctx.store));  // a caller that did not Open
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
  return Status::Ok();
}

Status StoriesStage::EndBatch(const OrderedContext& ctx) {
  if (!loaded_ || ctx.batch == nullptr) return Status::Ok();
  if (clusterer_.delta_bytes() == 0 && !compact_next_) return Status::Ok();
  const std::size_t grown = saved_.delta_bytes + clusterer_.delta_bytes();
  const double limit = std::max(static_cast<double>(kCompactMinBytes), kCompactRatio * static_cast<double>(saved_.snapshot_bytes));
  if (compact_next_ || static_cast<double>(grown) > limit || saved_.deltas + 1 > kMaxDeltas) {
    // A new snapshot in place of the deltas; the old delta values are emptied.
    std::string snapshot = clusterer_.Encode();
    (void)clusterer_.TakeDelta();
    saved_.snapshot_bytes = snapshot.size();
    ctx.batch->PutMeta(std::string(kMetaStoriesState), std::move(snapshot));
    for (std::size_t i = 1; i <= saved_.deltas; ++i) ctx.batch->PutMeta(StoriesDeltaKey(i), "");
    ctx.batch->PutMeta(std::string(kMetaStoriesDeltas), "0");
    saved_.deltas = 0;
    saved_.delta_bytes = 0;
    compact_next_ = false;
    return Status::Ok();
  }
  std::string delta = clusterer_.TakeDelta();
  ++saved_.deltas;
  saved_.delta_bytes += delta.size();
  ctx.batch->PutMeta(StoriesDeltaKey(saved_.deltas), std::move(delta));
  ctx.batch->PutMeta(std::string(kMetaStoriesDeltas), std::to_string(saved_.deltas));
  return Status::Ok();
}

Result<std::unique_ptr<Stage>> NewStoriesStage() { return std::unique_ptr<Stage>(std::make_unique<StoriesStage>()); }

}  // namespace marsad::engine
