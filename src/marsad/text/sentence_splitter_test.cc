#include "marsad/text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "marsad/text/tokenizer.h"

namespace marsad::text {
namespace {

// Sentences joined by " | ". The same sentences must come from the tokenizer's cues
// (TokenScan) as from the tokens alone, with the same token ranges.
std::string Render(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  const std::vector<Sentence> sentences = SplitSentences(text, tokens);
  std::vector<Token> scanned;
  TokenScan scan;
  Tokenize(text, &scanned, &scan);
  std::vector<Sentence> from_cues;
  SplitSentences(text, scanned, scan.cues, &from_cues);
  EXPECT_EQ(scanned.size(), tokens.size()) << text;
  EXPECT_EQ(scan.keys.size(), tokens.size()) << text;
  EXPECT_EQ(from_cues.size(), sentences.size()) << text;
  for (std::size_t i = 0; i < std::min(from_cues.size(), sentences.size()); ++i) {
    EXPECT_EQ(from_cues[i].span.In(text), sentences[i].span.In(text)) << text;
    EXPECT_EQ(from_cues[i].first_token, sentences[i].first_token) << text;
    EXPECT_EQ(from_cues[i].end_token, sentences[i].end_token) << text;
  }
  std::string out;
  for (const Sentence& s : sentences) {
    if (!out.empty()) out += " | ";
    out += s.span.In(text);
  }
  return out;
}

struct Case {
  const char* in;
  const char* want;
};

constexpr Case kCases[] = {
    {"قال الوزير. وأضاف المتحدث", "قال الوزير. | وأضاف المتحدث"},
    {"هل انتهى؟ نعم! بالتأكيد", "هل انتهى؟ | نعم! | بالتأكيد"},
    {"قال: “انتهى الأمر.” ثم غادر", "قال: “انتهى الأمر.” | ثم غادر"},
    {"قال «كفى!» وغادر", "قال «كفى!» | وغادر"},
    {"الفقرة الأولى\nالفقرة الثانية", "الفقرة الأولى | الفقرة الثانية"},
    {"نقلت وكالة أ.ف.ب الخبر. ثم", "نقلت وكالة أ.ف.ب الخبر. | ثم"},
    {"قال د. أحمد إن", "قال د. أحمد إن"},
    {"Mr. Smith said it. Then", "Mr. Smith said it. | Then"},
    {"النمو 3.5 بالمئة. وقال", "النمو 3.5 بالمئة. | وقال"},
    {"انتظر... ثم تكلم", "انتظر... | ثم تكلم"},
    {"\n\n  نص وحيد  \n", "نص وحيد"},
    {"سطر أول\r\n\r\nسطر ثان؟! «نعم.» لا", "سطر أول | سطر ثان؟! | «نعم.» | لا"},
    {"Dr. Y met Gen. Z. He left. a.b then", "Dr. Y met Gen. Z. He left. | a.b then"},
    {"", ""},
};

TEST(SentenceSplitterTest, Table) {
  for (const Case& c : kCases) EXPECT_EQ(Render(c.in), c.want) << c.in;
}

TEST(SentenceSplitterTest, DotRunCutIntoPiecesEndsTheSentence) {
  // A run of dots longer than kMaxTokenBytes is cut into tokens (the last one a lone "."
  // before a word); the cues must see each piece, as the tokens alone do.
  const std::string dots = "قال" + std::string(kMaxTokenBytes + 1, '.');
  EXPECT_EQ(Render(dots + "ثم"), dots + " | ثم");
}

TEST(SentenceSplitterTest, TokenRanges) {
  const std::string text = "كتب الولد. ذهب هو";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  auto s = SplitSentences(text, tokens);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].first_token, 0u);
  EXPECT_EQ(s[0].end_token, 3u);
  EXPECT_EQ(s[1].first_token, 3u);
  EXPECT_EQ(s[1].end_token, 5u);
}

}  // namespace
}  // namespace marsad::text
