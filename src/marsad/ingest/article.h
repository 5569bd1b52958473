// Article: one news item as a reader found it, before cleaning: the document fields, the
// date as written in the input (parsed later by the dates module), and where it came from.
#ifndef MARSAD_INGEST_ARTICLE_H_
#define MARSAD_INGEST_ARTICLE_H_

#include <cstddef>
#include <string>

#include "marsad/doc/document.h"

namespace marsad::ingest {

struct Article {
  doc::Document doc;      // text is the body as read (boilerplate not yet removed)
  std::string date_text;  // the publication date as written: "Mon, 26 Feb 2018 ...", "15 أيلول 2017"
  // The outlet when neither a field nor a closing "المصدر: ..." line names one (a feed's title).
  std::string default_source;
  std::string path;       // the file (or "archive.zip/entry") it was read from
  std::size_t line = 0;   // 1-based line (JSONL) or item number (arrays, feeds); 0 for one-article files
};

// Where an article came from, for messages and the store: "path" or "path:line".
inline std::string Origin(const std::string& path, std::size_t line) {
  return line == 0 ? path : path + ":" + std::to_string(line);
}

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_ARTICLE_H_
