// WordSet: membership by exact bytes, whatever the length, with no false hits.
#include "marsad/text/word_set.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace marsad::text {
namespace {

TEST(WordSetTest, ContainsExactlyTheWordsInserted) {
  WordSet set;
  EXPECT_FALSE(set.Contains(""));
  EXPECT_FALSE(set.Contains("في"));
  const std::string long_word(70, 'x');
  for (std::string_view w : {"في", "من", "على", "الذي", "استراتيجية", "a", "abcdefgh", "abcdefghi"}) {
    set.Insert(w);
  }
  set.Insert(long_word);
  set.Insert("في");  // again: no-op
  EXPECT_EQ(set.size(), 9U);
  struct Case {
    std::string_view word;
    bool in;
  };
  const Case cases[] = {
      {"في", true},        {"من", true},         {"على", true},     {"الذي", true},
      {"استراتيجية", true}, {"a", true},          {"abcdefgh", true}, {"abcdefghi", true},
      {"", false},          {"ف", false},         {"فيه", false},    {"الذى", false},
      {"abcdefg", false},   {"abcdefgi", false},  {"b", false},      {"abcdefghij", false},
      {"استراتيجيه", false},
  };
  for (const Case& c : cases) EXPECT_EQ(set.Contains(c.word), c.in) << c.word;
  EXPECT_TRUE(set.Contains(long_word));
  EXPECT_FALSE(set.Contains(std::string(71, 'x')));
  EXPECT_FALSE(set.Contains(std::string(69, 'x')));
}

TEST(WordSetTest, ManyWordsAgreeWithStdSet) {
  WordSet set;
  std::set<std::string> reference;
  for (int i = 0; i < 5000; i += 2) {
    const std::string w = std::string("w").append(std::to_string(i * 7919));
    set.Insert(w);
    reference.insert(w);
  }
  EXPECT_EQ(set.size(), reference.size());
  for (int i = 0; i < 5000; ++i) {
    const std::string w = std::string("w").append(std::to_string(i * 7919));
    EXPECT_EQ(set.Contains(w), reference.count(w) > 0) << w;
  }
}

TEST(WordSetTest, LoadsANormalizedList) {
  const Normalizer normalizer;
  const WordSet set("# comment\nإلى\nأن\n", normalizer);
  EXPECT_EQ(set.size(), 2U);
  EXPECT_TRUE(set.Contains(normalizer.Normalize("إلى")));
  EXPECT_TRUE(set.Contains(normalizer.Normalize("أن")));
}

}  // namespace
}  // namespace marsad::text
