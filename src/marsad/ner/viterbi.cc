// Viterbi decoding; see viterbi.h.
#include "marsad/ner/viterbi.h"

#include <cmath>
#include <limits>

namespace marsad::ner {

float Viterbi(const float* emissions, std::size_t n, int t, const float* transitions,
              std::uint8_t* out, ViterbiScratch* scratch) {
  if (n == 0) return 0;
  const auto tt = static_cast<std::size_t>(t);
  const std::size_t stride = tt + 1;
  constexpr float kNegInf = -std::numeric_limits<float>::infinity();
  scratch->score.resize(n * tt);
  scratch->back.resize(n * tt);
  float* score = scratch->score.data();
  std::uint8_t* back = scratch->back.data();

  const float* start = transitions + tt * stride;  // the boundary row
  for (std::size_t y = 0; y < tt; ++y) {
    score[y] = start[y] + emissions[y];
    back[y] = 0;
  }
  for (std::size_t i = 1; i < n; ++i) {
    const float* prev = score + (i - 1) * tt;
    float* cur = score + i * tt;
    const float* em = emissions + i * tt;
    for (std::size_t y = 0; y < tt; ++y) {
      float best = kNegInf;
      std::size_t arg = 0;
      for (std::size_t p = 0; p < tt; ++p) {
        const float s = prev[p] + transitions[p * stride + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[y] = best + em[y];
      back[i * tt + y] = static_cast<std::uint8_t>(arg);
    }
  }
  const float* last = score + (n - 1) * tt;
  float best = kNegInf;
  std::size_t arg = 0;
  for (std::size_t y = 0; y < tt; ++y) {
    const float s = last[y] + transitions[y * stride + tt];
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  if (best == kNegInf || std::isnan(best)) {
    for (std::size_t i = 0; i < n; ++i) out[i] = 0;
    return best;
  }
  out[n - 1] = static_cast<std::uint8_t>(arg);
  for (std::size_t i = n - 1; i > 0; --i) out[i - 1] = back[i * tt + out[i]];
  return best;
}

}  // namespace marsad::ner
