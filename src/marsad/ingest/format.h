// Recognising what an input holds, by content first and extension second: a zip archive,
// JSON lines, a JSON array, an RSS/Atom feed, an HTML page or plain text. Binary data that
// is none of these is refused with a clear reason.
#ifndef MARSAD_INGEST_FORMAT_H_
#define MARSAD_INGEST_FORMAT_H_

#include <string_view>

#include "marsad/base/result.h"

namespace marsad::ingest {

enum class Format {
  kText,       // one article: an optional short title line, then the body
  kJsonLines,  // one JSON object per line
  kJsonArray,  // a JSON array of article objects (SaudiNewsNet's daily files)
  kHtml,       // one article page
  kFeed,       // RSS 2.0, RSS 1.0 (RDF) or Atom
  kZip,        // an archive of any of these
};

std::string_view FormatName(Format f);

// Detects the format of `data` read from `name`. InvalidArgument for binary data (naming
// the reason) and for empty input.
Result<Format> DetectFormat(std::string_view name, std::string_view data);

// True when `name` has an extension of an input format (.txt .text .jsonl .ndjson .json .html
// .htm .xhtml .xml .rss .atom .zip, any case). Folders and archives ingest only such files,
// so a README.md or SOURCE.md beside the data is not taken for an article.
bool HasInputExtension(std::string_view name);

// The file name without directories and without its last extension:
// "a/b/000_7993930e9a8e48ad.txt" -> "000_7993930e9a8e48ad".
std::string_view FileStem(std::string_view path);

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_FORMAT_H_
