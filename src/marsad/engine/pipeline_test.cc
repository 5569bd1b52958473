// Tests of stage selection (--stages) and of the pipeline running stages in order.
#include "marsad/engine/pipeline.h"

#include <gtest/gtest.h>

#include <memory>
#include <utility>

#include "marsad/engine/entities_stage.h"
#include "marsad/engine/index_stage.h"
#include "marsad/engine/quotes_stage.h"
#include "marsad/engine/stories_stage.h"

namespace marsad::engine {
namespace {

// A stage that records its name in the document's title, to check the order.
class MarkStage : public Stage {
 public:
  explicit MarkStage(std::string name) : name_(std::move(name)) {}
  std::string_view name() const override { return name_; }
  // Requires: analysis. Assigns: appends its name to document.title.
  Status Process(doc::AnalyzedDoc* d, WorkerContext*) const override {
    if (d->analysis.tokens.empty()) return Status::InvalidArgument("no analysis");
    d->document.title += "[" + name_ + "]";
    return Status::Ok();
  }

 private:
  std::string name_;
};

StageRegistry::Factory Make(const std::string& name) {
  return [name]() -> Result<std::unique_ptr<Stage>> { return std::unique_ptr<Stage>(new MarkStage(name)); };
}

std::string Join(const Result<std::vector<std::string>>& r) {
  if (!r.ok()) return "ERROR: " + r.status().message();
  std::string out;
  for (const std::string& s : *r) out += (out.empty() ? "" : ",") + s;
  return out;
}

TEST(StageRegistryTest, Resolve) {
  StageRegistry r;
  for (const char* s : {"ner", "entities", "quotes"}) ASSERT_TRUE(r.Register(s, Make(s)).ok());
  EXPECT_FALSE(r.Register("tokens", Make("tokens")).ok());
  struct Case {
    const char* list;
    const char* want;
  };
  const Case cases[] = {
      {"all", "ner,entities,quotes"},
      {"", ""},
      {"none", ""},
      {"quotes", "ner,entities,quotes"},   // quotes pulls in ner and entities
      {"entities, quotes", "ner,entities,quotes"},
      {"quotes,ner", "ner,entities,quotes"},  // pipeline order, not the user's
      {"stories", "ERROR: stage 'index' is not available in this build yet (use --stages none for text analysis only)"},
      {"tokens", "ERROR: unknown stage 'tokens' (stages: index, ner, entities, quotes, stories)"},
  };
  for (const Case& c : cases) EXPECT_EQ(Join(r.Resolve(c.list)), c.want) << c.list;
  // Without ner registered, quotes runs alone (it only uses ner and entities).
  StageRegistry alone;
  ASSERT_TRUE(alone.Register("quotes", Make("quotes")).ok());
  EXPECT_EQ(Join(alone.Resolve("quotes")), "quotes");
  EXPECT_EQ(Join(alone.Resolve("all")), "quotes");
  // "all" leaves out a registered stage whose requirement is not (entities without ner).
  StageRegistry partial;
  ASSERT_TRUE(partial.Register("entities", Make("entities")).ok());
  ASSERT_TRUE(partial.Register("quotes", Make("quotes")).ok());
  EXPECT_EQ(Join(partial.Resolve("all")), "quotes");
  EXPECT_EQ(Join(partial.Resolve("quotes")), "quotes");  // entities is used only when it can run
  EXPECT_NE(Join(partial.Resolve("entities")).find("stage 'ner' is not available"), std::string::npos);
  ASSERT_TRUE(partial.Register("ner", Make("ner")).ok());
  EXPECT_EQ(Join(partial.Resolve("all")), "ner,entities,quotes");
  // This build registers every stage of the contract.
  EXPECT_EQ(Join(StageRegistry::Default().Resolve("all")), "index,ner,entities,quotes,stories");
  EXPECT_EQ(Join(StageRegistry::Default().Resolve("quotes")), "ner,entities,quotes");
  EXPECT_EQ(Join(StageRegistry::Default().Resolve("stories")), "index,ner,entities,stories");
  EXPECT_EQ(Join(StageRegistry::Default().Resolve("index")), "index");
}

TEST(StageRegistryTest, ResolveLeavesOutAStage) {
  const StageRegistry r = StageRegistry::Default();
  // A used stage left out is not pulled in; the stages that use it still run.
  EXPECT_EQ(Join(r.Resolve("all,-stories,-entities")), "index,ner,quotes");
  EXPECT_EQ(Join(r.Resolve("-entities, quotes")), "ner,quotes");
  EXPECT_EQ(Join(r.Resolve("all,-quotes,-stories")), "index,ner,entities");
  EXPECT_EQ(Join(r.Resolve("-ner")), "");
  // A required stage cannot be left out.
  EXPECT_EQ(Join(r.Resolve("entities,-ner")), "ERROR: stage 'entities' requires 'ner', which the list leaves out");
  EXPECT_EQ(Join(r.Resolve("all,-entities")), "ERROR: stage 'stories' requires 'entities', which the list leaves out");
  EXPECT_EQ(Join(r.Resolve("all,-index")), "ERROR: stage 'stories' requires 'index', which the list leaves out");
  EXPECT_EQ(Join(r.Resolve("all,-tokens")), "ERROR: unknown stage 'tokens' (stages: index, ner, entities, quotes, stories)");
}

TEST(PipelineTest, RunsAnalysisThenStagesInOrder) {
  StageRegistry r;
  for (const char* s : {"ner", "quotes"}) ASSERT_TRUE(r.Register(s, Make(s)).ok());
  auto names = r.Resolve("quotes");
  ASSERT_TRUE(names.ok());
  auto stages = r.Create(*names);
  ASSERT_TRUE(stages.ok());
  const text::Analyzer analyzer;
  const Pipeline pipeline(analyzer, std::move(stages).value());
  EXPECT_EQ(pipeline.StageNames(), (std::vector<std::string_view>{"analysis", "ner", "quotes"}));
  doc::AnalyzedDoc d;
  d.document.text = "قال لافرينتيف إن الجولة انتهت.";
  WorkerContext ctx;
  ASSERT_TRUE(pipeline.Run(&d, &ctx).ok());
  EXPECT_EQ(d.document.title, "[ner][quotes]");
  EXPECT_EQ(d.analysis.tokens.size(), 6u);
  d.document.text.clear();
  Status s = pipeline.Run(&d, &ctx);
  EXPECT_EQ(s.message(), "stage ner: no analysis");
}

TEST(PipelineTest, IngestSplitsSentencesOnlyForStagesThatReadThem) {
  std::vector<std::unique_ptr<Stage>> stages;
  EXPECT_FALSE(IngestAnalyzerOptions(stages).sentences);  // analysis only: nothing reads them
  auto index = NewIndexStage();
  ASSERT_TRUE(index.ok());
  stages.push_back(std::move(index).value());
  const text::AnalyzerOptions only_index = IngestAnalyzerOptions(stages);
  EXPECT_FALSE(only_index.sentences);
  // Everything else as the defaults.
  const text::AnalyzerOptions defaults;
  EXPECT_EQ(only_index.stems, defaults.stems);
  EXPECT_EQ(only_index.keys, defaults.keys);
  EXPECT_EQ(only_index.normalizer.bits(), defaults.normalizer.bits());
  // A stage that does not say otherwise reads them, and so do quotes and stories.
  stages.push_back(std::make_unique<MarkStage>("mark"));
  EXPECT_TRUE(IngestAnalyzerOptions(stages).sentences);
  for (auto make : {NewQuotesStage, NewStoriesStage}) {
    auto stage = make();
    ASSERT_TRUE(stage.ok());
    EXPECT_TRUE((*stage)->reads_sentences()) << (*stage)->name();
  }

  // The analysis without sentences has the same tokens and strings.
  const text::Analyzer with(defaults), without(only_index);
  const std::string text = "قالَ المتحدثُ الرسمـــي إنّ ١٢٣ شخصاً وصلوا. ثم غادروا!\nسطر آخر";
  text::TextAnalysis a, b;
  with.Analyze(text, &a);
  without.Analyze(text, &b);
  ASSERT_EQ(a.tokens.size(), b.tokens.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    EXPECT_EQ(a.tokens[i].token.begin, b.tokens[i].token.begin);
    EXPECT_EQ(a.tokens[i].token.end, b.tokens[i].token.end);
    EXPECT_EQ(a.tokens[i].token.kind, b.tokens[i].token.kind);
    EXPECT_EQ(a.norm(i), b.norm(i));
    EXPECT_EQ(a.stem(i), b.stem(i));
    EXPECT_EQ(a.key(i), b.key(i));
  }
  EXPECT_GE(a.sentences.size(), 3u);
  EXPECT_TRUE(b.sentences.empty());
}

// A stage that reads tags of its own tagger.
class TaggingStage : public MarkStage {
 public:
  TaggingStage() : MarkStage("tagging") {}
  const text::TokenTagger* token_tagger() const override { return &tagger_; }

