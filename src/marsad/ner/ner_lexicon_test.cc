#include "marsad/ner/lexicon.h"

#include <gtest/gtest.h>

#include <sstream>
#include <utility>

#include "marsad/text/normalizer.h"

namespace marsad::ner {
namespace {

std::string Forms(const text::Normalizer& normalizer, std::string_view word) {
  const std::string norm = normalizer.Normalize(word);
  std::string buf(norm.size() + 4, '\0');
  std::string_view forms[kMaxNameForms];
  const int n = NameForms(norm, buf.data(), forms);
  std::string s;
  for (int i = 0; i < n; ++i) {
    if (i > 0) s += ' ';
    s += forms[i];
  }
  return s;
}

TEST(NameFormsTest, CliticNameForm) {
  const text::Normalizer normalizer;
  constexpr std::pair<const char*, const char*> kCases[] = {
      {"لكوفي", "كوفي"},      // ل before an article-less name
      {"بإيهود", "ايهود"},    // ب, normalized
      {"ولكوفي", "كوفي"},     // after a conjunction
      {"فبوش", ""},            // too short once the conjunction is gone
      {"للندن", "لندن"},
      {"بالمانيا", ""},        // the article: NameForms' case
      {"لها", ""},             // too short
      {"كوفي", ""},            // no preposition
      {"ولد", ""},
  };
  for (const auto& [word, want] : kCases) {
    EXPECT_EQ(CliticNameForm(normalizer.Normalize(word)), want) << word;
  }
}

TEST(NameFormsTest, Proclitics) {
  const text::Normalizer normalizer;
  struct Case {
    const char* word;
    const char* forms;
  };
  constexpr Case kCases[] = {
      {"وبغداد", "وبغداد بغداد"},           // the conjunction
      {"فبغداد", "فبغداد بغداد"},
      {"للجزيرة", "للجزيره الجزيره"},      // li + article: the article's alef comes back
      {"بألمانيا", "بالمانيا المانيا"},      // a preposition before the article
      {"وللأمم", "وللامم للامم الامم"},     // both
      {"والجزيرة", "والجزيره الجزيره"},
      {"كالعادة", "كالعاده العاده"},
      {"بغداد", "بغداد"},                   // ب is part of the word: kept
      {"لبنان", "لبنان"},
      {"وزير", "وزير زير"},                 // (a lookup form only: زير is rarely listed)
      {"ولد", "ولد"},                       // too short
      {"محمد", "محمد"},
  };
  for (const Case& c : kCases) EXPECT_EQ(Forms(normalizer, c.word), c.forms) << c.word;
}

class LexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    lexicon_.Add("بوتين", LexClass::kPer, normalizer_);
    lexicon_.Add("موسكو", LexClass::kLoc, normalizer_);
    lexicon_.Add("الأمم المتحدة", LexClass::kOrg, normalizer_);
    lexicon_.Add("الأمم المتحدة للطفولة", LexClass::kOrg, normalizer_);
    lexicon_.Add("رئيس الوفد", LexClass::kTitle, normalizer_);
    lexicon_.Add("الجزيرة", LexClass::kOrg, normalizer_);
    lexicon_.Add("الجزيرة", LexClass::kLoc, normalizer_);
  }
  // Matches of the listed phrases in a sentence, as "CLASSES[b,e)".
  std::string Match(const std::string& sentence) {
    std::vector<std::string> norms;
    std::istringstream in(sentence);
    std::string w;
    while (in >> w) norms.push_back(normalizer_.Normalize(w));
    std::vector<std::uint64_t> first(norms.size() * kMaxNameForms, 0), hashes(norms.size());
    for (std::size_t i = 0; i < norms.size(); ++i) {
      std::string buf(norms[i].size() + 4, '\0');
      std::string_view forms[kMaxNameForms];
      const int n = NameForms(norms[i], buf.data(), forms);
      for (int f = 0; f < n; ++f) first[i * kMaxNameForms + f] = Lexicon::WordHash(forms[f]);
      hashes[i] = Lexicon::WordHash(norms[i]);
    }
    std::vector<PhraseMatch> matches;
    lexicon_.MatchPhrases(first.data(), kMaxNameForms, hashes.data(), norms.size(), &matches);
    std::string s;
    for (const PhraseMatch& m : matches) {
      if (!s.empty()) s += ' ';
      for (unsigned c = 0; c < static_cast<unsigned>(LexClass::kCount); ++c) {
        if (m.classes & (1u << c)) s += std::to_string(c);
      }
      s += '[';
      s += std::to_string(m.begin);
      s += ',';
      s += std::to_string(m.end);
      s += ')';
    }
    return s;
  }
  text::Normalizer normalizer_;
  Lexicon lexicon_;
};

TEST_F(LexiconTest, Words) {
  EXPECT_EQ(lexicon_.Word(normalizer_.Normalize("بوتين")).whole, LexBit(LexClass::kPer));
  EXPECT_EQ(lexicon_.Word(normalizer_.Normalize("الجزيرة")).whole,
            LexBit(LexClass::kOrg) | LexBit(LexClass::kLoc));
  // Words of longer entries are "parts".
  const WordLex umam = lexicon_.Word(normalizer_.Normalize("الأمم"));
  EXPECT_EQ(umam.whole, 0);
  EXPECT_EQ(umam.part, LexBit(LexClass::kOrg));
  EXPECT_EQ(lexicon_.Word(normalizer_.Normalize("الوفد")).part, LexBit(LexClass::kTitle));
  EXPECT_EQ(lexicon_.Word("قال").whole, 0);
  EXPECT_EQ(lexicon_.Word("قال").part, 0);
  // Entries are normalized: any spelling of the hamza finds them.
  EXPECT_EQ(lexicon_.Word(normalizer_.Normalize("الامم")).part, LexBit(LexClass::kOrg));
  EXPECT_FALSE(lexicon_.Add("====", LexClass::kLoc, normalizer_));  // no letters
}

