// Evaluation of a Transliterator on a test set: top-1 exact match (case-insensitive,
// against any reference) and character error rate (edit distance to the closest
// reference, summed, over the summed lengths of those references).
#ifndef MARSAD_TRANSLIT_EVALUATION_H_
#define MARSAD_TRANSLIT_EVALUATION_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/translit/corpus.h"
#include "marsad/translit/transliterator.h"

namespace marsad::translit {

struct ErrorExample {
  std::string arabic;
  std::string output;
  std::vector<std::string> references;
};

struct SetReport {
  std::string name;
  std::string files;
  std::size_t items = 0;
  std::size_t correct = 0;
  std::size_t edits = 0;           // summed edit distance to the closest reference
  std::size_t reference_chars = 0; // summed length of those references (code points)
  std::size_t non_ascii_only = 0;  // items whose every reference has a non-ASCII letter
  double accuracy = 0;             // correct / items
  double cer = 0;                  // edits / reference_chars
  double seconds = 0;              // rendering time
  std::vector<ErrorExample> errors;  // the first `max_errors` errors in file order
};

// Renders every item with RenderWord and scores it. Thread-safe.
SetReport EvaluateSet(const Transliterator& t, const TestSet& set, std::size_t max_errors = 10);

// Levenshtein distance over code points of two UTF-8 strings.
std::size_t CharEditDistance(std::string_view a, std::string_view b);

// Lower case for Latin (including accented letters), for comparing spellings.
std::string FoldLatinCase(std::string_view s);

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_EVALUATION_H_
