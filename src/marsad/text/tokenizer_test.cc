#include "marsad/text/tokenizer.h"

#include <gtest/gtest.h>

#include <ios>

#include <string>
#include <vector>

#include "marsad/text/char_class.h"

namespace marsad::text {
namespace {

// Renders tokens as "text/kind ..." (xapian termgen style), to compare with one string.
std::string Render(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.In(text);
    out += '/';
    out += TokenKindName(t.kind);
  }
  return out;
}

struct Case {
  const char* in;
  const char* want;
};

constexpr Case kCases[] = {
    {"قال المبعوث الروسي", "قال/arabic المبعوث/arabic الروسي/arabic"},
    {"مُحَمَّدٌ وأحمد", "مُحَمَّدٌ/arabic وأحمد/arabic"},                 // marks stay in the word
    {"روبرـــــت", "روبرـــــت/arabic"},                                   // tatweel inside a word
    {"بـ\"ذا فويس\"", "بـ/arabic \"/punct ذا/arabic فويس/arabic \"/punct"},
    {"قال: “إن الوضع صعب”.", "قال/arabic :/punct “/punct إن/arabic الوضع/arabic صعب/arabic ”/punct ./punct"},
    {"«لم تعد وسيطا»", "«/punct لم/arabic تعد/arabic وسيطا/arabic »/punct"},
    {"„نص“ و'آخر'", "„/punct نص/arabic “/punct و/arabic '/punct آخر/arabic '/punct"},
    {"أين؟ هنا، وهناك؛", "أين/arabic ؟/punct هنا/arabic ،/punct وهناك/arabic ؛/punct"},
    {"عام ٢٠١٧ و۱۳۹۶ 2018م", "عام/arabic ٢٠١٧/number و/arabic ۱۳۹۶/number 2018/number م/arabic"},
    {"٣٫٥ مليار و١٬٠٠٠ و3.5 و1,000 الساعة 10:30", "٣٫٥/number مليار/arabic و/arabic ١٬٠٠٠/number و/arabic 3.5/number و/arabic 1,000/number الساعة/arabic 10:30/number"},
    {"زار https://www.alarabiya.net/ar/x.html.", "زار/arabic https://www.alarabiya.net/ar/x.html/url ./punct"},
    {"(www.bbc.co.uk/arabic)", "(/punct www.bbc.co.uk/arabic/url )/punct"},
    {"راسلونا info@sana.sy.", "راسلونا/arabic info@sana.sy/email ./punct"},
    {"#عاصي_الحلاني و@CNN", "#عاصي_الحلاني/hashtag و/arabic @CNN/mention"},
    {"شبكة CNN الأمريكية", "شبكة/arabic CNN/word الأمريكية/arabic"},
    {"O'Brien's F-16 5G", "O'Brien's/word F/word -/punct 16/number 5G/word"},
    {"نص\u00A0بمسافة\u2009رفيعة", "نص/arabic بمسافة/arabic رفيعة/arabic"},  // NBSP, thin space
    {"\u200Fكلمة\u200F", "كلمة/arabic"},                                       // RLM around a word
    {"مي\u200Cخواهم", "مي\u200Cخواهم/arabic"},                                 // ZWNJ inside a word
    {"100$ و50%", "100/number $/symbol و/arabic 50/number %/punct"},
    {"...", ".../punct"},
    {"", ""},
    // Words longer than 16 bytes, with rarer letters of the block before and after the
    // 16th byte (the scan tests 16 bytes at a time for the common letters and marks).
    {"والمستشفيات الميدانية", "والمستشفيات/arabic الميدانية/arabic"},
    {"ٱلمستشفياتیکۀ، کتابهایمانیکۀ", "ٱلمستشفياتیکۀ/arabic ،/punct کتابهایمانیکۀ/arabic"},
    {"فَسَيَكْفِيكَهُمُ اللَّهُ", "فَسَيَكْفِيكَهُمُ/arabic اللَّهُ/arabic"},
    {"المستشفياتالمستشفيات٢٠١٧", "المستشفياتالمستشفيات/arabic ٢٠١٧/number"},
    {"المستشفياتالمستش؟", "المستشفياتالمستش/arabic ؟/punct"},
};

TEST(TokenizerTest, Table) {
  for (const Case& c : kCases) EXPECT_EQ(Render(c.in), c.want) << c.in;
}

// The tokenizer's fast scan takes U+0620..U+065F (D8 A0..D9 9F) as word characters
// without looking them up: they must all be Arabic letters or marks.
TEST(TokenizerTest, CommonArabicRangeIsLettersAndMarks) {
  for (char32_t c = 0x0620; c <= 0x065F; ++c) {
    const CharClass cls = ClassOf(c);
    EXPECT_TRUE(cls == CharClass::kArabicLetter || cls == CharClass::kMark) << std::hex << static_cast<unsigned>(c);
  }
}

TEST(TokenizerTest, OffsetsPointIntoTheOriginal) {
  const std::string text = "قال لافرينتيف: «نعم»";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, 6u);                  // قال: three 2-byte letters
  EXPECT_EQ(tokens[1].begin, 7u);
  EXPECT_EQ(tokens[1].In(text), "لافرينتيف");
  EXPECT_EQ(tokens[2].In(text), ":");
  EXPECT_EQ(tokens[3].In(text), "«");
  EXPECT_EQ(tokens[4].In(text), "نعم");
  EXPECT_EQ(tokens[5].end, text.size());
}

TEST(TokenizerTest, InvalidBytesAreSkippedNotFatal) {
  EXPECT_EQ(Render("نص\xff\xfeآخر"), "نص/arabic آخر/arabic");
  EXPECT_EQ(Render("\xd8"), "");
  EXPECT_EQ(Render("abc\xe2\x82"), "abc/word");
}

TEST(TokenizerTest, ControlCharactersSeparate) {
  EXPECT_EQ(Render("a\x01" "b\nc"), "a/word b/word c/word");
}

}  // namespace
}  // namespace marsad::text
