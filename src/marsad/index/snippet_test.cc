#include "marsad/index/snippet.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/text/analyzer.h"

namespace marsad::index {
namespace {

// The snippet with each highlight in [brackets].
std::string Render(const std::string& text, const Snippet& s) {
  std::string out;
  std::uint32_t at = s.window.begin;
  for (const ByteSpan& h : s.highlights) {
    out.append(text, at, h.begin - at);
    out += '[';
    out.append(text, h.begin, h.size());
    out += ']';
    at = h.end;
  }
  out.append(text, at, s.window.end - at);
  return out;
}

class SnippetTest : public ::testing::Test {
 protected:
  std::string Make(const std::string& text, const std::string& query, std::size_t max_tokens) {
    text::TextAnalysis q, a;
    analyzer_.Analyze(query, &q);
    std::vector<QueryWord> words;
    for (std::size_t i = 0; i < q.tokens.size(); ++i) {
      words.push_back(QueryWord{std::string(q.norm(i)), std::string(q.stem(i)), std::string(q.key(i)), false});
    }
    analyzer_.Analyze(text, &a);
    Snippet s = MakeSnippet(text, a, words, SnippetOptions{max_tokens});
    EXPECT_EQ(s.text, text.substr(s.window.begin, s.window.size()));
    return Render(text, s);
  }
  text::Analyzer analyzer_;
};

TEST_F(SnippetTest, HighlightsTheOriginalSpellingAtTokenOffsets) {
  const std::string text =
      "افتتحت الجولة صباح الخميس. وقال ألكسندر لافرينتيف في أستانة إن الاتفاق قريب.";
  EXPECT_EQ(Make(text, "لافرنتييف أستانا", 6), "وقال ألكسندر [لافرينتيف] في [أستانة] إن");
  // Diacritics and hamza forms stay as written; the match is by norm or stem.
  EXPECT_EQ(Make("قالَ المبعوثُ: الاتفاقُ قريبٌ", "اتفاق", 10), "قالَ المبعوثُ: [الاتفاقُ] قريبٌ");
}

TEST_F(SnippetTest, PicksTheWindowWithTheMostQueryWords) {
  const std::string text =
      "سوريا في الأخبار. ثم حديث طويل عن الطقس والرياح والأمطار. روسيا وتركيا وإيران تبحث ملف سوريا.";
  // Whole tokens are highlighted, clitics included (وتركيا).
  EXPECT_EQ(Make(text, "روسيا تركيا سوريا", 7), "[روسيا] [وتركيا] وإيران تبحث ملف [سوريا].");
}

TEST_F(SnippetTest, NoMatchGivesTheStart) {
  EXPECT_EQ(Make("نص بلا كلمات مطلوبة هنا أبدا", "المريخ", 3), "نص بلا كلمات");
  EXPECT_EQ(Make("", "المريخ", 3), "");
}

}  // namespace
}  // namespace marsad::index
