// Reading word lists; see word_list.h.
#include "marsad/text/word_list.h"

#include <string>

namespace marsad::text {

std::string_view TrimBlanks(std::string_view s) {
  constexpr std::string_view kBlanks = " \t\r\f\v";
  const std::size_t b = s.find_first_not_of(kBlanks);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kBlanks) - b + 1);
}

Status ListLineError(std::string_view file, std::size_t line, std::string_view problem) {
  std::string msg(file);
  msg.append(":").append(std::to_string(line)).append(": ").append(problem);
  return Status::InvalidArgument(msg);
}

}  // namespace marsad::text
