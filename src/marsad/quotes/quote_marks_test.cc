// Table tests of quote-mark pairing (quote_marks.h) on hand-written text: each family of
// marks, nesting, stray marks, unclosed quotes, and quotes over paragraph breaks.
#include "marsad/quotes/quote_marks.h"

#include <gtest/gtest.h>

#include <string>

#include "marsad/text/analyzer.h"

namespace marsad::quotes {
namespace {

// Each span as "[content]", with "^" after it when nested, ":" when it is a quote inside a
// quote with the same marks opened after a colon, "+" when it continues the previous span, "~"
// when unclosed, "¶" when it runs over a paragraph break; joined by spaces.
std::string Spans(const std::string& text) {
  static const text::Analyzer* const analyzer = new text::Analyzer();
  text::TextAnalysis a;
  analyzer->Analyze(text, &a);
  auto spans = FindQuotedSpans(text, a, ParagraphOfTokens(text, a.tokens));
  std::string out;
  for (const QuotedSpan& s : spans) {
    if (!out.empty()) out += ' ';
    out += '[';
    out.append(s.content.In(text));
    out += ']';
    if (s.parent >= 0) out += "^";
    if (s.inner_after_colon) out += ":";
    if (s.continues >= 0) out += "+";
    if (s.unclosed) out += "~";
    if (s.runs_over) out += "¶";
  }
  return out;
}

struct Case {
  const char* text;
  const char* want;
};

constexpr Case kCases[] = {
    // Every family.
    {"قال \"نعم\" ثم «لا» ثم “ربما” ثم „حسنا“ ثم ‘طيب’ ثم ‹كلا›.",
     "[نعم] [لا] [ربما] [حسنا] [طيب] [كلا]"},
    {"قال 'نعم' ثم سكت.", "[نعم]"},
    // Reversed curly marks still pair.
    {"قال ”نعم“ ثم سكت.", "[نعم]"},
    // Nesting across families.
    {"قال \"هذا 'مهم' جدا\" ثم سكت.", "[هذا 'مهم' جدا] [مهم]^"},
    {"قال «هذا “مهم” جدا» ثم سكت.", "[هذا “مهم” جدا] [مهم]^"},
    // An apostrophe is not a quote mark.
    {"O'Brien قال ' هنا ' لا شيء", ""},
    // A stray closing mark is left out.
    {"الكلمة\" ثم قال \"نص\".", "[نص]"},
    // An opening mark never closed runs to the end of its paragraph.
    {"قال \"بداية بلا نهاية\nفقرة أخرى", "[بداية بلا نهاية]~"},
    // A quote with one mark too many: the clear opening mark starts an inner quote.
    {"وأضاف \"أعلم أن هذا ما أتاحه \"المشروع الجديد\".", "[أعلم أن هذا ما أتاحه \"المشروع الجديد\".]~ [المشروع الجديد]^"},
    // A quote inside a quote with the same marks: the mark after a word and a colon opens the
    // inner quote when two closers follow, and the outer quote runs to its own closing mark.
    {"وقال إنه: \"ذهبت سلمى إلى السوق، فقالت لي: \"لا أعرف الطريق\"، ثم عادت\"، وسكت.",
     "[ذهبت سلمى إلى السوق، فقالت لي: \"لا أعرف الطريق\"، ثم عادت] [لا أعرف الطريق]^:"},
    {"قال: \"سألته: \"متى؟\" فلم يجب\".", "[سألته: \"متى؟\" فلم يجب] [متى؟]^:"},
    // Not after a colon, or the quote before it is closed: the marks pair in order.
    {"قال \"نص أول\" ثم قال: \"نص ثان\" وسكت.", "[نص أول] [نص ثان]"},
    {"قال \"أ ب \"ج د\" هـ و\" ثم", "[أ ب]"},
    // Two quoted titles after the colon (the second mark glued to the next word): not read
    // as one inner quote, which would close the outer quote at the second title's mark.
    {"قال \"لا يعرفون إلا كتبه: \"أ ب\"، و\"ج د\"، وهذا خطأ\".", "[لا يعرفون إلا كتبه:] [ج د]"},
    // A mark after the colon whose next mark opens (a new quote), not closes: no nesting.
    {"قال \"أ ب: \"ج د \"هـ و\"", "[أ ب:] [هـ و]"},
    // A second open quote of the family below (stray marks): no third level.
    {"وقال \"سالم في حديثه لقناة \"النور: \"نص أول طويل\". وتساءل: لماذا هذا؟\". ثم سكت.",
     "[سالم في حديثه لقناة \"النور: \"نص أول طويل] [النور:]^ [. ثم سكت.]~"},
    // The next paragraph opens the mark again: the quote continues there.
    {"\"أ ب ج\n\"د هـ و\"", "[أ ب ج]~ [د هـ و]+"},
    // The closing mark is in the next paragraph: one span over the break.
    {"\"أ ب ج\nد هـ و\" ثم", "[أ ب ج\nد هـ و]¶"},
    // Nothing inside.
    {"\"\" «» “ ”", ""},
    // A » after a colon opens (guillemets written reversed and spaced inside, in an article
    // that also writes them the usual way): each quote is its own span, not the text between
    // one quote and the next.
    {"وقال الأول:» نص أول طويل «، مشيرا إلى أمر .\nوقال الثاني: « نص ثان »، ثم:» نص ثالث «.",
     "[نص أول طويل] [نص ثان] [نص ثالث]"},
    // A quote that ends with a colon is closed there, not reopened.
    {"قال «نص أول عنه:» نص ثان.", "[نص أول عنه:]"},
    // A feed that writes » for both marks still pairs them after a colon.
    {"قال:»نص أول» ثم سكت.", "[نص أول]"},
    // Guillemets the usual way after a colon, and a paragraph that starts by closing a quote
    // run over from the one before: not reversed.
    {"قال: «أ ب ج\nد هـ و» ثم قال: «ز ح».", "[أ ب ج\nد هـ و]¶ [ز ح]"},
};

TEST(QuoteMarksTest, Pairs) {
  for (const Case& c : kCases) EXPECT_EQ(Spans(c.text), c.want) << c.text;
}

TEST(QuoteMarksTest, Families) {
  MarkGlyph g;
  EXPECT_EQ(FamilyOf("\"", &g), MarkFamily::kDoubleStraight);
  EXPECT_EQ(g, MarkGlyph::kSymmetric);
  EXPECT_EQ(FamilyOf("«", &g), MarkFamily::kGuillemet);
  EXPECT_EQ(g, MarkGlyph::kOpen);
  EXPECT_EQ(FamilyOf("”", &g), MarkFamily::kDoubleCurly);
  EXPECT_EQ(g, MarkGlyph::kClose);
  EXPECT_EQ(FamilyOf("„", &g), MarkFamily::kDoubleCurly);
  EXPECT_EQ(FamilyOf("،", &g), MarkFamily::kNone);
}

TEST(QuoteMarksTest, Paragraphs) {
  const std::string text = "أ ب\nج\n\nد";
  text::Analyzer analyzer;
  text::TextAnalysis a;
  analyzer.Analyze(text, &a);
  EXPECT_EQ(ParagraphOfTokens(text, a.tokens), (std::vector<std::uint32_t>{0, 0, 1, 2}));
}

}  // namespace
}  // namespace marsad::quotes
