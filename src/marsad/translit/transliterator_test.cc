#include "marsad/translit/transliterator.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "marsad/translit/model_io.h"
#include "marsad/translit/test_util.h"
#include "marsad/translit/trainer.h"

namespace marsad::translit {
namespace {

const std::string kModelPath = std::string(MARSAD_SOURCE_DIR) + "/data/models/" + std::string(kDefaultModelFile);

Transliterator ToyTransliterator() {
  TrainOptions o;
  o.ngram.order = 3;
  auto model = TrainModel(testing::ToyPairs(), o, nullptr);
  EXPECT_TRUE(model.ok());
  return Transliterator(std::move(*model));
}

TEST(TransliteratorTest, RendersNamesWordByWord) {
  const Transliterator t = ToyTransliterator();
  struct Case {
    const char* in;
    const char* want;
  };
  const Case cases[] = {
      {"بالو", "Balo"},
      {"بالو تيما", "Balo Tima"},
      {"  بالو \t\n تيما  ", "Balo Tima"},     // white space collapsed and trimmed
      {"بَالُو", "Balo"},                       // diacritics
      {"بـــالو", "Balo"},                      // tatweel
      {"بالو، تيما؟", "Balo, Tima?"},           // Arabic punctuation
      {"(بالو) تيما-مونو", "(Balo) Tima-Mono"},  // other characters kept
      {"بالو 2017 CNN", "Balo 2017 CNN"},
      {"خخخ بالو", "Balo"},                     // a word of unknown letters is dropped
      {"", ""},
      {"\xFF\xFE", "\xEF\xBF\xBD\xEF\xBF\xBD"},  // invalid UTF-8 becomes U+FFFD, no crash
  };
  for (const Case& c : cases) EXPECT_EQ(t.Render(c.in), c.want) << c.in;
  EXPECT_EQ(t.RenderWord("بالو"), "balo");
  EXPECT_EQ(t.RenderWord("بالو تيما"), "balotima");  // one word: non-letters ignored
}

TEST(TransliteratorTest, IsMovable) {
  Transliterator a = ToyTransliterator();
  Transliterator b = std::move(a);
  EXPECT_EQ(b.Render("تيما"), "Tima");
}

TEST(TransliteratorTest, LoadNamesTheBadFile) {
  auto env = io::NewMemEnv();
  ASSERT_TRUE(env->WriteFileAtomic("/m/garbage.bin.zst", "not a model at all, sorry").ok());
  auto bad = Transliterator::Load(*env, "/m/garbage.bin.zst");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(bad.status().IsCorruption());
  EXPECT_EQ(bad.status().message().rfind("/m/garbage.bin.zst: ", 0), 0u) << bad.status().message();
  auto missing = Transliterator::Load(*env, "/m/missing.bin.zst");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/m/missing.bin.zst"), std::string::npos);
}

// The committed model (data/models/translit_ar_en.bin.zst): loads, and renders a few
// names marsad's news need. Its accuracy is measured by `marsad eval translit`.
TEST(CommittedModelTest, LoadsAndRendersKnownNames) {
  auto t = Transliterator::Load(*io::Env::Default(), kModelPath);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  struct Case {
    const char* arabic;
    const char* want;
  };
  const Case exact[] = {
      {"أستانا", "Astana"},     {"أستانة", "Astana"},       {"كازاخستان", "Kazakhstan"},
      {"سيرغي لافروف", "Sergi Lavrov"}, {"عبد الله", "Abd Allah"},
  };
  for (const Case& c : exact) EXPECT_EQ(t->Render(c.arabic), c.want) << c.arabic;
  // لافرينتيف: the 1-best spells the first ف as f (lafrentef); "lavr..." is among the
  // five best, and the variant without ي gives Lavrentif.
  bool lavr = false;
  for (const Candidate& c : t->Candidates("لافرينتيف", 5)) lavr = lavr || c.latin.rfind("lavr", 0) == 0;
  EXPECT_TRUE(lavr);
  EXPECT_NE(t->RenderWord("لافرنتيف").find("lavrent"), std::string::npos);
}

TEST(CommittedModelTest, RendersTheSameFromManyThreads) {
  auto t = Transliterator::Load(*io::Env::Default(), kModelPath);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  const std::vector<std::string> names = {"لافرينتيف", "أستانا", "بشار الجعفري", "دي ميستورا"};
  std::vector<std::string> want;
  for (const std::string& n : names) want.push_back(t->Render(n));
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&] {
      for (int rep = 0; rep < 50; ++rep) {
        for (std::size_t i = 0; i < names.size(); ++i) {
          if (t->Render(names[i]) != want[i]) ++mismatches;
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace marsad::translit
