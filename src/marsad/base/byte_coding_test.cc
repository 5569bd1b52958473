// The stored records' byte coding: every value round-trips, a corrupt input fails without
// reading past its end, and the wire form is pinned (stores written before must read back).
#include "marsad/base/byte_coding.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <string>

namespace marsad::base {
namespace {

TEST(ByteCodingTest, RoundTrip) {
  std::string b;
  PutVarint(&b, 0);
  PutVarint(&b, 300);
  PutVarint(&b, std::numeric_limits<std::uint64_t>::max());
  PutSigned(&b, -5);
  PutSigned(&b, std::numeric_limits<std::int64_t>::min());
  PutSigned(&b, std::numeric_limits<std::int64_t>::max());
  PutFloat(&b, 0.25F);
  PutString(&b, "بوتين");
  PutFixed16(&b, 0xBEEF);
  PutFixed32(&b, 0xDEADBEEF);
  PutFixed64(&b, 0x0123456789ABCDEFull);
  b.push_back('\x07');
  PutString(&b, "");
  ByteReader r(b);
  std::uint64_t u = 1;
  std::int64_t s = 0;
  float f = 0;
  std::string str;
  std::string_view view;
  std::uint16_t x16 = 0;
  std::uint32_t x = 0;
  std::uint8_t byte = 0;
  ASSERT_TRUE(r.Varint(&u));
  EXPECT_EQ(u, 0u);
  ASSERT_TRUE(r.Varint(&u));
  EXPECT_EQ(u, 300u);
  ASSERT_TRUE(r.Varint(&u));
  EXPECT_EQ(u, std::numeric_limits<std::uint64_t>::max());
  ASSERT_TRUE(r.Signed(&s));
  EXPECT_EQ(s, -5);
  ASSERT_TRUE(r.Signed(&s));
  EXPECT_EQ(s, std::numeric_limits<std::int64_t>::min());
  ASSERT_TRUE(r.Signed(&s));
  EXPECT_EQ(s, std::numeric_limits<std::int64_t>::max());
  ASSERT_TRUE(r.Float(&f));
  EXPECT_EQ(f, 0.25F);
  ASSERT_TRUE(r.String(&str));
  EXPECT_EQ(str, "بوتين");
  ASSERT_TRUE(r.Fixed16(&x16));
  EXPECT_EQ(x16, 0xBEEF);
  ASSERT_TRUE(r.Fixed32(&x));
  EXPECT_EQ(x, 0xDEADBEEFu);
  ASSERT_TRUE(r.Fixed64(&u));
  EXPECT_EQ(u, 0x0123456789ABCDEFull);
  ASSERT_TRUE(r.Byte(&byte));
  EXPECT_EQ(byte, 7);
  ASSERT_TRUE(r.StringView(&view));
  EXPECT_EQ(view, "");
  EXPECT_TRUE(r.done());
  EXPECT_TRUE(r.ok());
  EXPECT_FALSE(r.Varint(&u));  // past the end
  EXPECT_FALSE(r.ok());
}

// The bytes themselves: stores and state files already written hold them.
TEST(ByteCodingTest, WireFormIsPinned) {
  std::string b;
  PutVarint(&b, 300);   // LEB128: low 7 bits first
  PutSigned(&b, -2);    // zig-zag: -2 -> 3
  PutFixed32(&b, 0x01020304);
  PutFloat(&b, 1.0F);
  PutString(&b, "ab");
  EXPECT_EQ(b, std::string("\xAC\x02\x03\x04\x03\x02\x01\x00\x00\x80\x3F\x02" "ab", 14));
}

// VarintWriter writes the bytes PutVarint and push_back would, across its buffer's flushes
// (values of every length, bytes in between, a string already holding bytes).
TEST(ByteCodingTest, VarintWriterWritesWhatPutVarintWrites) {
  std::mt19937_64 rng(14);
  for (int round = 0; round < 200; ++round) {
    std::string want = "head";
    std::string got = want;
    {
      VarintWriter w(&got);
      for (int i = static_cast<int>(rng() % 400); i > 0; --i) {
        if (rng() % 5 == 0) {
          const char c = static_cast<char>(rng() & 0xFF);
          want.push_back(c);
          w.Byte(c);
          continue;
        }
        const std::uint64_t v = rng() >> (rng() % 64);
        PutVarint(&want, v);
        w.Varint(v);
      }
      if (round % 2 == 0) w.Flush();
    }
    ASSERT_EQ(got, want) << "round " << round;
  }
}

TEST(ByteCodingTest, CorruptInputFailsWithoutReadingPastTheEnd) {
  std::string b;
  PutVarint(&b, 1000000);  // a count far larger than what follows
  ByteReader r(b);
  std::uint32_t n = 0;
  EXPECT_FALSE(r.Count(&n));
  EXPECT_FALSE(r.ok());
  const std::string endless(12, '\xff');  // a varint that never ends
  ByteReader s(endless);
  std::uint64_t u = 0;
  EXPECT_FALSE(s.Varint(&u));
  std::string str;
  std::string big;
  PutVarint(&big, 50);
  big += "short";
  ByteReader t(big);
  EXPECT_FALSE(t.String(&str));
  std::uint8_t byte = 0;
  EXPECT_FALSE(t.Byte(&byte));  // a failed reader stays failed: nothing more is read
  std::string wide;
  PutVarint(&wide, std::uint64_t{1} << 32);
  ByteReader w(wide);
  std::uint32_t x = 0;
  EXPECT_FALSE(w.Varint32(&x));  // does not fit
  std::string narrow;
  PutVarint(&narrow, 256);
  ByteReader nr(narrow);
  std::uint8_t small = 0;
  EXPECT_FALSE(nr.VarintAs(&small));
  ByteReader three(std::string_view("\x01\x02\x03", 3));
  EXPECT_FALSE(three.Fixed32(&x));
  std::string_view bytes;
  ByteReader four(std::string_view("abcd"));
  EXPECT_TRUE(four.Bytes(3, &bytes));
  EXPECT_EQ(bytes, "abc");
  EXPECT_FALSE(four.Bytes(2, &bytes));
}

TEST(ByteCodingTest, CountChecksTheBytesEachItemTakes) {
  std::string b;
  PutVarint(&b, 3);
  b += "abcdef";  // room for 3 items of 2 bytes, not of 3
  ByteReader two(b);
  std::uint32_t n = 0;
  EXPECT_TRUE(two.Count(&n, 2));
  EXPECT_EQ(n, 3u);
  ByteReader three(b);
  EXPECT_FALSE(three.Count(&n, 3));
}

}  // namespace
}  // namespace marsad::base
