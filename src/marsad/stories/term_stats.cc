// Inverse document frequency and the counting TermStats.
#include "marsad/stories/term_stats.h"

#include <algorithm>
#include <cmath>

namespace marsad::stories {

double InverseDocFreq(std::uint64_t doc_count, std::uint64_t doc_freq) {
  const double n = static_cast<double>(doc_count);
  const double df = static_cast<double>(std::max<std::uint64_t>(doc_freq, 1));
  return std::log1p(n / df);
}

void CountingTermStats::AddDocument(std::span<const std::string_view> distinct_terms) {
  ++docs_;
  for (std::string_view t : distinct_terms) {
    auto it = df_.find(t);
    if (it == df_.end()) {
      df_.emplace(std::string(t), 1);
    } else {
      ++it->second;
    }
  }
}

void CountingTermStats::RemoveDocument(std::span<const std::string_view> distinct_terms) {
  if (docs_ > 0) --docs_;
  for (std::string_view t : distinct_terms) {
    auto it = df_.find(t);
    if (it == df_.end()) continue;
    if (--it->second == 0) df_.erase(it);
  }
}

std::uint64_t CountingTermStats::DocFreq(std::string_view stem) const {
  auto it = df_.find(stem);
  return it == df_.end() ? 0 : it->second;
}

}  // namespace marsad::stories
