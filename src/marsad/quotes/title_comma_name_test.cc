// Round 48 (docs/quotes.md): a title's ل-complement of several words, a comma, and the person
// it names — the name is the title's, and the speaker runs on to it. Hand-written sentences, not
// taken from any article; mentions set directly, as the tagger and the entities stage would.
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
  doc::MentionKind kind = doc::MentionKind::kName;
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
    men.kind = m.kind;
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

TEST(TitleCommaNameTest, ClosingSourceRunsOnToTheName) {
  // A closing source whose title's ل-complement runs four words to a comma and the name that
  // ends the sentence; the next verb carries the same person.
  EXPECT_EQ(Extract("اقتحم مجهولون المدرسة صباح الخميس، حسب ما أفاد به كاتب عام النقابة الأساسية للتعليم "
                    "الثانوي بحي النصر، سامي العلي. وأضاف أن الحارس أصيب بجروح خفيفة.",
                    {{"سامي العلي", kPer, 7}}),
            "I[اقتحم مجهولون المدرسة صباح الخميس]<كاتب عام النقابة الأساسية للتعليم الثانوي بحي النصر، سامي العلي#7"
            " | I[الحارس أصيب بجروح خفيفة]<كاتب عام النقابة الأساسية للتعليم الثانوي بحي النصر، سامي العلي#7");
}

TEST(TitleCommaNameTest, Guards) {
  // Trap: a call's object after the name's comma is read as before (the apposition after the
  // title): the call keeps its content.
  EXPECT_EQ(Extract("ودعا الأمين العام للمنظمة الدولية للهجرة، سامي العلي، الحكومات الأوروبية إلى حماية "
                    "المهاجرين في البحر.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الحكومات الأوروبية إلى حماية المهاجرين في البحر]<الأمين العام للمنظمة الدولية للهجرة، سامي العلي#7");
  // Trap: an apposition after the name's comma (the one the words are about, with his own
  // name) is not run into the speaker.
  EXPECT_EQ(Extract("وعلق الأمين العام لحزب العمل الوطني، سامي العلي، على مطالبات الرئيس الأمريكي، جون سميث، "
                    "قائلا: \"هذه المطالب لن تغير شيئا في موقفنا\".",
                    {{"سامي العلي", kPer, 7}, {"الرئيس الأمريكي", kPer, 9, doc::MentionKind::kTitle}, {"جون سميث", kPer, 9}}),
            "D[هذه المطالب لن تغير شيئا في موقفنا]<الأمين العام لحزب العمل الوطني، سامي العلي#7");
}

}  // namespace
}  // namespace marsad::quotes
