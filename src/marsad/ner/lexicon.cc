// Lexicon: fingerprinted word and phrase lists; see lexicon.h.
#include "marsad/ner/lexicon.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include "marsad/text/word_list.h"

namespace marsad::ner {

namespace {

constexpr std::uint64_t kWordSeed = 0x4C455849434F4E31ULL;  // "LEXICON1"

bool StartsWith(std::string_view w, std::string_view p) { return w.substr(0, p.size()) == p; }

std::size_t Letters(std::string_view w) {
  std::size_t n = 0;
  for (char c : w) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// True when `s` holds a letter or digit of any script (not only punctuation).
bool HasWordCharacter(std::string_view s) {
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) return true;
  }
  return false;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\r') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

// Writes a map's entries sorted by key: count, then (key delta, value) varints.
void WriteMap(const base::FlatMap<std::uint32_t, std::uint16_t>& map, ByteWriter* out) {
  std::vector<std::pair<std::uint32_t, std::uint16_t>> entries;
  entries.reserve(map.size());
  map.ForEach([&](std::uint32_t k, std::uint16_t v) { entries.emplace_back(k, v); });
  std::sort(entries.begin(), entries.end());
  out->PutVarint(entries.size());
  std::uint32_t prev = 0;
  for (const auto& [k, v] : entries) {
    out->PutVarint(k - prev);
    out->PutVarint(v);
    prev = k;
  }
}

Status ReadMap(ByteReader* in, base::FlatMap<std::uint32_t, std::uint16_t>* map) {
  std::uint64_t n = 0;
  MARSAD_RETURN_IF_ERROR(in->GetVarint(&n));
  if (n > in->remaining()) return in->Error("implausible lexicon size");
  map->Reserve(static_cast<std::size_t>(n));
  std::uint32_t key = 0;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint32_t delta = 0, value = 0;
    MARSAD_RETURN_IF_ERROR(in->GetVarint32(&delta));
    MARSAD_RETURN_IF_ERROR(in->GetVarint32(&value));
    key += delta;
    if (key == 0 || (i > 0 && delta == 0) || value > 0xFFFF) return in->Error("bad lexicon entry");
    map->FindOrInsert(key) = static_cast<std::uint16_t>(value);
  }
  return Status::Ok();
}

}  // namespace

int NameForms(std::string_view norm, char* buf, std::string_view* forms) {
  int n = 0;
  forms[n++] = norm;
  std::string_view w = norm;
  if ((StartsWith(w, "و") || StartsWith(w, "ف")) && Letters(w) >= 4) {
    w.remove_prefix(2);  // the conjunction
    forms[n++] = w;
  }
  if (StartsWith(w, "لل") && Letters(w) >= 4) {
    // لل is ل + the article with its alef dropped: للجزيره → الجزيره.
    std::memcpy(buf, "ال", 4);
    std::memcpy(buf + 4, w.data() + 4, w.size() - 4);
    forms[n++] = std::string_view(buf, w.size());
  } else if ((StartsWith(w, "ب") || StartsWith(w, "ك") || StartsWith(w, "ل")) &&
             StartsWith(w.substr(2), "ال") && Letters(w) >= 5) {
    forms[n++] = w.substr(2);  // a preposition before the article: بالمانيا → المانيا
  }
  return n;
}

std::string_view CliticNameForm(std::string_view norm) {
  std::string_view w = norm;
  if ((StartsWith(w, "و") || StartsWith(w, "ف")) && Letters(w) >= 4) w.remove_prefix(2);
  if (!(StartsWith(w, "ل") || StartsWith(w, "ب")) || Letters(w) < 4) return {};
  const std::string_view rest = w.substr(2);
  // ل/ب before the article is NameForms' case (بالمانيا); لل may be ل + a name (للندن).
  if (StartsWith(rest, "ال")) return {};
  return rest;
}

std::uint64_t Lexicon::WordHash(std::string_view norm) { return base::HashBytes(norm, kWordSeed); }

bool Lexicon::Add(std::string_view phrase, LexClass c, const text::Normalizer& normalizer) {
  std::vector<std::string> words;
  for (std::string_view w : SplitWords(phrase)) {
    std::string norm = normalizer.Normalize(w);
    if (HasWordCharacter(norm)) words.push_back(std::move(norm));
  }
  if (words.empty()) return false;
  const LexBits bit = LexBit(c);
  if (words.size() == 1) {
    std::uint16_t& v = words_.FindOrInsert(Key(WordHash(words[0])));
    v = static_cast<std::uint16_t>(v | bit);
    return true;
  }
  for (const std::string& w : words) {
    std::uint16_t& v = words_.FindOrInsert(Key(WordHash(w)));
    v = static_cast<std::uint16_t>(v | bit << 8);
  }
  std::uint64_t chain = WordHash(words[0]);
  for (std::size_t k = 1; k < words.size(); ++k) {
    std::uint16_t& prefix = phrases_.FindOrInsert(Key(chain));
    prefix = static_cast<std::uint16_t>(prefix | kPrefixFlag);
    chain = base::HashPair(chain, WordHash(words[k]));
  }
  std::uint16_t& full = phrases_.FindOrInsert(Key(chain));
  full = static_cast<std::uint16_t>(full | bit);
  max_phrase_words_ = static_cast<std::uint8_t>(
      std::max<std::size_t>(max_phrase_words_, std::min<std::size_t>(words.size(), 255)));
  return true;
}

