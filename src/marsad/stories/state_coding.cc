// Varints, strings, floats and CRC-32C for the stories state.
#include "marsad/stories/state_coding.h"

#include <bit>
#include <cstring>

namespace marsad::stories {

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

void PutFixed32(std::string* out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void PutFloat(std::string* out, float v) { PutFixed32(out, std::bit_cast<std::uint32_t>(v)); }

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

bool ByteReader::Varint(std::uint64_t* v) {
  std::uint64_t result = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (in_.empty()) return Fail();
    const auto byte = static_cast<unsigned char>(in_.front());
    in_.remove_prefix(1);
    result |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  return Fail();
}

bool ByteReader::Varint32(std::uint32_t* v) {
  std::uint64_t x = 0;
  if (!Varint(&x)) return false;
  if (x > 0xFFFFFFFFu) return Fail();
  *v = static_cast<std::uint32_t>(x);
  return true;
}

bool ByteReader::Signed(std::int64_t* v) {
  std::uint64_t x = 0;
  if (!Varint(&x)) return false;
  *v = static_cast<std::int64_t>((x >> 1) ^ (~(x & 1) + 1));
  return true;
}

bool ByteReader::Fixed32(std::uint32_t* v) {
  if (in_.size() < 4) return Fail();
  std::uint32_t x = 0;
  for (int i = 0; i < 4; ++i) {
    x |= static_cast<std::uint32_t>(static_cast<unsigned char>(in_[static_cast<std::size_t>(i)]))
         << (8 * i);
  }
  in_.remove_prefix(4);
  *v = x;
  return true;
}

bool ByteReader::Float(float* v) {
  std::uint32_t x = 0;
  if (!Fixed32(&x)) return false;
  *v = std::bit_cast<float>(x);
  return true;
}

bool ByteReader::String(std::string* s) {
  std::uint64_t n = 0;
  if (!Varint(&n)) return false;
  if (n > in_.size()) return Fail();
  s->assign(in_.data(), static_cast<std::size_t>(n));
  in_.remove_prefix(static_cast<std::size_t>(n));
  return true;
}

bool ByteReader::Count(std::uint32_t* n, std::size_t min_bytes) {
  if (!Varint32(n)) return false;
  if (min_bytes > 0 && *n > in_.size() / min_bytes) return Fail();
  return true;
}

}  // namespace marsad::stories
