// Language data embedded from data/analysis/*.txt at build time (marsad_embed_text), so
// the text module does no file I/O. Each list: one entry per line, '#' starts a comment.
#ifndef MARSAD_TEXT_EMBEDDED_DATA_H_
#define MARSAD_TEXT_EMBEDDED_DATA_H_

#include <string_view>

namespace marsad::text {
namespace data {
extern const std::string_view kArticleExceptions;  // article_exceptions_ar.txt
extern const std::string_view kWawExceptions;      // waw_exceptions_ar.txt
extern const std::string_view kNativeNames;        // native_names_ar.txt
}  // namespace data

// Calls fn(entry) for each non-blank, non-comment line of `list`, trimmed.
template <typename Fn>
void ForEachListEntry(std::string_view list, Fn&& fn) {
  while (!list.empty()) {
    std::size_t nl = list.find('\n');
    std::string_view line = list.substr(0, nl);
    list = nl == std::string_view::npos ? std::string_view() : list.substr(nl + 1);
    std::size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) fn(line);
  }
}

}  // namespace marsad::text

#endif  // MARSAD_TEXT_EMBEDDED_DATA_H_
