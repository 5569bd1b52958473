// Summarizer on hand-built articles: central sentences first, no repeats, quotes and
// named entities preferred, datelines and outlet boilerplate left out, focus on one entity.
#include "marsad/stories/summarizer.h"

#include <gtest/gtest.h>

#include "marsad/stories/test_docs.h"

namespace marsad::stories {
namespace {

using testing::MakeDoc;
using testing::TestAnalyzer;

// Three reports of one summit. The event sentence recurs in each (central); the first two
// articles state it almost word for word (redundant); the third has a dateline, a quote,
// and a France24-style link line.
const testing::TestArticle kA{
    "a", "SkyNews", "2018-04-27T06:00:00Z", "قمة تاريخية بين الكوريتين",
    "عقد الزعيم الكوري الشمالي كيم جونغ أون قمة تاريخية مع الرئيس الكوري الجنوبي مون جاي إن في "
    "المنطقة منزوعة السلاح.\n"
    "واتفق الزعيمان في ختام القمة على العمل من أجل نزع السلاح النووي من شبه الجزيرة الكورية.\n"
    "وتناول الزعيمان العشاء في قرية بانمونجوم الحدودية مساء اليوم نفسه مع الوفدين."};
const testing::TestArticle kB{
    "b", "BBC", "2018-04-27T09:00:00Z", "الكوريتان تتعهدان بنزع السلاح النووي",
    "اتفق الزعيمان الكوريان في ختام القمة التاريخية على العمل من أجل نزع السلاح النووي من شبه "
    "الجزيرة الكورية.\n"
    "وعبر كيم جونغ أون الخط الفاصل بين البلدين سيرا على الأقدام ليصافح مون جاي إن.\n"
    "وارتفعت أسهم الشركات الكورية الجنوبية في بورصة سيول بعد إعلان نتائج القمة."};
const testing::TestArticle kC{
    "c", "CNN", "2018-04-27T12:00:00Z", "كيم: عهد جديد بين الكوريتين",
    "سيول، كوريا الجنوبية (CNN)-- قال الزعيم الكوري الشمالي كيم جونغ أون بعد القمة التاريخية مع "
    "مون جاي إن إن \"عهدا جديدا من السلام يبدأ الآن\" بين الكوريتين.\n"
    "للمزيد - القمة الكورية في صور ومقاطع فيديو من المنطقة منزوعة السلاح.\n"
    "وكانت الحرب الكورية قد انتهت عام 1953 بهدنة لا باتفاق سلام بين البلدين."};

std::vector<std::string> Texts(const std::vector<SummarySentence>& s) {
  std::vector<std::string> out;
  for (const SummarySentence& x : s) out.push_back(x.doc + ": " + x.text);
  return out;
}

class SummarizerTest : public ::testing::Test {
 protected:
  SummarizerTest() : builder_(TestAnalyzer()), a_(MakeDoc(kA)), b_(MakeDoc(kB)), c_(MakeDoc(kC)) {}
  ProfileBuilder builder_;
  doc::AnalyzedDoc a_, b_, c_;
};

TEST_F(SummarizerTest, CentralNonRedundantSentencesWithTheirSources) {
  const Summarizer summarizer(builder_);
  const doc::AnalyzedDoc* docs[] = {&a_, &b_, &c_};
  const std::vector<SummarySentence> s = summarizer.Summarize(docs);
  EXPECT_EQ(Texts(s),
            (std::vector<std::string>{
                "b: اتفق الزعيمان الكوريان في ختام القمة التاريخية على العمل من أجل نزع السلاح "
                "النووي من شبه الجزيرة الكورية.",
                "c: قال الزعيم الكوري الشمالي كيم جونغ أون بعد القمة التاريخية مع مون جاي إن إن "
                "\"عهدا جديدا من السلام يبدأ الآن\" بين الكوريتين.",
                "a: عقد الزعيم الكوري الشمالي كيم جونغ أون قمة تاريخية مع الرئيس الكوري الجنوبي "
                "مون جاي إن في المنطقة منزوعة السلاح."}));
  ASSERT_EQ(s.size(), 3u);
  EXPECT_TRUE(s[1].quote);  // quotation marks, no quotes stage
  EXPECT_EQ(s[1].source, "CNN");
  EXPECT_EQ(s[1].span.In(c_.document.text), s[1].text);  // the dateline is not part of it
  EXPECT_GE(s[0].score, s[1].score);
  EXPECT_EQ(JoinSummary(s).substr(0, s[0].text.size()), s[0].text);
}

TEST_F(SummarizerTest, QuotesAndNamedEntitiesArePreferred) {
  // The same articles, with a quote and entity mentions marked on the third sentence of
  // the first article: it now outranks the sentence about stock prices.
  doc::AnalyzedDoc a = MakeDoc(kA);
  testing::AddMentions(&a, "بانمونجوم", doc::EntityType::kLocation);
  testing::AddQuote(&a, "وتناول الزعيمان العشاء", "الزعيمان", doc::QuoteKind::kIndirect);
  SummaryOptions o;
  o.sentences = 5;
  const Summarizer summarizer(builder_, nullptr, o);
  const doc::AnalyzedDoc* docs[] = {&a, &b_};
  const std::vector<SummarySentence> s = summarizer.Summarize(docs);
  std::size_t dinner = s.size(), stocks = s.size();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i].text.find("العشاء") != std::string::npos) dinner = i;
    if (s[i].text.find("بورصة") != std::string::npos) stocks = i;
  }
  ASSERT_LT(dinner, s.size());
  EXPECT_TRUE(s[dinner].quote);
  EXPECT_EQ(s[dinner].entities, 1u);
  EXPECT_LT(dinner, stocks);
}

