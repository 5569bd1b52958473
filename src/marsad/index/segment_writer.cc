// SegmentBuilder; see segment_writer.h.
//
// Inversion: each (term, document) pair is one entry of a log in document order; a term
// remembers its latest entry, so a repeated occurrence only bumps that entry's frequency.
// Positions of the stem view are placed per document once its frequencies are known.
// Finish sorts the log by term (a counting sort, stable: documents stay in order) and
// encodes each term's list. Every lookup touches one small record, so the working set
// stays in cache for the common words.
#include "marsad/index/segment_writer.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "marsad/index/exact_forms.h"
#include "marsad/index/postings.h"
#include "marsad/index/term_dict.h"

namespace marsad::index {
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
  log_ = text::LargeArray<Entry>();  // returns the memory; the next segment maps afresh
  positions_ = text::LargeArray<std::uint32_t>();
  position_exact_ = text::LargeArray<std::uint32_t>();
  docs_.clear();
  doc_entries_.clear();
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

std::uint32_t SegmentBuilder::Touch(std::uint32_t term, std::uint32_t doc) {
  Term& t = terms_[term];
  if (t.last_doc != doc) {
    t.last_doc = doc;
    t.slot = static_cast<std::uint32_t>(log_.size());
    log_.push_back() = Entry{term, 1};
  } else {
    ++log_[t.slot].freq;
  }
  return t.slot;
}

void SegmentBuilder::AddField(Field f, const text::TextAnalysis& a, std::uint32_t doc,
                              DocRecord* rec) {
  const auto first_entry = static_cast<std::uint32_t>(log_.size());
  field_slots_.clear();
  field_exact_.clear();
  // Analyses made with a cache go through the memo of their (arena, field).
  Memo* memo = nullptr;
  if (const auto& arena = a.cache_arena(); arena != nullptr) memo = MemoFor(f, arena);
  // How far ahead to prefetch memo slots: lookups miss the CPU caches on a large
  // vocabulary, and asking a few tokens ahead overlaps those misses.
  constexpr std::size_t kPrefetchAhead = 8;
  const std::size_t n = a.tokens.size();
  std::uint32_t pos = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (memo != nullptr && i + kPrefetchAhead < n) {
      const std::uint32_t ahead = a.tokens[i + kPrefetchAhead].strings.pos + 1;
      __builtin_prefetch(&memo->slots[MemoHome(ahead, memo->slots.size() - 1)]);
    }
    const text::AnalyzedToken& t = a.tokens[i];
    if (!IsIndexed(t.token.kind) || t.strings.norm_len == 0) continue;
    const std::uint32_t* ids =
        memo != nullptr ? MemoIds(memo, f, a, i) : TokenIds(f, a.norm(i), a.stem(i), a.key(i));
    const std::uint32_t e = ids[0], s = ids[1], k = ids[2];
    Touch(e, doc);
    field_slots_.push_back(Touch(s, doc));
    field_exact_.push_back(e);
    Touch(k, doc);
    if (f == Field::kBody && pos < lead_tokens_) {
      // Positional emphasis: the first words of the lead count more.
      const std::uint32_t slot = Touch(LeadTerm(s), doc);
      log_[slot].freq += (pos < kLeadEmphasis[0] ? 1 : 0) + (pos < kLeadEmphasis[1] ? 1 : 0);
    }
    ++pos;
  }
  // Place the stem view's positions: each entry's run starts after the previous entry's.
  fill_.assign(log_.size() - first_entry, kNone);
  auto base = static_cast<std::uint32_t>(positions_.size());
  for (std::uint32_t slot : field_slots_) {
    std::uint32_t& start = fill_[slot - first_entry];
    if (start == kNone) {  // stem entries are made in the order of first sight: log order
      start = base;
      base += log_[slot].freq;
    }
  }
  while (positions_.size() < base) positions_.push_back();
  while (position_exact_.size() < base) position_exact_.push_back();
  for (std::uint32_t p = 0; p < field_slots_.size(); ++p) {
    const std::uint32_t at = fill_[field_slots_[p] - first_entry]++;
    positions_[at] = p;
    position_exact_[at] = field_exact_[p];
  }
  memory_ += (log_.size() - first_entry) * sizeof(Entry) + field_slots_.size() * 8;
  rec->len[static_cast<int>(f)] = pos;
  if (f == Field::kBody) rec->len[static_cast<int>(Field::kLead)] = std::min(pos, lead_tokens_);
}

void SegmentBuilder::Add(const IndexDoc& doc) {
  const auto local = static_cast<std::uint32_t>(docs_.size());
  doc_entries_.push_back(static_cast<std::uint32_t>(log_.size()));
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
  memory_ += sizeof(DocRecord) + rec.id.size() + rec.source.size();
  docs_.push_back(std::move(rec));
}

std::string SegmentBuilder::Finish() {
  FileSink sink(nullptr);
  (void)Finish(&sink);  // no file: cannot fail
  return sink.TakeBuffer();
}

