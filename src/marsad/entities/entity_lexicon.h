// EntityLexicon: the language data of the entities stage, loaded from data/entities/*.txt
// (embedded at build time): role heads and the words that continue a role phrase, honorifics,
// generic organisation nouns, and alias groups of organisations and places.
#ifndef MARSAD_ENTITIES_ENTITY_LEXICON_H_
#define MARSAD_ENTITIES_ENTITY_LEXICON_H_

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/status.h"
#include "marsad/base/string_map.h"
#include "marsad/doc/mention.h"
#include "marsad/text/analyzer.h"
#include "marsad/text/word_set.h"

namespace marsad::entities {

namespace data {
extern const std::string_view kTitleHeads;        // title_heads_ar.txt
extern const std::string_view kTitleModifiers;    // title_modifiers_ar.txt
extern const std::string_view kHonorifics;        // honorifics_ar.txt
extern const std::string_view kOrgGenericHeads;   // org_generic_heads_ar.txt
extern const std::string_view kAliases;           // aliases_ar.txt
}  // namespace data


enum class ModifierKind : std::uint8_t {
  kNone = 0,
  kAdjective = 1,  // الخاص, السابق (relational adjectives are recognised by shape instead)
  kNoun = 2,       // an institution noun: الوفد, الخارجية, مجلس
  kVague = 3,      // a relational adjective that does not identify an organisation: الدولية
};

// A word of a role phrase as it stands in the text: a head or a modifier, with the
// proclitics and the possessive suffix around it.
struct TitleWord {
  std::optional<doc::EntityType> head;  // a role head standing for a PER or an ORG
  ModifierKind modifier = ModifierKind::kNone;  // else a listed modifier
  std::string stem;          // the head or modifier without clitics, normalized
  bool conjunction = false;  // و or ف
  char preposition = 0;      // 'l' (ل), 'b' (ب), 'k' (ك) or 0
  bool article = false;      // ال (or the ل of لل)
  bool possessive = false;   // a pronoun suffix: رئيسها, رئيسه
  bool suffix_heh = false;   // the suffix is ه alone, which normalized may also be a ة
                             // (مؤسسة, foundation, reads as مؤسس + ه): check the original
  std::uint8_t letters = 0;  // letters of the proclitics
};

using base::StringMap;

// Immutable after construction; thread-safe. As a text::TokenTagger (given to the analyzer
// of the documents, AnalyzerOptions::tagger) it marks the words TitleWordOf reads as a word
// of a role phrase (kTitleWordTag), so that the title finder can skip the others by their
// token alone.
class EntityLexicon : public text::TokenTagger {
 public:
  static constexpr std::uint8_t kTitleWordTag = 1;

  // Loads the embedded lists, normalizing them with `analyzer`'s normalizer and keying the
  // aliases with its variant keyer. `analyzer` must outlive the lexicon.
  explicit EntityLexicon(const text::Analyzer& analyzer);
  // Loads lists given as text (for tests); same formats as the embedded files.
  EntityLexicon(const text::Analyzer& analyzer, std::string_view heads, std::string_view modifiers,
          std::string_view honorifics, std::string_view org_heads, std::string_view aliases);

