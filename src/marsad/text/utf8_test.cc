#include "marsad/text/utf8.h"

#include <gtest/gtest.h>

#include <random>

namespace marsad::text {
namespace {

TEST(Utf8Test, DecodesEveryLength) {
  const std::string s = "aب€😀";
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  int len;
  EXPECT_EQ(DecodeUtf8(p, end, &len), U'a');
  EXPECT_EQ(len, 1);
  EXPECT_EQ(DecodeUtf8(p + 1, end, &len), U'ب');
  EXPECT_EQ(len, 2);
  EXPECT_EQ(DecodeUtf8(p + 3, end, &len), U'€');
  EXPECT_EQ(len, 3);
  EXPECT_EQ(DecodeUtf8(p + 6, end, &len), U'😀');
  EXPECT_EQ(len, 4);
}

struct BadCase {
  const char* bytes;
  std::size_t offset;
};
constexpr BadCase kBad[] = {
    {"ab\xff", 2},             // a byte that never starts a sequence
    {"\xc0\xaf", 0},           // overlong '/'
    {"\xed\xa0\x80", 0},       // a UTF-16 surrogate
    {"\xf4\x90\x80\x80", 0},   // beyond U+10FFFF
    {"\xd8", 0},               // truncated: lead byte at the end
    {"\xd8" "a", 0},           // truncated: continuation missing
    {"ok \xe2\x82", 3},        // truncated three-byte sequence
};

TEST(Utf8Test, ReportsTheOffsetOfInvalidSequences) {
  for (const BadCase& c : kBad) {
    EXPECT_EQ(FindInvalidUtf8(c.bytes), c.offset) << c.bytes;
    std::string fixed;
    Status s = CheckUtf8(c.bytes, InvalidUtf8Policy::kReport, &fixed);
    EXPECT_TRUE(s.IsInvalidArgument());
    EXPECT_EQ(s.message(), "invalid UTF-8 at byte " + std::to_string(c.offset));
  }
}

TEST(Utf8Test, ReplacesInvalidBytes) {
  EXPECT_EQ(ReplaceInvalidUtf8("a\xffب"), "a\xef\xbf\xbdب");
  EXPECT_EQ(ReplaceInvalidUtf8("\xd8"), "\xef\xbf\xbd");
  std::string fixed;
  ASSERT_TRUE(CheckUtf8("x\xfe", InvalidUtf8Policy::kReplace, &fixed).ok());
  EXPECT_EQ(fixed, "x\xef\xbf\xbd");
  ASSERT_TRUE(CheckUtf8("سليم", InvalidUtf8Policy::kReplace, &fixed).ok());
  EXPECT_TRUE(fixed.empty());  // valid input is not copied
}

TEST(Utf8Test, ValidTextAndLiteralReplacementChar) {
  EXPECT_EQ(FindInvalidUtf8("مرصد \xef\xbf\xbd ok"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8(""), std::string_view::npos);
}

TEST(Utf8Test, EncodeRoundTrip) {
  for (char32_t c : {U'\0', U'a', U'\u07FF', U'\u0800', U'ب', U'\uFFFF', U'\U00010000', U'\U0010FFFF'}) {
    std::string s;
    AppendUtf8(c, &s);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    int len;
    EXPECT_EQ(DecodeUtf8(p, p + s.size(), &len), c);
    EXPECT_EQ(static_cast<std::size_t>(len), s.size());
  }
  EXPECT_EQ(CountCodePoints("أحمد\xff"), 5u);
}

// The code-point count decoded one at a time, as CountCodePoints did before its 16-byte path.
std::size_t CountOneByOne(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  std::size_t n = 0;
  while (p < end) {
    int len;
    DecodeUtf8(p, end, &len);
    p += len;
    ++n;
  }
  return n;
}

TEST(Utf8Test, CountCodePointsAgreesWithTheDecoderOnAnyBytes) {
  // Pieces that meet the 16-byte blocks at every offset: ASCII, Arabic (two bytes), three-
  // and four-byte characters, stray continuations, truncated and invalid leads, overlongs.
  const std::string_view pieces[] = {"a",  " ",     "ب",    "ـ",        "\xd9\x8e", "٣",  "€",
                                     "😀", "\x80", "\xbf", "\xd8",    "\xc0\xaf", "\xc1", "\xff",
                                     "\xe2\x82", "\xed\xa0\x80", "\xdf\xbf", "\xc2\x80"};
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int pieces_wanted = static_cast<int>(rng() % 40);
    // Mostly Arabic and ASCII, as news is, so that long valid runs meet odd bytes.
    for (int k = 0; k < pieces_wanted; ++k) {
      const std::size_t r = rng() % 100;
      s += r < 60 ? pieces[2] : r < 80 ? pieces[1 - (r & 1)] : pieces[rng() % std::size(pieces)];
    }
    ASSERT_EQ(CountCodePoints(s), CountOneByOne(s)) << round;
    for (std::size_t cut = 1; cut < 4 && cut <= s.size(); ++cut) {
      ASSERT_EQ(CountCodePoints(std::string_view(s).substr(cut)), CountOneByOne(std::string_view(s).substr(cut)))
          << round;
    }
  }
  // A lead in the last byte of a block, its continuation in the next.
  const std::string lead_last = std::string(15, 'a') + "ب" + std::string(20, 'b');
  EXPECT_EQ(CountCodePoints(lead_last), 36u);
  EXPECT_EQ(CountCodePoints(std::string(15, 'a') + "\xd8"), 16u);
  EXPECT_EQ(CountCodePoints(std::string(32, 'a')), 32u);
}

TEST(Utf8Test, ToCodePoints) {
  EXPECT_EQ(ToCodePoints("لافروف"), U"لافروف");
  EXPECT_EQ(ToCodePoints("a\xC3\xB6\xF0\x9F\x98\x80"), U"a\u00F6\U0001F600");  // 1-, 2- and 4-byte
  EXPECT_EQ(ToCodePoints("x\xFFy"), U"x\uFFFDy");  // an invalid byte reads as U+FFFD
  EXPECT_EQ(ToCodePoints(""), U"");
}

}  // namespace
}  // namespace marsad::text
