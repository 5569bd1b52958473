// UTF-8 encoding, validation and repair.
#include "marsad/text/utf8.h"

#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
#if defined(__SSE2__)
  // 16 bytes at a time while they are ASCII and well-formed two-byte sequences (Arabic):
  // there the count is the bytes that are not continuations. `p` stays where the decoder
  // would start a code point, so a block that fails the test (another length, an invalid
  // byte) is decoded one code point at a time as below, and the count is the same.
  const __m128i cont_below = _mm_set1_epi8(static_cast<char>(0xC0));  // 0x80..0xBF, signed
  const __m128i lead_above = _mm_set1_epi8(static_cast<char>(0xC1));
  const __m128i lead_below = _mm_set1_epi8(static_cast<char>(0xE0));  // 0xC2..0xDF
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
    if (high == 0) {
      n += 16;
      p += 16;
      continue;
    }
    const unsigned cont = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, cont_below)));
    const unsigned lead = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, lead_above), _mm_cmplt_epi8(v, lead_below))));
    // Every high byte a lead or a continuation, every continuation right after a lead and
    // every lead (but one in the last byte) right before one.
    if ((cont | lead) == high && cont == ((lead << 1) & 0xFFFFu)) {
      const int take = (lead & 0x8000u) != 0 ? 15 : 16;  // a last lead starts the next block
      n += static_cast<std::size_t>(take - __builtin_popcount(cont));
      p += take;
      continue;
    }
    const unsigned char* const stop = p + 16;
    while (p < stop) {
      int len;
      DecodeUtf8(p, end, &len);
      p += len;
      ++n;
    }
  }
#endif
  while (p < end) {
    int len;
    DecodeUtf8(p, end, &len);
    p += len;
    ++n;
  }
  return n;
}

std::u32string ToCodePoints(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    int len = 1;
    out.push_back(DecodeUtf8(p, end, &len));
    p += len;
  }
  return out;
}

}  // namespace marsad::text
