#include "marsad/index/term_dict.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::index {
namespace {

std::string Build(const std::vector<std::string>& terms) {
  TermDictWriter w;
  std::uint64_t off = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    w.Add(terms[i], TermInfo{static_cast<std::uint32_t>(i + 1), off, 10 + i});
    off += 10 + i;
  }
  std::string out;
  w.Finish(&out);
  return out;
}

TEST(TermDictTest, FindsEveryTermAndNothingElse) {
  std::vector<std::string> terms;
  for (int i = 0; i < 1000; ++i) terms.push_back("\x02" "كتاب" + std::to_string(10000 + i));
  const std::string bytes = Build(terms);
  TermDict d;
  ASSERT_TRUE(d.Init(bytes).ok());
  EXPECT_EQ(d.size(), 1000U);
  std::uint64_t off = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    auto info = d.Find(terms[i]);
    ASSERT_TRUE(info.has_value()) << i;
    EXPECT_EQ(info->df, i + 1);
    EXPECT_EQ(info->offset, off);
    EXPECT_EQ(info->size, 10 + i);
    off += 10 + i;
  }
  EXPECT_FALSE(d.Find("\x02" "كتاب").has_value());
  EXPECT_FALSE(d.Find("\x02" "كتاب99999").has_value());
  EXPECT_FALSE(d.Find("").has_value());
  EXPECT_FALSE(d.Find("\xff").has_value());
}

TEST(TermDictTest, SeekScansAPrefixRange) {
  const std::vector<std::string> terms = {"\x01" "ال", "\x01" "لافروف", "\x01" "لافرينتيف", "\x01" "لبنان",
                                          "\x02" "لافر"};
  const std::string bytes = Build(terms);
  TermDict d;
  ASSERT_TRUE(d.Init(bytes).ok());
  std::vector<std::string> got;
  const std::string prefix = "\x01" "لافر";
  for (auto it = d.Seek(prefix); it.Valid() && it.term().substr(0, prefix.size()) == prefix; it.Next()) {
    got.emplace_back(it.term());
  }
  EXPECT_EQ(got, (std::vector<std::string>{"\x01" "لافروف", "\x01" "لافرينتيف"}));
  std::size_t n = 0;
  for (auto it = d.Seek(""); it.Valid(); it.Next()) ++n;
  EXPECT_EQ(n, terms.size());
}

TEST(TermDictTest, EmptyAndDamaged) {
  TermDict d;
  ASSERT_TRUE(d.Init(Build({})).ok());
  EXPECT_FALSE(d.Seek("").Valid());
  EXPECT_TRUE(d.Init("abc").IsCorruption());
  std::string bytes = Build({"\x01" "a", "\x01" "b"});
  bytes[bytes.size() - 1] = 9;  // term count
  EXPECT_TRUE(d.Init(bytes).IsCorruption());
}

}  // namespace
}  // namespace marsad::index
