// LightStemmer: removes clitics and common inflectional suffixes from a normalized Arabic
// word, after Light10 (Larkey, Ballesteros & Connell, "Light Stemming for Arabic
// Information Retrieval", 2007) as Lucene's ArabicStemmer does, with three corrections:
//  - the article ال is never stripped from a word whose original spelling starts with a
//    hamzated alef (ألكسندر, ألمانيا, إلغاء): the article's alef never carries a hamza;
//  - words whose ال or و is part of the word (الله, المانيا, وزير, واشنطن) are listed in
//    data/analysis/ and kept;
//  - a names mode strips only the clitics (و، ال and its combinations) and leaves the
//    ending alone.
#ifndef MARSAD_TEXT_LIGHT_STEMMER_H_
#define MARSAD_TEXT_LIGHT_STEMMER_H_

#include <string_view>

#include "marsad/text/normalizer.h"
#include "marsad/text/word_set.h"

namespace marsad::text {

enum class StemMode {
  kFull,         // prefixes and suffixes
  kCliticsOnly,  // prefixes only: for names, whose endings are part of the name
};

// Immutable after construction; thread-safe.
class LightStemmer {
 public:
  // `normalizer` normalizes the built-in word lists; it must be the one that normalizes
  // the words later passed to Stem().
  explicit LightStemmer(const Normalizer& normalizer);

  // Returns the stem of `word` as a substring of it. `word` must be normalized.
  // `article_possible` is false when the original spelling began with أل/إل/آل.
  // Never strips below two letters.
  std::string_view Stem(std::string_view word, StemMode mode = StemMode::kFull,
                        bool article_possible = true) const;

  // The prefix part of Stem(): the conjunction و and the article with its combinations.
  // The article is stripped only when `min_article_rest` letters remain.
  std::string_view StripPrefixes(std::string_view word, bool article_possible = true,
                                 std::size_t min_article_rest = 2) const;

 private:
  WordSet keep_article_;  // words whose ال is part of the word
  WordSet keep_waw_;      // words whose و is part of the word
};

// True when `original` (unnormalized) begins with a hamzated alef (أ إ آ) and a lam,
// harakat allowed between them.
bool StartsWithHamzatedAlefLam(std::string_view original);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_LIGHT_STEMMER_H_
