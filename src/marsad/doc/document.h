// Document: one news article as marsad stores it. `text` is the stored text (boilerplate
// removed) that every offset in marsad refers to; `raw` is the input it came from.
#ifndef MARSAD_DOC_DOCUMENT_H_
#define MARSAD_DOC_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>

namespace marsad::doc {

// A calendar date-time in UTC, seconds since the Unix epoch.
struct Timestamp {
  std::int64_t seconds = 0;
  constexpr auto operator<=>(const Timestamp&) const = default;
};

struct Document {
  std::string id;         // the JSONL id/docno, or the file name without its extension
  std::string title;
  std::string text;       // stored text: what offsets refer to
  std::string raw;        // the input as read (for re-processing); may be empty
  std::string source;     // the outlet: "BBC", "وكالة سانا", ...
  std::string url;
  std::string author;
  std::string category;
  std::optional<Timestamp> published;
};

}  // namespace marsad::doc

#endif  // MARSAD_DOC_DOCUMENT_H_
