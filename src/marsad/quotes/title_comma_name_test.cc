// Round 48 (docs/quotes.md): a title's ل-complement of several words, a comma, and the person
// it names — the name is the title's, and the speaker runs on to it. Hand-written sentences, not
// taken from any article; mentions set directly, as the tagger and the entities stage would.
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

TEST(TitleCommaNameTest, ClosingSourceRunsOnToTheName) {
  // A closing source whose title's ل-complement runs four words to a comma and the name that
  // ends the sentence; the next verb carries the same person.
  EXPECT_EQ(Extract("اقتحم مجهولون المدرسة صباح الخميس، حسب ما أفاد به كاتب عام النقابة الأساسية للتعليم "
                    "الثانوي بحي النصر، سامي العلي. وأضاف أن الحارس أصيب بجروح خفيفة.",
                    {{"سامي العلي", kPer, 7}}),
            "I[اقتحم مجهولون المدرسة صباح الخميس]<كاتب عام النقابة الأساسية للتعليم الثانوي بحي النصر، سامي العلي#7"
            " | I[الحارس أصيب بجروح خفيفة]<كاتب عام النقابة الأساسية للتعليم الثانوي بحي النصر، سامي العلي#7");
}

TEST(TitleCommaNameTest, Guards) {
  // Trap: a call's object after the name's comma is read as before (the apposition after the
  // title): the call keeps its content.
  EXPECT_EQ(Extract("ودعا الأمين العام للمنظمة الدولية للهجرة، سامي العلي، الحكومات الأوروبية إلى حماية "
                    "المهاجرين في البحر.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الحكومات الأوروبية إلى حماية المهاجرين في البحر]<الأمين العام للمنظمة الدولية للهجرة، سامي العلي#7");
  // Trap: an apposition after the name's comma (the one the words are about, with his own
  // name) is not run into the speaker.
  EXPECT_EQ(Extract("وعلق الأمين العام لحزب العمل الوطني، سامي العلي، على مطالبات الرئيس الأمريكي، جون سميث، "
                    "قائلا: \"هذه المطالب لن تغير شيئا في موقفنا\".",
                    {{"سامي العلي", kPer, 7}, {"الرئيس الأمريكي", kPer, 9, doc::MentionKind::kTitle}, {"جون سميث", kPer, 9}}),
            "D[هذه المطالب لن تغير شيئا في موقفنا]<الأمين العام لحزب العمل الوطني، سامي العلي#7");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
