// SegmentBuilder; see segment_writer.h.
//
// Inversion: a document's (term, frequency) entries are collected in order of first touch;
// a term remembers its entry, so a repeated occurrence only bumps that entry's frequency.
// Positions of the stem view are grouped per entry once the frequencies are known. At the
// document's end each entry goes to its term's chain of slices in one pool (as Lucene's
// ByteBlockPool): varints of (doc delta << 1 | freq == 1), freq if not 1, and for stem
// terms each position's delta and exact term. Finish sorts only the terms and reads each
// chain in order; no (term, document) log is sorted or scattered.
#include "marsad/index/segment_writer.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <thread>

#include "marsad/base/cpu_clock.h"
#include "marsad/base/byte_coding.h"
#include "marsad/index/exact_forms.h"
#include "marsad/index/postings.h"
#include "marsad/index/term_dict.h"

namespace marsad::index {

using base::EncodeVarint;
namespace {

std::uint64_t Hash(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0x100 + seed);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * 0xC4CEB9FE1A85EC53ULL;
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  return h ^ (h >> 29);
}

constexpr std::uint32_t kNone = 0xFFFFFFFFU;

// Slots hold (hash >> 32) << 32 | (index + 1); 0 is empty.
std::uint64_t SlotValue(std::uint64_t h, std::uint32_t index) {
  return (h & 0xFFFFFFFF00000000ULL) | (static_cast<std::uint64_t>(index) + 1);
}

std::size_t Home(std::uint64_t h, std::size_t mask);

void Grow(std::vector<std::uint64_t>* slots) {
  std::vector<std::uint64_t> bigger(slots->size() * 2, 0);
  const std::size_t mask = bigger.size() - 1;
  for (std::uint64_t v : *slots) {
    if (v == 0) continue;
    std::size_t i = Home(v, mask);  // the home slot depends on the tag only
    while (bigger[i] != 0) i = (i + 1) & mask;
    bigger[i] = v;
  }
  slots->swap(bigger);
}

// The slot a hash starts probing at: derived from the tag only, so Grow can recompute it.
std::size_t Home(std::uint64_t h, std::size_t mask) {
  return static_cast<std::size_t>((h >> 32) * 0x9E3779B97F4A7C15ULL >> 20) & mask;
}

}  // namespace

SegmentBuilder::SegmentBuilder(std::uint32_t lead_tokens, std::size_t memo_limit)
    : lead_tokens_(lead_tokens), memo_limit_(std::max<std::size_t>(memo_limit, 1)) {
  Clear();
}

void SegmentBuilder::Clear() {
  arena_.clear();
  terms_.clear();
  tokens_.clear();
  pool_ = text::LargeBuffer();  // returns the memory; the next segment maps afresh
  pool_used_ = 16;              // offset 0 means "no chain"
  touched_.clear();
  doc_pos_.clear();
  doc_exact_.clear();
  docs_.clear();
  other_forms_.clear();
  for (auto& field : memos_) {
    for (Memo& m : field) {
      m.arena.reset();
      m.slots = std::vector<MemoSlot>();
      m.used = 0;
      m.last_use = 0;
    }
  }
  term_slots_.assign(1 << 16, 0);
  token_slots_.assign(1 << 16, 0);
  memory_ = 0;
}

std::uint32_t SegmentBuilder::TermId(char space, std::string_view bytes) {
  key_scratch_.assign(1, space);
  key_scratch_.append(bytes);
  const std::string_view key = key_scratch_;
  const std::uint64_t h = Hash(key, 1);
  const std::size_t mask = term_slots_.size() - 1;
  std::size_t i = Home(h, mask);
  while (term_slots_[i] != 0) {
    const std::uint64_t v = term_slots_[i];
    if ((v >> 32) == (h >> 32)) {
      const auto id = static_cast<std::uint32_t>((v & 0xFFFFFFFF) - 1);
      if (TermKey(terms_[id]) == key) return id;
    }
    i = (i + 1) & mask;
  }
  const auto id = static_cast<std::uint32_t>(terms_.size());
  Term t;
  t.key_pos = static_cast<std::uint32_t>(arena_.size());
  t.key_len = static_cast<std::uint32_t>(key.size());
  arena_.append(key);
  terms_.push_back(t);
  term_slots_[i] = SlotValue(h, id);
  memory_ += sizeof(Term) + key.size() + 16;
  if (terms_.size() * 2 > term_slots_.size()) Grow(&term_slots_);
  return id;
}