TEST_F(LexiconTest, Phrases) {
  struct Case {
    const char* sentence;
    const char* matches;  // class numbers (2 = ORG, 4 = TITLE) and token ranges
  };
  constexpr Case kCases[] = {
      {"قال رئيس الوفد الروسي", "4[1,3)"},
      {"في الأمم المتحدة للطفولة أمس", "2[1,4)"},   // the longest match wins
      {"في الأمم المتحدة أمس", "2[1,3)"},
      {"وقالت للأمم المتحدة", "2[1,3)"},            // the first word without its clitics
      {"الأمم قالت المتحدة", ""},
      {"رئيس الوفد للأمم المتحدة", "4[0,2) 2[2,4)"},
      {"", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(Match(c.sentence), c.matches) << c.sentence;
}

TEST_F(LexiconTest, TopicWords) {
  // رئيس is also the first word of رئيس الوفد: both survive, and phrases match as before.
  const std::string before = Match("قال رئيس الوفد الروسي");
  EXPECT_TRUE(lexicon_.AddTopicWord("المباراة", normalizer_));
  EXPECT_TRUE(lexicon_.AddTopicWord("رئيس", normalizer_));
  EXPECT_FALSE(lexicon_.AddTopicWord("....", normalizer_));
  EXPECT_TRUE(lexicon_.IsTopicWord(normalizer_.Normalize("المباراة")));
  EXPECT_TRUE(lexicon_.IsTopicWord("رءيس"));
  EXPECT_FALSE(lexicon_.IsTopicWord(normalizer_.Normalize("الوفد")));
  EXPECT_FALSE(lexicon_.IsTopicWord(normalizer_.Normalize("بوتين")));
  EXPECT_EQ(lexicon_.Word(normalizer_.Normalize("المباراة")).whole, 0);
  EXPECT_EQ(Match("قال رئيس الوفد الروسي"), before);
  EXPECT_EQ(Match("المباراة رئيس"), "");
  // They go into the model with the phrases.
  ByteWriter w;
  lexicon_.Write(&w);
  ByteReader r(w.data(), "lex");
  Result<Lexicon> back = Lexicon::Read(&r);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->IsTopicWord(normalizer_.Normalize("المباراة")));
  // The embedded sports list.
  Lexicon sports;
  LexiconBuilder b{normalizer_, &sports};
  EXPECT_GT(b.AddSportsTopic(), 50u);
  EXPECT_TRUE(sports.IsTopicWord(normalizer_.Normalize("الدوري")));
  EXPECT_FALSE(sports.IsTopicWord(normalizer_.Normalize("الحكومة")));
}

TEST_F(LexiconTest, WriteRead) {
  ByteWriter w;
  lexicon_.Write(&w);
  ByteReader r(w.data(), "lex");
  Result<Lexicon> back = Lexicon::Read(&r);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(r.remaining(), 0u);
  EXPECT_EQ(back->words(), lexicon_.words());
  EXPECT_EQ(back->phrases(), lexicon_.phrases());
  EXPECT_EQ(back->Word(normalizer_.Normalize("موسكو")).whole, LexBit(LexClass::kLoc));
  // Truncated data is an error, not a crash.
  const std::string cut = w.data().substr(0, w.data().size() / 2);
  ByteReader rc(cut, "lex");
  EXPECT_TRUE(Lexicon::Read(&rc).status().IsCorruption());
}

TEST(LexiconBuilderTest, Sources) {
  const text::Normalizer normalizer;
  Lexicon lexicon;
  LexiconBuilder b{normalizer, &lexicon};
  Result<std::size_t> n = b.AddAnetac(
      "PERSON Vladimir Putin فلاديمير بوتين\nLOCATION Kod كود\nORGANIZATION Dyfs دايفس\n", "a.txt");
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 3u);
  EXPECT_EQ(lexicon.Word(normalizer.Normalize("بوتين")).part, LexBit(LexClass::kPer));
  EXPECT_EQ(lexicon.Word(normalizer.Normalize("كود")).whole, LexBit(LexClass::kLoc));
  Result<std::size_t> bad = b.AddAnetac("PERSON Kod كود\nCITY Kod كود\n", "a.txt");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "a.txt:2: unknown class 'CITY'");
  EXPECT_EQ(b.AddAnetac("PERSON Kod\n", "a.txt").status().message(),
            "a.txt:1: expected 'CLASS English Arabic'");

  n = b.AddWikidataNames("mogherini\tم و غ ي ر ي ن ي\t1\n", "w.txt");
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 1u);
  EXPECT_EQ(lexicon.Word("موغيريني").whole, LexBit(LexClass::kPer));
  EXPECT_EQ(b.AddWikidataNames("mogherini م\n", "w.txt").status().message(),
            "w.txt:1: expected 'english<TAB>arabic letters<TAB>count'");

  EXPECT_EQ(b.AddList("# comment\nحلب\n\nإدلب  # trailing comment\n", LexClass::kLoc), 2u);
  EXPECT_EQ(lexicon.Word("ادلب").whole, LexBit(LexClass::kLoc));
  EXPECT_GT(b.AddTriggers(), 100u);
  EXPECT_EQ(lexicon.Word(normalizer.Normalize("المبعوث")).whole, LexBit(LexClass::kTitle));
  EXPECT_EQ(lexicon.Word(normalizer.Normalize("وكالة")).whole, LexBit(LexClass::kOrgTrigger));
}

}  // namespace
}  // namespace marsad::ner
