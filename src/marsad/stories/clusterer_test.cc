// StoryClusterer on hand-built articles: the same event across outlets, a story that
// continues over days, different events that share entities, duplicates, arrival out of
// time order, merges, stable ids, and the state codec.
#include "marsad/stories/clusterer.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "marsad/stories/doc_profile.h"
#include "marsad/stories/test_docs.h"

namespace marsad::stories {
namespace {

using testing::MakeDoc;
using testing::TestAnalyzer;
using testing::TestArticle;

// The Russian election of 18 March 2018, as three outlets reported it.
const TestArticle kElectionFr{
    "fr-1", "France24", "2018-03-18T20:00:00Z", "روسيا: إعادة انتخاب فلاديمير بوتين رئيسا للبلاد",
    "فاز الرئيس الروسي فلاديمير بوتين بولاية رابعة في الانتخابات الرئاسية التي جرت اليوم الأحد "
    "بنسبة تتجاوز 70 في المئة من الأصوات، بحسب نتائج أولية أعلنتها لجنة الانتخابات المركزية.\n"
    "وقالت المعارضة إن الانتخابات الرئاسية شابتها خروقات واسعة في مراكز الاقتراع."};
const TestArticle kElectionSk{
    "sk-1", "SkyNews", "2018-03-19T07:00:00Z", "بوتن رئيسا لروسيا بأغلبية ساحقة",
    "حقق الرئيس الروسي فلاديمير بوتن فوزا ساحقا في الانتخابات الرئاسية التي جرت الأحد ليعاد "
    "انتخابه لولاية رابعة.\nوأعلنت لجنة الانتخابات المركزية بعد فرز الأصوات في مراكز الاقتراع "
    "فوز بوتين بأكثر من 76 في المئة."};
const TestArticle kElectionCn{
    "cn-1", "CNN", "2018-03-19T14:00:00Z", "مراقبون ينتقدون انتخابات روسيا وفوز بوتين",
    "انتقد مراقبون دوليون الانتخابات الرئاسية الروسية التي فاز فيها الرئيس فلاديمير بوتين "
    "بولاية رابعة، وقالوا إن الاقتراع افتقر إلى المنافسة الحقيقية.\nوأشار المراقبون إلى "
    "ارتفاع نسبة المشاركة في الانتخابات رغم الضغوط على الناخبين."};
// A different event of the same days with the same people and country.
const TestArticle kExpulsion{
    "bb-1", "BBC", "2018-03-17T12:00:00Z", "روسيا تطرد 23 دبلوماسيا بريطانيا",
    "أعلنت وزارة الخارجية الروسية طرد 23 دبلوماسيا بريطانيا وإغلاق القنصلية البريطانية في سان "
    "بطرسبرغ ردا على إجراءات لندن بعد تسميم الجاسوس السابق سيرغي سكريبال.\nوكانت رئيسة "
    "الوزراء البريطانية تيريزا ماي قد اتهمت الرئيس فلاديمير بوتين بالمسؤولية عن الهجوم بغاز "
    "الأعصاب."};
// A story that continues over three days.
const TestArticle kGazaDay1{
    "al-1", "AlArabiya", "2018-05-14T10:00:00Z", "قتلى برصاص الجيش الإسرائيلي على حدود غزة",
    "قتل عشرات الفلسطينيين برصاص الجيش الإسرائيلي خلال احتجاجات مسيرة العودة على حدود قطاع "
    "غزة.\nوأصيب مئات المحتجين قرب السياج الحدودي، بحسب وزارة الصحة في غزة."};
const TestArticle kGazaDay2{
    "cn-2", "CNN", "2018-05-15T11:00:00Z", "غزة تشيع قتلى احتجاجات مسيرة العودة",
    "شيع آلاف الفلسطينيين في قطاع غزة قتلى احتجاجات مسيرة العودة الذين سقطوا برصاص الجيش "
    "الإسرائيلي قرب السياج الحدودي.\nوقالت وزارة الصحة في غزة إن عدد القتلى ارتفع."};
const TestArticle kGazaDay3{
    "sk-2", "SkyNews", "2018-05-16T09:00:00Z", "تراجع الاحتجاجات على حدود غزة",
    "تراجعت احتجاجات مسيرة العودة على حدود قطاع غزة بعد يومين من المواجهات مع الجيش "
    "الإسرائيلي قرب السياج الحدودي.\nوأعلنت وزارة الصحة في غزة وفاة جريح متأثرا بإصابته."};
// Unrelated, on the election's days.
const TestArticle kFootball{
    "al-2", "AlArabiya", "2018-03-18T21:00:00Z", "ليفربول يسحق واتفورد بخماسية",
    "سجل محمد صلاح أربعة أهداف في فوز ليفربول على واتفورد بخمسة أهداف نظيفة في الدوري "
    "الإنجليزي الممتاز.\nوانفرد صلاح بصدارة هدافي الدوري برصيد 28 هدفا."};

class ClustererTest : public ::testing::Test {
 protected:
  ClustererTest() : builder_(TestAnalyzer()) {}

