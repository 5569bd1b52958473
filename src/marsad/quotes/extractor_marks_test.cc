// Quote marks: direct quotes in every mark, before or after their cue, over paragraph
// breaks, and quotes inside quotes (the inner speaker's claim on the outer quote's words).
// Extractor tests on hand-written sentences (written for marsad, not taken from any
// article), their documents made by extractor_test_support.h; split from one extractor_test.cc
// by concern (docs/quotes.md, Layout).
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

// Direct quotes in every mark, before or after their speech verb.
constexpr Case kDirect[] = {
    {"straight double, colon", "قال الرئيس: \"نحن مستعدون للحوار\".", "D[نحن مستعدون للحوار]<الرئيس"},
    {"curly double", "قال الرئيس: “نحن مستعدون للحوار”.", "D[نحن مستعدون للحوار]<الرئيس"},
    {"guillemets", "قال الرئيس: «نحن مستعدون للحوار».", "D[نحن مستعدون للحوار]<الرئيس"},
    {"low-high double", "قال الرئيس: „نحن مستعدون للحوار“.", "D[نحن مستعدون للحوار]<الرئيس"},
    {"straight single", "قال الرئيس: 'نحن مستعدون للحوار'.", "D[نحن مستعدون للحوار]<الرئيس"},
    {"curly single", "قال الرئيس: ‘نحن مستعدون للحوار’.", "D[نحن مستعدون للحوار]<الرئيس"},
    {"no colon, addressee", "وقال الحاكم للصحفيين \"عثرنا على الجميع سالمين\".",
     "D[عثرنا على الجميع سالمين]<الحاكم"},
    {"verb after the quote", "\"لن نتراجع عن قرارنا\"، قال الوزير.", "D[لن نتراجع عن قرارنا]<الوزير"},
    {"imperfect after the quote", "\"الأمور تسير نحو الأفضل\" يقول المحلل.",
     "D[الأمور تسير نحو الأفضل]<المحلل"},
    {"source after the quote", "\"الوضع تحت السيطرة\"، بحسب الشرطة المحلية.",
     "D[الوضع تحت السيطرة]<الشرطة المحلية"},
    {"source with verb after the quote", "\"الوضع تحت السيطرة\"، وفق ما أعلنت الشرطة.",
     "D[الوضع تحت السيطرة]<الشرطة"},
    {"written statement", "وكتب ترامب في تغريدة على تويتر: \"الاتفاق سيئ جدا\".",
     "D[الاتفاق سيئ جدا]<ترامب"},
    {"one-word answer after a colon", "وسئل عن الأمر فقال الوزير: \"لا\".", "D[لا]<الوزير"},
    {"quote as the whole reported clause", "وقال الوزير إن \"الحكومة لن تتراجع\".",
     "D[الحكومة لن تتراجع]<الوزير"},
    {"subject with title and name",
     "وقالت المتحدثة باسم وزارة الخارجية ماريا زاخاروفا: \"لا نعلق على الشائعات\".",
     "D[لا نعلق على الشائعات]<المتحدثة باسم وزارة الخارجية ماريا زاخاروفا"},
    {"hyphenated name", "وقال مون جيه-إن: \"القمة كانت ناجحة\".", "D[القمة كانت ناجحة]<مون جيه-إن"},
    {"a quoted name as the subject", "وذكرت \"مايكروسوفت\" أن الخوادم تعمل تحت البحر.",
     "I[الخوادم تعمل تحت البحر]<مايكروسوفت"},
    {"time word before the subject", "وأعلنت الخميس وزارة الصحة: \"لا إصابات جديدة\".",
     "D[لا إصابات جديدة]<وزارة الصحة"},
};

