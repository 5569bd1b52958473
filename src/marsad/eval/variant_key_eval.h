// Evaluation of the spelling-variant key (text/variant_key.h) on silver name pairs:
// recall over pairs that spell one name differently, precision against negatives built
// from different names at a small edit distance.
#ifndef MARSAD_EVAL_VARIANT_KEY_EVAL_H_
#define MARSAD_EVAL_VARIANT_KEY_EVAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/text/analyzer.h"

namespace marsad::eval {

struct KeyedPair {
  std::string a, b;  // two spellings
  std::string note;  // the English names they come from
  std::string key_a, key_b;
};

// A fixed case the key must get right (one key for a group, or different keys).
struct KeyCheck {
  std::vector<std::string> names;
  bool same = true;  // true: all names must share a key; false: all keys must differ
  bool passed = false;
  std::vector<std::string> keys;
};

struct VariantKeyReport {
  std::size_t positives = 0;
  std::size_t negatives = 0;           // sampled, as many as positives
  std::size_t negative_candidates = 0; // before sampling
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  double recall = 0;      // true_positives / positives
  double precision = 0;   // true_positives / (true_positives + false_positives)
  double false_positive_rate = 0;  // false_positives / negatives
  std::vector<KeyCheck> checks;
  std::vector<KeyedPair> missed;       // sample of positives with different keys
  std::vector<KeyedPair> false_merges; // sample of negatives with one key
};

// `tsv`: the content of same_english_different_arabic.tsv (header
// `english source_a arabic_a source_b arabic_b`). Negatives: spellings of different English
// names, normalized edit distance ≤ 2, whose English names are not themselves variants
// (edit distance ≤ 2, one a prefix of the other, or the same consonant skeleton);
// `seed` fixes the sample. InvalidArgument when the TSV has no pairs.
Result<VariantKeyReport> EvaluateVariantKey(std::string_view tsv, const text::Analyzer& analyzer,
                                            std::uint32_t seed = 1, std::size_t examples = 20);

}  // namespace marsad::eval

#endif  // MARSAD_EVAL_VARIANT_KEY_EVAL_H_
