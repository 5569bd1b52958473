// Round 46: an outlet's correspondent told after a speaker's first words (مصدر أمني مراسل
// الإذاعة، مدير الإقليم لمراسلتنا X) ends the speaker's words. Sentences written for these tests,
// not taken from any article.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/quotes/extractor.h"
#include "marsad/text/analyzer.h"

namespace marsad::quotes {
namespace {

const text::Analyzer& TheAnalyzer() {
  static const text::Analyzer* const analyzer = new text::Analyzer();
  return *analyzer;
}

const Extractor& TheExtractor() {
  static const Extractor* const extractor = [] {
    auto e = Extractor::Create(TheAnalyzer());
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return new Extractor(std::move(e).value());
  }();
  return *extractor;
}

struct MentionSpec {
  const char* text;  // a substring of the document (its first occurrence after `after`)
  doc::EntityType type;
  std::uint64_t entity;  // 0: none
};

doc::AnalyzedDoc MakeDoc(const std::string& text, const std::vector<MentionSpec>& mentions = {}) {
  doc::AnalyzedDoc d;
  d.document.id = "test";
  d.document.text = text;
  TheAnalyzer().Analyze(d.document.text, &d.analysis);
  std::size_t from = 0;
  for (const MentionSpec& m : mentions) {
    const std::size_t at = text.find(m.text, from);
    EXPECT_NE(at, std::string::npos) << m.text;
    if (at == std::string::npos) continue;
    from = at + 1;
    doc::Mention men;
    men.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::string(m.text).size())};
    men.kind = doc::MentionKind::kName;
    men.type = m.type;
    if (m.entity != 0) men.entity = EntityId(m.entity);
    for (std::uint32_t i = 0; i < d.analysis.tokens.size(); ++i) {
      const text::Token& t = d.analysis.tokens[i].token;
      if (t.end <= men.span.begin) men.first_token = i + 1;
      if (t.begin < men.span.end) men.end_token = i + 1;
    }
    d.mentions.push_back(men);
  }
  return d;
}

// "D[text]<speaker" or "I[text]<speaker", speaker "-" when none, "#id" after it when the
// speaker has an entity; quotes joined by " | ".
std::string Render(const doc::AnalyzedDoc& d, const std::vector<doc::Quote>& quotes) {
  std::string out;
  for (const doc::Quote& q : quotes) {
    if (!out.empty()) out += " | ";
    out += q.kind == doc::QuoteKind::kDirect ? "D[" : "I[";
    out += std::string(q.span.In(d.document.text));
    out += "]<";
    out += q.speaker.mention ? std::string(q.speaker.mention->In(d.document.text)) : "-";
    if (q.speaker.entity) {
      out += '#';
      out += std::to_string(q.speaker.entity->value());
    }
  }
  return out;
}

std::string Extract(const std::string& text, const std::vector<MentionSpec>& mentions = {}) {
  doc::AnalyzedDoc d = MakeDoc(text, mentions);
  return Render(d, TheExtractor().Extract(d));
}

constexpr auto kPer = doc::EntityType::kPerson;

TEST(CorrespondentTest, TheCorrespondentToldEndsTheSpeaker) {
  // Without ل after an unnamed source's head (JawharaFM), in a closing source through a verb.
  EXPECT_EQ(Extract("تم حجز كمية من المخدرات في منزل بالمدينة، وفق ما أفاد به مصدر أمني مراسل الإذاعة."),
            "I[تم حجز كمية من المخدرات في منزل بالمدينة]<مصدر أمني");
  // Before the verb's complementizer.
  EXPECT_EQ(Extract("وأفاد مصدر أمني مراسل الإذاعة بأنه تم حجز كمية من المخدرات في منزل بالمدينة."),
            "I[تم حجز كمية من المخدرات في منزل بالمدينة]<مصدر أمني");
  // With ل and the correspondent's name: the speaker does not run on to the name.
  EXPECT_EQ(Extract("وأكد مدير الإقليم لمراسلتنا سامية العلي أنه تم حجز كمية من المخدرات في المدينة.",
                    {{"سامية العلي", kPer, 5}}),
            "I[تم حجز كمية من المخدرات في المدينة]<مدير الإقليم");
  // A fronted source through a verb: the correspondent is stepped over to its فإن.
  EXPECT_EQ(Extract("وحسب ما أفاد به مصدر أمني مراسلنا سامي العلي، فإن السيارة كانت تنقل مريضا إلى المستشفى.",
                    {{"سامي العلي", kPer, 5}}),
            "I[السيارة كانت تنقل مريضا إلى المستشفى]<مصدر أمني");
}

TEST(CorrespondentTest, TrapsOfTheCorrespondent) {
  // The subject's first word: the correspondent speaks.
  EXPECT_EQ(Extract("وقال مراسل القناة إن القصف استمر طوال الليل في المدينة."),
            "I[القصف استمر طوال الليل في المدينة]<مراسل القناة");
  // Without ل after a head that is no unnamed source: his own title.
  EXPECT_EQ(Extract("وقال الصحفي مراسل القناة إن القصف استمر طوال الليل في المدينة."),
            "I[القصف استمر طوال الليل في المدينة]<الصحفي مراسل القناة");
  // A source that is the correspondent (its ل is the source's own): he speaks.
  EXPECT_EQ(Extract("ووفقا لمراسلنا في سوسة فإن الرجل اعتقل بعد الحادث مباشرة.",
                    {{"سوسة", doc::EntityType::kLocation, 0}}),
            "I[الرجل اعتقل بعد الحادث مباشرة]<مراسلنا في سوسة");
  // A fronted subject that opens with the bare word: still read as before it was listed.
  EXPECT_EQ(Extract("لكن مراسل القناة قال لاحقا إن ثلاثة جنود أصيبوا بجروح خطيرة."),
            "I[ثلاثة جنود أصيبوا بجروح خطيرة]<مراسل القناة");
}

}  // namespace
}  // namespace marsad::quotes
