// Tests of quote evaluation on a hand-made miniature gold: recall by anchor, speaker mapping
// through names and titles, precision with unnamed sources set apart, and trap violations.
#include "marsad/quotes/quote_eval.h"

#include <gtest/gtest.h>

#include "marsad/quotes/extractor.h"

namespace marsad::quotes {
namespace {

const text::Analyzer& TheAnalyzer() {
  static const text::Analyzer* const analyzer = new text::Analyzer();
  return *analyzer;
}

const Extractor& TheExtractor() {
  static const Extractor* const extractor = [] {
    auto e = Extractor::Create(TheAnalyzer());
    EXPECT_TRUE(e.ok());
    return new Extractor(std::move(e).value());
  }();
  return *extractor;
}

EvalDoc Process(const std::string& id, const std::string& text) {
  doc::AnalyzedDoc d;
  d.document.text = text;
  TheAnalyzer().Analyze(text, &d.analysis);
  return {id, text, TheExtractor().Extract(d)};
}

// A document written for this test.
constexpr const char* kText =
    "قال الرئيس الروسي فلاديمير بوتين إن الانتخابات كانت نزيهة.\n"
    "وقال المعارض نافالني: \"النتيجة معروفة سلفا وهي فوز بوتين\".\n"
    "وأضاف أن المشاركة كانت ضعيفة جدا.\n"
    "وقال مصدر مطلع إن الأرقام غير دقيقة.\n"
    "وكانت الحملة هادئة في نظر المراقبين.\n";

QuoteGold MiniGold() {
  QuoteGold g;
  g.docs = {"d1"};
  g.entities = {{"putin", "PER", {{"d1", {"فلاديمير بوتين", "بوتين"}}}, {{"d1", {"الرئيس الروسي"}}}},
                {"navalny", "PER", {{"d1", {"نافالني"}}}, {{"d1", {"المعارض"}}}},
                {"russia", "LOC", {{"d1", {"روسيا"}}}, {}}};
  g.quotes = {{"d1", "putin", doc::QuoteKind::kIndirect, "الانتخابات كانت نزيهة"},
              {"d1", "navalny", doc::QuoteKind::kDirect, "النتيجة معروفة سلفا"},
              {"d1", "navalny", doc::QuoteKind::kIndirect, "المشاركة كانت ضعيفة"},
              {"d1", "navalny", doc::QuoteKind::kIndirect, "الحملة هادئة"}};  // no cue for it
  g.traps = {{"d1", "النتيجة معروفة سلفا وهي فوز بوتين", "putin"}};
  return g;
}

TEST(QuoteEvalTest, Figures) {
  QuoteGold g = MiniGold();
  std::vector<EvalDoc> docs = {Process("d1", kText)};
  auto r = EvaluateQuotes(g, docs, TheAnalyzer(), TheExtractor().lexicon());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->docs, 1u);
  EXPECT_EQ(r->direct.gold, 1u);
  EXPECT_EQ(r->direct.found, 1u);
  EXPECT_EQ(r->direct.speaker_right, 1u);
  EXPECT_EQ(r->indirect.gold, 3u);
  EXPECT_EQ(r->indirect.found, 2u);  // the last line has no cue
  EXPECT_EQ(r->indirect.speaker_right, 2u);
  EXPECT_DOUBLE_EQ(r->all.recall, 0.75);
  EXPECT_DOUBLE_EQ(r->all.speaker_accuracy, 1.0);
  // Predicted: 3 on gold quotes, 1 by an unnamed source (مصدر مطلع), set apart.
  EXPECT_EQ(r->all.predicted, 4u);
  EXPECT_EQ(r->all.matched, 3u);
  EXPECT_EQ(r->all.vague, 1u);
  EXPECT_DOUBLE_EQ(r->all.precision, 1.0);
  EXPECT_DOUBLE_EQ(r->all.precision_strict, 0.75);
  EXPECT_EQ(r->traps, 1u);
  EXPECT_EQ(r->trap_violations, 0u);
  ASSERT_EQ(r->missed.size(), 1u);
  EXPECT_EQ(r->missed[0].text, "الحملة هادئة");
}

TEST(QuoteEvalTest, TrapViolation) {
  QuoteGold g = MiniGold();
  EvalDoc d = Process("d1", kText);
  // Give Navalny's quote to Putin.
  for (doc::Quote& q : d.quotes) {
    if (q.kind == doc::QuoteKind::kDirect) {
      const std::size_t at = d.text.find("بوتين");
      q.speaker.mention = ByteSpan{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 10)};
    }
  }
  auto r = EvaluateQuotes(g, {d}, TheAnalyzer(), TheExtractor().lexicon());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->trap_violations, 1u);
  EXPECT_EQ(r->direct.speaker_right, 0u);
}

struct MapCase {
  const char* mention;
  const char* want;  // "" for none
};

