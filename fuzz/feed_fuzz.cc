// Fuzzes the RSS/Atom reader (libxml2 with network and external entities off) on arbitrary
// bytes: never a crash; every item's text is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "marsad/ingest/feed_reader.h"
#include "marsad/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  std::vector<marsad::ingest::Article> out;
  (void)marsad::ingest::ParseFeed(xml, &out);
  for (const auto& a : out) {
    if (marsad::text::FindInvalidUtf8(a.doc.text) != std::string_view::npos) std::abort();
    if (a.line == 0) std::abort();
  }
  return 0;
}
