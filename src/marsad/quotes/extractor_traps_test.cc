// Traps: what is not a quote (names and scare quotes in marks, negated verbs, the
// journalist's voice, words spelt like a cue that are none), and quotes that must not
// change hands.
// Extractor tests on hand-written sentences (written for marsad, not taken from any
// article), their documents made by extractor_test_support.h; split from one extractor_test.cc
// by concern (docs/quotes.md, Layout).
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

// Not quotes, and quotes that must not change hands.
constexpr Case kTraps[] = {
    // Round 15: the claim of responsibility itself is reported speech (Round15ClaimOfResponsibility).
    {"name in quotes", "وهاجم تنظيم \"داعش\" مواقع الجيش.", ""},
    {"two-word name in quotes", "وانتقد الوزير ما وصفه بـ\"تحالف واشنطن\" ضد بلاده.", ""},
    {"scare quote in narrative", "وشهدت المدينة \"هدوءا حذرا\" بعد المعارك.", ""},
    {"one quoted word belongs to the reported clause",
     "وقال الوزير إن القرار كان \"صائبا\" وإن الحكومة ستمضي فيه.",
     "I[القرار كان \"صائبا\" وإن الحكومة ستمضي فيه]<الوزير"},
    {"quoted part of a reported clause", "وقال الوزير إن الهجوم كان \"عملا إرهابيا جبانا\" يستهدف المدنيين.",
     "I[الهجوم كان \"عملا إرهابيا جبانا\" يستهدف المدنيين]<الوزير | D[عملا إرهابيا جبانا]<الوزير"},
    {"name after a preposition", "وقالت في تصريحات لـ \"غلوبو سبورت\" إن الحادث مؤسف.",
     "I[الحادث مؤسف]<-"},
    {"negated verb", "ولم يعلن الجيش أن العملية انتهت.", ""},
    {"the journalist's voice", "ويذكر أن الانتخابات جرت في مارس الماضي.", ""},
    {"subjunctive", "ومن المنتظر أن يعلن الوزير تفاصيل الخطة.", ""},
    {"a speech verb inside a quote", "وقال الوزير: \"قلت لهم إن الوقت ينفد\".", "D[قلت لهم إن الوقت ينفد]<الوزير"},
    {"noun phrase described by a verb", "وزعمت السلطات، نجاح تجربة لطائرة قالت إنها تحلق بسرعة كبيرة.",
     "I[تحلق بسرعة كبيرة]<السلطات"},
};

TEST(ExtractorTrapsTest, NotQuotesAndTraps) { RunCases(kTraps, std::size(kTraps)); }

TEST(ExtractorTrapsTest, QuoteNamingAnotherPersonKeepsItsSpeaker) {
  // Navalny speaks about Putin: Putin is named inside the quote, he is not the speaker.
  EXPECT_EQ(Extract("وقال نافالني: \"النتيجة معروفة سلفا وهي فوز بوتين\". وأضاف أن المشاركة ضعيفة.",
                    {{"نافالني", doc::EntityType::kPerson, 1}, {"بوتين", doc::EntityType::kPerson, 2}}),
            "D[النتيجة معروفة سلفا وهي فوز بوتين]<نافالني#1 | I[المشاركة ضعيفة]<نافالني#1");
  // A reported clause that names a person: the reporter speaks.
  EXPECT_EQ(Extract("وقالت الشركة إن مولر لم يقابل أيا من موظفيها.",
                    {{"مولر", doc::EntityType::kPerson, 5}}),
            "I[مولر لم يقابل أيا من موظفيها]<الشركة");
}

TEST(ExtractorTrapsTest, NameInQuotesFoundByTheTaggerIsNotAQuote) {
  EXPECT_EQ(Extract("وقال الوزير إن \"تحالف واشنطن\" يستهدف بلاده.",
                    {{"تحالف واشنطن", doc::EntityType::kOrganization, 0}}),
            "I[\"تحالف واشنطن\" يستهدف بلاده]<الوزير");
}

TEST(ExtractorTrapsTest, Round15BetweenIsNoCue) {
  // بين after a noun, with a و-conjunct before the complementizer, is "between": the إن belongs
  // to the verb earlier in the sentence, and so does the subject.
  EXPECT_EQ(Extract("وذكر مكتب الرئيس في البيان الذي صدر بعد اتصال هاتفي بين الرئيس ورئيسة الوزراء إن "
                    "باريس اتفقت مع لندن.",
                    {{"مكتب الرئيس", doc::EntityType::kOrganization, 3}}),
            "I[باريس اتفقت مع لندن]<مكتب الرئيس#3");
  // Trap: the verb بيّن, with and without its conjunction, still introduces its clause.
  EXPECT_EQ(Extract("وبين الوزير أن الاتفاق بين الطرفين جاهز."), "I[الاتفاق بين الطرفين جاهز]<الوزير");
  EXPECT_EQ(Extract("كما بين المدير ونائبه أن الاتفاق جاهز."), "I[الاتفاق جاهز]<المدير ونائبه");
}

