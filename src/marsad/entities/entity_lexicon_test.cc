#include "marsad/entities/entity_lexicon.h"

#include <gtest/gtest.h>

#include "marsad/text/word_list.h"

namespace marsad::entities {
namespace {

class EntityLexiconTest : public ::testing::Test {
 protected:
  std::string Norm(std::string_view w) const { return analyzer_.normalizer().Normalize(w); }
  std::string Key(std::string_view name) const {
    return NameKeyOfWords(analyzer_.keyer(), NormalizedWords(analyzer_, name));
  }
  text::Analyzer analyzer_;
  EntityLexicon lexicon_{analyzer_};
};

TEST_F(EntityLexiconTest, EmbeddedListsAreWellFormed) {
  const Status s = CheckLexiconData(data::kTitleHeads, data::kTitleModifiers, data::kAliases);
  EXPECT_TRUE(s.ok()) << s.ToString();
}

TEST_F(EntityLexiconTest, MalformedLinesAreNamed) {
  const Status s = CheckLexiconData("رئيس PER\nوزير\n", "", "");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "data/entities/title_heads_ar.txt:2: malformed entry 'وزير'");
  EXPECT_FALSE(CheckLexiconData("", "خاص ADJECTIVE\n", "").ok());
  EXPECT_FALSE(CheckLexiconData("", "", "PER: أ | ب\n").ok());
  EXPECT_TRUE(CheckLexiconData("# comment\n\nرئيس PER  # head\n", "خاص ADJ\n", "ORG: أ | ب\n").ok());
}

TEST_F(EntityLexiconTest, Heads) {
  struct Case {
    const char* stem;
    int type;  // -1: not a head
  };
  const Case cases[] = {
      {"رئيس", 0}, {"رئيسة", 0}, {"مسؤول", 0}, {"مسئول", 0},  // hamza seats meet
      {"متحدث", 0}, {"مبعوث", 0}, {"شركة", 2}, {"وزارة", 2},
      {"الرئيس", -1},  // stems are given without the article
      {"قال", -1},
  };
  for (const Case& c : cases) {
    auto t = lexicon_.HeadType(Norm(c.stem));
    if (c.type < 0) {
      EXPECT_FALSE(t.has_value()) << c.stem;
    } else {
      ASSERT_TRUE(t.has_value()) << c.stem;
      EXPECT_EQ(static_cast<int>(*t), c.type) << c.stem;
    }
  }
}

TEST_F(EntityLexiconTest, TitleWordsAsWritten) {
  struct Case {
    const char* word;
    const char* want;  // stem/flags: H head, N noun, A adjective; c l b k a p
  };
  const Case cases[] = {
      {"الرئيس", "رءيس/Ha"}, {"للرئيس", "رءيس/Hla"}, {"والرئيس", "رءيس/Hca"},
      {"ورئيسها", "رءيس/Hcp"}, {"وزيرها", "وزير/Hp"}, {"بالشركة", "شركه/Hba"},
      {"رئيسه", "رئيسة/H"},  // normalized, the feminine head (ة → ه) and "his head" meet
      {"لشركة", "شركه/Hl"}, {"وزير", "وزير/H"},  // the head itself, not و + زير
      {"الخارجية", "خارجيه/Na"}, {"الخاص", "خاص/Aa"},
      {"الروسي", ""},   // relational adjectives are recognised by shape, not listed
      {"قال", ""},
  };
  for (const Case& c : cases) {
    const TitleWord* w = lexicon_.TitleWordOf(Norm(c.word));
    std::string got;
    if (w != nullptr) {
      got = w->stem + "/";
      got += w->head ? "H" : w->modifier == ModifierKind::kNoun ? "N" : "A";
      if (w->conjunction) got += 'c';
      if (w->preposition != 0) got += w->preposition;
      if (w->article) got += 'a';
      if (w->possessive) got += 'p';
    }
    std::string want = c.want;
    if (!want.empty()) {
      const std::size_t slash = want.find('/');
      want = Norm(want.substr(0, slash)) + want.substr(slash);
    }
    EXPECT_EQ(got, want) << c.word;
  }
}

TEST_F(EntityLexiconTest, TagsExactlyTheTitleWords) {
  // Every listed head and modifier with clitics around it, and words that are none: an
  // analysis by an analyzer tagging with the lexicon marks exactly the words TitleWordOf
  // reads (the title finder skips unmarked words unread, so a word missed here is a title
  // lost).
  std::string text;
  const char* const around[][2] = {{"", ""},        {"و", ""},   {"ال", ""},  {"لل", ""},
                                   {"وال", ""},     {"بال", ""}, {"ول", ""},  {"فك", ""},
                                   {"", "ها"},      {"و", "ه"},  {"", "ات"}, {"ت", ""}};
  for (std::string_view list : {data::kTitleHeads, data::kTitleModifiers}) {
    text::ForEachListEntry(list, [&](std::string_view line) {
      const std::string_view word = line.substr(0, line.find_last_of(' '));
      for (const auto& [before, after] : around) {
        text += before;
        text += word;
        text += after;
        text += ' ';
      }
    });
  }
  text += "قال إن الروسي في عن إلى #الرئيس CNN 2018 .";
  text::AnalyzerOptions o;
  o.tagger = &lexicon_;
  const text::Analyzer tagging(o);
  text::AnalysisCache cache;
  text::TextAnalysis a;
  for (int round = 0; round < 2; ++round) {  // the second from the cache
    tagging.Analyze(text, &a, &cache);
    ASSERT_TRUE(lexicon_.Tagged(a));
    std::size_t tagged = 0, words = 0;
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      const bool title_word = a.tokens[i].token.kind == text::TokenKind::kArabicWord &&
                              lexicon_.TitleWordOf(a.norm(i)) != nullptr;
      EXPECT_EQ((a.tokens[i].token.tag & EntityLexicon::kTitleWordTag) != 0, title_word) << a.norm(i);
      EXPECT_EQ(lexicon_.TitleWordAt(a, i), title_word ? lexicon_.TitleWordOf(a.norm(i)) : nullptr);
      tagged += title_word;
      words += a.tokens[i].token.kind == text::TokenKind::kArabicWord;
    }
    EXPECT_GT(tagged, words / 2);  // most of the text is title words,
    EXPECT_LT(tagged, words);      // not all
  }
  // An analysis the lexicon did not tag is read word by word.
  analyzer_.Analyze("الرئيس", &a);
  EXPECT_FALSE(lexicon_.Tagged(a));
  const TitleWord* w = lexicon_.TitleWordAt(a, 0);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->stem, Norm("رئيس"));
}

