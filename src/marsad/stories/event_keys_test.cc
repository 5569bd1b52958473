// EventKeyFinder: numbered event series as keys that spellings and phrasings share.
#include "marsad/stories/event_keys.h"

#include <gtest/gtest.h>

#include "marsad/stories/test_docs.h"

namespace marsad::stories {
namespace {

// "key name" for each key ("{أستانا}#7 أستانا"), with "?" after unnamed ones, joined by " | ".
std::string Render(std::string_view text) {
  text::TextAnalysis a;
  testing::TestAnalyzer().Analyze(text, &a);
  std::string out;
  for (const EventKey& k : EventKeyFinder().Find(a, text)) {
    if (!out.empty()) out += " | ";
    out += k.Key() + " " + k.name;
    if (!k.named) out += "?";
    if (k.span.end > text.size() || k.span.begin >= k.span.end) out += " BAD-SPAN";
  }
  return out;
}

// `want` with each "{name}" replaced by the name's spelling-variant key.
std::string Expand(std::string_view want) {
  std::string out;
  while (!want.empty()) {
    const std::size_t open = want.find('{');
    const std::size_t close = want.find('}', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      out.append(want);
      break;
    }
    out.append(want.substr(0, open));
    out += testing::TestAnalyzer().keyer().NameKey(want.substr(open + 1, close - open - 1));
    want.remove_prefix(close + 1);
  }
  return out;
}

struct Case {
  const char* text;
  const char* want;
};

constexpr Case kCases[] = {
    // A round noun and a number or ordinal, then the series.
    {"انطلقت الجولة السابعة من محادثات أستانا اليوم", "{أستانا}#7 أستانا"},
    {"انطلقت الجولة السابعة من محادثات أستانة اليوم", "{أستانة}#7 أستانة"},
    {"في الجولة الـ15 من مفاوضات جنيف", "{جنيف}#15 جنيف"},
    {"في الجولة الـ 15 من مفاوضات جنيف", "{جنيف}#15 جنيف"},
    {"الجولة الحادية والعشرين من محادثات جنيف", "{جنيف}#21 جنيف"},
    {"وللجولة الثانية عشرة من مشاورات الكويت", "{الكويت}#12 الكويت"},
    {"النسخة الثانية من منتدى دافوس", "{منتدى دافوس}#2 منتدى دافوس"},
    // A process noun, a name and a number.
    {"وتبحث محادثات أستانا 7 ملف المعتقلين", "{أستانا}#7 أستانا"},
    {"مؤتمر جنيف-2 للسلام", "{جنيف}#2 جنيف"},
    // A bare name and a number, confirmed by the same text naming the series.
    {"محادثات أستانا تستأنف. وقالت روسيا إن أستانا 8 ستعقد في ديسمبر", "{أستانا}#8 أستانا"},
    {"اختتمت محادثات أستانا. وجاءت أستانة-6 بعد جولات", "{أستانة}#6 أستانة"},
    // Without a series name: the round noun alone, not named.
    {"في مباريات الجولة الـ 15 أمس", "{الجولة}#15 الجولة?"},
    // Several keys, in text order, each once.
    {"بعد الجولة السادسة من محادثات أستانا جاءت الجولة السابعة من محادثات أستانا وتلتها "
     "محادثات أستانا 7",
     "{أستانا}#6 أستانا | {أستانا}#7 أستانا"},
};

TEST(EventKeysTest, FindsNumberedSeries) {
  for (const Case& c : kCases) EXPECT_EQ(Render(c.text), Expand(c.want)) << c.text;
}

// A word and a number are seldom an event.
constexpr Case kNotEvents[] = {
    {"أستانا 7", ""},                             // bare, and the series is never named
    {"قتل 7 أشخاص في أستانا 7 مرات", ""},
    {"بحسب المادة 7 من الدستور", ""},
    {"القرار 2254 لمجلس الأمن", ""},
    {"في الساعة 10 صباحا", ""},
    {"ارتفع بنسبة 7 في المئة", ""},
    {"الجولة في المدينة", ""},                     // a round noun without a number
    {"محادثات أستانا في 15/3", ""},               // a date, not a session
    {"نتيجة المباراة 3-2", ""},
};

TEST(EventKeysTest, CountsAndArticlesAreNotEvents) {
  for (const Case& c : kNotEvents) EXPECT_EQ(Render(c.text), Expand(c.want)) << c.text;
}

TEST(EventKeysTest, EmptyAndOddInput) {
  EXPECT_EQ(Render(""), "");
  EXPECT_EQ(Render("الجولة"), "");
  EXPECT_EQ(Render("الجولة الـ"), "");
  EXPECT_EQ(Render("الجولة 0"), "");
  EXPECT_EQ(Render("الجولة 1000 من محادثات جنيف"), "");
  EXPECT_EQ(Render("محادثات"), "");
  EXPECT_EQ(Render("\xff\xfe الجولة \xc0 7"), Expand("{الجولة}#7 الجولة?"));
}

}  // namespace
}  // namespace marsad::stories
