// Reading a plain-text article: one article per file; a short first line followed by the
// body is the title.
#ifndef MARSAD_INGEST_TEXT_READER_H_
#define MARSAD_INGEST_TEXT_READER_H_

#include <string_view>

#include "marsad/base/status.h"
#include "marsad/ingest/article.h"

namespace marsad::ingest {

// The longest first line (in code points) still taken as a title.
inline constexpr std::size_t kMaxTitleChars = 150;

// Fills out->doc.title/text/raw from `data`. The first non-blank line is the title when it
// is at most kMaxTitleChars long, does not end a sentence with a full stop, and more text
// follows. InvalidArgument for invalid UTF-8 (naming the byte offset). Thread-safe.
Status ParseTextArticle(std::string_view data, Article* out);

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_TEXT_READER_H_
