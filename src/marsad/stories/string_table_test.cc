// The stories state's string table: (kind, text) → dense ids.
#include "marsad/stories/string_table.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::stories {
namespace {

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
