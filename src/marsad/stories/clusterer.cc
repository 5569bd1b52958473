// Single-pass story clustering over daily slices, with a (feature, day) candidate index.
#include "marsad/stories/clusterer.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdint>
#include <cmath>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "marsad/dates/date_field.h"
#include "marsad/stories/clusterer_state.h"
#include "marsad/stories/sparse_vector.h"
#include "marsad/stories/string_table.h"

namespace marsad::stories {

namespace {

constexpr float kEmptyPosting = 1e-6F;
constexpr std::size_t kMaxEntities = 20;
constexpr std::size_t kMaxTerms = 10;
constexpr std::size_t kMaxDates = 8;
constexpr std::int64_t kSecondsPerDay = 86400;

bool DayBefore(const Posting& p, std::int32_t day) { return p.day < day; }

std::int32_t DayOf(std::int64_t seconds) {
  std::int64_t d = seconds / kSecondsPerDay;
  if (seconds < 0 && seconds % kSecondsPerDay != 0) --d;
  return static_cast<std::int32_t>(d);
}

dates::CivilDate CivilOfDay(std::int32_t day) { return dates::CivilFromDays(day); }

// "ستن#7" → "ستن".
std::string_view SeriesOf(std::string_view event_key) {
  const std::size_t hash = event_key.rfind('#');
  return hash == std::string_view::npos ? event_key : event_key.substr(0, hash);
}

}  // namespace

std::uint32_t StoryClusterer::State::InternTerm(FeatureKind kind, std::string_view key, std::uint64_t hash) {
  const std::uint32_t id = Intern(kind, key, hash);
  if (kind != FeatureKind::kTerm || options.clitic_ratio <= 0) return id;
  static constexpr std::string_view kClitics[] = {"ب", "ل", "ك", "ف"};
  for (std::string_view c : kClitics) {
    if (key.size() < c.size() + 6 || key.substr(0, c.size()) != c) continue;
    const std::uint32_t rest = dict.Find(static_cast<std::uint8_t>(kind), key.substr(c.size()));
    if (rest == StringTable::kMissing) break;
    const double r = df[rest], own = df[id] + 1;
    if (r >= options.min_df && r >= options.clitic_ratio * own) return rest;
    break;
  }
  return id;
}

double StoryClusterer::State::Idf(std::uint32_t id) {
  FeatureEntry& e = features[id];
  if (ext != nullptr && KindOf(id) == FeatureKind::kTerm) {
    const std::uint64_t n = ext->DocCount();
    if (n > 0) {
      if (e.ext_n == 0 ||
          static_cast<double>(n) > static_cast<double>(e.ext_n) * (1.0 + options.idf_refresh)) {
        e.ext_idf = static_cast<float>(InverseDocFreq(
            n, std::max<std::uint64_t>(ext->DocFreq(KeyOf(id)), options.min_df)));
        e.ext_n = n;
      }
      return e.ext_idf;
    }
  }
  return InverseDocFreq(counted_docs, std::max(df[id], options.min_df));
}

void StoryClusterer::State::Vectorize(const DocProfile& p, DocRec* d) {
  std::vector<std::uint32_t> ids;
  ids.reserve(p.features.size());
  ++counted_docs;
  // Hash every key and prefetch its slot a few keys ahead: the dictionary outgrows the
  // caches, and a profile has a few hundred keys.
  std::vector<std::uint64_t>& hashes = hash_scratch;
  hashes.clear();
  for (const Feature& f : p.features) hashes.push_back(StringTable::Hash(static_cast<std::uint8_t>(f.kind), f.key));
  constexpr std::size_t kAhead = 8;
  for (std::size_t i = 0; i < hashes.size() && i < kAhead; ++i) dict.Prefetch(hashes[i]);
  for (std::size_t i = 0; i < p.features.size(); ++i) {
    if (i + kAhead < hashes.size()) dict.Prefetch(hashes[i + kAhead]);
    ids.push_back(InternTerm(p.features[i].kind, p.features[i].key, hashes[i]));
  }
  d->features = ids;
  std::sort(d->features.begin(), d->features.end());
  d->features.erase(std::unique(d->features.begin(), d->features.end()), d->features.end());
  for (std::uint32_t id : d->features) ++df[id];
  SparseVector weighted;
  weighted.reserve(p.features.size());
  for (std::size_t i = 0; i < p.features.size(); ++i) {
    const Feature& f = p.features[i];
    if (f.tf <= 0) continue;
    const double tf = 1.0 + std::log(std::max(1.0, static_cast<double>(f.tf)));
    const double w = tf * Idf(ids[i]) * KindWeight(f.kind);
    if (w > 0) weighted.emplace_back(ids[i], static_cast<float>(w));
  }
  // Duplicated (kind, key) in the profile: keep the larger weight.
  std::sort(weighted.begin(), weighted.end());
  SparseVector unique;
  for (const auto& fw : weighted) {
    if (!unique.empty() && unique.back().first == fw.first) {
      unique.back().second = std::max(unique.back().second, fw.second);
    } else {
      unique.push_back(fw);
    }
  }
  if (unique.size() > options.max_features) {
    std::nth_element(unique.begin(), unique.begin() + static_cast<std::ptrdiff_t>(options.max_features),
                     unique.end(), [](const auto& a, const auto& b) {
                       return a.second != b.second ? a.second > b.second : a.first < b.first;
                     });
    unique.resize(options.max_features);
    std::sort(unique.begin(), unique.end());
  }
  double norm = 0;
  for (const auto& fw : unique) norm += static_cast<double>(fw.second) * fw.second;
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& fw : unique) fw.second = static_cast<float>(fw.second / norm);
  }
  d->vec = std::move(unique);

  for (const NamedRef& r : p.names) {
    const std::uint32_t id =
        Intern(r.entity ? FeatureKind::kEntity : FeatureKind::kName, r.key);
    FeatureEntry& e = features[id];
    if (e.display.empty()) {
      e.display = r.name;
      e.type = static_cast<std::uint8_t>(r.type);
      DisplaySet(id);
    }
    d->names.emplace_back(id, r.count);
  }
  for (const EventKey& k : p.events) {
    if (!k.named) continue;
    const std::uint32_t id = Intern(FeatureKind::kEvent, k.Key());
    FeatureEntry& e = features[id];
    if (e.display.empty()) {
      e.display = k.name;
      e.number = k.number;
      DisplaySet(id);
    }
    if (std::find(d->events.begin(), d->events.end(), id) == d->events.end()) {
      d->events.push_back(id);
    }
  }
}

