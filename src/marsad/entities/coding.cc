// Byte coding; see coding.h.
#include "marsad/entities/coding.h"

namespace marsad::entities {

void PutVarint(std::string* out, std::uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutSigned(std::string* out, std::int64_t v) {
  PutVarint(out, (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

void PutFixed32(std::string* out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

bool ByteReader::Varint(std::uint64_t* v) {
  std::uint64_t result = 0;
  for (int shift = 0; shift <= 63; shift += 7) {
    if (in_.empty()) return Fail();
    const auto b = static_cast<unsigned char>(in_.front());
    in_.remove_prefix(1);
    result |= std::uint64_t{b & 0x7Fu} << shift;
    if ((b & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  return Fail();
}

bool ByteReader::Varint32(std::uint32_t* v) {
  std::uint64_t x = 0;
  if (!Varint(&x) || x > 0xFFFFFFFFu) return Fail();
  *v = static_cast<std::uint32_t>(x);
  return true;
}

bool ByteReader::Signed(std::int64_t* v) {
  std::uint64_t x = 0;
  if (!Varint(&x)) return false;
  *v = static_cast<std::int64_t>(x >> 1) ^ -static_cast<std::int64_t>(x & 1);
  return true;
}

bool ByteReader::String(std::string* s) {
  std::uint64_t n = 0;
  if (!Varint(&n) || n > in_.size()) return Fail();
  s->assign(in_.substr(0, n));
  in_.remove_prefix(n);
  return true;
}

bool ByteReader::Byte(std::uint8_t* b) {
  if (in_.empty()) return Fail();
  *b = static_cast<std::uint8_t>(in_.front());
  in_.remove_prefix(1);
  return true;
}

bool ByteReader::Count(std::uint32_t* n) {
  if (!Varint32(n) || *n > in_.size()) return Fail();
  return true;
}

}  // namespace marsad::entities
