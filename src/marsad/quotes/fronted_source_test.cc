// Round 46: a fronted source that its فإن/فقد ends with no comma (وبحسب شرطة المدينة فإن ...),
// and a short quoted name among a fronted source's words (ووفقا لقناة "X" فإن ...). Sentences
// written for these tests, not taken from any article.
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

constexpr auto kLoc = doc::EntityType::kLocation;
constexpr auto kPer = doc::EntityType::kPerson;

TEST(FrontedSourceTest, FaInnaEndsAShortSourceWithNoComma) {
  // A place the tagger found in the source.
  EXPECT_EQ(Extract("وبحسب شرطة لندن فإن رجلا اعتقل في المطار بعد هبوط الطائرة.", {{"لندن", kLoc, 0}}),
            "I[رجلا اعتقل في المطار بعد هبوط الطائرة]<شرطة لندن");
  // A statement noun (تقرير) in it.
  EXPECT_EQ(Extract("وبحسب نسخة من التقرير فإن الممثلة خضعت لفحص طبي في شهر مايو."),
            "I[الممثلة خضعت لفحص طبي في شهر مايو]<نسخة من التقرير");
  // An unnamed source's head (مصادر), and فقد.
  EXPECT_EQ(Extract("وبحسب مصادر أمنية فقد فر المهاجمون نحو الجبال بعد الهجوم."),
            "I[فر المهاجمون نحو الجبال بعد الهجوم]<مصادر أمنية");
}

TEST(FrontedSourceTest, AShortQuotedNameInTheSource) {
  // No comma: the quoted name is the party.
  EXPECT_EQ(Extract("ووفقا لقناة \"النهار\" فإن الوزيرة التقت بالموظفين في مقر الشركة."),
            "I[الوزيرة التقت بالموظفين في مقر الشركة]<قناة \"النهار\"");
  // With commas, a named source's words run past the quoted name to its فإن (round 25).
  EXPECT_EQ(Extract("فحسب المكتب الإعلامي لرئيس \"اللقاء الوطني\"، الشيخ سامي العلي، فإن شقيقه استأجر شقة في "
                    "المدينة.",
                    {{"سامي العلي", kPer, 4}}),
            "I[شقيقه استأجر شقة في المدينة]<المكتب الإعلامي لرئيس \"اللقاء الوطني\"، الشيخ سامي العلي#4");
}

TEST(FrontedSourceTest, TrapsOfTheSourceBeforeFaInna) {
  // No party among the words: team levels, not a source.
  EXPECT_EQ(Extract("وحسب مستويات الفرق فإن المنافسة ستكون قوية في المجموعة الأولى."), "");
  // Figures (with ل + the article, its alif dropped), though a report is named after them.
  EXPECT_EQ(Extract("ووفقا للأرقام الواردة في التقرير فإن عدد المهاجرين بلغ أربعمائة شخص."), "");
  // "The same" sources: the sentence before's.
  EXPECT_EQ(Extract("ووفق نفس المصادر فإن الإجراءات الأمنية أبعدت المهاجم عن الكنيسة."), "");
  // More than five words: parties that do not speak as one.
  EXPECT_EQ(Extract("ووفقا لتقارير فتيات أطلق سراحهن وخبراء في شؤون الجماعة فإن بعضهن لقين حتفهن."), "");
  // A verb with its pronoun after ما: not a noun source.
  EXPECT_EQ(Extract("وبحسب ما نقلته تقارير دولية فإن الرجل كان يحاول مساعدة امرأة مصابة."), "");
  // A comma inside an unnamed source: its words stop there (round 25's named run-on only).
  EXPECT_EQ(Extract("ووفقا لتقارير نشرت في دورية طبية، فإن الدواء أظهر نتائج جيدة في التجارب."), "");
  // A quoted wording after فإن: the document's.
  EXPECT_EQ(Extract("وبحسب نص التقرير فإن \"هدف الشركة زرع الفتنة في البلاد\"."), "");
}

}  // namespace
}  // namespace marsad::quotes