TEST_F(EntityLexiconTest, Modifiers) {
  EXPECT_EQ(lexicon_.Modifier(Norm("خاص")), ModifierKind::kAdjective);
  EXPECT_EQ(lexicon_.Modifier(Norm("وفد")), ModifierKind::kNoun);
  EXPECT_EQ(lexicon_.Modifier(Norm("خارجية")), ModifierKind::kNoun);
  EXPECT_EQ(lexicon_.Modifier(Norm("بوتين")), ModifierKind::kNone);
  EXPECT_TRUE(lexicon_.IsHonorific(Norm("السيد")));
  EXPECT_TRUE(lexicon_.IsOrgGenericHead(Norm("شركة")));
  EXPECT_FALSE(lexicon_.IsOrgGenericHead(Norm("حزب")));  // حزب الله: part of the name
}

TEST_F(EntityLexiconTest, AliasGroupsShareACanonicalKey) {
  const std::vector<std::vector<std::string>> groups = {
      {"داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"},
      {"الولايات المتحدة", "أمريكا", "أميركا"},
      {"فرانس برس", "أ ف ب"},
  };
  for (const auto& g : groups) {
    const std::string canonical(lexicon_.AliasCanonical(Key(g.front())));
    ASSERT_FALSE(canonical.empty()) << g.front();
    for (const std::string& name : g) EXPECT_EQ(lexicon_.AliasCanonical(Key(name)), canonical) << name;
  }
  EXPECT_TRUE(lexicon_.AliasCanonical(Key("روسيا الاتحادية")) == lexicon_.AliasCanonical(Key("روسيا")));
  EXPECT_TRUE(lexicon_.AliasCanonical(Key("بوتين")).empty());
}

TEST_F(EntityLexiconTest, NormalizedWordsSplitHashtags) {
  const std::vector<std::string> w = NormalizedWords(analyzer_, "#كيم_جونغ_أون، (محمد)");
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w[0], Norm("كيم"));
  EXPECT_EQ(w[2], Norm("أون"));
  EXPECT_EQ(w[3], Norm("محمد"));
}

}  // namespace
}  // namespace marsad::entities
