// Word lists as marsad's data files write them (data/*/*.txt, embedded at build time): one
// entry per line, '#' starts a comment, blank lines and the blanks around an entry are
// ignored. Every module reads its lists' lines here, so a list behaves the same (CRLF line
// ends, a comment after an entry) whichever module loads it, and its errors name the line.
#ifndef MARSAD_TEXT_WORD_LIST_H_
#define MARSAD_TEXT_WORD_LIST_H_

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "marsad/base/status.h"

namespace marsad::text {

// s without the blanks (space, tab, CR, FF, VT) at either end.
std::string_view TrimBlanks(std::string_view s);

// Calls fn(line_number, entry) for each entry of `list`: the 1-based line number, the line
// with its comment cut and its blanks trimmed; blank lines are skipped. When fn returns a
// Status, the walk stops at the first error and returns it; otherwise it returns Ok.
template <typename Fn>
Status ForEachListLine(std::string_view list, Fn&& fn) {
  std::size_t line_no = 0;
  while (!list.empty()) {
    ++line_no;
    const std::size_t nl = list.find('\n');
    std::string_view line = list.substr(0, nl);
    list = nl == std::string_view::npos ? std::string_view() : list.substr(nl + 1);
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = TrimBlanks(line);
    if (line.empty()) continue;
    if constexpr (std::is_same_v<std::invoke_result_t<Fn&, std::size_t, std::string_view>, Status>) {
      if (Status s = fn(line_no, line); !s.ok()) return s;
    } else {
      fn(line_no, line);
    }
  }
  return Status::Ok();
}

// Calls fn(entry) for each entry of `list` (as ForEachListLine, without line numbers).
template <typename Fn>
void ForEachListEntry(std::string_view list, Fn&& fn) {
  // The callback returns nothing, so the walk cannot fail: its Ok is dropped.
  static_cast<void>(ForEachListLine(list, [&](std::size_t, std::string_view entry) { fn(entry); }));
}

// InvalidArgument "<file>:<line>: <problem>", the message a malformed list entry gets.
Status ListLineError(std::string_view file, std::size_t line, std::string_view problem);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_WORD_LIST_H_
