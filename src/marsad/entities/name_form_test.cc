#include "marsad/entities/name_form.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <random>
#include <string>
#include <vector>

#include "marsad/text/arabic_letters.h"
#include "marsad/text/edit_distance.h"
#include "marsad/text/utf8.h"

namespace marsad::entities {
namespace {

// The prints of a spelled form's words.
std::vector<WordPrint> PrintsOf(const NameForm& form) {
  std::vector<WordPrint> prints(form.size());
  WordPrints(SpelledNameOf(form), prints);
  return prints;
}

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

// The words' prints refuse pairs the signature passes: short words of one skeleton spelled
// otherwise, a surname whose letters are all in a full name but in none of its words.
TEST_F(NameFormTest, WordPrintsRejectOnlyDisagreeingNames) {
  struct Case {
    const char* a;
    const char* b;
    bool agree;      // SpellingsAgree
    bool signature;  // MaySpellAlike of their signatures
    bool prints;     // MaySpellAlikeByWord of their words' prints (true whenever they agree)
  };
  const Case cases[] = {
      {"لافرينتيف", "لافرنتييف", true, true, true},
      {"بوتين", "فلاديمير بوتين", true, true, true},
      {"كيم", "كيم جونغ أون", true, true, true},
      {"ماكرون", "ماكرونز", true, true, true},
      {"ماكرون", "ماكرال", true, true, true},
      {"أستانا", "أستانة", true, true, true},
      {"زوكربيرغ", "زوكربرغ", true, true, true},
      {"كيم جونغ أون", "كيم يونغ أون", true, true, true},  // one count of words: left to the signature
      {"كيم", "كم", false, true, false},                   // one skeleton, spelled otherwise
      {"بومبيو", "مايك بنس", false, true, false},          // its letters in the name, in no word of it
      {"مايك بنس", "بومبيو", false, true, false},
      {"أون أون", "كيم جونغ أون", false, true, false},     // one word of the longer for each, in order
      {"كوريا", "القاهرة", false, false, false},
  };
  for (const Case& c : cases) {
    const NameForm a = builder_.FromWritten(c.a);
    const NameForm b = builder_.FromWritten(c.b);
    ASSERT_EQ(SpellingsAgree(a, b), c.agree) << c.a << " / " << c.b;
    ASSERT_EQ(MaySpellAlike(SignatureOf(a), SignatureOf(b)), c.signature) << c.a << " / " << c.b;
    EXPECT_EQ(MaySpellAlikeByWord(PrintsOf(a), PrintsOf(b)), c.prints) << c.a << " / " << c.b;
    EXPECT_EQ(MaySpellAlikeByWord(PrintsOf(b), PrintsOf(a)), c.prints) << c.b << " / " << c.a;
  }
  // Sizes: under four letters a print holds the size exactly, from fifteen it stands for
  // fifteen or more (and no size gap is told then).
  const std::u32string four = U"bcde", fourteen = U"bcdefghijklmno", twenty = U"bcdefghijklmnopqrstu";
  EXPECT_EQ(WordPrintOf(four, four) & 15, 4);
  EXPECT_TRUE(MayWordsAgree(WordPrintOf(fourteen, fourteen), WordPrintOf(twenty, twenty)));
  EXPECT_FALSE(MayWordsAgree(WordPrintOf(four, four), WordPrintOf(U"bcdefg", U"bcdefg")));
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

// AppendSpelling's letters as the rule reads them, decoded one code point at a time (the
// rule: hamza seats and ة as their letters, hamza, tatweel, '-' and '_' skipped, تش تس تز as
// ش س ز, a letter written twice once, the transliteration classes, then final vowel letters
// dropped from words of more than three; skeletons without ا و ي).
void ReferenceSpelling(std::string_view stripped, std::u32string* spelling, std::u32string* skeleton) {
  namespace ar = text::ar;
  std::u32string raw;
  for (char32_t c : text::ToCodePoints(stripped)) {
    if (c == ar::kAlefHamzaAbove || c == ar::kAlefHamzaBelow || c == ar::kAlefMadda || c == ar::kAlefWasla) c = ar::kAlef;
    if (c == ar::kWawHamzaAbove) c = ar::kWaw;
    if (c == ar::kYehHamzaAbove || c == ar::kAlefMaksura) c = ar::kYeh;
    if (c == ar::kTehMarbuta) c = ar::kHeh;
    if (c == ar::kHamza || c == ar::kTatweel || c == U'-' || c == U'_') continue;
    if (!raw.empty() && raw.back() == ar::kTeh && (c == ar::kSheen || c == ar::kSeen || c == ar::kZain)) {
      raw.back() = c;
      continue;
    }
    if (!raw.empty() && raw.back() == c) continue;
    raw.push_back(c);
  }
  for (char32_t& c : raw) {
    if (c == ar::kJeem || c == ar::kGhain || c == ar::kQaf) c = ar::kKaf;
    if (c == ar::kTheh || c == ar::kSad) c = ar::kSeen;
    if (c == ar::kThal || c == ar::kZah) c = ar::kZain;
    if (c == ar::kTah) c = ar::kTeh;
    if (c == ar::kDad) c = ar::kDal;
  }
  while (raw.size() > 3 && (raw.back() == ar::kAlef || raw.back() == ar::kHeh || raw.back() == ar::kYeh)) raw.pop_back();
  for (const char32_t c : raw) {
    if (c != ar::kAlef && c != ar::kWaw && c != ar::kYeh) skeleton->push_back(c);
  }
  *spelling += raw;
  spelling->push_back(NameForm::kWordEnd);
  skeleton->push_back(NameForm::kWordEnd);
}

// Every code point of the Arabic block (the two-byte table's range), beside and between
// letters, and words of random letters, Latin and invalid bytes: AppendSpelling is the rule.
TEST_F(NameFormTest, AppendSpellingIsTheRule) {
  std::vector<std::string> pieces;
  for (char32_t c = 0x600; c <= 0x6FF; ++c) {
    char buf[4];
    pieces.emplace_back(buf, static_cast<std::size_t>(text::EncodeUtf8(c, buf)));
  }
  for (const char* s : {"a", "Z", "-", "_", "\xd8", "\xd9\x41", "\xe2\x80\x8c", "\xf0\x9f\x98\x80", "\xdc\x80"}) pieces.emplace_back(s);
  const std::string teh = "\xd8\xaa", sheen = "\xd8\xb4", reh = "\xd8\xb1", yeh = "\xd9\x8a";
  std::vector<std::string> words;
  for (const std::string& p : pieces) {
    for (const std::string& w : {p, reh + p + reh, teh + p + yeh, reh + p + p + reh + yeh, reh + teh + p + reh + p}) words.push_back(w);
  }
  words.push_back(reh + teh + sheen + reh);
  std::mt19937 rng(6);
  for (int n = 0; n < 3000; ++n) {
    std::string w;
    const int len = 1 + static_cast<int>(rng() % 7);
    for (int k = 0; k < len; ++k) w += pieces[rng() % 0x100 < 0xF0 ? 0x21 + rng() % 0x2A : rng() % pieces.size()];
    words.push_back(w);
  }
  for (const std::string& w : words) {
    NameForm got;
    AppendSpelling(analyzer_.stemmer(), w, &got);
    NameForm want;
    ReferenceSpelling(analyzer_.stemmer().StripPrefixes(w, true, 3), &want.spellings, &want.skeletons);
    EXPECT_EQ(got.spellings, want.spellings) << w;
    EXPECT_EQ(got.skeletons, want.skeletons) << w;
  }
}

// SpellingsAgree's rule with the edit distance in full (text::EditDistance, a table with no
// early exits), against random names of one to three words over few letters (so that near
// spellings are common).
bool ReferenceAgree(const std::vector<std::u32string>& sp_a, const std::vector<std::u32string>& sk_a,
                    const std::vector<std::u32string>& sp_b, const std::vector<std::u32string>& sk_b) {
  auto words_agree = [](const std::u32string& spa, const std::u32string& ska, const std::u32string& spb,
                        const std::u32string& skb) {
    const std::size_t shortest = std::min(ska.size(), skb.size());
    if (shortest < 3) return spa == spb;
    return text::EditDistance(ska, skb) <= (shortest >= 4 ? 1U : 0U);
  };
  if (sp_a.size() == 1 && sp_b.size() == 1) return words_agree(sp_a[0], sk_a[0], sp_b[0], sk_b[0]);
  if (sp_a.size() == sp_b.size()) {
    std::size_t letters = 0, edits = 0;
    for (std::size_t i = 0; i < sk_a.size(); ++i) {
      const std::size_t d = text::EditDistance(sk_a[i], sk_b[i]);
      if (d > 0 && d >= std::max(sk_a[i].size(), sk_b[i].size())) return false;
      letters += std::min(sk_a[i].size(), sk_b[i].size());
      edits += d;
    }
    return edits <= (letters >= 4 ? 1U : 0U);
  }
  const bool a_shorter = sp_a.size() < sp_b.size();
  const auto& ssp = a_shorter ? sp_a : sp_b;
  const auto& ssk = a_shorter ? sk_a : sk_b;
  const auto& lsp = a_shorter ? sp_b : sp_a;
  const auto& lsk = a_shorter ? sk_b : sk_a;
  std::size_t j = 0;
  for (std::size_t i = 0; i < ssp.size(); ++i) {
    bool agreed = false;
    for (; j < lsp.size() && !agreed; ++j) agreed = words_agree(ssp[i], ssk[i], lsp[j], lsk[j]);
    if (!agreed) return false;
  }
  return true;
}

TEST(SpellingsAgreeTest, IsTheEditDistanceRule) {
  // Letters: three consonants and the three vowel letters (dropped from the skeletons).
  const char32_t letters[] = {text::ar::kBeh, text::ar::kReh, text::ar::kNoon,
                              text::ar::kAlef, text::ar::kWaw, text::ar::kYeh};
  std::mt19937 rng(66);
  struct Name {
    std::vector<std::u32string> spellings, skeletons;
    NameForm form;
  };
  auto random_name = [&](const Name* near) {
    Name n;
    const std::size_t words = near != nullptr && rng() % 2 ? near->spellings.size() : 1 + rng() % 3;
    for (std::size_t w = 0; w < words; ++w) {
      std::u32string s;
      if (near != nullptr && w < near->spellings.size() && rng() % 4 != 0) {
        s = near->spellings[w];  // the same word, or one letter changed, added or dropped
        const std::size_t at = s.empty() ? 0 : rng() % s.size();
        switch (rng() % 4) {
          case 0: if (!s.empty()) s[at] = letters[rng() % 6]; break;
          case 1: s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), letters[rng() % 6]); break;
          case 2: if (!s.empty()) s.erase(at, 1); break;
          default: break;
        }
      } else {
        const std::size_t len = rng() % 7;
        for (std::size_t k = 0; k < len; ++k) s.push_back(letters[rng() % 6]);
      }
      std::u32string sk;
      for (const char32_t c : s) {
        if (c != text::ar::kAlef && c != text::ar::kWaw && c != text::ar::kYeh) sk.push_back(c);
      }
      n.form.keys.emplace_back("k");
      n.form.spellings += s;
      n.form.spellings.push_back(NameForm::kWordEnd);
      n.form.skeletons += sk;
      n.form.skeletons.push_back(NameForm::kWordEnd);
      n.spellings.push_back(std::move(s));
      n.skeletons.push_back(std::move(sk));
    }
    return n;
  };
  int agreed = 0;
  int printed_away = 0;
  for (int t = 0; t < 40000; ++t) {
    const Name a = random_name(nullptr);
    const Name b = random_name(&a);
    const bool want = ReferenceAgree(a.spellings, a.skeletons, b.spellings, b.skeletons);
    agreed += want;
    ASSERT_EQ(SpellingsAgree(a.form, b.form), want) << t;
    const bool want_ba = ReferenceAgree(b.spellings, b.skeletons, a.spellings, a.skeletons);
    ASSERT_EQ(SpellingsAgree(b.form, a.form), want_ba) << t;
    const std::vector<WordPrint> pa = PrintsOf(a.form), pb = PrintsOf(b.form);
    if (want) {
      ASSERT_TRUE(MaySpellAlike(SignatureOf(a.form), SignatureOf(b.form))) << t;
      ASSERT_TRUE(MaySpellAlikeByWord(pa, pb)) << t;
    }
    if (want_ba) {
      ASSERT_TRUE(MaySpellAlikeByWord(pb, pa)) << t;
    }
    printed_away += !want && MaySpellAlike(SignatureOf(a.form), SignatureOf(b.form)) && !MaySpellAlikeByWord(pa, pb);
  }
  EXPECT_GT(agreed, 4000);  // the near names make both verdicts common
  EXPECT_GT(printed_away, 1000);  // pairs the signature passes and the prints refuse are common too
}

// MaySpellAlike's count of a shorter name's own letters (cleared one by one) is the
// popcount rule it stands for.
TEST(SpellingsAgreeTest, MaySpellAlikeCountsOwnLetters) {
  std::mt19937_64 rng(15);
  for (int t = 0; t < 20000; ++t) {
    SpellingSignature a, b;
    a.spelled = b.spelled = true;
    a.words = static_cast<std::uint16_t>(1 + rng() % 3);
    b.words = static_cast<std::uint16_t>(a.words + 1 + rng() % 2);
    // Sets that overlap mostly, with a few letters each of their own.
    const std::uint64_t common = rng();
    a.letters = common;
    b.letters = common;
    for (std::uint64_t k = rng() % 6; k > 0; --k) a.letters |= std::uint64_t{1} << (rng() % 64);
    for (std::uint64_t k = rng() % 3; k > 0; --k) b.letters &= ~(std::uint64_t{1} << (rng() % 64));
    a.size = static_cast<std::uint32_t>(rng() % 12);
    b.size = static_cast<std::uint32_t>(rng() % 12);
    const bool want = a.size <= b.size + a.words && std::popcount(a.letters & ~b.letters) <= a.words;
    ASSERT_EQ(MaySpellAlike(a, b), want) << t;
    ASSERT_EQ(MaySpellAlike(b, a), want) << t;
  }
}

}  // namespace
}  // namespace marsad::entities
