#include "marsad/eval/variant_key_eval.h"

#include <gtest/gtest.h>

namespace marsad::eval {
namespace {

TEST(VariantKeyEvalTest, CountsPositivesAndNegatives) {
  const text::Analyzer analyzer;
  // Two variant pairs (one the key merges, one it cannot: different letters), and two
  // different names two letters apart (joyce / jones) as negative material.
  const std::string tsv =
      "english\tsource_a\tarabic_a\tsource_b\tarabic_b\n"
      "lavrentiev\tx\tلافرينتيف\ty\tلافرنتيف\n"
      "cubillo\tx\tكوبييو\ty\tغارسيا\n"
      "joyce\tx\tجويس\ty\tجويسي\n"
      "jones\tx\tجونز\ty\tجونس\n";
  auto r = EvaluateVariantKey(tsv, analyzer);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->positives, 4u);
  EXPECT_GE(r->true_positives, 1u);
  EXPECT_LE(r->true_positives, 3u);
  EXPECT_EQ(r->missed.front().note, "cubillo");
  EXPECT_GT(r->negative_candidates, 0u);
  EXPECT_EQ(r->false_positives, 0u);  // جويس and جونز keep different keys
  for (const KeyCheck& c : r->checks) {
    EXPECT_TRUE(c.passed) << c.names.front();
  }
}

TEST(VariantKeyEvalTest, EmptyInputIsAnError) {
  const text::Analyzer analyzer;
  EXPECT_FALSE(EvaluateVariantKey("english\ta\tb\tc\td\n", analyzer).ok());
}

}  // namespace
}  // namespace marsad::eval
