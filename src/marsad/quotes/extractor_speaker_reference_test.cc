// Speaker references: speakers a cue names elsewhere -- carried speakers with gender and
// number, the subject of the sentence before, anaphors (the paper, the guest, the surname,
// the bare title, the honorific), statements that speak for their author, relays and outlets.
// Extractor tests on hand-written sentences (written for marsad, not taken from any
// article), their documents made by extractor_test_support.h; split from one extractor_test.cc
// by concern (docs/quotes.md, Layout).
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

// Speakers: organisations, statements, relays, carried speakers.
constexpr Case kSpeakers[] = {
    {"organisation", "وقالت الخارجية الروسية في بيان إن موسكو سترد.", "I[موسكو سترد]<الخارجية الروسية"},
    {"statement with its author", "وجاء في بيان صادر عن الجيش أن العملية انتهت.",
     "I[العملية انتهت]<بيان صادر عن الجيش"},
    {"the statement speaks for its author", "وقالت الوزارة في بيان إن الوضع مستقر. وأضاف البيان أن المساعدات وصلت.",
     "I[الوضع مستقر]<الوزارة | I[المساعدات وصلت]<الوزارة"},
    {"a statement nobody issued", "وقال الوزير إن الوضع مستقر. وأضاف البيان أن المساعدات وصلت.",
     "I[الوضع مستقر]<الوزير | I[المساعدات وصلت]<البيان"},
    {"a source that is a statement", "وصلت المساعدات، بحسب بيان نشرته الوزارة، وأكد البيان أن التوزيع بدأ.",
     "I[التوزيع بدأ]<بيان نشرته الوزارة"},
    {"relay: the medium is not the speaker",
     "ونقلت وكالة رويترز عن المتحدث باسم الجيش قوله إن القوات انسحبت.",
     "I[القوات انسحبت]<المتحدث باسم الجيش"},
    {"relay with a comma", "ونقلت الوكالة عن، المتحدث باسم الجبهة، قوله إنهم وافقوا على الاتفاق.",
     "I[وافقوا على الاتفاق]<المتحدث باسم الجبهة"},
    {"relay through a nested verb", "وذكرت وكالة الأنباء أن الرئيس قال إن الانتخابات ستجرى في موعدها.",
     "I[الانتخابات ستجرى في موعدها]<الرئيس"},
    {"a medium that speaks for itself", "وقالت وكالة الأنباء الرسمية إن الزلزال أودى بحياة عشرة أشخاص.",
     "I[الزلزال أودى بحياة عشرة أشخاص]<وكالة الأنباء الرسمية"},
    {"carried: masculine", "قال الوزير إن الحدود مفتوحة. وأضاف أن التجارة ستعود.",
     "I[الحدود مفتوحة]<الوزير | I[التجارة ستعود]<الوزير"},
    {"carried: gender skips the last speaker",
     "قالت الوزيرة إن الوضع مستقر. وقال السفير إن الوفد وصل. وأضافت أن المساعدات ستصل.",
     "I[الوضع مستقر]<الوزيرة | I[الوفد وصل]<السفير | I[المساعدات ستصل]<الوزيرة"},
    {"carried: plural", "وقال المسؤولون إن الطريق مغلق. وقالت الوزيرة إن الأمر مؤقت. وأضافوا أن العمل جار.",
     "I[الطريق مغلق]<المسؤولون | I[الأمر مؤقت]<الوزيرة | I[العمل جار]<المسؤولون"},
    {"carried: none agrees", "وأضافت أن الوضع هادئ.", "I[الوضع هادئ]<-"},
    {"a definite noun is not an object", "قال الرئيس إن الوضع جيد. وقال المعارض نافالني: \"النتيجة معروفة\".",
     "I[الوضع جيد]<الرئيس | D[النتيجة معروفة]<المعارض نافالني"},
    {"carried by a pronoun verb", "قال الرئيس إن البلاد قوية. وقال إن الاقتصاد ينمو.",
     "I[البلاد قوية]<الرئيس | I[الاقتصاد ينمو]<الرئيس"},
    {"participle after a non-speech verb", "وردت الوزارة قائلة إن التقرير غير دقيق.",
     "I[التقرير غير دقيق]<الوزارة"},
    {"participle after a definite subject", "الصحيفة تسلط الضوء على الوضع قائلة إن النازحين بحاجة إلى الأمان.",
     "I[النازحين بحاجة إلى الأمان]<الصحيفة"},
    {"a verb with no subject after another verb", "وتوجه مسؤولون إلى السدود، وأكدوا أن السدود جاهزة.",
     "I[السدود جاهزة]<مسؤولون"},
    {"a source with no words is no speaker", "وارتفع السعر وفقا للتطورات. وقال الوزير إن السوق مستقرة. وأضافوا أن الوضع جيد.",
     "I[السوق مستقرة]<الوزير | I[الوضع جيد]<-"},
    {"participle after another verb", "وصرخت المراسلة في وجه الرجل قائلة: \"لا تفعل هذا مرة أخرى\".",
     "D[لا تفعل هذا مرة أخرى]<المراسلة"},
    {"by his saying", "قال الرئيس إن الأزمة انتهت. \"الوضع أفضل الآن\"، على حد قوله.",
     "I[الأزمة انتهت]<الرئيس | D[الوضع أفضل الآن]<الرئيس"},
    {"the object is not the subject", "وأعلنت الولايات المتحدة دعمها لبريطانيا، وقالت السفيرة إن موسكو مخطئة، مشيرة إلى أن العقوبات قائمة.",
     "I[موسكو مخطئة]<السفيرة | I[العقوبات قائمة]<السفيرة"},
};

TEST(ExtractorSpeakerReferenceTest, Speakers) { RunCases(kSpeakers, std::size(kSpeakers)); }

TEST(ExtractorSpeakerReferenceTest, NameAfterTheSubjectOfAnotherVerbIsItsObject) {
  EXPECT_EQ(Extract("وحملت أكمي سامي المسؤولية، وقالت إنه خالف القواعد.",
                    {{"أكمي", doc::EntityType::kOrganization, 3}, {"سامي", doc::EntityType::kPerson, 4}}),
            "I[خالف القواعد]<أكمي#3");
}

