// Story queries shared by `marsad stories` and the HTTP server (GET /api/stories,
// /api/stories/{id}, /api/timeline): the stories the stories stage saved in a store, each
// with its summary and timeline computed from the stored texts of its articles, and the
// timeline of one entity's articles and quotes.
#ifndef MARSAD_API_STORY_QUERIES_H_
#define MARSAD_API_STORY_QUERIES_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/base/result.h"
#include "marsad/dates/civil_date.h"
#include "marsad/entities/entity.h"
#include "marsad/stories/clusterer.h"
#include "marsad/stories/doc_profile.h"
#include "marsad/stories/story.h"
#include "marsad/stories/summarizer.h"
#include "marsad/stories/timeline.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::api {

// A story with what is computed from its articles' stored texts.
struct StoryDetail {
  stories::Story story;
  std::vector<stories::SummarySentence> summary;   // most relevant first
  std::vector<stories::TimelineEntry> timeline;    // in time order
};

// Which stories ListStories returns.
struct StoryQuery {
  stories::StoryFilter filter;  // since/until/min_docs
  std::size_t offset = 0;       // skip this many (largest first)
  std::size_t limit = 0;        // at most this many; 0: all
  std::size_t sentences = 3;    // sentences per summary
};

// A page of ListStories: `total` stories pass the filter; `stories` from `offset`.
struct StoryPage {
  std::size_t total = 0;
  std::vector<std::shared_ptr<const StoryDetail>> stories;
};

// What a timeline counts per day: articles, and quotes (TimelineEntry::date).
struct TimelineDay {
  dates::CivilDate date;
  std::uint32_t articles = 0;
  std::uint32_t quotes = 0;
};

// The timeline of one entity: its articles (the newest `limit` of them, with their quotes by
// the entity) and, over all its articles, how many were published each day.
struct EntityTimeline {
  EntityId entity;
  std::size_t docs = 0;               // articles that mention it (stored now)
  std::vector<TimelineDay> days;      // every article of it, by publication day (UTC)
  std::vector<stories::TimelineEntry> timeline;
};

// The days of `entries` (undated entries are not counted), in date order.
std::vector<TimelineDay> CountTimelineDays(const std::vector<stories::TimelineEntry>& entries);

// The stories of one store as the stories stage saved them, with the analyzer and profile
// builder the stage profiles with (so summaries weigh the same words). Immutable once
// loaded: const methods are thread-safe, and one table can serve every request of a store
// generation (the server keeps one per generation).
class StoryTable {
 public:
  // engine::LoadStoryClusterer: the saved clusters, plus any stored article the saved state
  // missed. An empty table when the stories stage never ran. Corruption/NotSupported when
  // the saved state cannot be read; IOError from the store.
  static Result<std::unique_ptr<StoryTable>> Load(store::Store& store);

  StoryTable(const StoryTable&) = delete;
  StoryTable& operator=(const StoryTable&) = delete;

  // The story `id` (a merged story's old id answers with the story it joined); nullopt when
  // unknown.
  std::optional<stories::Story> Get(StoryId id) const;
  // The story the article `doc_id` belongs to, or nullopt.
  std::optional<StoryId> StoryOf(std::string_view doc_id) const;
  std::size_t story_count() const { return clusterer_.story_count(); }

  // The stories passing query.filter, the largest first, the page [offset, offset + limit)
  // with summaries and timelines read from `store`. Errors from the store.
  Result<StoryPage> List(store::Store& store, const StoryQuery& query) const;
  // The summary and timeline of `story` from its articles in `store` (articles deleted since
  // they were clustered are left out). Errors from the store. Details are kept (the last
  // kDetailCacheSize asked for), so asking again for a story of this table reads nothing:
  // the table describes one state of the clusters, and a server replaces it when they change.
  Result<std::shared_ptr<const StoryDetail>> Detail(store::Store& store, const stories::Story& story,
                                                    std::size_t sentences = 3) const;
  static constexpr std::size_t kDetailCacheSize = 256;

  // Publication times by document id (a catalog snapshot a server keeps).
  using PublishedMap = std::unordered_map<std::string, std::optional<std::int64_t>>;

  // The timeline of `entity` (its docs as the entity table lists them): the `limit` newest
  // articles read and analysed, quotes by it only. The publication times of all its articles
  // come from `published` when given (a document missing from it is not stored), else from
  // the store's catalog. Errors from the store.
  Result<EntityTimeline> TimelineOf(store::Store& store, const entities::Entity& entity, std::size_t limit,
                                    const PublishedMap* published = nullptr) const;

 private:
  StoryTable();
  // Detail without the cache.
  Result<std::shared_ptr<const StoryDetail>> Compute(store::Store& store, const stories::Story& story,
                                                     std::size_t sentences) const;

  text::Analyzer analyzer_;
  stories::ProfileBuilder builder_;
  stories::StoryClusterer clusterer_;
  // Details kept and being computed: a detail asked for by several requests at once is
  // computed by the first of them while the others wait for it.
  mutable std::mutex cache_mu_;  // guards cache_ and cache_order_
  mutable std::unordered_map<std::uint64_t, std::shared_future<std::shared_ptr<const StoryDetail>>> cache_;
  mutable std::deque<std::uint64_t> cache_order_;  // oldest first
};

}  // namespace marsad::api

#endif  // MARSAD_API_STORY_QUERIES_H_