// Quotes over paragraph breaks.
constexpr Case kParagraphs[] = {
    {"closing mark in the next paragraph", "وقال الرئيس: \"سنواصل العمل\nمن أجل السلام\".",
     "D[سنواصل العمل\nمن أجل السلام]<الرئيس"},
    {"mark opened again in the next paragraph",
     "وقال الرئيس: \"سنواصل العمل من أجل السلام.\n\"ولن نقبل بأي تهديد\".",
     "D[سنواصل العمل من أجل السلام.\n\"ولن نقبل بأي تهديد]<الرئيس"},
    {"a quote paragraph continues the speaker",
     "وقال الرئيس: \"سنواصل العمل من أجل السلام\".\n\"لن نقبل بأي تهديد من أي جهة كانت\".",
     "D[سنواصل العمل من أجل السلام]<الرئيس | D[لن نقبل بأي تهديد من أي جهة كانت]<الرئيس"},
    {"colon at the end of a paragraph", "وقال الرئيس:\n\"سنواصل العمل من أجل السلام\".",
     "D[سنواصل العمل من أجل السلام]<الرئيس"},
    {"a quote closed twice reads as nested, unclosed outer",
     "وأضاف الوزير \"أعلم أن الناس ينتظرون هذا، وهو ما أتاحه \"المشروع الجديد\".",
     "D[أعلم أن الناس ينتظرون هذا، وهو ما أتاحه \"المشروع الجديد\".]<الوزير"},
};

TEST(ExtractorMarksTest, DirectQuotes) { RunCases(kDirect, std::size(kDirect)); }

TEST(ExtractorMarksTest, ParagraphBreaks) { RunCases(kParagraphs, std::size(kParagraphs)); }

