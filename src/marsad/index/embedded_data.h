// Language data embedded from data/search/*.txt at build time (marsad_embed_text), so the
// index module does no file I/O for it. The format is described at the top of each file.
#ifndef MARSAD_INDEX_EMBEDDED_DATA_H_
#define MARSAD_INDEX_EMBEDDED_DATA_H_

#include <string_view>

namespace marsad::index::data {
extern const std::string_view kQueryVariants;  // query_variants_ar.txt
extern const std::string_view kStopwords;      // stopwords_ar.txt
}  // namespace marsad::index::data

#endif  // MARSAD_INDEX_EMBEDDED_DATA_H_
