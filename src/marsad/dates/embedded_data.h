// Language data embedded from data/dates/*.txt at build time (marsad_embed_text), so the
// dates module does no file I/O. Formats are described at the top of each file.
#ifndef MARSAD_DATES_EMBEDDED_DATA_H_
#define MARSAD_DATES_EMBEDDED_DATA_H_

#include <string_view>

namespace marsad::dates::data {
extern const std::string_view kMonths;           // months_ar.txt
extern const std::string_view kAmbiguousMonths;  // ambiguous_months_ar.txt
extern const std::string_view kHijriMonths;      // hijri_months_ar.txt
extern const std::string_view kWeekdays;         // weekdays_ar.txt
extern const std::string_view kOrdinals;         // ordinals_ar.txt
extern const std::string_view kWords;            // words_ar.txt
extern const std::string_view kEnglishNames;     // english_names.txt
}  // namespace marsad::dates::data

#endif  // MARSAD_DATES_EMBEDDED_DATA_H_
