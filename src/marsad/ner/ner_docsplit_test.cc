#include "marsad/ner/docsplit.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::ner {
namespace {

using Words = std::vector<std::vector<std::uint64_t>>;

TEST(CohesionStarts, SplitsWhereTheWordsChange) {
  // Two "articles": sentences 0-3 share words 1-4, sentences 4-7 share words 11-14; word 99
  // is everywhere (idf 0), so it ties nothing together.
  const Words words = {{1, 2, 99},   {2, 3, 99},   {3, 4, 1, 99},   {1, 4, 99},
                       {11, 12, 99}, {12, 13, 99}, {13, 14, 11, 99}, {11, 14, 99}};
  const CohesionOptions options{2, 0.01};
  EXPECT_EQ(CohesionStarts(words, options), (std::vector<std::size_t>{0, 4}));
}

TEST(CohesionStarts, OneTopicIsOneDocument) {
  const Words words = {{1, 2, 5}, {2, 3, 6}, {3, 1, 7}, {1, 2, 8}, {2, 3, 9}};
  EXPECT_EQ(CohesionStarts(words, {2, 0.01}), (std::vector<std::size_t>{0}));
}

TEST(CohesionStarts, SentencesWithoutWordsStartDocuments) {
  // Nothing to compare: the similarity is 0, below any positive threshold.
  EXPECT_EQ(CohesionStarts({{}, {}, {}}, {1, 0.01}), (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_TRUE(CohesionStarts({}, {}).empty());
}

TEST(CohesionStarts, ThresholdDecides) {
  // Neighbours sharing one of three words: similar (cosine about 0.06) but not identical.
  const Words words = {{1, 2, 3}, {3, 4, 5}, {5, 6, 7}};
  EXPECT_EQ(CohesionStarts(words, {1, 0.01}), (std::vector<std::size_t>{0}));
  EXPECT_EQ(CohesionStarts(words, {1, 0.9}), (std::vector<std::size_t>{0, 1, 2}));
}

TEST(RunStarts, FixedRuns) {
  EXPECT_EQ(RunStarts(7, 3), (std::vector<std::size_t>{0, 3, 6}));
  EXPECT_EQ(RunStarts(0, 3), (std::vector<std::size_t>{}));
}

TEST(ContentWords, StemsOfWordsOfThreeLetters) {
  const text::Analyzer analyzer;
  const std::string text = "والحزب في الحزب ، 2006 من";
  text::TextAnalysis a;
  analyzer.Analyze(text, &a);
  const std::vector<std::uint64_t> w = ContentWords(a);
  // في and من are too short, the comma and the number are not words; والحزب and الحزب share
  // their stem.
  ASSERT_EQ(w.size(), 2U);
  EXPECT_EQ(w[0], w[1]);
}

TEST(DocumentStarts, RunsOrCohesion) {
  const text::Analyzer analyzer;
  std::vector<AlignedSentence> sentences;
  for (const char* s : {"اجتمع مجلس الوزراء اللبناني", "وقال مجلس الوزراء اللبناني",
                        "فاز المنتخب البرازيلي بالكأس", "وسجل المنتخب البرازيلي هدفين"}) {
    ConllSentence c;
    std::string word;
    for (const char* p = s;; ++p) {
      if (*p == ' ' || *p == '\0') {
        c.tokens.push_back(word);
        c.labels.push_back(Label::O());
        word.clear();
        if (*p == '\0') break;
      } else {
        word += *p;
      }
    }
    sentences.push_back(AlignSentence(c, analyzer));
  }
  EXPECT_EQ(DocumentStarts(sentences, false, 3), (std::vector<std::size_t>{0, 3}));
  EXPECT_EQ(DocumentStarts(sentences, true, 3), (std::vector<std::size_t>{0, 2}));
}

}  // namespace
}  // namespace marsad::ner
