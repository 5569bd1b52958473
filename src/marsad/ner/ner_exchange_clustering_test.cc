#include "marsad/ner/exchange_clustering.h"

#include <gtest/gtest.h>

#include <sstream>

namespace marsad::ner {
namespace {

// A toy language: DET NOUN VERB sentences with every combination, so the words of one
// part of speech share their contexts exactly.
ClusterCorpus ToyCorpus() {
  const std::vector<std::string> det = {"ال", "هذا", "ذلك"};
  const std::vector<std::string> noun = {"ولد", "رجل", "كلب", "قط"};
  const std::vector<std::string> verb = {"نام", "جرى", "أكل"};
  ClusterCorpus corpus;
  for (int rep = 0; rep < 3; ++rep) {
    for (const auto& d : det) {
      for (const auto& n : noun) {
        for (const auto& v : verb) corpus.AddSentence({d, n, v});
      }
    }
  }
  return corpus;
}

TEST(ExchangeClusteringTest, FindsThePartsOfSpeech) {
  const ClusterCorpus corpus = ToyCorpus();
  EXPECT_EQ(corpus.tokens(), 3u * 36 * 3);
  EXPECT_EQ(corpus.types(), 10u);
  ExchangeOptions options;
  options.levels = {3};
  options.min_count = 1;
  options.iterations = 10;
  std::vector<double> objectives;
  Result<WordClusters> c = ExchangeClusterer(options).Run(corpus, [&](const ExchangeProgress& p) {
    objectives.push_back(p.objective);
  });
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->size(), 10u);
  const auto cls = [&](const char* w) { return c->Find(w)->ids[0]; };
  EXPECT_EQ(cls("هذا"), cls("ذلك"));
  EXPECT_EQ(cls("ال"), cls("ذلك"));
  EXPECT_EQ(cls("ولد"), cls("رجل"));
  EXPECT_EQ(cls("كلب"), cls("قط"));
  EXPECT_EQ(cls("ولد"), cls("قط"));
  EXPECT_EQ(cls("نام"), cls("أكل"));
  EXPECT_EQ(cls("جرى"), cls("أكل"));
  EXPECT_NE(cls("ال"), cls("ولد"));
  EXPECT_NE(cls("ولد"), cls("نام"));
  EXPECT_NE(cls("ال"), cls("نام"));
  // The objective never decreases.
  ASSERT_GE(objectives.size(), 2u);
  for (std::size_t i = 1; i < objectives.size(); ++i) EXPECT_GE(objectives[i], objectives[i - 1] - 1e-6);
}

TEST(ExchangeClusteringTest, DeterministicGivenSeed) {
  const ClusterCorpus corpus = ToyCorpus();
  ExchangeOptions options;
  options.levels = {4, 2};
  options.min_count = 1;
  options.seed = 7;
  Result<WordClusters> a = ExchangeClusterer(options).Run(corpus, nullptr);
  Result<WordClusters> b = ExchangeClusterer(options).Run(corpus, nullptr);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  ByteWriter wa, wb;
  a->Write(&wa);
  b->Write(&wb);
  EXPECT_EQ(wa.data(), wb.data());
  EXPECT_EQ(a->levels(), (std::vector<std::uint32_t>{4, 2}));
}

TEST(ExchangeClusteringTest, Errors) {
  const ClusterCorpus corpus = ToyCorpus();
  ExchangeOptions options;
  options.min_count = 1;
  options.levels = {64};
  Result<WordClusters> c = ExchangeClusterer(options).Run(corpus, nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().message(),
            "the corpus has 10 words seen at least 1 times, fewer than 64 classes");
  options.levels = {1};
  EXPECT_TRUE(ExchangeClusterer(options).Run(corpus, nullptr).status().IsInvalidArgument());
  options.levels = {2, 2, 2, 2, 2};
  EXPECT_TRUE(ExchangeClusterer(options).Run(corpus, nullptr).status().IsInvalidArgument());
  options.levels = {2};
  options.min_count = 1000;  // nothing left to cluster
  EXPECT_TRUE(ExchangeClusterer(options).Run(corpus, nullptr).status().IsInvalidArgument());
}

}  // namespace
}  // namespace marsad::ner
