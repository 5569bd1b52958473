// Tests of QuoteFilter: by document, by speaker entity, and by the words naming the speaker
// in any spelling (variant keys).
#include "marsad/quotes/quote_filter.h"

#include <gtest/gtest.h>

namespace marsad::quotes {
namespace {

doc::Quote QuoteBy(const std::string& text, std::string_view mention, std::optional<std::uint64_t> entity) {
  doc::Quote q;
  q.span = {0, 1};
  if (!mention.empty()) {
    const std::size_t at = text.find(mention);
    q.speaker.mention = ByteSpan{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + mention.size())};
  }
  if (entity) q.speaker.entity = EntityId(*entity);
  return q;
}

TEST(QuoteFilterTest, AnyQuoteWithoutCriteria) {
  text::Analyzer analyzer;
  QuoteFilter f(analyzer, "", "", {});
  EXPECT_TRUE(f.Matches("d1", "نص", doc::Quote()));
}

TEST(QuoteFilterTest, ByDocument) {
  text::Analyzer analyzer;
  QuoteFilter f(analyzer, "d2", "", {});
  EXPECT_FALSE(f.Matches("d1", "نص", doc::Quote()));
  EXPECT_TRUE(f.Matches("d2", "نص", doc::Quote()));
}

struct SpellingCase {
  const char* name;      // as the user types it
  const char* text;      // the document
  const char* mention;   // the words naming the speaker in it
  bool want;
};

constexpr SpellingCase kSpellings[] = {
    {"بوتين", "قال الرئيس بوتن إن", "الرئيس بوتن", true},            // another spelling
    {"بوتين", "قال الرئيس فلاديمير بوتين إن", "الرئيس فلاديمير بوتين", true},
    {"زوكربيرغ", "قال مارك زوكربرغ إن", "مارك زوكربرغ", true},
    {"الرئيس الروسي", "قال الرئيس الروسي إن", "الرئيس الروسي", true},  // a title
    {"لافروف", "قال الرئيس بوتين إن", "الرئيس بوتين", false},
    {"بوتين", "قال المتحدث إن", "", false},                           // no speaker
};

TEST(QuoteFilterTest, BySpeakerSpelling) {
  text::Analyzer analyzer;
  for (const SpellingCase& c : kSpellings) {
    QuoteFilter f(analyzer, "", c.name, {});
    EXPECT_EQ(f.Matches("d", c.text, QuoteBy(c.text, c.mention, std::nullopt)), c.want)
        << c.name << " / " << c.mention;
  }
}

TEST(QuoteFilterTest, BySpeakerEntity) {
  text::Analyzer analyzer;
  const std::string text = "قال الرئيس الروسي إن";
  // NAME resolved to entity 7 (e.g. by a title the entity table knows).
  QuoteFilter f(analyzer, "", "سيد الكرملين", {EntityId(7)});
  EXPECT_TRUE(f.Matches("d", text, QuoteBy(text, "الرئيس الروسي", 7)));
  EXPECT_FALSE(f.Matches("d", text, QuoteBy(text, "الرئيس الروسي", 8)));  // resolved elsewhere
  EXPECT_FALSE(f.Matches("d", text, QuoteBy(text, "الرئيس الروسي", std::nullopt)));  // words differ
}

TEST(QuoteFilterTest, ContainsRun) {
  EXPECT_TRUE(ContainsRun({"a", "b", "c"}, {"b", "c"}));
  EXPECT_FALSE(ContainsRun({"a", "b", "c"}, {"a", "c"}));
  EXPECT_FALSE(ContainsRun({"a"}, {}));
}

}  // namespace
}  // namespace marsad::quotes
