// The lines of a JSON-lines corpus, as the commands that read one walk them: blank lines
// skipped, the others numbered from 1 so that errors can name file:line.
#ifndef MARSAD_CLI_JSON_LINES_H_
#define MARSAD_CLI_JSON_LINES_H_

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace marsad::cli {

// Calls fn(line_no, line) for every line of `content` that is not blank; fn returns false
// to stop.
template <typename Fn>
void ForEachJsonLine(std::string_view content, Fn&& fn) {
  std::size_t line_no = 0;
  while (!content.empty()) {
    const std::size_t nl = content.find('\n');
    const std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (!fn(line_no, line)) return;
  }
}

// The JSON object on `line`, or nullopt when the line is not one (bad JSON, or an array,
// string or number).
inline std::optional<nlohmann::json> ParseJsonObject(std::string_view line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  return j;
}

}  // namespace marsad::cli

#endif  // MARSAD_CLI_JSON_LINES_H_
