#include "marsad/translit/aligner.h"

#include <gtest/gtest.h>

#include "marsad/text/utf8.h"
#include "marsad/translit/test_util.h"

namespace marsad::translit {
namespace {

std::vector<NamePairChars> Chars(const std::vector<NamePair>& pairs) {
  std::vector<NamePairChars> out;
  for (const NamePair& p : pairs) out.push_back({text::ToCodePoints(p.arabic), p.latin});
  return out;
}

// "ب→b ا→a ت→t و→o"
std::string Segmentation(const Alignment& a, std::size_t pair) {
  std::string out;
  for (std::uint32_t g : a.sequences[pair]) {
    if (!out.empty()) out += ' ';
    out += GraphoneToString(a.graphones[g]);
  }
  return out;
}

TEST(AlignerTest, LearnsOneToOneLettersOfAToyScript) {
  const std::vector<NamePair> pairs = testing::ToyPairs();
  const Alignment a = AlignPairs(Chars(pairs), AlignerOptions{});
  EXPECT_EQ(a.unaligned, 0u);
  ASSERT_EQ(a.graphones.size(), 8u);  // one per letter: EM finds no better explanation
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    std::string want;
    const std::u32string x = text::ToCodePoints(pairs[i].arabic);
    for (std::size_t k = 0; k < x.size(); ++k) {
      std::string letter;
      text::AppendUtf8(x[k], &letter);
      want += (k ? " " : "") + letter + "→" + pairs[i].latin.substr(k, 1);
    }
    EXPECT_EQ(Segmentation(a, i), want) << pairs[i].latin;
  }
  // EM never lowers the likelihood.
  for (std::size_t i = 1; i < a.mean_log_likelihood.size(); ++i) {
    EXPECT_GE(a.mean_log_likelihood[i], a.mean_log_likelihood[i - 1] - 1e-9);
  }
}

TEST(AlignerTest, ManyToOneAndSilentLetters) {
  // ش is "sh" and ع is silent in every pair; the rest is one letter each.
  std::vector<NamePair> pairs = testing::ToyPairs();
  for (const auto& [x, y] : std::vector<std::pair<std::string, std::string>>{
           {"شاما", "shama"}, {"باشا", "basha"}, {"ماشي", "mashi"}, {"شيبو", "shibo"},
           {"عامو", "amo"}, {"باعي", "bai"}, {"نوعا", "noa"}, {"عيلي", "ili"}}) {
    pairs.push_back({x, y});
  }
  const Alignment a = AlignPairs(Chars(pairs), AlignerOptions{});
  struct Case {
    std::size_t index;
    const char* want;
  };
  const std::size_t base = testing::ToyPairs().size();
  // A silent letter next to a vowel letter joins it in one graphone (عا→a rather than
  // ع→∅ ا→a): a joint model gives a segmentation into fewer units more probability.
  const Case cases[] = {
      {base + 0, "ش→sh ا→a م→m ا→a"},
      {base + 1, "ب→b ا→a ش→sh ا→a"},
      {base + 4, "عا→a م→m و→o"},
      {base + 5, "ب→b ا→a عي→i"},
  };
  for (const Case& c : cases) EXPECT_EQ(Segmentation(a, c.index), c.want);
}

TEST(AlignerTest, PairTooLongForItsArabicIsUnaligned) {
  std::vector<NamePairChars> pairs = Chars(testing::ToyPairs());
  pairs.push_back({text::ToCodePoints("ب"), "bbbbbbbb"});  // 8 Latin letters for one Arabic letter
  AlignerOptions o;
  o.max_target = 3;
  const Alignment a = AlignPairs(pairs, o);
  EXPECT_EQ(a.unaligned, 1u);
  EXPECT_TRUE(a.sequences.back().empty());
}

TEST(AlignerTest, DeterministicForASeed) {
  std::vector<NamePairChars> pairs = Chars(testing::ToyPairs());
  pairs.push_back({text::ToCodePoints("بيلا"), "bella"});
  pairs.push_back({text::ToCodePoints("تينا"), "tina"});
  AlignerOptions o;
  o.seed = 7;
  const Alignment a = AlignPairs(pairs, o), b = AlignPairs(pairs, o);
  EXPECT_EQ(a.graphones, b.graphones);
  EXPECT_EQ(a.sequences, b.sequences);
  EXPECT_EQ(a.mean_log_likelihood, b.mean_log_likelihood);
}

}  // namespace
}  // namespace marsad::translit
