// Reading a command's text input (a file or stdin) with the checks every command shares:
// size limit, binary data, empty input and invalid UTF-8, each a one-line error.
#ifndef MARSAD_CLI_INPUT_TEXT_H_
#define MARSAD_CLI_INPUT_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "marsad/base/result.h"

namespace marsad::cli {

struct InputOptions {
  std::uint64_t max_bytes = std::uint64_t{1} << 30;  // 1 GiB
  bool replace_invalid_utf8 = false;  // else invalid UTF-8 is an error naming the offset
};

// Reads `path` ("-" for stdin) and checks it. Error messages start with the path.
Result<std::string> ReadInputText(const std::string& path, const InputOptions& options);

// True for .jsonl / .json paths, or stdin whose first non-blank byte is '{'.
bool IsJsonLines(const std::string& path, const std::string& content);

// One text of a command's input: a whole plain-text input, or one JSON line's "text".
struct InputDoc {
  std::size_t line = 0;  // 1-based line of a JSONL input, 0 for plain text
  std::string text;
};

// The texts of `content` read from `path` (`name` in messages): each line's "text" field when
// IsJsonLines, else the whole content. A line that is not an object with a "text" string is
// skipped and described in *errors as "<name>:<line>: <problem>"; blank lines are skipped.
std::vector<InputDoc> SplitInputDocs(const std::string& path, const std::string& name, std::string content,
                                     std::vector<std::string>* errors);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_INPUT_TEXT_H_