TEST_F(SummarizerTest, FocusOnOneEntity) {
  const Summarizer summarizer(builder_);
  const doc::AnalyzedDoc* docs[] = {&a_, &b_, &c_};
  SummaryFocus by_key;
  by_key.name_key = TestAnalyzer().keyer().NameKey("بانمونجوم");
  EXPECT_EQ(Texts(summarizer.Summarize(docs, &by_key)),
            (std::vector<std::string>{"a: وتناول الزعيمان العشاء في قرية بانمونجوم الحدودية مساء "
                                      "اليوم نفسه مع الوفدين."}));
  doc::AnalyzedDoc b = MakeDoc(kB);
  testing::AddMentions(&b, "كيم جونغ أون", doc::EntityType::kPerson, EntityId(42));
  const doc::AnalyzedDoc* only_b[] = {&b};
  SummaryFocus by_entity;
  by_entity.entity = EntityId(42);
  EXPECT_EQ(Texts(summarizer.Summarize(only_b, &by_entity)),
            (std::vector<std::string>{"b: وعبر كيم جونغ أون الخط الفاصل بين البلدين سيرا على "
                                      "الأقدام ليصافح مون جاي إن."}));
}

TEST_F(SummarizerTest, NothingToSummarize) {
  const Summarizer summarizer(builder_);
  EXPECT_TRUE(summarizer.Summarize({}).empty());
  const doc::AnalyzedDoc empty = MakeDoc({"e", "X", "", "", ""});
  const doc::AnalyzedDoc* docs[] = {&empty, nullptr};
  EXPECT_TRUE(summarizer.Summarize(docs).empty());
}

TEST(StripDatelineTest, Datelines) {
  struct Case {
    const char* text;
    const char* want;
  };
  constexpr Case kCases[] = {
      {"دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشركة", "أعلنت الشركة"},
      {"نيويورك، الولايات المتحدة الأمريكية (CNN)—كشف مراقبون", "كشف مراقبون"},
      {"القاهرة (رويترز) - قال مسؤول", "قال مسؤول"},
      {"قال (مصدر) إن الاتفاق", "قال (مصدر) إن الاتفاق"},  // no dash after the bracket
      {"بلا قوسين -- هنا", "بلا قوسين -- هنا"},
      {"(CNN)--", "(CNN)--"},                             // nothing after it: unchanged
  };
  for (const Case& c : kCases) {
    const std::string text = c.text;
    const ByteSpan all{0, static_cast<std::uint32_t>(text.size())};
    EXPECT_EQ(StripDateline(text, all).In(text), c.want) << c.text;
  }
}

}  // namespace
}  // namespace marsad::stories
