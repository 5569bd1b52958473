#include "marsad/text/analyzer.h"

#include <gtest/gtest.h>

#include <iterator>

namespace marsad::text {
namespace {

class AnalyzerTest : public ::testing::Test {
 protected:
  Analyzer analyzer_;
  TextAnalysis analysis_;
};

TEST_F(AnalyzerTest, IndexAndQueryAgree) {
  // Lucene's lesson: the same word, however it is written, analyses the same way.
  for (const char* form : {"أحمد", "احمد", "أحمدُ", "أَحْمَد", "احمـــد"}) {
    analyzer_.Analyze(form, &analysis_);
    ASSERT_EQ(analysis_.tokens.size(), 1u) << form;
    EXPECT_EQ(analysis_.norm(0), "احمد") << form;
    EXPECT_EQ(analysis_.stem(0), "احمد") << form;
    EXPECT_EQ(analysis_.key(0), "احمد") << form;
  }
}

TEST_F(AnalyzerTest, OffsetsNormStemKey) {
  const std::string text = "قال المبعوثُ الروسي ألكسندر لافرينتيف في أستانة.";
  analyzer_.Analyze(text, &analysis_);
  ASSERT_EQ(analysis_.tokens.size(), 8u);
  const AnalyzedToken& t = analysis_.tokens[1];
  EXPECT_EQ(t.token.In(text), "المبعوثُ");  // the original, with its damma
  EXPECT_EQ(analysis_.norm(1), "المبعوث");
  EXPECT_EQ(analysis_.stem(1), "مبعوث");
  EXPECT_EQ(analysis_.norm(3), "الكسندر");
  EXPECT_EQ(analysis_.stem(3), "الكسندر");  // not كسندر
  EXPECT_EQ(analysis_.key(4), "لفرنتف");
  EXPECT_EQ(analysis_.stem(6), "استان");
  EXPECT_EQ(analysis_.key(6), "ستن");
  EXPECT_EQ(analysis_.tokens[7].token.kind, TokenKind::kPunctuation);
  EXPECT_EQ(analysis_.norm(7), ".");
  ASSERT_EQ(analysis_.sentences.size(), 1u);
  EXPECT_EQ(analysis_.sentences[0].span.begin, 0u);
  EXPECT_EQ(analysis_.sentences[0].span.end, text.size());
}

TEST_F(AnalyzerTest, NonArabicTokensKeepTheirNorm) {
  const std::string text = "CNN ٢٠١٨ #عاصي_الحلاني";
  analyzer_.Analyze(text, &analysis_);
  ASSERT_EQ(analysis_.tokens.size(), 3u);
  EXPECT_EQ(analysis_.norm(0), "cnn");
  EXPECT_EQ(analysis_.stem(0), "cnn");
  EXPECT_EQ(analysis_.norm(1), "2018");
  EXPECT_EQ(analysis_.norm(2), "عاصي_الحلاني");  // the sigil is not part of the word
  EXPECT_EQ(analysis_.tokens[2].token.In(text), "#عاصي_الحلاني");
}

TEST_F(AnalyzerTest, ReuseClearsThePreviousAnalysis) {
  analyzer_.Analyze("واحد اثنان ثلاثة. أربعة", &analysis_);
  EXPECT_EQ(analysis_.tokens.size(), 5u);
  analyzer_.Analyze("كلمة", &analysis_);
  ASSERT_EQ(analysis_.tokens.size(), 1u);
  EXPECT_EQ(analysis_.norm(0), "كلمه");
  EXPECT_EQ(analysis_.sentences.size(), 1u);
  analyzer_.Analyze("", &analysis_);
  EXPECT_TRUE(analysis_.tokens.empty());
  EXPECT_TRUE(analysis_.sentences.empty());
}

TEST_F(AnalyzerTest, LongTextGrowsThePool) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "والمسؤولون ﻻ ";
  analyzer_.Analyze(text, &analysis_);
  ASSERT_EQ(analysis_.tokens.size(), 10000u);
  EXPECT_EQ(analysis_.norm(9998), "والمسءولون");
  EXPECT_EQ(analysis_.stem(9998), "مسءول");
  EXPECT_EQ(analysis_.norm(9999), "لا");
}

TEST_F(AnalyzerTest, CacheGivesTheSameAnalysis) {
  const std::string texts[] = {
      "قال المبعوث الروسي ألكسندر لافرينتيف في أستانة: «نعم».",
      "وقال لافرينتيف إن المبعوث الروسي زار أستانة عام ٢٠١٧ مع CNN #سوريا",
      std::string("كلمة طويلة جدا ") + std::string(40, 'x') + " ﻻ والله",
  };
  AnalysisCache cache;
  TextAnalysis plain, cached;
  for (int round = 0; round < 2; ++round) {  // the second round hits the cache
    for (const std::string& text : texts) {
      analyzer_.Analyze(text, &plain);
      analyzer_.Analyze(text, &cached, &cache);
      ASSERT_EQ(plain.tokens.size(), cached.tokens.size());
      for (std::size_t i = 0; i < plain.tokens.size(); ++i) {
        EXPECT_EQ(plain.tokens[i].token.begin, cached.tokens[i].token.begin);
        EXPECT_EQ(plain.norm(i), cached.norm(i)) << i;
        EXPECT_EQ(plain.stem(i), cached.stem(i)) << i;
        EXPECT_EQ(plain.key(i), cached.key(i)) << i;
      }
    }
  }
  EXPECT_GT(cache.size(), 10u);
}

// Tags a word by its norm's first letter (1 for Arabic words beginning with ق, 2 for others
// beginning with 'c') and counts its calls.
class FirstLetterTagger : public TokenTagger {
 public:
  explicit FirstLetterTagger(std::uint8_t base = 0) : base_(base) {}
  std::uint8_t Tag(TokenKind kind, std::string_view norm) const override {
    ++calls;
    if (kind == TokenKind::kArabicWord && norm.starts_with("\xd9\x82")) return base_ + 1;  // ق
    if (kind == TokenKind::kWord && norm.starts_with("c")) return base_ + 2;
    return 0;
  }
  mutable int calls = 0;

