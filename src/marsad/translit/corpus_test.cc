#include "marsad/translit/corpus.h"

#include <gtest/gtest.h>

#include <set>

namespace marsad::translit {
namespace {

std::string Pairs(const std::vector<NamePair>& pairs) {
  std::string out;
  for (const NamePair& p : pairs) out += (out.empty() ? "" : " ") + p.arabic + "=" + p.latin;
  return out;
}

TEST(CorpusParseTest, LineAligned) {
  auto p = ParseLineAligned("بولك\nجانوس \n\n", "Bulcke\nJanus\n\n", "x");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Pairs(*p), "بولك=Bulcke جانوس=Janus");
  auto bad = ParseLineAligned("a\nb\n", "a\n", "anetac/x.{ar,en}");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "anetac/x.{ar,en}: 2 Arabic lines but 1 Latin lines");
  auto half = ParseLineAligned("a\n\n", "a\nb\n", "f");
  ASSERT_FALSE(half.ok());
  EXPECT_EQ(half.status().message(), "f:2: one side is empty");
}

TEST(CorpusParseTest, TabSeparated) {
  auto p = ParseTabSeparated("آبي\tabe\r\nأعشى\ta'sha\n", "g");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Pairs(*p), "آبي=abe أعشى=a'sha");
  auto bad = ParseTabSeparated("آبي\tabe\nno tab here\n", "google/ar2en-train.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "google/ar2en-train.txt:2: expected arabic<TAB>latin");
}

TEST(CorpusParseTest, WikidataTokens) {
  auto p = ParseWikidataTokens("mogherini\tم و غ ي ر ي ن ي\t1\nantun\tأ ن ط و ن\t3\n", "w");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Pairs(*p), "موغيريني=mogherini أنطون=antun");
  auto bad = ParseWikidataTokens("antun\tأ ن ط و ن\n", "wd");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "wd:1: expected latin<TAB>arabic letters<TAB>count");
}

TEST(CorpusTest, GroupReferencesKeepsEverySpellingOnce) {
  const std::vector<TestItem> items =
      GroupReferences({{"هشام", "Hisham"}, {"سامي", "Sami"}, {"هشام", "hichem"}, {"هشام", "hisham"}});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].arabic, "هشام");
  EXPECT_EQ(items[0].references, (std::vector<std::string>{"Hisham", "hichem"}));
  EXPECT_EQ(items[1].references, (std::vector<std::string>{"Sami"}));
}

TEST(CorpusTest, WikidataBucketIgnoresHamzaSpelling) {
  const text::Normalizer search(text::NormalizerOptions::Search());
  EXPECT_EQ(WikidataBucket("أنطون", search), WikidataBucket("انطون", search));
  EXPECT_LT(WikidataBucket("موغيريني", search), kWikidataBuckets);
}

// A miniature ../shared/data: test and dev names never reach training, in any spelling.
TEST(CorpusTest, HeldOutNamesAreRemovedFromTraining) {
  auto env = io::NewMemEnv();
  const std::string d = "/data";
  auto put = [&](const std::string& path, std::string_view text) {
    ASSERT_TRUE(env->WriteFileAtomic(d + "/" + path, text).ok());
  };
  put("anetac/EN-AR_Translit__train.ar", "بولك\nأستانا\nجانوس\n");
  put("anetac/EN-AR_Translit__train.en", "Bulcke\nAstana\nJanus\n");
  put("anetac/EN-AR_Translit__dev.ar", "جانوس\n");
  put("anetac/EN-AR_Translit__dev.en", "Janus\n");
  put("anetac/EN-AR_Translit__test.ar", "استانا\n");  // أستانا without its hamza
  put("anetac/EN-AR_Translit__test.en", "Astana\n");
  put("google-ar2en-translit/ar2en-train.txt", "آبي\tabe\nبولك\tbulk\n");
  put("google-ar2en-translit/ar2en-eval.txt", "آرلن\tarlen\n");
  put("google-ar2en-translit/ar2en-test.txt", "آتزمون\tatzmon\n");
  put("wikidata-en-ar-names/wd_arabic.normalized.aligned.tokens", "atzmon\tأ ت ز م و ن\t1\n");
  auto c = LoadTranslitCorpus(*env, d);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(Pairs(c->train), "بولك=Bulcke آبي=abe بولك=bulk");
  ASSERT_EQ(c->sources.size(), 3u);
  EXPECT_EQ(c->sources[0].train_pairs, 3u);
  EXPECT_EQ(c->sources[0].held_out_overlap, 2u);  // أستانا (test) and جانوس (dev)
  EXPECT_EQ(c->sources[2].held_out_overlap, 1u);  // أتزمون = آتزمون (google test)
  ASSERT_EQ(c->test.size(), 3u);
  EXPECT_EQ(c->test[0].name, "anetac");
  EXPECT_EQ(c->test[1].items[0].references[0], "atzmon");

  ASSERT_TRUE(env->RemoveFile(d + "/google-ar2en-translit/ar2en-eval.txt").ok());
  auto missing = LoadTranslitCorpus(*env, d);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("ar2en-eval.txt"), std::string::npos);
}

// The real corpora, when ../shared/data is present: split sizes as documented.
TEST(CorpusTest, SharedDataSplits) {
  io::Env* env = io::Env::Default();
  const std::string dir = MARSAD_SHARED_DATA_DIR;
  if (!env->FileExists(dir + "/anetac/EN-AR_Translit__test.ar")) {
    GTEST_SKIP() << "../shared/data is absent: " << dir;
  }
  auto c = LoadTranslitCorpus(*env, dir);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_EQ(c->test.size(), 3u);
  EXPECT_EQ(c->test[0].items.size(), 2977u);   // 3,013 pairs, 2,977 distinct Arabic words
  EXPECT_EQ(c->test[1].items.size(), 1590u);
  EXPECT_GT(c->test[2].items.size(), 9000u);   // about a fifth of 53,810 spellings
  EXPECT_EQ(c->dev[0].items.size(), 1000u);
  const text::Normalizer search(text::NormalizerOptions::Search());
  std::set<std::string> held;
  for (const auto* sets : {&c->dev, &c->test}) {
    for (const TestSet& s : *sets) {
      for (const TestItem& i : s.items) held.insert(search.Normalize(i.arabic));
    }
  }
  for (const NamePair& p : c->train) ASSERT_EQ(held.count(search.Normalize(p.arabic)), 0u) << p.arabic;
}

}  // namespace
}  // namespace marsad::translit