void StoryClusterer::State::Uncount(const DocRec& d) {
  if (d.features.empty()) return;
  if (counted_docs > 0) --counted_docs;
  for (std::uint32_t id : d.features) {
    if (df[id] > 0) --df[id];
  }
}

void StoryClusterer::State::ApplyToSlice(std::uint32_t s, const SparseVector& v, float sign) {
  Slice& slice = slices[s];
  double dot = 0, self = 0;
  for (const auto& [id, w] : v) {
    self += static_cast<double>(w) * w;
    std::vector<Posting>& ps = postings[id];
    auto lo = std::lower_bound(ps.begin(), ps.end(), slice.day, DayBefore);
    auto hi = lo;
    while (hi != ps.end() && hi->day == slice.day && hi->slice != s) ++hi;
    if (hi == ps.end() || hi->day != slice.day) {
      if (sign > 0) ps.insert(hi, Posting{slice.day, s, w});
      continue;
    }
    dot += static_cast<double>(hi->weight) * w;
    hi->weight += sign * w;
    if (sign < 0 && hi->weight <= kEmptyPosting) ps.erase(hi);
  }
  slice.norm2 = std::max(0.0, slice.norm2 + sign * 2.0 * dot + self);
  if (slice.members.empty()) slice.norm2 = 0;
}

std::uint32_t StoryClusterer::State::SliceFor(std::uint32_t story, std::int32_t day) {
  std::uint32_t found = kNone;
  for (std::uint32_t s : stories[story].slices) {
    if (slices[s].day == day && s < found) found = s;
  }
  if (found != kNone) return found;
  const auto s = static_cast<std::uint32_t>(slices.size());
  Slice slice;
  slice.story = story;
  slice.day = day;
  slices.push_back(std::move(slice));
  stories[story].slices.push_back(s);
  return s;
}

std::uint32_t StoryClusterer::State::NewStory() {
  const auto s = static_cast<std::uint32_t>(stories.size());
  StoryRec r;
  r.parent = s;
  stories.push_back(std::move(r));
  return s;
}

