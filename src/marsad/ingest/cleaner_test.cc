// Tests of boilerplate removal: each fixed rule, the source line, and learned lines.
#include "marsad/ingest/cleaner.h"

#include <gtest/gtest.h>

namespace marsad::ingest {
namespace {

std::string Kept(const Cleaner& cleaner, std::string_view text, std::string* outlet = nullptr) {
  CleanText clean;
  cleaner.ApplyRules(text, &clean);
  if (outlet != nullptr) *outlet = clean.outlet;
  LineLearner none;
  std::size_t dropped = 0;
  return none.Join(text, clean, "src", &dropped);
}

TEST(CleanerTest, FixedRules) {
  struct Case {
    const char* in;
    const char* want;
    const char* outlet;
  };
  const Case cases[] = {
      // comment forms
      {"نص الخبر.\nاترك رد\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها *", "نص الخبر.", ""},
      // share and font widgets (alef forms do not matter: search normalization)
      {"+ الخط -\nنص الخبر.\nشارك علی فيسبوك", "نص الخبر.", ""},
      // a photo caption printed twice in a row
      {"الرئيس خلال المؤتمر\nالرئيس خلال المؤتمر\nنص الخبر.", "الرئيس خلال المؤتمر\nنص الخبر.", ""},
      // lone numbers and separators
      {"12\nنص الخبر.\n٢٠١٧\n-----\n***", "نص الخبر.", ""},
      // the source line, with or without spaces around the colon
      {"نص الخبر.\nالمصدر: وكالة سانا", "نص الخبر.", "وكالة سانا"},
      {"نص الخبر.\nالمصدر : الجزيرة + وكالات\n", "نص الخبر.", "الجزيرة + وكالات"},
      // "المصدر" inside a sentence is text
      {"المصدر الرئيسي للمياه هو النهر.", "المصدر الرئيسي للمياه هو النهر.", ""},
      // a long paragraph that mentions a widget phrase is text
      {"وقال الوزير إن على المواطنين أن يقرأوا أيضا التقارير الرسمية، وأضاف: اقرأ أيضا ما كتبته الصحف عن "
       "الموضوع قبل أن تحكم على ما جرى في الاجتماع الأخير للجنة الوزارية المشتركة بين البلدين الجارين",
       "وقال الوزير إن على المواطنين أن يقرأوا أيضا التقارير الرسمية، وأضاف: اقرأ أيضا ما كتبته الصحف عن "
       "الموضوع قبل أن تحكم على ما جرى في الاجتماع الأخير للجنة الوزارية المشتركة بين البلدين الجارين",
       ""},
      // white space and blank lines
      {"  أول  \r\n\n\n  ثان\t", "أول\nثان", ""},
  };
  const Cleaner cleaner;
  for (const Case& c : cases) {
    std::string outlet;
    EXPECT_EQ(Kept(cleaner, c.in, &outlet), c.want) << c.in;
    EXPECT_EQ(outlet, c.outlet) << c.in;
  }
}

TEST(LineLearnerTest, LearnsRecurringLinesPerSource) {
  const Cleaner cleaner;
  LearnerOptions options;
  options.min_docs = 3;
  LineLearner learner(options);
  const std::string notice = "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل التطبيق.";
  auto observe = [&](const std::string& source, const std::string& title, const std::string& text) {
    CleanText clean;
    cleaner.ApplyRules(text, &clean);
    learner.Observe(source, title, clean);
  };
  // Three copies of one article (one title) do not make its lines boilerplate...
  for (int i = 0; i < 3; ++i) observe("BBC", "عنوان واحد", "جملة الخبر المكرر.\n" + notice);
  std::string text = "جملة جديدة.\n" + notice;
  CleanText clean;
  cleaner.ApplyRules(text, &clean);
  std::size_t dropped = 0;
  EXPECT_EQ(learner.Join(text, clean, "BBC", &dropped), text);
  // ...three different articles with the same line do, for that source only.
  observe("BBC", "عنوان 2", "خبر ثان.\n" + notice);
  observe("BBC", "عنوان 3", "خبر ثالث.\n" + notice);
  EXPECT_EQ(learner.Join(text, clean, "BBC", &dropped), "جملة جديدة.");
  EXPECT_EQ(dropped, 1u);
  EXPECT_EQ(learner.Join(text, clean, "CNN", &dropped), text);
  EXPECT_EQ(learner.learned(), 1u);

  // The counts survive a round trip through the store's bytes.
  LineLearner reloaded(options);
  ASSERT_TRUE(reloaded.Load(learner.Serialize()).ok());
  EXPECT_EQ(reloaded.Join(text, clean, "BBC", &dropped), "جملة جديدة.");
  EXPECT_TRUE(reloaded.Load("\x05\x01").IsCorruption());
}

// Many distinct lines (the learner's tables grow several times): how many are learned
// after each round of articles, per source, and after a round trip through the bytes.
TEST(LineLearnerTest, CountsManyLinesThroughGrowth) {
  LearnerOptions options;
  options.min_docs = 3;
  constexpr std::size_t kLines = 5000;
  std::string text;
  for (std::size_t i = 0; i < kLines; ++i) text += "سطر رقم " + std::to_string(i) + "\n";
  CleanText clean;
  Cleaner().ApplyRules(text, &clean);
  ASSERT_EQ(clean.lines.size(), kLines);
  struct Case {
    const char* source;
    const char* title;
    std::size_t learned;  // after observing this article
  };
  const Case cases[] = {
      {"A", "t1", 0},     {"A", "t1", 0},  // the same title counts once
      {"A", "t2", 0},     {"A", "t3", kLines},
      {"B", "t1", kLines}, {"B", "t2", kLines}, {"B", "t3", 2 * kLines},
  };
  LineLearner learner(options);
  for (const Case& c : cases) {
    learner.Observe(c.source, c.title, clean);
    EXPECT_EQ(learner.learned(), c.learned) << c.source << " " << c.title;
  }
  LineLearner reloaded(options);
  ASSERT_TRUE(reloaded.Load(learner.Serialize()).ok());
  EXPECT_EQ(reloaded.learned(), 2 * kLines);
  std::size_t dropped = 0;
  EXPECT_EQ(reloaded.Join(text, clean, "A", &dropped), "");
  EXPECT_EQ(dropped, kLines);
  EXPECT_EQ(reloaded.Join(text, clean, "C", &dropped), text.substr(0, text.size() - 1));
}

}  // namespace
}  // namespace marsad::ingest
