// UTF-8 decoding that never crashes: every byte sequence decodes, invalid ones are
// reported by byte offset or replaced with U+FFFD, by the caller's choice.
#ifndef MARSAD_TEXT_UTF8_H_
#define MARSAD_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/base/status.h"

namespace marsad::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at `p`. REQUIRES: p < end.
// Sets *len to the number of bytes consumed (1..4). An invalid, overlong, surrogate or
// truncated sequence yields kReplacementChar with *len = 1, so decoding always advances
// and resynchronises on the next byte.
inline char32_t DecodeUtf8(const unsigned char* p, const unsigned char* end, int* len) {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  const std::ptrdiff_t avail = end - p;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (avail >= 2 && (p[1] & 0xC0) == 0x80) {
      *len = 2;
      return (char32_t{b0} & 0x1F) << 6 | (p[1] & 0x3F);
    }
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (avail >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      char32_t c = (char32_t{b0} & 0x0F) << 12 | char32_t{p[1] & 0x3Fu} << 6 | (p[2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
        *len = 3;
        return c;
      }
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (avail >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
      char32_t c = (char32_t{b0} & 0x07) << 18 | char32_t{p[1] & 0x3Fu} << 12 |
                   char32_t{p[2] & 0x3Fu} << 6 | (p[3] & 0x3F);
      if (c >= 0x10000 && c <= 0x10FFFF) {
        *len = 4;
        return c;
      }
    }
  }
  *len = 1;
  return kReplacementChar;
}

// Appends the UTF-8 encoding of `c` (a valid scalar value) to *out.
void AppendUtf8(char32_t c, std::string* out);

// Writes the UTF-8 encoding of `c` to `buf` (at least 4 bytes) and returns its length.
int EncodeUtf8(char32_t c, char* buf);

// Returns the byte offset of the first invalid sequence in `s`, or std::string_view::npos
// when `s` is valid UTF-8.
std::size_t FindInvalidUtf8(std::string_view s);

// Returns `s` with every invalid byte replaced by U+FFFD. Valid input is returned unchanged.
std::string ReplaceInvalidUtf8(std::string_view s);

enum class InvalidUtf8Policy {
  kReport,   // fail with InvalidArgument naming the byte offset
  kReplace,  // substitute U+FFFD and continue
};

// Checks `s` against the policy: returns OK (with *fixed empty when nothing was replaced)
// or InvalidArgument("invalid UTF-8 at byte N"). With kReplace, *fixed receives the
// repaired text when `s` was invalid.
Status CheckUtf8(std::string_view s, InvalidUtf8Policy policy, std::string* fixed);

// Number of code points in `s` (invalid bytes count as one each).
std::size_t CountCodePoints(std::string_view s);

// The code points of `s` (an invalid byte reads as U+FFFD, as DecodeUtf8 reads it).
std::u32string ToCodePoints(std::string_view s);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_UTF8_H_
