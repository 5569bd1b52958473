// Reported content: what a cue introduces (the reported clause, a verbal noun or a
// described object, the one called on) and where it ends.
// Extractor tests on hand-written sentences (written for marsad, not taken from any
// article), their documents made by extractor_test_support.h; split from one extractor_test.cc
// by concern (docs/quotes.md, Layout).
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

// Reported speech: the content runs to the end of the reported clause.
constexpr Case kReported[] = {
    {"inna", "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.",
     "I[المحادثات ستستأنف الأسبوع المقبل]<وزير الخارجية"},
    {"anna", "وأكدت الوزيرة أن الخطة جاهزة للتنفيذ.", "I[الخطة جاهزة للتنفيذ]<الوزيرة"},
    {"ila anna", "وأشار المتحدث إلى أن الاجتماع انتهى دون اتفاق.",
     "I[الاجتماع انتهى دون اتفاق]<المتحدث"},
    {"bi-anna", "وأفاد الناطق بأن القوات انسحبت من المدينة.", "I[القوات انسحبت من المدينة]<الناطق"},
    {"ala anna", "وشدد الرئيس على أن الحوار هو الحل.", "I[الحوار هو الحل]<الرئيس"},
    {"prepositional content", "وشدد الرئيس على ضرورة الحوار بين الأطراف.",
     "I[ضرورة الحوار بين الأطراف]<الرئيس"},
    {"adverbials between verb and content", "وقال الوزير في مؤتمر صحفي عقده في العاصمة الأحد إن الأزمة انتهت.",
     "I[الأزمة انتهت]<الوزير"},
    {"addressee", "وقال الوزير لوكالة فرانس برس إن المفاوضات مستمرة.", "I[المفاوضات مستمرة]<الوزير"},
    {"parenthetical relative clause", "وقال الوزير، الذي يزور المنطقة منذ يومين، إن الحل قريب.",
     "I[الحل قريب]<الوزير"},
    {"conjunction, not a complementizer", "وقال الرئيس بعد أن التقى نظيره إن المحادثات مثمرة.",
     "I[المحادثات مثمرة]<الرئيس"},
    {"ends at a contrast", "قال الرئيس إن الاتفاق نهائي، فيما رفضت المعارضة الاتفاق.",
     "I[الاتفاق نهائي]<الرئيس"},
    {"ends at a participle", "قال الوزير إن المحادثات ستستأنف، مضيفا أن الوفد سيصل غدا.",
     "I[المحادثات ستستأنف]<الوزير | I[الوفد سيصل غدا]<الوزير"},
    {"ends at the next speech verb", "وقال الوزير إن الحدود مفتوحة وأكد أن التجارة ستعود.",
     "I[الحدود مفتوحة]<الوزير | I[التجارة ستعود]<الوزير"},
    {"unmarked speech after a colon", "وقال الرئيس: سنواصل العمل حتى النهاية.",
     "I[سنواصل العمل حتى النهاية]<الرئيس"},
    {"subject before the verb", "وكان الرئيس قد قال إن البلاد ستنتصر.", "I[البلاد ستنتصر]<الرئيس"},
    {"subject before a relative pronoun", "ونفى الوزير، الذي قال إن الاتهامات باطلة، أي تورط.",
     "I[الاتهامات باطلة]<الوزير"},
    {"passive: no speaker", "وقيل إن الرئيس سيزور المنطقة قريبا.", "I[الرئيس سيزور المنطقة قريبا]<-"},
    {"fronted source", "وبحسب الشرطة، فإن المشتبه به اعتقل فجرا.", "I[المشتبه به اعتقل فجرا]<الشرطة"},
};

TEST(ExtractorContentSpanTest, ReportedSpeech) { RunCases(kReported, std::size(kReported)); }

