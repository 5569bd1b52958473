// Tests of NerStage through engine::Ingest on a temporary store: the committed model tags
// every stored document, the mentions are stored as kMentions records whose byte spans
// point into the stored text, and they equal what the tagger finds on its own.
#include "marsad/engine/ner_stage.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "marsad/engine/ingest_job.h"
#include "marsad/engine/record_codecs.h"

namespace marsad::engine {
namespace {

namespace fs = std::filesystem;

std::string ModelPath() { return std::string(MARSAD_SOURCE_DIR) + "/data/models/ner.model"; }

class NerStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("marsad_ner_stage_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
  text::Analyzer analyzer_;
};

struct Article {
  std::string id;
  std::string text;
};

TEST_F(NerStageTest, IngestStoresTheTaggersMentions) {
  const std::vector<Article> articles = {
      {"n1", "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة تدعم الحل."},
      {"n2", "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق، وفق وكالة سانا."},
      {"n3", "الطقس معتدل اليوم."},
  };
  {
    std::ofstream out(root_ / "news.jsonl", std::ios::binary);
    for (const Article& a : articles) out << "{\"id\":\"" << a.id << "\",\"text\":\"" << a.text << "\"}\n";
  }
  auto stage = NerStage::Open(*io::Env::Default(), ModelPath());
  ASSERT_TRUE(stage.ok()) << stage.status().ToString();
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::move(stage).value());
  {
    auto store = store::OpenStore((root_ / "store").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Pipeline pipeline(analyzer_, std::move(stages));
    IngestOptions options;
    options.workers = 2;
    auto s = Ingest(**store, pipeline, {(root_ / "news.jsonl").string()}, options);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ(s->ingested, articles.size());
  }

  // The same model, run by hand over the stored text, finds the same mentions.
  auto model = ner::Model::Load(*io::Env::Default(), ModelPath());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const ner::Tagger tagger(*model);
  auto store = store::OpenStore((root_ / "store").string());
  ASSERT_TRUE(store.ok());
  std::map<std::string, std::vector<std::string>> found;  // id -> "TYPE text"
  for (const Article& a : articles) {
    auto stored = (*store)->Get<MentionsCodec>(a.id);
    ASSERT_TRUE(stored.ok()) << a.id << ": " << stored.status().ToString();
    doc::AnalyzedDoc d;
    d.document.text = a.text;
    analyzer_.Analyze(d.document.text, &d.analysis);
    tagger.Tag(&d);
    ASSERT_EQ(stored->size(), d.mentions.size()) << a.id;
    for (std::size_t i = 0; i < stored->size(); ++i) {
      const doc::Mention& m = (*stored)[i];
      EXPECT_EQ(m.kind, doc::MentionKind::kName);
      EXPECT_EQ(m.type, d.mentions[i].type);
      EXPECT_EQ(m.span.begin, d.mentions[i].span.begin);
      EXPECT_EQ(m.span.end, d.mentions[i].span.end);
      EXPECT_EQ(m.first_token, d.mentions[i].first_token);
      EXPECT_EQ(m.end_token, d.mentions[i].end_token);
      ASSERT_LE(m.span.end, a.text.size());
      ASSERT_LT(m.first_token, m.end_token);
      // The span runs from the first token's start to the last token's end.
      EXPECT_EQ(m.span.begin, d.analysis.tokens[m.first_token].token.begin);
      EXPECT_EQ(m.span.end, d.analysis.tokens[m.end_token - 1].token.end);
      found[a.id].push_back(std::string(doc::EntityTypeName(m.type)) + " " +
                            std::string(m.span.In(a.text)));
    }
  }
  // Names any tagger worth the name finds in these sentences.
  auto has = [&](const std::string& id, const std::string& want) {
    for (const std::string& f : found[id]) {
      if (f == want) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("n1", "PER باراك أوباما"));
  EXPECT_TRUE(has("n1", "LOC واشنطن"));
  EXPECT_TRUE(has("n2", "PER سيرغي لافروف"));
  EXPECT_TRUE(found["n3"].empty());
}

TEST_F(NerStageTest, MissingOrCorruptModelIsAnErrorNamingTheFile) {
  const std::string missing = (root_ / "absent.model").string();
  auto s = NerStage::Open(*io::Env::Default(), missing);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(missing), std::string::npos) << s.status().ToString();

  const std::string bad = (root_ / "bad.model").string();
  std::ofstream(bad, std::ios::binary) << "not a model";
  s = NerStage::Open(*io::Env::Default(), bad);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(bad), std::string::npos) << s.status().ToString();
}

}  // namespace
}  // namespace marsad::engine