std::uint32_t StoryClusterer::State::Merge(std::uint32_t a, std::uint32_t b) {
  if (b < a) std::swap(a, b);
  StoryRec& from = stories[b];
  StoryRec& to = stories[a];
  for (std::uint32_t d : from.docs) docs[d].story = a;
  for (std::uint32_t s : from.slices) slices[s].story = a;
  to.docs.insert(to.docs.end(), from.docs.begin(), from.docs.end());
  to.slices.insert(to.slices.end(), from.slices.begin(), from.slices.end());
  from.docs.clear();
  from.slices.clear();
  from.parent = a;
  return a;
}

void StoryClusterer::State::IndexSeries(std::uint32_t doc) {
  for (std::uint32_t e : docs[doc].events) {
    series_docs[std::string(SeriesOf(KeyOf(e)))].push_back(doc);
  }
}

Assignment StoryClusterer::State::AddImpl(const DocProfile& p) {
  Assignment out;
  if (!p.id.empty() && doc_index.count(p.id) > 0) out.replaced = Remove(p.id);

  const auto index = static_cast<std::uint32_t>(docs.size());
  docs.emplace_back();
  DocRec& d = docs.back();
  d.id = p.id;
  d.title = p.title;
  d.source = p.source;
  if (p.published) d.published = p.published->seconds;
  if (p.event_day) d.event_day = static_cast<std::int32_t>(dates::DaysFromCivil(*p.event_day));
  d.day = d.published ? DayOf(*d.published) : last_day;
  if (d.published) last_day = d.day;
  for (const DateRef& r : p.dates) {
    d.dates.emplace_back(static_cast<std::int32_t>(dates::DaysFromCivil(r.date)),
                         static_cast<std::uint8_t>(r.granularity));
  }
  if (!p.id.empty()) doc_index[p.id] = index;
  ++live_docs;

  // A duplicate declared by ingest joins its original's story.
  if (p.duplicate_of) {
    auto it = doc_index.find(*p.duplicate_of);
    if (it != doc_index.end() && it->second != index) {
      std::uint32_t orig = it->second;
      if (docs[orig].duplicate_of != kNone) orig = docs[orig].duplicate_of;
      DocRec& dd = docs[index];
      dd.duplicate_of = orig;
      dd.story = docs[orig].story;
      if (!dd.published) dd.day = docs[orig].day;
      if (!dd.event_day) dd.event_day = docs[orig].event_day;
      stories[dd.story].docs.push_back(index);
      out.story = StoryId(dd.story + 1);
      out.duplicate_of = docs[orig].id;
      return out;
    }
  }

  Vectorize(p, &docs[index]);
  IndexSeries(index);
  DocRec& doc = docs[index];

  // Candidate slices: those sharing a feature, within the window of days.
  if (acc.size() < slices.size()) acc.resize(slices.size(), 0.0F);
  touched.clear();
  const std::int32_t lo = doc.day - options.window_days, hi = doc.day + options.window_days;
  for (const auto& [id, w] : doc.vec) {
    const std::vector<Posting>& ps = postings[id];
    for (auto it = std::lower_bound(ps.begin(), ps.end(), lo, DayBefore);
         it != ps.end() && it->day <= hi; ++it) {
      if (acc[it->slice] == 0.0F) touched.push_back(it->slice);
      acc[it->slice] += w * it->weight;
    }
  }
  // Best slice per story.
  if (story_score.size() < stories.size()) {
    story_score.resize(stories.size(), -1.0F);
    story_slice.resize(stories.size(), kNone);
  }
  touched_stories.clear();
  for (std::uint32_t s : touched) {
    const Slice& slice = slices[s];
    const float dot = acc[s];
    acc[s] = 0.0F;
    if (slice.norm2 <= 0 || dot <= 0) continue;
    const float decay =
        1.0F - options.day_decay * static_cast<float>(std::abs(slice.day - doc.day));
    if (decay <= 0) continue;
    const float score = static_cast<float>(dot / std::sqrt(slice.norm2)) * decay;
    const std::uint32_t st = Find(slice.story);
    if (story_score[st] < 0) touched_stories.push_back(st);
    if (score > story_score[st]) {
      story_score[st] = score;
      story_slice[st] = s;
    }
  }
  std::uint32_t story = kNone, best_slice = kNone;
  float best_score = 0;
  for (std::uint32_t st : touched_stories) {
    if (story_score[st] > best_score || (story_score[st] == best_score && st < story)) {
      best_score = story_score[st];
      story = st;
      best_slice = story_slice[st];
    }
  }
  std::vector<std::uint32_t> to_merge;
  if (story != kNone && best_score >= options.threshold && best_score >= options.merge_threshold) {
    for (std::uint32_t st : touched_stories) {
      if (st != story && story_score[st] >= options.merge_threshold) to_merge.push_back(st);
    }
    std::sort(to_merge.begin(), to_merge.end());
  }
  for (std::uint32_t st : touched_stories) story_score[st] = -1.0F;

  if (story == kNone || best_score < options.threshold) {
    story = NewStory();
    out.new_story = true;
  } else {
    out.similarity = best_score;
    for (std::uint32_t o : to_merge) {
      out.merged.push_back(StoryId(std::max(o, story) + 1));
      if (journal) op_merges.emplace_back(story, o);
      story = Merge(story, o);
    }
    // A near copy of an article of the story is its duplicate.
    if (best_slice != kNone) {
      float top = 0;
      std::uint32_t orig = kNone;
      for (std::uint32_t s : stories[story].slices) {
        if (std::abs(slices[s].day - doc.day) > 1) continue;
        for (std::uint32_t m : slices[s].members) {
          const float sim = Dot(doc.vec, docs[m].vec);
          if (sim > top) {
            top = sim;
            orig = m;
          }
        }
      }
      if (orig != kNone && top >= options.duplicate_similarity) {
        doc.duplicate_of = orig;
        out.duplicate_of = docs[orig].id;
      }
    }
  }
  doc.story = story;
  stories[story].docs.push_back(index);
  if (doc.duplicate_of == kNone) {
    const std::uint32_t s = SliceFor(story, doc.day);
    doc.slice = s;
    slices[s].members.push_back(index);
    ApplyToSlice(s, doc.vec, 1.0F);
  }
  out.story = StoryId(story + 1);
  return out;
}