TEST(ExtractorTrapsTest, Round19ElativeAblaghIsNoVerbOfTelling) {
  // ترك أبلغ الأثر: the elative "the greatest", not أبلغ "told" with the subject الأثر; the
  // carried verb after it stays with the person who spoke before.
  EXPECT_EQ(Extract("وقال سامي العلي إن الفريق جاهز. وكان للفوز في المباراة أبلغ الأثر في ترسيخ الاعتقاد لديه بأن "
                    "اللقب قريب. وأضاف أن الجمهور رائع.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الفريق جاهز]<سامي العلي#7 | I[الجمهور رائع]<سامي العلي#7");
  // Trap: أبلغ with its addressee is still a verb of telling.
  EXPECT_EQ(Extract("وأبلغ سامي العلي الصحفيين بأن الفريق جاهز.", {{"سامي العلي", kPer, 7}}),
            "I[الفريق جاهز]<سامي العلي#7");
}

TEST(ExtractorTrapsTest, Round28VerbSpellingAfterTheContentsComplementizer) {
  // رد after the أن of وأضافت is Russia's response, not "Russia replied": the quote in the
  // content is the ministry's.
  EXPECT_EQ(Extract("وقالت الوزارة إن الحكومة اختارت المواجهة. وأضافت أن رد روسيا على الإجراءات "
                    "البريطانية \"لن يتأخر كثيرا\".",
                    {{"الوزارة", kOrg, 3}, {"روسيا", kLoc, 5}}),
            "I[الحكومة اختارت المواجهة]<الوزارة#3 | I[رد روسيا على الإجراءات البريطانية \"لن يتأخر كثيرا\"]<الوزارة#3 | "
            "D[لن يتأخر كثيرا]<الوزارة#3");
  // Trap: a verb after a noun in the content still relays its own speaker (ذكرت الوكالة أن
  // الوزير قال إن ...).
  EXPECT_EQ(Extract("وذكرت الوكالة أن الوزير قال إن المحادثات ستستأنف قريبا.", {{"الوكالة", kOrg, 3}}),
            "I[المحادثات ستستأنف قريبا]<الوزير");
}

TEST(ExtractorTrapsTest, VerbFormAfterAlaIsAVerbalNoun) {
  // أكد X على تعهد الحكومة ب...: تعهد after على is the noun "pledge", not a verb whose subject
  // (الحكومة) would speak, and the participle after it stays with X.
  EXPECT_EQ(Extract("وأكد يوسف الشاهد على تعهد الحكومة بمحاربة الفساد، مقرا بأن الفساد منتشر. "
                    "وأبرز أنه يتعين إرساء قوانين رادعة.",
                    {{"يوسف الشاهد", kPer, 4}}),
            "I[تعهد الحكومة بمحاربة الفساد، مقرا بأن الفساد منتشر]<يوسف الشاهد#4 | "
            "I[يتعين إرساء قوانين رادعة]<يوسف الشاهد#4");
  // دون أن تأتي على ذكر المطالب بأن ...: ذكر is the noun "mention"; no quote.
  EXPECT_EQ(Extract("ووافق الرئيس على الاتفاق دون أن يأتي على ذكر المطالب الأميركية بأن تتخلى الحكومة عن سلاحها."),
            "");
}

TEST(ExtractorTrapsTest, VerbFormAfterComplementizerInIsAVerbalNoun) {
  // قال X إن ذكر Y ...: after the complementizer إن a noun opens the clause; ذكر is "mention",
  // not a verb whose object Y would speak the quote inside.
  EXPECT_EQ(Extract("وقال بيسكوف إن ذكر بوتين في القضية \"أمر لا يغتفر في العرف الدبلوماسي\".",
                    {{"بيسكوف", kPer, 2}, {"بوتين", kPer, 5}}),
            "I[ذكر بوتين في القضية \"أمر لا يغتفر في العرف الدبلوماسي\"]<بيسكوف#2 | "
            "D[أمر لا يغتفر في العرف الدبلوماسي]<بيسكوف#2");
  // Guards: "ما إن أعلن X ... حتى" (as soon as) is a verb; a name that ends with إن.
  EXPECT_EQ(Extract("وما إن أعلن الوزير أن الخطة جاهزة حتى بدأت الانتقادات."),
            "I[الخطة جاهزة حتى بدأت الانتقادات]<الوزير");
  EXPECT_EQ(Extract("وقال رئيس كوريا الجنوبية مون جاي إن قال إنه يفكر في قبول الدعوة.",
                    {{"مون جاي إن", kPer, 5}}),
            "I[يفكر في قبول الدعوة]<رئيس كوريا الجنوبية مون جاي إن#5");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
