// Round 46: an outlet's correspondent told after a speaker's first words (مصدر أمني مراسل
// الإذاعة، مدير الإقليم لمراسلتنا X) ends the speaker's words. Sentences written for these tests,
// not taken from any article.
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

TEST(CorrespondentTest, TheCorrespondentToldEndsTheSpeaker) {
  // Without ل after an unnamed source's head (JawharaFM), in a closing source through a verb.
  EXPECT_EQ(Extract("تم حجز كمية من المخدرات في منزل بالمدينة، وفق ما أفاد به مصدر أمني مراسل الإذاعة."),
            "I[تم حجز كمية من المخدرات في منزل بالمدينة]<مصدر أمني");
  // Before the verb's complementizer.
  EXPECT_EQ(Extract("وأفاد مصدر أمني مراسل الإذاعة بأنه تم حجز كمية من المخدرات في منزل بالمدينة."),
            "I[تم حجز كمية من المخدرات في منزل بالمدينة]<مصدر أمني");
  // With ل and the correspondent's name: the speaker does not run on to the name.
  EXPECT_EQ(Extract("وأكد مدير الإقليم لمراسلتنا سامية العلي أنه تم حجز كمية من المخدرات في المدينة.",
                    {{"سامية العلي", kPer, 5}}),
            "I[تم حجز كمية من المخدرات في المدينة]<مدير الإقليم");
  // A fronted source through a verb: the correspondent is stepped over to its فإن.
  EXPECT_EQ(Extract("وحسب ما أفاد به مصدر أمني مراسلنا سامي العلي، فإن السيارة كانت تنقل مريضا إلى المستشفى.",
                    {{"سامي العلي", kPer, 5}}),
            "I[السيارة كانت تنقل مريضا إلى المستشفى]<مصدر أمني");
}

TEST(CorrespondentTest, TrapsOfTheCorrespondent) {
  // The subject's first word: the correspondent speaks.
  EXPECT_EQ(Extract("وقال مراسل القناة إن القصف استمر طوال الليل في المدينة."),
            "I[القصف استمر طوال الليل في المدينة]<مراسل القناة");
  // Without ل after a head that is no unnamed source: his own title.
  EXPECT_EQ(Extract("وقال الصحفي مراسل القناة إن القصف استمر طوال الليل في المدينة."),
            "I[القصف استمر طوال الليل في المدينة]<الصحفي مراسل القناة");
  // A source that is the correspondent (its ل is the source's own): he speaks.
  EXPECT_EQ(Extract("ووفقا لمراسلنا في سوسة فإن الرجل اعتقل بعد الحادث مباشرة.",
                    {{"سوسة", doc::EntityType::kLocation, 0}}),
            "I[الرجل اعتقل بعد الحادث مباشرة]<مراسلنا في سوسة");
  // A fronted subject that opens with the bare word: still read as before it was listed.
  EXPECT_EQ(Extract("لكن مراسل القناة قال لاحقا إن ثلاثة جنود أصيبوا بجروح خطيرة."),
            "I[ثلاثة جنود أصيبوا بجروح خطيرة]<مراسل القناة");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
