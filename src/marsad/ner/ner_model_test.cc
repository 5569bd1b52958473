#include "marsad/ner/model.h"

#include <gtest/gtest.h>

#include <cmath>

#include "marsad/ner/codec.h"
#include "marsad/text/normalizer.h"

namespace marsad::ner {
namespace {

Model SmallModel() {
  const text::Normalizer normalizer;
  WordClusters clusters({16, 4});
  clusters.Set("بوتين", WordClass{{3, 1, 0, 0}, 0});
  clusters.Set("موسكو", WordClass{{9, 2, 0, 0}, 0});
  Lexicon lexicon;
  lexicon.Add("الأمم المتحدة", LexClass::kOrg, normalizer);
  lexicon.Add("بوتين", LexClass::kPer, normalizer);
  FeatureOptions options;
  options.flags = kDefaultFeatures | kFeatClusterBigrams;
  Model m(TagScheme::kBilou, options, std::move(clusters), std::move(lexicon));
  float* w = m.AddFeature(0x1234567890ABCDEFULL);
  w[0] = 1.5F;
  w[4] = -0.25F;
  w[16] = 3.0F;
  float* v = m.AddFeature(0xFEDCBA0987654321ULL);
  v[2] = -3.0F;
  m.AddFeature(0x1111111111111111ULL);  // all zero: dropped when saved
  m.SetTransition(-1, 1, 0.75F);
  m.SetTransition(3, -1, -1.25F);
  m.set_info("a test model");
  return m;
}

TEST(ModelTest, SerializeParseRoundTrip) {
  const Model m = SmallModel();
  EXPECT_EQ(m.num_tags(), 17);
  EXPECT_TRUE(std::isinf(m.transitions()[17 * 18 + 2]));  // start -> I-PER is forbidden
  Result<std::string> bytes = m.Serialize();
  ASSERT_TRUE(bytes.ok());
  Result<Model> back = Model::Parse(*bytes, "m.model");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->tags().scheme(), TagScheme::kBilou);
  EXPECT_EQ(back->feature_options().flags, m.feature_options().flags);
  EXPECT_EQ(back->info(), "a test model");
  EXPECT_EQ(back->num_features(), 2u);
  const float* w = back->Weights(0x1234567890ABCDEFULL);
  ASSERT_NE(w, nullptr);
  // 16-bit quantization: within max|w| / 32767.
  EXPECT_NEAR(w[0], 1.5F, 3.0F / 32767);
  EXPECT_NEAR(w[4], -0.25F, 3.0F / 32767);
  EXPECT_NEAR(w[16], 3.0F, 3.0F / 32767);
  EXPECT_EQ(w[1], 0.0F);
  ASSERT_NE(back->Weights(0xFEDCBA0987654321ULL), nullptr);
  EXPECT_EQ(back->Weights(0x1111111111111111ULL), nullptr);
  EXPECT_EQ(back->Weights(0x2222222222222222ULL), nullptr);
  for (std::size_t i = 0; i < 18 * 18; ++i) EXPECT_EQ(back->transitions()[i], m.transitions()[i]) << i;
  ASSERT_NE(back->clusters().Find("موسكو"), nullptr);
  EXPECT_EQ(back->clusters().Find("موسكو")->ids[0], 9);
  EXPECT_EQ(back->clusters().levels(), (std::vector<std::uint32_t>{16, 4}));
  EXPECT_EQ(back->lexicon().Word("بوتين").whole, LexBit(LexClass::kPer));
  EXPECT_EQ(back->lexicon().phrases(), m.lexicon().phrases());
  // The same model serializes to the same bytes.
  EXPECT_EQ(*back->Serialize(), *bytes);
}

TEST(ModelTest, SaveLoad) {
  std::unique_ptr<io::Env> env = io::NewMemEnv();
  ASSERT_TRUE(SmallModel().Save(*env, "models/ner.model").ok());
  Result<Model> m = Model::Load(*env, "models/ner.model");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->num_features(), 2u);
  Result<Model> missing = Model::Load(*env, "models/none.model");
  EXPECT_TRUE(missing.status().IsNotFound() || missing.status().IsIOError());
  EXPECT_NE(missing.status().message().find("models/none.model"), std::string::npos);
}

