// ParseTextArticle; see text_reader.h.
#include "marsad/ingest/text_reader.h"

#include "marsad/text/utf8.h"

namespace marsad::ingest {
namespace {

std::string_view Trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\f\v");
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of(" \t\r\f\v");
  return s.substr(b, e - b + 1);
}

}  // namespace

Status ParseTextArticle(std::string_view data, Article* out) {
  if (const std::size_t bad = text::FindInvalidUtf8(data); bad != std::string_view::npos) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  out->doc.raw.assign(data);
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  // The first non-blank line.
  std::string_view rest = data;
  std::string_view first;
  while (!rest.empty() && first.empty()) {
    const std::size_t nl = rest.find('\n');
    first = Trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  const bool more = !Trim(rest).empty();
  const bool sentence = !first.empty() && first.back() == '.';
  if (more && !sentence && text::CountCodePoints(first) <= kMaxTitleChars) {
    out->doc.title.assign(first);
    out->doc.text.assign(rest);
  } else {
    out->doc.text.assign(data);
  }
  return Status::Ok();
}

}  // namespace marsad::ingest
