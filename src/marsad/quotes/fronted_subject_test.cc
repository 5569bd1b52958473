// Round 47 (docs/quotes.md): a participle's speaker when its sentence opens with a name before
// the name's verb (ولكن X عبر عن ...، قائلا): the subject placed first, not the speaker carried
// from before. Hand-written sentences, not taken from any article; mentions set directly, as the
// tagger and the entities stage would.
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

TEST(FrontedSubjectTest, ParticipleAfterANameBeforeItsVerb) {
  // A name that opens the sentence before its verb is the participle's speaker, not the one
  // spoken earlier.
  // عبر before عن is the verb "expressed", not the preposition.
  EXPECT_EQ(Extract("وقال سامي العلي إن كريم الهادي وصل. ولكن كريم عبر عن تفاؤله بنجاح الخطة، قائلا إن العمل "
                    "سينتهي قريبا.",
                    {{"سامي العلي", kPer, 7}, {"كريم الهادي", kPer, 9}, {"كريم", kPer, 9}}),
            "I[كريم الهادي وصل]<سامي العلي#7 | I[العمل سينتهي قريبا]<كريم#9");
  // The name glued to و: before, the words after it (زار المدينة) were the speaker.
  // A one-word name that another name of the document holds.
  EXPECT_EQ(Extract("وقال سامي العلي إن كريم الهادي وصل. وكريم زار المدينة أمس، قائلا إن العمل سينتهي قريبا.",
                    {{"سامي العلي", kPer, 7}, {"كريم الهادي", kPer, 9}, {"وكريم", kPer, 9}}),
            "I[كريم الهادي وصل]<سامي العلي#7 | I[العمل سينتهي قريبا]<وكريم#9");
  // A body the tagger found.
  EXPECT_EQ(Extract("وقال سامي العلي إن المشروع تأخر. وشركة النور رفعت أسعارها، مضيفة أن الطلب ارتفع كثيرا.",
                    {{"سامي العلي", kPer, 7}, {"شركة النور", kOrg, 5}}),
            "I[المشروع تأخر]<سامي العلي#7 | I[الطلب ارتفع كثيرا]<وشركة النور#5");
  // A country, as its government.
  EXPECT_EQ(Extract("وقال سامي العلي إن واشنطن تأخرت. وواشنطن رفضت الطلب، مؤكدة أن القرار نهائي.",
                    {{"سامي العلي", kPer, 7}, {"واشنطن", kLoc, 3}, {"وواشنطن", kLoc, 3}}),
            "I[واشنطن تأخرت]<سامي العلي#7 | I[القرار نهائي]<وواشنطن#3");
}

TEST(FrontedSubjectTest, NoVerbAfterTheName) {
  // Trap: عبر as the preposition "through" after a name, not before عن: no verb.
  EXPECT_EQ(Extract("وقال سامي العلي إن كريم الهادي وصل. وكريم عبر الحدود أمس، مضيفا أن العمل سيتوقف.",
                    {{"سامي العلي", kPer, 7}, {"كريم الهادي", kPer, 9}, {"وكريم", kPer, 9}}),
            "I[كريم الهادي وصل]<سامي العلي#7 | I[العمل سيتوقف]<سامي العلي#7");
  // Trap: a one-word "name" that no other name of the document holds is often a verb the tagger
  // misread (وطالب ... الدكتور X ب): no subject is read from it (the speaker is carried, as before).
  EXPECT_EQ(Extract("وقال سامي العلي إن المشروع تأخر. وطالب نواب البرلمان بمزيد من الدعم، مشيرين إلى أن العمل "
                    "سيتوقف.",
                    {{"سامي العلي", kPer, 7}, {"وطالب", kPer, 0}}),
            "I[المشروع تأخر]<سامي العلي#7 | I[بمزيد من الدعم]<سامي العلي#7 | I[العمل سيتوقف]<سامي العلي#7");
  // Trap: a word with the article after the name: the name heads a noun phrase, no clause (here
  // a name the tagger cut short before the title and the person's name).
  EXPECT_EQ(Extract("وقال سامي العلي إن الحفل نجح. رفيق درب كريم الملحن سمير سعيد، أشار إلى أن العمل سيتوقف.",
                    {{"سامي العلي", kPer, 7}, {"رفيق درب كريم", kPer, 0}, {"سمير سعيد", kPer, 8}}),
            "I[الحفل نجح]<سامي العلي#7 | I[العمل سيتوقف]<رفيق درب كريم الملحن سمير سعيد#8");
  // Trap: a name followed by a preposition, not a verb (وكريم في المدينة ...): no clause of his.
  EXPECT_EQ(Extract("وقال سامي العلي إن كريم الهادي وصل. وكريم في المدينة منذ أمس، مضيفا أن العمل سيتوقف.",
                    {{"سامي العلي", kPer, 7}, {"كريم الهادي", kPer, 9}, {"وكريم", kPer, 9}}),
            "I[كريم الهادي وصل]<سامي العلي#7 | I[العمل سيتوقف]<سامي العلي#7");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
