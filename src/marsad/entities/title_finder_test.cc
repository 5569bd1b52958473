#include "marsad/entities/title_finder.h"

#include <gtest/gtest.h>

#include "marsad/entities/test_doc.h"

namespace marsad::entities {
namespace {

class TitleFinderTest : public ::testing::Test {
 protected:
  // The titles of a marked text: "written" for each, "+" after a bare head, "/ORG" for
  // organisation heads; separated by " | ".
  // Also checks that the same document analysed as the ingest analyses it (tagged by the
  // lexicon, through a cache kept across the test's texts) gives the same titles.
  std::string Titles(std::string_view marked) {
    doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, "t", marked);
    const TitleScan plain = finder_.Find(d);
    tagging_.Analyze(d.document.text, &d.analysis, &cache_);  // the same tokens, tagged
    EXPECT_TRUE(lexicon_.Tagged(d.analysis));
    const TitleScan tagged = finder_.Find(d);
    EXPECT_EQ(Describe(tagged, d, true), Describe(plain, d, true)) << marked;
    EXPECT_EQ(Introductions(tagged), Introductions(plain)) << marked;
    return Describe(plain, d);
  }
  // With `detailed`, each title's key and tokens too.
  static std::string Describe(const TitleScan& scan, const doc::AnalyzedDoc& d, bool detailed = false) {
    std::string out;
    for (const TitleMatch& t : scan.titles) {
      if (!out.empty()) out += " | ";
      out += t.written;
      if (t.bare) out += "+";
      if (t.type == doc::EntityType::kOrganization) out += "/ORG";
      if (detailed) out += " " + t.key + " " + std::to_string(t.first_token) + "-" + std::to_string(t.end_token);
      EXPECT_EQ(t.span.In(d.document.text).size() >= t.written.size() - 2, true) << t.written;
    }
    return out;
  }
  static std::string Introductions(const TitleScan& scan) {
    std::string out;
    for (const OrgIntroduction& o : scan.introductions) out += std::to_string(o.mention) + " " + o.head + ";";
    return out;
  }
  static text::AnalyzerOptions Tagging(const EntityLexicon& lexicon) {
    text::AnalyzerOptions o;
    o.tagger = &lexicon;
    return o;
  }
  text::Analyzer analyzer_;
  EntityLexicon lexicon_{analyzer_};
  TitleFinder finder_{lexicon_};
  text::Analyzer tagging_{Tagging(lexicon_)};
  text::AnalysisCache cache_;
};

TEST_F(TitleFinderTest, RolePhrases) {
  struct Case {
    const char* text;
    const char* want;
  };
  const Case cases[] = {
      // A person's name ends the phrase (apposition).
      {"قال الرئيس الروسي {PER|فلاديمير بوتين} إن", "الرئيس الروسي"},
      {"وصل رئيس الوفد الروسي {PER|ألكسندر لافرينتيف} أمس", "رئيس الوفد الروسي"},
      // Prepositions, a glued ل and a place name inside the phrase.
      {"قال المبعوث الخاص للرئيس الروسي إلى {LOC|سوريا} أمس", "المبعوث الخاص للرئيس الروسي إلى سوريا"},
      {"وقال وزير الخارجية الروسي إن", "وزير الخارجية الروسي"},
      {"وقال المتحدث باسم {ORG|الكرملين} إن", "المتحدث باسم الكرملين"},
      {"قال المتحدث باسم {PER|بوتين} إن", "المتحدث باسم بوتين"},  // after باسم a person is inside
      {"التقى الرئيس الفلسطيني أمس", "الرئيس الفلسطيني"},
      {"وقال رئيس السلطة الفلسطينية إن", "رئيس السلطة الفلسطينية"},
      {"وقال المسؤول الروسي إن", "المسؤول الروسي"},
      {"وصل زعيم {LOC|كوريا الشمالية} إلى", "زعيم كوريا الشمالية"},
      {"قال الرئيس التنفيذي لشركة #فيسبوك إن", "الرئيس التنفيذي لشركة #فيسبوك"},
      {"قال مؤسس شركة {ORG|فيسبوك} ورئيسها التنفيذي {PER|مارك زوكربيرغ}",
       "مؤسس شركة فيسبوك ورئيسها التنفيذي"},
      {"قال مؤسس شركة \"فيسبوك\" أمس", "مؤسس شركة \"فيسبوك\""},
      {"قال مرشح الحزب الشيوعي {PER|بافيل غرودينين}", "مرشح الحزب الشيوعي"},
      {"أعلنت رئيسة اللجنة الانتخابية {PER|إيلا بامفيلوفا}", "رئيسة اللجنة الانتخابية"},
      // The conjunction and the prepositions of the first word are not part of the title.
      {"والرئيس الروسي قال", "الرئيس الروسي"},
      {"وقال للرئيس الروسي", "الرئيس الروسي"},
      // Bare heads, with the article; a possessive head is definite too.
      {"وقال الرئيس إن", "الرئيس+"},
      {"وقالت الشركة إن", "الشركة+/ORG"},
      {"الخرق الذي يعصف بالشركة ورئيسها التنفيذي", "الشركة+/ORG | رئيسها التنفيذي"},
      // Organisation descriptions.
      {"وقال الجيش الإسرائيلي إن", "الجيش الإسرائيلي/ORG"},
      {"أعلنت رئاسة {LOC|كوريا الجنوبية} أن", "رئاسة كوريا الجنوبية/ORG"},
      // Not titles: indefinite roles, a head that introduces an organisation's name.
      {"قال مسؤول روسي إن", ""},
      {"وقال رئيس إن", ""},
      {"أعلنت شركة {ORG|فيسبوك} أن", ""},
      {"قال {PER|أمير عبد اللهيان} إن", ""},
      {"الرئيس الذي", "الرئيس+"},  // الذي is no adjective
      {"قالت مؤسسة {ORG|كارنيغي}", ""},  // مؤسسة (ة) is no مؤسس + ه
  };
  for (const Case& c : cases) EXPECT_EQ(Titles(c.text), c.want) << c.text;
}

TEST_F(TitleFinderTest, KeysIgnoreCliticsAndArticles) {
  const doc::AnalyzedDoc d1 = testing::MakeDoc(analyzer_, "a", "قال الرئيس الروسي");
  const doc::AnalyzedDoc d2 = testing::MakeDoc(analyzer_, "b", "وقال للرئيس الروسي");
  const TitleScan s1 = finder_.Find(d1);
  const TitleScan s2 = finder_.Find(d2);
  ASSERT_EQ(s1.titles.size(), 1u);
  ASSERT_EQ(s2.titles.size(), 1u);
  EXPECT_EQ(s1.titles[0].key, s2.titles[0].key);
  EXPECT_EQ(s1.titles[0].head, analyzer_.normalizer().Normalize("رئيس"));
  EXPECT_EQ(finder_.KeyOf("الرئيس الروسي"), s1.titles[0].key);
}

TEST_F(TitleFinderTest, IntroductionsOfOrganisations) {
  const doc::AnalyzedDoc d =
      testing::MakeDoc(analyzer_, "a", "أعلنت شركة {ORG|فيسبوك} و قال مؤسس شركة {ORG|أبل} إن");
  const TitleScan scan = finder_.Find(d);
  ASSERT_EQ(scan.introductions.size(), 2u);
  EXPECT_EQ(scan.introductions[0].mention, 0u);
  EXPECT_EQ(scan.introductions[1].mention, 1u);
  EXPECT_EQ(scan.introductions[0].head, analyzer_.normalizer().Normalize("شركة"));
}

TEST_F(TitleFinderTest, SpansAreTokenAligned) {
  const doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, "a", "وقال للرئيس الروسي {PER|بوتين}");
  const TitleScan scan = finder_.Find(d);
  ASSERT_EQ(scan.titles.size(), 1u);
  EXPECT_EQ(scan.titles[0].span.In(d.document.text), "للرئيس الروسي");
  EXPECT_EQ(scan.titles[0].first_token, 1u);
  EXPECT_EQ(scan.titles[0].end_token, 3u);
}

// Find decides the words a few ahead of the one it reads; a phrase of several words skips
// them, and the words just past it must still be decided: titles close after a long one.
TEST_F(TitleFinderTest, TitlesCloseAfterALongPhrase) {
  EXPECT_EQ(Titles("الرئيس الروسي، الوزير، السفير"), "الرئيس الروسي | الوزير+ | السفير+");
  EXPECT_EQ(Titles("قال المبعوث الخاص للرئيس الروسي إلى {LOC|سوريا} إن الوزير، السفير"),
            "المبعوث الخاص للرئيس الروسي إلى سوريا | الوزير+ | السفير+");
  EXPECT_EQ(Titles("وزير الخارجية الروسي والوزير"), "وزير الخارجية الروسي | الوزير+");
}

}  // namespace
}  // namespace marsad::entities
