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

#include "marsad/base/byte_coding.h"
#include "marsad/base/crc32c.h"
#include "marsad/dates/date_field.h"
#include "marsad/stories/sparse_vector.h"
#include "marsad/stories/string_table.h"

namespace marsad::stories {

using base::ByteReader;
using base::PutFixed32;
using base::PutFloat;
using base::PutSigned;
using base::PutString;
using base::PutVarint;

namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;
constexpr std::string_view kMagic = "MSTY";
constexpr std::uint32_t kFormatVersion = 1;
constexpr float kEmptyPosting = 1e-6F;
constexpr std::size_t kMaxEntities = 20;
constexpr std::size_t kMaxTerms = 10;
constexpr std::size_t kMaxDates = 8;
constexpr std::int64_t kSecondsPerDay = 86400;

// One slice that contains a feature, in the feature's postings: sorted by day, so the
// slices of a window of days are one contiguous run.
struct Posting {
  std::int32_t day = 0;
  std::uint32_t slice = 0;
  float weight = 0;  // the slice's summed weight of the feature
};

bool DayBefore(const Posting& p, std::int32_t day) { return p.day < day; }

// What is known of a feature besides its (kind, key) in the dictionary. Its document
// frequency and postings are kept in arrays of their own (State::df, State::postings):
// they are what every article touches.
struct FeatureEntry {
  float ext_idf = 0;                 // cached idf from external TermStats
  std::uint64_t ext_n = 0;           // DocCount when ext_idf was cached (0: never)
  std::string display;               // names and events: as first written
  std::int32_t number = 0;           // events: the number
  std::uint8_t type = 0;             // names: doc::EntityType
};


struct DocRec {
  std::string id, title, source;
  std::optional<std::int64_t> published;
  std::int32_t day = 0;  // the day of its slice
  std::optional<std::int32_t> event_day;
  std::uint32_t story = kNone;
  std::uint32_t slice = kNone;         // kNone for duplicates
  std::uint32_t duplicate_of = kNone;  // the original article (never itself a duplicate)
  bool removed = false;
  SparseVector vec;                                           // normalized, top features
  std::vector<std::uint32_t> features;                        // every distinct feature (df)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> names;  // name features, mentions
  std::vector<std::uint32_t> events;                          // named event features
  std::vector<std::pair<std::int32_t, std::uint8_t>> dates;   // mentioned day, granularity
};

struct Slice {
  std::uint32_t story = kNone;
  std::int32_t day = 0;
  double norm2 = 0;  // squared norm of the summed member vectors
  std::vector<std::uint32_t> members;
};

struct StoryRec {
  std::uint32_t parent = 0;  // itself, or the story it was merged into
  std::vector<std::uint32_t> docs;
  std::vector<std::uint32_t> slices;
};

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

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

// Operations of a delta (docs/formats/stories.md). DO NOT CHANGE: stored.
constexpr std::uint8_t kOpAdd = 1;
constexpr std::uint8_t kOpRemove = 2;
constexpr std::string_view kDeltaMagic = "MSTD";
constexpr std::uint32_t kDeltaVersion = 1;

// What a delta says of a feature besides its (kind, key).
void PutFeatureDisplay(const FeatureEntry& e, std::string* out) {
  PutString(out, e.display);
  PutSigned(out, e.number);
  out->push_back(static_cast<char>(e.type));
}
bool ReadFeatureDisplay(ByteReader& in, FeatureEntry* e) {
  std::int64_t number = 0;
  std::uint32_t type = 0;
  if (!in.String(&e->display) || !in.Signed(&number) || !in.Varint32(&type) || type > 3) return false;
  e->number = static_cast<std::int32_t>(number);
  e->type = static_cast<std::uint8_t>(type);
  return true;
}

// An index or kNone as a varint: 0 for kNone, else index + 1.
std::uint64_t OneBased(std::uint32_t index) {
  return index == kNone ? 0 : static_cast<std::uint64_t>(index) + 1;
}
std::uint32_t FromOneBased(std::uint32_t v) { return v == 0 ? kNone : v - 1; }

// An article as the state and its deltas store it (docs/formats/stories.md), from its id
// on (the removed flag is the caller's).
void EncodeDoc(const DocRec& d, std::string* out) {
  PutString(out, d.id);
  PutString(out, d.title);
  PutString(out, d.source);
  out->push_back(static_cast<char>((d.published ? 1 : 0) | (d.event_day ? 2 : 0)));
  if (d.published) PutSigned(out, *d.published);
  if (d.event_day) PutSigned(out, *d.event_day);
  PutSigned(out, d.day);
  PutVarint(out, OneBased(d.story));
  PutVarint(out, OneBased(d.slice));
  PutVarint(out, OneBased(d.duplicate_of));
  PutVarint(out, d.vec.size());
  for (const auto& [id, w] : d.vec) {
    PutVarint(out, id);
    PutFloat(out, w);
  }
  PutVarint(out, d.features.size());
  std::uint32_t prev = 0;
  for (std::uint32_t id : d.features) {  // sorted: deltas
    PutVarint(out, id - prev);
    prev = id;
  }
  PutVarint(out, d.names.size());
  for (const auto& [id, n] : d.names) {
    PutVarint(out, id);
    PutVarint(out, n);
  }
  PutVarint(out, d.events.size());
  for (std::uint32_t id : d.events) PutVarint(out, id);
  PutVarint(out, d.dates.size());
  for (const auto& [day, g] : d.dates) {
    PutSigned(out, day);
    out->push_back(static_cast<char>(g));
  }
}

// Reads what EncodeDoc wrote, checking feature ids against `nf` and the duplicate link
// against `max_doc` (exclusive). Returns "" on success, else what is wrong.
std::string DecodeDoc(ByteReader& in, std::uint32_t nf, std::uint32_t max_doc, DocRec* d) {
  std::uint32_t has = 0, story = 0, slice = 0, dup = 0, count = 0;
  std::int64_t v64 = 0;
  if (!in.String(&d->id) || !in.String(&d->title) || !in.String(&d->source) || !in.Varint32(&has)) {
    return "bad article";
  }
  if (has & 1) {
    if (!in.Signed(&v64)) return "bad article " + d->id;
    d->published = v64;
  }
  if (has & 2) {
    if (!in.Signed(&v64)) return "bad article " + d->id;
    d->event_day = static_cast<std::int32_t>(v64);
  }
  if (!in.Signed(&v64) || !in.Varint32(&story) || !in.Varint32(&slice) || !in.Varint32(&dup)) {
    return "bad article " + d->id;
  }
  d->day = static_cast<std::int32_t>(v64);
  d->story = FromOneBased(story);
  d->slice = FromOneBased(slice);
  d->duplicate_of = FromOneBased(dup);
  if (d->duplicate_of != kNone && d->duplicate_of >= max_doc) return "bad duplicate link";
  if (!in.Count(&count, 5)) return "bad vector of article " + d->id;
  d->vec.resize(count);
  for (auto& [id, w] : d->vec) {
    if (!in.Varint32(&id) || !in.Float(&w) || id >= nf) return "bad vector of article " + d->id;
  }
  if (!in.Count(&count, 1)) return "bad features of article " + d->id;
  d->features.resize(count);
  std::uint32_t prev = 0;
  for (std::uint32_t& id : d->features) {
    std::uint32_t delta = 0;
    if (!in.Varint32(&delta) || delta > nf - prev) return "bad features of article " + d->id;
    id = prev + delta;
    prev = id;
    if (id >= nf) return "bad features of article " + d->id;
  }
  if (!in.Count(&count, 2)) return "bad names of article " + d->id;
  d->names.resize(count);
  for (auto& [id, c] : d->names) {
    if (!in.Varint32(&id) || !in.Varint32(&c) || id >= nf) return "bad names of article " + d->id;
  }
  if (!in.Count(&count, 1)) return "bad events of article " + d->id;
  d->events.resize(count);
  for (std::uint32_t& id : d->events) {
    if (!in.Varint32(&id) || id >= nf) return "bad events of article " + d->id;
  }
  if (!in.Count(&count, 2)) return "bad dates of article " + d->id;
  d->dates.resize(count);
  for (auto& [day, g] : d->dates) {
    std::uint32_t gv = 0;
    if (!in.Signed(&v64) || !in.Varint32(&gv) || gv > 3) return "bad dates of article " + d->id;
    day = static_cast<std::int32_t>(v64);
    g = static_cast<std::uint8_t>(gv);
  }
  return "";
}

}  // namespace

