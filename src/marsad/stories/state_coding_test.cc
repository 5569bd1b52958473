// Byte coding and the string table of the stories state.
#include <gtest/gtest.h>

#include <limits>

#include "marsad/stories/state_coding.h"
#include "marsad/stories/string_table.h"

namespace marsad::stories {
namespace {

TEST(CodingTest, RoundTrip) {
  std::string b;
  PutVarint(&b, 0);
  PutVarint(&b, 300);
  PutVarint(&b, std::numeric_limits<std::uint64_t>::max());
  PutSigned(&b, -5);
  PutSigned(&b, std::numeric_limits<std::int64_t>::min());
  PutFloat(&b, 0.25F);
  PutString(&b, "بوتين");
  PutFixed32(&b, 0xDEADBEEF);
  ByteReader r(b);
  std::uint64_t u = 1;
  std::int64_t s = 0;
  float f = 0;
  std::string str;
  std::uint32_t x = 0;
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
  ASSERT_TRUE(r.Float(&f));
  EXPECT_EQ(f, 0.25F);
  ASSERT_TRUE(r.String(&str));
  EXPECT_EQ(str, "بوتين");
  ASSERT_TRUE(r.Fixed32(&x));
  EXPECT_EQ(x, 0xDEADBEEFu);
  EXPECT_TRUE(r.done());
  EXPECT_FALSE(r.Varint(&u));  // past the end
  EXPECT_FALSE(r.ok());
}

TEST(CodingTest, CorruptInputFailsWithoutReadingPastTheEnd) {
  std::string b;
  PutVarint(&b, 1000000);  // a count far larger than what follows
  ByteReader r(b);
  std::uint32_t n = 0;
  EXPECT_FALSE(r.Count(&n));
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
}

TEST(StringTableTest, InternsByKindAndText) {
  StringTable t;
  bool added = false;
  const std::uint32_t a = t.Intern(0, "بوت", &added);
  EXPECT_TRUE(added);
  const std::uint32_t b = t.Intern(2, "بوت", &added);  // same text, other kind
  EXPECT_TRUE(added);
  EXPECT_NE(a, b);
  EXPECT_EQ(t.Intern(0, "بوت", &added), a);
  EXPECT_FALSE(added);
  EXPECT_EQ(t.Find(2, "بوت"), b);
  EXPECT_EQ(t.Find(1, "بوت"), StringTable::kMissing);
  EXPECT_EQ(t.text(b), "بوت");
  EXPECT_EQ(t.kind(b), 2);
  // Many entries: growth keeps every id.
  for (int i = 0; i < 5000; ++i) {
    std::string key = std::to_string(i);
    key.insert(key.begin(), 'w');
    t.Intern(0, key);
  }
  EXPECT_EQ(t.size(), 5002u);
  EXPECT_EQ(t.Find(0, "w4999"), 5001u);
  EXPECT_EQ(t.text(5001), "w4999");
  EXPECT_EQ(t.Intern(0, ""), 5002u);  // the empty text is a key too
  EXPECT_EQ(t.Find(0, ""), 5002u);
}

}  // namespace
}  // namespace marsad::stories
