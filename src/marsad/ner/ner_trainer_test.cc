#include "marsad/ner/trainer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "marsad/ner/tagger.h"

namespace marsad::ner {
namespace {

// Hand-made training sentences: "token/TAG ..." (TAG O, B-X or I-X).
const char* const kSentences[] = {
    "قال/O الرئيس/O محمود/B-PER عباس/I-PER في/O رام/B-LOC الله/I-LOC",
    "زار/O عباس/B-PER القاهرة/B-LOC أمس/O",
    "أعلنت/O حركة/O حماس/B-ORG في/O غزة/B-LOC",
    "وقال/O بوتين/B-PER في/O موسكو/B-LOC",
    "التقى/O بوتين/B-PER الرئيس/O محمود/B-PER عباس/I-PER",
    "قالت/O حماس/B-ORG إن/O غزة/B-LOC محاصرة/O",
};

std::vector<AlignedSentence> Sentences(const text::Analyzer& analyzer) {
  std::vector<AlignedSentence> out;
  for (const char* line : kSentences) {
    ConllSentence s;
    std::istringstream in(line);
    std::string item;
    while (in >> item) {
      const std::size_t slash = item.rfind('/');
      s.tokens.push_back(item.substr(0, slash));
      s.labels.push_back(*ParseLabel(item.substr(slash + 1)));
    }
    out.push_back(AlignSentence(s, analyzer));
  }
  return out;
}

TEST(TrainerTest, LearnsTheTrainingSentences) {
  const text::Analyzer analyzer;
  const std::vector<AlignedSentence> train = Sentences(analyzer);
  TrainOptions options;
  options.epochs = 10;
  std::vector<EpochReport> reports;
  Result<Model> model = TrainTagger(train, train, WordClusters(), Lexicon(), options,
                                    [&](const EpochReport& r) { reports.push_back(r); });
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  ASSERT_EQ(reports.size(), 20u);  // two stages
  for (int stage = 0; stage < 2; ++stage) {
    const EpochReport& first = reports[static_cast<std::size_t>(stage) * 10];
    const EpochReport& last = reports[static_cast<std::size_t>(stage) * 10 + 9];
    EXPECT_EQ(first.stage, stage + 1);  // 1: sentence features; 2: document features
    EXPECT_EQ(last.epoch, 10);
    EXPECT_GT(first.mistakes, 0u);
    EXPECT_EQ(last.mistakes, 0u);  // separable: the perceptron converges
    EXPECT_TRUE(last.has_dev);
    EXPECT_DOUBLE_EQ(last.dev.Micro().f1, 1.0);
  }
  EXPECT_EQ(model->num_stages(), 2);
  // The trained tagger finds the entities of the training sentences, tagged as one
  // document as the trainer's dev scoring does.
  const Tagger tagger(*model);
  TaggerCache cache;
  std::vector<SentenceRef> refs;
  for (const AlignedSentence& s : train) refs.push_back({s.text, &s.analysis, 0, s.analysis.tokens.size()});
  const std::vector<std::vector<EntitySpan>> found = tagger.TagDocument(refs, &cache);
  ASSERT_EQ(found.size(), train.size());
  for (std::size_t k = 0; k < train.size(); ++k) {
    EXPECT_EQ(ToConllSpans(train[k], found[k]), train[k].gold_conll) << train[k].text;
  }
}

TEST(TrainerTest, DeterministicGivenSeed) {
  const text::Analyzer analyzer;
  const std::vector<AlignedSentence> train = Sentences(analyzer);
  TrainOptions options;
  options.epochs = 3;
  options.seed = 42;
  Result<Model> a = TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr);
  Result<Model> b = TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a->Serialize(), *b->Serialize());
  options.scheme = TagScheme::kBio;
  options.two_stage = false;
  Result<Model> bio = TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr);
  ASSERT_TRUE(bio.ok());
  EXPECT_EQ(bio->num_tags(), 9);
  EXPECT_EQ(bio->num_stages(), 1);
}

