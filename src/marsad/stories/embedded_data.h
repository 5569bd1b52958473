// Language data embedded from data/stories/*.txt at build time (marsad_embed_text), so the
// stories module does no file I/O. Formats are described at the top of each file.
#ifndef MARSAD_STORIES_EMBEDDED_DATA_H_
#define MARSAD_STORIES_EMBEDDED_DATA_H_

#include <string_view>

namespace marsad::stories::data {
extern const std::string_view kStopwords;     // stopwords_ar.txt
extern const std::string_view kEventSeries;   // event_series_ar.txt
extern const std::string_view kOrdinals;      // ordinals_ar.txt
extern const std::string_view kSummary;       // summary_ar.txt
}  // namespace marsad::stories::data

#endif  // MARSAD_STORIES_EMBEDDED_DATA_H_
