// Story and timeline queries shared by the CLI and the server; see story_queries.h.
#include "marsad/api/story_queries.h"

#include <algorithm>
#include <map>
#include <utility>

#include "marsad/dates/date_field.h"
#include "marsad/engine/record_codecs.h"
#include "marsad/engine/stories_stage.h"

namespace marsad::api {
namespace {

// The stored article `id`, analysed, with its mentions and quotes when the ner/quotes stages
// stored them; nullptr when it is no longer stored.
Result<std::unique_ptr<doc::AnalyzedDoc>> ReadAnalyzed(store::Store& store, const text::Analyzer& analyzer,
                                                       std::string_view id, text::AnalysisCache* cache) {
  auto row = store.GetDocument(id, store::ReadOptions{});
  if (!row.ok()) {
    if (row.status().IsNotFound()) return std::unique_ptr<doc::AnalyzedDoc>();
    return row.status();
  }
  auto d = std::make_unique<doc::AnalyzedDoc>();
  d->document.id = row->id;
  d->document.title = row->title;
  d->document.source = row->source;
  d->document.url = row->url;
  d->document.text = std::move(row->text);
  if (row->published) d->document.published = doc::Timestamp{*row->published};
  analyzer.Analyze(d->document.text, &d->analysis, cache);
  if (auto m = store.Get<engine::MentionsCodec>(id); m.ok()) {
    d->mentions = std::move(m).value();
  } else if (!m.status().IsNotFound()) {
    return m.status();
  }
  if (auto q = store.Get<engine::QuotesCodec>(id); q.ok()) {
    d->quotes = std::move(q).value();
  } else if (!q.status().IsNotFound()) {
    return q.status();
  }
  return d;
}

}  // namespace

std::vector<TimelineDay> CountTimelineDays(const std::vector<stories::TimelineEntry>& entries) {
  std::map<dates::CivilDate, TimelineDay> days;
  for (const stories::TimelineEntry& e : entries) {
    if (!e.date) continue;
    TimelineDay& d = days[*e.date];
    d.date = *e.date;
    if (e.kind == stories::TimelineKind::kQuote) {
      ++d.quotes;
    } else {
      ++d.articles;
    }
  }
  std::vector<TimelineDay> out;
  out.reserve(days.size());
  for (auto& [date, day] : days) out.push_back(day);
  return out;
}

StoryTable::StoryTable() : builder_(analyzer_) {}

Result<std::unique_ptr<StoryTable>> StoryTable::Load(store::Store& store) {
  std::unique_ptr<StoryTable> table(new StoryTable());
  MARSAD_ASSIGN_OR_RETURN(table->clusterer_, engine::LoadStoryClusterer(store, table->builder_));
  return table;
}

std::optional<stories::Story> StoryTable::Get(StoryId id) const { return clusterer_.Get(id); }

std::optional<StoryId> StoryTable::StoryOf(std::string_view doc_id) const { return clusterer_.StoryOf(doc_id); }

Result<StoryPage> StoryTable::List(store::Store& store, const StoryQuery& query) const {
  std::vector<stories::Story> list = clusterer_.List(query.filter);
  StoryPage page;
  page.total = list.size();
  const std::size_t begin = std::min(query.offset, list.size());
  std::size_t end = list.size();
  if (query.limit > 0) end = std::min(end, begin + query.limit);
  for (std::size_t i = begin; i < end; ++i) {
    MARSAD_ASSIGN_OR_RETURN(std::shared_ptr<const StoryDetail> detail, Detail(store, list[i], query.sentences));
    page.stories.push_back(std::move(detail));
  }
  return page;
}

Result<std::shared_ptr<const StoryDetail>> StoryTable::Detail(store::Store& store, const stories::Story& story,
                                                              std::size_t sentences) const {
  const std::uint64_t key = story.id.value() * 64 + std::min<std::size_t>(sentences, 63);
  std::promise<std::shared_ptr<const StoryDetail>> promise;
  {
    std::unique_lock<std::mutex> lock(cache_mu_);
    if (auto it = cache_.find(key); it != cache_.end()) {
      std::shared_future<std::shared_ptr<const StoryDetail>> pending = it->second;
      lock.unlock();
      // Computed (or being computed) by another request; null when that one failed.
      if (std::shared_ptr<const StoryDetail> done = pending.get()) return done;
      return Status::IOError("story " + std::to_string(story.id.value()) + ": reading its articles failed");
    }
    cache_.emplace(key, promise.get_future().share());
    cache_order_.push_back(key);
    if (cache_order_.size() > kDetailCacheSize) {
      cache_.erase(cache_order_.front());
      cache_order_.pop_front();
    }
  }
  auto computed = Compute(store, story, sentences);
  if (!computed.ok()) {
    promise.set_value(nullptr);
    std::lock_guard<std::mutex> lock(cache_mu_);
    cache_.erase(key);  // the next request tries again (its key stays in cache_order_ until evicted)
    return computed.status();
  }
  promise.set_value(*computed);
  return *computed;
}

Result<std::shared_ptr<const StoryDetail>> StoryTable::Compute(store::Store& store, const stories::Story& story,
                                                               std::size_t sentences) const {
  // The articles most central first: the summarizer prefers the first ones it is given.
  std::vector<const stories::StoryDoc*> order;
  for (const stories::StoryDoc& d : story.docs) order.push_back(&d);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto* a, const auto* b) { return a->centrality > b->centrality; });
  text::AnalysisCache cache;
  std::vector<std::unique_ptr<doc::AnalyzedDoc>> docs;
  std::vector<const doc::AnalyzedDoc*> ptrs;
  std::vector<stories::TimelineDoc> timeline_docs;
  for (const stories::StoryDoc* sd : order) {
    MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<doc::AnalyzedDoc> d, ReadAnalyzed(store, analyzer_, sd->id, &cache));
    if (d == nullptr) continue;  // deleted since it was clustered
    ptrs.push_back(d.get());
    timeline_docs.push_back({d.get(), sd->event_day});
    docs.push_back(std::move(d));
  }
  stories::SummaryOptions options;
  options.sentences = sentences;
  const stories::Summarizer summarizer(builder_, nullptr, options);
  auto detail = std::make_shared<StoryDetail>();
  detail->story = story;
  detail->summary = summarizer.Summarize(ptrs);
  detail->timeline = stories::BuildTimeline(timeline_docs);
  return std::shared_ptr<const StoryDetail>(std::move(detail));
}

