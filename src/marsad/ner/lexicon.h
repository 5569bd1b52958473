// Lexicon: the word and phrase lists the tagger consults — gazetteers of person, place,
// organisation and other names (mined from ../shared/data at training time) and trigger
// words that announce an entity (titles such as الرئيس، وزير، المبعوث; organisation words
// such as وكالة، حزب، جبهة; place words such as مدينة، إقليم; data/ner/*.txt).
//
// Entries are stored as 32-bit fingerprints of their normalized words, not as text: the
// model carries what the tagger needs to recognise a listed name, not a copy of the list.
// A lookup of an unlisted word answers wrongly with probability ~size/2^32.
#ifndef MARSAD_NER_LEXICON_H_
#define MARSAD_NER_LEXICON_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/ner/codec.h"
#include "marsad/base/flat_map.h"
#include "marsad/text/normalizer.h"

namespace marsad::ner {

// DO NOT REORDER: stored in model files (as bits) and hashed into feature names.
enum class LexClass : std::uint8_t {
  kPer = 0,         // person names and name parts
  kLoc = 1,         // places
  kOrg = 2,         // organisations
  kMisc = 3,        // other names (events, religions, nationalities, products)
  kTitle = 4,       // person titles and roles: الرئيس، وزير، المبعوث، رئيس الوفد
  kOrgTrigger = 5,  // words that head or announce an organisation: وكالة، حزب، جبهة، تنظيم
  kLocTrigger = 6,  // words that head or announce a place: مدينة، إقليم، نهر
  kMinedOrg = 7,    // words seen mostly after نادي، حزب، صحيفة ... in the news (TriggerMiner)
  kCount = 8,
};
using LexBits = std::uint8_t;  // bit c set: class c
constexpr LexBits LexBit(LexClass c) { return static_cast<LexBits>(1u << static_cast<unsigned>(c)); }

// What the lexicon knows of one word.
struct WordLex {
  LexBits whole = 0;  // classes of one-word entries equal to the word
  LexBits part = 0;   // classes of longer entries the word is part of
};

// A phrase of two or more words found in a sentence: tokens [begin, end).
struct PhraseMatch {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  LexBits classes = 0;
};

// Building (Add, Merge) is single-threaded; lookups are const and thread-safe.
class Lexicon {
 public:
  Lexicon() = default;

  // Adds an entry of class `c`: `phrase` is text as written (words separated by white
  // space), normalized here with `normalizer`. Entries without a letter are ignored.
  // Returns whether the entry was added.
  bool Add(std::string_view phrase, LexClass c, const text::Normalizer& normalizer);

  // Classes of the normalized word `norm` (see WordLex).
  WordLex Word(std::string_view norm) const;

  // Longest matches, left to right and not overlapping, of entries of two or more words
  // in a sentence of `n` tokens. `first_hashes` holds `stride` hashes per token: those of
  // the forms the token may take as a phrase's first word (NameForms), 0 for none;
  // `norm_hashes[i]` is the hash of token i's normalized form. Hashes are WordHash().
  // Appends to *out.
  void MatchPhrases(const std::uint64_t* first_hashes, std::size_t stride,
                    const std::uint64_t* norm_hashes, std::size_t n,
                    std::vector<PhraseMatch>* out) const;
  static std::uint64_t WordHash(std::string_view norm);

  // Topic words (a document with several is a sports report: kFeatSports). `word` is text as
  // written, normalized here; returns whether it was added. Stored with the phrase table's
  // entries under a bit of their own, so the model file format is unchanged and phrase
  // matching does not see them.
  bool AddTopicWord(std::string_view word, const text::Normalizer& normalizer);
  bool IsTopicWord(std::string_view norm) const;

  std::size_t words() const { return words_.size(); }
  std::size_t phrases() const { return phrases_.size(); }
  std::size_t MemoryBytes() const { return words_.MemoryBytes() + phrases_.MemoryBytes(); }

  // Serialization into a model file section, and back (Corruption on bad data).
  void Write(ByteWriter* out) const;
  static Result<Lexicon> Read(ByteReader* in);

 private:
  static std::uint32_t Key(std::uint64_t hash) {
    return base::NonZero(static_cast<std::uint32_t>(hash >> 32));
  }
  static constexpr std::uint16_t kPrefixFlag = 0x8000;  // a longer entry continues
  static constexpr std::uint16_t kTopicFlag = 0x0100;   // a one-word topic entry

  base::FlatMap<std::uint32_t, std::uint16_t> words_;    // whole bits | part bits << 8
  base::FlatMap<std::uint32_t, std::uint16_t> phrases_;  // classes of complete phrases | kPrefixFlag
                                                         // (| kTopicFlag: a topic word)
  std::uint8_t max_phrase_words_ = 0;
};

// Trigger lists written for marsad, embedded from data/ner/ at build time.
namespace data {
extern const std::string_view kPersonTitles;   // person_titles_ar.txt (LexClass::kTitle)
extern const std::string_view kOrgTriggers;    // org_triggers_ar.txt (LexClass::kOrgTrigger)
extern const std::string_view kPlaceTriggers;  // place_triggers_ar.txt (LexClass::kLocTrigger)
extern const std::string_view kSportsWords;    // sports_topic_ar.txt (Lexicon::AddTopicWord)
}  // namespace data

// The forms a normalized word may take when it names something, its proclitics removed
// but its article kept: وبغداد → بغداد, للجزيره → الجزيره, بالمانيا → المانيا, وللامم → الامم.
// Writes up to kMaxNameForms views into `forms` (the first is `norm` itself; the others
// point into `buf`, which needs norm.size() + 4 bytes) and returns how many.
inline constexpr int kMaxNameForms = 3;
int NameForms(std::string_view norm, char* buf, std::string_view* forms);

// The word without a preposition ل or ب (and a conjunction و or ف before it) glued to a
// name that has no article: لكوفي → كوفي, وبايهود → ايهود. Empty when the word has no such
// prefix or fewer than three letters would remain. NameForms leaves these alone because
// most such words are not names (لبنان, بلال); the stripped form is only a hypothesis, used
// by its own feature templates (kFeatCliticName).
std::string_view CliticNameForm(std::string_view norm);

// Gazetteer sources in ../shared/data, each added as entries of their classes. Each returns
// the number of entries added, or InvalidArgument naming `name` and the line.
struct LexiconBuilder {
  const text::Normalizer& normalizer;
  Lexicon* lexicon;

  // One entry per line (ANERGazet's Aligned*Gazetteer.txt, data/ner/*.txt); '#' comments.
  std::size_t AddList(std::string_view content, LexClass c);
  // The embedded trigger lists (data::k*).
  std::size_t AddTriggers();
  // The embedded sports words (data::kSportsWords) as topic words.
  std::size_t AddSportsTopic();
  // ANETAC `CLASS English Arabic` lines (PERSON, LOCATION, ORGANIZATION).
  Result<std::size_t> AddAnetac(std::string_view content, std::string_view name);
  // Wikidata person-name words: `english<TAB>a r a b i c<TAB>count` (letters spaced).
  Result<std::size_t> AddWikidataNames(std::string_view content, std::string_view name);
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_LEXICON_H_
