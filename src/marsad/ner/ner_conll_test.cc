#include "marsad/ner/conll.h"

#include <gtest/gtest.h>

namespace marsad::ner {
namespace {

std::string Render(const std::vector<EntitySpan>& spans) {
  std::string s;
  for (const EntitySpan& e : spans) {
    if (!s.empty()) s += ' ';
    s += std::string(doc::EntityTypeName(e.type)) + "[" + std::to_string(e.begin) + "," +
         std::to_string(e.end) + ")";
  }
  return s;
}

TEST(ParseConllTest, Sentences) {
  const std::string file =
      "-DOCSTART- O\n"
      "\n"
      "قال O\n"
      "محمد B-PERS\n"
      "عباس\tI-PERS\n"
      "\n"
      "\n"
      "في x y B-LOC\r\n"  // extra columns are ignored; the tag is the last field
      "دمشق I-LOC\n";
  Result<std::vector<ConllSentence>> s = ParseConll(file, "f.txt");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].tokens, (std::vector<std::string>{"قال", "محمد", "عباس"}));
  EXPECT_EQ(Render(SpansFromLabels((*s)[0].labels)), "PER[1,3)");
  EXPECT_EQ((*s)[0].line, 3u);
  EXPECT_EQ((*s)[1].tokens, (std::vector<std::string>{"في", "دمشق"}));
  EXPECT_EQ(Render(SpansFromLabels((*s)[1].labels)), "LOC[0,2)");
}

TEST(ParseConllTest, Errors) {
  struct Case {
    const char* file;
    const char* message;
  };
  constexpr Case kCases[] = {
      {"قال O\nمحمد\n", "f.txt:2: expected 'token TAG'"},
      {"قال O\nمحمد B-PRS\n", "f.txt:2: unknown label 'B-PRS'"},
      {"\n\n", "f.txt: no tokens"},
  };
  for (const Case& c : kCases) {
    Result<std::vector<ConllSentence>> s = ParseConll(c.file, "f.txt");
    ASSERT_FALSE(s.ok()) << c.file;
    EXPECT_TRUE(s.status().IsInvalidArgument());
    EXPECT_EQ(s.status().message().substr(0, std::string(c.message).size()), c.message);
  }
}

TEST(NerScoreTest, ExactMatchOnly) {
  // gold: PER[0,2) LOC[3,4) ORG[5,7); predicted: PER exact, LOC too long, ORG right span but
  // typed MISC, and a spurious LOC.
  NerScore score;
  score.Add({{0, 2, doc::EntityType::kPerson},
             {3, 4, doc::EntityType::kLocation},
             {5, 7, doc::EntityType::kOrganization}},
            {{0, 2, doc::EntityType::kPerson},
             {3, 5, doc::EntityType::kLocation},
             {5, 7, doc::EntityType::kMisc},
             {8, 9, doc::EntityType::kLocation}});
  EXPECT_EQ(score.total_gold(), 3u);
  EXPECT_EQ(score.total_predicted(), 4u);
  EXPECT_EQ(score.total_correct(), 1u);
  const Prf micro = score.Micro();
  EXPECT_DOUBLE_EQ(micro.precision, 0.25);
  EXPECT_DOUBLE_EQ(micro.recall, 1.0 / 3);
  EXPECT_NEAR(micro.f1, 2 * 0.25 / 3 / (0.25 + 1.0 / 3), 1e-12);
  EXPECT_DOUBLE_EQ(score.Type(doc::EntityType::kPerson).f1, 1.0);
  EXPECT_DOUBLE_EQ(score.Type(doc::EntityType::kLocation).precision, 0.0);
  EXPECT_DOUBLE_EQ(score.Type(doc::EntityType::kOrganization).recall, 0.0);
  EXPECT_DOUBLE_EQ(score.Type(doc::EntityType::kMisc).f1, 0.0);
}

