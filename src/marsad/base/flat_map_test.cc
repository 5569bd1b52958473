#include "marsad/base/flat_map.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace marsad::base {
namespace {

// The value of `key`, or nullopt (a copy: no pointer for the test to dereference).
template <typename K, typename V>
std::optional<V> Get(const FlatMap<K, V>& m, K key) {
  const V* v = m.Find(key);
  return v == nullptr ? std::nullopt : std::optional<V>(*v);
}

TEST(FlatMapTest, FindsWhatWasInserted) {
  FlatMap<std::uint64_t, std::uint32_t> m;
  EXPECT_EQ(m.Find(7), nullptr);  // empty: no slots yet
  m.FindOrInsert(7) = 70;
  m.FindOrInsert(9, 90);
  EXPECT_EQ(m.FindOrInsert(7, 1), 70U);  // present: keeps its value
  EXPECT_EQ(Get<std::uint64_t>(m, 9), 90U);
  EXPECT_EQ(m.Find(8), nullptr);
  EXPECT_EQ(m.size(), 2U);
}

TEST(FlatMapTest, GrowsAndKeepsEveryKey) {
  FlatMap<std::uint64_t, std::uint64_t> m;
  for (std::uint64_t k = 1; k <= 10000; ++k) m.FindOrInsert(k * 1024) = k;  // same low bits
  EXPECT_EQ(m.size(), 10000U);
  for (std::uint64_t k = 1; k <= 10000; ++k) {
    EXPECT_EQ(Get(m, k * 1024), k) << k;
  }
  EXPECT_EQ(m.Find(1023), nullptr);
}

TEST(FlatMapTest, ClearEmptiesAndStaysUsable) {
  FlatMap<std::uint64_t, std::uint32_t> m;
  for (std::uint64_t k = 1; k <= 100; ++k) m.FindOrInsert(k) = 1;
  const std::size_t bytes = m.MemoryBytes();
  m.Clear();
  EXPECT_EQ(m.size(), 0U);
  EXPECT_EQ(m.Find(5), nullptr);
  EXPECT_EQ(m.MemoryBytes(), bytes);  // the slots are kept for the next fill
  m.FindOrInsert(5) = 2;
  EXPECT_EQ(Get<std::uint64_t>(m, 5), 2U);
}

TEST(FlatMapTest, HashBytesIsStable) {
  // Model files store these hashes: a change here must bump the model version.
  EXPECT_EQ(HashBytes("abcdefghij", 0), 0xdd66ec2481201d38ULL);  // 8 bytes and a tail
  EXPECT_EQ(HashBytes("", 7), 0x21da6159297ea42eULL);
  EXPECT_NE(HashBytes("a", 0), HashBytes("a", 1));
  EXPECT_NE(HashBytes("abcdefgh", 0), HashBytes(std::string_view("abcdefgh\0", 9), 0));
  EXPECT_EQ(NonZero<std::uint64_t>(0), 1U);
  EXPECT_EQ(NonZero<std::uint64_t>(42), 42U);
}

}  // namespace
}  // namespace marsad::base
