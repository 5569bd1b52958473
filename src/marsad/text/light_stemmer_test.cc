#include "marsad/text/light_stemmer.h"

#include <gtest/gtest.h>

#include "marsad/text/utf8.h"

namespace marsad::text {
namespace {

struct Case {
  const char* word;  // as written
  const char* stem;
};

class LightStemmerTest : public ::testing::Test {
 protected:
  std::string Stem(std::string_view word, StemMode mode = StemMode::kFull) {
    std::string norm = normalizer_.Normalize(word);
    return std::string(stemmer_.Stem(norm, mode, !StartsWithHamzatedAlefLam(word)));
  }
  Normalizer normalizer_;
  LightStemmer stemmer_{normalizer_};
};

TEST_F(LightStemmerTest, Light10Affixes) {
  constexpr Case kCases[] = {
      {"والمبعوث", "مبعوث"},   // wa + al
      {"بالحكومة", "حكوم"},    // bi + al, then ة (as ه)
      {"للسلام", "سلام"},      // li + al
      {"وقال", "قال"},         // the conjunction wa
      {"الكتاب", "كتاب"},
      {"كتابها", "كتاب"},      // the pronoun ها
      {"المعلمون", "معلم"},
      {"الولايات", "ولا"},     // al + ات, then ي (as Light10)
      {"لاعبين", "لاعب"},
      {"عاما", "عام"},         // tanween alef
      {"قال", "قال"},          // too short for any rule
  };
  for (const Case& c : kCases) EXPECT_EQ(Stem(c.word), c.stem) << c.word;
}

TEST_F(LightStemmerTest, DoesBetterThanLuceneOnNames) {
  constexpr Case kCases[] = {
      {"ألكسندر", "الكسندر"},  // Lucene: كسندر. A hamzated alef is never the article.
      {"الكسندر", "الكسندر"},  // the same name without its hamza: listed
      {"ألمانيا", "المان"},    // listed: ال kept (Lucene: مانيا), then the endings
      {"المانيا", "المان"},
      {"إلغاء", "الغاء"},      // hamzated: not the article
      {"وزير", "وزير"},        // listed: the و belongs to the word
      {"واشنطن", "واشنطن"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Stem(c.word), c.stem) << c.word;
}

TEST_F(LightStemmerTest, ListedWordsKeepTheirPrefix) {
  EXPECT_EQ(stemmer_.StripPrefixes(normalizer_.Normalize("الله")), "الله");
  EXPECT_EQ(stemmer_.StripPrefixes(normalizer_.Normalize("وكالة")), "وكاله");
  EXPECT_EQ(stemmer_.StripPrefixes(normalizer_.Normalize("والله")), "الله");
}

TEST_F(LightStemmerTest, VariantsShareAStem) {
  // Lucene: استانا vs استان, سوريا vs سور.
  EXPECT_EQ(Stem("أستانا"), Stem("أستانة"));
  EXPECT_EQ(Stem("سوريا"), Stem("سورية"));
  EXPECT_EQ(Stem("سوريا"), Stem("السوري"));
  EXPECT_EQ(Stem("أحمد"), Stem("احمد"));
}

TEST_F(LightStemmerTest, NamesModeKeepsTheEnding) {
  EXPECT_EQ(Stem("وبوتين", StemMode::kCliticsOnly), "بوتين");
  EXPECT_EQ(Stem("بوتين", StemMode::kFull), "بوت");  // what the full stemmer would do to it
  EXPECT_EQ(Stem("والحريري", StemMode::kCliticsOnly), "حريري");
  EXPECT_EQ(Stem("لافرينتيف", StemMode::kCliticsOnly), "لافرينتيف");
}

TEST_F(LightStemmerTest, NeverBelowTwoLetters) {
  for (const char* w : {"وال", "الي", "ها", "و", "ال", "يه", "بان"}) {
    std::string norm = normalizer_.Normalize(w);
    EXPECT_GE(CountCodePoints(stemmer_.Stem(norm)), std::min<std::size_t>(2, CountCodePoints(norm)))
        << w;
  }
}

TEST(StartsWithHamzatedAlefLamTest, Table) {
  EXPECT_TRUE(StartsWithHamzatedAlefLam("ألكسندر"));
  EXPECT_TRUE(StartsWithHamzatedAlefLam("إلغاء"));
  EXPECT_TRUE(StartsWithHamzatedAlefLam("آلان"));
  EXPECT_TRUE(StartsWithHamzatedAlefLam("أَلْمانيا"));  // harakat between
  EXPECT_FALSE(StartsWithHamzatedAlefLam("الكسندر"));
  EXPECT_FALSE(StartsWithHamzatedAlefLam("أحمد"));
  EXPECT_FALSE(StartsWithHamzatedAlefLam("أ"));
}

}  // namespace
}  // namespace marsad::text
