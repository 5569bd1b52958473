// Fuzzes the JSON reader (JSONL lines and JSON arrays) and ParseItem on arbitrary bytes:
// never a crash, every article read has an id and text within the input's size.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "marsad/ingest/json_reader.h"
#include "marsad/ingest/source.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static marsad::ingest::JsonReader* const reader = new marsad::ingest::JsonReader();
  std::string buf(reinterpret_cast<const char*>(data), size);
  buf.append(marsad::ingest::kJsonPadding, ' ');
  const std::string_view json(buf.data(), size);

  marsad::ingest::Article a;
  if (reader->ParseObject(json, &a).ok() && a.doc.text.size() > size) std::abort();

  for (auto format : {marsad::ingest::Format::kJsonLines, marsad::ingest::Format::kJsonArray}) {
    marsad::ingest::Item item;
    item.bytes = json;
    item.path = "fuzz.jsonl";
    item.line = 1;
    item.format = format;
    std::vector<marsad::ingest::Article> out;
    std::vector<marsad::ingest::ItemError> errors;
    marsad::ingest::ParseItem(item, marsad::ingest::SourceOptions{}, reader, &out, &errors);
    for (const auto& art : out) {
      if (art.doc.id.empty() || art.doc.text.size() > size) std::abort();
    }
    for (const auto& e : errors) {
      if (e.error.empty()) std::abort();
    }
  }
  return 0;
}
