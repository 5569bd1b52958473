// NameForm: what the entities stage compares of a name mention — its words' spelling-variant
// keys — and how it shows it (the name as written, without the conjunction or preposition
// glued to its first word; a hashtag as it stands, #كيم_جونغ_أون). Built from a mention's
// tokens (hashtag words split at '_'; parentheses, hyphens and leading honorifics dropped)
// or from a written name, which reads back to the same keys.
#ifndef MARSAD_ENTITIES_NAME_FORM_H_
#define MARSAD_ENTITIES_NAME_FORM_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/entities/entity_lexicon.h"
#include "marsad/text/analyzer.h"

namespace marsad::entities {

struct NameForm {
  std::vector<std::string> keys;  // one variant key per word
  // Per word, what SpellingsAgree compares: the word without conjunction, article, final
  // vowel letters and hamza seats, its letters by transliteration class (spellings), and
  // the same without the vowel letters ا و ي (skeletons). Every word's, one after the
  // other, each closed by kWordEnd: one string, not one per word, since forms are built for
  // every mention and copied into clusters and records. Empty when the form was built
  // without them.
  static constexpr char32_t kWordEnd = U'\U0010FFFF';  // no spelling holds it
  std::u32string spellings;
  std::u32string skeletons;
  std::string key;                // keys joined by ' ': the name's key
  std::string written;            // as written in the text (proclitics removed)
  std::string first_stem;         // first word, normalized, without conjunction/article