const std::uint32_t* SegmentBuilder::TokenIds(Field f, std::string_view norm,
                                              std::string_view stem, std::string_view key) {
  const std::uint64_t h = Hash(norm, 7 + static_cast<std::uint64_t>(f));
  const std::size_t mask = token_slots_.size() - 1;
  std::size_t i = Home(h, mask);
  const char field_byte = static_cast<char>(f);
  while (token_slots_[i] != 0) {
    const std::uint64_t v = token_slots_[i];
    if ((v >> 32) == (h >> 32)) {
      TokenEntry& e = tokens_[(v & 0xFFFFFFFF) - 1];
      const char* p = arena_.data() + e.pos;
      if (e.norm_len == norm.size() && p[0] == field_byte &&
          std::memcmp(p + 1, norm.data(), norm.size()) == 0) {
        // The stem and key usually follow from the norm; check, as the stemmer also looks
        // at the original spelling.
        p += 1 + e.norm_len;
        if (e.stem_len == stem.size() && e.key_len == key.size() &&
            std::memcmp(p, stem.data(), stem.size()) == 0 &&
            std::memcmp(p + e.stem_len, key.data(), key.size()) == 0) {
          return e.ids;
        }
        ids_scratch_[0] = e.ids[0];
        ids_scratch_[1] = TermId(TextSpace(f, View::kStem), stem);
        ids_scratch_[2] = TermId(TextSpace(f, View::kKey), key);
        return ids_scratch_;
      }
    }
    i = (i + 1) & mask;
  }
  TokenEntry e;
  e.pos = static_cast<std::uint32_t>(arena_.size());
  e.norm_len = static_cast<std::uint16_t>(norm.size());
  e.stem_len = static_cast<std::uint16_t>(stem.size());
  e.key_len = static_cast<std::uint16_t>(key.size());
  arena_.push_back(field_byte);
  arena_.append(norm);
  arena_.append(stem);
  arena_.append(key);
  e.ids[0] = TermId(TextSpace(f, View::kExact), norm);
  e.ids[1] = TermId(TextSpace(f, View::kStem), stem);
  e.ids[2] = TermId(TextSpace(f, View::kKey), key);
  tokens_.push_back(e);
  token_slots_[i] = SlotValue(h, static_cast<std::uint32_t>(tokens_.size() - 1));
  memory_ += sizeof(TokenEntry) + norm.size() + stem.size() + key.size() + 17;
  if (tokens_.size() * 2 > token_slots_.size()) Grow(&token_slots_);
  return tokens_.back().ids;
}

void SegmentBuilder::ResetMemo(Memo* m, std::shared_ptr<const text::StringArena> arena) {
  m->arena = std::move(arena);
  m->slots.assign(kMemoInitialSlots, MemoSlot{});
  m->used = 0;
}

SegmentBuilder::Memo* SegmentBuilder::MemoFor(
    Field f, const std::shared_ptr<const text::StringArena>& arena) {
  Memo* oldest = nullptr;
  for (Memo& m : memos_[static_cast<int>(f)]) {
    if (m.arena == arena) {
      m.last_use = ++memo_clock_;
      return &m;
    }
    if (oldest == nullptr || m.last_use < oldest->last_use) oldest = &m;
  }
  ResetMemo(oldest, arena);
  oldest->last_use = ++memo_clock_;
  return oldest;
}

const std::uint32_t* SegmentBuilder::MemoIds(Memo* m, Field f, const text::TextAnalysis& a,
                                             std::size_t i) {
  const std::uint32_t key = a.tokens[i].strings.pos + 1;
  std::size_t mask = m->slots.size() - 1;
  std::size_t j = MemoHome(key, mask);
  while (m->slots[j].pos_plus1 != 0) {
    if (m->slots[j].pos_plus1 == key) return m->slots[j].ids;
    j = (j + 1) & mask;
  }
  const std::uint32_t* ids = TokenIds(f, a.norm(i), a.stem(i), a.key(i));
  if (m->used >= memo_limit_) {  // the bound: start afresh (the arena stays)
    std::fill(m->slots.begin(), m->slots.end(), MemoSlot{});
    m->used = 0;
    j = MemoHome(key, mask);
  }
  MemoSlot& slot = m->slots[j];
  slot.pos_plus1 = key;
  std::memcpy(slot.ids, ids, sizeof(slot.ids));
  if (++m->used * 2 > m->slots.size()) {
    std::vector<MemoSlot> bigger(m->slots.size() * 2, MemoSlot{});
    mask = bigger.size() - 1;
    for (const MemoSlot& s : m->slots) {
      if (s.pos_plus1 == 0) continue;
      std::size_t k = MemoHome(s.pos_plus1, mask);
      while (bigger[k].pos_plus1 != 0) k = (k + 1) & mask;
      bigger[k] = s;
    }
    m->slots.swap(bigger);
  }
  return ids;  // in tokens_ or ids_scratch_: valid until the next TokenIds
}

