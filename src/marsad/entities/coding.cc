// Byte coding; see coding.h.
#include "marsad/entities/coding.h"

#include <array>

namespace marsad::entities {
namespace {

constexpr std::uint32_t kCastagnoli = 0x82F63B78u;  // reversed polynomial

// Slicing-by-8 tables: t[0] is the byte-at-a-time table; t[k][i] is the CRC of byte i
// followed by k zero bytes, so eight bytes are folded in with eight look-ups (every batch's
// delta and every snapshot are checksummed, a byte at a time that showed in profiles).
using CrcTables = std::array<std::array<std::uint32_t, 256>, 8>;
constexpr CrcTables MakeCrcTables() {
  CrcTables t{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? (c >> 1) ^ kCastagnoli : c >> 1;
    t[0][i] = c;
  }
  for (std::size_t k = 1; k < 8; ++k) {
    for (std::uint32_t i = 0; i < 256; ++i) t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFF];
  }
  return t;
}
constexpr CrcTables kCrcTables = MakeCrcTables();

std::uint32_t LoadLittle32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

}  // namespace

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

std::uint32_t Crc32c(std::string_view data, std::uint32_t crc) {
  const CrcTables& t = kCrcTables;
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t n = data.size();
  crc = ~crc;
  for (; n >= 8; p += 8, n -= 8) {
    const std::uint32_t lo = crc ^ LoadLittle32(p);
    const std::uint32_t hi = LoadLittle32(p + 4);
    crc = t[7][lo & 0xFF] ^ t[6][(lo >> 8) & 0xFF] ^ t[5][(lo >> 16) & 0xFF] ^ t[4][lo >> 24] ^
          t[3][hi & 0xFF] ^ t[2][(hi >> 8) & 0xFF] ^ t[1][(hi >> 16) & 0xFF] ^ t[0][hi >> 24];
  }
  for (; n > 0; ++p, --n) crc = t[0][(crc ^ *p) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

}  // namespace marsad::entities