// Round 5: constructions found by classing the misses of held-out 2 and dev (sentences
// written for marsad).
constexpr Case kRound5[] = {
    {"فيما يبدو does not end the reported clause", "وقال الوزير إن المفاوضات فشلت فيما يبدو.",
     "I[المفاوضات فشلت فيما يبدو]<الوزير"},
    {"وذلك بعد still ends it", "وقالت الشركة إن الأسعار سترتفع، وذلك بعد قرار الحكومة.",
     "I[الأسعار سترتفع]<الشركة"},
    {"فيما after a comma still ends it", "وقال الوزير إن الحكومة مستعدة، فيما رفضت المعارضة العرض.",
     "I[الحكومة مستعدة]<الوزير"},
    {"a relative clause's speech verb speaks for the noun before it",
     "واجتمع الوفد مع إدارة الجامعة، التي أكدت أن الطلاب عادوا إلى الدراسة.",
     "I[الطلاب عادوا إلى الدراسة]<إدارة الجامعة"},
    {"a speech verb coordinated with the relative clause's first verb",
     "واختلف الوزير مع الشركة، التي ترفض الاتهامات وتشير إلى أن عمالها يعملون بأمان.",
     "I[عمالها يعملون بأمان]<الشركة"},
    {"والذي points back like الذي", "وحضر المدرب السابق، والذي قال إن الفريق يحتاج إلى الصبر.",
     "I[الفريق يحتاج إلى الصبر]<المدرب السابق"},
    {"a participle takes its verb's preposition", "وتحدث الوزير في المؤتمر، داعيا إلى وقف فوري للقتال.",
     "I[وقف فوري للقتال]<الوزير"},
    {"a participle takes its verb's nominal object", "وتحدث الوزير في المؤتمر، مبديا استعداده للحوار مع الجميع.",
     "I[استعداده للحوار مع الجميع]<الوزير"},
    {"دعا with an object before إلى", "ودعا الرئيس الفرنسي الأطراف المتنازعة إلى وقف فوري لإطلاق النار.",
     "I[وقف فوري لإطلاق النار]<الرئيس الفرنسي الأطراف المتنازعة"},
};

TEST(ExtractorContentSpanTest, Round5Constructions) { RunCases(kRound5, std::size(kRound5)); }

// Round 10 (issue 7): a verbal noun as the content of a denial, a wish, an announced decision,
// an appeal or a recommendation, and a finding through إلى أن; hand-written sentences.
constexpr Case kRound10[] = {
    {"a denial's verbal-noun object is its content and ends the speaker's name",
     "ونفى مدير الشركة صحة الأنباء المتداولة عن بيع المصنع.",
     "I[صحة الأنباء المتداولة عن بيع المصنع]<مدير الشركة"},
    {"a denial with a pronoun on the noun", "ونفت الوزارة تورطها في تسريب الوثائق السرية.",
     "I[تورطها في تسريب الوثائق السرية]<الوزارة"},
    {"a wish as the object of أبدى", "وأبدى المدرب أمنيته بالفوز في المباراة القادمة.",
     "I[أمنيته بالفوز في المباراة القادمة]<المدرب"},
    {"an announced decision through a participle",
     "قال المحافظ إن الأضرار كبيرة، معلنا تشكيل لجنة لحصر الخسائر في القرى.",
     "I[الأضرار كبيرة]<المحافظ | I[تشكيل لجنة لحصر الخسائر في القرى]<المحافظ"},
    {"a short verbal noun still ends the subject: the next verb carries the speaker",
     "وأكد المدير حدوث الخطأ وقال إن الموظف سيحاسب.", "I[الموظف سيحاسب]<المدير"},
    {"an appeal with its object before ب (the object stays in the speaker's words, as دعا's)", "وناشدت الجمعية المحسنين بمساعدة الأسر المحتاجة في المنطقة.",
     "I[بمساعدة الأسر المحتاجة في المنطقة]<الجمعية المحسنين"},
    {"a recommendation", "وأوصت اللجنة بزيادة عدد الأطباء في المستشفيات الريفية.",
     "I[بزيادة عدد الأطباء في المستشفيات الريفية]<اللجنة"},
    {"a finding through إلى أن", "وخلصت الدراسة إلى أن النوم المبكر يحسن الذاكرة.",
     "I[النوم المبكر يحسن الذاكرة]<الدراسة"},
    {"a finding in a time clause of the content relays nothing: both are the subject's",
     "وأكدت الهيئة ضرورة تقليل استهلاك السكر بعد أن توصلت إلى أن السكر يضر القلب.",
     "I[ضرورة تقليل استهلاك السكر بعد أن توصلت إلى أن السكر يضر القلب]<الهيئة | I[السكر يضر القلب]<الهيئة"},
    {"reaching a deal is no finding", "وتوصل الطرفان إلى اتفاق لوقف إطلاق النار في المدينة.", ""},
};

TEST(ExtractorContentSpanTest, Round10Constructions) { RunCases(kRound10, std::size(kRound10)); }