  std::size_t size() const { return keys.size(); }
  bool empty() const { return keys.empty(); }
  std::string_view first() const { return keys.front(); }  // REQUIRES: !empty()
  std::string_view last() const { return keys.back(); }    // REQUIRES: !empty()
};

// A name mention's readings: as written, and — when its first word begins with a one-letter
// preposition (ل ب ك) that may be glued on (لبوتين) — without it. Which one the mention is
// depends on the names around it (DocLinker decides).
struct MentionName {
  NameForm form;
  std::optional<NameForm> without_preposition;
};

// Appends to `form` the spelling and skeleton of one normalized word as SpellingsAgree
// compares them (prefixes stripped by `stemmer` as the variant key strips them).
void AppendSpelling(const text::LightStemmer& stemmer, std::string_view norm, NameForm* form);

// Whether two names that share a variant key (or one is a part of the other) are written
// closely enough to be one name. The key is deliberately lossy — it drops vowel letters,
// ع, a medial ه and an initial ف, and merges letter classes — so that لافرينتيف and
// لافرنتييف meet; on its own it also makes كوريا, القاهرة and الفجيرة one key (كر). This
// check keeps the consonants the key drops and only the class merges transliteration
// produces (ج/غ/ق/ك for g, ث/س/ص, ذ/ز/ظ, ت/ط, د/ض). Names of one word: the same letters
// when the word has fewer than three consonants, else at most one edit when it has four or
// more. Names of several words: at most one edit in all when they have four consonants or
// more. A shorter name (a surname alone) agrees with the longer when each of its words
// agrees, in order, with a word of the longer.
bool SpellingsAgree(const NameForm& a, const NameForm& b);

// What SpellingsAgree reads of a form: its word count (keys) and its spellings and
// skeletons, wherever they are kept (a table may pack them apart from the NameForm, so that
// a check reads one block instead of the form and its two strings).
struct SpelledName {
  std::size_t words = 0;  // NameForm::size()
  std::u32string_view spellings;
  std::u32string_view skeletons;
};
inline SpelledName SpelledNameOf(const NameForm& form) { return {form.keys.size(), form.spellings, form.skeletons}; }
// SpellingsAgree(a, b) of the forms these were taken from.
bool SpellingsAgree(const SpelledName& a, const SpelledName& b);

// A summary of a form's skeletons that SpellingsAgree's verdict bounds, so that most pairs
// of names spelled otherwise are told apart without reading their letters: the skeleton
// letters of all its words as a set (one bit per letter, hashed), how many there are, and
// how many words the form has.
struct SpellingSignature {
  std::uint64_t letters = 0;
  std::uint32_t size = 0;   // skeleton letters, all words
  std::uint16_t words = 0;  // the form's keys
  bool spelled = false;     // false: no spellings (SpellingsAgree does not check them)
};

// The signature of `form` (not spelled when it has no spellings, or not one word of them
// per key, or too many words to count).
SpellingSignature SignatureOf(const NameForm& form);

// False only when SpellingsAgree of forms with these signatures is false: one edit changes
// at most one letter of each side's set, a word that must be spelled alike has the same
// letters, and a shorter name's words each agree with a word of the longer.
// Inline (always: in Commit's grown candidate lambda g++ called it): Commit and Link call
// it for every candidate name (an out-of-line call each).
[[gnu::always_inline]] inline bool MaySpellAlike(const SpellingSignature& a, const SpellingSignature& b) {
  if (!a.spelled || !b.spelled) return true;
  // The letters each side has of its own. Counted only where a count is compared: without
  // -mpopcnt std::popcount is a call into libgcc, and "at most one" needs no count.
  const std::uint64_t a_own = a.letters & ~b.letters;
  const std::uint64_t b_own = b.letters & ~a.letters;
  auto at_most_one = [](std::uint64_t x) { return (x & (x - 1)) == 0; };
  if (a.words == b.words) {
    // One word: fewer than four skeleton letters on either side must be spelled the same;
    // else, as several words of one count, at most one edit in all.
    if (a.words == 1 && std::min(a.size, b.size) < 4) return a.letters == b.letters && a.size == b.size;
    const std::uint32_t size_gap = a.size > b.size ? a.size - b.size : b.size - a.size;
    return size_gap <= 1 && at_most_one(a_own) && at_most_one(b_own);
  }
  // Each word of the shorter name agrees with a word of the longer: spelled the same, or
  // one edit apart (one letter of its own, at most one letter longer).
  const bool a_shorter = a.words < b.words;
  const SpellingSignature& shorter = a_shorter ? a : b;
  const SpellingSignature& longer = a_shorter ? b : a;
  if (shorter.size > longer.size + shorter.words) return false;
  // At most shorter.words letters of its own: cleared one by one, as a popcount without
  // -mpopcnt is a call into libgcc and the count is small.
  std::uint64_t own = a_shorter ? a_own : b_own;
  for (std::uint32_t w = shorter.words; w > 0 && own != 0; --w) own &= own - 1;
  return own == 0;
}

// A word's print: what WordsAgree compares of the word at its size, in 16 bits — its
// skeleton's size (the low 4 bits; 15: fifteen or more) and above it 12 bits of its
// spelling (a skeleton of fewer than three letters: spelled the same), of its skeleton
// (three letters: the same skeleton) or of its skeleton's letters as a set (four or more:
// one edit), hashed. The signature is a name's letters as one set: a surname against a full
// name, or two short words of one skeleton (كيم / كم), pass it; their words' prints tell
// most such pairs apart (Commit keeps a one-name record's in its first line).
using WordPrint = std::uint16_t;
WordPrint WordPrintOf(std::u32string_view spelling, std::u32string_view skeleton);
// The prints of `name`'s words, in order, into `out`. REQUIRES: out.size() == name.words,
// and the name spelled as a spelled signature says (a word of spellings and skeletons per key).
void WordPrints(const SpelledName& name, std::span<WordPrint> out);

// False only when WordsAgree of words with these prints is false: the same size and
// print under four letters, else sizes at most one apart and at most one letter of its own
// on either side (an edit).
inline bool MayWordsAgree(WordPrint a, WordPrint b) {
  const unsigned size_a = a & 15U, size_b = b & 15U;
  if (size_a < 4 || size_b < 4) return a == b;
  if (size_a != 15 && size_b != 15 && (size_a > size_b ? size_a - size_b : size_b - size_a) > 1) return false;
  const unsigned set_a = static_cast<unsigned>(a >> 4), set_b = static_cast<unsigned>(b >> 4);
  const unsigned a_own = set_a & ~set_b, b_own = set_b & ~set_a;
  return (a_own & (a_own - 1)) == 0 && (b_own & (b_own - 1)) == 0;
}

// False only when SpellingsAgree of two spelled names whose words have these prints is
// false: of one word each, the words; of different counts, each word of the shorter with
// a word of the longer, in order, as SpellingsAgree pairs them. Names of one count of two
// words or more (one edit in all) are left to the signature: true.
inline bool MaySpellAlikeByWord(std::span<const WordPrint> a, std::span<const WordPrint> b) {
  if (a.size() == b.size()) return a.size() != 1 || MayWordsAgree(a[0], b[0]);
  const std::span<const WordPrint> shorter = a.size() < b.size() ? a : b;
  const std::span<const WordPrint> longer = a.size() < b.size() ? b : a;
  // SpellingsAgree takes, for each word of the shorter, the first word of the longer after
  // the last one taken that agrees; the first that may agree is never later.
  std::size_t j = 0;
  for (const WordPrint w : shorter) {
    while (j < longer.size() && !MayWordsAgree(w, longer[j])) ++j;
    if (j == longer.size()) return false;
    ++j;
  }
  return true;
}

// Immutable after construction; thread-safe.
class NameFormBuilder {
 public:
  // `lexicon` must outlive the builder.
  explicit NameFormBuilder(const EntityLexicon& lexicon);

  // The readings of tokens [first, end) of `analysis` (of `text`). Empty form when the span
  // holds no word.
  MentionName Build(std::string_view text, const text::TextAnalysis& analysis,
                    std::uint32_t first, std::uint32_t end) const;
  // The same, written into `form` (REQUIRES: empty, as default-constructed) and
  // `without_preposition` (REQUIRES: disengaged) where the caller keeps them: a reading moved
  // into place cost a move and a destruction of each form per mention.
  void Build(std::string_view text, const text::TextAnalysis& analysis, std::uint32_t first, std::uint32_t end,
             NameForm* form, std::optional<NameForm>* without_preposition) const;

  // The form of a name as written (a stored variant or a query), read as Build reads a
  // mention covering all of it.
  NameForm FromWritten(std::string_view written) const;

  const EntityLexicon& lexicon() const { return lexicon_; }

 private:
  const EntityLexicon& lexicon_;
};

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_NAME_FORM_H_
