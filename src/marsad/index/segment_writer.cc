// SegmentBuilder; see segment_writer.h.
#include "marsad/index/segment_writer.h"

#include <algorithm>
#include <cstring>

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

// Grows an open-addressing table of (index + 1) slots to twice its size.
template <typename KeyOf>
void Rehash(std::vector<std::uint32_t>* slots, std::size_t count, KeyOf key_of) {
  std::vector<std::uint32_t> bigger(std::max<std::size_t>(1024, slots->size() * 2), 0);
  const std::size_t mask = bigger.size() - 1;
  for (std::uint32_t v : *slots) {
    if (v == 0) continue;
    std::size_t i = key_of(v - 1) & mask;
    while (bigger[i] != 0) i = (i + 1) & mask;
    bigger[i] = v;
  }
  (void)count;
  slots->swap(bigger);
}

}  // namespace

SegmentBuilder::SegmentBuilder(std::uint32_t lead_tokens) : lead_tokens_(lead_tokens) { Clear(); }

void SegmentBuilder::Clear() {
  arena_.clear();
  terms_.clear();
  tokens_.clear();
  docs_.clear();
  term_slots_.assign(1 << 16, 0);
  token_slots_.assign(1 << 16, 0);
  memory_ = 0;
}

std::uint32_t SegmentBuilder::TermId(char space, std::string_view bytes) {
  key_scratch_.assign(1, space);
  key_scratch_.append(bytes);
  const std::string_view key = key_scratch_;
  const std::uint64_t h = Hash(key, 1);
  std::size_t mask = term_slots_.size() - 1;
  std::size_t i = h & mask;
  while (term_slots_[i] != 0) {
    const Term& t = terms_[term_slots_[i] - 1];
    if (TermKey(t) == key) return term_slots_[i] - 1;
    i = (i + 1) & mask;
  }
  const auto id = static_cast<std::uint32_t>(terms_.size());
  Term t;
  t.key_pos = static_cast<std::uint32_t>(arena_.size());
  t.key_len = static_cast<std::uint32_t>(key.size());
  arena_.append(key);
  terms_.push_back(std::move(t));
  term_slots_[i] = id + 1;
  memory_ += sizeof(Term) + key.size() + 8;
  if (terms_.size() * 2 > term_slots_.size()) {
    Rehash(&term_slots_, terms_.size(), [this](std::uint32_t id2) { return Hash(TermKey(terms_[id2]), 1); });
  }
  return id;
}

const std::uint32_t* SegmentBuilder::TokenIds(Field f, std::string_view norm,
                                              std::string_view stem, std::string_view key) {
  const std::uint64_t h = Hash(norm, 7 + static_cast<std::uint64_t>(f));
  const std::size_t mask = token_slots_.size() - 1;
  std::size_t i = h & mask;
  const char field_byte = static_cast<char>(f);
  while (token_slots_[i] != 0) {
    TokenEntry& e = tokens_[token_slots_[i] - 1];
    if (e.norm_len == norm.size() + 1 && arena_[e.norm_pos] == field_byte &&
        std::memcmp(arena_.data() + e.norm_pos + 1, norm.data(), norm.size()) == 0) {
      // The stem and key usually follow from the norm; check, as the stemmer also looks
      // at the original spelling.
      const std::string_view s = TermKey(terms_[e.ids[1]]).substr(1);
      const std::string_view k = TermKey(terms_[e.ids[2]]).substr(1);
      if (s != stem) e.ids[1] = TermId(TextSpace(f, View::kStem), stem);
      if (k != key) e.ids[2] = TermId(TextSpace(f, View::kKey), key);
      return e.ids;
    }
    i = (i + 1) & mask;
  }
  TokenEntry e;
  e.norm_pos = static_cast<std::uint32_t>(arena_.size());
  e.norm_len = static_cast<std::uint32_t>(norm.size() + 1);
  arena_.push_back(field_byte);
  arena_.append(norm);
  e.ids[0] = TermId(TextSpace(f, View::kExact), norm);
  e.ids[1] = TermId(TextSpace(f, View::kStem), stem);
  e.ids[2] = TermId(TextSpace(f, View::kKey), key);
  tokens_.push_back(e);
  token_slots_[i] = static_cast<std::uint32_t>(tokens_.size());
  if (tokens_.size() * 2 > token_slots_.size()) {
    Rehash(&token_slots_, tokens_.size(), [this](std::uint32_t id) {
      const TokenEntry& t = tokens_[id];
      return Hash(std::string_view(arena_.data() + t.norm_pos + 1, t.norm_len - 1),
                  7 + static_cast<std::uint64_t>(static_cast<unsigned char>(arena_[t.norm_pos])));
    });
  }
  return tokens_.back().ids;
}