TEST(ExtractorContentSpanTest, Round13DescribedObjectAfterTheSubject) {
  // ووصف X ما يحدث بأنه: the words stopped at ما, the object; the subject keeps its last word.
  EXPECT_EQ(Extract("ووصف رئيس النقابة ما يحدث بأنه فضيحة كبيرة للجميع."), "I[ما يحدث بأنه فضيحة كبيرة للجميع]<رئيس النقابة");
  // Trap: an object the words ran into is still cut (وصف X الاتفاق بأنه).
  EXPECT_EQ(Extract("ووصف رئيس النقابة الاتفاق بأنه خطوة مهمة للجميع."), "I[الاتفاق بأنه خطوة مهمة للجميع]<رئيس النقابة");
}

TEST(ExtractorContentSpanTest, Round15AsSaidEndsTheClause) {
  // "، كما قال X إن ..." opens another speaker's statement: the first clause ends before it.
  EXPECT_EQ(Extract("وأعلنت ماي أن بريطانيا ستطرد 23 دبلوماسيا، كما قال وزير الخارجية إن لندن ستستهدف أصول روسيا."),
            "I[بريطانيا ستطرد 23 دبلوماسيا]<ماي | I[لندن ستستهدف أصول روسيا]<وزير الخارجية");
  // Trap: كما not before a speech verb stays inside the clause.
  EXPECT_EQ(Extract("وأعلنت ماي أن بريطانيا ستطرد 23 دبلوماسيا، كما ستجمد أصولا روسية."),
            "I[بريطانيا ستطرد 23 دبلوماسيا، كما ستجمد أصولا روسية]<ماي");
}

TEST(ExtractorContentSpanTest, Round17AsRegardsDoesNotEndTheClause) {
  // فيما يتعلق ("as regards") is a phrase of the reported clause, not a new clause.
  EXPECT_EQ(Extract("وشدد الوزير على أن اعترافات المتهم، فيما يتعلق بتهريب الذهب، تمثل دليلا جديدا."),
            "I[اعترافات المتهم، فيما يتعلق بتهريب الذهب، تمثل دليلا جديدا]<الوزير");
  EXPECT_EQ(Extract("وقال الوزير إن الخلاف فيما يخص الحدود انتهى تماما."), "I[الخلاف فيما يخص الحدود انتهى تماما]<الوزير");
  // Trap: فيما "while" still ends it.
  EXPECT_EQ(Extract("وقال الوزير إن الاتفاق أصبح نهائيا، فيما تتواصل المفاوضات في جنيف."),
            "I[الاتفاق أصبح نهائيا]<الوزير");
}

TEST(ExtractorContentSpanTest, Round23DescribedObjectOpensTheContent) {
  // وصف X بأنه Y: the content is "X is Y", from the object on.
  EXPECT_EQ(Extract("ووصفت الوزارة الاتفاق بأنه صادم للغاية."), "I[الاتفاق بأنه صادم للغاية]<الوزارة");
  // A one-word quoted predicate describes the object: the object opens the content too.
  EXPECT_EQ(Extract("وقال الرئيس إن حملته تعرضت للتجسس، واصفا تقارير الوزارة بأنها \"مزيفة\"."),
            "I[حملته تعرضت للتجسس]<الرئيس | I[تقارير الوزارة بأنها \"مزيفة\"]<الرئيس");
  // Traps: a pronoun object (إياه) stays out; a direct quote after بأن stays direct.
  EXPECT_EQ(Extract("قال المدرب إن الفريق قوي، واصفا إياه بأنه الأفضل في البطولة."),
            "I[الفريق قوي]<المدرب | I[الأفضل في البطولة]<المدرب");
  EXPECT_EQ(Extract("ووصف الوزير الاتفاق بأنه \"خطوة مهمة جدا\"."), "D[خطوة مهمة جدا]<الوزير");
  // Trap: a comma before بأن (the subject's title in apposition) keeps the old start.
  // (Only the content is checked: the speaker of this sentence is another matter.)
  const std::string apposition = Extract("ووصفت الوزيرة، المتحدثة باسم الحكومة، القرار بأنه خطوة مهمة للبلاد.");
  EXPECT_NE(apposition.find("I[خطوة مهمة للبلاد]"), std::string::npos) << apposition;
  // Trap: a cue in the object (إعلان الشركة) keeps the old start, or it would be read again inside
  // the content as the company's own statement.
  EXPECT_EQ(Extract("ووصف سامي العلي إعلان إيران بأنها مبادرة غير مرحب بها.",
                    {{"سامي العلي", doc::EntityType::kPerson, 3}, {"إيران", doc::EntityType::kLocation, 4}}),
            "I[مبادرة غير مرحب بها]<سامي العلي#3");
}

