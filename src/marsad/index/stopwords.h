// Stopwords: the function words whose stems' posting lists store no positions (segment
// format 9, data/search/stopwords_ar.txt). Their documents, frequencies, forms and lead
// stay, so they are scored as any word; a phrase across one keeps its place as a gap that
// any one word fills (as Lucene's StopFilter with position increments). The set holds the
// listed words' light stems: a list's kind follows from its stem term alone, and every word
// of such a stem (في, فيه, فيها) is a stopword. The list is part of the segment format:
// changing it needs a format version bump.
#ifndef MARSAD_INDEX_STOPWORDS_H_
#define MARSAD_INDEX_STOPWORDS_H_

#include <cstdint>
#include <string_view>

#include "marsad/text/analyzer.h"
#include "marsad/text/word_set.h"

namespace marsad::index {

class Stopwords {
 public:
  // Loads `list` (word_list.h format): each entry's stem as `analyzer` makes it.
  Stopwords(std::string_view list, const text::Analyzer& analyzer);
  // The embedded data/search/stopwords_ar.txt, stemmed by the default analyzer (built once).
  static const Stopwords& Embedded();

  // `stem`: a token's light stem (text::TextAnalysis::stem), a stem term's bytes.
  bool Contains(std::string_view stem) const { return stems_.Contains(stem); }
  std::size_t size() const { return stems_.size(); }
  // CRC-32C of the set (its stems sorted, each ended by a newline): a segment stores the
  // fingerprint of the set it was written with, and a reader with another set refuses it
  // instead of reading lists whose kind it would misjudge.
  std::uint32_t fingerprint() const { return fingerprint_; }

 private:
  text::WordSet stems_;
  std::uint32_t fingerprint_ = 0;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_STOPWORDS_H_
