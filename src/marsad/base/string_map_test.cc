#include "marsad/base/string_map.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::base {
namespace {

// The value of `key`, or nullopt (a copy: no pointer for the test to dereference).
template <typename V, typename H>
std::optional<V> Get(const StringMap<V, H>& m, std::string_view key) {
  const V* v = m.Find(key);
  return v == nullptr ? std::nullopt : std::optional<V>(*v);
}

// Every key hashes alike: only the key bytes tell entries apart.
struct CollidingHash {
  std::uint64_t operator()(std::string_view) const { return 0x1234567800000005ULL; }
};

TEST(StringMapTest, LooksUpByStringViewWithoutAStringKey) {
  StringMap<int> m;
  EXPECT_EQ(m.Find("بوتين"), nullptr);  // empty: no slots yet
  m["بوتين"] = 1;
  const std::string text = "فلاديمير بوتين";
  const std::string_view word = std::string_view(text).substr(text.find(' ') + 1);
  EXPECT_EQ(Get(m, word), 1);
  EXPECT_EQ(m.Find("بوتن"), nullptr);
  EXPECT_EQ(m.Find(std::string_view(text).substr(0, 4)), nullptr);  // a prefix is another key
}

TEST(StringMapTest, TryEmplaceKeepsThePresentValue) {
  StringMap<std::string> m;
  auto [v, inserted] = m.TryEmplace("داعش", "first");
  EXPECT_TRUE(inserted);
  EXPECT_EQ(*v, "first");
  auto [w, again] = m.TryEmplace("داعش", "second");
  EXPECT_FALSE(again);
  EXPECT_EQ(*w, "first");
  EXPECT_EQ(m.size(), 1U);
}

TEST(StringMapTest, EmptyKeyIsAKeyLikeAnother) {
  StringMap<int> m;
  m["a"] = 1;
  EXPECT_EQ(m.Find(""), nullptr);
  m[""] = 2;
  m[std::string_view()] += 3;  // a null view is the same empty key
  EXPECT_EQ(Get(m, ""), 5);
  EXPECT_EQ(m.size(), 2U);
}

TEST(StringMapTest, CollidingHashesAreToldApartByTheirBytes) {
  StringMap<int, CollidingHash> m;
  const std::vector<std::string> keys = {"", "a", "ab", "ba", "كيم", "كيم ", "aaaaaaaaaaaaaaaaaaaa"};
  for (std::size_t i = 0; i < keys.size(); ++i) m[keys[i]] = static_cast<int>(i);
  EXPECT_EQ(m.size(), keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(Get(m, keys[i]), static_cast<int>(i)) << keys[i];
  }
  EXPECT_EQ(m.Find("abc"), nullptr);
  EXPECT_EQ(m.Find("b"), nullptr);
}

TEST(StringMapTest, GrowsKeepingValuesAndInsertionOrder) {
  StringMap<std::vector<int>> m;
  for (int i = 0; i < 5000; ++i) m[std::to_string(i)].push_back(i);
  for (int i = 0; i < 5000; i += 2) m[std::to_string(i)].push_back(-i);  // present: appended to
  EXPECT_EQ(m.size(), 5000U);
  for (int i = 0; i < 5000; ++i) {
    const std::vector<int> want = i % 2 == 0 ? std::vector<int>{i, -i} : std::vector<int>{i};
    EXPECT_EQ(Get(m, std::to_string(i)), want) << i;
  }
  int next = 0;
  m.ForEach([&](std::string_view key, const std::vector<int>& v) {
    EXPECT_EQ(key, std::to_string(next));
    EXPECT_EQ(v.front(), next);
    ++next;
  });
  EXPECT_EQ(next, 5000);
}

TEST(StringMapTest, ClearEmptiesAndStaysUsable) {
  StringMap<int> m;
  for (int i = 0; i < 100; ++i) m[std::to_string(i)] = i;
  m.Clear();
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.Find("5"), nullptr);
  m["5"] = 7;
  EXPECT_EQ(Get(m, "5"), 7);
  int seen = 0;
  m.ForEach([&](std::string_view, int) { ++seen; });
  EXPECT_EQ(seen, 1);
}

}  // namespace
}  // namespace marsad::base
