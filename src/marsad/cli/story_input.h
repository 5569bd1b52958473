// Reading articles from JSONL files (one article per line: `id` or `docno`, `title`,
// `text`, `date` or `time`, `source`, `url`, `category`) for the story commands' development
// path (`--input`), which clusters files directly instead of reading the store.
#ifndef MARSAD_CLI_STORY_INPUT_H_
#define MARSAD_CLI_STORY_INPUT_H_

#include <string>
#include <vector>

#include "marsad/base/status.h"
#include "marsad/doc/document.h"

namespace marsad::cli {

struct ReadArticlesStats {
  std::size_t lines = 0;
  std::size_t empty_text = 0;  // skipped: no text
  std::size_t undated = 0;     // kept without a publication date
  std::vector<std::string> errors;  // "path:line: problem", at most 20
  std::size_t error_count = 0;
};

// Appends the articles of `path` (a .jsonl file, or a folder: its *.jsonl files in name
// order) to *out. Lines that are not JSON objects with a text are counted as errors and
// skipped. IOError naming the path when it cannot be read.
Status ReadJsonlArticles(const std::string& path, std::vector<doc::Document>* out,
                         ReadArticlesStats* stats);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_STORY_INPUT_H_