  // The entity type a role head stands for, given a normalized word without proclitics
  // ("رءيس" → PER, "شركه" → ORG), or nullopt.
  std::optional<doc::EntityType> HeadType(std::string_view stem) const;
  // How the normalized word `norm`, as it stands in the text (clitics and all: للرئيس,
  // ورئيسها, الخارجية), reads as a word of a role phrase: a head or a listed modifier with
  // its proclitics and possessive suffix, the reading that peels the fewest letters. nullptr
  // for any other word (a relational adjective is recognised by its shape instead, see
  // IsNisbaStem). Most words are answered by a Bloom filter whose hash reads at most 16
  // bytes, so calling this for every word of a text is cheap.
  const TitleWord* TitleWordOf(std::string_view norm) const {
    const std::uint64_t h = SurfaceHash(norm);
    if (!title_filter_->test(h & kFilterMask) || !title_filter_->test((h >> 32) & kFilterMask)) {
      return nullptr;
    }
    return title_words_.Find(norm);
  }
  // TitleWordOf(analysis.norm(i)) for an Arabic word, answered from the token's tag without
  // reading the word when this lexicon tagged the analysis; nullptr for other tokens.
  const TitleWord* TitleWordAt(const text::TextAnalysis& analysis, std::size_t i) const {
    const text::Token& t = analysis.tokens[i].token;
    if (t.kind != text::TokenKind::kArabicWord) return nullptr;
    if (Tagged(analysis) && (t.tag & kTitleWordTag) == 0) return nullptr;
    return TitleWordOf(analysis.norm(i));
  }
  // Whether `analysis` carries this lexicon's tags (its analyzer had it as its tagger).
  bool Tagged(const text::TextAnalysis& analysis) const { return analysis.tagger() == this; }
  // kTitleWordTag for an Arabic word TitleWordOf reads, else 0.
  std::uint8_t Tag(text::TokenKind kind, std::string_view norm) const override {
    return kind == text::TokenKind::kArabicWord && TitleWordOf(norm) != nullptr ? kTitleWordTag : 0;
  }
  // Whether a normalized word without proclitics continues a role phrase.
  ModifierKind Modifier(std::string_view stem) const;
  // Whether a normalized word (as written, with its article) is an honorific: السيد.
  bool IsHonorific(std::string_view norm) const { return honorifics_.Contains(norm); }
  // Whether a head (normalized, without proclitics) names no office of its own (مسءول, marked
  // ROLE in title_heads_ar.txt): "المسؤول الروسي" may stand for any titled Russian.
  bool IsGenericRole(std::string_view head) const {
    return std::find(generic_roles_.begin(), generic_roles_.end(), head) != generic_roles_.end();
  }
  // Whether a normalized word without proclitics is a generic organisation noun: شركه.
  bool IsOrgGenericHead(std::string_view stem) const { return org_heads_.Contains(stem); }
  // The canonical name key of the alias group whose member has name key `key` (see
  // NameKeyOfWords), or an empty view when `key` is in no group.
  std::string_view AliasCanonical(std::string_view key) const;

  const text::Analyzer& analyzer() const { return analyzer_; }

 private:
  void Load(std::string_view heads, std::string_view modifiers, std::string_view honorifics,
            std::string_view org_heads, std::string_view aliases);

  const text::Analyzer& analyzer_;
  StringMap<doc::EntityType> heads_;
  // Every head and modifier with every proclitic chain (and the heads with a possessive
  // suffix), behind a Bloom filter whose hash reads at most 16 bytes of the word: its first
  // and last 8 (4 for words of 4-7 bytes, 3 single bytes for shorter ones) in fixed-size
  // loads, since it runs for every word of every document (a copy of a variable length was
  // a byte loop). The filter is built with the same hash, so any hash is exact.
  static constexpr std::size_t kFilterBits = std::size_t{1} << 17;
  static constexpr std::uint64_t kFilterMask = kFilterBits - 1;
  static std::uint64_t SurfaceHash(std::string_view w) {
    const char* p = w.data();
    const std::size_t n = w.size();
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    if (n >= 8) {
      std::memcpy(&first, p, 8);
      std::memcpy(&last, p + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t f = 0, l = 0;
      std::memcpy(&f, p, 4);
      std::memcpy(&l, p + n - 4, 4);
      first = f;
      last = l;
    } else if (n > 0) {
      const auto byte = [p](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
      first = byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
    }
    std::uint64_t h = (first ^ (last * 0x9E3779B97F4A7C15ULL) ^ n) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 29);
  }
  std::unique_ptr<std::bitset<kFilterBits>> title_filter_ = std::make_unique<std::bitset<kFilterBits>>();
  StringMap<TitleWord> title_words_;
  StringMap<ModifierKind> modifiers_;
  text::WordSet honorifics_;
  text::WordSet org_heads_;
  std::vector<std::string> generic_roles_;  // heads marked ROLE (a handful)
  StringMap<std::string> aliases_;  // member key -> canonical key (the group's first name)
};

// Checks the formats of the lists (as the embedded files are checked by lexicon_test):
// every head line "word TYPE" with TYPE in PER/ORG, every modifier line "word ADJ|VAGUE|NOUN",
// every alias line "LOC|ORG: name | name ...". InvalidArgument naming the file and line.
Status CheckLexiconData(std::string_view heads, std::string_view modifiers, std::string_view aliases);

// The name key of normalized words: each word's variant key, joined by single spaces.
std::string NameKeyOfWords(const text::VariantKeyer& keyer, const std::vector<std::string>& words);

// The normalized words of a short text (a name or a title as written): its word-like tokens,
// hashtags split at '_', punctuation dropped.
std::vector<std::string> NormalizedWords(const text::Analyzer& analyzer, std::string_view text);

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_ENTITY_LEXICON_H_