TEST(ExtractorSpeakerReferenceTest, PronounSpeakerBeforeAnyQuoteIsTheLastPersonNamed) {
  const char* text = "أصبح سامي العلي رئيسا للنادي خلفا لمنير. وقال إنه سيعمل على تطوير الفريق.";
  // The tagger's person: the verb refers to him.
  EXPECT_EQ(Extract(text, {{"سامي العلي", doc::EntityType::kPerson, 5}}),
            "I[سيعمل على تطوير الفريق]<سامي العلي#5");
  // Without mentions no one is named.
  EXPECT_EQ(Extract(text), "I[سيعمل على تطوير الفريق]<-");
  // A plural verb does not refer to one person.
  EXPECT_EQ(Extract("عين النادي سامي العلي مدربا. وقالوا إنهم سعداء جدا بالقرار.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}}),
            "I[سعداء جدا بالقرار]<-");
}

TEST(ExtractorSpeakerReferenceTest, PronounOfAVerbalNounIsTheLastPersonNamed) {
  // انتقد X Y لقوله: the pronoun is Y's, the object, not X's; Y is not a trap's victim here.
  EXPECT_EQ(Extract("وانتقد الرئيس المعارض سامي لقوله إن الانتخابات مزورة.",
                    {{"سامي", doc::EntityType::kPerson, 5}}),
            "I[الانتخابات مزورة]<سامي#5");
  // اعترافات له: the person named last before it, not the subject of the sentence.
  EXPECT_EQ(Extract("ونشر المحققون رسالة من سامي تضمنت اعترافات له بأنه أخطأ في حق الشركة.",
                    {{"سامي", doc::EntityType::kPerson, 3}}),
            "I[أخطأ في حق الشركة]<سامي#3");
  // وصف X Y بأنه with names: the subject ends with its first name.
  EXPECT_EQ(Extract("ووصف زيد الشركة عمرو بأنها كاذبة تماما.",
                    {{"زيد", doc::EntityType::kPerson, 1}, {"عمرو", doc::EntityType::kOrganization, 2}}),
            "I[الشركة عمرو بأنها كاذبة تماما]<زيد#1");
}

TEST(ExtractorSpeakerReferenceTest, StatementAuthorOfFihaVerb) {
  // قال فيها after a tweet: the person named before it, not the previous speaker.
  EXPECT_EQ(Extract("وقال سامي إن لديه خطة. وقال زيد إن الخطة فاشلة، مما دفع سامي للرد في تغريدة، قال فيها إن الخطة ناجحة.",
                    {{"سامي", doc::EntityType::kPerson, 1}, {"زيد", doc::EntityType::kPerson, 2}}),
            "I[لديه خطة]<سامي#1 | I[الخطة فاشلة، مما دفع سامي للرد في تغريدة]<زيد#2 | "
            "I[الخطة ناجحة]<سامي#1");
  // Without the tagger, an earlier speaker whose name the sentence repeats.
  EXPECT_EQ(Extract("وقال سامي إن لديه خطة. وقال زيد إن الخطة فاشلة، مما دفع سامي للرد في تغريدة، قال فيها إن الخطة ناجحة."),
            "I[لديه خطة]<سامي | I[الخطة فاشلة، مما دفع سامي للرد في تغريدة]<زيد | I[الخطة ناجحة]<سامي");
  // A name the tagger found after فيه is the speaker; other words after it are the object.
  EXPECT_EQ(Extract("ونشرت الوزارة بيانا أكدت فيه هالة أن المدارس ستفتح.", {{"هالة", doc::EntityType::kPerson, 8}}),
            "I[المدارس ستفتح]<هالة#8");
  EXPECT_EQ(Extract("وأصدرت الوزارة بيانا أكدت فيه استهداف المؤسسة، ولفتت إلى أن المهاجمين فروا."),
            "I[المهاجمين فروا]<الوزارة بيانا");
}

TEST(ExtractorSpeakerReferenceTest, CoordinatedDaaWithNoNamedSubject) {
  // ودعا + words the tagger names no one in + إلى: the object; the previous speaker speaks,
  // and later carried verbs keep him.
  EXPECT_EQ(Extract("وقال سامي إن القضاء مستقل. ودعا الهياكل القضائية إلى أن تلعب دورها كاملا. وأضاف أن الإصلاح ضروري.",
                    {{"سامي", doc::EntityType::kPerson, 1}}),
            "I[القضاء مستقل]<سامي#1 | I[تلعب دورها كاملا]<سامي#1 | I[الإصلاح ضروري]<سامي#1");
  // A named subject stays the subject.
  EXPECT_EQ(Extract("وقال سامي إن القضاء مستقل. ودعا زيد الحكومة إلى احترام استقلال القضاء.",
                    {{"سامي", doc::EntityType::kPerson, 1}, {"زيد", doc::EntityType::kPerson, 2}}),
            "I[القضاء مستقل]<سامي#1 | I[احترام استقلال القضاء]<زيد#2");
}

TEST(ExtractorSpeakerReferenceTest, CarriedVerbPassesOverADataSource) {
  // وأشارت after a database's statement goes on with the organisation that read it.
  EXPECT_EQ(Extract("وقالت المنظمة إن السجون مكتظة. وذكرت قاعدة البيانات أن العدد ارتفع. وأشارت إلى أن الوضع خطير جدا.",
                    {{"المنظمة", doc::EntityType::kOrganization, 3}}),
            "I[السجون مكتظة]<المنظمة#3 | I[العدد ارتفع]<قاعدة البيانات | I[الوضع خطير جدا]<المنظمة#3");
  // With no other party before it, the data source speaks on.
  EXPECT_EQ(Extract("وذكرت قاعدة البيانات أن العدد ارتفع. وأشارت إلى أن الوضع خطير جدا."),
            "I[العدد ارتفع]<قاعدة البيانات | I[الوضع خطير جدا]<قاعدة البيانات");
}

TEST(ExtractorSpeakerReferenceTest, Round11PossessorOfAStatementIsNotItsAuthor) {
  EXPECT_EQ(Extract("وتتطابق تصريحات الوزير سامي العلي مع أخرى أطلقها المتحدث باسم الجيش خالد الحسن، قال فيها "
                    "إن القوات ستنسحب قريبا.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}, {"خالد الحسن", doc::EntityType::kPerson, 2}}),
            "I[القوات ستنسحب قريبا]<خالد الحسن#2");
}

TEST(ExtractorSpeakerReferenceTest, Round11MediumIsNotTheSpeaker) {
  // A site that relays a quote already claimed does not speak on for وأضاف.
  EXPECT_EQ(Extract("وقال الباحث سامي العلي: \"النتائج مشجعة جدا\"، بحسب ما ذكر موقع الأخبار اليومية. "
                    "وأضاف: \"سنواصل العمل على الدراسة\".",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "D[النتائج مشجعة جدا]<الباحث سامي العلي#1 | D[سنواصل العمل على الدراسة]<الباحث سامي العلي#1");
  // A negated first verb keeps its subject: she speaks to the television, not the magazine.
  EXPECT_EQ(Extract("ووصفت مجلة الأزياء سارة العلي بأنها \"الأكثر أناقة بين النساء\".\nولم تتحدث سارة العلي "
                    "إلى الصحافة حتى عام 2016، عندما قالت للتلفزيون المحلي إنها رفضت عروضا كثيرة.",
                    {{"سارة العلي", doc::EntityType::kPerson, 1}, {"سارة العلي", doc::EntityType::kPerson, 1}}),
            "D[الأكثر أناقة بين النساء]<مجلة الأزياء سارة العلي#1 | I[رفضت عروضا كثيرة]<سارة العلي#1");
  // A feminine verb's pronoun does not refer to a masculine title (الإعلامي لصحيفة ...); with no
  // one else named, the statement's words are all that is left (round 15: with its من-author,
  // the office, not the paper spoken to).
  EXPECT_EQ(Extract("صدر تصريح من مكتبها الإعلامي لصحيفة الأيام، قالت فيه \"نحن ندعم الحوار دائما\".",
                    {{"الإعلامي لصحيفة الأيام", doc::EntityType::kPerson, 0, doc::MentionKind::kTitle}}),
            "D[نحن ندعم الحوار دائما]<تصريح من مكتبها الإعلامي");
}

TEST(ExtractorSpeakerReferenceTest, Round13DefiniteNounRefersBack) {
  // وأضافت الصحيفة: the paper quoted last, named by صحيفة ...
  EXPECT_EQ(Extract("وذكرت صحيفة الأخبار المحلية أن المجلس سيجتمع غدا. وأضافت الصحيفة أن القرار سيصدر قريبا."),
            "I[المجلس سيجتمع غدا]<صحيفة الأخبار المحلية | I[القرار سيصدر قريبا]<صحيفة الأخبار المحلية");
  // Trap: another noun (الوزارة) does not refer to the paper.
  EXPECT_EQ(Extract("وذكرت صحيفة الأخبار المحلية أن المجلس سيجتمع غدا. وقالت الوزارة إن القرار سيصدر قريبا."),
            "I[المجلس سيجتمع غدا]<صحيفة الأخبار المحلية | I[القرار سيصدر قريبا]<الوزارة");
  // Trap: a name the tagger found in the subject's words is its own speaker.
  EXPECT_EQ(Extract("وذكرت صحيفة الأخبار المحلية أن المجلس سيجتمع غدا. وأضافت الصحيفة الرياضية الكبرى أن القرار سيصدر قريبا.",
                    {{"الصحيفة الرياضية الكبرى", doc::EntityType::kOrganization, 3}}),
            "I[المجلس سيجتمع غدا]<صحيفة الأخبار المحلية | I[القرار سيصدر قريبا]<الصحيفة الرياضية الكبرى#3");
}

TEST(ExtractorSpeakerReferenceTest, Round13DefiniteNounWithAnAdjectiveStays) {
  // Trap: an adjective after the noun may name another party (الرئيس التركي is not the earlier
  // رئيس مكتب الاتصالات).
  EXPECT_EQ(Extract("وقال رئيس مكتب الاتصالات إن الشبكة ستعود غدا. وقال الرئيس التركي إن بلاده سترد على القرار."),
            "I[الشبكة ستعود غدا]<رئيس مكتب الاتصالات | I[بلاده سترد على القرار]<الرئيس التركي");
}

TEST(ExtractorSpeakerReferenceTest, Round15StatementFromItsAuthor) {
  // بيان من + the author: the statement's words name the ministry, and a later وأضاف البيان
  // carries it.
  EXPECT_EQ(Extract("وأوضح بيان من وزارة الدفاع أن الجيش استرجع أسلحة. وأضاف البيان أن العملية متواصلة.",
                    {{"وزارة الدفاع", doc::EntityType::kOrganization, 5}}),
            "I[الجيش استرجع أسلحة]<بيان من وزارة الدفاع#5 | I[العملية متواصلة]<بيان من وزارة الدفاع#5");
  // Trap: not عن, which relays (نقل البيان عن X أن: X speaks) or says what a report is about.
  EXPECT_EQ(Extract("ونقل البيان عن كبير المسؤولين عن فرض القانون أن التحقيق متواصل."),
            "I[التحقيق متواصل]<كبير المسؤولين");
}

TEST(ExtractorSpeakerReferenceTest, Round15StatementNamedWithItsSpeaker) {
  // قالت فيه after "في بيان" right after a speaker's words: that speaker's statement, not the
  // person its content names.
  EXPECT_EQ(Extract("وأكدت إدارة النادي في بيان لها أن توقيعها مع سامي العلي صحيح، وقالت فيه \"تود الإدارة "
                    "توضيح موقف اللاعب\".",
                    {{"إدارة النادي", doc::EntityType::kOrganization, 3}, {"سامي العلي", doc::EntityType::kPerson, 7}}),
            "I[توقيعها مع سامي العلي صحيح]<إدارة النادي#3 | D[تود الإدارة توضيح موقف اللاعب]<إدارة النادي#3");
  // Trap: a statement named after other words is that other party's (قال X إن ...، مما دفع Y
  // للرد في تغريدة، قال فيها ...).
  EXPECT_EQ(Extract("قال الزعيم إن لديه زرا نوويا، مما دفع ترامب للرد في تغريدة، قال فيها إن الزر الأميركي أكبر.",
                    {{"الزعيم", doc::EntityType::kPerson, 4, doc::MentionKind::kTitle},
                     {"ترامب", doc::EntityType::kPerson, 6}}),
            "I[لديه زرا نوويا، مما دفع ترامب للرد في تغريدة]<الزعيم#4 | I[الزر الأميركي أكبر]<ترامب#6");
}

TEST(ExtractorSpeakerReferenceTest, Round16StatementWithAdjectiveRefersBack) {
  // A definite statement noun with its adjective (التصريح المقتضب) is the statement already
  // introduced: its author speaks.
  EXPECT_EQ(Extract("وتبين بحسب تصريح صادر عن مديرية الأمن العام أن المتهم مختل عقليا. وأشار التصريح "
                    "المقتضب إلى أن الأمن سيتخذ كافة الإجراءات.",
                    {{"مديرية الأمن العام", doc::EntityType::kOrganization, 3}}),
            "I[المتهم مختل عقليا]<تصريح صادر عن مديرية الأمن العام#3 | "
            "I[الأمن سيتخذ كافة الإجراءات]<تصريح صادر عن مديرية الأمن العام#3");
  // Trap: a nisba adjective may name another party's statement (التقرير الأممي): not carried.
  EXPECT_EQ(Extract("وتبين بحسب تصريح صادر عن مديرية الأمن العام أن المتهم مختل عقليا. وأشار التقرير "
                    "الأممي إلى أن الأمن سيتخذ كافة الإجراءات.",
                    {{"مديرية الأمن العام", doc::EntityType::kOrganization, 3}}),
            "I[المتهم مختل عقليا]<تصريح صادر عن مديرية الأمن العام#3 | I[الأمن سيتخذ كافة الإجراءات]<التقرير الأممي");
}

TEST(ExtractorSpeakerReferenceTest, Round17BareTitleRefersToTheNamedPerson) {
  // A title right after a name, after a plain speech verb, introduces that person; the same
  // title alone later is him.
  EXPECT_EQ(Extract("وقال سامي العلي المتحدث باسم الجيش إن القوات تتقدم. وكشف المتحدث باسم الجيش، أن القوات "
                    "أسرت العشرات.",
                    {{"سامي العلي", kPer, 7},
                     {"المتحدث باسم الجيش", kPer, 0, kTitle},
                     {"المتحدث باسم الجيش", kPer, 0, kTitle}}),
            "I[القوات تتقدم]<سامي العلي المتحدث باسم الجيش#7 | I[القوات أسرت العشرات]<سامي العلي#7");
  // A title, plain words and a comma, then the name; later fewer words of the same title.
  EXPECT_EQ(Extract("التقى المدير العام للمركز الوطني للسينما والصورة، سامي العلي، وفدا فرنسيا. وقال مدير المركز "
                    "الوطني إن التعاون قديم.",
                    {{"المدير العام للمركز الوطني", kPer, 0, kTitle},
                     {"سامي العلي", kPer, 7},
                     {"مدير المركز الوطني", kPer, 0, kTitle}}),
            "I[التعاون قديم]<سامي العلي#7");
  // Two ministers: the nearest before the bare title (not round 13's earlier speaker whose words
  // open with the same noun).
  EXPECT_EQ(Extract("وقال وزير الداخلية سامي العلي إن الحدود مغلقة. وقال رامي الحسن وزير الخارجية إن الحوار "
                    "مستمر. وأضاف الوزير أن الاجتماع مهم.",
                    {{"وزير الداخلية", kPer, 0, kTitle},
                     {"سامي العلي", kPer, 7},
                     {"رامي الحسن", kPer, 8},
                     {"وزير الخارجية", kPer, 0, kTitle},
                     {"الوزير", kPer, 0, kTitle}}),
            "I[الحدود مغلقة]<وزير الداخلية سامي العلي#7 | I[الحوار مستمر]<رامي الحسن وزير الخارجية#8 | "
            "I[الاجتماع مهم]<رامي الحسن#8");
  // Trap: after a verb that is no speech verb, a title after a name is the verb's object.
  EXPECT_EQ(Extract("والتقى سامي العلي الرئيس الصيني في بكين. وقال الرئيس الصيني إن العلاقات جيدة.",
                    {{"سامي العلي", kPer, 7}, {"الرئيس الصيني", kPer, 0, kTitle}, {"الرئيس الصيني", kPer, 0, kTitle}}),
            "I[العلاقات جيدة]<الرئيس الصيني");
  // Trap: nor after a speech verb that takes a person as its object (دعا X Y إلى).
  EXPECT_EQ(Extract("ودعا سامي العلي الوزير إلى الاستقالة من منصبه فورا. وقال الوزير إن الاستقالة غير واردة.",
                    {{"سامي العلي", kPer, 7}, {"الوزير", kPer, 0, kTitle}, {"الوزير", kPer, 0, kTitle}}),
            "I[الاستقالة من منصبه فورا]<سامي العلي الوزير#7 | I[الاستقالة غير واردة]<الوزير");
  // Trap: the name right after a title "on behalf of" someone is that someone's (as in a dev
  // article: متحدث باسم رئيس كوريا الجنوبية مون), not the spokesman's.
  EXPECT_EQ(Extract("والتقى متحدث باسم رئيس الوزراء سامي العلي الصحفيين. وأوضح المتحدث أن الموعد لم يحدد.",
                    {{"متحدث باسم رئيس الوزراء", kPer, 0, kTitle},
                     {"سامي العلي", kPer, 7},
                     {"المتحدث", kPer, 0, kTitle}}),
            "I[الموعد لم يحدد]<المتحدث");
  // A plain word between a title of the name's own and the name (العقيد الركن).
  EXPECT_EQ(Extract("بحسب ما أعلن العقيد الركن سامي العلي المتحدث باسم المقاومة. وكشف المتحدث باسم المقاومة، أن "
                    "القوات أسرت العشرات.",
                    {{"العقيد", kPer, 0, kTitle},
                     {"سامي العلي", kPer, 7},
                     {"المتحدث", kPer, 0, kTitle},
                     {"المتحدث", kPer, 0, kTitle}}),
            "I[القوات أسرت العشرات]<سامي العلي#7");
  // Trap: a title with a word the earlier one lacks is another person's.
  EXPECT_EQ(Extract("وقال سامي العلي المتحدث باسم الجيش إن القوات تتقدم. وقال المتحدث باسم الشرطة إن الطرق "
                    "مغلقة.",
                    {{"سامي العلي", kPer, 7},
                     {"المتحدث باسم الجيش", kPer, 0, kTitle},
                     {"المتحدث باسم الشرطة", kPer, 0, kTitle}}),
            "I[القوات تتقدم]<سامي العلي المتحدث باسم الجيش#7 | I[الطرق مغلقة]<المتحدث باسم الشرطة");
}

TEST(ExtractorSpeakerReferenceTest, Round18VerbWithNoContentInsideReportedContent) {
  // تحدثت مع (no content of its own) inside the minister's reported clause is an act it reports:
  // the participle after it is still the minister's.
  EXPECT_EQ(Extract("أعلنت الوزيرة أن بلادها تحدثت مع الحكومة بشأن الخلاف، مشيرة إلى أن الحل دبلوماسي."),
            "I[بلادها تحدثت مع الحكومة بشأن الخلاف]<الوزيرة | I[الحل دبلوماسي]<الوزيرة");
  // Trap: outside any reported content, such a verb's subject still speaks in the participle.
  EXPECT_EQ(Extract("وردت الوزارة على الاتهامات قائلة إن التقرير غير دقيق."), "I[التقرير غير دقيق]<الوزارة");
  // Trap: a person the tagger named inside the content still speaks on (a relayed speaker).
  EXPECT_EQ(Extract("وأشار المراسل في السياق ذاته إلى أن نائب رئيس المجلس سامي العلي أكد للوفد ترحاب بلاده بعودة "
                    "العلاقات وأبدى استعداده للتعاون الثنائي لمكافحة الإرهاب.",
                    {{"سامي العلي", doc::EntityType::kPerson, 7}}),
            "I[نائب رئيس المجلس سامي العلي أكد للوفد ترحاب بلاده بعودة العلاقات]<المراسل | "
            "I[استعداده للتعاون الثنائي لمكافحة الإرهاب]<نائب رئيس المجلس سامي العلي#7");
}

TEST(ExtractorSpeakerReferenceTest, Round21HonorificPronounIsTheTitledPerson) {
  // وقال سموه: the person named with an honorific before it, not a person named after him
  // without one (the king he wrote to).
  EXPECT_EQ(Extract("رفع صاحب السمو الملكي الأمير فهد بن سالم التهنئة للملك سامي العلي. وقال سموه إن المشروع مهم.",
                    {{"فهد بن سالم", kPer, 7}, {"سامي العلي", kPer, 8}}),
            "I[المشروع مهم]<فهد بن سالم#7");
  // Trap: a minister (معالي) named after the prince is not "سموه"; "معاليه" is the minister.
  EXPECT_EQ(Extract("زار صاحب السمو الأمير فهد بن سالم المستشفى يرافقه معالي الوزير خالد العمر. وقال سموه إن "
                    "المشروع مهم. وأكد معاليه أن العمل مستمر.",
                    {{"فهد بن سالم", kPer, 7}, {"خالد العمر", kPer, 9}}),
            "I[المشروع مهم]<فهد بن سالم#7 | I[العمل مستمر]<خالد العمر#9");
  // Trap: with no one named with an honorific, the word stays (no guess at سامي العلي).
  EXPECT_EQ(Extract("والتقى الوزير سامي العلي الوفد. وقال سموه إن المشروع مهم.", {{"سامي العلي", kPer, 8}}),
            "I[المشروع مهم]<سموه");
  // Two ministers titled معالي: "معاليه" is the one who has been speaking, not the guest named
  // after him at his press conference.
  EXPECT_EQ(Extract("أكد معالي وزير الخارجية خالد العمر أن العلاقات جيدة. وقال العمر في مؤتمر صحفي عقده مع معالي "
                    "وزير الخارجية الألماني سامي العلي في برلين اليوم إنه يجب تغيير السياسة. وشدد معاليه على "
                    "حرص المملكة على السلامة، مشيرا إلى أن التدخل كان بطلب من الحكومة.",
                    {{"خالد العمر", kPer, 9}, {"سامي العلي", kPer, 8}}),
            // Round 27: the untagged "العمر" is the surname of the name before it.
            "I[العلاقات جيدة]<معالي وزير الخارجية خالد العمر#9 | I[يجب تغيير السياسة]<خالد العمر#9 | "
            "I[حرص المملكة على السلامة]<خالد العمر#9 | I[التدخل كان بطلب من الحكومة]<خالد العمر#9");
  // The same without entity ids, as inside the ingest (the entities stage links them later):
  // "وقال العمر" names the titled خالد العمر by its last word.
  EXPECT_EQ(Extract("أكد معالي وزير الخارجية خالد العمر أن العلاقات جيدة. وقال العمر في مؤتمر صحفي عقده مع معالي "
                    "وزير الخارجية الألماني سامي العلي في برلين اليوم إنه يجب تغيير السياسة. وشدد معاليه على "
                    "حرص المملكة على السلامة.",
                    {{"خالد العمر", kPer, 0}, {"سامي العلي", kPer, 0}}),
            "I[العلاقات جيدة]<معالي وزير الخارجية خالد العمر | I[يجب تغيير السياسة]<خالد العمر | "
            "I[حرص المملكة على السلامة]<خالد العمر");
}

TEST(ExtractorSpeakerReferenceTest, Round21StatementNounSpeaksForItsAuthor) {
  // وذكر بالبيان، وأضاف البيان after a statement that quoted nothing: its author speaks.
  EXPECT_EQ(Extract("بحث الوزير الأمر مع نظيره، وفقا لبيان لوزارة الخارجية. وذكر بالبيان بأن الطرفين اتفقا على "
                    "التعاون. وأضاف البيان أن اللجنة ستجتمع قريبا.",
                    {{"وزارة الخارجية", kOrg, 5}}),
            "I[الطرفين اتفقا على التعاون]<وزارة الخارجية#5 | I[اللجنة ستجتمع قريبا]<وزارة الخارجية#5");
  // Trap: with no author named for the statement, the noun stays.
  EXPECT_EQ(Extract("وأضاف البيان أن اللجنة ستجتمع قريبا."), "I[اللجنة ستجتمع قريبا]<البيان");
  // Trap: the outlet that got the statement (بيان وصل لموقع الشروق) is not its author.
  EXPECT_EQ(Extract("جاء ذلك في بيان وصل لموقع الشروق نسخة منه. وأضاف البيان أن اللجنة ستجتمع قريبا.",
                    {{"الشروق", kOrg, 6}}),
            "I[اللجنة ستجتمع قريبا]<البيان");
}

TEST(ExtractorSpeakerReferenceTest, Round24StatementAnOutletPublished) {
  // The agency published the statement; it is not its author.
  EXPECT_EQ(Extract("وقال بيان نشرته وكالة الأنباء الرسمية إن المحادثات مستمرة.",
                    {{"وكالة الأنباء الرسمية", kOrg, 5}}),
            "I[المحادثات مستمرة]<بيان");
  EXPECT_EQ(Extract("وذكر بيان نقلته الوكالة أن المحادثات مستمرة."), "I[المحادثات مستمرة]<بيان");
  // Trap: the ministry publishing its own statement is its author.
  EXPECT_EQ(Extract("وقال بيان نشرته الوزارة إن المحادثات مستمرة.", {{"الوزارة", kOrg, 5}}),
            "I[المحادثات مستمرة]<بيان نشرته الوزارة#5");
  // Trap: a report a paper published is the paper's own.
  EXPECT_EQ(Extract("وقال تقرير نشرته صحيفة الأخبار إن المحادثات مستمرة.", {{"صحيفة الأخبار", kOrg, 5}}),
            "I[المحادثات مستمرة]<تقرير نشرته صحيفة الأخبار#5");
}

TEST(ExtractorSpeakerReferenceTest, Round22JointSubjectIsTwo) {
  // Two persons joined by و: the dual verb after them and a dual title noun are theirs, not
  // the singular speaker before.
  EXPECT_EQ(Extract("وحذر سامي العلي من أن الأزمة ستستمر. ورأى وزير الداخلية رامي الحسن ونظيرته هدى الزين في "
                    "بيان مشترك أن الإجراءات توجه رسالة، وأضافا أن الحدود آمنة. وتابع وزيرا الداخلية في "
                    "بيانهما أن الأزمة تتطلب ردا دوليا.",
                    {{"سامي العلي", kPer, 7}, {"رامي الحسن", kPer, 8}, {"هدى الزين", kPer, 9}}),
            "I[الأزمة ستستمر]<سامي العلي#7 | I[الإجراءات توجه رسالة]<وزير الداخلية رامي الحسن ونظيرته هدى "
            "الزين#9 | I[الحدود آمنة]<وزير الداخلية رامي الحسن ونظيرته هدى الزين#9 | I[الأزمة تتطلب ردا "
            "دوليا]<وزير الداخلية رامي الحسن ونظيرته هدى الزين#9");
  // A singular verb with no subject after them still carries them (the first conjunct's words),
  // not the singular speaker before.
  EXPECT_EQ(Extract("وحذر سامي العلي من أن الأزمة ستستمر. ورأى وزير الداخلية رامي الحسن ونظيرته هدى الزين أن "
                    "الإجراءات توجه رسالة. وقال إن الحدود آمنة.",
                    {{"سامي العلي", kPer, 7}, {"رامي الحسن", kPer, 8}, {"هدى الزين", kPer, 9}}),
            "I[الأزمة ستستمر]<سامي العلي#7 | I[الإجراءات توجه رسالة]<وزير الداخلية رامي الحسن ونظيرته هدى "
            "الزين#9 | I[الحدود آمنة]<وزير الداخلية رامي الحسن ونظيرته هدى الزين#9");
  // Trap: a name inside an organisation's name, a و-word of that name, a comma and the
  // spokesman's name: one speaker, who goes on in the singular.
  EXPECT_EQ(Extract("وأوضح المتحدث باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية، رامي الحسن، أن الرحلة "
                    "خصصت للأدوية. وأفاد بأن المواد تزن 12 طنا.",
                    {{"مركز الملك سلمان للإغاثة", kOrg, 5}, {"سلمان", kPer, 7}, {"رامي الحسن", kPer, 8}}),
            "I[الرحلة خصصت للأدوية]<المتحدث باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية، رامي الحسن#8 | "
            "I[المواد تزن 12 طنا]<المتحدث باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية، رامي الحسن#8");
}

TEST(ExtractorSpeakerReferenceTest, Round22StatementWithAPossessiveAfterFi) {
  // في تقريره: the report of the party named before في speaks on as "التقرير".
  EXPECT_EQ(Extract("وقال بنك الكويت الوطني في تقريره الأسبوعي، إن الأسعار سترتفع. وأوضح التقرير أن السوق "
                    "مستقر.",
                    {{"بنك الكويت الوطني", kOrg, 5}}),
            "I[الأسعار سترتفع]<بنك الكويت الوطني#5 | I[السوق مستقر]<بنك الكويت الوطني#5");
  // Trap: not after في (a report the paper read is not the paper's own).
  EXPECT_EQ(Extract("واطلعت صحيفة الوطن على تقريرها السنوي. وأوضح التقرير أن السوق مستقر.",
                    {{"صحيفة الوطن", kOrg, 5}}),
            "I[السوق مستقر]<التقرير");
}

TEST(ExtractorSpeakerReferenceTest, PluralVerbCarriesABrokenPluralSubject) {
  // وقال الخبراء إن ... وأكدوا أن ...: the singular verb before الخبراء says nothing of its
  // number, so the plural verb after carries it (construct plurals too: منظمو).
  EXPECT_EQ(Extract("وقال الخبراء إن الوضع صعب. وأكدوا أن الحكومة مسؤولة."),
            "I[الوضع صعب]<الخبراء | I[الحكومة مسؤولة]<الخبراء");
  EXPECT_EQ(Extract("وقال منظمو البطولة إن الملعب جاهز. وأضافوا أن التذاكر نفدت."),
            "I[الملعب جاهز]<منظمو البطولة | I[التذاكر نفدت]<منظمو البطولة");
  // Trap: a singular subject is not carried by a plural verb.
  EXPECT_EQ(Extract("وقال الوزير إن الوضع صعب. وأكدوا أن الحكومة مسؤولة."),
            "I[الوضع صعب]<الوزير | I[الحكومة مسؤولة]<-");
}

TEST(ExtractorSpeakerReferenceTest, Round26NamedSubjectOfAVerbBeforeACoordinatedSpeechVerb) {
  // "وحاولت X تبرئة ساحتها وقالت إنها": the name after the sentence's first verb is the subject
  // the coordinated speech verb shares, not the previous speaker (nor none, when it disagrees).
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. وحاولت شركة أبل تبرئة ساحتها وقالت إنها اشترت المعلومات.",
                    {{"شركة أبل", kOrg, 5}}),
            "I[الوضع مستقر]<الوزير | I[اشترت المعلومات]<شركة أبل#5");
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. وانتقد سامي العلي القرار وقال إنه خاطئ تماما.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع مستقر]<الوزير | I[خاطئ تماما]<سامي العلي#7");
  // Trap: a heading that names no one before a coordinated verb is still no subject.
  EXPECT_EQ(Extract("وقال الوزير إن الاقتصاد ينمو.\nنتائج إيجابية وتابع \"الاستثمار يتزايد كل عام\"."),
            "I[الاقتصاد ينمو]<الوزير | D[الاستثمار يتزايد كل عام]<الوزير");
}

