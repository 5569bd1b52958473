#include "marsad/ner/tagger.h"

#include <gtest/gtest.h>

#include <cmath>

#include "marsad/io/env.h"

namespace marsad::ner {
namespace {

// "PER:فلاديمير بوتين LOC:موسكو" from a document's mentions.
std::string Render(const doc::AnalyzedDoc& d) {
  std::string s;
  for (const doc::Mention& m : d.mentions) {
    if (!s.empty()) s += ' ';
    s += std::string(doc::EntityTypeName(m.type)) + ":" + std::string(m.span.In(d.document.text));
  }
  return s;
}

// A model whose weights are set by hand on named features: no training involved.
class HandModelTest : public ::testing::Test {
 protected:
  HandModelTest() : model_(TagScheme::kBio, FeatureOptions(), WordClusters(), Lexicon()) {
    // Find the hashes of named features in a sentence that has them all.
    const std::string text = "زار فلاديمير بوتين موسكو";
    text::TextAnalysis a;
    analyzer_.Analyze(text, &a);
    const FeatureExtractor extractor(model_.clusters(), model_.lexicon(), model_.feature_options());
    std::vector<std::vector<std::uint64_t>> hashes;
    std::vector<std::vector<std::string>> names;
    extractor.Extract(ViewTokens(text, a, 0, a.tokens.size()), &hashes, &names);
    const auto set = [&](const std::string& name, const char* tag, float w) {
      for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t k = 0; k < names[i].size(); ++k) {
          if (names[i][k] != name) continue;
          float* row = model_.AddFeature(hashes[i][k]);
          for (int t = 0; t < model_.num_tags(); ++t) {
            if (model_.tags().Name(t) == tag) row[t] = w;
          }
          return;
        }
      }
      FAIL() << "no feature " << name;
    };
    set("bias", "O", 1.0F);
    set("w=فلاديمير", "B-PER", 5.0F);
    set("w[-1]=فلاديمير", "I-PER", 10.0F);
    set("w=بوتين", "B-PER", 5.0F);
    set("w=موسكو", "B-LOC", 5.0F);
    model_.ApplyConstraints();
  }
  text::Analyzer analyzer_;
  Model model_;
};

TEST_F(HandModelTest, TagsADocument) {
  const Tagger tagger(model_);
  doc::AnalyzedDoc d;
  d.document.text = "زار فلاديمير بوتين موسكو أمس.\nوقال بوتين في موسكو: نعم.";
  analyzer_.Analyze(d.document.text, &d.analysis);
  ASSERT_EQ(d.analysis.sentences.size(), 2u);
  TaggerCache cache;
  tagger.Tag(&d, &cache);
  EXPECT_EQ(Render(d), "PER:فلاديمير بوتين LOC:موسكو PER:بوتين LOC:موسكو");
  ASSERT_EQ(d.mentions.size(), 4u);
  EXPECT_EQ(d.mentions[0].first_token, 1u);
  EXPECT_EQ(d.mentions[0].end_token, 3u);
  EXPECT_EQ(d.mentions[0].span.begin, std::string("زار ").size());
  // Without a cache: the same mentions.
  doc::AnalyzedDoc d2;
  d2.document.text = d.document.text;
  analyzer_.Analyze(d2.document.text, &d2.analysis);
  tagger.Tag(&d2);
  EXPECT_EQ(Render(d2), Render(d));
  // Tagging again replaces the mentions.
  tagger.Tag(&d, &cache);
  EXPECT_EQ(d.mentions.size(), 4u);
}

TEST_F(HandModelTest, SentenceTags) {
  const Tagger tagger(model_);
  const std::string text = "بوتين فلاديمير";
  text::TextAnalysis a;
  analyzer_.Analyze(text, &a);
  std::vector<std::uint8_t> tags;
  TaggerCache cache;
  const std::vector<EntitySpan> spans = tagger.TagSentence(text, a, 0, 2, &cache, &tags);
  // بوتين B-PER (5) then فلاديمير: B-PER (5); the I-PER bonus needs فلاديمير before it.
  ASSERT_EQ(tags.size(), 2u);
  EXPECT_EQ(model_.tags().Name(tags[0]) + " " + model_.tags().Name(tags[1]), "B-PER B-PER");
  EXPECT_EQ(spans.size(), 2u);
  EXPECT_TRUE(tagger.TagSentence(text, a, 1, 1, &cache).empty());
}

TEST_F(HandModelTest, EmptyAndUnknownText) {
  const Tagger tagger(model_);
  doc::AnalyzedDoc d;
  d.document.text = "";
  analyzer_.Analyze(d.document.text, &d.analysis);
  tagger.Tag(&d);
  EXPECT_TRUE(d.mentions.empty());
  d.document.text = "... !!! 123";
  analyzer_.Analyze(d.document.text, &d.analysis);
  tagger.Tag(&d);
  EXPECT_TRUE(d.mentions.empty());
}

// The cached path (per-type weight sums) and the feature-by-feature path agree.
void ExpectSameEmissions(const Model& model, const std::string& text) {
  const text::Analyzer analyzer;
  text::TextAnalysis a;
  analyzer.Analyze(text, &a);
  const Tagger tagger(model);
  TaggerCache cache;
  const std::size_t n = a.tokens.size();
  const std::vector<float> slow = tagger.Emissions(text, a, 0, n, nullptr);
  const std::vector<float> fast = tagger.Emissions(text, a, 0, n, &cache);
  const std::vector<float> again = tagger.Emissions(text, a, 0, n, &cache);  // all cache hits
  ASSERT_EQ(slow.size(), n * static_cast<std::size_t>(model.num_tags()));
  ASSERT_EQ(fast.size(), slow.size());
  for (std::size_t i = 0; i < slow.size(); ++i) {
    EXPECT_NEAR(fast[i], slow[i], 1e-3F * (1 + std::fabs(slow[i]))) << i;
    EXPECT_EQ(again[i], fast[i]) << i;
  }
}

TEST_F(HandModelTest, CachedEqualsUncached) {
  ExpectSameEmissions(model_, "زار فلاديمير بوتين موسكو وفلاديمير بوتين زار موسكو");
}

std::string CommittedModelPath() { return std::string(MARSAD_SOURCE_DIR) + "/data/models/ner.model"; }

TEST(CommittedModelTest, LoadsAndTagsAKnownSentence) {
  Result<Model> model = Model::Load(*io::Env::Default(), CommittedModelPath());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_GT(model->num_features(), 10000u);
  const Tagger tagger(*model);
  const text::Analyzer analyzer;
  doc::AnalyzedDoc d;
  d.document.text =
      "وقال الرئيس الفلسطيني محمود عباس في رام الله إن حركة حماس لم ترد على المبادرة المصرية.";
  analyzer.Analyze(d.document.text, &d.analysis);
  TaggerCache cache;
  tagger.Tag(&d, &cache);
  EXPECT_EQ(Render(d), "PER:محمود عباس LOC:رام الله ORG:حماس");
  ExpectSameEmissions(*model, d.document.text);
}

}  // namespace
}  // namespace marsad::ner
