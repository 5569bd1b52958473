// Stopwords: the function words the index does not store (segment format 9,
// data/search/stopwords_ar.txt). A stopword token takes its position but gets no posting in
// any view, so positions keep their gaps: a phrase across a stopword matches any one word
// there (as Lucene's StopFilter with position increments). Queries drop the same words.
// The list is part of the segment format: changing it needs a format version bump.
#ifndef MARSAD_INDEX_STOPWORDS_H_
#define MARSAD_INDEX_STOPWORDS_H_

#include <string_view>

#include "marsad/text/word_set.h"

namespace marsad::index {

class Stopwords {
 public:
  // Loads `list` (word_list.h format), each entry search-normalized as the analyzer
  // normalizes a token's norm.
  explicit Stopwords(std::string_view list);
  // The embedded data/search/stopwords_ar.txt (built once).
  static const Stopwords& Embedded();

  // `norm`: a token's search-normalized form (text::TextAnalysis::norm).
  bool Contains(std::string_view norm) const { return words_.Contains(norm); }
  std::size_t size() const { return words_.size(); }

 private:
  text::WordSet words_;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_STOPWORDS_H_
