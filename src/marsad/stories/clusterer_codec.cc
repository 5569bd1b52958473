// StoryClusterer's stored forms (docs/formats/stories.md): the whole state (Encode,
// Decode) and the deltas of what changed since (the journal, TakeDelta, ApplyDelta).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "marsad/base/byte_coding.h"
#include "marsad/base/crc32c.h"
#include "marsad/stories/clusterer.h"
#include "marsad/stories/clusterer_state.h"

namespace marsad::stories {

using base::ByteReader;
using base::PutFixed32;
using base::PutFloat;
using base::PutSigned;
using base::PutString;
using base::PutVarint;

namespace {

constexpr std::string_view kMagic = "MSTY";
constexpr std::uint32_t kFormatVersion = 1;

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

// Checks the frame the state and its deltas share — magic, u32 version, body, CRC-32C of all
// before it — and sets *in to the body after the version. `kind` ("state", "delta") names
// the file in errors: Corruption, or NotSupported for another version.
Status OpenFrame(std::string_view bytes, std::string_view magic, std::uint32_t version, std::string_view kind,
                 ByteReader* in) {
  const std::string what = "stories " + std::string(kind);
  auto corrupt = [&what](std::string_view problem) { return Status::Corruption(what + ": " + std::string(problem)); };
  if (bytes.size() < magic.size() + 8 || bytes.substr(0, magic.size()) != magic) {
    return corrupt("not a " + what + " (bad magic)");
  }
  const std::string_view body = bytes.substr(0, bytes.size() - 4);
  ByteReader tail(bytes.substr(bytes.size() - 4));
  std::uint32_t crc = 0;
  (void)tail.Fixed32(&crc);
  *in = ByteReader(body.substr(magic.size()));
  std::uint32_t stored = 0;
  if (!in->Fixed32(&stored)) return corrupt("truncated header");
  if (stored != version) {
    return Status::NotSupported(what + ": format version " + std::to_string(stored) + " (this build reads version " +
                                std::to_string(version) + ")");
  }
  if (base::Crc32c(body) != crc) return corrupt("checksum mismatch");
  return Status::Ok();
}

}  // namespace

// --- The journal ---------------------------------------------------------------------------

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

void StoryClusterer::State::RecordRemove(std::string_view id) {
  if (!journal) return;
  delta_ops.push_back(static_cast<char>(kOpRemove));
  PutString(&delta_ops, id);
  ++delta_op_count;
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
  ByteReader in;
  MARSAD_RETURN_IF_ERROR(OpenFrame(bytes, kDeltaMagic, kDeltaVersion, "delta", &in));
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

// --- State format ---------------------------------------------------------------------------

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
  ByteReader in;
  MARSAD_RETURN_IF_ERROR(OpenFrame(bytes, kMagic, kFormatVersion, "state", &in));

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
