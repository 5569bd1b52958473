#include "marsad/ner/viterbi.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace marsad::ner {
namespace {

constexpr float kNo = -std::numeric_limits<float>::infinity();

std::string Decode(const std::vector<float>& emissions, int t, const std::vector<float>& transitions) {
  const std::size_t n = emissions.size() / static_cast<std::size_t>(t);
  std::vector<std::uint8_t> out(n, 99);
  ViterbiScratch scratch;
  Viterbi(emissions.data(), n, t, transitions.data(), out.data(), &scratch);
  std::string s;
  for (std::uint8_t y : out) s += std::to_string(y);
  return s;
}

TEST(ViterbiTest, EmissionsOnly) {
  // Two tags, no transition preferences: each token takes its best tag.
  const std::vector<float> zero(9, 0.0F);
  EXPECT_EQ(Decode({1, 0, 0, 1, 3, 2}, 2, zero), "010");
  EXPECT_EQ(Decode({0, 0}, 2, zero), "0");  // ties go to the lower tag
  EXPECT_EQ(Decode({}, 2, zero), "");
}

TEST(ViterbiTest, TransitionsChangeThePath) {
  // Tags 0 = O, 1 = B, 2 = I. Row = previous tag (3 = start), column = next (3 = end).
  // I may only follow B or I; the greedy choice for the first token (I) is forbidden.
  std::vector<float> trans = {
      //  O    B    I   end
      0.0F, 0.0F, kNo, 0.0F,  // from O
      0.0F, 0.0F, 0.0F, 0.0F,  // from B
      0.0F, 0.0F, 0.0F, 0.0F,  // from I
      0.0F, 0.0F, kNo, kNo,    // from start
  };
  // token 0 prefers I (3) over B (2); token 1 prefers I.
  EXPECT_EQ(Decode({0, 2, 3, 0, 0, 1}, 3, trans), "12");
  // A strong O -> B bonus is not enough to beat the emissions.
  trans[0 * 4 + 1] = 0.5F;
  EXPECT_EQ(Decode({2, 0, 0, 0, 1.2F, 1.0F}, 3, trans), "01");
  // Forbidding B -> end forces the last B to become something else.
  trans[1 * 4 + 3] = kNo;
  EXPECT_EQ(Decode({2, 0, 0, 0, 1.2F, 1.0F}, 3, trans), "00");
}

TEST(ViterbiTest, LongerSequenceAgreesWithBruteForce) {
  constexpr int t = 3;
  constexpr int n = 6;
  std::vector<float> em(n * t), trans((t + 1) * (t + 1));
  // Irregular values, so no two paths tie.
  for (std::size_t i = 0; i < em.size(); ++i) em[i] = 3.0F * std::sin(1.7F * static_cast<float>(i));
  for (std::size_t i = 0; i < trans.size(); ++i) trans[i] = 2.0F * std::cos(2.3F * static_cast<float>(i));
  trans[3 * 4 + 2] = kNo;  // start -> 2 forbidden
  // Brute force over all 3^6 sequences.
  float best = -1e30F;
  std::string want;
  for (int code = 0; code < 729; ++code) {
    int c = code;
    std::string seq;
    float s = 0;
    int prev = t;
    for (int i = 0; i < n; ++i) {
      const int y = c % t;
      c /= t;
      seq += std::to_string(y);
      s += trans[static_cast<std::size_t>(prev * (t + 1) + y)] + em[static_cast<std::size_t>(i * t + y)];
      prev = y;
    }
    s += trans[static_cast<std::size_t>(prev * (t + 1) + t)];
    if (s > best) {
      best = s;
      want = seq;
    }
  }
  EXPECT_EQ(Decode(em, t, trans), want);
}

TEST(ViterbiTest, AllForbiddenGivesO) {
  std::vector<float> trans(9, kNo);
  EXPECT_EQ(Decode({1, 2, 3, 4}, 2, trans), "00");
}

}  // namespace
}  // namespace marsad::ner