bool StoryClusterer::State::Remove(std::string_view id) {
  auto it = doc_index.find(id);
  if (it == doc_index.end()) return false;
  const std::uint32_t index = it->second;
  doc_index.erase(it);
  DocRec& d = docs[index];
  if (d.slice != kNone) {
    Slice& slice = slices[d.slice];
    slice.members.erase(std::remove(slice.members.begin(), slice.members.end(), index),
                        slice.members.end());
    ApplyToSlice(d.slice, d.vec, -1.0F);
  }
  if (d.story != kNone) {
    std::vector<std::uint32_t>& members = stories[Find(d.story)].docs;
    members.erase(std::remove(members.begin(), members.end(), index), members.end());
  }
  for (std::uint32_t e : d.events) {
    auto s = series_docs.find(SeriesOf(KeyOf(e)));
    if (s == series_docs.end()) continue;
    s->second.erase(std::remove(s->second.begin(), s->second.end(), index), s->second.end());
  }
  // Duplicates of this article become originals of nothing: they stay in the story.
  Uncount(d);
  d.removed = true;
  d.vec.clear();
  d.features.clear();
  d.vec.shrink_to_fit();
  --live_docs;
  return true;
}

Story StoryClusterer::State::Describe(std::uint32_t story) const {
  const StoryRec& r = stories[story];
  Story s;
  s.id = StoryId(story + 1);
  // Centroid of the originals.
  std::unordered_map<std::uint32_t, float> centroid;
  for (std::uint32_t m : r.docs) {
    for (const auto& [id, w] : docs[m].vec) centroid[id] += w;
  }
  double norm = 0;
  for (const auto& [id, w] : centroid) norm += static_cast<double>(w) * w;
  norm = std::sqrt(norm);

  std::vector<std::uint32_t> order = r.docs;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto pa = docs[a].published.value_or(static_cast<std::int64_t>(docs[a].day) * kSecondsPerDay);
    const auto pb = docs[b].published.value_or(static_cast<std::int64_t>(docs[b].day) * kSecondsPerDay);
    return pa != pb ? pa < pb : docs[a].id < docs[b].id;
  });
  float best_centrality = -1;
  std::optional<std::int32_t> start, end;
  std::unordered_map<std::uint32_t, std::uint32_t> name_docs, event_docs;
  std::unordered_map<std::uint64_t, std::uint32_t> date_docs;
  std::unordered_set<std::string> sources;
  for (std::uint32_t m : order) {
    const DocRec& d = docs[m];
    StoryDoc sd;
    sd.id = d.id;
    sd.title = d.title;
    sd.source = d.source;
    if (d.published) sd.published = doc::Timestamp{*d.published};
    if (d.event_day) sd.event_day = CivilOfDay(*d.event_day);
    if (d.duplicate_of != kNone) sd.duplicate_of = docs[d.duplicate_of].id;
    if (norm > 0 && d.duplicate_of == kNone) {
      float dot = 0;
      for (const auto& [id, w] : d.vec) {
        auto it = centroid.find(id);
        if (it != centroid.end()) dot += w * it->second;
      }
      sd.centrality = static_cast<float>(dot / norm);
    }
    if (d.duplicate_of == kNone && sd.centrality > best_centrality) {
      best_centrality = sd.centrality;
      s.title = d.title;
    }
    const std::int32_t first = d.event_day.value_or(d.day);
    const std::int32_t last = d.published ? DayOf(*d.published) : d.day;
    start = start ? std::min(*start, first) : first;
    end = end ? std::max(*end, last) : last;
    for (const auto& [id, count] : d.names) ++name_docs[id];
    for (std::uint32_t e : d.events) ++event_docs[e];
    std::unordered_set<std::uint64_t> seen_dates;
    for (const auto& [day, gran] : d.dates) {
      const std::uint64_t key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(day)) << 8) | gran;
      if (seen_dates.insert(key).second) ++date_docs[key];
    }
    if (!d.source.empty() && sources.insert(d.source).second) s.sources.push_back(d.source);
    s.docs.push_back(std::move(sd));
  }
  if (s.title.empty() && !s.docs.empty()) s.title = s.docs.front().title;
  if (start) s.start = CivilOfDay(*start);
  if (end) s.end = CivilOfDay(*end);

  std::vector<std::pair<std::uint32_t, std::uint32_t>> names(name_docs.begin(), name_docs.end());
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  for (const auto& [id, n] : names) {
    if (s.entities.size() >= kMaxEntities) break;
    const FeatureEntry& e = features[id];
    StoryEntity se;
    if (KindOf(id) == FeatureKind::kEntity) {
      std::uint64_t v = 0;
      const std::string_view k = KeyOf(id);
      std::from_chars(k.data(), k.data() + k.size(), v);
      se.entity = EntityId(v);
    }
    se.name = e.display;
    se.type = static_cast<doc::EntityType>(e.type);
    se.docs = n;
    s.entities.push_back(std::move(se));
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> events(event_docs.begin(), event_docs.end());
  std::sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::unordered_set<std::uint32_t> related;
  for (const auto& [id, n] : events) {
    const FeatureEntry& e = features[id];
    s.events.push_back({std::string(KeyOf(id)), e.display, e.number, n});
    auto it = series_docs.find(SeriesOf(KeyOf(id)));
    if (it == series_docs.end()) continue;
    for (std::uint32_t d : it->second) {
      if (docs[d].removed || docs[d].story == kNone) continue;
      const std::uint32_t other = Find(docs[d].story);
      if (other != story) related.insert(other);
    }
  }
  for (std::uint32_t o : related) s.related.push_back(StoryId(o + 1));
  std::sort(s.related.begin(), s.related.end());

  std::vector<std::pair<std::uint32_t, float>> terms;
  for (const auto& [id, w] : centroid) {
    if (KindOf(id) == FeatureKind::kTerm) terms.emplace_back(id, w);
  }
  const std::size_t nt = std::min(kMaxTerms, terms.size());
  std::partial_sort(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(nt), terms.end(),
                    [](const auto& a, const auto& b) {
                      return a.second != b.second ? a.second > b.second : a.first < b.first;
                    });
  for (std::size_t i = 0; i < nt; ++i) s.terms.emplace_back(KeyOf(terms[i].first));

  std::vector<std::pair<std::uint64_t, std::uint32_t>> ds(date_docs.begin(), date_docs.end());
  std::sort(ds.begin(), ds.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  for (const auto& [key, n] : ds) {
    if (s.dates.size() >= kMaxDates) break;
    StoryDate sd;
    sd.date = CivilOfDay(static_cast<std::int32_t>(static_cast<std::uint32_t>(key >> 8)));
    sd.granularity = static_cast<dates::Granularity>(key & 0xFF);
    sd.docs = n;
    s.dates.push_back(sd);
  }
  return s;
}

// --- Public interface ---------------------------------------------------------------------

StoryClusterer::StoryClusterer(ClustererOptions options, const TermStats* term_stats)
    : state_(std::make_unique<State>()) {
  state_->options = options;
  state_->ext = term_stats;
}
StoryClusterer::StoryClusterer(std::unique_ptr<State> state) : state_(std::move(state)) {}
StoryClusterer::~StoryClusterer() = default;
StoryClusterer::StoryClusterer(StoryClusterer&&) noexcept = default;
StoryClusterer& StoryClusterer::operator=(StoryClusterer&&) noexcept = default;

Assignment StoryClusterer::Add(const DocProfile& profile) { return state_->Add(profile); }
bool StoryClusterer::Remove(std::string_view doc_id) {
  if (!state_->Remove(doc_id)) return false;
  state_->RecordRemove(doc_id);
  return true;
}

void StoryClusterer::set_journal(bool on) {
  state_->journal = on;
  state_->StartDelta();
}
bool StoryClusterer::journal() const { return state_->journal; }
std::size_t StoryClusterer::delta_bytes() const { return state_->delta_ops.size(); }

std::optional<StoryId> StoryClusterer::StoryOf(std::string_view doc_id) const {
  auto it = state_->doc_index.find(doc_id);
  if (it == state_->doc_index.end()) return std::nullopt;
  const DocRec& d = state_->docs[it->second];
  if (d.story == kNone) return std::nullopt;
  return StoryId(state_->Find(d.story) + 1);
}

StoryId StoryClusterer::Canonical(StoryId id) const {
  if (id.value() == 0 || id.value() > state_->stories.size()) return id;
  return StoryId(state_->Find(static_cast<std::uint32_t>(id.value() - 1)) + 1);
}

std::optional<Story> StoryClusterer::Get(StoryId id) const {
  if (id.value() == 0 || id.value() > state_->stories.size()) return std::nullopt;
  const std::uint32_t s = state_->Find(static_cast<std::uint32_t>(id.value() - 1));
  if (state_->stories[s].docs.empty()) return std::nullopt;
  return state_->Describe(s);
}

std::vector<Story> StoryClusterer::List(const StoryFilter& filter) const {
  std::vector<Story> out;
  for (std::uint32_t s = 0; s < state_->stories.size(); ++s) {
    const StoryRec& r = state_->stories[s];
    if (r.parent != s || r.docs.empty() || r.docs.size() < filter.min_docs) continue;
    Story story = state_->Describe(s);
    if (filter.since && story.end && *story.end < *filter.since) continue;
    if (filter.until && story.start && *filter.until < *story.start) continue;
    out.push_back(std::move(story));
  }
  std::stable_sort(out.begin(), out.end(), [](const Story& a, const Story& b) {
    if (a.docs.size() != b.docs.size()) return a.docs.size() > b.docs.size();
    if (a.start != b.start) return a.start < b.start;
    return a.id < b.id;
  });
  return out;
}

float StoryClusterer::Similarity(std::string_view doc_a, std::string_view doc_b) const {
  auto a = state_->doc_index.find(doc_a);
  auto b = state_->doc_index.find(doc_b);
  if (a == state_->doc_index.end() || b == state_->doc_index.end()) return 0;
  return Dot(state_->docs[a->second].vec, state_->docs[b->second].vec);
}

std::vector<std::pair<std::string, float>> StoryClusterer::VectorOf(std::string_view doc_id) const {
  std::vector<std::pair<std::string, float>> out;
  auto it = state_->doc_index.find(doc_id);
  if (it == state_->doc_index.end()) return out;
  static constexpr std::string_view kPrefix[] = {"", "e:", "n:", "v:", "d:"};
  for (const auto& [id, w] : state_->docs[it->second].vec) {
    std::string k(kPrefix[static_cast<int>(state_->KindOf(id))]);
    k.append(state_->KeyOf(id));
    out.emplace_back(std::move(k), w);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  return out;
}

std::size_t StoryClusterer::doc_count() const { return state_->live_docs; }

std::size_t StoryClusterer::story_count() const {
  std::size_t n = 0;
  for (std::uint32_t s = 0; s < state_->stories.size(); ++s) {
    if (state_->stories[s].parent == s && !state_->stories[s].docs.empty()) ++n;
  }
  return n;
}

const ClustererOptions& StoryClusterer::options() const { return state_->options; }

}  // namespace marsad::stories