TEST(ExtractorSpeakerReferenceTest, Round26SentenceOpenedByAlsoOrBut) {
  // كما/لكن before the sentence's clause: the person named after its verb (or before it) is the
  // subject a participle or a coordinated speech verb takes, not the previous speaker.
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. لكن سامي العلي شكك في ذلك، معتبرا أن الحل بعيد.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع مستقر]<الوزير | I[الحل بعيد]<سامي العلي#7");
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. كما انتقد سامي العلي القرار وقال إنه خاطئ تماما.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع مستقر]<الوزير | I[خاطئ تماما]<سامي العلي#7");
  // Trap: the words after the verb are its object: the previous speaker goes on.
  EXPECT_EQ(Extract("وقال الوزير إن الاتفاق قريب. كما توجه باتهامات خطيرة للحكومة، معتبرا أن الفساد منتشر."),
            "I[الاتفاق قريب]<الوزير | I[الفساد منتشر]<الوزير");
  // Trap: a definite noun that names no one is no subject.
  EXPECT_EQ(Extract("وقال الوزير إن الاتفاق قريب. لكن الغريب في الأمر تأخر التوقيع، معتبرا أن الأسباب مجهولة."),
            "I[الاتفاق قريب]<الوزير | I[الأسباب مجهولة]<الوزير");
}