TEST(TrainerTest, SeedAveraging) {
  const text::Analyzer analyzer;
  const std::vector<AlignedSentence> train = Sentences(analyzer);
  TrainOptions options;
  options.epochs = 10;
  options.seeds = 3;
  std::vector<EpochReport> reports;
  Result<Model> a = TrainTagger(train, train, WordClusters(), Lexicon(), options,
                                [&](const EpochReport& r) { reports.push_back(r); });
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(reports.size(), 2u);  // one report per stage: the mean of the three runs
  for (int stage = 0; stage < 2; ++stage) {
    const EpochReport& r = reports[static_cast<std::size_t>(stage)];
    EXPECT_EQ(r.stage, stage + 1);
    EXPECT_EQ(r.epoch, 10);
    EXPECT_EQ(r.sentences, 3 * train.size());
    EXPECT_EQ(r.mistakes, 0u);  // each run converged
    EXPECT_DOUBLE_EQ(r.dev.Micro().f1, 1.0);
  }
  Result<Model> b = TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr);
  options.seeds = 1;
  Result<Model> one = TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr);
  ASSERT_TRUE(b.ok());
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(*a->Serialize(), *b->Serialize());    // deterministic
  EXPECT_NE(*a->Serialize(), *one->Serialize());  // and not the one-run model
}

TEST(TrainerTest, CorpusMemoryCache) {
  const text::Analyzer analyzer;
  const std::vector<AlignedSentence> train = Sentences(analyzer);
  const std::vector<std::string> texts = {"قال الرئيس محمود عباس في رام الله", "زار لبوتين موسكو أمس"};
  int reads = 0;
  const CorpusSource corpus = [&](const CorpusVisitor& visit) -> Status {
    ++reads;
    text::TextAnalysis analysis;
    for (const std::string& t : texts) {
      analyzer.Analyze(t, &analysis);
      visit(t, analysis);
    }
    return Status::Ok();
  };
  const auto serialize = [](const std::vector<CorpusMemory>& ms) {
    ByteWriter w;
    for (const CorpusMemory& m : ms) m.Write(&w);
    return w.Release();
  };
  std::vector<CorpusMemory> kept;
  CorpusMemoryCache cache;
  cache.load = [&](std::vector<CorpusMemory>* out) -> Result<bool> {
    if (kept.empty()) return false;
    *out = kept;
    return true;
  };
  cache.save = [&](const std::vector<CorpusMemory>& ms) -> Status {
    kept = ms;
    return Status::Ok();
  };
  TrainOptions options;
  options.epochs = 3;
  options.folds = 2;
  Result<Model> built = TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr, corpus, cache);
  ASSERT_TRUE(built.ok()) << built.status().ToString();
  EXPECT_EQ(reads, 1);
  ASSERT_EQ(kept.size(), 3u);  // two folds, then all of train
  // The second training reads the kept memories, not the corpus, and trains the same model.
  Result<Model> reused = TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr, corpus, cache);
  ASSERT_TRUE(reused.ok()) << reused.status().ToString();
  EXPECT_EQ(reads, 1);
  EXPECT_EQ(*built->Serialize(), *reused->Serialize());
  // The clitic-name and sports features leave the base taggers, and so the memories, as
  // they are (MemoryFeatures; the memories below are too small to show a difference).
  EXPECT_EQ(MemoryFeatures(kDefaultFeatures | kFeatCliticName | kFeatSports), kDefaultFeatures);
  const std::string memories = serialize(kept);
  kept.clear();
  options.features.flags |= kFeatCliticName | kFeatSports;
  ASSERT_TRUE(TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr, corpus, cache).ok());
  EXPECT_EQ(reads, 2);
  EXPECT_EQ(serialize(kept), memories);
  // Memories for other folds are an error.
  kept.pop_back();
  EXPECT_TRUE(TrainTagger(train, {}, WordClusters(), Lexicon(), options, nullptr, corpus, cache)
                  .status()
                  .IsInvalidArgument());
}

TEST(TrainerTest, BadInput) {
  TrainOptions options;
  EXPECT_TRUE(TrainTagger({}, {}, WordClusters(), Lexicon(), options, nullptr).status().IsInvalidArgument());
  const text::Analyzer analyzer;
  options.epochs = 0;
  EXPECT_TRUE(TrainTagger(Sentences(analyzer), {}, WordClusters(), Lexicon(), options, nullptr)
                  .status()
                  .IsInvalidArgument());
  options.epochs = 1;
  options.seeds = 0;
  EXPECT_TRUE(TrainTagger(Sentences(analyzer), {}, WordClusters(), Lexicon(), options, nullptr)
                  .status()
                  .IsInvalidArgument());
}

}  // namespace
}  // namespace marsad::ner
