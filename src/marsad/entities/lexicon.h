// Lexicon: the language data of the entities stage, loaded from data/entities/*.txt
// (embedded at build time): role heads and the words that continue a role phrase, honorifics,
// generic organisation nouns, and alias groups of organisations and places.
#ifndef MARSAD_ENTITIES_LEXICON_H_
#define MARSAD_ENTITIES_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/base/status.h"
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
};

// Transparent hashing for string maps looked up by string_view.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// Immutable after construction; thread-safe.
class Lexicon {
 public:
  // Loads the embedded lists, normalizing them with `analyzer`'s normalizer and keying the
  // aliases with its variant keyer. `analyzer` must outlive the lexicon.
  explicit Lexicon(const text::Analyzer& analyzer);
  // Loads lists given as text (for tests); same formats as the embedded files.
  Lexicon(const text::Analyzer& analyzer, std::string_view heads, std::string_view modifiers,
          std::string_view honorifics, std::string_view org_heads, std::string_view aliases);

  // The entity type a role head stands for, given a normalized word without proclitics
  // ("رءيس" → PER, "شركه" → ORG), or nullopt.
  std::optional<doc::EntityType> HeadType(std::string_view stem) const;
  // False when the normalized word `norm` (as it stands in the text, clitics and all) can
  // be no role head with any proclitics or possessive suffix (ورئيسها, للرئيس): one hash
  // and a Bloom filter for most words, so the title finder can skip them cheaply. A true
  // answer may be wrong (then HeadType on the readings says no).
  bool MayBeHead(std::string_view norm) const { return head_surfaces_.Contains(norm); }
  // Whether a normalized word without proclitics continues a role phrase.
  ModifierKind Modifier(std::string_view stem) const;
  // Whether a normalized word (as written, with its article) is an honorific: السيد.
  bool IsHonorific(std::string_view norm) const { return honorifics_.Contains(norm); }
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
  text::WordSet head_surfaces_;  // every head with every proclitic chain and suffix
  StringMap<ModifierKind> modifiers_;
  text::WordSet honorifics_;
  text::WordSet org_heads_;
  StringMap<std::string> aliases_;  // member key -> canonical key (the group's first name)
};

// Checks the formats of the lists (as the embedded files are checked by lexicon_test):
// every head line "word TYPE" with TYPE in PER/ORG, every modifier line "word ADJ|NOUN",
// every alias line "LOC|ORG: name | name ...". InvalidArgument naming the file and line.
Status CheckLexiconData(std::string_view heads, std::string_view modifiers, std::string_view aliases);

// The name key of normalized words: each word's variant key, joined by single spaces.
std::string NameKeyOfWords(const text::VariantKeyer& keyer, const std::vector<std::string>& words);

// The normalized words of a short text (a name or a title as written): its word-like tokens,
// hashtags split at '_', punctuation dropped.
std::vector<std::string> NormalizedWords(const text::Analyzer& analyzer, std::string_view text);

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_LEXICON_H_
