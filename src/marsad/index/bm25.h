// BM25 (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond",
// 2009), with Lucene's non-negative idf: log(1 + (N - df + 0.5) / (df + 0.5)).
// score(tf, dl) = weight * idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl)).
#ifndef MARSAD_INDEX_BM25_H_
#define MARSAD_INDEX_BM25_H_

#include <cmath>
#include <cstdint>

namespace marsad::index {

struct Bm25Params {
  float k1 = 1.2F;
  float b = 0.75F;
};

inline float Bm25Idf(std::uint64_t num_docs, std::uint64_t df) {
  const double n = static_cast<double>(num_docs), d = static_cast<double>(df);
  return static_cast<float>(std::log(1.0 + (n - d + 0.5) / (d + 0.5)));
}

// The per-field part of the denominator: k1 * (1 - b + b * dl / avgdl).
inline float Bm25LengthNorm(const Bm25Params& p, std::uint32_t dl, float avgdl) {
  return p.k1 * (1.0F - p.b + p.b * static_cast<float>(dl) / (avgdl > 0 ? avgdl : 1.0F));
}

// weight * idf * (k1 + 1) computed once per term, times tf / (tf + norm) per document.
inline float Bm25Score(float term_factor, std::uint32_t tf, float length_norm) {
  const float t = static_cast<float>(tf);
  return term_factor * t / (t + length_norm);
}

}  // namespace marsad::index

#endif  // MARSAD_INDEX_BM25_H_
