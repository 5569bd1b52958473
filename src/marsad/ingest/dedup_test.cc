// Tests of fingerprints and duplicate detection: exact copies, near copies (a changed
// word), different articles, replacement of the same id.
#include "marsad/ingest/dedup.h"

#include <gtest/gtest.h>

namespace marsad::ingest {
namespace {

store::Fingerprint Fp(const text::Analyzer& analyzer, const std::string& text) {
  text::TextAnalysis a;
  analyzer.Analyze(text, &a);
  return ComputeFingerprint(a);
}

// A 400-word text drawn from a small vocabulary by a fixed pseudo-random sequence, so
// its word 3-shingles are mostly distinct, as in a real article.
std::string Article(int variant) {
  static const char* const kWords[] = {"قال", "المتحدث", "إن", "المحادثات", "مستمرة", "بين", "الوفود",
                                       "في", "أستانا", "وأضاف", "أن", "الجولة", "المقبلة", "ستعقد",
                                       "الشهر", "روسيا", "تركيا", "إيران", "الحكومة", "المعارضة",
                                       "منطقة", "خفض", "التصعيد", "إدلب", "دمشق", "الأمم", "المتحدة",
                                       "وقف", "إطلاق", "النار", "اتفاق", "الضامنة"};
  std::uint32_t x = variant == 2 ? 7 : 12345;
  std::string s;
  for (int i = 0; i < 400; ++i) {
    x = x * 1103515245u + 12345u;
    s += kWords[(x >> 16) % 32];
    s += (i % 17 == 16) ? ". " : " ";
  }
  if (variant == 1) s.replace(s.find("أستانا"), std::string("أستانا").size(), "كازاخستان");
  return s;
}

TEST(DedupTest, ExactNearAndDifferent) {
  const text::Analyzer analyzer;
  const store::Fingerprint a = Fp(analyzer, Article(0));
  // Diacritics, hamza forms and spacing do not change the normalized content.
  std::string same = Article(0);
  same.insert(0, "  ");
  EXPECT_EQ(Fp(analyzer, same).content, a.content);
  const store::Fingerprint near = Fp(analyzer, Article(1));
  const store::Fingerprint other = Fp(analyzer, Article(2));
  EXPECT_NE(near.content, a.content);
  EXPECT_LE(HammingDistance(near.simhash, a.simhash), 3);
  EXPECT_GT(HammingDistance(other.simhash, a.simhash), 3);
  EXPECT_EQ(a.words, 400u);

  Deduplicator dedup;
  EXPECT_FALSE(dedup.Find("a", a).has_value());
  dedup.Add("a", a);
  auto m = dedup.Find("b", Fp(analyzer, same));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->id, "a");
  EXPECT_EQ(m->kind, store::DuplicateKind::kExact);
  m = dedup.Find("c", near);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->kind, store::DuplicateKind::kNear);
  EXPECT_FALSE(dedup.Find("d", other).has_value());
  // A document is never a duplicate of itself (re-ingesting replaces it).
  EXPECT_FALSE(dedup.Find("a", a).has_value());
  // Once "a" is replaced by other content, its old content is free.
  dedup.Add("a", other);
  EXPECT_FALSE(dedup.Find("b", Fp(analyzer, same)).has_value());
}

TEST(DedupTest, ShortTextsOnlyExact) {
  const text::Analyzer analyzer;
  Deduplicator dedup;
  const store::Fingerprint a = Fp(analyzer, "انفجار في العاصمة");
  dedup.Add("a", a);
  EXPECT_TRUE(dedup.Find("b", Fp(analyzer, "انفجار في العاصمة")).has_value());
  EXPECT_FALSE(dedup.Find("c", Fp(analyzer, "انفجار في المدينة")).has_value());
}

// Fingerprints are stored (the index's document versions, the store's duplicate checks), so
// their values must not change with the code that computes them: these were computed by
// the scalar bit counter that the 16-byte one replaced. Texts of 1, 2, 3 and 400 words
// (the counter's byte lanes flush every 255 shingles), with numbers and punctuation.
TEST(DedupTest, FingerprintValuesAreStable) {
  const text::Analyzer analyzer;
  struct Case {
    std::string text;
    std::uint64_t content, simhash;
    std::uint32_t words;
  };
  const Case cases[] = {
      {"", 5903417615420859333u, 0u, 0},
      {"انفجار", 16378012327968275880u, 16378012327968275880u, 1},
      {"انفجار في", 7979907675736650506u, 7979907675736650506u, 2},
      {"انفجار في العاصمة 2024، وقتيلان.", 2115920738083734837u, 18100537621967370245u, 5},
      {Article(0), 13558561308425766321u, 4045643712449536338u, 400},
      {Article(2) + " " + Article(1), 5318527317330318216u, 5849368621342056754u, 800},
  };
  for (const Case& c : cases) {
    const store::Fingerprint fp = Fp(analyzer, c.text);
    EXPECT_EQ(fp.content, c.content) << c.text.substr(0, 40);
    EXPECT_EQ(fp.simhash, c.simhash) << c.text.substr(0, 40);
    EXPECT_EQ(fp.words, c.words) << c.text.substr(0, 40);
  }
}

}  // namespace
}  // namespace marsad::ingest