 private:
  struct : text::TokenTagger {
    std::uint8_t Tag(text::TokenKind, std::string_view) const override { return 1; }
  } tagger_;
};

TEST(PipelineTest, IngestTagsWithTheFirstStagesTagger) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<MarkStage>("mark"));
  EXPECT_EQ(IngestAnalyzerOptions(stages).tagger, nullptr);
  stages.push_back(std::make_unique<TaggingStage>());
  stages.push_back(std::make_unique<TaggingStage>());
  EXPECT_EQ(IngestAnalyzerOptions(stages).tagger, stages[1]->token_tagger());
  ASSERT_NE(stages[1]->token_tagger(), nullptr);
  // The entities stage tags role words with its lexicon, which every table made from its
  // own shares (Open replaces the table: the ingest's analyzer, made before, keeps tagging
  // for it).
  auto entities = NewEntitiesStage();
  ASSERT_TRUE(entities.ok());
  const auto& stage = static_cast<const EntitiesStage&>(**entities);
  EXPECT_EQ(stage.token_tagger(), &stage.resolver().lexicon());
  EXPECT_EQ(&stage.resolver().EmptyLike().lexicon(), &stage.resolver().lexicon());
}

// An ordered stage whose Finish works on a thread of its own (as the index's final flush)
// and reports that thread's CPU.
class HelperStage : public Stage {
 public:
  std::string_view name() const override { return "helper"; }
  bool ordered() const override { return true; }
  Status Finish() override {
    helper_ns_ += 2'500'000'000;  // as if a helper thread had run 2.5 s
    return Status::Ok();
  }
  std::int64_t TakeHelperCpuNanos() override { return std::exchange(helper_ns_, 0); }

 private:
  std::int64_t helper_ns_ = 0;
};

// A stage's CPU figure counts what its helper threads report, once.
TEST(PipelineTest, StageCpuCountsItsHelperThreads) {
  const text::Analyzer analyzer;
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<HelperStage>());
  Pipeline pipeline(analyzer, std::move(stages));
  ASSERT_TRUE(pipeline.Finish().ok());
  ASSERT_TRUE(pipeline.Commit().ok());
  const auto cpu = pipeline.CpuSeconds();
  ASSERT_EQ(cpu.size(), 2u);
  EXPECT_EQ(cpu[1].first, "helper");
  EXPECT_GE(cpu[1].second, 2.5);
  EXPECT_LT(cpu[1].second, 3.5);  // taken once, not again by Commit
}

}  // namespace
}  // namespace marsad::engine
