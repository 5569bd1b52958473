// Fuzzes the HTML article reader and the fragment-to-text conversion on arbitrary bytes:
// never a crash or a hang; text extracted from a page is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "marsad/ingest/html_reader.h"
#include "marsad/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  marsad::ingest::Article a;
  if (marsad::ingest::ParseHtmlArticle(html, &a).ok()) {
    if (a.doc.text.empty()) std::abort();
    if (marsad::text::FindInvalidUtf8(a.doc.text) != std::string_view::npos) std::abort();
  }
  const std::string t = marsad::ingest::HtmlFragmentToText(html);
  if (marsad::text::FindInvalidUtf8(t) != std::string_view::npos) std::abort();
  return 0;
}
