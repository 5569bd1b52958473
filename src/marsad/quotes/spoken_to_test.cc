// Round 45 (docs/quotes.md): who was spoken to is no speaker — a ل-word right after the verb
// before the verb's own preposition (كشفت للوفد عن ...), and the one told after أبلغ when its
// subject stands before it (بأن روسيا أبلغت الجماعة أن ...). Hand-written sentences, not taken
// from any article; mentions set directly, as the tagger and the entities stage would.
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

TEST(SpokenToTest, AddresseeBeforeTheVerbsPreposition) {
  // Inside another speaker's reported content, a titled subject whose verb takes its content
  // through عن after the one spoken to: the content is hers, and the outer verb only relays it.
  EXPECT_EQ(Extract("وقال النائب سامي العلي إن الوفد زار المدينة. وأضاف أن وزيرة الصحة كشفت للوفد عن مشاكل "
                    "كبيرة تواجهها المستشفيات حاليا.",
                    {{"سامي العلي", kPer, 7}, {"وزيرة الصحة", kPer, 0, doc::MentionKind::kTitle}}),
            "I[الوفد زار المدينة]<النائب سامي العلي#7 | I[مشاكل كبيرة تواجهها المستشفيات حاليا]<وزيرة الصحة");
  // A verb with no subject of its own: the speaker is carried.
  EXPECT_EQ(Extract("قالت الوزيرة سارة العلي إن الوفد زار المدينة. وكشفت للوفد عن مشاكل كبيرة تواجهها "
                    "المستشفيات.",
                    {{"سارة العلي", kPer, 8}}),
            "I[الوفد زار المدينة]<الوزيرة سارة العلي#8 | I[مشاكل كبيرة تواجهها المستشفيات]<الوزيرة سارة العلي#8");
  // After a person's name: ل with a pronoun.
  EXPECT_EQ(Extract("وتعهد سامي العلي لهم بعدم المساس بالميزانية المخصصة للمنطقة.", {{"سامي العلي", kPer, 7}}),
            "I[بعدم المساس بالميزانية المخصصة للمنطقة]<سامي العلي#7");
}

TEST(SpokenToTest, AddresseeGuards) {
  // Trap: على هامش is where the words were said; the content is after أن.
  EXPECT_EQ(Extract("قال الوزير سامي العلي إن العمل بدأ. وأكد للصحافيين على هامش زيارته للمدينة اليوم، أن "
                    "العمل مستمر في المشروع.",
                    {{"سامي العلي", kPer, 7}}),
            "I[العمل بدأ]<الوزير سامي العلي#7 | I[العمل مستمر في المشروع]<الوزير سامي العلي#7");
  // Trap: after a participle the ل-word is as often its own complement (فرصة مؤكدة للتسجيل على
  // مدار ...): no content through it.
  EXPECT_EQ(Extract("وأهدر المهاجم فرصة مؤكدة للتسجيل على مدار الشوطين."), "");
  // Trap: after an adjective (الداعمة لها) the ل-word is its complement, not the one spoken to.
  EXPECT_EQ(Extract("وطالبت أنقرة الدول الداعمة لها بوقف العمليات العسكرية في المنطقة.", {{"أنقرة", kLoc, 3}}),
            "");
}

TEST(SpokenToTest, ToldVerbAfterItsFrontedSubject) {
  // The subject before أبلغ speaks; the words after it are the one told, and the outer verb
  // only relays the statement.
  EXPECT_EQ(Extract("وأفادت تقارير بأن روسيا أبلغت الجماعة أن أمامها يومين للموافقة على الخروج.",
                    {{"روسيا", kLoc, 3}}),
            "I[أمامها يومين للموافقة على الخروج]<روسيا#3");
  EXPECT_EQ(Extract("وقالت الشرطة إن سامي العلي أبلغ المحققين أنه كان في المنزل ليلة الحادث.",
                    {{"سامي العلي", kPer, 7}}),
            "I[كان في المنزل ليلة الحادث]<سامي العلي#7");
  // The subject with its description up to a comma before قد.
  EXPECT_EQ(Extract("وأفادت تقارير بأن روسيا الحليف الأكبر للحكومة، قد أبلغت الجماعة يوم الاثنين أن أمامها "
                    "يومين للموافقة على الخروج.",
                    {{"روسيا", kLoc, 3}}),
            "I[روسيا الحليف الأكبر للحكومة، قد أبلغت الجماعة يوم الاثنين أن أمامها يومين للموافقة على الخروج]<تقارير | "
            "I[أمامها يومين للموافقة على الخروج]<روسيا#3");
}

TEST(SpokenToTest, ToldVerbGuards) {
  // Trap: the verb first, its subject after it (unchanged).
  EXPECT_EQ(Extract("وأبلغ سامي العلي المحققين أنه كان في المنزل ليلة الحادث.", {{"سامي العلي", kPer, 7}}),
            "I[كان في المنزل ليلة الحادث]<سامي العلي#7");
  // Trap: a place phrase before the verb is no subject (وفي المدينة أبلغ ...): the subject
  // follows the verb.
  EXPECT_EQ(Extract("وفي نيويورك أبلغ مندوب الدولة رويترز بأنه متفائل بصدور القرار.",
                    {{"نيويورك", kLoc, 4}, {"رويترز", doc::EntityType::kOrganization, 5}}),
            "I[متفائل بصدور القرار]<مندوب الدولة");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
