// Language data embedded from data/analysis/*.txt at build time (marsad_embed_text), so
// the text module does no file I/O. Each list: one entry per line, '#' starts a comment
// (read with word_list.h).
#ifndef MARSAD_TEXT_EMBEDDED_DATA_H_
#define MARSAD_TEXT_EMBEDDED_DATA_H_

#include <string_view>

namespace marsad::text {
namespace data {
extern const std::string_view kArticleExceptions;  // article_exceptions_ar.txt
extern const std::string_view kWawExceptions;      // waw_exceptions_ar.txt
extern const std::string_view kNativeNames;        // native_names_ar.txt
}  // namespace data

}  // namespace marsad::text

#endif  // MARSAD_TEXT_EMBEDDED_DATA_H_
