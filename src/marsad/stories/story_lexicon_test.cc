// StoryLexicon: the embedded lists load; roles, clitic forms, ordinals; bad lines are errors
// naming the file and line.
#include "marsad/stories/story_lexicon.h"

#include <gtest/gtest.h>

#include "marsad/dates/lexicon.h"

namespace marsad::stories {
namespace {

const text::Normalizer& Norm() { return dates::Lexicon::SearchNormalizer(); }

TEST(StoryLexiconTest, EmbeddedListsLoad) {
  auto lex = StoryLexicon::Build(StoryLexiconSources::Embedded(), Norm());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_GT(lex->stopword_count(), 300u);
  const StoryLexicon& d = StoryLexicon::Default();
  struct Case {
    const char* word;
    bool stop;
  };
  constexpr Case kStops[] = {{"قال", true}, {"الذي", true}, {"أمس", true}, {"الأربعاء", true},
                             {"بوتين", false}, {"انتخابات", false}, {"غزة", false}};
  for (const Case& c : kStops) EXPECT_EQ(d.IsStopword(Norm().Normalize(c.word)), c.stop) << c.word;
}

TEST(StoryLexiconTest, SeriesRolesWithClitics) {
  const StoryLexicon& d = StoryLexicon::Default();
  struct Case {
    const char* word;
    std::uint8_t roles;
  };
  const auto kRound = static_cast<std::uint8_t>(SeriesRole::kRound);
  const auto kProcess = static_cast<std::uint8_t>(SeriesRole::kProcess);
  const auto kHead = static_cast<std::uint8_t>(SeriesRole::kHead);
  const auto kNot = static_cast<std::uint8_t>(SeriesRole::kNotSeries);
  const Case kCases[] = {
      {"الجولة", kRound},     {"وللجولة", kRound},  {"بالجولة", kRound}, {"فالجولة", kRound},
      {"محادثات", kProcess},  {"ومحادثات", kProcess}, {"لمحادثات", kProcess},
      {"لمهرجان", kHead},     {"المادة", kNot},     {"بوتين", 0},        {"لالجولة", 0},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(d.SeriesRolesWithClitics(Norm().Normalize(c.word)), c.roles) << c.word;
  }
}

TEST(StoryLexiconTest, Ordinals) {
  const StoryLexicon& d = StoryLexicon::Default();
  struct Case {
    const char* first;
    const char* second;
    int number;
    int words;
  };
  constexpr Case kCases[] = {
      {"السابعة", "من", 7, 1},       {"السابع", "", 7, 1},         {"الحادية", "عشرة", 11, 2},
      {"الثاني", "عشر", 12, 2},      {"الحادي", "والعشرين", 21, 2}, {"الخامسة", "والثلاثين", 35, 2},
      {"العشرين", "من", 20, 1},      {"الجولة", "", 0, 0},          {"الأولى", "والعشرون", 21, 2},
  };
  for (const Case& c : kCases) {
    int words = -1;
    EXPECT_EQ(d.Ordinal(Norm().Normalize(c.first), Norm().Normalize(c.second), &words), c.number)
        << c.first << " " << c.second;
    EXPECT_EQ(words, c.words) << c.first << " " << c.second;
  }
}

TEST(StoryLexiconTest, SkipStarts) {
  EXPECT_TRUE(StoryLexicon::Default().IsSkipStart(Norm().Normalize("للمزيد")));
  EXPECT_FALSE(StoryLexicon::Default().IsSkipStart(Norm().Normalize("قال")));
}

TEST(StoryLexiconTest, BadLinesNameFileAndLine) {
  StoryLexiconSources s = StoryLexiconSources::Embedded();
  s.event_series = {"series.txt", "round الجولة\n# comment\nplace جنيف\n"};
  auto a = StoryLexicon::Build(s, Norm());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(), "series.txt:3: unknown role 'place'");
  s = StoryLexiconSources::Embedded();
  s.ordinals = {"ord.txt", "7 السابعة\nسابعة\n"};
  auto b = StoryLexicon::Build(s, Norm());
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().message(), "ord.txt:2: expected '<number> <words>'");
  s = StoryLexiconSources::Embedded();
  s.ordinals = {"ord.txt", "700 السابعة\n"};
  EXPECT_EQ(StoryLexicon::Build(s, Norm()).status().message(), "ord.txt:1: the number must be 1-99");
  s = StoryLexiconSources::Embedded();
  s.summary = {"summary.txt", "skip للمزيد\n"};
  EXPECT_EQ(StoryLexicon::Build(s, Norm()).status().message(),
            "summary.txt:1: expected 'skip_start <word>'");
}

}  // namespace
}  // namespace marsad::stories
