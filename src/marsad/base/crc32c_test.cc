#include "marsad/base/crc32c.h"

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

namespace marsad::base {
namespace {

// The CRC-32C by its bit-by-bit definition (reflected polynomial 0x82F63B78).
std::uint32_t Bitwise(std::string_view data) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char ch : data) {
    c ^= ch;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
  }
  return ~c;
}

TEST(Crc32cTest, KnownValues) {
  EXPECT_EQ(Crc32c(""), 0u);
  EXPECT_EQ(Crc32c("123456789"), 0xE3069283u);  // the CRC-32C check value
  // RFC 3720 B.4: 32 bytes of zeros, of ones, ascending and descending bytes.
  std::string up, down;
  for (int i = 0; i < 32; ++i) {
    up.push_back(static_cast<char>(i));
    down.push_back(static_cast<char>(31 - i));
  }
  EXPECT_EQ(Crc32c(std::string(32, '\0')), 0x8A9136AAu);
  EXPECT_EQ(Crc32c(std::string(32, '\xff')), 0x62A8AB43u);
  EXPECT_EQ(Crc32c(up), 0x46DD794Eu);
  EXPECT_EQ(Crc32c(down), 0x113FDB5Cu);
  EXPECT_EQ(internal::Crc32cPortable("123456789"), 0xE3069283u);
}

// Crc32c (SSE4.2 where the CPU has it) and the table-driven CRC equal the definition at
// every length and alignment around their 8-byte steps, and when extended piece by piece.
TEST(Crc32cTest, BothPathsMatchTheDefinitionAtEveryLengthAndOffset) {
  std::string data(600, '\0');
  std::uint32_t x = 12345;
  for (char& c : data) {
    x = x * 1103515245U + 12345U;
    c = static_cast<char>(x >> 24);
  }
  for (std::size_t offset = 0; offset < 8; ++offset) {
    for (std::size_t len = 0; len + offset <= 300; ++len) {
      const std::string_view piece(data.data() + offset, len);
      const std::uint32_t want = Bitwise(piece);
      ASSERT_EQ(Crc32c(piece), want) << offset << " " << len;
      ASSERT_EQ(internal::Crc32cPortable(piece), want) << offset << " " << len;
      ASSERT_EQ(Crc32c(piece, 0xDEADBEEFU), internal::Crc32cPortable(piece, 0xDEADBEEFU));
      const std::size_t cut = len / 3;
      ASSERT_EQ(Crc32c(piece.substr(cut), Crc32c(piece.substr(0, cut))), want) << offset << " " << len;
    }
  }
}

}  // namespace
}  // namespace marsad::base
