// Stopwords; see stopwords.h.
#include "marsad/index/stopwords.h"

#include "marsad/index/embedded_data.h"
#include "marsad/text/word_list.h"

namespace marsad::index {

Stopwords::Stopwords(std::string_view list, const text::Analyzer& analyzer) {
  text::TextAnalysis a;
  text::ForEachListEntry(list, [&](std::string_view entry) {
    analyzer.Analyze(entry, &a);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      if (!a.stem(i).empty()) stems_.Insert(a.stem(i));
    }
  });
}

const Stopwords& Stopwords::Embedded() {
  static const Stopwords* const kEmbedded = [] {
    const text::Analyzer analyzer;
    return new Stopwords(data::kStopwords, analyzer);
  }();
  return *kEmbedded;
}

}  // namespace marsad::index