TEST(ModelTest, RejectsBadFiles) {
  Result<std::string> bytes = SmallModel().Serialize();
  ASSERT_TRUE(bytes.ok());
  // Flip each of a spread of bytes: every change is caught, none crashes.
  for (std::size_t i = 0; i < bytes->size(); i += 7) {
    std::string bad = *bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x5A);
    Result<Model> m = Model::Parse(bad, "bad.model");
    ASSERT_FALSE(m.ok()) << "byte " << i;
    EXPECT_EQ(m.status().message().substr(0, 10), "bad.model:") << m.status().message();
  }
  for (std::size_t n : {std::size_t{0}, std::size_t{10}, bytes->size() - 1}) {
    Result<Model> m = Model::Parse(std::string_view(*bytes).substr(0, n), "cut.model");
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.status().IsCorruption() || m.status().code() == StatusCode::kNotSupported);
  }
  // A clusters file is not a model.
  ByteWriter w;
  WordClusters({4}).Write(&w);
  Result<std::string> clusters = SealFile("MRSDCLS1", 1, w.data());
  ASSERT_TRUE(clusters.ok());
  Result<Model> m = Model::Parse(*clusters, "c.model");
  EXPECT_EQ(m.status().code(), StatusCode::kNotSupported);
  EXPECT_EQ(m.status().message(), "c.model: not a MRSDNER1 file (wrong magic bytes)");
  // A well-sealed file whose content is garbage.
  Result<std::string> garbage = SealFile("MRSDNER1", kModelFormatVersion, "\x07garbage");
  ASSERT_TRUE(garbage.ok());
  m = Model::Parse(*garbage, "g.model");
  EXPECT_TRUE(m.status().IsCorruption());
  EXPECT_EQ(m.status().message(), "g.model: unknown tag scheme at byte 1");
  // A newer format version.
  Result<std::string> newer = SealFile("MRSDNER1", kModelFormatVersion + 1, "x");
  ASSERT_TRUE(newer.ok());
  EXPECT_EQ(Model::Parse(*newer, "n.model").status().code(), StatusCode::kNotSupported);
}

TEST(WordClustersTest, SaveLoad) {
  std::unique_ptr<io::Env> env = io::NewMemEnv();
  WordClusters c({1024, 64});
  c.Set("قال", WordClass{{1000, 63, 0, 0}, 0});
  c.Set("<num>", WordClass{{1, 2, 0, 0}, 0});
  ASSERT_TRUE(c.Save(*env, "c.clusters").ok());
  Result<WordClusters> back = WordClusters::Load(*env, "c.clusters");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->size(), 2u);
  ASSERT_NE(back->Find("قال"), nullptr);
  EXPECT_EQ(back->Find("قال")->ids[0], 1000);
  EXPECT_EQ(back->Find("قال")->ids[1], 63);
  EXPECT_EQ(back->Find("قالت"), nullptr);
  Result<std::string> file = env->ReadFile("c.clusters", 1 << 20);
  ASSERT_TRUE(file.ok());
  std::string bad = *file;
  bad[1] = static_cast<char>(bad[1] ^ 1);
  ASSERT_TRUE(env->WriteFileAtomic("bad.clusters", bad).ok());
  Result<WordClusters> b = WordClusters::Load(*env, "bad.clusters");
  EXPECT_TRUE(b.status().IsCorruption());
  EXPECT_EQ(b.status().message(), "bad.clusters: checksum mismatch");
}

TEST(ClusterFormTest, Kinds) {
  EXPECT_EQ(ClusterForm(text::TokenKind::kNumber, "2017"), "<num>");
  EXPECT_EQ(ClusterForm(text::TokenKind::kUrl, "http://x"), "<url>");
  EXPECT_EQ(ClusterForm(text::TokenKind::kArabicWord, "قال"), "قال");
  EXPECT_EQ(ClusterForm(text::TokenKind::kPunctuation, "،"), "،");
}

}  // namespace
}  // namespace marsad::ner
