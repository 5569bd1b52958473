// EditDistance; see edit_distance.h.
#include "marsad/text/edit_distance.h"

#include <algorithm>
#include <vector>

namespace marsad::text {

std::size_t EditDistance(std::u32string_view a, std::u32string_view b) {
  // Two rows of the dynamic programme: row i holds the distances of a's first i code points
  // to every prefix of b.
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace marsad::text
