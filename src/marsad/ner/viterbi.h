// First-order Viterbi decoding (Viterbi 1967; as in Collins 2002 for the structured
// perceptron): the tag sequence maximising the sum of emission and transition scores.
#ifndef MARSAD_NER_VITERBI_H_
#define MARSAD_NER_VITERBI_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace marsad::ner {

// Buffers reused between calls (one per thread).
struct ViterbiScratch {
  std::vector<float> score;
  std::vector<std::uint8_t> back;
};

// Writes to out[0..n) the best tags for `n` tokens with `t` tags (t <= 255).
// `emissions` holds n rows of t scores; `transitions` is (t+1) x (t+1), row = previous tag,
// column = next tag, index t = the sentence boundary (start row, end column); -infinity
// forbids a transition. Ties go to the lower tag. When every path is forbidden the result
// is all zeros (O). Returns the best path's score.
float Viterbi(const float* emissions, std::size_t n, int t, const float* transitions,
              std::uint8_t* out, ViterbiScratch* scratch);

}  // namespace marsad::ner

#endif  // MARSAD_NER_VITERBI_H_
