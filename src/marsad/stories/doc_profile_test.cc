// ProfileBuilder: terms without stopwords, title and lead boosts, names from mentions (or
// the stand-in keys), event keys, and the day of the reported event.
#include "marsad/stories/doc_profile.h"

#include <gtest/gtest.h>

#include <map>

#include "marsad/stories/test_docs.h"

namespace marsad::stories {
namespace {

using testing::MakeDoc;
using testing::TestAnalyzer;

std::map<std::string, float> Features(const DocProfile& p, FeatureKind kind) {
  std::map<std::string, float> out;
  for (const Feature& f : p.features) {
    if (f.kind == kind) out[f.key] = f.tf;
  }
  return out;
}

const testing::TestArticle kArticle{
    "sk-1", "SkyNews", "2018-03-19T07:00:00Z", "بوتين يفوز",
    "فاز بوتين في الانتخابات التي جرت الأحد.\nوقال المراقبون إن الانتخابات نزيهة.\n"
    "وستعقد الجولة السابعة من محادثات أستانا الشهر المقبل."};

TEST(DocProfileTest, TermsWithoutStopwordsAndWithBoosts) {
  const ProfileBuilder b(TestAnalyzer());
  const DocProfile p = b.Build(MakeDoc(kArticle));
  EXPECT_EQ(p.id, "sk-1");
  EXPECT_EQ(p.source, "SkyNews");
  const auto terms = Features(p, FeatureKind::kTerm);
  EXPECT_EQ(terms.count("قال"), 0u);   // stopword (its stem: وقال)
  EXPECT_EQ(terms.count("التي"), 0u);  // stopword
  EXPECT_EQ(terms.count("الاحد"), 0u);  // a weekday
  // بوتين: once in the lead (1 + lead boost 1) and once in the title (title boost 2).
  ASSERT_EQ(terms.count("بوت"), 1u);
  EXPECT_FLOAT_EQ(terms.at("بوت"), 4.0F);
  // انتخابات: twice in the lead.
  EXPECT_FLOAT_EQ(terms.at("انتخاب"), 4.0F);
  // محادثات: once, after the lead.
  EXPECT_FLOAT_EQ(terms.at("محادث"), 1.0F);
}

TEST(DocProfileTest, EventDayAndDates) {
  const ProfileBuilder b(TestAnalyzer());
  const DocProfile p = b.Build(MakeDoc(kArticle));
  ASSERT_TRUE(p.event_day.has_value());
  EXPECT_EQ(dates::ToIsoString(*p.event_day), "2018-03-18");  // جرت الأحد, published Monday
  ASSERT_FALSE(p.dates.empty());
  EXPECT_EQ(dates::ToIsoString(p.dates[0].date), "2018-03-18");
  const auto days = Features(p, FeatureKind::kDay);
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days.begin()->first, std::to_string(dates::DaysFromCivil({2018, 3, 18})));
  // Undated: no event day.
  testing::TestArticle undated = kArticle;
  undated.date.clear();
  EXPECT_FALSE(b.Build(MakeDoc(undated)).event_day.has_value());
  // A lead date far before publication is history, not the event: the publication day.
  testing::TestArticle history = kArticle;
  history.text = "انتهت الحرب في 15 مايو 2010 باتفاق.\nوقال المراقبون إن الاتفاق صامد.";
  EXPECT_EQ(dates::ToIsoString(*b.Build(MakeDoc(history)).event_day), "2018-03-19");
}

TEST(DocProfileTest, EventKeys) {
  const ProfileBuilder b(TestAnalyzer());
  const DocProfile p = b.Build(MakeDoc(kArticle));
  ASSERT_EQ(p.events.size(), 1u);
  EXPECT_EQ(p.events[0].Key(), "ستن#7");
  EXPECT_EQ(Features(p, FeatureKind::kEvent).count("ستن#7"), 1u);
}

TEST(DocProfileTest, NamesFromMentionsOrTheStandIn) {
  const ProfileBuilder b(TestAnalyzer());
  // No mentions: name-like words stand in by their variant keys (بوتين; not الانتخابات).
  const DocProfile p = b.Build(MakeDoc(kArticle));
  const auto stand_in = Features(p, FeatureKind::kName);
  EXPECT_EQ(stand_in.count(TestAnalyzer().keyer().Key("بوتين")), 1u);
  EXPECT_EQ(stand_in.count(TestAnalyzer().keyer().Key("الانتخابات")), 0u);
  EXPECT_TRUE(p.names.empty());
  // With mentions: resolved entities by id, others by their key; counted.
  doc::AnalyzedDoc d = MakeDoc(kArticle);
  testing::AddMentions(&d, "بوتين", doc::EntityType::kPerson, EntityId(12));
  testing::AddMentions(&d, "أستانا", doc::EntityType::kLocation);
  const DocProfile q = b.Build(d);
  EXPECT_EQ(Features(q, FeatureKind::kEntity), (std::map<std::string, float>{{"12", 1.0F}}));
  EXPECT_EQ(Features(q, FeatureKind::kName),
            (std::map<std::string, float>{{TestAnalyzer().keyer().NameKey("أستانا"), 1.0F}}));
  ASSERT_EQ(q.names.size(), 2u);
  EXPECT_EQ(q.names[0].name, "بوتين");
  EXPECT_EQ(q.names[0].entity, EntityId(12));
}

TEST(DocProfileTest, EmptyDocument) {
  const ProfileBuilder b(TestAnalyzer());
  const DocProfile p = b.Build(MakeDoc({"e", "", "", "", ""}));
  EXPECT_TRUE(p.features.empty());
  EXPECT_FALSE(p.event_day.has_value());
}

}  // namespace
}  // namespace marsad::stories