TEST(NerErrorsTest, ClassifiesEachWrongEntity) {
  constexpr auto kPer = doc::EntityType::kPerson, kLoc = doc::EntityType::kLocation,
                 kOrg = doc::EntityType::kOrganization, kMisc = doc::EntityType::kMisc;
  // gold: PER[0,2) exact; LOC[3,4) predicted LOC[3,5); ORG[5,7) predicted MISC[5,7);
  // MISC[10,12) missed; PER[13,15) overlapped by ORG[14,16); predicted LOC[8,9) spurious.
  NerErrors errors;
  errors.Add({{0, 2, kPer}, {3, 4, kLoc}, {5, 7, kOrg}, {10, 12, kMisc}, {13, 15, kPer}},
             {{0, 2, kPer}, {3, 5, kLoc}, {5, 7, kMisc}, {8, 9, kLoc}, {14, 16, kOrg}});
  EXPECT_EQ(errors.count(kLoc, NerError::kWrongBoundary), 1u);
  EXPECT_EQ(errors.count(kOrg, NerError::kWrongType), 1u);
  EXPECT_EQ(errors.count(kMisc, NerError::kMissed), 1u);
  EXPECT_EQ(errors.count(kPer, NerError::kWrongBoundaryAndType), 1u);
  EXPECT_EQ(errors.count(kLoc, NerError::kSpurious), 1u);
  std::size_t total = 0;
  for (auto t : {kPer, kLoc, kOrg, kMisc}) {
    for (int e = 0; e < kNumNerErrors; ++e) total += errors.count(t, static_cast<NerError>(e));
  }
  EXPECT_EQ(total, 5u);  // the exact PER and the wrong predictions' own types count nothing
  EXPECT_EQ(NerErrorName(NerError::kWrongBoundaryAndType), "boundary+type");
}

TEST(NerScoreTest, ConllevalExample) {
  // conlleval counts an I- without B- as an entity, in both gold and prediction.
  const std::vector<Label> gold = {Label::B(doc::EntityType::kPerson), Label::I(doc::EntityType::kPerson),
                                   Label::O(), Label::I(doc::EntityType::kLocation)};
  const std::vector<Label> pred = {Label::I(doc::EntityType::kPerson), Label::I(doc::EntityType::kPerson),
                                   Label::O(), Label::B(doc::EntityType::kLocation)};
  NerScore score;
  score.Add(SpansFromLabels(gold), SpansFromLabels(pred));
  EXPECT_EQ(score.total_correct(), 2u);
  EXPECT_DOUBLE_EQ(score.Micro().f1, 1.0);
  NerScore other;
  other.Add({{0, 1, doc::EntityType::kLocation}}, {});
  score.Merge(other);
  EXPECT_EQ(score.total_gold(), 3u);
  EXPECT_DOUBLE_EQ(score.Micro().recall, 2.0 / 3);
}

TEST(AlignSentenceTest, MarsadTokensInsideConllTokens) {
  ConllSentence s;
  s.tokens = {"(د", "ب", "أ)", "قال", "محمد", "بن", "سلمان،"};
  s.labels = {Label::O(), Label::O(), Label::O(), Label::O(), Label::B(doc::EntityType::kPerson),
              Label::I(doc::EntityType::kPerson), Label::I(doc::EntityType::kPerson)};
  const text::Analyzer analyzer;
  const AlignedSentence a = AlignSentence(s, analyzer);
  EXPECT_EQ(a.text, "(د ب أ) قال محمد بن سلمان،");
  // marsad splits "(د" into "(" "د", "أ)" into "أ" ")", "سلمان،" into "سلمان" "،".
  ASSERT_EQ(a.analysis.tokens.size(), 10u);
  EXPECT_EQ(a.conll_of, (std::vector<std::uint32_t>{0, 0, 1, 2, 2, 3, 4, 5, 6, 6}));
  EXPECT_EQ(Render(a.gold_conll), "PER[4,7)");
  EXPECT_EQ(Render(a.gold), "PER[6,10)");
  // A predicted entity over marsad tokens maps back to whole CoNLL tokens.
  EXPECT_EQ(Render(ToConllSpans(a, {{6, 9, doc::EntityType::kPerson}})), "PER[4,7)");
  EXPECT_EQ(Render(ToConllSpans(a, {{1, 2, doc::EntityType::kOrganization},
                                    {0, 1, doc::EntityType::kLocation}})),
            "ORG[0,1)");  // the second would overlap the first
}

}  // namespace
}  // namespace marsad::ner