bool Lexicon::AddTopicWord(std::string_view word, const text::Normalizer& normalizer) {
  const std::string norm = normalizer.Normalize(word);
  if (!HasWordCharacter(norm) || norm.find(' ') != std::string::npos) return false;
  std::uint16_t& v = phrases_.FindOrInsert(Key(WordHash(norm)));
  v = static_cast<std::uint16_t>(v | kTopicFlag);
  return true;
}

bool Lexicon::IsTopicWord(std::string_view norm) const {
  const std::uint16_t* v = phrases_.Find(Key(WordHash(norm)));
  return v != nullptr && (*v & kTopicFlag) != 0;
}

WordLex Lexicon::Word(std::string_view norm) const {
  const std::uint16_t* v = words_.Find(Key(WordHash(norm)));
  if (v == nullptr) return {};
  return {static_cast<LexBits>(*v & 0xFF), static_cast<LexBits>(*v >> 8)};
}

void Lexicon::MatchPhrases(const std::uint64_t* first_hashes, std::size_t stride,
                           const std::uint64_t* norm_hashes, std::size_t n,
                           std::vector<PhraseMatch>* out) const {
  if (phrases_.empty()) return;
  std::size_t i = 0;
  while (i < n) {
    PhraseMatch best;
    for (std::size_t f = 0; f < stride; ++f) {
      std::uint64_t chain = first_hashes[i * stride + f];
      if (chain == 0) continue;
      const std::uint16_t* v = phrases_.Find(Key(chain));
      for (std::size_t j = i + 1; v != nullptr && (*v & kPrefixFlag) != 0 && j < n; ++j) {
        chain = base::HashPair(chain, norm_hashes[j]);
        v = phrases_.Find(Key(chain));
        if (v != nullptr && (*v & 0xFF) != 0 && j + 1 - i > best.end - best.begin) {
          best = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j + 1),
                  static_cast<LexBits>(*v & 0xFF)};
        }
      }
    }
    if (best.end > best.begin) {
      out->push_back(best);
      i = best.end;
    } else {
      ++i;
    }
  }
}

void Lexicon::Write(ByteWriter* out) const {
  out->PutU8(max_phrase_words_);
  WriteMap(words_, out);
  WriteMap(phrases_, out);
}

Result<Lexicon> Lexicon::Read(ByteReader* in) {
  Lexicon lex;
  MARSAD_RETURN_IF_ERROR(in->GetU8(&lex.max_phrase_words_));
  MARSAD_RETURN_IF_ERROR(ReadMap(in, &lex.words_));
  MARSAD_RETURN_IF_ERROR(ReadMap(in, &lex.phrases_));
  return lex;
}

std::size_t LexiconBuilder::AddList(std::string_view content, LexClass c) {
  std::size_t added = 0;
  text::ForEachListEntry(content, [&](std::string_view entry) {
    added += lexicon->Add(entry, c, normalizer) ? 1 : 0;
  });
  return added;
}

std::size_t LexiconBuilder::AddTriggers() {
  return AddList(data::kPersonTitles, LexClass::kTitle) +
         AddList(data::kOrgTriggers, LexClass::kOrgTrigger) +
         AddList(data::kPlaceTriggers, LexClass::kLocTrigger);
}

std::size_t LexiconBuilder::AddSportsTopic() {
  std::size_t added = 0;
  text::ForEachListEntry(data::kSportsWords, [&](std::string_view entry) {
    added += lexicon->AddTopicWord(entry, normalizer) ? 1 : 0;
  });
  return added;
}

Result<std::size_t> LexiconBuilder::AddAnetac(std::string_view content, std::string_view name) {
  std::size_t added = 0, line_no = 0;
  while (!content.empty()) {
    const std::size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::size_t sp = line.find(' ');
    const std::string_view cls = line.substr(0, sp);
    LexClass c;
    if (cls == "PERSON") {
      c = LexClass::kPer;
    } else if (cls == "LOCATION") {
      c = LexClass::kLoc;
    } else if (cls == "ORGANIZATION") {
      c = LexClass::kOrg;
    } else {
      return Status::InvalidArgument(std::string(name) + ":" + std::to_string(line_no) +
                                     ": unknown class '" + std::string(cls) + "'");
    }
    // The English and Arabic names are both free text: the Arabic starts at the first byte
    // of the Arabic block (lead bytes D8..DB).
    std::size_t ar = sp;
    while (ar < line.size()) {
      const auto b = static_cast<unsigned char>(line[ar]);
      if (b >= 0xD8 && b <= 0xDB) break;
      ++ar;
    }
    if (sp == std::string_view::npos || ar >= line.size()) {
      return Status::InvalidArgument(std::string(name) + ":" + std::to_string(line_no) +
                                     ": expected 'CLASS English Arabic'");
    }
    added += lexicon->Add(line.substr(ar), c, normalizer) ? 1 : 0;
  }
  return added;
}

Result<std::size_t> LexiconBuilder::AddWikidataNames(std::string_view content,
                                                     std::string_view name) {
  std::size_t added = 0, line_no = 0;
  while (!content.empty()) {
    const std::size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) {
      return Status::InvalidArgument(std::string(name) + ":" + std::to_string(line_no) +
                                     ": expected 'english<TAB>arabic letters<TAB>count'");
    }
    std::string word;
    for (char ch : line.substr(t1 + 1, t2 - t1 - 1)) {
      if (ch != ' ') word.push_back(ch);
    }
    added += lexicon->Add(word, LexClass::kPer, normalizer) ? 1 : 0;
  }
  return added;
}

}  // namespace marsad::ner
