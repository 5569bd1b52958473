#include "marsad/text/normalizer.h"

#include <gtest/gtest.h>

#include "marsad/text/normalization_rules.h"

namespace marsad::text {
namespace {

struct Case {
  const char* in;
  const char* want;
};

void ExpectRule(NormalizationRuleFn rule, std::initializer_list<Case> cases) {
  for (const Case& c : cases) EXPECT_EQ(ApplyRule(rule, c.in), c.want) << c.in;
}

TEST(NormalizationRulesTest, DecomposePresentationForms) {
  ExpectRule(DecomposePresentationForms, {
      {"\uFEFB", "لا"},             // ﻻ lam-alef ligature
      {"\uFEF7", "لأ"},             // ﻷ lam-alef with hamza above
      {"\uFE91\uFEE4\uFEAA", "بمد"},  // initial/medial/final forms
      {"ＡＢＣ１", "ABC1"},        // fullwidth ASCII
      {"\uFDF2", "الله"},           // ﷲ decomposes to four letters
      {"\uFDFA", "\uFDFA"},         // ﷺ is a phrase: left alone
      {"سلام", "سلام"},
  });
}

TEST(NormalizationRulesTest, RemoveFormatControls) {
  ExpectRule(RemoveFormatControls, {
      {"ب\u200Cت", "بت"},        // ZWNJ
      {"\u200Fنص\u200E", "نص"},  // RLM, LRM
      {"\u202Bعربي\u202C", "عربي"},  // bidi embedding
      {"\uFEFFبداية", "بداية"},  // BOM
      {"\u061Cنص", "نص"},        // ALM
      {"co\u00ADop", "coop"},    // soft hyphen
  });
}

TEST(NormalizationRulesTest, RemoveDiacritics) {
  ExpectRule(RemoveDiacritics, {
      {"مُحَمَّدٌ", "محمد"},
      {"كِتَابًا", "كتابا"},
      {"هٰذا", "هذا"},           // superscript alef
      {"أحمدُ", "أحمد"},
      {"سْ", "س"},
  });
}

TEST(NormalizationRulesTest, RemoveQuranicMarks) {
  ExpectRule(RemoveQuranicMarks, {
      {"الرَّحِيمِۖ", "الرَّحِيمِ"},  // small high ligature sad-lam-alef
      {"صلى\u0610", "صلى"},
      {"\u06DD", "\u06DD"},          // end of ayah stays (a sign, not a mark)
  });
}

TEST(NormalizationRulesTest, RemoveTatweel) {
  ExpectRule(RemoveTatweel, {{"روبرـــــت", "روبرت"}, {"بـ", "ب"}, {"ـ", ""}});
}

TEST(NormalizationRulesTest, NormalizeAlef) {
  ExpectRule(NormalizeAlef, {
      {"أحمد", "احمد"}, {"إسلام", "اسلام"}, {"آمال", "امال"}, {"ٱلله", "الله"}, {"ٲ", "ا"},
  });
}

TEST(NormalizationRulesTest, NormalizeHamzaSeats) {
  ExpectRule(NormalizeHamzaSeats, {
      {"مسؤول", "مسءول"}, {"مسئول", "مسءول"}, {"رئيس", "رءيس"}, {"سماء", "سماء"},
  });
}

TEST(NormalizationRulesTest, NormalizeAlefMaksura) {
  ExpectRule(NormalizeAlefMaksura, {{"مصطفى", "مصطفي"}, {"على", "علي"}});
}

TEST(NormalizationRulesTest, NormalizeTehMarbuta) {
  ExpectRule(NormalizeTehMarbuta, {{"فاطمة", "فاطمه"}, {"أستانة", "أستانه"}});
}

TEST(NormalizationRulesTest, NormalizePersianLetters) {
  ExpectRule(NormalizePersianLetters, {
      {"ی", "ي"}, {"کرم", "كرم"}, {"ڤلاديمير", "فلاديمير"}, {"پاکستان", "باكستان"},
      {"گوگل", "كوكل"}, {"ۀ", "ه"}, {"چ", "ج"}, {"ھ", "ه"},
  });
}

TEST(NormalizationRulesTest, NormalizeDigits) {
  ExpectRule(NormalizeDigits, {
      {"٢٠١٧", "2017"}, {"۱۳۹۶", "1396"}, {"٣٫٥", "3.5"}, {"١٬٠٠٠", "1,000"}, {"٥٠٪", "50%"},
      {"2018", "2018"},
  });
}

TEST(NormalizationRulesTest, NormalizeSpaces) {
  ExpectRule(NormalizeSpaces, {{"a\u00A0b", "a b"}, {"a\u2009b", "a b"}, {"a\tb", "a b"},
                               {"a\u2028b", "a b"}, {"a b", "a b"}});
}

TEST(NormalizationRulesTest, FoldCase) {
  ExpectRule(FoldCase, {{"Putin", "putin"}, {"ÉCOLE", "école"}, {"ПУТИН", "путин"},
                        {"بوتين", "بوتين"}});
}

TEST(NormalizerTest, SearchFormAppliesEveryRule) {
  const Normalizer n;
  constexpr Case kCases[] = {
      {"أحمد", "احمد"},        // hamza above -> bare alef
      {"فاطمة", "فاطمه"},      // teh marbuta -> heh
      {"روبرـــــت", "روبرت"},  // tatweel removed
      {"أَحْمَدُ", "احمد"},     // harakat
      {"مسؤولية", "مسءوليه"},  // hamza seat + teh marbuta
      {"إلى", "الي"},
      {"\uFEFB", "لا"},
      {"\uFEF7\uFEE3\uFEE6", "لامن"},  // ﻷ then presentation forms: hamza normalized too
      {"ک\u200Cی", "كي"},
      {"٢٠١٨", "2018"},
      {"CNN", "cnn"},
      {"", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(n.Normalize(c.in), c.want) << c.in;
}

TEST(NormalizerTest, OptionsChooseRules) {
  const Normalizer display(NormalizerOptions::Display());
  EXPECT_EQ(display.Normalize("أستانـة\u200F"), "أستانة");  // letters kept, tatweel and RLM gone
  const Normalizer no_teh(NormalizerOptions::Search().Without(NormalizationRule::kTehMarbuta));
  EXPECT_EQ(no_teh.Normalize("أستانة"), "استانة");
  const Normalizer none{NormalizerOptions()};
  EXPECT_EQ(none.Normalize("أَحمد"), "أَحمد");
  EXPECT_TRUE(NormalizerOptions::Only(NormalizationRule::kAlef).Has(NormalizationRule::kAlef));
  EXPECT_EQ(RuleName(NormalizationRule::kDigits), "NormalizeDigits");
}

TEST(NormalizerTest, TablesAreSharedOnlyBetweenEqualOptions) {
  // Normalizers with equal options share one table while any of them lives: whichever was
  // made first, each applies its own rules, also after a table's last holder is gone.
  const std::string in = "أستانـة ٢٠١٨";
  for (int round = 0; round < 2; ++round) {
    auto search = std::make_unique<Normalizer>();
    const Normalizer display(NormalizerOptions::Display());
    const Normalizer digits(NormalizerOptions::Only(NormalizationRule::kDigits));
    const Normalizer search2;
    EXPECT_EQ(search->Normalize(in), "استانه 2018");
    EXPECT_EQ(display.Normalize(in), "أستانة ٢٠١٨");
    EXPECT_EQ(digits.Normalize(in), "أستانـة 2018");
    EXPECT_EQ(search2.Normalize(in), "استانه 2018");
    const Normalizer moved = std::move(*search);
    search.reset();
    EXPECT_EQ(moved.Normalize(in), "استانه 2018");
  }
}

TEST(NormalizerTest, InvalidBytesBecomeReplacementChar) {
  const Normalizer n;
  EXPECT_EQ(n.Normalize("ب\xffت"), "ب\xef\xbf\xbdت");
}

TEST(NormalizerTest, AppendKeepsExistingContent) {
  const Normalizer n;
  std::string out = "x:";
  n.Append("أ", &out);
  EXPECT_EQ(out, "x:ا");
}

}  // namespace
}  // namespace marsad::text