Status SegmentBuilder::Finish(FileSink* sink) {
  // Counting sort of the log by term; documents stay in order within a term. Positions
  // move along into term order, so a term's runs follow each other.
  const std::size_t num_terms = terms_.size();
  std::vector<std::uint8_t> has_pos(num_terms);
  for (std::size_t t = 0; t < num_terms; ++t) has_pos[t] = SpaceHasPositions(TermKey(terms_[t])[0]);
  std::vector<std::uint32_t> start(num_terms + 1, 0), pos_start(num_terms + 1, 0);
  for (const Entry& e : log_) {
    ++start[e.term + 1];
    if (has_pos[e.term]) pos_start[e.term + 1] += e.freq;
  }
  for (std::size_t t = 0; t < num_terms; ++t) {
    start[t + 1] += start[t];
    pos_start[t + 1] += pos_start[t];
  }
  struct Posting {
    std::uint32_t doc;
    std::uint32_t freq;
  };
  // Not zero-filled: every element is written by the scatter below. Huge pages: the
  // scatter writes all over these arrays, and 4 KiB pages cost a fault and a TLB miss
  // each (perf, 2026-11-23: the scatter was 17% of bench/index_tool's CPU).
  text::LargeBuffer sorted_buffer, sorted_pos_buffer, sorted_forms_buffer;
  sorted_buffer.Grow(log_.size() * sizeof(Posting));
  sorted_pos_buffer.Grow(positions_.size() * sizeof(std::uint32_t));
  sorted_forms_buffer.Grow(positions_.size() * sizeof(std::uint32_t));
  Posting* const sorted = reinterpret_cast<Posting*>(sorted_buffer.data());
  std::uint32_t* const sorted_pos = reinterpret_cast<std::uint32_t*>(sorted_pos_buffer.data());
  std::uint32_t* const sorted_forms = reinterpret_cast<std::uint32_t*>(sorted_forms_buffer.data());
  {
    // Each term's two cursors in one 8-byte record (pos = kNone: no positions), so an
    // entry costs one miss for them, not three (next, next_pos, has_pos: perf put the
    // stalls on those loads).
    struct Cursor {
      std::uint32_t next, pos;
    };
    text::LargeBuffer cursor_buffer;  // huge pages: a TLB miss per random cursor otherwise
    cursor_buffer.Grow(num_terms * sizeof(Cursor));
    Cursor* const cursor = reinterpret_cast<Cursor*>(cursor_buffer.data());
    for (std::size_t t = 0; t < num_terms; ++t) cursor[t] = Cursor{start[t], has_pos[t] ? pos_start[t] : kNone};
    doc_entries_.push_back(static_cast<std::uint32_t>(log_.size()));
    const std::uint32_t* src = positions_.data();
    const std::uint32_t* src_exact = position_exact_.data();
    const auto n = static_cast<std::uint32_t>(log_.size());
    // Each entry's destination is a cache miss; ask for the cursor of the entry
    // 2 * kAhead on and for the destination of the entry kAhead on, so the misses overlap.
    constexpr std::uint32_t kAhead = 16;
    std::uint32_t d = 0;
    for (std::uint32_t j = 0; j < n; ++j) {
      if (j + 2 * kAhead < n) __builtin_prefetch(&cursor[log_[j + 2 * kAhead].term]);
      if (j + kAhead < n) {
        const Cursor c = cursor[log_[j + kAhead].term];
        __builtin_prefetch(&sorted[c.next], 1);
        if (c.pos != kNone) {
          __builtin_prefetch(&sorted_pos[c.pos], 1);
          __builtin_prefetch(&sorted_forms[c.pos], 1);
        }
      }
      while (doc_entries_[d + 1] <= j) ++d;  // documents without entries are passed over
      const Entry e = log_[j];
      Cursor& c = cursor[e.term];
      sorted[c.next++] = Posting{d, e.freq};
      if (c.pos != kNone) {
        std::memcpy(sorted_pos + c.pos, src, e.freq * sizeof(std::uint32_t));
        std::memcpy(sorted_forms + c.pos, src_exact, e.freq * sizeof(std::uint32_t));
        c.pos += e.freq;
        src += e.freq;
        src_exact += e.freq;
      }
    }
  }
  log_ = text::LargeArray<Entry>();
  positions_ = text::LargeArray<std::uint32_t>();
  position_exact_ = text::LargeArray<std::uint32_t>();
  // Forms: each positional stem term numbers its exact terms by frequency (ties by bytes),
  // and sorted_forms turns from exact term ids into those form ids. refs remembers each
  // exact term's (stem, form) pairs for its record.
  struct Ref {
    std::uint32_t exact, stem, form, count;
  };
  std::vector<Ref> refs;
  {
    std::vector<std::uint32_t> count(num_terms, 0);  // by exact term; 0 between stems
    std::vector<std::uint32_t> seen;
    for (std::uint32_t t = 0; t < num_terms; ++t) {
      if (!has_pos[t]) continue;
      std::uint32_t* ex = sorted_forms + pos_start[t];
      const std::uint32_t n = pos_start[t + 1] - pos_start[t];
      seen.clear();
      for (std::uint32_t i = 0; i < n; ++i) {
        if (count[ex[i]]++ == 0) seen.push_back(ex[i]);
      }
      std::sort(seen.begin(), seen.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (count[a] != count[b]) return count[a] > count[b];
        return TermKey(terms_[a]) < TermKey(terms_[b]);
      });
      for (std::uint32_t k = 0; k < seen.size(); ++k) {
        refs.push_back(Ref{seen[k], t, k, count[seen[k]]});
        count[seen[k]] = k;  // now the form id
      }
      for (std::uint32_t i = 0; i < n; ++i) ex[i] = count[ex[i]];
      for (std::uint32_t e : seen) count[e] = 0;
    }
  }
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
  // Terms in byte order: by their first 16 bytes (two big-endian words, zero-padded), then
  // the rest. Arabic terms are 2 bytes a letter, so 8 bytes tied often and each tie read two
  // keys from the arena (cache misses); 16 bytes rarely tie.
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
  std::vector<std::uint32_t> order(num_terms);
  for (std::uint32_t t = 0; t < num_terms; ++t) order[t] = keyed[t].id;
  // The postings go to the sink as they are encoded, term by term (no whole-segment string).
  std::string* const postings = sink->buffer();
  TermDictWriter dict;
  PostingsWriter w;
  std::vector<FormRef> form_refs;
  std::vector<FormTf> pairs;  // a document's (form, tf) pairs
  // Terms are visited in byte order, so each term's record, key bytes, counts and sorted
  // postings are cache misses (perf: ~20% of Finish on news-known-item); prefetch the
  // records two steps ahead and, once those are in, what they point at one step ahead.
  constexpr std::size_t kTermsAhead = 8;
  for (std::size_t i = 0; i < num_terms; ++i) {
    if (i + 2 * kTermsAhead < num_terms) {
      const std::uint32_t a = order[i + 2 * kTermsAhead];
      __builtin_prefetch(&terms_[a]);
      __builtin_prefetch(&start[a]);
      __builtin_prefetch(&pos_start[a]);
      __builtin_prefetch(&ref_start[a]);
    }
    if (i + kTermsAhead < num_terms) {
      const std::uint32_t a = order[i + kTermsAhead];
      __builtin_prefetch(arena_.data() + terms_[a].key_pos);
      __builtin_prefetch(&sorted[start[a]]);
      if (has_pos[a]) {
        __builtin_prefetch(&sorted_pos[pos_start[a]]);
        __builtin_prefetch(&sorted_forms[pos_start[a]]);
      }
    }
    const std::uint32_t id = order[i];
    const std::string_view key = TermKey(terms_[id]);
    if (SpaceIsExactView(key[0])) {  // a record of its stems and form ids, no postings
      form_refs.clear();
      for (std::uint32_t r = ref_start[id]; r < ref_start[id + 1]; ++r) {
        form_refs.push_back(FormRef{std::string(TermKey(terms_[refs[r].stem]).substr(1)), refs[r].form});
      }
      const std::uint64_t begin = sink->offset();
      EncodeFormRefs(key.substr(1), form_refs, postings);
      if (Status st = dict.Add(key, TermInfo{start[id + 1] - start[id], begin, sink->offset() - begin}); !st.ok()) {
        Clear();
        return st;
      }
      sink->MaybeFlush();
      continue;
    }
    const bool positional = SpaceHasPositions(key[0]);
    const int field = IsTextSpace(key[0]) ? static_cast<int>(FieldOfSpace(key[0])) : -1;
    w.Start(positional, SpaceHasForms(key[0]));
    const std::uint32_t* pos = positional ? sorted_pos + pos_start[id] : nullptr;
    const std::uint32_t* forms = positional ? sorted_forms + pos_start[id] : nullptr;
    const std::uint32_t* len = field < 0 ? nullptr : lens[field].data();
    for (std::uint32_t j = start[id]; j < start[id + 1]; ++j) {
      const Posting e = sorted[j];
      pairs.clear();
      if (forms != nullptr) FormPairsOf(forms, e.freq, &pairs);
      w.Add(e.doc, e.freq, pos, len == nullptr ? 1 : len[e.doc], pairs.data(),
            static_cast<std::uint32_t>(pairs.size()));
      if (pos != nullptr) {
        pos += e.freq;
        forms += e.freq;
      }
    }
    const std::uint64_t begin = sink->offset();
    const std::uint32_t df = w.Finish(postings);
    if (Status st = dict.Add(key, TermInfo{df, begin, sink->offset() - begin}); !st.ok()) {
      Clear();
      return st;
    }
    sink->MaybeFlush();
  }
  const std::uint64_t dict_off = sink->offset();
  dict.Finish(sink->buffer());
  Status status = FinishSegment(dict_off, docs_, sink);
  Clear();
  return status;
}

}  // namespace marsad::index
