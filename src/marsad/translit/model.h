// TranslitModel: everything a trained Arabic→Latin transliteration model holds — the
// input normalization it was trained with, its graphone inventory and the joint n-gram
// model over graphones — and the beam-search decoder that renders one word with it.
#ifndef MARSAD_TRANSLIT_MODEL_H_
#define MARSAD_TRANSLIT_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/text/normalizer.h"
#include "marsad/translit/graphone.h"
#include "marsad/translit/ngram_model.h"

namespace marsad::translit {

// The normalization rules applied to an input word before decoding, as a bit mask over
// text::NormalizationRule (bit i = rule i); stored in the model file.
std::uint32_t RuleMask(const text::NormalizerOptions& options);
text::NormalizerOptions OptionsFromMask(std::uint32_t mask);

struct TranslitModel {
  std::uint32_t normalization = 0;  // RuleMask of the input normalization
  std::vector<Graphone> graphones;  // graphone i is n-gram token i + NgramModel::kFirstToken
  NgramModel lm;
};

struct DecodeOptions {
  std::size_t beam = 24;  // hypotheses kept per input position
};

struct Candidate {
  std::string latin;  // lower case
  double log_prob = 0;  // natural log, summed over the segmentations found that spell it
};

// Decodes normalized Arabic words with a model. Immutable after construction;
// thread-safe (each call uses its own scratch space).
class Decoder {
 public:
  // REQUIRES: `model` outlives the decoder.
  explicit Decoder(const TranslitModel& model);

  // The `n` best Latin spellings of `word` (normalized Arabic letters), best first.
  // Letters the model has never seen are skipped; an empty result means nothing was
  // left to decode.
  std::vector<Candidate> NBest(std::u32string_view word, std::size_t n,
                               const DecodeOptions& options = {}) const;

  // The best spelling, or "" (as NBest with n = 1).
  std::string Best(std::u32string_view word, const DecodeOptions& options = {}) const;

 private:
  // Graphone ids whose source is `chunk`, or nullptr.
  const std::vector<std::uint32_t>* Lookup(std::u32string_view chunk) const;

  const TranslitModel& model_;
  std::size_t max_source_ = 1;
  std::unordered_map<std::u32string, std::vector<std::uint32_t>> by_source_;
};

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_MODEL_H_
