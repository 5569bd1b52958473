// UTF-8 encoding, validation and repair.
#include "marsad/text/utf8.h"

#include <string>

namespace marsad::text {

int EncodeUtf8(char32_t c, char* buf) {
  if (c < 0x80) {
    buf[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (c >> 6));
    buf[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (c >> 12));
    buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  buf[0] = static_cast<char>(0xF0 | (c >> 18));
  buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  buf[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  out->append(buf, static_cast<std::size_t>(EncodeUtf8(c, buf)));
}

namespace {
const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}
}  // namespace

std::size_t FindInvalidUtf8(std::string_view s) {
  const unsigned char* p = Bytes(s);
  const unsigned char* end = p + s.size();
  const unsigned char* begin = p;
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    int len;
    char32_t c = DecodeUtf8(p, end, &len);
    // A literal U+FFFD in the input is valid (3 bytes); a replacement from a bad byte is len 1.
    if (c == kReplacementChar && len == 1) return static_cast<std::size_t>(p - begin);
    p += len;
  }
  return std::string_view::npos;
}

std::string ReplaceInvalidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const unsigned char* p = Bytes(s);
  const unsigned char* end = p + s.size();
  while (p < end) {
    int len;
    char32_t c = DecodeUtf8(p, end, &len);
    if (c == kReplacementChar && len == 1) {
      AppendUtf8(kReplacementChar, &out);
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(len));
    }
    p += len;
  }
  return out;
}

Status CheckUtf8(std::string_view s, InvalidUtf8Policy policy, std::string* fixed) {
  fixed->clear();
  std::size_t bad = FindInvalidUtf8(s);
  if (bad == std::string_view::npos) return Status::Ok();
  if (policy == InvalidUtf8Policy::kReport) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  *fixed = ReplaceInvalidUtf8(s);
  return Status::Ok();
}

std::size_t CountCodePoints(std::string_view s) {
  std::size_t n = 0;
  const unsigned char* p = Bytes(s);
  const unsigned char* end = p + s.size();
  while (p < end) {
    int len;
    DecodeUtf8(p, end, &len);
    p += len;
    ++n;
  }
  return n;
}

}  // namespace marsad::text
