// Stopwords; see stopwords.h.
#include "marsad/index/stopwords.h"

#include "marsad/index/embedded_data.h"
#include "marsad/text/normalizer.h"

namespace marsad::index {

Stopwords::Stopwords(std::string_view list)
    : words_(list, text::Normalizer(text::NormalizerOptions::Search())) {}

const Stopwords& Stopwords::Embedded() {
  static const Stopwords* const kEmbedded = new Stopwords(data::kStopwords);
  return *kEmbedded;
}

}  // namespace marsad::index
