// Tests of CueLexicon: the embedded data parses, forms carry their gender and number, the
// conjunctions و/ف are recognised, and malformed data is a one-line error naming file and line.
#include "marsad/quotes/cue_lexicon.h"

#include <gtest/gtest.h>

#include "marsad/text/analyzer.h"

namespace marsad::quotes {
namespace {

const text::Analyzer& TheAnalyzer() {
  static const text::Analyzer* const analyzer = new text::Analyzer();
  return *analyzer;
}

CueLexicon Embedded() {
  auto lex = CueLexicon::Embedded(TheAnalyzer().normalizer(), TheAnalyzer().stemmer());
  EXPECT_TRUE(lex.ok()) << lex.status().ToString();
  return std::move(lex).value();
}

std::string Norm(std::string_view s) { return TheAnalyzer().normalizer().Normalize(s); }

struct VerbCase {
  const char* word;
  const char* lemma;
  VerbForm form;
  Gender gender;
  Number number;
  bool conjunction;
};

constexpr VerbCase kVerbs[] = {
    {"قال", "قال", VerbForm::kPerfect, Gender::kMasculine, Number::kSingular, false},
    {"وقالت", "قال", VerbForm::kPerfect, Gender::kFeminine, Number::kSingular, true},
    {"فأضافوا", "أضاف", VerbForm::kPerfect, Gender::kMasculine, Number::kPlural, true},
    {"يقول", "قال", VerbForm::kImperfect, Gender::kMasculine, Number::kSingular, false},
    {"وتؤكد", "أكد", VerbForm::kImperfect, Gender::kFeminine, Number::kSingular, true},
    {"مضيفةً", "أضاف", VerbForm::kParticiple, Gender::kFeminine, Number::kSingular, false},
    {"مشيرا", "أشار", VerbForm::kParticiple, Gender::kMasculine, Number::kSingular, false},
    {"اكدا", "أكد", VerbForm::kPerfect, Gender::kMasculine, Number::kDual, false},  // hamza dropped
};

TEST(CueLexiconTest, VerbForms) {
  CueLexicon lex = Embedded();
  EXPECT_GT(lex.verbs().size(), 30u);
  for (const VerbCase& c : kVerbs) {
    const CueWord* w = lex.Find(Norm(c.word));
    ASSERT_NE(w, nullptr) << c.word;
    ASSERT_TRUE(w->Is(kSpeechVerb)) << c.word;
    EXPECT_EQ(lex.verbs()[w->verb].lemma, c.lemma) << c.word;
    EXPECT_EQ(w->form, c.form) << c.word;
    EXPECT_EQ(w->agreement.gender, c.gender) << c.word;
    EXPECT_EQ(w->agreement.number, c.number) << c.word;
    EXPECT_EQ(w->conjunction, c.conjunction) << c.word;
  }
}

TEST(CueLexiconTest, LeftOutForms) {
  CueLexicon lex = Embedded();
  // Words that look like speech verbs but mostly are not.
  for (const char* w : {"يعتبر", "لافتة", "مقر", "يبلغ", "فرد", "يدعى", "مجددا", "متحدثة"}) {
    EXPECT_FALSE(lex.Is(Norm(w), kSpeechVerb)) << w;
  }
}

TEST(CueLexiconTest, VerbsThatNeedAComplementizer) {
  CueLexicon lex = Embedded();
  // بين "between", إبان "during" and تمنى (a wish, a statement only with أن) are cues only
  // before أن/إن (round 6, flag complementizer):
  // the flag is on every form of theirs, with and without و, and on no other verb's form.
  for (const char* w : {"بين", "وبين", "أبان", "وأبان", "إبان", "أبانت", "متمنيا", "وتمنى"}) {
    const CueWord* e = lex.Find(Norm(w));
    ASSERT_NE(e, nullptr) << w;
    ASSERT_TRUE(e->Is(kSpeechVerb)) << w;
    EXPECT_NE(lex.verbs()[e->verb].flags & kNeedsComplementizer, 0) << w;
  }
  for (const char* w : {"بينت", "مبينا", "قال", "وأوضح", "تحدث", "متحدثا"}) {
    const CueWord* e = lex.Find(Norm(w));
    ASSERT_NE(e, nullptr) << w;
    EXPECT_EQ(lex.verbs()[e->verb].flags & kNeedsComplementizer, 0) << w;
  }
}

TEST(CueLexiconTest, VerbFlagsAndNominalContent) {
  CueLexicon lex = Embedded();
  struct FlagCase {
    const char* word;
    std::uint8_t flag;
  };
  // وصف X بأنه: its object comes first; أبدى/أكد/أعلن take a verbal noun as content.
  // دعا/حذر X Y إلى/من: an object may stand before the preposition (round 5).
  for (const FlagCase& c : {FlagCase{"وصف", kObjectFirst}, FlagCase{"واصفا", kObjectFirst},
                            FlagCase{"أبدت", kNominal}, FlagCase{"وأكد", kNominal}, FlagCase{"أعلنت", kNominal},
                            FlagCase{"ودعا", kObjectPrep}, FlagCase{"حذرت", kObjectPrep}}) {
    const CueWord* w = lex.Find(Norm(c.word));
    ASSERT_NE(w, nullptr) << c.word;
    ASSERT_TRUE(w->Is(kSpeechVerb)) << c.word;
    EXPECT_NE(lex.verbs()[w->verb].flags & c.flag, 0) << c.word;
  }
  const text::LightStemmer& stemmer = TheAnalyzer().stemmer();
  EXPECT_TRUE(lex.IsNominalContent(stemmer.Stem(Norm("استعداده"))));
  EXPECT_TRUE(lex.IsNominalContent(stemmer.Stem(Norm("موافقته"))));
  EXPECT_TRUE(lex.IsObjectHead(stemmer.Stem(Norm("موافقته"))));  // and it ends a speaker
  EXPECT_FALSE(lex.IsNominalContent(stemmer.Stem(Norm("مقتل"))));  // a fact, not a position
}

TEST(CueLexiconTest, SpeechNouns) {
  CueLexicon lex = Embedded();
  struct NounCase {
    const char* word;
    Gender gender;
    bool conjunction;
  };
  for (const NounCase& c : {NounCase{"إعلان", Gender::kAny, false}, NounCase{"وإعلان", Gender::kAny, true},
                            NounCase{"تأكيده", Gender::kMasculine, false},
                            NounCase{"لقولها", Gender::kFeminine, false}}) {
    const CueWord* w = lex.Find(Norm(c.word));
    ASSERT_NE(w, nullptr) << c.word;
    EXPECT_TRUE(w->Is(kSpeechNoun)) << c.word;
    EXPECT_EQ(w->agreement.gender, c.gender) << c.word;
    EXPECT_EQ(w->conjunction, c.conjunction) << c.word;
  }
  EXPECT_FALSE(lex.Is(Norm("بيان"), kSpeechNoun));  // a statement noun, not a verbal noun
}

TEST(CueLexiconTest, WordClasses) {
  CueLexicon lex = Embedded();
  EXPECT_TRUE(lex.Is(Norm("إن"), kComplementizer));
  EXPECT_TRUE(lex.Is(Norm("بأنها"), kComplementizer));
  EXPECT_TRUE(lex.Is(Norm("وبحسب"), kSource));
  EXPECT_TRUE(lex.Is(Norm("ولم"), kNegation));
  EXPECT_TRUE(lex.Is(Norm("تنظيم"), kDesignator));
  EXPECT_TRUE(lex.Is(Norm("البيان"), kStatementDefinite));
  EXPECT_TRUE(lex.Is(Norm("الذي"), kRelative));
  const CueWord* her_saying = lex.Find(Norm("قولها"));
  ASSERT_NE(her_saying, nullptr);
  EXPECT_EQ(her_saying->agreement, (Agreement{Gender::kFeminine, Number::kSingular}));
  EXPECT_TRUE(lex.HasAffix(Norm("للصحفيين"), AffixList::kAddresseePrefix));
  EXPECT_FALSE(lex.HasAffix(Norm("لل"), AffixList::kAddresseePrefix));
  EXPECT_TRUE(lex.IsObjectHead(TheAnalyzer().stemmer().Stem(Norm("دعمها"))));
  EXPECT_EQ(lex.Find(Norm("الرئيس")), nullptr);
  // Added in this round: the demonstrative object, the glued complement, the dual subject,
  // the relayed saying, the conjunction taken off a stop word.
  EXPECT_TRUE(lex.Is(Norm("ذلك"), kSubjectStop));
  EXPECT_TRUE(lex.Is(Norm("قول"), kRelayTongue));
  EXPECT_TRUE(lex.Is(Norm("قبلا"), kTime));
  EXPECT_EQ(lex.PrefixLength(Norm("باللوم"), AffixList::kComplementPrefix), Norm("بال").size());
  EXPECT_TRUE(lex.HasAffix(Norm("الزوجان"), AffixList::kPluralSuffix));
  EXPECT_TRUE(lex.IsWithConjunction(Norm("ومع"), kSubjectStop));
  EXPECT_TRUE(lex.IsWithConjunction(Norm("مع"), kSubjectStop));
  EXPECT_FALSE(lex.IsWithConjunction(Norm("وزير"), kSubjectStop));
  // Round 5: والذي points back with its agreement; فيها after a verb; يبدو after فيما.
  const CueWord* and_who = lex.Find(Norm("والذي"));
  ASSERT_NE(and_who, nullptr);
  EXPECT_TRUE(and_who->Is(kRelative));
  EXPECT_EQ(and_who->agreement, (Agreement{Gender::kMasculine, Number::kSingular}));
  EXPECT_TRUE(lex.Is(Norm("فيها"), kInStatement));
  EXPECT_TRUE(lex.Is(Norm("يبدو"), kClauseEndAdverbial));
  EXPECT_FALSE(lex.Is(Norm("بعد"), kClauseEndAdverbial));  // وذلك بعد ends a clause
  EXPECT_TRUE(lex.Is(Norm("لكنه"), kClauseOpener));
}

TEST(CueLexiconTest, ShapeFilterKeepsEveryWord) {
  CueLexicon lex = Embedded();
  // Spellings of lexicon words as texts write them: hamzas, marks, tatweel, ة/ى.
  for (const char* w : {"قال", "قالَ", "قـــال", "أكّد", "اكد", "إنّ", "مُضيفةً", "وأشارت", "إلى", "الى",
                        "نفى", "نفي", "بحسب", "البيان", "قولها"}) {
    EXPECT_TRUE(lex.MayContain(w, Norm(w).size())) << w;
  }
  for (const char* w : {"قال", "قالَ", "قـــال", "أكّد", "اكد", "مُضيفةً", "وأشارت", "نفى", "نفي", "بحسب",
                        "وبحسب", "قيل", "إدعى", "ادعى"}) {
    EXPECT_TRUE(lex.QuickTrigger(w, Norm(w).size())) << w;
    EXPECT_TRUE(lex.MayTrigger(w, Norm(w).size())) << w;
  }
  // Most other words are turned away (some pass: it is a filter).
  std::size_t passed = 0;
  const char* others[] = {"الرئيس", "الروسي", "فلاديمير", "بوتين", "الانتخابات", "كانت", "نزيهة", "سوريا",
                          "الحكومة", "المدينة", "القوات", "العالم", "الاقتصاد", "مليون", "دولار", "اليوم"};
  for (const char* w : others) passed += lex.MayContain(w, Norm(w).size()) ? 1 : 0;
  EXPECT_LT(passed, std::size(others) / 4);
  // Words the filter cannot model pass.
  EXPECT_TRUE(lex.MayContain("ﻻ", 4));
  EXPECT_TRUE(lex.MayContain("abc", 3));
  EXPECT_TRUE(lex.MayContain("أكّد", 6));
}

TEST(CueLexiconTest, Agreement) {
  const Agreement ms{Gender::kMasculine, Number::kSingular};
  const Agreement fs{Gender::kFeminine, Number::kSingular};
  EXPECT_TRUE(ms.Compatible(ms));
  EXPECT_FALSE(ms.Compatible(fs));
  EXPECT_TRUE(ms.Compatible(Agreement{}));
  EXPECT_TRUE((Agreement{Gender::kMasculine, Number::kAny}).Compatible(Agreement{Gender::kMasculine, Number::kPlural}));
}

struct BadCase {
  const char* verbs;
  const char* words;
  const char* error;
};

constexpr BadCase kBad[] = {
    {"قال | - | - | قال قالت قالوا قالا قالتا | يقول تقول يقولون", "",
     "speech_verbs_ar.txt:1: want 6 fields separated by '|', got 5"},
    {"# comment\nقال | - | - | قال قالت | يقول تقول يقولون | - - - -", "",
     "speech_verbs_ar.txt:2: want 5 perfect forms, got 2"},
    {"قال | loud | - | قال - - - - | - - - | - - - -", "", "speech_verbs_ar.txt:1: unknown flag 'loud'"},
    {"", "", "speech_verbs_ar.txt: no verbs"},
    {"قال | - | - | قال - - - - | - - - | - - - -", "[nonsense]\nقال", "cue_words_ar.txt:1: unknown section [nonsense]"},
    {"قال | - | - | قال - - - - | - - - | - - - -", "قال", "cue_words_ar.txt:1: word before any [section]"},
    {"قال | - | - | قال - - - - | - - - | - - - -", "[time]\nصباح الخير", "cue_words_ar.txt:2: want one word per line: 'صباح الخير'"},
    {"قال | - | - | قال - - - - | - - - | - - - -", "[carried_source:xx]", "cue_words_ar.txt:1: unknown agreement in [carried_source:xx] (want ms, fs, mp or fp)"},
    {"بين | complementizer | - | بين - - - - | - - - | - - - -", "[subject_stop]\nبين",
     "speech_verbs_ar.txt: 'بين' of 'بين' (flag complementizer) is also a word of cue_words_ar.txt"},
};

TEST(CueLexiconTest, MalformedData) {
  for (const BadCase& c : kBad) {
    auto lex = CueLexicon::Parse(c.verbs, c.words, TheAnalyzer().normalizer(), TheAnalyzer().stemmer());
    ASSERT_FALSE(lex.ok()) << c.error;
    EXPECT_TRUE(lex.status().IsInvalidArgument());
    EXPECT_EQ(lex.status().message(), c.error);
  }
}

}  // namespace
}  // namespace marsad::quotes
