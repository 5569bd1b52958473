// Hand-built training data for the translit tests: a toy script where each Arabic letter
// has one Latin spelling, so every expected alignment and rendering is known exactly.
#ifndef MARSAD_TRANSLIT_TEST_UTIL_H_
#define MARSAD_TRANSLIT_TEST_UTIL_H_

#include <string>
#include <utility>
#include <vector>

#include "marsad/translit/corpus.h"

namespace marsad::translit::testing {

struct Letter {
  const char* arabic;
  const char* latin;
};
inline constexpr Letter kConsonants[] = {{"ب", "b"}, {"ت", "t"}, {"ل", "l"}, {"م", "m"}, {"ن", "n"}};
inline constexpr Letter kVowels[] = {{"ا", "a"}, {"و", "o"}, {"ي", "i"}};

// Every consonant-vowel-consonant-vowel word (225 pairs): باتو → bato.
inline std::vector<NamePair> ToyPairs() {
  std::vector<NamePair> pairs;
  for (const Letter& c1 : kConsonants) {
    for (const Letter& v1 : kVowels) {
      for (const Letter& c2 : kConsonants) {
        for (const Letter& v2 : kVowels) {
          pairs.push_back({std::string(c1.arabic) + v1.arabic + c2.arabic + v2.arabic,
                           std::string(c1.latin) + v1.latin + c2.latin + v2.latin});
        }
      }
    }
  }
  return pairs;
}

}  // namespace marsad::translit::testing

#endif  // MARSAD_TRANSLIT_TEST_UTIL_H_
