#include "marsad/translit/ngram_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace marsad::translit {
namespace {

constexpr std::uint32_t A = NgramModel::kFirstToken, B = A + 1, C = A + 2, D = A + 3;
constexpr std::uint32_t kTokens = D + 1;

std::vector<std::vector<std::uint32_t>> Corpus() {
  return {{A, B, C}, {A, B, D}, {A, B, C, C}, {B, C}, {D, A, B}, {C, C, A}, {A, B, C}};
}

// Sum over every token the model can predict after `state`.
double TotalProbability(const NgramModel& m, NgramModel::State state) {
  double total = 0;
  for (std::uint32_t t = NgramModel::kEos; t < m.num_tokens(); ++t) {
    NgramModel::State next;
    total += std::exp(m.Score(state, t, &next));
  }
  return total;
}

TEST(NgramModelTest, EveryHistoryIsADistribution) {
  for (std::size_t order : {2u, 3u, 4u}) {
    for (const std::vector<std::uint32_t>& min_counts :
         {std::vector<std::uint32_t>{}, std::vector<std::uint32_t>{1, 2, 2, 2}}) {
      auto m = NgramModel::Estimate(Corpus(), kTokens, NgramOptions{order, min_counts});
      ASSERT_TRUE(m.ok()) << m.status().ToString();
      // Visit the states reachable from <s> in two steps.
      std::vector<NgramModel::State> states = {m->Start(), 0};
      for (std::uint32_t t = A; t < kTokens; ++t) {
        NgramModel::State s1, s2;
        m->Score(m->Start(), t, &s1);
        states.push_back(s1);
        for (std::uint32_t u = A; u < kTokens; ++u) {
          m->Score(s1, u, &s2);
          states.push_back(s2);
        }
      }
      for (NgramModel::State s : states) {
        // Quantization to 1/1024 nat moves each term by < 0.05%.
        EXPECT_NEAR(TotalProbability(*m, s), 1.0, 2e-3) << "order " << order << " state " << s;
      }
    }
  }
}

TEST(NgramModelTest, SeenContinuationsBeatUnseenOnes) {
  auto m = NgramModel::Estimate(Corpus(), kTokens, NgramOptions{3, {}});
  ASSERT_TRUE(m.ok());
  NgramModel::State s;
  m->Score(m->Start(), A, &s);  // <s> A
  NgramModel::State unused;
  EXPECT_GT(m->Score(s, B, &unused), m->Score(s, D, &unused));  // A is always followed by B
  EXPECT_GT(m->Score(s, B, &unused), std::log(0.5));
}

TEST(NgramModelTest, ScoreRangeAgreesWithScore) {
  auto m = NgramModel::Estimate(Corpus(), kTokens, NgramOptions{4, {}});
  ASSERT_TRUE(m.ok());
  std::vector<NgramModel::State> states = {m->Start(), 0};
  for (std::uint32_t t = A; t < kTokens; ++t) {
    NgramModel::State s;
    m->Score(m->Start(), t, &s);
    states.push_back(s);
  }
  for (NgramModel::State s : states) {
    float lp[kTokens];
    NgramModel::State next[kTokens];
    m->ScoreRange(s, B, kTokens, lp, next);
    for (std::uint32_t t = B; t < kTokens; ++t) {
      NgramModel::State want_next;
      const float want = m->Score(s, t, &want_next);
      EXPECT_FLOAT_EQ(lp[t - B], want);
      EXPECT_EQ(next[t - B], want_next);
    }
  }
}

TEST(NgramModelTest, SerializeRoundTripScoresIdentically) {
  auto m = NgramModel::Estimate(Corpus(), kTokens, NgramOptions{3, {1, 1, 2}});
  ASSERT_TRUE(m.ok());
  std::string bytes;
  m->Serialize(&bytes);
  base::ByteReader in(bytes);
  auto r = NgramModel::Deserialize(&in);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(in.done());
  EXPECT_EQ(r->counts(), m->counts());
  NgramModel::State s1 = m->Start(), s2 = r->Start();
  for (std::uint32_t t : {A, B, C, C, A, D, B, NgramModel::kEos}) {
    EXPECT_EQ(m->Score(s1, t, &s1), r->Score(s2, t, &s2));
    EXPECT_EQ(s1, s2);
  }
}

TEST(NgramModelTest, DamagedBytesAreCorruption) {
  auto m = NgramModel::Estimate(Corpus(), kTokens, NgramOptions{3, {}});
  ASSERT_TRUE(m.ok());
  std::string bytes;
  m->Serialize(&bytes);
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    base::ByteReader in(std::string_view(bytes.data(), cut));
    auto r = NgramModel::Deserialize(&in);
    EXPECT_FALSE(r.ok()) << "truncated at " << cut;
    if (!r.ok()) {
      EXPECT_TRUE(r.status().IsCorruption());
    }
  }
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    base::ByteReader in(bad);
    auto r = NgramModel::Deserialize(&in);  // may parse (a changed probability); must not crash
    if (!r.ok()) {
      EXPECT_TRUE(r.status().IsCorruption()) << r.status().ToString();
    }
  }
}

TEST(NgramModelTest, BadInputIsRejected) {
  EXPECT_TRUE(NgramModel::Estimate(Corpus(), kTokens, NgramOptions{1, {}}).status().IsInvalidArgument());
  EXPECT_TRUE(NgramModel::Estimate(Corpus(), kTokens + 1, NgramOptions{3, {}}).status().IsInvalidArgument());
  EXPECT_TRUE(NgramModel::Estimate({{A, 99}}, kTokens, NgramOptions{3, {}}).status().IsInvalidArgument());
  EXPECT_TRUE(NgramModel::Estimate(Corpus(), kTokens, NgramOptions{3, {2, 1}}).status().IsInvalidArgument());
}

}  // namespace
}  // namespace marsad::translit
