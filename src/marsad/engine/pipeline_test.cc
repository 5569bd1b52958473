// Tests of stage selection (--stages) and of the pipeline running stages in order.
#include "marsad/engine/pipeline.h"

#include <gtest/gtest.h>

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
      {"quotes", "ner,quotes"},            // quotes pulls in ner
      {"entities, quotes", "ner,entities,quotes"},
      {"quotes,ner", "ner,quotes"},        // pipeline order, not the user's
      {"stories", "ERROR: stage 'index' is not available in this build yet (use --stages none for text analysis only)"},
      {"tokens", "ERROR: unknown stage 'tokens' (stages: index, ner, entities, quotes, stories)"},
  };
  for (const Case& c : cases) EXPECT_EQ(Join(r.Resolve(c.list)), c.want) << c.list;
  // Without ner registered, quotes runs alone (it only uses ner).
  StageRegistry alone;
  ASSERT_TRUE(alone.Register("quotes", Make("quotes")).ok());
  EXPECT_EQ(Join(alone.Resolve("quotes")), "quotes");
  EXPECT_EQ(Join(alone.Resolve("all")), "quotes");
  // This build registers ner and quotes: "all" is both, and quotes pulls in ner.
  EXPECT_EQ(Join(StageRegistry::Default().Resolve("all")), "ner,quotes");
  EXPECT_EQ(Join(StageRegistry::Default().Resolve("quotes")), "ner,quotes");
  EXPECT_NE(Join(StageRegistry::Default().Resolve("index")).find("not available"), std::string::npos);
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

}  // namespace
}  // namespace marsad::engine