TEST(ExtractorMarksTest, Round40QuoteInsideAQuoteWithTheSameMarks) {
  // The outer quote runs to its own closing mark; the inner one, after قائلة and a colon, is
  // another speaker's words with no subject of her own after the cue: left out, neither the
  // manager's nor the name before the cue (held-outs 30-33: unnamed inner speakers).
  EXPECT_EQ(Extract("وقال مدير أعمالها سامي العلي إنه: \"شعرت سلمى بالتعب، فاقتربت من أحد أعضاء الفريق "
                    "قائلة: \"لا أدري ما الذي يحصل معي\"، ثم جلست على الكرسي\"، ثم غادر.",
                    {{"سامي العلي", kPer, 7}, {"سلمى", kPer, 8}}),
            "I[: \"شعرت سلمى بالتعب، فاقتربت من أحد أعضاء الفريق قائلة: \"لا أدري ما الذي يحصل معي\"، ثم جلست على "
            "الكرسي\"، ثم غادر]<مدير أعمالها سامي العلي#7 | D[شعرت سلمى بالتعب، فاقتربت من أحد أعضاء الفريق قائلة: "
            "\"لا أدري ما الذي يحصل معي\"، ثم جلست على الكرسي]<مدير أعمالها سامي العلي#7");
  // A subject named after the inner cue inside the outer quote speaks the inner quote.
  EXPECT_EQ(Extract("وقال سامي العلي إن: \"اتصلنا بالمستشفى، فقال لنا الطبيب خالد الحسن: \"الحالة مستقرة "
                    "تماما\"، ثم عدنا إلى البيت\".",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "I[: \"اتصلنا بالمستشفى، فقال لنا الطبيب خالد الحسن: \"الحالة مستقرة تماما\"، ثم عدنا إلى البيت\"]<سامي "
            "العلي#7 | D[اتصلنا بالمستشفى، فقال لنا الطبيب خالد الحسن: \"الحالة مستقرة تماما\"، ثم عدنا إلى "
            "البيت]<سامي العلي#7 | D[الحالة مستقرة تماما]<خالد الحسن#9");
  // Guard: a closed quote, then a colon and a new quote: two quotes of the speaker, nothing nested.
  EXPECT_EQ(Extract("وقال سامي العلي: \"الحالة مستقرة تماما\" ثم أضاف: \"سنعود إلى البيت قريبا\".",
                    {{"سامي العلي", kPer, 7}}),
            "D[الحالة مستقرة تماما]<سامي العلي#7 | D[سنعود إلى البيت قريبا]<سامي العلي#7");
}

TEST(ExtractorMarksTest, Round41NamedSpeakerInsideAQuote) {
  // A person named as the fronted subject of a speech verb inside the quote speaks the words
  // after its complementizer; with a pronoun (إنه) the complementizer opens them, and the outer
  // quote stops before them.
  EXPECT_EQ(Extract("أجاب سامي العلي: «لا نعرف موقفهم بعد. لكن الرئيس الفرنسي جان دوبون قال في كلمته إنه يرحب "
                    "بالحوار مع الجميع».",
                    {{"سامي العلي", kPer, 7}, {"جان دوبون", kPer, 9}}),
            "D[لا نعرف موقفهم بعد. لكن الرئيس الفرنسي جان دوبون قال في كلمته]<سامي العلي#7 | I[إنه يرحب "
            "بالحوار مع الجميع]<الرئيس الفرنسي جان دوبون#9");
  // A bare أن stays with the verb; the inner words end at the full stop and the outer speaker
  // resumes after it.
  EXPECT_EQ(Extract("وقال سامي العلي: \"سفيرنا في المدينة خالد الحسن أكد أمس أن الحكومة ستواصل الحوار. ونحن "
                    "نؤيد ذلك تماما\".",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "D[سفيرنا في المدينة خالد الحسن أكد أمس أن]<سامي العلي#7 | I[الحكومة ستواصل "
            "الحوار]<سفيرنا في المدينة خالد الحسن#9 | D[ونحن نؤيد ذلك تماما]<سامي العلي#7");
  // A quote that opens with the bare name and its verb is that person's statement whole.
  EXPECT_EQ(Extract("وأضافت الوكالة أن \"خالد الحسن أكد أن الحكومة ستواصل الحوار مع جيرانها\".",
                    {{"خالد الحسن", kPer, 9}}),
            "I[الحكومة ستواصل الحوار مع جيرانها]<خالد الحسن#9");
  // A comma that opens a new clause ends the person's words: the outer speaker resumes; a
  // participle after the comma still is the person's.
  EXPECT_EQ(Extract("وقال سامي العلي: \"الوزير خالد الحسن قال إنه يريد البقاء، لكننا أقنعناه بالرحيل\".",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "D[الوزير خالد الحسن قال]<سامي العلي#7 | I[إنه يريد البقاء]<الوزير خالد الحسن#9 | D[لكننا "
            "أقنعناه بالرحيل]<سامي العلي#7");
  EXPECT_EQ(Extract("وقال سامي العلي: \"الوزير خالد الحسن قال إنه يريد البقاء، داعيا الجميع إلى الهدوء\".",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "D[الوزير خالد الحسن قال]<سامي العلي#7 | I[إنه يريد البقاء، داعيا الجميع إلى الهدوء]<الوزير "
            "خالد الحسن#9");
  // Guards: a verbal noun before the name (the noun is the subject); a coordinated verb after
  // the name (another clause's object); حيث إن (a cause); a condition after كان.
  EXPECT_EQ(Extract("وقال سامي العلي: \"اعتقال خالد الحسن يؤكد على رسالة الحكومة بأن المعارضة ممنوعة\".",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "D[اعتقال خالد الحسن يؤكد على رسالة الحكومة بأن المعارضة ممنوعة]<سامي العلي#7");
  EXPECT_EQ(Extract("وقال سامي العلي: \"زرنا مدير المدرسة خالد الحسن وقال لنا إن الطلاب بخير\".",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "D[زرنا مدير المدرسة خالد الحسن وقال لنا إن الطلاب بخير]<سامي العلي#7");
  EXPECT_EQ(Extract("وقالت الصحيفة: \"خالد الحسن تابع المباراة من المدرجات حيث إنه عاد من السفر أمس\".",
                    {{"خالد الحسن", kPer, 9}}),
            "D[خالد الحسن تابع المباراة من المدرجات حيث إنه عاد من السفر أمس]<الصحيفة");
  EXPECT_EQ(Extract("وقال سامي العلي: \"إذا كان خالد الحسن يرى أن الحل سهل فليتقدم به\".",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "D[إذا كان خالد الحسن يرى أن الحل سهل فليتقدم به]<سامي العلي#7");
}

TEST(ExtractorMarksTest, Round44VerbFirstSpeakerInsideAQuote) {
  // A speech verb that opens a clause inside a quote, with the tagger's mention right after it
  // and its complementizer after at most three words: the mention speaks the words after it;
  // the outer speaker keeps the verb and its subject, and resumes after the full stop.
  EXPECT_EQ(Extract("وقال سامي العلي: \"أكد خالد الحسن أمس أن الحكومة ستواصل الحوار. ونحن نؤيد ذلك تماما\".",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "D[أكد خالد الحسن أمس أن]<سامي العلي#7 | I[الحكومة ستواصل الحوار]<خالد الحسن#9 | D[ونحن نؤيد ذلك "
            "تماما]<سامي العلي#7");
  // One definite word right before the complementizer; a comma before a coordinated speech
  // verb does not end its words.
  EXPECT_EQ(Extract("وتابع الوزير: \"أفادت الجامعة بأن الطالب يستحق القبول، وأبدت الجامعة استعدادها لتحويله\"."),
            "D[أفادت الجامعة بأن]<الوزير | I[الطالب يستحق القبول، وأبدت الجامعة استعدادها لتحويله]<الجامعة");
  // Guards: a plural verb (its subject unsaid, the mention the one spoken to); a glued ل on
  // a person's mention (the one told); two plain words (أقر مبدأ: no speaker); أبلغ (the
  // mention is the one told); more than three words before the complementizer (رد: a noun).
  EXPECT_EQ(Extract("وقالت سارة العلي: \"قالوا لخالد الحسن إن الطلب مرفوض نهائيا\".",
                    {{"سارة العلي", kPer, 7}, {"لخالد الحسن", kPer, 9}}),
            "D[قالوا لخالد الحسن إن الطلب مرفوض نهائيا]<سارة العلي#7");
  EXPECT_EQ(Extract("وقالت سارة العلي: \"أكدت لخالد الحسن أن التحقيق مستمر حتى الآن\".",
                    {{"سارة العلي", kPer, 7}, {"لخالد الحسن", kPer, 9}}),
            "D[أكدت لخالد الحسن أن التحقيق مستمر حتى الآن]<سارة العلي#7");
  EXPECT_EQ(Extract("وقال المدير: \"أقر مبدأ أن تعتمد الخطة الجديدة قريبا\"."),
            "D[أقر مبدأ أن تعتمد الخطة الجديدة قريبا]<المدير");
  EXPECT_EQ(Extract("وقالت الوزيرة: \"أبلغت الحكومة الإيرانية أن واشنطن ستحملها المسؤولية كاملة\".",
                    {{"الحكومة الإيرانية", kOrg, 5}}),
            "D[أبلغت الحكومة الإيرانية أن واشنطن ستحملها المسؤولية كاملة]<الوزيرة");
  EXPECT_EQ(Extract("وقال الوزير: \"رد بريطانيا والمجتمع الدولي القوي يظهر للعالم أن للأعمال عواقب\".",
                    {{"بريطانيا", kLoc, 4}}),
            "D[رد بريطانيا والمجتمع الدولي القوي يظهر للعالم أن للأعمال عواقب]<الوزير");
}

TEST(ExtractorMarksTest, Round44TitledSpeakerInsideAQuote) {
  // A person's title the entities stage marked, as the fronted subject inside a quote, speaks
  // like round 41's named subject (here the quote opens with it: the whole quote is its).
  EXPECT_EQ(Extract("وقالت المتحدثة سارة العلي إن \"الرئيس قال علنا إنه يعتزم محاسبة المسؤولين جميعا\".",
                    {{"سارة العلي", kPer, 7}, {"الرئيس", kPer, 9, kTitle}}),
            "I[إنه يعتزم محاسبة المسؤولين جميعا]<الرئيس#9");
  // Not an organisation's title mention: the outer speaker keeps the quote.
  EXPECT_EQ(Extract("وقالت المتحدثة سارة العلي إن \"الوزارة قالت علنا إنها تعتزم محاسبة المسؤولين جميعا\".",
                    {{"سارة العلي", kPer, 7}, {"الوزارة", doc::EntityType::kOrganization, 9, kTitle}}),
            "D[الوزارة قالت علنا إنها تعتزم محاسبة المسؤولين جميعا]<المتحدثة سارة العلي#7");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