struct StoryClusterer::State {
  ClustererOptions options;
  const TermStats* ext = nullptr;

  StringTable dict;                    // (kind, key) → feature id
  std::vector<FeatureEntry> features;  // by feature id
  std::vector<std::uint32_t> df;       // by feature id: articles counted with it
  std::vector<std::vector<Posting>> postings;  // by feature id, sorted by day
  std::uint64_t counted_docs = 0;  // articles whose features are counted in df

  std::vector<DocRec> docs;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> doc_index;
  std::vector<Slice> slices;
  std::vector<StoryRec> stories;
  std::int32_t last_day = 0;  // the day given to articles without a date
  std::size_t live_docs = 0;
  std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>> series_docs;

  // Scratch of Add: scores by slice and by story (-1: not seen), and which were touched.
  std::vector<float> acc;
  std::vector<std::uint32_t> touched;
  std::vector<std::uint64_t> hash_scratch;  // Vectorize's key hashes
  std::vector<float> story_score;
  std::vector<std::uint32_t> story_slice;
  std::vector<std::uint32_t> touched_stories;

  // The journal (StoryClusterer::set_journal): operations recorded since the delta began,
  // and the table sizes it began from (ApplyDelta checks them).
  bool journal = false;
  std::string delta_ops;
  std::uint32_t delta_op_count = 0;
  std::uint32_t base_docs = 0, base_features = 0, base_stories = 0, base_slices = 0;
  // Of the Add being recorded: features before it, older features it gave a display name,
  // and the merges it made (survivor, other) in order.
  std::uint32_t op_features = 0;
  std::vector<std::uint32_t> op_display;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> op_merges;

