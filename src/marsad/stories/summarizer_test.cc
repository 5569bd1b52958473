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
                "c: قال الزعيم الكوري الشمالي كيم جونغ أون بعد القمة التاريخية مع مون جاي إن إن "
                "\"عهدا جديدا من السلام يبدأ الآن\" بين الكوريتين.",
                "b: اتفق الزعيمان الكوريان في ختام القمة التاريخية على العمل من أجل نزع السلاح "
                "النووي من شبه الجزيرة الكورية.",
                "a: عقد الزعيم الكوري الشمالي كيم جونغ أون قمة تاريخية مع الرئيس الكوري الجنوبي "
                "مون جاي إن في المنطقة منزوعة السلاح."}));
  ASSERT_EQ(s.size(), 3u);
  // The lead of c reports speech (quotation marks, no quotes stage): first.
  EXPECT_TRUE(s[0].quote);
  EXPECT_FALSE(s[1].quote);
  EXPECT_EQ(s[0].source, "CNN");
  EXPECT_EQ(s[1].source, "BBC");
  EXPECT_EQ(s[0].span.In(c_.document.text), s[0].text);  // the dateline is not part of it
  EXPECT_GE(s[0].score, s[1].score);
  EXPECT_EQ(JoinSummary(s).substr(0, s[0].text.size()), s[0].text);
}

TEST_F(SummarizerTest, QuotesAndNamedEntitiesArePreferred) {
  // The same articles, with a quote and an entity mention marked on the third sentence of
  // the first article (about the dinner): its relevance is multiplied by the quote and
  // entity bonuses, and with a strong quote bonus it outranks the sentence about stock
  // prices, which is more central but reports no speech.
  doc::AnalyzedDoc a = MakeDoc(kA);
  testing::AddMentions(&a, "بانمونجوم", doc::EntityType::kLocation);
  testing::AddQuote(&a, "وتناول الزعيمان العشاء", "الزعيمان", doc::QuoteKind::kIndirect);
  SummaryOptions o;
  o.sentences = 5;
  auto find = [](const std::vector<SummarySentence>& s, std::string_view words) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i].text.find(words) != std::string::npos) return i;
    }
    return s.size();
  };
  const doc::AnalyzedDoc* plain[] = {&a_, &b_};
  const doc::AnalyzedDoc* marked[] = {&a, &b_};
  const std::vector<SummarySentence> before = Summarizer(builder_, nullptr, o).Summarize(plain);
  const std::vector<SummarySentence> after = Summarizer(builder_, nullptr, o).Summarize(marked);
  const std::size_t d0 = find(before, "العشاء"), d1 = find(after, "العشاء");
  ASSERT_LT(d0, before.size());
  ASSERT_LT(d1, after.size());
  EXPECT_FALSE(before[d0].quote);
  EXPECT_TRUE(after[d1].quote);
  EXPECT_EQ(after[d1].entities, 1u);
  EXPECT_NEAR(after[d1].score, before[d0].score * (1 + o.quote_bonus) * (1 + o.entity_bonus), 1e-6);
  EXPECT_GT(find(after, "العشاء"), find(after, "بورصة"));  // default bonuses: centrality rules

  o.quote_bonus = 1.5;
  const std::vector<SummarySentence> strong = Summarizer(builder_, nullptr, o).Summarize(marked);
  EXPECT_LT(find(strong, "العشاء"), find(strong, "بورصة"));
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

TEST_F(SummarizerTest, CaptionsDatelinesAndHeadingsAreNotSummarySentences) {
  // The lines a page carries around the story: a heading, a dateline on a line of its own,
  // a photo caption (twice, as pages double them), each with the story's words.
  const testing::TestArticle kD{
      "d", "Sana", "2018-04-27T10:00:00Z", "",
      "قمة تاريخية بين الكوريتين في المنطقة منزوعة السلاح\n"
      "سيول في 11 شعبان 1439 هـ الموافق 27 أبريل 2018م\n"
      "صورة: الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جاي إن في القمة التاريخية "
      "في المنطقة منزوعة السلاح\n"
      "صورة: الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جاي إن في القمة التاريخية "
      "في المنطقة منزوعة السلاح\n"
      "اتفق الزعيمان الكوريان في ختام القمة التاريخية على العمل من أجل نزع السلاح النووي."};
  const doc::AnalyzedDoc d = MakeDoc(kD);
  const Summarizer summarizer(builder_);
  const doc::AnalyzedDoc* docs[] = {&d, &a_};
  for (const SummarySentence& x : summarizer.Summarize(docs)) {
    EXPECT_TRUE(EndsLikeASentence(x.text)) << x.text;
    EXPECT_EQ(x.text.find("صورة"), std::string::npos) << x.text;
  }
  const doc::AnalyzedDoc* only_d[] = {&d};
  EXPECT_EQ(Texts(summarizer.Summarize(only_d)),
            (std::vector<std::string>{
                "d: اتفق الزعيمان الكوريان في ختام القمة التاريخية على العمل من أجل نزع السلاح النووي."}));
}

TEST(EndsLikeASentenceTest, Endings) {
  struct Case {
    const char* text;
    bool want;
  };
  constexpr Case kCases[] = {
      {"قال إن الاتفاق صامد.", true},
      {"هل يصمد الاتفاق؟", true},
      {"وقال: “الاتفاق صامد.”", true},
      {"وقال: «الاتفاق صامد». ", true},
      {"(وكان ذلك متوقعا.)", true},
      {"انتظروا…", true},
      {"الرياض في 10 صفر 1439 هـ الموافق 30 أكتوبر 2017م", false},
      {"صورة: رئيس الوفد السوري في أستانا", false},
      {"وقال الوزير:", false},
      {"", false},
  };
  for (const Case& c : kCases) EXPECT_EQ(EndsLikeASentence(c.text), c.want) << c.text;
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
      {"أستانا، 14 سبتمبر 2017 - انطلقت اليوم جولة جديدة", "انطلقت اليوم جولة جديدة"},
      {"جنيف، ١٤ أيلول – قال المبعوث", "قال المبعوث"},
      {"قال الوزير إن المرحلة - وهي الأصعب - بدأت", "قال الوزير إن المرحلة - وهي الأصعب - بدأت"},  // no comma
      {"وقال، في 2017 وما بعدها وحتى اليوم وغدا أيضا - شيئا", "وقال، في 2017 وما بعدها وحتى اليوم وغدا أيضا - شيئا"},
  };
  for (const Case& c : kCases) {
    const std::string text = c.text;
    const ByteSpan all{0, static_cast<std::uint32_t>(text.size())};
    EXPECT_EQ(StripDateline(text, all).In(text), c.want) << c.text;
  }
}

}  // namespace
}  // namespace marsad::stories
