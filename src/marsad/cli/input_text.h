// Reading a command's text input (a file or stdin) with the checks every command shares:
// size limit, binary data, empty input and invalid UTF-8, each a one-line error.
#ifndef MARSAD_CLI_INPUT_TEXT_H_
#define MARSAD_CLI_INPUT_TEXT_H_

#include <cstdint>
#include <string>

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

}  // namespace marsad::cli

#endif  // MARSAD_CLI_INPUT_TEXT_H_
