#include "marsad/translit/model.h"

#include <gtest/gtest.h>

#include "marsad/translit/test_util.h"
#include "marsad/translit/trainer.h"

namespace marsad::translit {
namespace {

TranslitModel ToyModel() {
  TrainOptions o;
  o.ngram.order = 3;
  auto m = TrainModel(testing::ToyPairs(), o, nullptr);
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return std::move(*m);
}

TEST(DecoderTest, RendersUnseenWordsOfTheToyScript) {
  const TranslitModel model = ToyModel();
  const Decoder decoder(model);
  struct Case {
    const char32_t* arabic;
    const char* want;
  };
  // Six letters: longer than any training word; the letters combine as trained.
  const Case cases[] = {
      {U"بالوتي", "baloti"}, {U"نيماتو", "nimato"}, {U"تا", "ta"},
      {U"ب", "b"},           {U"مونيلا", "monila"}, {U"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(decoder.Best(c.arabic), c.want);
}

TEST(DecoderTest, SkipsLettersTheModelHasNotSeen) {
  const TranslitModel model = ToyModel();
  const Decoder decoder(model);
  EXPECT_EQ(decoder.Best(U"باخلو"), "balo");  // خ never occurs in training
  EXPECT_EQ(decoder.Best(U"خخ"), "");
}

TEST(DecoderTest, VeryLongRunsAreDecodedInPieces) {
  const TranslitModel model = ToyModel();
  const Decoder decoder(model);
  std::u32string word;
  std::string want;
  for (int i = 0; i < 5000; ++i) {  // 20,000 letters
    word += U"بالو";
    want += "balo";
  }
  EXPECT_EQ(decoder.Best(word), want);
  EXPECT_EQ(decoder.NBest(word, 1).front().latin, want.substr(0, kMaxDecodeLetters));
}

TEST(DecoderTest, NBestIsSortedAndSpellingsAreUnique) {
  // Two spellings for one word: the spelling other words support wins, the other is
  // second.
  std::vector<NamePair> pairs = testing::ToyPairs();
  pairs.push_back({"ماريا", "maria"});
  pairs.push_back({"ماريا", "marya"});
  for (const testing::Letter& c : testing::kConsonants) {  // بوريا → boria, ...
    for (const testing::Letter& v : testing::kVowels) {
      if (std::string(c.latin) + v.latin == "ma") continue;
      pairs.push_back({std::string(c.arabic) + v.arabic + "ريا", std::string(c.latin) + v.latin + "ria"});
    }
  }
  pairs.push_back({"ر", "r"});
  TrainOptions o;
  o.ngram.order = 4;
  o.aligner.min_graphone_count = 1;
  auto model = TrainModel(pairs, o, nullptr);
  ASSERT_TRUE(model.ok());
  const Decoder decoder(*model);
  const std::vector<Candidate> c = decoder.NBest(U"ماريا", 5);
  ASSERT_GE(c.size(), 2u);
  EXPECT_EQ(c[0].latin, "maria");
  EXPECT_EQ(c[1].latin, "marya");
  for (std::size_t i = 1; i < c.size(); ++i) {
    EXPECT_GE(c[i - 1].log_prob, c[i].log_prob);
    for (std::size_t j = 0; j < i; ++j) EXPECT_NE(c[i].latin, c[j].latin);
  }
  EXPECT_EQ(decoder.NBest(U"ماريا", 1).size(), 1u);
  EXPECT_TRUE(decoder.NBest(U"ماريا", 0).empty());
}

TEST(RuleMaskTest, RoundTrips) {
  const text::NormalizerOptions o = DefaultModelNormalization();
  const text::NormalizerOptions back = OptionsFromMask(RuleMask(o));
  for (unsigned r = 0; r < static_cast<unsigned>(text::NormalizationRule::kCount); ++r) {
    const auto rule = static_cast<text::NormalizationRule>(r);
    EXPECT_EQ(o.Has(rule), back.Has(rule)) << text::RuleName(rule);
  }
  EXPECT_FALSE(o.Has(text::NormalizationRule::kAlef));  // hamza forms reach the model
  EXPECT_TRUE(o.Has(text::NormalizationRule::kDiacritics));
}

TEST(TrainerTest, ReportsWhatItDropped) {
  std::vector<NamePair> pairs = testing::ToyPairs();
  pairs.push_back({"بات", "bät"});        // non-ASCII Latin
  pairs.push_back({"بات5", "bat"});       // a digit in the Arabic
  pairs.push_back({"باتو", "Bato"});      // same as بات و/bato after lower-casing
  pairs.push_back({"بَاتُو", "bato"});     // diacritics are normalized away: a duplicate
  TrainReport r;
  TrainOptions o;
  o.ngram.order = 3;
  auto m = TrainModel(pairs, o, &r);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(r.pairs_in, testing::ToyPairs().size() + 4);
  EXPECT_EQ(r.dropped_letters, 2u);
  EXPECT_EQ(r.duplicates, 2u);
  EXPECT_EQ(r.pairs_used, testing::ToyPairs().size());
  EXPECT_EQ(r.graphones, 8u);
  EXPECT_FALSE(TrainModel({{"5", "x"}}, o, nullptr).ok());
}

TEST(TrainingLatinTest, Table) {
  struct Case {
    const char* in;
    const char* want;
  };
  const Case cases[] = {{"Lavrentiev", "lavrentiev"}, {"O'Neil", "o'neil"}, {"kösen", ""},
                        {"al-assad", ""},            {"", ""}};
  for (const Case& c : cases) EXPECT_EQ(TrainingLatin(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace marsad::translit