std::uint32_t SegmentBuilder::LeadTerm(std::uint32_t body_stem) {
  if (terms_[body_stem].lead == kNone) {
    const std::string bytes(TermKey(terms_[body_stem]).substr(1));
    const std::uint32_t id = TermId(TextSpace(Field::kLead, View::kStem), bytes);
    terms_[body_stem].lead = id;
  }
  return terms_[body_stem].lead;
}

[[gnu::always_inline]] inline std::uint32_t SegmentBuilder::Touch(std::uint32_t term, std::uint32_t doc) {
  Term& t = terms_[term];
  if (t.last_doc != doc) {
    // kNone + 1 wraps to 0: a first document's delta is doc + 1.
    touched_.push_back(Entry{term, 1, doc - t.last_doc, kNone});
    t.last_doc = doc;
    t.slot = static_cast<std::uint32_t>(touched_.size() - 1);
  } else {
    ++touched_[t.slot].freq;
  }
  return t.slot;
}

void SegmentBuilder::TouchExact(std::uint32_t term, std::uint32_t stem, std::uint32_t doc) {
  Term& t = terms_[term];
  if (t.last_doc != doc) {
    t.last_doc = doc;
    ++t.df;
  }
  if (t.head == stem || t.write == 0) {
    t.head = stem;
    ++t.write;
  } else {
    ++other_forms_[std::uint64_t{term} << 32 | stem];
  }
}