 private:
  std::uint8_t base_;
};

TEST_F(AnalyzerTest, TaggerTagsEachTokenWithAndWithoutACache) {
  FirstLetterTagger tagger;
  AnalyzerOptions o;
  o.tagger = &tagger;
  const Analyzer tagging(o);
  const std::string text = "قال القائد قال cnn CNN قمر #قمر";
  const std::uint8_t want[] = {1, 0, 1, 2, 2, 1, 0};  // a hashtag is no Arabic word
  for (int cached = 0; cached < 2; ++cached) {
    AnalysisCache cache;
    TextAnalysis a;
    tagging.Analyze(text, &a, cached ? &cache : nullptr);
    EXPECT_EQ(a.tagger(), &tagger);
    ASSERT_EQ(a.tokens.size(), std::size(want));
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      EXPECT_EQ(a.tokens[i].token.tag, want[i]) << i << " cached " << cached;
    }
  }
  // Without a cache every token is asked about; with one each distinct token once, however
  // many texts repeat it.
  EXPECT_EQ(tagger.calls, 7 + 6);
  AnalysisCache cache;
  TextAnalysis a;
  tagger.calls = 0;
  for (int round = 0; round < 3; ++round) tagging.Analyze(text, &a, &cache);
  EXPECT_EQ(tagger.calls, 6);
  EXPECT_EQ(a.tokens[2].token.tag, 1);
  // An analyzer without a tagger tags nothing and says so.
  analyzer_.Analyze(text, &analysis_);
  EXPECT_EQ(analysis_.tagger(), nullptr);
  for (const AnalyzedToken& t : analysis_.tokens) EXPECT_EQ(t.token.tag, 0);
}

TEST_F(AnalyzerTest, ACacheKeepsOneTaggersTags) {
  // The ingest's worker cache is also used by a stage's own analyzer without a tagger (the
  // stories stage analyses titles through it): that must neither store tokens untagged nor
  // make the cache forget its tokens; a second tagger must not get the first one's bytes.
  FirstLetterTagger first(0), second(10);
  AnalyzerOptions o1, o2;
  o1.tagger = &first;
  o2.tagger = &second;
  const Analyzer a1(o1), a2(o2);
  AnalysisCache cache;
  TextAnalysis a;
  a1.Analyze("قال cnn", &a, &cache);
  EXPECT_EQ(a.tagger(), &first);
  EXPECT_EQ(a.tokens[0].token.tag, 1);
  const std::size_t before = cache.size();
  // No tagger: the cache's tags, and new tokens tagged by the cache's tagger.
  analyzer_.Analyze("قال قلم", &a, &cache);
  EXPECT_EQ(a.tagger(), &first);
  EXPECT_EQ(a.tokens[0].token.tag, 1);
  EXPECT_EQ(a.tokens[1].token.tag, 1);
  EXPECT_EQ(cache.size(), before + 1);  // nothing forgotten
  a1.Analyze("قلم", &a, &cache);
  EXPECT_EQ(a.tokens[0].token.tag, 1);
  // Another tagger: its own bytes, the memo afresh.
  a2.Analyze("قال cnn", &a, &cache);
  EXPECT_EQ(a.tagger(), &second);
  EXPECT_EQ(a.tokens[0].token.tag, 11);
  EXPECT_EQ(a.tokens[1].token.tag, 12);
  EXPECT_EQ(cache.size(), 2u);
  // A cache that stored tokens untagged forgets them for its first tagger.
  AnalysisCache plain;
  analyzer_.Analyze("قال", &a, &plain);
  EXPECT_EQ(a.tagger(), nullptr);
  EXPECT_EQ(a.tokens[0].token.tag, 0);
  a1.Analyze("قال", &a, &plain);
  EXPECT_EQ(a.tagger(), &first);
  EXPECT_EQ(a.tokens[0].token.tag, 1);
}

TEST_F(AnalyzerTest, OptionsTurnStagesOff) {
  AnalyzerOptions o;
  o.stems = false;
  o.keys = false;
  o.sentences = false;
  const Analyzer plain(o);
  plain.Analyze("والمبعوث قال.", &analysis_);
  EXPECT_EQ(analysis_.stem(0), "والمبعوث");
  EXPECT_EQ(analysis_.key(0), "والمبعوث");
  EXPECT_TRUE(analysis_.sentences.empty());
}

}  // namespace
}  // namespace marsad::text