  DocProfile Profile(const TestArticle& a) { return builder_.Build(MakeDoc(a)); }
  Assignment Add(StoryClusterer* c, const TestArticle& a) { return c->Add(Profile(a)); }

  // "id:story" for each id, with the stories numbered by first appearance in `ids`, so the
  // expectation does not depend on the ids the clusterer chose.
  static std::string Groups(const StoryClusterer& c, const std::vector<std::string>& ids) {
    std::map<std::uint64_t, int> number;
    std::string out;
    for (const std::string& id : ids) {
      auto s = c.StoryOf(id);
      if (!out.empty()) out += ' ';
      out += id + ":";
      if (!s) {
        out += '-';
        continue;
      }
      auto [it, added] = number.emplace(s->value(), static_cast<int>(number.size()) + 1);
      out += std::to_string(it->second);
    }
    return out;
  }

  ProfileBuilder builder_;
};

TEST_F(ClustererTest, SameEventAcrossOutletsIsOneStory) {
  StoryClusterer c;
  for (const TestArticle* a : {&kElectionFr, &kFootball, &kElectionSk, &kElectionCn}) Add(&c, *a);
  EXPECT_EQ(Groups(c, {"fr-1", "sk-1", "cn-1", "al-2"}), "fr-1:1 sk-1:1 cn-1:1 al-2:2");
  auto story = c.Get(*c.StoryOf("sk-1"));
  ASSERT_TRUE(story.has_value());
  ASSERT_EQ(story->docs.size(), 3u);
  EXPECT_EQ(story->docs[0].id, "fr-1");  // by publication time
  EXPECT_EQ(story->docs[2].id, "cn-1");
  EXPECT_EQ(dates::ToIsoString(*story->start), "2018-03-18");  // اليوم الأحد / جرت الأحد
  EXPECT_EQ(dates::ToIsoString(*story->end), "2018-03-19");
  EXPECT_EQ(story->sources, (std::vector<std::string>{"France24", "SkyNews", "CNN"}));
}

TEST_F(ClustererTest, ContinuingStoryStaysOneStory) {
  StoryClusterer c;
  for (const TestArticle* a : {&kGazaDay1, &kGazaDay2, &kGazaDay3}) Add(&c, *a);
  EXPECT_EQ(Groups(c, {"al-1", "cn-2", "sk-2"}), "al-1:1 cn-2:1 sk-2:1");
  EXPECT_EQ(dates::ToIsoString(*c.Get(*c.StoryOf("al-1"))->end), "2018-05-16");
}

TEST_F(ClustererTest, ArrivalOrderDoesNotMatter) {
  // An archive read outlet by outlet: the last day arrives first.
  StoryClusterer c;
  for (const TestArticle* a : {&kGazaDay3, &kElectionCn, &kGazaDay1, &kElectionFr, &kGazaDay2,
                               &kElectionSk}) {
    Add(&c, *a);
  }
  EXPECT_EQ(Groups(c, {"al-1", "cn-2", "sk-2", "fr-1", "sk-1", "cn-1"}),
            "al-1:1 cn-2:1 sk-2:1 fr-1:2 sk-1:2 cn-1:2");
}

// Document frequencies as in a news collection, where the country and its president are
// in many stories: on four articles alone every word is rare and sharing them weighs as
// much as sharing the event.
class NewsStats final : public TermStats {
 public:
  std::uint64_t DocCount() const override { return 30000; }
  std::uint64_t DocFreq(std::string_view stem) const override {
    for (std::string_view common : {"روس", "بوت", "رءيس", "فلاديمير", "رءاس", "بريطان", "قال", "اعلن"}) {
      if (stem == common) return 3000;
    }
    return 30;
  }
};

TEST_F(ClustererTest, DifferentEventsSharingEntitiesStayApart) {
  const NewsStats stats;
  StoryClusterer c({}, &stats);
  for (const TestArticle* a : {&kExpulsion, &kElectionFr, &kElectionSk, &kElectionCn}) Add(&c, *a);
  EXPECT_EQ(Groups(c, {"bb-1", "fr-1", "sk-1", "cn-1"}), "bb-1:1 fr-1:2 sk-1:2 cn-1:2");
}

TEST_F(ClustererTest, SameWordsWeeksApartAreDifferentStories) {
  StoryClusterer c;
  Add(&c, kElectionFr);
  TestArticle later = kElectionSk;
  later.id = "sk-later";
  later.date = "2018-04-20T07:00:00Z";  // a month later: outside every window
  Add(&c, later);
  EXPECT_EQ(Groups(c, {"fr-1", "sk-later"}), "fr-1:1 sk-later:2");
}

TEST_F(ClustererTest, DuplicatesCollapseIntoTheirOriginal) {
  StoryClusterer c;
  Add(&c, kElectionFr);
  Add(&c, kElectionSk);
  // A syndicated copy under another outlet: found by its vector.
  TestArticle copy = kElectionSk;
  copy.id = "copy-1";
  copy.source = "وكالة";
  const Assignment a = Add(&c, copy);
  EXPECT_FALSE(a.new_story);
  ASSERT_TRUE(a.duplicate_of.has_value());
  EXPECT_EQ(*a.duplicate_of, "sk-1");
  // A duplicate that ingest found: declared, and joins whatever its text.
  DocProfile declared = Profile(kFootball);
  declared.id = "dup-2";
  declared.duplicate_of = "copy-1";  // a duplicate of a duplicate: the original is sk-1
  const Assignment b = c.Add(declared);
  ASSERT_TRUE(b.duplicate_of.has_value());
  EXPECT_EQ(*b.duplicate_of, "sk-1");
  EXPECT_EQ(Groups(c, {"fr-1", "sk-1", "copy-1", "dup-2"}), "fr-1:1 sk-1:1 copy-1:1 dup-2:1");
  auto story = c.Get(*c.StoryOf("fr-1"));
  ASSERT_EQ(story->docs.size(), 4u);
  int duplicates = 0;
  for (const StoryDoc& d : story->docs) duplicates += d.duplicate_of ? 1 : 0;
  EXPECT_EQ(duplicates, 2);
  // Duplicates add nothing to the story's vector: the title stays an original's.
  EXPECT_NE(story->title, kFootball.title);
}

TEST_F(ClustererTest, IdsAreStableAndNeverReused) {
  StoryClusterer c;
  const Assignment a = Add(&c, kElectionFr);
  const Assignment b = Add(&c, kFootball);
  EXPECT_TRUE(a.new_story);
  EXPECT_TRUE(b.new_story);
  EXPECT_LT(a.story, b.story);
  Add(&c, kElectionSk);
  Add(&c, kGazaDay1);
  EXPECT_EQ(c.StoryOf("fr-1"), a.story);
  EXPECT_EQ(c.StoryOf("al-2"), b.story);
  EXPECT_EQ(c.StoryOf("sk-1"), a.story);
  // Removing the only article of a story empties it; a new story gets a new id.
  EXPECT_TRUE(c.Remove("al-2"));
  EXPECT_FALSE(c.Remove("al-2"));
  EXPECT_FALSE(c.Get(b.story).has_value());
  const Assignment again = Add(&c, kFootball);
  EXPECT_TRUE(again.new_story);
  EXPECT_GT(again.story, b.story);
  EXPECT_EQ(c.doc_count(), 4u);
}

TEST_F(ClustererTest, ReplacingAnArticleMovesIt) {
  StoryClusterer c;
  Add(&c, kElectionFr);
  Add(&c, kFootball);
  // The same id again, now with the football text: it leaves the election story.
  TestArticle changed = kFootball;
  changed.id = "fr-1";
  const Assignment a = Add(&c, changed);
  EXPECT_TRUE(a.replaced);
  EXPECT_EQ(c.StoryOf("fr-1"), c.StoryOf("al-2"));
  EXPECT_EQ(c.doc_count(), 2u);
}

TEST_F(ClustererTest, ABridgingArticleMergesTwoStories) {
  ClustererOptions o;
  o.threshold = 0.95F;        // nothing joins by itself...
  o.merge_threshold = 0.05F;  // ...but an article close to two stories merges them
  StoryClusterer c(o);
  const Assignment a = Add(&c, kElectionFr);
  const Assignment b = Add(&c, kElectionCn);
  EXPECT_NE(a.story, b.story);
  ClustererOptions join = o;
  join.threshold = 0.05F;
  // Rebuild with a low threshold through the codec, then add the bridge.
  auto reopened = StoryClusterer::Decode(c.Encode(), join);
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  const Assignment m = reopened->Add(Profile(kElectionSk));
  ASSERT_EQ(m.merged.size(), 1u);
  EXPECT_EQ(m.story, a.story);      // the older id survives
  EXPECT_EQ(m.merged[0], b.story);
  EXPECT_EQ(reopened->Canonical(b.story), a.story);
  EXPECT_EQ(reopened->StoryOf("cn-1"), a.story);
  EXPECT_EQ(reopened->story_count(), 1u);
}

TEST_F(ClustererTest, EncodeDecodeKeepsEveryDecision) {
  StoryClusterer c;
  const std::vector<const TestArticle*> first = {&kElectionFr, &kFootball, &kGazaDay1, &kExpulsion};
  for (const TestArticle* a : first) Add(&c, *a);
  const std::string bytes = c.Encode();
  auto d = StoryClusterer::Decode(bytes);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->Encode(), bytes);
  // Both continue identically.
  for (const TestArticle* a : {&kElectionSk, &kGazaDay2, &kElectionCn}) {
    const Assignment x = Add(&c, *a);
    const Assignment y = d->Add(Profile(*a));
    EXPECT_EQ(x.story, y.story) << a->id;
    EXPECT_FLOAT_EQ(x.similarity, y.similarity) << a->id;
  }
  EXPECT_EQ(c.Encode(), d->Encode());
  auto s1 = c.Get(*c.StoryOf("sk-1"));
  auto s2 = d->Get(*d->StoryOf("sk-1"));
  EXPECT_EQ(s1->title, s2->title);
  EXPECT_EQ(s1->terms, s2->terms);
}

// The journal's deltas, replayed on the state they were recorded from, rebuild the same
// state byte for byte: new stories, joins, a merge, duplicates found and declared, a
// removal and a replaced article; also when the first part was saved as a snapshot.
TEST_F(ClustererTest, DeltasReplayEveryDecision) {
  ClustererOptions apart;
  apart.threshold = 0.95F;        // nothing joins by itself...
  apart.merge_threshold = 0.05F;  // ...but an article close to two stories merges them
  StoryClusterer c(apart);
  c.set_journal(true);
  Add(&c, kElectionFr);
  Add(&c, kElectionCn);
  Add(&c, kFootball);
  const std::string snapshot0 = c.Encode();
  const std::string d1 = c.TakeDelta();
  ClustererOptions join = apart;
  join.threshold = 0.05F;
  auto live = StoryClusterer::Decode(c.Encode(), join);
  ASSERT_TRUE(live.ok()) << live.status().ToString();
  live->set_journal(true);
  const Assignment bridge = live->Add(Profile(kElectionSk));
  ASSERT_EQ(bridge.merged.size(), 1u);
  TestArticle copy = kElectionSk;
  copy.id = "copy-1";
  ASSERT_TRUE(live->Add(Profile(copy)).duplicate_of.has_value());
  DocProfile declared = Profile(kGazaDay1);
  declared.id = "dup-2";
  declared.duplicate_of = "fr-1";
  ASSERT_TRUE(live->Add(declared).duplicate_of.has_value());
  ASSERT_TRUE(live->Remove("al-2"));
  TestArticle moved = kGazaDay2;
  moved.id = "cn-1";  // replaces the CNN election article
  ASSERT_TRUE(live->Add(Profile(moved)).replaced);
  Add(&*live, kGazaDay3);
  EXPECT_GT(live->delta_bytes(), 0u);
  const std::string d2 = live->TakeDelta();
  EXPECT_EQ(live->delta_bytes(), 0u);

  StoryClusterer replay;
  ASSERT_TRUE(replay.ApplyDelta(d1).ok());
  ASSERT_TRUE(replay.ApplyDelta(d2).ok());
  EXPECT_EQ(replay.Encode(), live->Encode());
  auto from_snapshot = StoryClusterer::Decode(snapshot0);
  ASSERT_TRUE(from_snapshot.ok());
  ASSERT_TRUE(from_snapshot->ApplyDelta(d2).ok());
  EXPECT_EQ(from_snapshot->Encode(), live->Encode());
  EXPECT_EQ(Groups(replay, {"fr-1", "sk-1", "copy-1", "dup-2", "cn-1", "sk-2", "al-2"}),
            Groups(*live, {"fr-1", "sk-1", "copy-1", "dup-2", "cn-1", "sk-2", "al-2"}));

  // A delta applies only to the state it continues, and damage is an error.
  StoryClusterer empty;
  EXPECT_TRUE(empty.ApplyDelta(d2).IsCorruption());
  EXPECT_TRUE(replay.ApplyDelta(d1).IsCorruption());
  std::string flipped = d2;
  flipped[d2.size() / 2] ^= 0x20;
  EXPECT_TRUE(StoryClusterer().ApplyDelta(flipped).IsCorruption());
  std::string version = d1;
  version[4] = 9;
  EXPECT_EQ(StoryClusterer().ApplyDelta(version).code(), StatusCode::kNotSupported);
  for (std::size_t n = 0; n < d1.size(); n += 5) {
    EXPECT_FALSE(StoryClusterer().ApplyDelta(d1.substr(0, n)).ok()) << n;
  }
}

TEST_F(ClustererTest, DecodeRejectsDamage) {
  StoryClusterer c;
  for (const TestArticle* a : {&kElectionFr, &kElectionSk, &kFootball}) Add(&c, *a);
  const std::string good = c.Encode();
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x20;
  EXPECT_TRUE(StoryClusterer::Decode(flipped).status().IsCorruption());
  EXPECT_TRUE(StoryClusterer::Decode(good.substr(0, good.size() - 9)).status().IsCorruption());
  EXPECT_TRUE(StoryClusterer::Decode("").status().IsCorruption());
  EXPECT_TRUE(StoryClusterer::Decode("MSTY").status().IsCorruption());
  std::string version = good;
  version[4] = 9;  // format version 9
  EXPECT_EQ(StoryClusterer::Decode(version).status().code(), StatusCode::kNotSupported);
  // Every truncation fails cleanly, none crashes.
  for (std::size_t n = 0; n < good.size(); n += 7) {
    EXPECT_FALSE(StoryClusterer::Decode(good.substr(0, n)).ok()) << n;
  }
}

TEST_F(ClustererTest, ExternalTermStatsWeighTheTerms) {
  // Document frequencies from a large collection in which the election words are common
  // and the Gaza words rare: the clusterer asks the TermStats for them.
  class FixedStats : public TermStats {
   public:
    std::uint64_t DocCount() const override { return 100000; }
    std::uint64_t DocFreq(std::string_view stem) const override {
      ++calls;
      return stem == "انتخاب" ? 20000 : 10;
    }
    mutable int calls = 0;
  };
  FixedStats stats;
  StoryClusterer c({}, &stats);
  Add(&c, kElectionFr);
  EXPECT_GT(stats.calls, 10);
  const auto v = c.VectorOf("fr-1");
  ASSERT_FALSE(v.empty());
  float election = -1, other = -1;
  for (const auto& [k, w] : v) {
    if (k == "انتخاب") election = w;
    if (k == "اقتراع") other = w;
  }
  EXPECT_GT(other, 0);
  EXPECT_TRUE(election < 0 || election < other);  // common: weighed down (or cut)
}

TEST_F(ClustererTest, ListFiltersByDateAndSize) {
  StoryClusterer c;
  for (const TestArticle* a : {&kElectionFr, &kElectionSk, &kElectionCn, &kFootball, &kGazaDay1,
                               &kGazaDay2}) {
    Add(&c, *a);
  }
  std::vector<Story> all = c.List();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].docs.size(), 3u);  // most articles first
  StoryFilter may;
  may.since = dates::CivilDate{2018, 5, 1};
  std::vector<Story> in_may = c.List(may);
  ASSERT_EQ(in_may.size(), 1u);
  EXPECT_EQ(in_may[0].docs[0].id, "al-1");
  StoryFilter big;
  big.min_docs = 3;
  EXPECT_EQ(c.List(big).size(), 1u);
  StoryFilter march;
  march.until = dates::CivilDate{2018, 3, 18};
  EXPECT_EQ(c.List(march).size(), 2u);  // the election (from 18 March) and the match
}

