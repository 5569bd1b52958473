#include "marsad/entities/word_shape.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/text/normalizer.h"

namespace marsad::entities {
namespace {

// Readings rendered "stem/flags" with flags c (conjunction), l/b/k (preposition), a (article).
std::string Readings(std::string_view word, bool article_possible = true) {
  const text::Normalizer norm;
  const std::string n = norm.Normalize(word);
  std::vector<CliticSplit> splits;
  SplitProclitics(n, 2, &splits, article_possible);
  std::string out;
  for (const CliticSplit& s : splits) {
    if (!out.empty()) out += ' ';
    out += s.stem;
    out += '/';
    if (s.conjunction) out += 'c';
    if (s.preposition != 0) out += s.preposition;
    if (s.article) out += 'a';
  }
  return out;
}

TEST(SplitProcliticsTest, Readings) {
  struct Case {
    const char* word;
    const char* want;
  };
  const Case cases[] = {
      {"الرئيس", "الرءيس/ رءيس/a"},
      {"للرئيس", "للرءيس/ لرءيس/l رءيس/la"},
      {"والرئيس", "والرءيس/ الرءيس/c رءيس/ca"},
      {"بالشركة", "بالشركه/ الشركه/b شركه/ba"},
      {"وزير", "وزير/ زير/c"},           // the word itself comes first: وزير is a head
      {"لبوتين", "لبوتين/ بوتين/l"},
      {"فيسبوك", "فيسبوك/ يسبوك/c"},
      {"قس", "قس/"},                     // two letters: nothing to peel
  };
  for (const Case& c : cases) EXPECT_EQ(Readings(c.word), c.want) << c.word;
}

TEST(SplitProcliticsTest, HamzatedAlefIsNoArticle) {
  // أليكسي: the alef carries a hamza, so ال is part of the name.
  EXPECT_EQ(Readings("أليكسي", /*article_possible=*/false), "اليكسي/");
  EXPECT_EQ(Readings("أليكسي", /*article_possible=*/true), "اليكسي/ يكسي/a");
}

TEST(WordShapeTest, NisbaStems) {
  const text::Normalizer norm;
  struct Case {
    const char* stem;
    bool nisba;
  };
  const Case cases[] = {
      {"روسي", true}, {"كورية", true}, {"تنفيذي", true}, {"شيوعي", true},
      {"ذي", false},    // الذي: too short
      {"تي", false},    // التي
      {"شهيرة", false}, {"وفد", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsNisbaStem(norm.Normalize(c.stem)), c.nisba) << c.stem;
}

TEST(WordShapeTest, DropLeadingLetters) {
  EXPECT_EQ(DropLeadingLetters("وبوتين", 1, false), "بوتين");
  EXPECT_EQ(DropLeadingLetters("للرئيس", 2, true), "الرئيس");
  EXPECT_EQ(DropLeadingLetters("ولِلرَّئيس", 3, true), "الرَّئيس");  // marks follow their letter
  EXPECT_EQ(DropLeadingLetters("بوتين", 0, false), "بوتين");
  EXPECT_EQ(Letters("بوتين"), 5u);
}

TEST(WordShapeTest, DropLeadingLettersIntoABufferReplacesIt) {
  std::string out = "a longer text that was in the buffer before";
  DropLeadingLetters("للرئيس", 2, true, &out);
  EXPECT_EQ(out, "الرئيس");
  DropLeadingLetters("وبوتين", 1, false, &out);
  EXPECT_EQ(out, "بوتين");
}

}  // namespace
}  // namespace marsad::entities
