#include "marsad/dates/lexicon.h"

#include <gtest/gtest.h>

namespace marsad::dates {
namespace {

const WordInfo* Lookup(const Lexicon& lex, std::initializer_list<std::string_view> words,
                       std::size_t* len) {
  std::vector<std::string_view> v(words);
  return lex.Match(v.front(), std::span<const std::string_view>(v.data() + 1, v.size() - 1), len);
}

TEST(LexiconTest, EmbeddedDataBuilds) {
  const text::Normalizer normalizer;
  Result<Lexicon> lex = Lexicon::Build(LexiconSources::Embedded(), normalizer);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_GT(lex->size(), 250u);
  EXPECT_EQ(Lexicon::Default().size(), lex->size());
}

TEST(LexiconTest, NormalizedNamesAndPhrases) {
  const Lexicon& lex = Lexicon::Default();
  std::size_t len = 0;
  // أبريل / إبريل / ابريل all normalize to ابريل.
  const WordInfo* w = Lookup(lex, {"ابريل"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->month, 4);
  EXPECT_EQ(len, 1u);
  // Two-word names win over their first word.
  w = Lookup(lex, {"كانون", "الثاني", "2017"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->month, 1);
  EXPECT_EQ(len, 2u);
  w = Lookup(lex, {"تشرين", "الاول"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->month, 10);
  w = Lookup(lex, {"ذي", "الحجه"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->hijri_month, 12);
  w = Lookup(lex, {"الاربعاء"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->weekday, 3);
  w = Lookup(lex, {"اول", "من", "امس"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->Has(Role::kDayBeforeYesterday));
  EXPECT_EQ(len, 3u);
  // A word with several roles keeps all of them.
  w = Lookup(lex, {"العام"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->Has(Role::kYear));
  EXPECT_TRUE(w->Has(Role::kYearCue));
  w = Lookup(lex, {"مارس"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->ambiguous_month);
  w = Lookup(lex, {"سبتمبر"}, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_FALSE(w->ambiguous_month);
}

TEST(LexiconTest, StripClitic) {
  const Lexicon& lex = Lexicon::Default();
  struct Case {
    const char* in;
    const char* want;
  };
  constexpr Case kCases[] = {
      {"وسبتمبر", "سبتمبر"}, {"للعام", "العام"}, {"وللعام", "العام"}, {"لعام", "عام"},
      {"وفي", "في"},         {"بالامس", "الامس"}, {"فيفري", "فيفري"}, {"كانون", "كانون"},
      {"بين", "بين"},        {"وقال", "وقال"},   {"في", "في"},
  };
  for (const Case& c : kCases) {
    std::string scratch;
    EXPECT_EQ(lex.StripClitic(c.in, &scratch), c.want) << c.in;
    // *starts says whether the result starts a phrase, as StartsPhrase would.
    bool starts = !lex.StartsPhrase(c.want);
    const std::string_view base = lex.StripClitic(c.in, &scratch, &starts);
    EXPECT_EQ(base, c.want) << c.in;
    EXPECT_EQ(starts, lex.StartsPhrase(base)) << c.in;
  }
}

TEST(LexiconTest, MalformedListsNameFileAndLine) {
  const text::Normalizer normalizer;
  LexiconSources src = LexiconSources::Embedded();
  struct Case {
    LexiconSources::List LexiconSources::*list;
    const char* text;
    const char* want;
  };
  const Case kCases[] = {
      {&LexiconSources::months, "# c\n13 شهر\n", "months_ar.txt:2: number 13 outside 1-12"},
      {&LexiconSources::months, "يناير\n", "months_ar.txt:1: expected '<number> <name>'"},
      {&LexiconSources::weekdays, "7 الأحد\n", "weekdays_ar.txt:1: number 7 outside 0-6"},
      {&LexiconSources::words, "\nsoon قريبا\n", "words_ar.txt:2: unknown role 'soon'"},
      {&LexiconSources::words, "today\n", "words_ar.txt:1: expected '<role> <word>'"},
      {&LexiconSources::ambiguous_months, "قمر\n", "ambiguous_months_ar.txt:1: 'قمر' is not in the month list"},
  };
  for (const Case& c : kCases) {
    LexiconSources s = src;
    (s.*c.list).text = c.text;
    Result<Lexicon> lex = Lexicon::Build(s, normalizer);
    ASSERT_FALSE(lex.ok()) << c.text;
    EXPECT_TRUE(lex.status().IsInvalidArgument());
    EXPECT_NE(lex.status().message().find(c.want), std::string::npos) << lex.status().message();
  }
}

}  // namespace
}  // namespace marsad::dates