TEST_F(ClustererTest, EventSeriesLinkStories) {
  const TestArticle astana7{
      "a7", "CNN", "2018-05-14T10:00:00Z", "انطلاق أستانا 7",
      "انطلقت في العاصمة الكازاخستانية الجولة السابعة من محادثات أستانا بشأن سوريا بمشاركة "
      "روسيا وتركيا وإيران.\nوتبحث محادثات أستانا 7 مناطق خفض التصعيد وملف المعتقلين."};
  const TestArticle astana6{
      "a6", "BBC", "2018-03-14T10:00:00Z", "اختتام أستانة 6",
      "اختتمت الجولة السادسة من محادثات أستانة بشأن سوريا بالاتفاق على مناطق خفض التصعيد.\n"
      "وقالت الدول الضامنة إن محادثات أستانة 6 حققت تقدما في ملف المعتقلين."};
  StoryClusterer c;
  Add(&c, astana6);
  Add(&c, astana7);
  auto s7 = c.Get(*c.StoryOf("a7"));
  auto s6 = c.Get(*c.StoryOf("a6"));
  ASSERT_NE(s6->id, s7->id);  // two months apart: two stories
  ASSERT_EQ(s7->events.size(), 1u);
  EXPECT_EQ(s7->events[0].key, "ستن#7");
  EXPECT_EQ(s7->events[0].number, 7);
  ASSERT_EQ(s6->events.size(), 1u);
  EXPECT_EQ(s6->events[0].key, "ستن#6");
  EXPECT_EQ(s7->related, std::vector<StoryId>{s6->id});
  EXPECT_EQ(s6->related, std::vector<StoryId>{s7->id});
}

}  // namespace
}  // namespace marsad::stories