  void StartDelta() {
    delta_ops.clear();
    delta_op_count = 0;
    base_docs = static_cast<std::uint32_t>(docs.size());
    base_features = static_cast<std::uint32_t>(features.size());
    base_stories = static_cast<std::uint32_t>(stories.size());
    base_slices = static_cast<std::uint32_t>(slices.size());
  }
  // Notes that an older feature got its display name during the Add being recorded.
  void DisplaySet(std::uint32_t id) {
    if (journal && id < op_features) op_display.push_back(id);
  }

  std::uint32_t Intern(FeatureKind kind, std::string_view key) {
    return Intern(kind, key, StringTable::Hash(static_cast<std::uint8_t>(kind), key));
  }
  std::uint32_t Intern(FeatureKind kind, std::string_view key, std::uint64_t hash) {
    bool added = false;
    const std::uint32_t id = dict.Intern(static_cast<std::uint8_t>(kind), key, hash, &added);
    if (added) {
      features.emplace_back();
      df.push_back(0);
      postings.emplace_back();
    }
    return id;
  }
  // Interns a feature; a term with a leading ب/ل/ك/ف may resolve to the term without it
  // (ClustererOptions::clitic_ratio).
  std::uint32_t InternTerm(FeatureKind kind, std::string_view key, std::uint64_t hash) {
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
  FeatureKind KindOf(std::uint32_t id) const { return static_cast<FeatureKind>(dict.kind(id)); }
  std::string_view KeyOf(std::uint32_t id) const { return dict.text(id); }

  std::uint32_t Find(std::uint32_t s) const {
    while (stories[s].parent != s) s = stories[s].parent;
    return s;
  }

  float KindWeight(FeatureKind k) const {
    switch (k) {
      case FeatureKind::kTerm: return 1.0F;
      case FeatureKind::kEntity: return options.entity_weight;
      case FeatureKind::kName: return options.name_weight;
      case FeatureKind::kEvent: return options.event_weight;
      case FeatureKind::kDay: return options.day_weight;
    }
    return 1.0F;
  }

  double Idf(std::uint32_t id) {
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

  // Interns the profile's features, counts them, and fills the record's vectors.
  void Vectorize(const DocProfile& p, DocRec* d) {
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

  void Uncount(const DocRec& d) {
    if (d.features.empty()) return;
    if (counted_docs > 0) --counted_docs;
    for (std::uint32_t id : d.features) {
      if (df[id] > 0) --df[id];
    }
  }

  // Adds (sign +1) or subtracts (-1) a vector to a slice's postings.
  void ApplyToSlice(std::uint32_t s, const SparseVector& v, float sign) {
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

  // The story's slice of `day` (the oldest, when a merge gave it two), else a new one. Not
  // the first in the story's list: that order differs between a state built up and one
  // decoded, and deltas must replay onto either.
  std::uint32_t SliceFor(std::uint32_t story, std::int32_t day) {
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

  std::uint32_t NewStory() {
    const auto s = static_cast<std::uint32_t>(stories.size());
    StoryRec r;
    r.parent = s;
    stories.push_back(std::move(r));
    return s;
  }

  // Merges story b into a; returns the survivor (the older one).
  std::uint32_t Merge(std::uint32_t a, std::uint32_t b) {
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

  void IndexSeries(std::uint32_t doc) {
    for (std::uint32_t e : docs[doc].events) {
      series_docs[std::string(SeriesOf(KeyOf(e)))].push_back(doc);
    }
  }

  // Add, recorded in the journal when it is on.
  Assignment Add(const DocProfile& p);
  Assignment AddImpl(const DocProfile& p);
  bool Remove(std::string_view id);
  // Replays one recorded Add (ApplyDelta); "" on success, else what is wrong.
  std::string ReplayAdd(ByteReader& in);
  Story Describe(std::uint32_t story) const;
};

Assignment StoryClusterer::State::Add(const DocProfile& p) {
  if (!journal) return AddImpl(p);
  op_features = static_cast<std::uint32_t>(features.size());
  op_display.clear();
  op_merges.clear();
  Assignment out = AddImpl(p);
  std::string& o = delta_ops;
  o.push_back(static_cast<char>(kOpAdd));
  PutVarint(&o, features.size() - op_features);
  for (std::uint32_t id = op_features; id < features.size(); ++id) {
    PutVarint(&o, dict.kind(id));
    PutString(&o, dict.text(id));
    PutFeatureDisplay(features[id], &o);
  }
  std::sort(op_display.begin(), op_display.end());
  op_display.erase(std::unique(op_display.begin(), op_display.end()), op_display.end());
  PutVarint(&o, op_display.size());
  for (std::uint32_t id : op_display) {
    PutVarint(&o, id);
    PutFeatureDisplay(features[id], &o);
  }
  PutVarint(&o, op_merges.size());
  for (const auto& [a, b] : op_merges) {
    PutVarint(&o, a);
    PutVarint(&o, b);
  }
  EncodeDoc(docs.back(), &o);
  ++delta_op_count;
  return out;
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

std::string StoryClusterer::State::ReplayAdd(ByteReader& in) {
  // Features it introduced, then display names it gave older ones.
  std::uint32_t n = 0;
  if (!in.Count(&n, 4)) return "bad feature count";
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t kind = 0;
    std::string key;
    FeatureEntry e;
    if (!in.Varint32(&kind) || kind > static_cast<std::uint32_t>(FeatureKind::kDay) || !in.String(&key) ||
        !ReadFeatureDisplay(in, &e)) {
      return "bad feature";
    }
    const std::size_t before = features.size();
    Intern(static_cast<FeatureKind>(kind), key);
    if (features.size() != before + 1) return "feature repeated: " + key;
    features.back() = std::move(e);
  }
  const auto nf = static_cast<std::uint32_t>(features.size());
  if (!in.Count(&n, 4)) return "bad display count";
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t id = 0;
    FeatureEntry e;
    if (!in.Varint32(&id) || id >= nf || !ReadFeatureDisplay(in, &e)) return "bad display name";
    features[id].display = std::move(e.display);
    features[id].number = e.number;
    features[id].type = e.type;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> merges;
  if (!in.Count(&n, 2)) return "bad merge count";
  merges.resize(n);
  for (auto& [a, b] : merges) {
    if (!in.Varint32(&a) || !in.Varint32(&b)) return "bad merge";
  }
  DocRec rec;
  const auto index_before = static_cast<std::uint32_t>(docs.size());
  if (std::string bad = DecodeDoc(in, nf, index_before, &rec); !bad.empty()) return bad;

  // The same steps as AddImpl, with its decisions instead of its search.
  if (!rec.id.empty() && doc_index.count(rec.id) > 0) Remove(rec.id);
  if (rec.story == kNone || rec.story > stories.size()) return "article " + rec.id + ": story out of range";
  if (rec.slice != kNone && rec.slice > slices.size()) return "article " + rec.id + ": slice out of range";
  if (rec.story == stories.size()) {
    if (!merges.empty()) return "article " + rec.id + ": merges into a new story";
    NewStory();
  }
  for (const auto& [a, b] : merges) {
    if (a >= stories.size() || b >= stories.size() || a == b || Find(a) != a || Find(b) != b) {
      return "article " + rec.id + ": bad merge";
    }
    Merge(a, b);
  }
  if (Find(rec.story) != rec.story) return "article " + rec.id + ": story was merged";
  const std::uint32_t index = index_before;
  docs.push_back(std::move(rec));
  DocRec& d = docs.back();
  if (!d.id.empty()) doc_index[d.id] = index;
  ++live_docs;
  for (std::uint32_t id : d.features) ++df[id];
  IndexSeries(index);
  stories[d.story].docs.push_back(index);
  if (d.slice != kNone) {
    const std::uint32_t s = SliceFor(d.story, d.day);
    if (s != docs[index].slice) return "article " + docs[index].id + ": slice does not follow";
    slices[s].members.push_back(index);
    ApplyToSlice(s, docs[index].vec, 1.0F);
  }
  return "";
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
  if (state_->journal) {
    state_->delta_ops.push_back(static_cast<char>(kOpRemove));
    PutString(&state_->delta_ops, doc_id);
    ++state_->delta_op_count;
  }
  return true;
}

void StoryClusterer::set_journal(bool on) {
  state_->journal = on;
  state_->StartDelta();
}
bool StoryClusterer::journal() const { return state_->journal; }
std::size_t StoryClusterer::delta_bytes() const { return state_->delta_ops.size(); }

std::string StoryClusterer::TakeDelta() {
  State& st = *state_;
  std::string out(kDeltaMagic);
  PutFixed32(&out, kDeltaVersion);
  PutVarint(&out, st.base_docs);
  PutVarint(&out, st.base_features);
  PutVarint(&out, st.base_stories);
  PutVarint(&out, st.base_slices);
  PutVarint(&out, st.delta_op_count);
  out += st.delta_ops;
  PutVarint(&out, st.counted_docs);
  PutSigned(&out, st.last_day);
  PutFixed32(&out, base::Crc32c(out));
  st.StartDelta();
  return out;
}

Status StoryClusterer::ApplyDelta(std::string_view bytes) {
  auto corrupt = [](std::string_view what) { return Status::Corruption("stories delta: " + std::string(what)); };
  if (bytes.size() < kDeltaMagic.size() + 8 || bytes.substr(0, kDeltaMagic.size()) != kDeltaMagic) {
    return corrupt("not a stories delta (bad magic)");
  }
  const std::string_view body = bytes.substr(0, bytes.size() - 4);
  ByteReader tail(bytes.substr(bytes.size() - 4));
  std::uint32_t crc = 0;
  (void)tail.Fixed32(&crc);
  ByteReader in(body.substr(kDeltaMagic.size()));
  std::uint32_t version = 0;
  if (!in.Fixed32(&version)) return corrupt("truncated header");
  if (version != kDeltaVersion) {
    return Status::NotSupported("stories delta: format version " + std::to_string(version) +
                                " (this build reads version " + std::to_string(kDeltaVersion) + ")");
  }
  if (base::Crc32c(body) != crc) return corrupt("checksum mismatch");
  State& st = *state_;
  std::uint32_t docs = 0, features = 0, stories = 0, slices = 0, ops = 0;
  if (!in.Varint32(&docs) || !in.Varint32(&features) || !in.Varint32(&stories) || !in.Varint32(&slices) ||
      !in.Count(&ops, 2)) {
    return corrupt("truncated header");
  }
  if (docs != st.docs.size() || features != st.features.size() || stories != st.stories.size() ||
      slices != st.slices.size()) {
    return corrupt("does not continue this state (it begins at " + std::to_string(docs) + " articles, the state has " +
                   std::to_string(st.docs.size()) + ")");
  }
  for (std::uint32_t i = 0; i < ops; ++i) {
    std::uint32_t kind = 0;
    if (!in.Varint32(&kind)) return corrupt("truncated operation " + std::to_string(i));
    if (kind == kOpRemove) {
      std::string id;
      if (!in.String(&id)) return corrupt("bad removal " + std::to_string(i));
      st.Remove(id);
    } else if (kind == kOpAdd) {
      if (std::string bad = st.ReplayAdd(in); !bad.empty()) {
        return corrupt("operation " + std::to_string(i) + ": " + bad);
      }
    } else {
      return corrupt("unknown operation " + std::to_string(i));
    }
  }
  std::int64_t last_day = 0;
  if (!in.Varint(&st.counted_docs) || !in.Signed(&last_day) || !in.done()) return corrupt("bad trailer");
  st.last_day = static_cast<std::int32_t>(last_day);
  if (st.journal) st.StartDelta();
  return Status::Ok();
}

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

// --- State format (docs/formats/stories.md) -----------------------------------------------

std::string StoryClusterer::Encode() const {
  const State& st = *state_;
  std::string out(kMagic);
  PutFixed32(&out, kFormatVersion);
  PutVarint(&out, st.counted_docs);
  PutSigned(&out, st.last_day);
  // Features, in id order.
  PutVarint(&out, st.features.size());
  for (std::uint32_t id = 0; id < st.features.size(); ++id) {
    const FeatureEntry& e = st.features[id];
    PutVarint(&out, st.dict.kind(id));
    PutString(&out, st.dict.text(id));
    PutVarint(&out, st.df[id]);
    PutString(&out, e.display);
    PutSigned(&out, e.number);
    out.push_back(static_cast<char>(e.type));
  }
  // Articles.
  PutVarint(&out, st.docs.size());
  for (const DocRec& d : st.docs) {
    out.push_back(static_cast<char>(d.removed ? 1 : 0));
    if (d.removed) continue;
    EncodeDoc(d, &out);
  }
  // Stories (parents) and slices (story, day); memberships follow from the articles.
  PutVarint(&out, st.stories.size());
  for (const StoryRec& r : st.stories) PutVarint(&out, r.parent);
  PutVarint(&out, st.slices.size());
  for (const Slice& s : st.slices) {
    PutVarint(&out, s.story);
    PutSigned(&out, s.day);
  }
  // Postings by feature; slice norms are recomputed from them.
  for (const std::vector<Posting>& ps : st.postings) {
    PutVarint(&out, ps.size());
    for (std::size_t k = 0; k < ps.size(); ++k) {  // days ascending: the first, then deltas
      if (k == 0) {
        PutSigned(&out, ps[k].day);
      } else {
        PutVarint(&out, static_cast<std::uint64_t>(static_cast<std::int64_t>(ps[k].day) - ps[k - 1].day));
      }
      PutVarint(&out, ps[k].slice);
      PutFloat(&out, ps[k].weight);
    }
  }
  PutFixed32(&out, base::Crc32c(out));
  return out;
}

Result<StoryClusterer> StoryClusterer::Decode(std::string_view bytes, ClustererOptions options,
                                              const TermStats* term_stats) {
  auto corrupt = [](std::string_view what) {
    return Status::Corruption("stories state: " + std::string(what));
  };
  if (bytes.size() < kMagic.size() + 8 || bytes.substr(0, kMagic.size()) != kMagic) {
    return corrupt("not a stories state (bad magic)");
  }
  const std::string_view body = bytes.substr(0, bytes.size() - 4);
  ByteReader tail(bytes.substr(bytes.size() - 4));
  std::uint32_t crc = 0;
  (void)tail.Fixed32(&crc);
  ByteReader in(body.substr(kMagic.size()));
  std::uint32_t version = 0;
  if (!in.Fixed32(&version)) return corrupt("truncated header");
  if (version != kFormatVersion) {
    return Status::NotSupported("stories state: format version " + std::to_string(version) +
                                " (this build reads version " + std::to_string(kFormatVersion) + ")");
  }
  if (base::Crc32c(body) != crc) return corrupt("checksum mismatch");

  auto state = std::make_unique<State>();
  State& st = *state;
  st.options = options;
  st.ext = term_stats;
  std::int64_t v64 = 0;
  if (!in.Varint(&st.counted_docs) || !in.Signed(&v64)) return corrupt("truncated header");
  st.last_day = static_cast<std::int32_t>(v64);

  std::uint32_t n = 0;
  if (!in.Count(&n, 4)) return corrupt("bad feature count");
  st.features.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::string key, display;
    std::uint32_t kind = 0, df = 0, type = 0;
    std::int64_t number = 0;
    if (!in.Varint32(&kind) || !in.String(&key) || !in.Varint32(&df) || !in.String(&display) ||
        !in.Signed(&number) || !in.Varint32(&type) ||
        kind > static_cast<std::uint32_t>(FeatureKind::kDay) || type > 3) {
      return corrupt("bad feature " + std::to_string(i));
    }
    bool added = false;
    st.dict.Intern(static_cast<std::uint8_t>(kind), key, &added);
    if (!added) return corrupt("duplicate feature " + std::to_string(i));
    st.df.push_back(df);
    st.postings.emplace_back();
    FeatureEntry e;
    e.display = std::move(display);
    e.number = static_cast<std::int32_t>(number);
    e.type = static_cast<std::uint8_t>(type);
    st.features.push_back(std::move(e));
  }
  const auto nf = static_cast<std::uint32_t>(st.features.size());

  if (!in.Count(&n, 1)) return corrupt("bad article count");
  st.docs.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    DocRec& d = st.docs[i];
    std::uint32_t flag = 0;
    if (!in.Varint32(&flag) || flag > 1) return corrupt("bad article " + std::to_string(i));
    if (flag == 1) {
      d.removed = true;
      continue;
    }
    if (std::string bad = DecodeDoc(in, nf, n, &d); !bad.empty()) {
      return corrupt(bad == "bad article" ? bad + " " + std::to_string(i) : bad);
    }
    if (!d.id.empty() && !st.doc_index.emplace(d.id, i).second) return corrupt("article id repeated: " + d.id);
    ++st.live_docs;
  }

  if (!in.Count(&n, 1)) return corrupt("bad story count");
  st.stories.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!in.Varint32(&st.stories[i].parent) || st.stories[i].parent >= n ||
        st.stories[i].parent > i) {
      return corrupt("bad story " + std::to_string(i));
    }
  }
  if (!in.Count(&n, 2)) return corrupt("bad slice count");
  st.slices.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    Slice& s = st.slices[i];
    if (!in.Varint32(&s.story) || !in.Signed(&v64) || s.story >= st.stories.size()) {
      return corrupt("bad slice " + std::to_string(i));
    }
    s.day = static_cast<std::int32_t>(v64);
    st.stories[s.story].slices.push_back(i);
  }
  for (std::uint32_t i = 0; i < st.docs.size(); ++i) {
    DocRec& d = st.docs[i];
    if (d.removed) continue;
    if (d.story >= st.stories.size()) return corrupt("article " + d.id + ": story out of range");
    if (d.slice != kNone) {
      if (d.slice >= st.slices.size()) return corrupt("article " + d.id + ": slice out of range");
      st.slices[d.slice].members.push_back(i);
    }
    st.stories[st.Find(d.story)].docs.push_back(i);
    st.IndexSeries(i);
  }
  std::vector<double> norms(st.slices.size(), 0.0);
  for (std::uint32_t f = 0; f < nf; ++f) {
    std::uint32_t count = 0;
    if (!in.Count(&count, 6)) return corrupt("bad postings of feature " + std::to_string(f));
    std::vector<Posting>& ps = st.postings[f];
    ps.resize(count);
    std::int64_t day = 0;
    for (std::size_t k = 0; k < ps.size(); ++k) {
      Posting& p = ps[k];
      if (k == 0) {
        if (!in.Signed(&day)) return corrupt("bad postings of feature " + std::to_string(f));
      } else {
        std::uint64_t delta = 0;
        if (!in.Varint(&delta) || delta > 0xFFFFFFFFu) {
          return corrupt("bad postings of feature " + std::to_string(f));
        }
        day += static_cast<std::int64_t>(delta);
      }
      if (!in.Varint32(&p.slice) || !in.Float(&p.weight) || p.slice >= st.slices.size() ||
          day < INT32_MIN || day > INT32_MAX) {
        return corrupt("bad postings of feature " + std::to_string(f));
      }
      p.day = static_cast<std::int32_t>(day);
      norms[p.slice] += static_cast<double>(p.weight) * p.weight;
    }
  }
  for (std::uint32_t s = 0; s < st.slices.size(); ++s) {
    st.slices[s].norm2 = st.slices[s].members.empty() ? 0.0 : norms[s];
  }
  if (!in.done()) return corrupt("trailing bytes");
  return StoryClusterer(std::move(state));
}

}  // namespace marsad::stories
