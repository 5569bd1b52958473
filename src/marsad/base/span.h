// Span: a half-open byte range [begin, end) into a document's original text. Tokens,
// mentions, quotes and snippets are spans, never copies of normalized strings.
#ifndef MARSAD_BASE_SPAN_H_
#define MARSAD_BASE_SPAN_H_

#include <cstdint>
#include <string_view>

namespace marsad {

struct ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  constexpr std::uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return begin == end; }
  constexpr bool Contains(ByteSpan o) const { return begin <= o.begin && o.end <= end; }
  constexpr bool Overlaps(ByteSpan o) const { return begin < o.end && o.begin < end; }
  // REQUIRES: end <= text.size()
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }
  constexpr bool operator==(const ByteSpan&) const = default;
};

}  // namespace marsad

#endif  // MARSAD_BASE_SPAN_H_
