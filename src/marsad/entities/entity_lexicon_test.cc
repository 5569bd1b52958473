#include "marsad/entities/entity_lexicon.h"

#include <gtest/gtest.h>

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