namespace {

// Slices grow 16, 32, ... 2048 bytes; the last 4 bytes of each hold the next one's offset.
constexpr std::uint32_t kMaxLevel = 7;
constexpr std::uint32_t SliceSize(std::uint32_t level) { return 16U << level; }

// Reads one term's chain in the order it was written.
class ChainReader {
 public:
  ChainReader(const char* pool, std::uint32_t head)
      : pool_(pool), at_(head), end_(head + SliceSize(0) - 4) {}
  std::uint32_t Varint() {
    if (end_ - at_ >= 5) {  // a whole varint lies in this slice: no boundary checks
      const auto* p = reinterpret_cast<const unsigned char*>(pool_ + at_);
      std::uint32_t v = p[0] & 0x7FU;
      std::uint32_t n = 1;
      while (p[n - 1] >= 0x80) {
        v |= static_cast<std::uint32_t>(p[n] & 0x7F) << (7 * n);
        ++n;
      }
      at_ += n;
      return v;
    }
    std::uint32_t v = 0;
    for (int shift = 0;; shift += 7) {
      const auto b = static_cast<unsigned char>(Byte());
      v |= static_cast<std::uint32_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
  }

 private:
  char Byte() {
    if (at_ == end_) {
      std::uint32_t next;
      std::memcpy(&next, pool_ + end_, 4);
      if (level_ < kMaxLevel) ++level_;
      at_ = next;
      end_ = next + SliceSize(level_) - 4;
    }
    return pool_[at_++];
  }
  const char* pool_;
  std::uint32_t at_, end_;
  std::uint32_t level_ = 0;
};

}  // namespace

std::uint32_t SegmentBuilder::NewSlice(std::uint32_t size) {
  const std::uint32_t at = pool_used_;
  if (pool_used_ > 0xFFFFFFFFU - size) {  // offsets are 32-bit; IndexWriter flushes far below
    std::fprintf(stderr, "marsad: segment builder pool over 4 GiB; flush segments sooner\n");
    std::abort();
  }
  pool_used_ += size;
  if (pool_used_ > pool_.capacity()) pool_.Grow(pool_used_);  // mremap: offsets stay valid
  return at;
}

void SegmentBuilder::ChainWrite(Term* t, const char* bytes, std::size_t n) {
  char* pool = pool_.data();
  for (std::size_t i = 0; i < n; ++i) {
    if (t->write == t->end) {
      if (t->level < kMaxLevel) ++t->level;
      const std::uint32_t next = NewSlice(SliceSize(t->level));
      pool = pool_.data();
      std::memcpy(pool + t->end, &next, 4);
      t->write = next;
      t->end = next + SliceSize(t->level) - 4;
    }
    pool[t->write++] = bytes[i];
  }
}

void SegmentBuilder::EndDocument() {
  const std::uint32_t pool_before = pool_used_;
  // An entry is written straight into its term's slice when it surely fits (10 bytes a
  // varint pair), else through buf and ChainWrite across the slice boundary.
  char buf[64];
  // Each term's slice tail is a cache miss (perf: most of this function); ask for the
  // tail of the entry kAhead on so the misses overlap. Its record was just touched.
  constexpr std::size_t kAhead = 8;
  const std::size_t num = touched_.size();
  for (std::size_t k = 0; k < num; ++k) {
    if (k + kAhead < num) __builtin_prefetch(pool_.data() + terms_[touched_[k + kAhead].term].write, 1);
    const Entry& e = touched_[k];
    Term& t = terms_[e.term];
    if (t.head == 0) {
      t.head = t.write = NewSlice(SliceSize(0));
      t.end = t.head + SliceSize(0) - 4;
    }
    ++t.df;
    const std::uint32_t num_pos = e.pos == kNone ? 0 : e.freq;
    const bool direct = t.end - t.write >= 10 + 10 * std::uint64_t{num_pos};
    char* const out = direct ? pool_.data() + t.write : buf;
    std::size_t n = EncodeVarint(e.delta << 1 | (e.freq == 1 ? 1U : 0U), out);
    if (e.freq != 1) n += EncodeVarint(e.freq, out + n);
    // Positions: delta from the previous one (strictly increasing), and the exact term as
    // its distance from the stem's id, zigzag: a norm's exact and stem terms are usually
    // made together, so this is mostly one byte, not three.
    std::uint32_t prev = 0;
    for (std::uint32_t i = 0; i < num_pos; ++i) {
      if (!direct && n > sizeof(buf) - 10) {
        ChainWrite(&t, buf, n);
        n = 0;
      }
      const std::uint32_t p = doc_pos_[e.pos + i];
      n += EncodeVarint(p - prev, out + n);
      const auto gap = static_cast<std::int32_t>(e.term - doc_exact_[e.pos + i]);
      n += EncodeVarint(static_cast<std::uint32_t>(gap) << 1 ^ static_cast<std::uint32_t>(gap >> 31), out + n);
      prev = p;
    }
    if (direct) {
      t.write += static_cast<std::uint32_t>(n);
    } else {
      ChainWrite(&t, buf, n);
    }
  }
  memory_ += pool_used_ - pool_before + touched_.size() * sizeof(Entry);
  touched_.clear();
  doc_pos_.clear();
  doc_exact_.clear();
}

void SegmentBuilder::AddField(Field f, const text::TextAnalysis& a, std::uint32_t doc,
                              DocRecord* rec) {
  const auto first_entry = static_cast<std::uint32_t>(touched_.size());
  field_slots_.clear();
  field_exact_.clear();
  // Analyses made with a cache go through the memo of their (arena, field).
  Memo* memo = nullptr;
  if (const auto& arena = a.cache_arena(); arena != nullptr) memo = MemoFor(f, arena);
  // How far ahead to prefetch memo slots: lookups miss the CPU caches on a large
  // vocabulary, and asking a few tokens ahead overlaps those misses.
  constexpr std::size_t kPrefetchAhead = 16;
  // Then, once its memo slot is in, the token's term records (their first touch in a
  // document was the largest single cost of this loop: perf, session 25): when the token
  // sits in its home slot, as most do, its three records are asked for this far ahead.
  constexpr std::size_t kTermsAhead = 8;
  const std::size_t n = a.tokens.size();
  std::uint32_t pos = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (memo != nullptr && i + kPrefetchAhead < n) {
      const std::size_t mask = memo->slots.size() - 1;
      const std::uint32_t ahead = a.tokens[i + kPrefetchAhead].strings.pos + 1;
      __builtin_prefetch(&memo->slots[MemoHome(ahead, mask)]);
      const std::uint32_t near = a.tokens[i + kTermsAhead].strings.pos + 1;
      const MemoSlot& slot = memo->slots[MemoHome(near, mask)];
      if (slot.pos_plus1 == near) {
        for (const std::uint32_t id : slot.ids) __builtin_prefetch(&terms_[id]);
      }
    }
    const text::AnalyzedToken& t = a.tokens[i];
    if (!IsIndexed(t.token.kind) || t.strings.norm_len == 0) continue;
    const std::uint32_t* ids =
        memo != nullptr ? MemoIds(memo, f, a, i) : TokenIds(f, a.norm(i), a.stem(i), a.key(i));
    const std::uint32_t e = ids[0], s = ids[1], k = ids[2];
    TouchExact(e, s, doc);
    field_slots_.push_back(Touch(s, doc));
    field_exact_.push_back(e);
    Touch(k, doc);
    if (f == Field::kBody && pos < lead_tokens_) {
      // Positional emphasis: the first words of the lead count more.
      const std::uint32_t slot = Touch(LeadTerm(s), doc);
      touched_[slot].freq += (pos < kLeadEmphasis[0] ? 1 : 0) + (pos < kLeadEmphasis[1] ? 1 : 0);
    }
    ++pos;
  }
  // Place the stem view's positions: each entry's run starts after the previous entry's.
  auto base = static_cast<std::uint32_t>(doc_pos_.size());
  for (std::uint32_t slot : field_slots_) {
    Entry& entry = touched_[slot];
    if (entry.pos == kNone) {
      entry.pos = base;
      base += entry.freq;
    }
  }
  doc_pos_.resize(base);
  doc_exact_.resize(base);
  fill_.assign(touched_.size() - first_entry, 0);
  for (std::uint32_t p = 0; p < field_slots_.size(); ++p) {
    const std::uint32_t k = field_slots_[p];
    const std::uint32_t at = touched_[k].pos + fill_[k - first_entry]++;
    doc_pos_[at] = p;
    doc_exact_[at] = field_exact_[p];
  }
  memory_ += field_slots_.size() * 8;
  rec->len[static_cast<int>(f)] = pos;
  if (f == Field::kBody) rec->len[static_cast<int>(Field::kLead)] = std::min(pos, lead_tokens_);
}

