// Little-endian fixed-width and varint coding of the model file's fields, with readers
// that fail (return false) instead of reading past the end.
#ifndef MARSAD_TRANSLIT_CODING_H_
#define MARSAD_TRANSLIT_CODING_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::translit::coding {

inline void PutVarint(std::uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

inline void PutFixed16(std::uint16_t v, std::string* out) {
  out->push_back(static_cast<char>(v & 0xFF));
  out->push_back(static_cast<char>(v >> 8));
}

inline void PutFixed32(std::uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

inline void PutFixed64(std::uint64_t v, std::string* out) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

inline void PutString(std::string_view s, std::string* out) {
  PutVarint(s.size(), out);
  out->append(s);
}

inline bool GetVarint(std::string_view* in, std::uint64_t* v) {
  std::uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in->front());
    in->remove_prefix(1);
    result |= std::uint64_t{byte & 0x7Fu} << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  return false;
}

inline bool GetFixed16(std::string_view* in, std::uint16_t* v) {
  if (in->size() < 2) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(in->data());
  *v = static_cast<std::uint16_t>(p[0] | (p[1] << 8));
  in->remove_prefix(2);
  return true;
}

inline std::uint32_t DecodeFixed32(const char* data) {
  const auto* p = reinterpret_cast<const unsigned char*>(data);
  return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 |
         std::uint32_t{p[3]} << 24;
}

inline std::uint64_t DecodeFixed64(const char* data) {
  return std::uint64_t{DecodeFixed32(data)} | std::uint64_t{DecodeFixed32(data + 4)} << 32;
}

inline bool GetString(std::string_view* in, std::string_view* s) {
  std::uint64_t n = 0;
  if (!GetVarint(in, &n) || n > in->size()) return false;
  *s = in->substr(0, n);
  in->remove_prefix(n);
  return true;
}

}  // namespace marsad::translit::coding

#endif  // MARSAD_TRANSLIT_CODING_H_
