// TranslitModel: everything a trained Arabic→Latin transliteration model holds — the
// input normalization it was trained with, its graphone inventory and the joint n-gram
// model over graphones — and the beam-search decoder that renders one word with it.
//
// Why a joint-sequence model (Bisani & Ney 2008; trained as Phonetisaurus does): Arabic
// leaves short vowels unwritten and one letter has several Latin spellings (ف f/v/ph), so
// a letter's rendering depends on both neighbours and on the Latin already written — the
// context a graphone n-gram conditions on. It trains in seconds of CPU, deterministically,
// decodes thousands of words per second with a small beam, and fits in under 1 MB.
// docs/translit.md has the measurements behind each choice.
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
  // Strictly increasing; graphone i is n-gram token i + NgramModel::kFirstToken.
  std::vector<Graphone> graphones;
  NgramModel lm;
};

// Runs of letters longer than this are decoded in pieces of this length, which bounds
// the decoder's memory whatever the input (no name comes close).
inline constexpr std::size_t kMaxDecodeLetters = 64;

struct DecodeOptions {
  std::size_t beam = 8;          // hypotheses kept per input position
  float threshold = 10.0f;       // and only those within this many nats of the best
};

struct Candidate {
  std::string latin;  // lower case
  double log_prob = 0;  // natural log, summed over the segmentations found that spell it
};

// Decodes normalized Arabic words with a model. Immutable after construction;
// thread-safe (each call uses its own scratch space).
class Decoder {
 public:
  // REQUIRES: `model` outlives the decoder; its graphones are strictly increasing.
  explicit Decoder(const TranslitModel& model);

  // The `n` best Latin spellings of `word` (normalized Arabic letters), best first.
  // Letters the model has never seen are skipped; an empty result means nothing was
  // left to decode. Only the first kMaxDecodeLetters letters are read.
  std::vector<Candidate> NBest(std::u32string_view word, std::size_t n,
                               const DecodeOptions& options = {}) const;

  // The best spelling, or "": NBest with n = 1, for each piece of kMaxDecodeLetters.
  std::string Best(std::u32string_view word, const DecodeOptions& options = {}) const;

 private:
  struct Range {
    std::uint32_t begin = 0, end = 0;  // graphone ids
  };
  // The graphones whose source is `chunk` (contiguous: graphones are sorted), or nullptr.
  const Range* Lookup(std::u32string_view chunk) const;

  const TranslitModel& model_;
  std::size_t max_source_ = 1;
  std::size_t max_range_ = 0;
  std::unordered_map<std::u32string, Range> by_source_;
};

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_MODEL_H_
