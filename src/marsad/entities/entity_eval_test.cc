#include "marsad/entities/entity_eval.h"

#include <gtest/gtest.h>

#include "marsad/entities/test_doc.h"

namespace marsad::entities {
namespace {

GoldSet TwoEntities() {
  GoldSet g;
  g.docs = {"d1"};
  GoldEntity putin;
  putin.id = "putin";
  putin.names["d1"] = {"فلاديمير بوتين", "بوتين"};
  putin.titles["d1"] = {"الرئيس الروسي"};
  GoldEntity zhirinovsky;
  zhirinovsky.id = "zhirinovsky";
  zhirinovsky.names["d1"] = {"فلاديمير جيرينوفسكي"};
  zhirinovsky.titles["d1"] = {"الرئيس"};
  g.entities = {putin, zhirinovsky};
  g.must_not_merge = {{"putin", "zhirinovsky"}};
  return g;
}

TEST(FindGoldMentionsTest, WordBoundariesCliticsAndLongestMatch) {
  const GoldSet g = TwoEntities();
  const std::string text =
      "قال الرئيس الروسي فلاديمير بوتين إن لبوتين والرئيس فلاديمير جيرينوفسكي البوتينية بوتين.";
  std::string got;
  for (const GoldMention& m : FindGoldMentions(g, "d1", text)) {
    got += m.span.In(text);
    got += m.title ? "/t" : "/n";
    got += std::to_string(m.entity);
    got += ' ';
  }
  // الرئيس inside الرئيس الروسي goes to the longer title; لبوتين counts (glued ل); والرئيس too;
  // البوتينية is another word.
  EXPECT_EQ(got,
            "الرئيس الروسي/t0 فلاديمير بوتين/n0 بوتين/n0 الرئيس/t1 فلاديمير جيرينوفسكي/n1 بوتين/n0 ");
  EXPECT_TRUE(FindGoldMentions(g, "other", text).empty());
}

TEST(ScoreEntitiesTest, BCubed) {
  const GoldSet g = TwoEntities();
  // Gold: putin m0 m1 m2, zhirinovsky m3 m4. System: {m0 m1 m3 m4} as 7, {m2} as 8.
  std::vector<GoldMention> gm;
  const std::size_t entity_of[] = {0, 0, 0, 1, 1};
  for (std::uint32_t i = 0; i < 5; ++i) gm.push_back({"d1", {i * 10, i * 10 + 6}, entity_of[i], false, "x"});
  const std::uint64_t sys_of[] = {7, 7, 8, 7, 7};
  std::vector<SystemMention> sys;
  for (std::uint32_t i = 0; i < 5; ++i) sys.push_back({"d1", {i * 10, i * 10 + 8}, sys_of[i], false});
  const EntityEvalReport r = ScoreEntities(g, gm, sys);
  EXPECT_DOUBLE_EQ(r.precision, 0.6);         // (1/2 + 1/2 + 1 + 1/2 + 1/2) / 5
  EXPECT_DOUBLE_EQ(r.recall, 11.0 / 15.0);   // (2/3 + 2/3 + 1/3 + 1 + 1) / 5
  EXPECT_NEAR(r.f1, 0.66, 1e-9);
  ASSERT_EQ(r.violations.size(), 1u);
  EXPECT_EQ(r.violations[0].first, "putin");
  EXPECT_EQ(r.merges.size(), 1u);
  ASSERT_EQ(r.splits.size(), 1u);
  EXPECT_EQ(r.splits[0], "putin: #7 {x ×2} #8 {x ×1}");
  EXPECT_EQ(r.detected, 5u);
}

TEST(ScoreEntitiesTest, UnalignedMentionsAreSingletons) {
  const GoldSet g = TwoEntities();
  std::vector<GoldMention> gm = {{"d1", {0, 10}, 0, false, "a"}, {"d1", {20, 30}, 0, false, "b"}};
  // The first overlaps a system mention by 3 bytes of 10 (not aligned); the second is
  // aligned to a mention without an entity.
  std::vector<SystemMention> sys = {{"d1", {7, 15}, 1, false}, {"d1", {20, 30}, 0, true}};
  const EntityEvalReport r = ScoreEntities(g, gm, sys);
  EXPECT_DOUBLE_EQ(r.precision, 1.0);
  EXPECT_DOUBLE_EQ(r.recall, 0.5);
  EXPECT_EQ(r.detected, 0u);
  ASSERT_EQ(r.missed.size(), 2u);
  EXPECT_EQ(r.missed[0], "d1: a (name, putin) not found");
  EXPECT_EQ(r.missed[1], "d1: b (name, putin) unresolved");
  // A perfect clustering.
  sys = {{"d1", {0, 10}, 3, false}, {"d1", {20, 30}, 3, false}};
  EXPECT_DOUBLE_EQ(ScoreEntities(g, gm, sys).f1, 1.0);
}

TEST(DictionaryTaggerTest, TagsNamesWithCliticsAndHashtags) {
  const text::Analyzer analyzer;
  DictionaryTagger tagger(analyzer);
  tagger.AddName("فلاديمير بوتين", doc::EntityType::kPerson);
  tagger.AddName("بوتين", doc::EntityType::kPerson);
  tagger.AddName("كيم جونغ أون", doc::EntityType::kPerson);
  tagger.AddName("الكرملين", doc::EntityType::kOrganization);
  tagger.AddName("بوتين", doc::EntityType::kPerson);  // duplicates are ignored
  EXPECT_EQ(tagger.size(), 4u);
  doc::AnalyzedDoc d = testing::MakeDoc(
      analyzer, "d", "قال فلاديمير بوتين إن لبوتين و#كيم_جونغ_أون للكرملين البوتيني");
  tagger.Tag(&d);
  std::string got;
  for (const doc::Mention& m : d.mentions) {
    got += m.span.In(d.document.text);
    got += '/';
    got += doc::EntityTypeName(m.type);
    got += ' ';
  }
  EXPECT_EQ(got, "فلاديمير بوتين/PER لبوتين/PER #كيم_جونغ_أون/PER للكرملين/ORG ");
}

}  // namespace
}  // namespace marsad::entities
