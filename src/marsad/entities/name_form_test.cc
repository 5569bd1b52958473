#include "marsad/entities/name_form.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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
      // Told apart by the codes (the letters in order), not by the letter sets: two
      // letters swapped, a surname whose letters are all in the longer name, a short word
      // with the same skeleton letters but other vowel letters.
      {"ماكرون", "ماركون", false, false},
      {"بومبيو", "مايك بنس", false, false},
      {"كيم", "كم", false, false},
      // Left to SpellingsAgree: names too long for a code (two letters swapped).
      {"ماكرون ماكرون ماكرون ماكرون", "ماركون ماكرون ماكرون ماكرون", false, true},
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
  // Only Arabic letters have bytes of their own: a Latin letter's code stands for others too,
  // so its verdict is not SpellingsAgree's.
  EXPECT_TRUE(SignatureOf(builder_.FromWritten("القاهرة")).code_exact);
  const SpellingSignature latin = SignatureOf(builder_.FromWritten("Moscow"));
  EXPECT_NE(latin.code_size, 0);
  EXPECT_FALSE(latin.code_exact);
  EXPECT_FALSE(SpellsAlikeBySignature(latin, SignatureOf(builder_.FromWritten("القاهرة"))));
}

// The signature (with its code) may only refuse pairs SpellingsAgree refuses, and with two
// exact codes it is SpellingsAgree's verdict: random
// names of 1-3 words over letters that the spelling merges, drops or keeps, each against
// copies with up to two letters changed, inserted or removed, and a word added or dropped.
TEST_F(NameFormTest, SignaturesNeverRefuseAgreeingNames) {
  const std::vector<std::string> letters = {
      "ا", "أ", "إ", "آ", "و", "ؤ", "ي", "ى", "ئ", "ء", "ة", "ه", "ب", "ت", "ط", "ث", "س",
      "ص", "ش", "ج", "غ", "ق", "ك", "د", "ض", "ذ", "ز", "ظ", "ر", "ل", "م", "ن", "ف", "ع"};
  std::uint64_t state = 0x9e3779b97f4a7c15ULL;
  auto next = [&state](std::size_t n) {  // splitmix64: the same pairs every run
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<std::size_t>((z ^ (z >> 31)) % n);
  };
  using Word = std::vector<std::string>;  // letters
  auto random_word = [&] {
    Word w;
    if (next(4) == 0) w.push_back("ال");
    for (std::size_t i = 0, n = 2 + next(6); i < n; ++i) w.push_back(letters[next(letters.size())]);
    return w;
  };
  auto written = [](const std::vector<Word>& name) {
    std::string out;
    for (const Word& w : name) {
      if (!out.empty()) out += ' ';
      for (const std::string& l : w) out += l;
    }
    return out;
  };
  std::size_t pairs = 0, agreeing = 0, refused_by_letters_in_order = 0, told_by_codes = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    std::vector<Word> name;
    for (std::size_t i = 0, n = 1 + next(3); i < n; ++i) name.push_back(random_word());
    const NameForm a = builder_.FromWritten(written(name));
    const SpellingSignature sa = SignatureOf(a);
    for (int variant = 0; variant < 8; ++variant) {
      std::vector<Word> other = name;
      for (std::size_t e = 0, edits = next(3); e < edits; ++e) {
        Word& w = other[next(other.size())];
        const std::size_t at = next(w.size() + 1);
        switch (next(3)) {
          case 0: w.insert(w.begin() + static_cast<std::ptrdiff_t>(at), letters[next(letters.size())]); break;
          case 1: if (at < w.size() && w.size() > 1) w.erase(w.begin() + static_cast<std::ptrdiff_t>(at)); break;
          default: if (at < w.size()) w[at] = letters[next(letters.size())]; break;
        }
      }
      if (next(5) == 0) {
        if (other.size() > 1) {
          other.erase(other.begin() + static_cast<std::ptrdiff_t>(next(other.size())));
        } else {
          other.push_back(random_word());
        }
      }
      const NameForm b = builder_.FromWritten(written(other));
      if (a.empty() || b.empty()) continue;
      const SpellingSignature sb = SignatureOf(b);
      const bool agree = SpellingsAgree(a, b);
      ASSERT_EQ(agree, SpellingsAgree(b, a)) << written(name) << " / " << written(other);
      ++pairs;
      if (SpellsAlikeBySignature(sa, sb)) {
        ASSERT_EQ(MaySpellAlike(sa, sb), agree) << written(name) << " / " << written(other);
        ++told_by_codes;
      }
      if (agree) {
        ++agreeing;
        ASSERT_TRUE(MaySpellAlike(sa, sb)) << written(name) << " / " << written(other);
        ASSERT_TRUE(MaySpellAlike(sb, sa)) << written(other) << " / " << written(name);
      } else if (!MaySpellAlike(sa, sb)) {
        SpellingSignature set_only_a = sa, set_only_b = sb;  // the letter sets alone
        set_only_a.code_size = set_only_b.code_size = 0;
        if (MaySpellAlike(set_only_a, set_only_b)) ++refused_by_letters_in_order;
      }
    }
  }
  // The generator makes both kinds often, and the codes refuse pairs the sets let through.
  EXPECT_GT(agreeing, pairs / 10);
  EXPECT_GT(refused_by_letters_in_order, pairs / 50);
  // Names that fit a code are told by it alone (MaySpellAlike is SpellingsAgree for them).
  EXPECT_GT(told_by_codes, pairs / 2);
}

}  // namespace
}  // namespace marsad::entities
