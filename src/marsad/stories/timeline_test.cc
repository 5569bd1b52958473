// BuildTimeline: articles on the day of their event, quotes on the day their sentence
// names, filters by speaker and dates.
#include "marsad/stories/timeline.h"

#include <gtest/gtest.h>

#include "marsad/stories/test_docs.h"

namespace marsad::stories {
namespace {

using testing::MakeDoc;

// "date kind doc: title-or-quote (speaker)" per entry.
std::vector<std::string> Render(const std::vector<TimelineEntry>& t) {
  std::vector<std::string> out;
  for (const TimelineEntry& e : t) {
    std::string line = e.date ? dates::ToIsoString(*e.date) : "?";
    line += ' ';
    line += TimelineKindName(e.kind);
    line += ' ' + e.doc + ": ";
    line += e.kind == TimelineKind::kArticle ? e.title : e.text + " (" + e.speaker + ")";
    out.push_back(line);
  }
  return out;
}

class TimelineTest : public ::testing::Test {
 protected:
  TimelineTest() {
    // Published Monday 19 March about Sunday's vote, with a quote from Sunday evening and
    // one from Monday.
    monday_ = MakeDoc({"sk", "SkyNews", "2018-03-19T07:00:00Z", "بوتين يفوز بولاية رابعة",
                       "فاز بوتين في الانتخابات التي جرت الأحد.\n"
                       "وقال بوتين مساء الأحد إن النتيجة \"ثقة كبيرة\" من الناخبين.\n"
                       "وقال المتحدث باسم الكرملين اليوم إن الرئيس سيعلن حكومته قريبا."});
    testing::AddQuote(&monday_, "\"ثقة كبيرة\" من الناخبين", "بوتين مساء", doc::QuoteKind::kDirect,
                      EntityId(7), "فلاديمير بوتين");
    testing::AddQuote(&monday_, "الرئيس سيعلن حكومته قريبا", "المتحدث باسم الكرملين",
                      doc::QuoteKind::kIndirect);
    // Published on Sunday evening.
    sunday_ = MakeDoc({"fr", "France24", "2018-03-18T20:00:00Z", "الروس يصوتون",
                       "أدلى الناخبون الروس بأصواتهم اليوم الأحد في الانتخابات الرئاسية.\n"
                       "وقال بوتين بعد التصويت إنه راض عن أي نتيجة."});
    testing::AddQuote(&sunday_, "إنه راض عن أي نتيجة", "بوتين بعد", doc::QuoteKind::kIndirect,
                      EntityId(7), "فلاديمير بوتين");
    docs_ = {{&monday_, dates::CivilDate{2018, 3, 18}}, {&sunday_, dates::CivilDate{2018, 3, 18}}};
  }
  doc::AnalyzedDoc monday_, sunday_;
  std::vector<TimelineDoc> docs_;
};

TEST_F(TimelineTest, ArticlesAndQuotesInTimeOrder) {
  EXPECT_EQ(Render(BuildTimeline(docs_)),
            (std::vector<std::string>{
                "2018-03-18 article fr: الروس يصوتون",
                "2018-03-18 quote fr: إنه راض عن أي نتيجة (فلاديمير بوتين)",
                "2018-03-18 article sk: بوتين يفوز بولاية رابعة",
                "2018-03-18 quote sk: \"ثقة كبيرة\" من الناخبين (فلاديمير بوتين)",
                "2018-03-19 quote sk: الرئيس سيعلن حكومته قريبا (المتحدث باسم الكرملين)",
            }));
}

TEST_F(TimelineTest, OneSpeakerByEntityOrByName) {
  TimelineOptions by_entity;
  by_entity.articles = false;
  by_entity.speaker = EntityId(7);
  EXPECT_EQ(Render(BuildTimeline(docs_, by_entity)),
            (std::vector<std::string>{
                "2018-03-18 quote fr: إنه راض عن أي نتيجة (فلاديمير بوتين)",
                "2018-03-18 quote sk: \"ثقة كبيرة\" من الناخبين (فلاديمير بوتين)",
            }));
  TimelineOptions by_name;
  by_name.articles = false;
  by_name.speaker_key = testing::TestAnalyzer().keyer().NameKey("الكرملين");
  EXPECT_EQ(Render(BuildTimeline(docs_, by_name)),
            (std::vector<std::string>{
                "2018-03-19 quote sk: الرئيس سيعلن حكومته قريبا (المتحدث باسم الكرملين)",
            }));
}

TEST_F(TimelineTest, DateRange) {
  TimelineOptions o;
  o.since = dates::CivilDate{2018, 3, 19};
  EXPECT_EQ(Render(BuildTimeline(docs_, o)),
            (std::vector<std::string>{
                "2018-03-19 quote sk: الرئيس سيعلن حكومته قريبا (المتحدث باسم الكرملين)",
            }));
  o.since.reset();
  o.until = dates::CivilDate{2018, 3, 17};
  EXPECT_TRUE(BuildTimeline(docs_, o).empty());
}

TEST_F(TimelineTest, UndatedArticlesComeLast) {
  doc::AnalyzedDoc undated = MakeDoc({"x", "X", "", "بلا تاريخ", "نص بلا تاريخ."});
  std::vector<TimelineDoc> docs = {{&undated, std::nullopt}, {&sunday_, std::nullopt}};
  TimelineOptions o;
  o.quotes = false;
  EXPECT_EQ(Render(BuildTimeline(docs, o)),
            (std::vector<std::string>{"2018-03-18 article fr: الروس يصوتون",
                                      "? article x: بلا تاريخ"}));
}

}  // namespace
}  // namespace marsad::stories
