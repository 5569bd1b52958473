// Round 50 (docs/quotes.md): reported content that opens with a teller and أبلغ with the one
// told glued to it as a pronoun (قال: إن X أبلغه بأن ...): X speaks the words after the
// complementizer, the outer speaker keeps the clause up to it and the words after "، وأنه".
// Hand-written sentences, not taken from any article; mentions set directly, as the tagger and
// the entities stage would.
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

TEST(TellerOpensContentTest, OneDefiniteWordAndTheOuterSpeakerAfterWaAnna) {
  EXPECT_EQ(Extract("وقال سامي العلي: إن الحارس أبلغه بأن الموعد سيكون بعد صلاة الظهر، وأنه كان يظن أن المكان "
                    "خال تماما.",
                    {{"سامي العلي", kPer, 7}}),
            "I[إن الحارس أبلغه بأن]<سامي العلي#7 | I[الموعد سيكون بعد صلاة الظهر]<الحارس | "
            "I[وأنه كان يظن أن المكان خال تماما]<سامي العلي#7");
}

TEST(TellerOpensContentTest, AMentionAsTheTellerWithAPronounComplementizer) {
  EXPECT_EQ(Extract("وأضاف سامي العلي أن بلدية المدينة أبلغته بأنها فرضت غرامة كبيرة على المحل المخالف.",
                    {{"سامي العلي", kPer, 7}, {"بلدية المدينة", kOrg, 9}}),
            "I[بلدية المدينة أبلغته بأنها]<سامي العلي#7 | I[فرضت غرامة كبيرة على المحل المخالف]<بلدية المدينة#9");
  // Two plain words ending in one with the article (a body's name the tagger missed).
  EXPECT_EQ(Extract("وقال سامي العلي إن إدارة المدرسة أبلغتهم بأن الدروس ستتوقف أسبوعا كاملا.",
                    {{"سامي العلي", kPer, 7}}),
            "I[إدارة المدرسة أبلغتهم بأن]<سامي العلي#7 | I[الدروس ستتوقف أسبوعا كاملا]<إدارة المدرسة");
  // أخبر as أبلغ.
  EXPECT_EQ(Extract("وقال سامي العلي إن الحارس أخبره بأن الملف ضاع من المكتب.", {{"سامي العلي", kPer, 7}}),
            "I[الحارس أخبره بأن]<سامي العلي#7 | I[الملف ضاع من المكتب]<الحارس");
}

TEST(TellerOpensContentTest, Guards) {
  // Trap: a lexicon word (a relative) is no teller: the content stays the outer speaker's.
  EXPECT_EQ(Extract("وقال سامي العلي إن الذي أبلغه بأن الملف ضاع هو الموظف الجديد.", {{"سامي العلي", kPer, 7}}),
            "I[الذي أبلغه بأن الملف ضاع هو الموظف الجديد]<سامي العلي#7");
  // Trap: the teller must end right before أبلغ (the subject's own words between: not read).
  EXPECT_EQ(Extract("وقال سامي العلي إن الموظف في البلدية أبلغه بأن الملف ضاع.", {{"سامي العلي", kPer, 7}}),
            "I[الموظف في البلدية أبلغه بأن الملف ضاع]<سامي العلي#7");
  // Trap: a pronoun complementizer before the verb leaves the teller unsaid.
  EXPECT_EQ(Extract("وقال سامي العلي إنه أبلغهم بأن الملف ضاع من المكتب.", {{"سامي العلي", kPer, 7}}),
            "I[أبلغهم بأن الملف ضاع من المكتب]<سامي العلي#7");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
