// Stopwords; see stopwords.h.
#include "marsad/index/stopwords.h"

#include <algorithm>
#include <string>
#include <vector>

#include "marsad/base/crc32c.h"
#include "marsad/index/embedded_data.h"
#include "marsad/text/word_list.h"

namespace marsad::index {

Stopwords::Stopwords(std::string_view list, const text::Analyzer& analyzer) {
  text::TextAnalysis a;
  std::vector<std::string> stems;
  text::ForEachListEntry(list, [&](std::string_view entry) {
    analyzer.Analyze(entry, &a);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      if (a.stem(i).empty() || stems_.Contains(a.stem(i))) continue;
      stems_.Insert(a.stem(i));
      stems.emplace_back(a.stem(i));
    }
  });
  std::sort(stems.begin(), stems.end());
  std::string joined;
  for (const std::string& stem : stems) joined.append(stem).push_back('\n');
  fingerprint_ = base::Crc32c(joined);
}

const Stopwords& Stopwords::Embedded() {
  static const Stopwords* const kEmbedded = [] {
    const text::Analyzer analyzer;
    return new Stopwords(data::kStopwords, analyzer);
  }();
  return *kEmbedded;
}

}  // namespace marsad::index