TEST(ExtractorContentSpanTest, Round23DeniedClaimWithItsContent) {
  // نفى X ادعاءات/الاتهامات + its content: the claim denied opens the content.
  EXPECT_EQ(Extract("وينفي الوزير ادعاءات خصومه بأنه أخفى تقارير الرقابة عن البرلمان."),
            "I[ادعاءات خصومه بأنه أخفى تقارير الرقابة عن البرلمان]<الوزير");
  // Traps: a demonstrative before the claim (it refers back) and a bare claim give nothing.
  EXPECT_EQ(Extract("ونفت الوزارة هذه الاتهامات بشدة في بيانها الأخير."), "");
  EXPECT_EQ(Extract("ونفى الوزير الاتهامات."), "");
}

TEST(ExtractorContentSpanTest, Round29TheOneCalledOnBelongsToTheCall) {
  // A call or an accusation with its object before the preposition: the content holds the one
  // called on or accused (held-outs 27 and 29 anchor on it).
  EXPECT_EQ(Extract("وقال الوزير إن الوضع صعب، داعيا الجميع إلى الالتزام بالقانون في كل الظروف."),
            "I[الوضع صعب]<الوزير | I[الجميع إلى الالتزام بالقانون في كل الظروف]<الوزير");
  EXPECT_EQ(Extract("وقال سامي العلي إن الوضع صعب، مطالبا الحكومة بالإفراج عن العمال المحتجزين.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع صعب]<سامي العلي#7 | I[الحكومة بالإفراج عن العمال المحتجزين]<سامي العلي#7");
  // Trap: before أن the content is the clause alone.
  EXPECT_EQ(Extract("وقال الوزير إن الوضع صعب، داعيا الهياكل القضائية إلى أن تلعب دورها كاملا."),
            "I[الوضع صعب]<الوزير | I[تلعب دورها كاملا]<الوزير");
  // Trap: after a coordinated verb whose speaker is carried, the first words are its subject.
  EXPECT_EQ(Extract("وقالت الشرطة إن الواقعة عمل إرهابي. ودعت السلطات الجماهير إلى الابتعاد عن المنطقة.",
                    {{"الشرطة", kOrg, 1}}),
            "I[الواقعة عمل إرهابي]<الشرطة#1 | I[الابتعاد عن المنطقة]<الشرطة#1");
  // Traps: a glued ل (the subject's tail, or a phrase of time), a manner with ب, a nominative
  // plural (the subject of a verb whose speaker was read before it).
  EXPECT_EQ(Extract("وقال الطبيب إن الوضع صعب، محذرا للمرة الأولى من خطورة الألعاب النارية بين الأطفال."),
            "I[الوضع صعب]<الطبيب | I[خطورة الألعاب النارية بين الأطفال]<الطبيب");
  EXPECT_EQ(Extract("وقال الرئيس إن الحرب طالت، داعيا بنبرة هادئة إلى وقف الاقتتال وعقد حوار."),
            "I[الحرب طالت]<الرئيس | I[وقف الاقتتال وعقد حوار]<الرئيس");
  EXPECT_EQ(Extract("وكانت الرسائل قد تنوعت، حيث طالب فيها المهندسون بإقرار الكادر الهندسي الجديد."),
            "I[بإقرار الكادر الهندسي الجديد]<الرسائل");
}

TEST(ExtractorContentSpanTest, Round37PastASubjectRelativeClause) {
  // The outer verb reaches its content right after a long relative clause set off by commas
  // (23 tokens from أشار to إلى): round 36 made تحدث no cue, and nothing took the content.
  EXPECT_EQ(Extract("كما أشار الوزير، الذي تحدث إلى صحافيين محليين خلال زيارته إلى المدينة الساحلية في الفترة "
                    "ما بين الخامس والسابع من الشهر الحالي برفقة وفد كبير، إلى أن الحكومة ستواصل الحوار مع "
                    "جيرانها."),
            "I[الحكومة ستواصل الحوار مع جيرانها]<الوزير");
  // Not farther than the tokens right after the clause's closing comma.
  EXPECT_EQ(Extract("كما أشار الوزير، الذي تحدث إلى صحافيين محليين خلال زيارته إلى المدينة الساحلية في الفترة "
                    "ما بين الخامس والسابع من الشهر الحالي برفقة وفد كبير، في ختام الجولة الطويلة التي قام بها "
                    "أن الحكومة ستواصل الحوار مع جيرانها."),
            "");
  // An adverb before the clause's own preposition: the clause's verb keeps its content.
  EXPECT_NE(Extract("وقالت سلمى الحسن، التي دعت مرارا إلى استقالة الوزير، إن الأزمة لم تنته بعد.")
                .find("I[استقالة الوزير]<سلمى الحسن"),
            std::string::npos);
  EXPECT_EQ(Extract("وهذا يعني انخفاض العوائد حسبما أفاد التقرير الذي حذر كذلك من ارتفاع هذه النسبة في العام المقبل."),
            "I[ارتفاع هذه النسبة في العام المقبل]<التقرير");
}

TEST(ExtractorContentSpanTest, NamedSpeakerWithColonEndsReportedContent) {
  // A new speaker's "قال X:" with no full stop before it ends the reported content, at the
  // و-topic phrase that opens its clause.
  EXPECT_EQ(Extract("وقال سامي العلي إن الشخص يضطر للسفر بسبب ظروفه وعن نظامية السفر قال حسين فواز: إنه الأفضل "
                    "أن يقدم طلبا.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}, {"حسين فواز", doc::EntityType::kPerson, 6}}),
            "I[الشخص يضطر للسفر بسبب ظروفه]<سامي العلي#5 | I[إنه الأفضل أن يقدم طلبا]<حسين فواز#6");
  // Without the colon or a quote after the name, the verb does not end the content.
  EXPECT_EQ(Extract("وقال سامي العلي إن الشخص يضطر للسفر بسبب ظروفه التي قال حسين فواز إنها صعبة.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}, {"حسين فواز", doc::EntityType::kPerson, 6}}),
            "I[الشخص يضطر للسفر بسبب ظروفه التي قال حسين فواز إنها صعبة]<سامي العلي#5");
}

TEST(ExtractorContentSpanTest, Round39ACallWithALongObject) {
  // A call whose object has four words or more, with في, a comma before إلى, time words before
  // it: the content is the call (with its object when it opens right after the cue).
  EXPECT_EQ(Extract("وقال الوزير إن الوضع صعب، داعيا الدول الأعضاء في المنظمة إلى تحمل مسؤولياتها كاملة في هذا الملف."),
            "I[الوضع صعب]<الوزير | I[الدول الأعضاء في المنظمة إلى تحمل مسؤولياتها كاملة في هذا الملف]<الوزير");
  EXPECT_EQ(Extract("دعا الرئيس، سامي العلي، اليوم الأربعاء، الجيش الوطني والقوات الشعبية المدعومة من الحلفاء، إلى "
                    "اللجوء للحل العسكري لتحرير المدينة.",
                    {{"سامي العلي", kPer, 7}}),
            "I[اللجوء للحل العسكري لتحرير المدينة]<الرئيس، سامي العلي#7");
  // Traps: an invitation to an event; a preposition of place or time in the stretch (إلى باريس
  // is the visit's); the call's own ل before a second إلى; a second إلى after the first; the
  // subject after فيه; a person's second title after the subject's length limit; كل من.
  EXPECT_EQ(Extract("وقال الوزير إن الأزمة عميقة، داعيا قادة الأحزاب السياسية الكبرى في البلاد إلى اجتماع غدا لبحثها."),
            "I[الأزمة عميقة]<الوزير");
  EXPECT_EQ(Extract("وقال الوزير إن العلاقات جيدة، داعيا نظيره الفرنسي خلال زيارته الرسمية إلى باريس لبحث الملف.",
                    {{"باريس", kLoc, 3}}),
            "I[العلاقات جيدة]<الوزير");
  EXPECT_EQ(Extract("وقال الرئيس إن العملة قوية، داعيا المواطنين في كل المدن لتحويل مدخراتهم بالعملات الأجنبية إلى "
                    "العملة المحلية."),
            "I[العملة قوية]<الرئيس");
  EXPECT_EQ(Extract("دعا الرئيس، أمس، المواطنين إلى تحويل مدخراتهم بالعملات الأجنبية إلى العملة الوطنية لدعمها."), "");
  EXPECT_EQ(Extract("وأصدرت النقابة بيانا دعت فيه النقابة الإدارة وسلطة الإشراف إلى تكريم الشهداء والجرحى."), "");
  EXPECT_EQ(Extract("ودعت سامية أحمد العلي زوجة زعيم المعارضة المعتقل كريم الحسن وزعيم الحزب الشعبي أنصارها إلى "
                    "التظاهر دعما للتحقيق.",
                    {{"سامية أحمد العلي", kPer, 4}, {"كريم الحسن", kPer, 5}}),
            "");
  EXPECT_EQ(Extract("ودعا كل من الأمم المتحدة والاتحاد الأوروبي إلى تحقيق مستقل في الأحداث الأخيرة."), "");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