Result<EntityTimeline> StoryTable::TimelineOf(store::Store& store, const entities::Entity& entity,
                                              std::size_t limit, const PublishedMap* published) const {
  // Publication times of every article of the entity (catalog fields only), newest first.
  struct Dated {
    std::string id;
    std::optional<std::int64_t> published;
  };
  std::vector<Dated> dated;
  store::ReadOptions no_text;
  no_text.text = false;
  for (const std::string& id : entity.docs) {
    if (published != nullptr) {
      if (auto it = published->find(id); it != published->end()) dated.push_back({id, it->second});
      continue;
    }
    auto row = store.GetDocument(id, no_text);
    if (!row.ok()) {
      if (row.status().IsNotFound()) continue;  // deleted or replaced since
      return row.status();
    }
    dated.push_back({id, row->published});
  }
  EntityTimeline out;
  out.entity = entity.id;
  out.docs = dated.size();
  std::map<dates::CivilDate, std::uint32_t> per_day;
  for (const Dated& d : dated) {
    if (d.published) ++per_day[dates::CivilDateOf(doc::Timestamp{*d.published})];
  }
  for (const auto& [date, n] : per_day) out.days.push_back({date, n, 0});

  std::stable_sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) {
    if (a.published.has_value() != b.published.has_value()) return a.published.has_value();
    return a.published.value_or(0) > b.published.value_or(0);
  });
  if (limit > 0 && dated.size() > limit) dated.resize(limit);
  text::AnalysisCache cache;
  std::vector<std::unique_ptr<doc::AnalyzedDoc>> docs;
  std::vector<stories::TimelineDoc> timeline_docs;
  for (const Dated& d : dated) {
    MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<doc::AnalyzedDoc> a, ReadAnalyzed(store, analyzer_, d.id, &cache));
    if (a == nullptr) continue;
    // The entity's canonical name as the table has it now (as `marsad quotes` names speakers).
    for (doc::Quote& q : a->quotes) {
      if (q.speaker.entity == entity.id) q.speaker.name = entity.name;
    }
    timeline_docs.push_back({a.get(), std::nullopt});
    docs.push_back(std::move(a));
  }
  stories::TimelineOptions options;
  options.speaker = entity.id;
  out.timeline = stories::BuildTimeline(timeline_docs, options);
  // Quotes counted per day from the articles read.
  for (const TimelineDay& q : CountTimelineDays(out.timeline)) {
    if (q.quotes == 0) continue;
    auto it = std::lower_bound(out.days.begin(), out.days.end(), q.date,
                               [](const TimelineDay& d, const dates::CivilDate& date) { return d.date < date; });
    if (it == out.days.end() || it->date != q.date) it = out.days.insert(it, {q.date, 0, 0});
    it->quotes += q.quotes;
  }
  return out;
}

}  // namespace marsad::api