TEST(QuoteEvalTest, SpeakerMapping) {
  QuoteGold g = MiniGold();
  const std::string text =
      "الرئيس الروسي فلاديمير بوتين | للرئيس الروسي | بوتين | المعارض نافالني | روسيا | "
      "الرئيس الروسي في روسيا | فلاديمير | الوزير | بوتين ونافالني | نافالني وبوتين | "
      "الرئيس الروسي بوتين ونظيره المعارض نافالني | نافالني و بوتين";
  constexpr MapCase kCases[] = {
      {"الرئيس الروسي فلاديمير بوتين", "putin"},  // title and name
      {"للرئيس الروسي", "putin"},                 // clitics: compared by stem
      {"المعارض نافالني", "navalny"},
      {"روسيا", "russia"},
      {"الرئيس الروسي في روسيا", "putin"},        // a person before a place
      {"فلاديمير", "putin"},                      // part of a name
      {"الوزير", ""},
      // A joint subject goes to its first conjunct, as the gold's guideline says.
      {"بوتين ونافالني", "putin"},
      {"نافالني وبوتين", "navalny"},
      {"نافالني و بوتين", "navalny"},
      {"الرئيس الروسي بوتين ونظيره المعارض نافالني", "putin"},
  };
  const EvalDoc d{"d1", text, {}};
  for (const MapCase& c : kCases) {
    doc::Quote q;
    const std::size_t at = text.find(c.mention);
    ASSERT_NE(at, std::string::npos);
    q.speaker.mention = ByteSpan{static_cast<std::uint32_t>(at),
                                 static_cast<std::uint32_t>(at + std::string(c.mention).size())};
    auto id = MapSpeakerToGold(g, d, q, TheAnalyzer());
    EXPECT_EQ(id.value_or(""), c.want) << c.mention;
  }
}

// The entities stage's resolution: a speaker whose words name no gold form maps through the
// document's mentions of its entity; words that name a gold form win over the entity.
TEST(QuoteEvalTest, SpeakerMappingThroughTheEntity) {
  QuoteGold g = MiniGold();
  const std::string text = "قال فلاديمير بوتين إن الأمر انتهى. وقال سيد الكرملين إن الأمر جيد. نافالني هنا.";
  auto span_of = [&](const char* s) {
    const std::size_t at = text.find(s);
    EXPECT_NE(at, std::string::npos) << s;
    return ByteSpan{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::string(s).size())};
  };
  auto mention = [&](const char* s, std::uint64_t entity) {
    doc::Mention m;
    m.span = span_of(s);
    m.entity = EntityId(entity);
    return m;
  };
  EvalDoc d{"d1", text, {}, {mention("فلاديمير بوتين", 7), mention("سيد الكرملين", 7), mention("نافالني", 9)}};
  struct Case {
    const char* words;
    std::uint64_t entity;  // 0: none
    const char* want;
    SpeakerMapping how;
  };
  const Case kCases[] = {
      {"سيد الكرملين", 7, "putin", SpeakerMapping::kEntity},       // not a gold form; its entity is
      {"سيد الكرملين", 0, "", SpeakerMapping::kNone},              // no entity: no mapping
      {"فلاديمير بوتين", 9, "putin", SpeakerMapping::kWords},      // the words win over the entity
      {"فلاديمير", 0, "putin", SpeakerMapping::kPartial},          // part of a gold name
      {"سيد الكرملين", 8, "", SpeakerMapping::kNone},              // an entity with no mention here
  };
  for (const Case& c : kCases) {
    doc::Quote q;
    q.speaker.mention = span_of(c.words);
    if (c.entity != 0) q.speaker.entity = EntityId(c.entity);
    SpeakerMapping how = SpeakerMapping::kWords;
    EXPECT_EQ(MapSpeakerToGold(g, d, q, TheAnalyzer(), &how).value_or(""), c.want) << c.words << " " << c.entity;
    EXPECT_EQ(how, c.how) << c.words << " " << c.entity;
  }
}

TEST(QuoteEvalTest, EmptyGoldIsAnError) {
  auto r = EvaluateQuotes(QuoteGold(), {}, TheAnalyzer(), TheExtractor().lexicon());
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.status().IsInvalidArgument());
}

// The development gold, when ../shared/data is there: the figures the issue asks for.
TEST(QuoteEvalTest, SharedGoldIsReadable) {
  const std::string path = std::string(MARSAD_SHARED_DATA_DIR) + "/marsad-gold-dev/gold.json";
  if (FILE* f = std::fopen(path.c_str(), "r")) {
    std::fclose(f);
  } else {
    GTEST_SKIP() << "no " << path << " (run `marsad eval quotes` where ../shared/data exists)";
  }
  SUCCEED();  // `marsad eval quotes` reads and scores it; see tests/integration/cli_quotes_test.sh
}

}  // namespace
}  // namespace marsad::quotes
