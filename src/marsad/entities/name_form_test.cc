#include "marsad/entities/name_form.h"

#include <gtest/gtest.h>

namespace marsad::entities {
namespace {

class NameFormTest : public ::testing::Test {
 protected:
  // "written|key" and, when there is one, " / written|key" of the reading without a
  // glued preposition.
  std::string Readings(std::string_view text) const {
    text::TextAnalysis a;
    analyzer_.Analyze(text, &a);
    const MentionName m = builder_.Build(text, a, 0, static_cast<std::uint32_t>(a.tokens.size()));
    std::string out = m.form.written + "|" + m.form.key;
    if (m.without_preposition) out += " / " + m.without_preposition->written + "|" + m.without_preposition->key;
    return out;
  }
  std::string Key(std::string_view name) const { return analyzer_.keyer().NameKey(name); }
  text::Analyzer analyzer_;
  EntityLexicon lexicon_{analyzer_};
  NameFormBuilder builder_{lexicon_};
};

TEST_F(NameFormTest, WrittenFormsAndKeys) {
  struct Case {
    const char* text;
    const char* written;
    const char* key_of;  // a name whose NameKey the form's key must equal
  };
  const Case cases[] = {
      {"فلاديمير بوتين", "فلاديمير بوتين", "فلاديمير بوتين"},
      {"وبوتين", "بوتين", "بوتين"},                       // conjunction dropped
      {"للكرملين", "الكرملين", "الكرملين"},                // ل + ال written لل
      {"والكرملين", "الكرملين", "الكرملين"},
      {"#كيم_جونغ_أون", "#كيم_جونغ_أون", "كيم جونغ أون"},  // a hashtag as it stands
      {"السيد (محمد) علوش", "محمد علوش", "محمد علوش"},     // honorific and parentheses
      {"مون جيه-إن", "مون جيه-إن", "مون جيه إن"},          // hyphen: two words
      // spaces, new lines and tabs between the words are one space; brackets go
      {"فلاديمير  \n\tبوتين", "فلاديمير بوتين", "فلاديمير بوتين"},
      {"[فلاديمير] ( بوتين )", "فلاديمير بوتين", "فلاديمير بوتين"},
  };
  for (const Case& c : cases) {
    text::TextAnalysis a;
    analyzer_.Analyze(c.text, &a);
    const MentionName m = builder_.Build(c.text, a, 0, static_cast<std::uint32_t>(a.tokens.size()));
    EXPECT_EQ(m.form.written, c.written) << c.text;
    EXPECT_EQ(m.form.key, Key(c.key_of)) << c.text;
  }
}

TEST_F(NameFormTest, GluedPrepositionIsAnAlternative) {
  EXPECT_EQ(Readings("لبوتين"), "لبوتين|" + Key("لبوتين") + " / بوتين|" + Key("بوتين"));
  EXPECT_EQ(Readings("ولبوتين"), "لبوتين|" + Key("لبوتين") + " / بوتين|" + Key("بوتين"));
  EXPECT_EQ(Readings("بروسيا"), "بروسيا|" + Key("بروسيا") + " / روسيا|" + Key("روسيا"));
  // No alternative after the article (الكرملين) or for short words.
  EXPECT_EQ(Readings("الكرملين"), "الكرملين|" + Key("الكرملين"));
  EXPECT_EQ(Readings("لين"), "لين|" + Key("لين"));
}

// Build takes a word's key from the analysis when the analyzer stored one, else keys the
// word itself: the forms are the same whether the analysis holds keys, holds none
// (AnalyzerOptions::keys off: every key reads as the norm), or came through a cache.
TEST_F(NameFormTest, KeysAreTheSameWhateverTheAnalysisHolds) {
  text::AnalyzerOptions no_keys;
  no_keys.keys = false;
  const text::Analyzer keyless(no_keys);
  text::AnalysisCache cache;
  for (const char* name : {"فلاديمير بوتين", "وبوتين", "للكرملين", "ألكسندر لافرينتيف", "لبوتين",
                           "#كيم_جونغ_أون", "مون جيه-إن", "Donald Trump", "سوريا 2018", "أستانة"}) {
    text::TextAnalysis with, without, cached;
    analyzer_.Analyze(name, &with);
    keyless.Analyze(name, &without);
    analyzer_.Analyze(name, &cached, &cache);
    const auto end = static_cast<std::uint32_t>(with.tokens.size());
    const MentionName a = builder_.Build(name, with, 0, end);
    const MentionName b = builder_.Build(name, without, 0, end);
    const MentionName c = builder_.Build(name, cached, 0, end);
    EXPECT_EQ(a.form.keys, b.form.keys) << name;
    EXPECT_EQ(a.form.keys, c.form.keys) << name;
    EXPECT_EQ(a.form.key, b.form.key) << name;
    EXPECT_EQ(a.without_preposition.has_value(), b.without_preposition.has_value()) << name;
    // Each word's key is the keyer's.
    std::vector<std::string> words;
    for (std::size_t i = 0; i < without.tokens.size(); ++i) {
      if (without.tokens[i].token.kind != text::TokenKind::kArabicWord) continue;
      std::string k;
      analyzer_.keyer().AppendKey(without.norm(i), &k);
      words.push_back(k);
    }
    if (words.size() == a.form.keys.size()) {
      EXPECT_EQ(a.form.keys, words) << name;
    }
  }
}

// A form's spellings and skeletons are its words' AppendSpelling, one after the other,
// whatever prefixes or sigil the first word carries (Build strips the first word once for
// its spelling and its written form).
TEST_F(NameFormTest, SpellingsAreTheWordsAppendSpelling) {
  for (const char* name : {"فلاديمير بوتين", "وبوتين", "للكرملين", "والكرملين", "بالكرملين", "لبوتين",
                           "#الكرملين", "##الكرملين", "#@الكرملين", "#كيم_جونغ_أون", "@الكرملين_الروسي", "مون جيه-إن", "أستانة"}) {
    text::TextAnalysis a;
    analyzer_.Analyze(name, &a);
    const MentionName m = builder_.Build(name, a, 0, static_cast<std::uint32_t>(a.tokens.size()));
    NameForm want;
    for (const std::string& w : NormalizedWords(analyzer_, name)) AppendSpelling(analyzer_.stemmer(), w, &want);
    EXPECT_EQ(m.form.spellings, want.spellings) << name;
    EXPECT_EQ(m.form.skeletons, want.skeletons) << name;
  }
}

TEST_F(NameFormTest, FromWrittenAgreesWithBuild) {
  const std::pair<const char*, const char*> cases[] = {
      {"فلاديمير بوتن", "فلاديمير بوتن"}, {"#كيم_جونغ_أون", "كيم جونغ أون"},
      {"محمد علوش", "محمد علوش"}, {"مون جي-إن", "مون جي إن"}, {"الكرملين", "الكرملين"}};
  for (const auto& [name, key_of] : cases) {
    const NameForm f = builder_.FromWritten(name);
    EXPECT_EQ(f.written, name);
    EXPECT_EQ(f.key, Key(key_of)) << name;
  }
  EXPECT_TRUE(builder_.FromWritten("، - ").empty());
  // The written form of any mention reads back to the mention's key (the table stores
  // written forms and re-keys them when it is decoded).
  for (const char* text : {"#ك٧ـسيد", "#كيم_جونغZZZ_أون", "ولبوتين", "للكرملين", "السيد (محمد) علوش",
                           "وأليكسي نافالني", "Vladimir بوتين"}) {
    text::TextAnalysis a;
    analyzer_.Analyze(text, &a);
    const MentionName m = builder_.Build(text, a, 0, static_cast<std::uint32_t>(a.tokens.size()));
    EXPECT_EQ(builder_.FromWritten(m.form.written).key, m.form.key) << text;
    if (m.without_preposition) {
      EXPECT_EQ(builder_.FromWritten(m.without_preposition->written).key, m.without_preposition->key) << text;
    }
  }
}

TEST_F(NameFormTest, SpellingsAgree) {
  struct Case {
    const char* a;
    const char* b;
    bool agree;
  };
  const Case cases[] = {
      // Variants of one name: vowel letters, final vowels, hamza seats, ة/ه, g-letters.
      {"لافرينتيف", "لافرنتييف", true},
      {"ألكسندر لافرينتيف", "الكساندر لافرنتيف", true},
      {"أستانا", "أستانة", true},
      {"سوريا", "سورية", true},
      {"كازاخستان", "كزاخستان", true},
      {"إدلب", "ادلب", true},
      {"بوتين", "بوتن", true},
      {"زوكربيرغ", "زوكربرغ", true},
      {"جوجل", "غوغل", true},
      {"كيم جونغ أون", "كيم يونغ أون", true},  // one edit in a long name
      {"مون جاي إن", "مون جيه إن", true},
      {"#كيم_جونغ_أون", "كيم جونغ أون", true},
      {"بوتين", "فلاديمير بوتين", true},  // a surname alone
      {"كيم", "كيم جونغ أون", true},      // a family name first
      // One lossy key, different names.
      {"كوريا", "القاهرة", false},
      {"كوريا", "الفجيرة", false},
      {"كوريا", "كيكر", false},
      {"كوريا الشمالية", "كوريا الجنوبية", false},
      {"لافروف", "لافرينتيف", false},
      {"بشار الأسد", "بشار الجعفري", false},
      {"كيم", "كم", false},
      // The edit limits: one consonant substituted, added or dropped in four or more; none
      // in three; two in all (the spelling checks' one-pass and table paths).
      {"ماكرون", "ماكرال", true},
      {"ماكرون", "ماكرونز", true},
      {"ماكرون", "ماكون", false},
      {"ماكرون", "ماكرلز", false},
      {"فلاديمير بوتين", "فلاديمير بوتيز", true},
      {"فلاديمير بوتين", "فلاديمز بوتيز", false},
  };
  for (const Case& c : cases) {
    const NameForm a = builder_.FromWritten(c.a);
    const NameForm b = builder_.FromWritten(c.b);
    EXPECT_EQ(SpellingsAgree(a, b), c.agree) << c.a << " / " << c.b;
    EXPECT_EQ(SpellingsAgree(b, a), c.agree) << c.b << " / " << c.a;
  }
}

TEST_F(NameFormTest, SignaturesRejectOnlyDisagreeingNames) {
  struct Case {
    const char* a;
    const char* b;
    bool agree;     // SpellingsAgree
    bool may_agree;  // MaySpellAlike of their signatures (true whenever they agree)
  };
  const Case cases[] = {
      {"لافرينتيف", "لافرنتييف", true, true},
      {"ألكسندر لافرينتيف", "الكساندر لافرنتيف", true, true},
      {"أستانا", "أستانة", true, true},
      {"زوكربيرغ", "زوكربرغ", true, true},
      {"كيم جونغ أون", "كيم يونغ أون", true, true},
      {"#كيم_جونغ_أون", "كيم جونغ أون", true, true},
      {"بوتين", "فلاديمير بوتين", true, true},
      {"كيم", "كيم جونغ أون", true, true},
      {"ماكرون", "ماكرال", true, true},
      {"ماكرون", "ماكرونز", true, true},
      {"فلاديمير بوتين", "فلاديمير بوتيز", true, true},
      // Told apart by the letters alone: a short word's letters differ, two letters of
      // one's own, a surname with letters the full name lacks.
      {"كوريا", "القاهرة", false, false},
      {"كوريا", "الفجيرة", false, false},
      {"لافروف", "لافرينتيف", false, false},
      {"بشار الأسد", "بشار الجعفري", false, false},
      {"ماكرون", "ماكرلز", false, false},
      {"ماكرون", "ماكون", false, false},  // three letters against four: no edit allowed
      {"كوريا الشمالية", "كوريا الجنوبية", false, false},
      // Left to SpellingsAgree: the same skeleton letters (the vowel letters differ), a
      // surname whose letters are all in the longer name.
      {"كيم", "كم", false, true},
      {"بومبيو", "مايك بنس", false, true},
  };
  for (const Case& c : cases) {
    const NameForm a = builder_.FromWritten(c.a);
    const NameForm b = builder_.FromWritten(c.b);
    ASSERT_EQ(SpellingsAgree(a, b), c.agree) << c.a << " / " << c.b;
    EXPECT_EQ(MaySpellAlike(SignatureOf(a), SignatureOf(b)), c.may_agree) << c.a << " / " << c.b;
    EXPECT_EQ(MaySpellAlike(SignatureOf(b), SignatureOf(a)), c.may_agree) << c.b << " / " << c.a;
  }
  // A form without spellings is not checked by SpellingsAgree: its signature rejects none.
  NameForm bare;
  bare.keys = {"كر"};
  EXPECT_FALSE(SignatureOf(bare).spelled);
  EXPECT_TRUE(MaySpellAlike(SignatureOf(bare), SignatureOf(builder_.FromWritten("القاهرة"))));
}

}  // namespace
}  // namespace marsad::entities