TEST(ExtractorSpeakerReferenceTest, Round26FrontedPhraseBeforeTheClause) {
  // A short fronted phrase that opens with a preposition and ends at a comma: the clause after it
  // is the sentence's, and the person named there the participle's subject.
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. وفي سياق متصل، انتقد سامي العلي القرار، معتبرا أنه خاطئ تماما.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع مستقر]<الوزير | I[خاطئ تماما]<سامي العلي#7");
  // Trap: after the phrase, words that name no one are no subject: the previous speaker goes on.
  EXPECT_EQ(Extract("وقال الوزير إن الاتفاق قريب. وفي المقابل، تأخر التوقيع أسبوعا، معتبرا أن الأسباب مجهولة."),
            "I[الاتفاق قريب]<الوزير | I[الأسباب مجهولة]<الوزير");
}

TEST(ExtractorSpeakerReferenceTest, Round27GuestByRole) {
  // A guest named by role only is the person the article introduced: the first person named,
  // when no one has spoken by name yet ...
  EXPECT_EQ(Extract("زار النائب سامي العلي دمشق أمس.\nوقال ضيف \"المنتدى\" إن الوضع صعب.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع صعب]<سامي العلي#7");
  // ... else the last person who spoke by name.
  EXPECT_EQ(Extract("قال رامي الحسن إن الطقس بارد. وأكد خالد سعيد أن الموسم جيد. وأضاف ضيف البرنامج أن الفريق قوي.",
                    {{"رامي الحسن", kPer, 3}, {"خالد سعيد", kPer, 7}}),
            "I[الطقس بارد]<رامي الحسن#3 | I[الموسم جيد]<خالد سعيد#7 | I[الفريق قوي]<خالد سعيد#7");
  // Trap: a guest with a name of its own keeps it.
  EXPECT_EQ(Extract("زار سامي العلي دمشق. وقال ضيف البرنامج رامي الحسن إن الوضع صعب.",
                    {{"سامي العلي", kPer, 7}, {"رامي الحسن", kPer, 3}}),
            "I[الوضع صعب]<ضيف البرنامج رامي الحسن#3");
  // Trap: with no person before it, the role stays the speaker.
  EXPECT_EQ(Extract("وقال ضيف البرنامج إن الوضع صعب."), "I[الوضع صعب]<ضيف البرنامج");
}

TEST(ExtractorSpeakerReferenceTest, Round27SurnameOfANamedPerson) {
  // A bare definite word that ended a person's name earlier is that person, even when the
  // tagger reads it as the movement of the same name.
  // (The first spelling has a kasra, so that the second mention is found after it.)
  EXPECT_EQ(Extract("التقى زعيم الجماعة عبد الملك الحوثِي وفدا. وقال الحوثي إن المعركة مستمرة.",
                    {{"عبد الملك الحوثِي", kPer, 7}, {"الحوثي", kOrg, 9}}),
            "I[المعركة مستمرة]<عبد الملك الحوثِي#7");
  // Trap: with no such name before it, the word is the speaker as it stands.
  EXPECT_EQ(Extract("التقى الرئيس وفدا. وقال الحوثي إن المعركة مستمرة.", {{"الحوثي", kOrg, 9}}),
            "I[المعركة مستمرة]<الحوثي#9");
  // A word the tagger read as a person linked to the name's entity takes the full name ...
  EXPECT_EQ(Extract("التقى سامي العلِي وفدا. وقال العلي إن المعركة مستمرة.",
                    {{"سامي العلِي", kPer, 7}, {"العلي", kPer, 7}}),
            "I[المعركة مستمرة]<سامي العلِي#7");
  // Trap: ... but not when linked to another entity (a tagger's name "خطاب العلي", the speech
  // of al-Ali) ...
  EXPECT_EQ(Extract("التقى خطاب العلِي وفدا. وقال العلي إن المعركة مستمرة.",
                    {{"خطاب العلِي", kPer, 7}, {"العلي", kPer, 8}}),
            "I[المعركة مستمرة]<العلي#8");
  // Trap: ... nor when not linked at all.
  EXPECT_EQ(Extract("التقى خطاب العلِي وفدا. وقال العلي إن المعركة مستمرة.",
                    {{"خطاب العلِي", kPer, 7}, {"العلي", kPer, 0}}),
            "I[المعركة مستمرة]<العلي");
  // Trap: a name that ends with another word does not bind it.
  EXPECT_EQ(Extract("التقى عبد الملك العلي وفدا. وقال الحوثي إن المعركة مستمرة.",
                    {{"عبد الملك العلي", kPer, 7}, {"الحوثي", kOrg, 9}}),
            "I[المعركة مستمرة]<الحوثي#9");
}

TEST(ExtractorSpeakerReferenceTest, Round28MediaOfficeForItsOwner) {
  // A media office named bare is the office named before with its owner: the person in
  // apposition after its ل-word ...
  EXPECT_EQ(Extract("وقال المكتب الإعلامي لرئيس اللجنة، سامي العلي، إن الوضع سيء. وأضاف المكتب الإعلامي أن "
                    "الحل قريب.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع سيء]<المكتب الإعلامي لرئيس اللجنة، سامي العلي#7 | "
            "I[الحل قريب]<المكتب الإعلامي لرئيس اللجنة، سامي العلي#7");
  // ... and a statement of the bare office (a later وأضاف البيان carries it).
  EXPECT_EQ(Extract("ونقل المكتب الإعلامي لرئيس اللجنة، سامي العلي، الخبر. وذكر بيان المكتب الإعلامي أن الحل "
                    "قريب. وأضاف البيان أن الوضع سيء.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الحل قريب]<المكتب الإعلامي لرئيس اللجنة، سامي العلي#7 | "
            "I[الوضع سيء]<المكتب الإعلامي لرئيس اللجنة، سامي العلي#7");
  // An organisation after في, at the office's own mention too, when the tagger found the office
  // as a title (its words then stop before في).
  EXPECT_EQ(Extract("وقال المركز الإعلامي في مديرية الأمن العام إن الطريق مغلق.",
                    {{"المركز الإعلامي", kOrg, 0, doc::MentionKind::kTitle}, {"مديرية الأمن العام", kOrg, 3}}),
            "I[الطريق مغلق]<المركز الإعلامي في مديرية الأمن العام#3");
  // Trap: an office never named with its owner stays as it is.
  EXPECT_EQ(Extract("والتقى سامي العلي الوفد. وقال المكتب الإعلامي إن الوضع سيء.", {{"سامي العلي", kPer, 7}}),
            "I[الوضع سيء]<المكتب الإعلامي");
  // Trap: nor is a name after an addressee the office's owner (قال المكتب الإعلامي للصحفيين).
  EXPECT_EQ(Extract("وقال المكتب الإعلامي للصحفيين، سامي العلي، الخبر. وأضاف المكتب الإعلامي أن الحل قريب.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الحل قريب]<المكتب الإعلامي");
}

TEST(ExtractorSpeakerReferenceTest, Round30RelayWithAPhraseBeforeFrom) {
  // A relaying medium with a في-phrase before عن: the person relayed is the speaker, and is
  // carried to the وأضاف after it.
  EXPECT_EQ(Extract("ونقلت وسائل إعلام روسية في وقت سابق عن فلاديمير إيرماكوف قوله إن الحوار ممكن مع واشنطن. "
                    "وأضاف أن \"هناك أشخاصا يمكن الحديث معهم\".",
                    {{"فلاديمير إيرماكوف", kPer, 5}}),
            "I[الحوار ممكن مع واشنطن]<فلاديمير إيرماكوف#5 | D[هناك أشخاصا يمكن الحديث معهم]<فلاديمير إيرماكوف#5");
  EXPECT_EQ(Extract("ونقلت الوزارة في بيان عن الوزير سامي العلي قوله إن المحادثات مثمرة وبناءة.",
                    {{"الوزارة", kOrg, 3}, {"سامي العلي", kPer, 7}}),
            "I[المحادثات مثمرة وبناءة]<الوزير سامي العلي#7");
  // Trap: a في-phrase with a quote in it is not passed over (the outlet keeps the quote).
  EXPECT_EQ(Extract("ونقلت الوكالة في \"تقرير خاص\" عن الوزير أن المحادثات مثمرة وبناءة."),
            "I[المحادثات مثمرة وبناءة]<الوكالة");
}

TEST(ExtractorSpeakerReferenceTest, Round30NamedSubjectOfTheSentenceBefore) {
  // A subjectless speech verb after a sentence whose subject is a person (its verb no speech
  // verb): that person, not the speaker of the paragraph before.
  EXPECT_EQ(Extract("وقال الشرطي كرافت إن الرجل مات.\nوانتقل حاكم الولاية بوبي جيندال إلى المدينة. "
                    "وقال في مؤتمر صحفي: \"ينتابنا الغضب والحزن\".",
                    {{"كرافت", kPer, 3}, {"بوبي جيندال", kPer, 4}}),
            "I[الرجل مات]<الشرطي كرافت#3 | D[ينتابنا الغضب والحزن]<بوبي جيندال#4");
  // Trap: a name right after the verb is its subject, a person after it the object.
  EXPECT_EQ(Extract("وقال الشرطي كرافت إن الرجل مات.\nوتتهم أنقرة غولن بالمسؤولية عن الحادث. "
                    "وقال في مؤتمر صحفي: \"ينتابنا الغضب والحزن\".",
                    {{"كرافت", kPer, 3}, {"أنقرة", kLoc, 5}, {"غولن", kPer, 6}}),
            "I[الرجل مات]<الشرطي كرافت#3 | D[ينتابنا الغضب والحزن]<الشرطي كرافت#3");
  // Trap: a sentence that quotes someone is no narrative; the carry stays with its speaker.
  EXPECT_EQ(Extract("وقال الشرطي كرافت إن الرجل مات. وأوضح الطبيب سامي العلي أن الجرحى كثر. "
                    "وأضاف: \"نحتاج إلى دم\".",
                    {{"كرافت", kPer, 3}, {"سامي العلي", kPer, 7}}),
            "I[الرجل مات]<الشرطي كرافت#3 | I[الجرحى كثر]<الطبيب سامي العلي#7 | D[نحتاج إلى دم]<الطبيب سامي العلي#7");
}

TEST(ExtractorSpeakerReferenceTest, Round33RelayOutletNameRunsToItsLamWord) {
  // نقلت وكالة X للأنباء عن Y: the لل-word is the outlet's, and Y speaks (before, the agency).
  EXPECT_EQ(Extract("ونقلت وكالة فارس للأنباء عن الوزير سامي العلي قوله إن المحادثات مثمرة وبناءة.",
                    {{"وكالة فارس", kOrg, 2}, {"سامي العلي", kPer, 7}}),
            "I[المحادثات مثمرة وبناءة]<الوزير سامي العلي#7");
  // ... عنه: the one the pronoun refers to, the speaker before.
  EXPECT_EQ(Extract("وقال الوزير سامي العلي إن الاجتماع سيعقد غدا.\n"
                    "ونقلت الوكالة الإيرانية للأنباء عنه قوله \"سنبحث كل الملفات المطروحة\".",
                    {{"سامي العلي", kPer, 7}}),
            "I[الاجتماع سيعقد غدا]<الوزير سامي العلي#7 | D[سنبحث كل الملفات المطروحة]<الوزير سامي العلي#7");
  // Traps: an agency that is itself the speaker keeps its words, with its لل-word.
  EXPECT_EQ(Extract("وقالت وكالة فارس للأنباء إن الهجوم أوقع عشرة قتلى.", {{"وكالة فارس", kOrg, 2}}),
            "I[الهجوم أوقع عشرة قتلى]<وكالة فارس#2");
  EXPECT_EQ(Extract("وذكرت وكالة فارس للأنباء أن الهجوم أوقع عشرة قتلى.", {{"وكالة فارس", kOrg, 2}}),
            "I[الهجوم أوقع عشرة قتلى]<وكالة فارس#2");
}

TEST(ExtractorSpeakerReferenceTest, Round33RelayPronounAfterAnOutletsReportOnAPerson) {
  // عنه after an outlet's report about a person: that person, not the last speaker that agrees.
  EXPECT_EQ(Extract("وقال الوزير جون سميث إن الحوار ممكن. وذكرت وسائل إعلام رسمية أن الوزير سامي العلي وصل "
                    "إلى دمشق. ونقلت وكالة فارس عنه قوله \"يجب الحفاظ على وحدة البلاد\".",
                    {{"جون سميث", kPer, 3}, {"سامي العلي", kPer, 7}}),
            "I[الحوار ممكن]<الوزير جون سميث#3 | I[الوزير سامي العلي وصل إلى دمشق]<وسائل إعلام رسمية | "
            "D[يجب الحفاظ على وحدة البلاد]<سامي العلي#7");
  // Traps: a report that names no person, or a speaker since the report: the carried speaker.
  EXPECT_EQ(Extract("وقال الوزير جون سميث إن الحوار ممكن. وذكرت وسائل إعلام رسمية أن الاجتماع سيعقد في "
                    "دمشق. ونقلت وكالة فارس عنه قوله \"يجب الحفاظ على وحدة البلاد\".",
                    {{"جون سميث", kPer, 3}}),
            "I[الحوار ممكن]<الوزير جون سميث#3 | I[الاجتماع سيعقد في دمشق]<وسائل إعلام رسمية | "
            "D[يجب الحفاظ على وحدة البلاد]<الوزير جون سميث#3");
  EXPECT_EQ(Extract("وذكرت وسائل إعلام رسمية أن الوزير سامي العلي وصل إلى دمشق. وقال الوزير جون سميث إن "
                    "الحوار ممكن. ونقلت وكالة فارس عنه قوله \"يجب الحفاظ على وحدة البلاد\".",
                    {{"سامي العلي", kPer, 7}, {"جون سميث", kPer, 3}}),
            "I[الوزير سامي العلي وصل إلى دمشق]<وسائل إعلام رسمية | I[الحوار ممكن]<الوزير جون سميث#3 | "
            "D[يجب الحفاظ على وحدة البلاد]<الوزير جون سميث#3");
}

TEST(ExtractorSpeakerReferenceTest, Round33OutletReportsWhatAPersonAskedOrTold) {
  // An outlet reports a person's request or what the person told someone: the person speaks,
  // and the content is what follows أن.
  EXPECT_EQ(Extract("وأفادت وكالة فارس للأنباء بأن وزير الخارجية سامي العلي طلب من نظيره أن تواصل بلاده دعمها.",
                    {{"وكالة فارس", kOrg, 2}, {"سامي العلي", kPer, 7}}),
            "I[تواصل بلاده دعمها]<سامي العلي#7");
  EXPECT_EQ(Extract("وذكرت الوكالة الرسمية أن رئيس الوزراء سامي العلي التقى أيضا الوزير الاثنين وأبلغه أن البلاد "
                    "ستبدأ إعادة الإعمار.",
                    {{"سامي العلي", kPer, 7}}),
            "I[البلاد ستبدأ إعادة الإعمار]<سامي العلي#7");
  // Traps: "ذكرت وكالة فارس أن" with no person keeps its words; a person who only met someone
  // is what the outlet reports; a speaker that is no outlet keeps the words it reports.
  EXPECT_EQ(Extract("وذكرت وكالة فارس أن الحكومة طلبت من السكان أن يغادروا المنطقة.", {{"وكالة فارس", kOrg, 2}}),
            "I[الحكومة طلبت من السكان أن يغادروا المنطقة]<وكالة فارس#2");
  EXPECT_EQ(Extract("وذكرت الوكالة الرسمية أن رئيس الوزراء سامي العلي التقى الوزير الاثنين في دمشق.",
                    {{"سامي العلي", kPer, 7}}),
            "I[رئيس الوزراء سامي العلي التقى الوزير الاثنين في دمشق]<الوكالة الرسمية");
  // The person reported keeps the words; round 35's request with a named subject inside them
  // is a quote of its own as well (its held-out cases: a named person's request inside unnamed
  // sources' clause), unlike أكد there, which makes the outer verb a relay.
  EXPECT_EQ(Extract("وقال النائب جون سميث إن الوزير سامي العلي طلب من نظيره أن تواصل بلاده دعمها.",
                    {{"جون سميث", kPer, 3}, {"سامي العلي", kPer, 7}}),
            "I[الوزير سامي العلي طلب من نظيره أن تواصل بلاده دعمها]<النائب جون سميث#3 | "
            "I[تواصل بلاده دعمها]<الوزير سامي العلي#7");
}

TEST(ExtractorSpeakerReferenceTest, Round33FeminineVerbAfterARelayIsTheOutlets) {
  // ونقلت الوكالة عن بيان للجيش قوله ... وأضافت أن: the feminine verb agrees with the outlet, not
  // with the masculine statement relayed, nor with an older feminine speaker. The statement
  // speaks for its author (round 34: بيان للجيش → للجيش).
  EXPECT_EQ(Extract("وقالت الوزيرة هند العلي إن الوضع هادئ.\nونقلت الوكالة الرسمية للأنباء عن بيان للجيش قوله إن "
                    "دورية اشتبكت مع مسلحين. وأضافت أن الاشتباك أوقع قتيلين.",
                    {{"هند العلي", kPer, 7}}),
            "I[الوضع هادئ]<الوزيرة هند العلي#7 | I[دورية اشتبكت مع مسلحين]<للجيش | "
            "I[الاشتباك أوقع قتيلين]<الوكالة الرسمية للأنباء");
  // Traps: a masculine verb is the relayed speaker's; a person who relays (ونقلت النجمة عنه) is no
  // outlet, and the feminine verb after it carries her as before.
  EXPECT_EQ(Extract("ونقلت الوكالة الرسمية للأنباء عن الوزير سامي العلي قوله إن الحوار ممكن. وأضاف أن الوفد وصل.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الحوار ممكن]<الوزير سامي العلي#7 | I[الوفد وصل]<الوزير سامي العلي#7");
  EXPECT_EQ(Extract("وقالت الممثلة هند العلي إن السجين بريء.\nونقلت النجمة عنه قوله إنه لم يرتكب أي جريمة. "
                    "وأضافت أن القضية ظالمة.",
                    {{"هند العلي", kPer, 7}}),
            "I[السجين بريء]<الممثلة هند العلي#7 | I[لم يرتكب أي جريمة]<هند العلي#7 | "
            "I[القضية ظالمة]<الممثلة هند العلي#7");
}

TEST(ExtractorSpeakerReferenceTest, StatementAuthorOfFihaVerbSpeaksOn) {
  // The author found for "بيانا قال فيه" issued the statement: a later وتابع البيان is theirs.
  EXPECT_EQ(Extract("أصدر الجيش الإسرائيلي بيانا قال فيه إن الحكومة ستواصل الحوار مع جيرانها. وتابع البيان أن "
                    "\"المفاوضات ستستأنف الأسبوع المقبل في العاصمة\".",
                    {{"الجيش الإسرائيلي", doc::EntityType::kOrganization, 5}}),
            "I[الحكومة ستواصل الحوار مع جيرانها]<الجيش الإسرائيلي#5 | D[المفاوضات ستستأنف الأسبوع المقبل في "
            "العاصمة]<الجيش الإسرائيلي#5");
  // Not after جاء فيه: the document's text, whose author the sentence need not name.
  EXPECT_EQ(Extract("أصدر المعهد تقريرا جاء فيه أن العلاقات بين البلدين ليست جيدة. وأضاف التقرير أن "
                    "\"الخلافات تتعمق منذ سنوات طويلة\".",
                    {{"المعهد", doc::EntityType::kOrganization, 5}})
                .find("D[الخلافات تتعمق منذ سنوات طويلة]<المعهد"),
            std::string::npos);
}

TEST(ExtractorSpeakerReferenceTest, Round38StatementAuthorThroughItsOrganisation) {
  // The sentence's subject, a body the lexicon names (سفارة), published the statement فيه
  // refers to: it speaks, not the earlier speaker whose words share a word with it.
  EXPECT_EQ(Extract("وقالت سفيرة المملكة سلمى الحسن إن الزيارة ناجحة. وكانت سفارة المملكة بالمدينة قد نشرت أمس "
                    "بلاغا ذكرت فيه أن الإجراءات مؤقتة.",
                    {{"سلمى الحسن", doc::EntityType::kPerson, 1}}),
            "I[الزيارة ناجحة]<سفيرة المملكة سلمى الحسن#1 | I[الإجراءات مؤقتة]<سفارة المملكة");
  // An organisation the tagger named, remembered for the verb after it.
  EXPECT_EQ(Extract("أصدرت شركة النور اليوم بيانا أكدت فيه أنها ستفتح فرعا جديدا. وأضافت الشركة أن الأسعار لن ترتفع.",
                    {{"شركة النور", doc::EntityType::kOrganization, 4}}),
            "I[ستفتح فرعا جديدا]<شركة النور#4 | I[الأسعار لن ترتفع]<شركة النور#4");
  // Not when the verb does not agree with it: the statement's author through the older reading
  // (the statement noun), not this rule's organisation.
  EXPECT_EQ(Extract("وقال سامي العلي إن الزيارة ناجحة. ونشرت سفارة المملكة مقطعا قال فيه إن الإجراءات مؤقتة.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[الزيارة ناجحة]<سامي العلي#1 | I[الإجراءات مؤقتة]<سفارة المملكة مقطعا");
  // Not a subject whose head the lexicon does not name and the tagger did not find (the
  // earlier speaker whose words share one with it, as before).
  EXPECT_EQ(Extract("وقالت سفيرة المملكة سلمى الحسن إن الزيارة ناجحة. وكانت لجنة المملكة بالمدينة قد نشرت أمس "
                    "بلاغا ذكرت فيه أن الإجراءات مؤقتة.",
                    {{"سلمى الحسن", doc::EntityType::kPerson, 1}}),
            "I[الزيارة ناجحة]<سفيرة المملكة سلمى الحسن#1 | I[الإجراءات مؤقتة]<سفيرة المملكة سلمى الحسن#1");
}

TEST(ExtractorSpeakerReferenceTest, Round41CarriedVerbAfterTheContentsNamedSubject) {
  // The coordinated verb right after the content belongs to the person who opens it.
  EXPECT_EQ(Extract("وأوضح التلفزيون أن خالد الحسن وافق على الاقتراح وشدد على أنه \"يجب الإسراع في التنفيذ\".",
                    {{"خالد الحسن", kPer, 9}}),
            "I[خالد الحسن وافق على الاقتراح]<التلفزيون | D[يجب الإسراع في التنفيذ]<خالد الحسن#9");
  // A dual verb after two persons joined by و: the first speaks (the gold names one).
  EXPECT_EQ(Extract("وقال الاتحاد إن سامي العلي وخالد الحسن اعتذرا أيضا وأكدا أنهما لم يقصدا الإساءة لأحد.",
                    {{"سامي العلي", kPer, 7}, {"خالد الحسن", kPer, 9}}),
            "I[سامي العلي وخالد الحسن اعتذرا أيضا]<الاتحاد | I[لم يقصدا الإساءة لأحد]<سامي العلي#7");
  // Guards: the name does not open the content; a colon after the verb; a clause longer than
  // four words; له after the verb (the person spoken of).
  EXPECT_EQ(Extract("وأكد الوزير أن مدرب الفريق خالد الحسن وقف إلى جانبه وأضاف أن الفريق سيعود أقوى.",
                    {{"خالد الحسن", kPer, 9}}),
            "I[مدرب الفريق خالد الحسن وقف إلى جانبه]<الوزير | I[الفريق سيعود أقوى]<الوزير");
  EXPECT_EQ(Extract("واعترف الوزير بأن خالد الحسن لم يحضر الاجتماع وقال: \"سنعالج الأمر قريبا\".",
                    {{"خالد الحسن", kPer, 9}}),
            "I[خالد الحسن لم يحضر الاجتماع]<الوزير | D[سنعالج الأمر قريبا]<الوزير");
  EXPECT_EQ(Extract("وقال الوزير إن خالد الحسن لم يدرك الانقسامات التي تثيرها هذه السياسة وأشار إلى أن الحوار "
                    "ضروري.",
                    {{"خالد الحسن", kPer, 9}}),
            "I[خالد الحسن لم يدرك الانقسامات التي تثيرها هذه السياسة]<الوزير | I[الحوار ضروري]<الوزير");
  EXPECT_EQ(Extract("واعتبر الوزير أن خالد الحسن يتمتع بصوت جميل وتوقع له أن ينجح في المسابقة.",
                    {{"خالد الحسن", kPer, 9}}),
            "I[خالد الحسن يتمتع بصوت جميل]<الوزير | I[ينجح في المسابقة]<الوزير");
}

TEST(ExtractorSpeakerReferenceTest, NaqlanAnRelaysAfterAnySpeechVerb) {
  // ذكرت وسائل إعلام نقلا عن X أن ...: the media relay, X speaks (not only after نقل).
  EXPECT_EQ(Extract("وذكرت وسائل إعلام محلية ومواقع إلكترونية نقلا عن الرئيس سامي العلي أن الحكومة مهتمة بالأرخبيل.",
                    {{"سامي العلي", kPer, 8}}),
            "I[الحكومة مهتمة بالأرخبيل]<الرئيس سامي العلي#8");
  // After a person, نقلا عن names the outlet that reported the person's words.
  EXPECT_EQ(Extract("وصرح اللاعب سامي العلي نقلا عن شبكة الأخبار بأنه يفكر جديا في العودة.", {{"سامي العلي", kPer, 3}}),
            "I[يفكر جديا في العودة]<اللاعب سامي العلي#3");
  // A source word نقلا with no عن after it relays no one: the outlet speaks.
  EXPECT_EQ(Extract("وذكرت وسائل إعلام محلية أن الحكومة مهتمة بالأرخبيل."), "I[الحكومة مهتمة بالأرخبيل]<وسائل إعلام محلية");
}

TEST(ExtractorSpeakerReferenceTest, ByHisOpinionIsTheSpeakerBefore) {
  // "..." حسب رأيه / وفق تقديرها: the pronoun is the previous speaker that agrees, as with
  // حسب تعبيره; the noun itself (رأيه "his opinion") is nobody.
  EXPECT_EQ(Extract("وقال النائب سامي العلي إن اللجنة أنهت عملها. وانتقد العلي \"مناداة البعض بإطلاق سراح المتهمين\"، حسب رأيه.",
                    {{"سامي العلي", kPer, 3}, {"العلي", kPer, 3}}),
            "I[اللجنة أنهت عملها]<النائب سامي العلي#3 | D[مناداة البعض بإطلاق سراح المتهمين]<النائب سامي العلي#3");
  EXPECT_EQ(Extract("وقالت الوزيرة إن العجز كبير. وقال النائب إن الدين مرتفع، و\"الوضع لا يحتمل التأجيل\" وفق تقديرها."),
            "I[العجز كبير]<الوزيرة | I[الدين مرتفع، و\"الوضع لا يحتمل التأجيل\" وفق تقديرها]<النائب | "
            "D[الوضع لا يحتمل التأجيل]<الوزيرة");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
