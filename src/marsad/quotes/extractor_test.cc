// The public API: speaker entities from the tagger's mentions, offsets into the text, empty
// and odd inputs; and the tests scripts/split_extractor_test.py has not placed yet.
// Extractor tests on hand-written sentences (written for marsad, not taken from any
// article), their documents made by extractor_test_support.h; split from one extractor_test.cc
// by concern (docs/quotes.md, Layout).
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

TEST(ExtractorTest, SpeakerEntityFromMentions) {
  // Title and name of one entity: the person's name decides.
  EXPECT_EQ(Extract("قال الرئيس الروسي فلاديمير بوتين إن الانتخابات كانت نزيهة.",
                    {{"الرئيس الروسي", doc::EntityType::kPerson, 7, doc::MentionKind::kTitle},
                     {"فلاديمير بوتين", doc::EntityType::kPerson, 7}}),
            "I[الانتخابات كانت نزيهة]<الرئيس الروسي فلاديمير بوتين#7");
  // A spokesperson named after the organisation: the person, not the organisation.
  EXPECT_EQ(Extract("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الرد سيكون حازما.",
                    {{"الخارجية الروسية", doc::EntityType::kOrganization, 3},
                     {"ماريا زاخاروفا", doc::EntityType::kPerson, 4}}),
            "I[الرد سيكون حازما]<المتحدثة باسم الخارجية الروسية ماريا زاخاروفا#4");
  // A carried speaker keeps its entity.
  EXPECT_EQ(Extract("قال بوتين إن البلاد قوية. وأضاف أن الاقتصاد ينمو.",
                    {{"بوتين", doc::EntityType::kPerson, 9}}),
            "I[البلاد قوية]<بوتين#9 | I[الاقتصاد ينمو]<بوتين#9");
}

TEST(ExtractorTest, OffsetsPointIntoTheText) {
  const std::string text = "مقدمة.\nقال الوزير: “نعم للحوار”.";
  doc::AnalyzedDoc d = MakeDoc(text);
  std::vector<QuoteTrace> trace;
  auto quotes = TheExtractor().Extract(d, &trace);
  ASSERT_EQ(quotes.size(), 1u);
  ASSERT_EQ(trace.size(), 1u);
  EXPECT_EQ(quotes[0].span.In(text), "نعم للحوار");
  EXPECT_EQ(quotes[0].span.begin, text.find("نعم"));
  ASSERT_TRUE(quotes[0].speaker.mention.has_value());
  EXPECT_EQ(quotes[0].speaker.mention->In(text), "الوزير");
  EXPECT_EQ(trace[0].found, Found::kAfterCue);
  EXPECT_EQ(trace[0].attribution, Attribution::kExplicit);
  EXPECT_EQ(d.analysis.tokens[trace[0].cue_token].token.In(text), "قال");
}

TEST(ExtractorTest, EmptyAndOddInputs) {
  EXPECT_EQ(Extract(""), "");
  EXPECT_EQ(Extract("\"\"\"\" «» “”"), "");
  EXPECT_EQ(Extract("قال"), "");
  EXPECT_EQ(Extract("قال الوزير إن"), "");
  EXPECT_EQ(Extract("\"غير مغلق"), "");
  EXPECT_EQ(Extract("»مقلوب« قال"), "");
}

// Round 34: the entities stage's mention of an author starts at its glued ل, one letter
// before the speaker's words; it still gives the speaker its entity.
TEST(ExtractorTest, Round34SpeakerEntityThroughTheGluedLam) {
  const std::string text = "وقال بيان لهيئة الأركان إن الهجوم وقع.";
  doc::Mention m;
  const std::size_t at = text.find("لهيئة");
  m.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(text.find(" إن"))};
  m.kind = doc::MentionKind::kTitle;
  m.type = doc::EntityType::kOrganization;
  m.entity = EntityId(4);
  doc::Quote q;
  q.speaker.mention = ByteSpan{static_cast<std::uint32_t>(at + 2), m.span.end};
  std::vector<doc::Quote> quotes = {q};
  AssignSpeakerEntities({m}, &quotes);
  ASSERT_TRUE(quotes[0].speaker.entity.has_value());
  EXPECT_EQ(quotes[0].speaker.entity->value(), 4u);
  // Not a mention that starts two letters before the words (not one glued letter).
  quotes[0].speaker = {};
  quotes[0].speaker.mention = ByteSpan{static_cast<std::uint32_t>(at + 4), m.span.end};
  AssignSpeakerEntities({m}, &quotes);
  EXPECT_FALSE(quotes[0].speaker.entity.has_value());
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