void SegmentBuilder::Add(const IndexDoc& doc) {
  const auto local = static_cast<std::uint32_t>(docs_.size());
  DocRecord rec;
  rec.id = doc.id;
  rec.date = doc.date;
  rec.source = doc.source;
  rec.version = doc.version;
  if (doc.title != nullptr) AddField(Field::kTitle, *doc.title, local, &rec);
  if (doc.body != nullptr) AddField(Field::kBody, *doc.body, local, &rec);
  for (const std::string& e : doc.entities) {
    if (!e.empty()) Touch(TermId(kEntitySpace, e), local);
  }
  EndDocument();
  memory_ += sizeof(DocRecord) + rec.id.size() + rec.source.size();
  docs_.push_back(std::move(rec));
}

std::string SegmentBuilder::Finish() {
  FileSink sink(nullptr);
  (void)Finish(&sink);  // no file: cannot fail
  return sink.TakeBuffer();
}

namespace {

// Terms a chunk of Finish's parallel encoding holds: small enough that the two threads
// stay busy to the end (a frequent term's list is thousands of times a rare one's), large
// enough that taking a chunk and writing it out costs little per term.
constexpr std::uint32_t kFinishChunkTerms = 2048;

}  // namespace

Status SegmentBuilder::Finish(FileSink* sink, int threads) {
  const std::size_t num_terms = terms_.size();
  const char* const pool = pool_.data();
  const bool parallel = threads > 1 && num_terms > kFinishChunkTerms;
  // Terms in byte order: by their first 16 bytes (two big-endian words, zero-padded), then
  // the rest. Arabic terms are 2 bytes a letter, so 8 bytes tied often and each tie read two
  // keys from the arena (cache misses); 16 bytes rarely tie. In parallel, the second thread
  // sorts while this one numbers the forms.
  std::vector<std::uint32_t> order(num_terms);
  const auto sort_terms = [this, &order, num_terms] {
    struct Keyed {
      std::uint64_t head, head2;
      std::uint32_t id;
    };
    const auto word_at = [](std::string_view k, std::size_t from) {
      std::uint64_t w = 0;
      for (std::size_t b = from; b < from + 8; ++b) {
        w = w << 8 | (b < k.size() ? static_cast<unsigned char>(k[b]) : 0U);
      }
      return w;
    };
    std::vector<Keyed> keyed(num_terms);
    for (std::uint32_t t = 0; t < num_terms; ++t) {
      const std::string_view k = TermKey(terms_[t]);
      keyed[t] = Keyed{word_at(k, 0), word_at(k, 8), t};
    }
    std::sort(keyed.begin(), keyed.end(), [this](const Keyed& a, const Keyed& b) {
      if (a.head != b.head) return a.head < b.head;
      if (a.head2 != b.head2) return a.head2 < b.head2;
      return TermKey(terms_[a.id]) < TermKey(terms_[b.id]);
    });
    for (std::uint32_t t = 0; t < num_terms; ++t) order[t] = keyed[t].id;
  };
  std::thread sorter;
  std::int64_t sorter_cpu_ns = 0;
  if (parallel) {
    sorter = std::thread([&sort_terms, &sorter_cpu_ns] {
      const std::int64_t t0 = ThreadCpuNanos();
      sort_terms();
      sorter_cpu_ns = ThreadCpuNanos() - t0;
    });
  }
  // Forms: each positional stem term numbers its exact terms by frequency (ties by bytes),
  // counted as they came (TouchExact). refs remembers each exact term's (stem, form) pairs
  // for its record; stem_forms the same grouped by stem, for turning the chains' exact
  // terms into form ids.
  struct Ref {
    std::uint32_t exact, stem, form, count;
  };
  std::vector<Ref> refs;
  for (std::uint32_t t = 0; t < num_terms; ++t) {
    const Term& term = terms_[t];
    if (SpaceIsExactView(TermKey(term)[0]) && term.write != 0) refs.push_back(Ref{t, term.head, 0, term.write});
  }
  for (const auto& [pair, count] : other_forms_) {
    refs.push_back(Ref{static_cast<std::uint32_t>(pair >> 32), static_cast<std::uint32_t>(pair), 0, count});
  }
  std::sort(refs.begin(), refs.end(), [this](const Ref& a, const Ref& b) {
    if (a.stem != b.stem) return a.stem < b.stem;
    if (a.count != b.count) return a.count > b.count;
    return TermKey(terms_[a.exact]) < TermKey(terms_[b.exact]);
  });
  std::vector<std::uint32_t> stem_ref_start(num_terms + 1, 0);
  for (const Ref& r : refs) ++stem_ref_start[r.stem + 1];
  for (std::size_t t = 0; t < num_terms; ++t) stem_ref_start[t + 1] += stem_ref_start[t];
  for (std::size_t r = 0; r < refs.size(); ++r) refs[r].form = static_cast<std::uint32_t>(r - stem_ref_start[refs[r].stem]);
  // By stem, its exact terms in form order (refs is re-sorted by exact term below).
  std::vector<std::uint32_t> stem_forms(refs.size());
  for (std::size_t r = 0; r < refs.size(); ++r) stem_forms[r] = refs[r].exact;
  // An exact term's stems, most frequent first (ties by bytes).
  std::sort(refs.begin(), refs.end(), [this](const Ref& a, const Ref& b) {
    if (a.exact != b.exact) return a.exact < b.exact;
    if (a.count != b.count) return a.count > b.count;
    return TermKey(terms_[a.stem]) < TermKey(terms_[b.stem]);
  });
  std::vector<std::uint32_t> ref_start(num_terms + 1, 0);
  for (const Ref& r : refs) ++ref_start[r.exact + 1];
  for (std::size_t t = 0; t < num_terms; ++t) ref_start[t + 1] += ref_start[t];
  // Field lengths by field, for the postings' block impacts.
  std::vector<std::uint32_t> lens[kNumFields];
  for (int f = 0; f < kNumFields; ++f) {
    lens[f].resize(docs_.size());
    for (std::size_t d = 0; d < docs_.size(); ++d) lens[f][d] = docs_[d].len[f];
  }
  if (parallel) {
    sorter.join();
    helper_cpu_ns_ += sorter_cpu_ns;
  } else {
    sort_terms();
  }

  // One thread's encoding state.
  struct Encoder {
    explicit Encoder(std::size_t num_terms) : form_of(num_terms, 0) {}
    PostingsWriter w;
    std::vector<FormRef> form_refs;
    std::vector<FormTf> pairs;           // a document's (form, tf) pairs
    std::vector<std::uint32_t> form_of;  // by exact term, for the current stem
    std::vector<std::uint32_t> pos, forms;  // a document's positions and their form ids
  };
  // Appends the record of term order[i] (a list of postings, or an exact term's forms) to
  // *out; returns its df.
  const auto encode = [&](std::size_t i, Encoder* x, std::string* out) -> std::uint32_t {
    // Terms are visited in byte order, so each term's record, key bytes and chain are cache
    // misses; prefetch the records two steps ahead and, once those are in, what they point
    // at one step ahead.
    constexpr std::size_t kTermsAhead = 8;
    if (i + 2 * kTermsAhead < num_terms) {
      const std::uint32_t a = order[i + 2 * kTermsAhead];
      __builtin_prefetch(&terms_[a]);
      __builtin_prefetch(&ref_start[a]);
    }
    if (i + kTermsAhead < num_terms) {
      const Term& a = terms_[order[i + kTermsAhead]];
      __builtin_prefetch(arena_.data() + a.key_pos);
      __builtin_prefetch(pool + a.head);
    }
    const std::uint32_t id = order[i];
    const Term& term = terms_[id];
    const std::string_view key = TermKey(term);
    if (SpaceIsExactView(key[0])) {  // a record of its stems and form ids, no postings
      x->form_refs.clear();
      for (std::uint32_t r = ref_start[id]; r < ref_start[id + 1]; ++r) {
        x->form_refs.push_back(FormRef{std::string(TermKey(terms_[refs[r].stem]).substr(1)), refs[r].form});
      }
      EncodeFormRefs(key.substr(1), x->form_refs, out);
      return term.df;
    }
    // A lead term: nothing of its own (its frequencies and df are in its body stem's list);
    // the callers leave it out of the dictionary.
    if (key[0] == kLeadSpace) return term.df;
    // The chain holds positions for every stem of a positional space; a stopword's list
    // stores none (format 9).
    const bool positional = SpaceHasPositions(key[0]);
    const int field = IsTextSpace(key[0]) ? static_cast<int>(FieldOfSpace(key[0])) : -1;
    PostingsWriter& w = x->w;
    const bool lead = SpaceHasLead(key[0]);
    w.Start(positional && ListKindOf(key).positions, SpaceHasForms(key[0]), lead);
    // The lead term's chain, walked beside this one (its documents are among these).
    ChainReader lead_chain(pool, lead && term.lead != kNone ? terms_[term.lead].head : 0);
    std::uint32_t lead_left = lead && term.lead != kNone ? terms_[term.lead].df : 0;
    std::uint32_t lead_doc = kNone, lead_freq = 0;
    const auto next_lead = [&] {
      if (lead_left == 0) {
        lead_doc = kNone;  // never a document id
        return;
      }
      --lead_left;
      const std::uint32_t v = lead_chain.Varint();
      lead_doc += v >> 1;  // from kNone, the first delta (doc + 1) wraps to doc
      lead_freq = (v & 1) != 0 ? 1 : lead_chain.Varint();
    };
    next_lead();
    const std::uint32_t* lead_len = lens[static_cast<int>(Field::kLead)].data();
    const std::uint32_t* len = field < 0 ? nullptr : lens[field].data();
    if (positional) {
      for (std::uint32_t r = stem_ref_start[id]; r < stem_ref_start[id + 1]; ++r) {
        x->form_of[stem_forms[r]] = r - stem_ref_start[id];
      }
    }
    ChainReader chain(pool, term.head);
    std::uint32_t doc = kNone;  // kNone + (first delta = doc + 1) wraps to doc
    for (std::uint32_t d = 0; d < term.df; ++d) {
      const std::uint32_t v = chain.Varint();
      doc += v >> 1;
      const std::uint32_t freq = (v & 1) != 0 ? 1 : chain.Varint();
      x->pairs.clear();
      if (positional) {
        x->pos.resize(freq);
        x->forms.resize(freq);
        std::uint32_t p = 0;
        for (std::uint32_t k = 0; k < freq; ++k) {
          p += chain.Varint();
          x->pos[k] = p;
          const std::uint32_t z = chain.Varint();
          x->forms[k] = x->form_of[id - ((z >> 1) ^ (0U - (z & 1)))];
        }
        FormPairsOf(x->forms.data(), freq, &x->pairs);
      }
      std::uint32_t lead_tf = 0;
      if (lead_doc == doc) {  // kNone when the lead chain is done (or absent)
        lead_tf = lead_freq;
        next_lead();
      }
      w.Add(doc, freq, positional ? x->pos.data() : nullptr, len == nullptr ? 1 : len[doc], x->pairs.data(),
            static_cast<std::uint32_t>(x->pairs.size()), lead_tf, lead_len[doc]);
    }
    return w.Finish(out);
  };

  // The postings go to the sink as they are encoded, term by term (no whole-segment string).
  TermDictWriter dict;
  Status status;
  if (!parallel) {
    Encoder x(num_terms);
    std::string* const postings = sink->buffer();
    for (std::size_t i = 0; i < num_terms && status.ok(); ++i) {
      const std::uint64_t begin = sink->offset();
      const std::uint32_t df = encode(i, &x, postings);
      const std::string_view key = TermKey(terms_[order[i]]);
      if (key[0] != kLeadSpace) status = dict.Add(key, TermInfo{df, begin, sink->offset() - begin});
      sink->MaybeFlush();
    }
  } else {
    // Both threads take chunks of consecutive terms in turn and encode each into a buffer
    // of its own; this thread also writes the finished chunks out in term order, so the
    // bytes are those of one thread's pass.
    struct Chunk {
      std::string bytes;
      std::vector<TermInfo> infos;  // offsets within `bytes`
      std::vector<std::string_view> keys;  // the terms' keys, in arena_
      std::atomic<bool> done{false};
    };
    const std::size_t num_chunks = (num_terms + kFinishChunkTerms - 1) / kFinishChunkTerms;
    std::unique_ptr<Chunk[]> chunks(new Chunk[num_chunks]);
    std::atomic<std::size_t> next_chunk{0};
    std::atomic<bool> stop{false};
    // Encodes one chunk; false when none is left.
    const auto encode_chunk = [&](Encoder* x) {
      const std::size_t c = next_chunk.fetch_add(1, std::memory_order_relaxed);
      if (c >= num_chunks || stop.load(std::memory_order_relaxed)) return false;
      Chunk& chunk = chunks[c];
      const std::size_t end = std::min(num_terms, (c + 1) * kFinishChunkTerms);
      chunk.infos.reserve(end - c * kFinishChunkTerms);
      chunk.keys.reserve(end - c * kFinishChunkTerms);
      for (std::size_t i = c * kFinishChunkTerms; i < end; ++i) {
        const std::uint64_t begin = chunk.bytes.size();
        const std::uint32_t df = encode(i, x, &chunk.bytes);
        if (TermKey(terms_[order[i]])[0] == kLeadSpace) continue;  // no entry (see encode)
        chunk.infos.push_back(TermInfo{df, begin, chunk.bytes.size() - begin});
        chunk.keys.push_back(TermKey(terms_[order[i]]));
      }
      chunk.done.store(true, std::memory_order_release);
      chunk.done.notify_one();
      return true;
    };
    std::int64_t helper_cpu_ns = 0;
    std::thread helper([&] {
      const std::int64_t t0 = ThreadCpuNanos();
      Encoder x(num_terms);
      while (encode_chunk(&x)) {
      }
      helper_cpu_ns = ThreadCpuNanos() - t0;
    });
    // Writes chunk c out (REQUIRES: done): its bytes to the sink, its terms to the dictionary.
    const auto write_chunk = [&](std::size_t c) {
      Chunk& chunk = chunks[c];
      const std::uint64_t base = sink->offset();
      sink->Append(chunk.bytes);
      for (std::size_t k = 0; k < chunk.infos.size() && status.ok(); ++k) {
        // The keys were read on the thread that encoded the chunk, maybe the other one:
        // cache misses here unless asked for ahead.
        constexpr std::size_t kKeysAhead = 8;
        if (k + kKeysAhead < chunk.keys.size()) __builtin_prefetch(chunk.keys[k + kKeysAhead].data());
        TermInfo info = chunk.infos[k];
        info.offset += base;
        status = dict.Add(chunk.keys[k], info);
      }
      chunk.bytes = std::string();
      chunk.infos = std::vector<TermInfo>();
      chunk.keys = std::vector<std::string_view>();
      sink->MaybeFlush();
    };
    std::size_t written = 0;
    {
      Encoder x(num_terms);
      for (bool more = true; more && status.ok();) {
        more = encode_chunk(&x);
        while (written < num_chunks && status.ok() && chunks[written].done.load(std::memory_order_acquire)) {
          write_chunk(written++);
        }
      }
    }
    if (!status.ok()) stop.store(true, std::memory_order_relaxed);
    for (; written < num_chunks && status.ok(); ++written) {
      chunks[written].done.wait(false, std::memory_order_acquire);
      write_chunk(written);
    }
    helper.join();
    helper_cpu_ns_ += helper_cpu_ns;
  }
  if (!status.ok()) {
    Clear();
    return status;
  }
  const std::uint64_t dict_off = sink->offset();
  dict.Finish(sink->buffer());
  status = FinishSegment(dict_off, docs_, sink);
  Clear();
  return status;
}

}  // namespace marsad::index
