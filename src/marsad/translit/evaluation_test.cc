#include "marsad/translit/evaluation.h"

#include <gtest/gtest.h>

#include "marsad/translit/test_util.h"
#include "marsad/translit/trainer.h"

namespace marsad::translit {
namespace {

TEST(EvaluationTest, EditDistanceAndCaseFolding) {
  EXPECT_EQ(CharEditDistance("lavrentiev", "lavrentyev"), 1u);
  EXPECT_EQ(CharEditDistance("kösen", "kosen"), 1u);  // one code point, two bytes
  EXPECT_EQ(CharEditDistance("", "abc"), 3u);
  EXPECT_EQ(FoldLatinCase("Astana"), "astana");
  EXPECT_EQ(FoldLatinCase("Ćosić"), "ćosić");
}

// The toy model renders بالو as "balo" and تيما as "tima" for sure, so every count below
// is known.
TEST(EvaluationTest, AccuracyAndCharacterErrorRate) {
  TrainOptions o;
  o.ngram.order = 3;
  auto model = TrainModel(testing::ToyPairs(), o, nullptr);
  ASSERT_TRUE(model.ok());
  const Transliterator t(std::move(*model));
  const TestSet set{"toy", "", {
      {"بالو", {"Balo"}},              // right (case ignored)
      {"تيما", {"teema", "tima"}},     // right: the second reference
      {"مونو", {"mono", "monno"}},     // right
      {"لينا", {"lena"}},              // wrong: "lina", one edit in four letters
      {"نيتو", {"nitto", "nitoo"}},    // wrong: "nito", one edit from either (five letters)
  }};
  const SetReport r = EvaluateSet(t, set, 10);
  EXPECT_EQ(r.items, 5u);
  EXPECT_EQ(r.correct, 3u);
  EXPECT_DOUBLE_EQ(r.accuracy, 0.6);
  EXPECT_EQ(r.edits, 2u);
  EXPECT_EQ(r.reference_chars, 4u + 4u + 4u + 4u + 5u);
  EXPECT_DOUBLE_EQ(r.cer, 2.0 / 21.0);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].arabic, "لينا");
  EXPECT_EQ(r.errors[0].output, "lina");
  EXPECT_EQ(EvaluateSet(t, set, 1).errors.size(), 1u);
}

}  // namespace
}  // namespace marsad::translit
