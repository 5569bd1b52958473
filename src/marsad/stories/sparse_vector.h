// SparseVector: (id, weight) pairs sorted by id, the form story clustering keeps an
// article's features in and the summarizer its sentences' terms.
#ifndef MARSAD_STORIES_SPARSE_VECTOR_H_
#define MARSAD_STORIES_SPARSE_VECTOR_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace marsad::stories {

using SparseVector = std::vector<std::pair<std::uint32_t, float>>;

// The dot product of two vectors sorted by id (their cosine when both are unit length):
// one merge walk.
inline float Dot(const SparseVector& a, const SparseVector& b) {
  float s = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      s += a[i++].second * b[j++].second;
    }
  }
  return s;
}

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_SPARSE_VECTOR_H_