std::uint32_t SegmentBuilder::LeadTerm(std::uint32_t body_stem) {
  if (terms_[body_stem].lead == 0xFFFFFFFFU) {
    const std::string bytes(TermKey(terms_[body_stem]).substr(1));
    const std::uint32_t id = TermId(TextSpace(Field::kLead, View::kStem), bytes);
    terms_[body_stem].lead = id;
  }
  return terms_[body_stem].lead;
}

void SegmentBuilder::Touch(std::uint32_t term, std::uint32_t doc, std::uint32_t pos,
                           bool positional) {
  Term& t = terms_[term];
  if (t.last_doc != doc) {
    t.last_doc = doc;
    t.postings.push_back(doc);
    t.postings.push_back(1);
    memory_ += 8;
  } else {
    ++t.postings.back();
  }
  if (positional) {
    t.positions.push_back(pos);
    memory_ += 4;
  }
}

void SegmentBuilder::AddField(Field f, const text::TextAnalysis& a, std::uint32_t doc,
                              DocRecord* rec) {
  std::uint32_t pos = 0;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (!IsIndexed(a.tokens[i].token.kind)) continue;
    const std::string_view norm = a.norm(i);
    if (norm.empty()) continue;
    const std::uint32_t* ids = TokenIds(f, norm, a.stem(i), a.key(i));
    const std::uint32_t e = ids[0], s = ids[1], k = ids[2];
    Touch(e, doc, pos, false);
    Touch(s, doc, pos, true);
    Touch(k, doc, pos, false);
    if (f == Field::kBody && pos < lead_tokens_) {
      // Positional emphasis: the first words of the lead count more.
      const std::uint32_t lead = LeadTerm(s);
      Touch(lead, doc, pos, false);
      if (pos < kLeadEmphasis[0]) Touch(lead, doc, pos, false);
      if (pos < kLeadEmphasis[1]) Touch(lead, doc, pos, false);
    }
    ++pos;
  }
  rec->len[static_cast<int>(f)] = pos;
  if (f == Field::kBody) rec->len[static_cast<int>(Field::kLead)] = std::min(pos, lead_tokens_);
}

void SegmentBuilder::Add(const IndexDoc& doc) {
  const auto local = static_cast<std::uint32_t>(docs_.size());
  DocRecord rec;
  rec.id = doc.id;
  rec.date = doc.date;
  rec.source = doc.source;
  if (doc.title != nullptr) AddField(Field::kTitle, *doc.title, local, &rec);
  if (doc.body != nullptr) AddField(Field::kBody, *doc.body, local, &rec);
  for (const std::string& e : doc.entities) {
    if (!e.empty()) Touch(TermId(kEntitySpace, e), local, 0, false);
  }
  memory_ += sizeof(DocRecord) + rec.id.size() + rec.source.size();
  docs_.push_back(std::move(rec));
}

std::string SegmentBuilder::Finish() {
  std::vector<std::uint32_t> order(terms_.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
    return TermKey(terms_[a]) < TermKey(terms_[b]);
  });
  std::string postings;
  TermDictWriter dict;
  PostingsWriter w;
  for (std::uint32_t id : order) {
    const Term& t = terms_[id];
    const std::string_view key = TermKey(t);
    const bool positional = SpaceHasPositions(key[0]);
    const int field = IsTextSpace(key[0]) ? static_cast<int>(FieldOfSpace(key[0])) : -1;
    w.Start(positional);
    const std::uint32_t* pos = t.positions.data();
    for (std::size_t i = 0; i < t.postings.size(); i += 2) {
      const std::uint32_t doc = t.postings[i], freq = t.postings[i + 1];
      w.Add(doc, freq, pos, field < 0 ? 1 : docs_[doc].len[field]);
      if (positional) pos += freq;
    }
    const std::uint64_t start = postings.size();
    const std::uint32_t df = w.Finish(&postings);
    dict.Add(key, TermInfo{df, start, postings.size() - start});
  }
  std::string dict_bytes;
  dict.Finish(&dict_bytes);
  std::string file = EncodeSegment(postings, dict_bytes, docs_);
  Clear();
  return file;
}

}  // namespace marsad::index
