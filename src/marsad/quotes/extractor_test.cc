// Table tests of quotes::Extractor on hand-written sentences (written for marsad, not taken
// from any article): every quote mark, reported speech, carried speakers with gender and
// number, relays, organisations, statements, and the traps (names in quotes, scare quotes,
// a quote that names someone else). Docs are built by hand, mentions set directly.
#include "marsad/quotes/extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/text/analyzer.h"

namespace marsad::quotes {
namespace {

const text::Analyzer& TheAnalyzer() {
  static const text::Analyzer* const analyzer = new text::Analyzer();
  return *analyzer;
}

const Extractor& TheExtractor() {
  static const Extractor* const extractor = [] {
    auto e = Extractor::Create(TheAnalyzer());
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return new Extractor(std::move(e).value());
  }();
  return *extractor;
}

struct MentionSpec {
  const char* text;  // a substring of the document (its first occurrence after `after`)
  doc::EntityType type;
  std::uint64_t entity;  // 0: none
  doc::MentionKind kind = doc::MentionKind::kName;
};

doc::AnalyzedDoc MakeDoc(const std::string& text, const std::vector<MentionSpec>& mentions = {}) {
  doc::AnalyzedDoc d;
  d.document.id = "test";
  d.document.text = text;
  TheAnalyzer().Analyze(d.document.text, &d.analysis);
  std::size_t from = 0;
  for (const MentionSpec& m : mentions) {
    const std::size_t at = text.find(m.text, from);
    EXPECT_NE(at, std::string::npos) << m.text;
    if (at == std::string::npos) continue;
    from = at + 1;
    doc::Mention men;
    men.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::string(m.text).size())};
    men.kind = m.kind;
    men.type = m.type;
    if (m.entity != 0) men.entity = EntityId(m.entity);
    for (std::uint32_t i = 0; i < d.analysis.tokens.size(); ++i) {
      const text::Token& t = d.analysis.tokens[i].token;
      if (t.end <= men.span.begin) men.first_token = i + 1;
      if (t.begin < men.span.end) men.end_token = i + 1;
    }
    d.mentions.push_back(men);
  }
  return d;
}

// "D[text]<speaker" or "I[text]<speaker", speaker "-" when none, "#id" after it when the
// speaker has an entity; quotes joined by " | ".
std::string Render(const doc::AnalyzedDoc& d, const std::vector<doc::Quote>& quotes) {
  std::string out;
  for (const doc::Quote& q : quotes) {
    if (!out.empty()) out += " | ";
    out += q.kind == doc::QuoteKind::kDirect ? "D[" : "I[";
    out += std::string(q.span.In(d.document.text));
    out += "]<";
    out += q.speaker.mention ? std::string(q.speaker.mention->In(d.document.text)) : "-";
    if (q.speaker.entity) {
      out += '#';
      out += std::to_string(q.speaker.entity->value());
    }
  }
  return out;
}

std::string Extract(const std::string& text, const std::vector<MentionSpec>& mentions = {}) {
  doc::AnalyzedDoc d = MakeDoc(text, mentions);
  return Render(d, TheExtractor().Extract(d));
}

struct Case {
  const char* name;
  const char* text;
  const char* want;
};

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

// Error classes found by reading extractions of other articles (issue 7, step 3): each
// rule on a sentence written for it.
constexpr Case kErrorClasses[] = {
    {"a dual subject after a singular verb carries to a dual verb",
     "قال الزوجان إنهما سعيدان بالحكم. وأكدا: \"سنواصل العمل معا\".",
     "I[سعيدان بالحكم]<الزوجان | D[سنواصل العمل معا]<الزوجان"},
    {"the subject of كان X قد أعلن stands before the verb",
     "وكان الاتحاد الدولي قد أعلن فرض غرامة على النادي، معلنا أن سلوك اللاعبين غير مقبول.",
     "I[سلوك اللاعبين غير مقبول]<الاتحاد الدولي"},
    {"a verb describing a statement speaks for the statement's author",
     "قال الجيش إن العملية انتهت. وكانت الحكومة أعلنت في بيان الأحد ذكر أن الطائرات أصابت أهدافها.",
     "I[العملية انتهت]<الجيش | I[الطائرات أصابت أهدافها]<الحكومة"},
    {"an unnamed source right before its verb is its subject",
     "وقال الوزير إن الخطة جاهزة. وأصبح الوزير رئيسا للجنة على الرغم من تقارير أفادت بأنه يميل إلى الاستقالة.",
     "I[الخطة جاهزة]<الوزير | I[يميل إلى الاستقالة]<تقارير"},
    {"a sentence opening with a preposition gives no subject to وأضاف",
     "قال المدير إن الأرباح تراجعت. ومع ارتفاع الأسعار، تراجعت المبيعات أيضا، وأضاف \"الوضع صعب لكننا سنتجاوزه\".",
     "I[الأرباح تراجعت]<المدير | D[الوضع صعب لكننا سنتجاوزه]<المدير"},
    {"a participle after a quote of two sentences",
     "وقال المعارض في مؤتمر صحافي \"الأرقام مزورة. النتيجة معروفة سلفا\"، مؤكدا أن المشاركة كانت ضعيفة.",
     "D[الأرقام مزورة. النتيجة معروفة سلفا]<المعارض | I[المشاركة كانت ضعيفة]<المعارض"},
    {"an addressee glued to ل right after the verb is not its subject",
     "والتقى الرئيس سامي أمس. وأوضح المتحدث أن الرئيس قال لسامي إنه سيزوره قريبا.",
     "I[سيزوره قريبا]<الرئيس"},
    {"a complement glued to بال ends the subject",
     "وألقت الشركة باللوم على المطور، وقالت إنه خالف سياستها.", "I[خالف سياستها]<الشركة"},
    {"a relaying verb with the saying as its object", "ونقل موقع النادي قول رئيسه إن الفريق سيشارك في البطولة.",
     "I[الفريق سيشارك في البطولة]<رئيسه"},
    {"an acronym with dots in quotes is one name",
     "ونقلت قناة \"سي.إن.إن\" الأمريكية عن الوزارة قولها إن التقارير كاذبة.", "I[التقارير كاذبة]<الوزارة"},
    {"a long introduction ending in a colon and a quote",
     "وقال الرئيس في مؤتمر صحفي عقده مساء الاثنين في العاصمة بعد انتهاء الاجتماعات الطويلة التي استمرت "
     "ثلاثة أيام مع وفود الدول المجاورة والمنظمات الدولية المعنية بالأزمة: \"لقد حققنا تقدما كبيرا\".",
     "D[لقد حققنا تقدما كبيرا]<الرئيس"},
    {"an adverb between the verb and أن", "وكان الجيش أعلن قبلا أنه يواصل عملياته.", "I[يواصل عملياته]<الجيش"},
    {"a demonstrative after the verb is its object",
     "إلا أن الجيش نفى ذلك، وكان أعلن قبلا أنه يواصل عملياته.", "I[يواصل عملياته]<الجيش"},
    {"an auxiliary after a filler word, not after كان", "هذا وقد أعلنت الحركة أنها توصلت إلى اتفاق.",
     "I[توصلت إلى اتفاق]<الحركة"},
    {"a speech verb in a relative clause of the content does not make the outer verb a relay",
     "وأضاف الوزير إن البلاد لا تملك السلاح الذي يقول خصومها إنه استخدم في الهجوم.",
     "I[البلاد لا تملك السلاح الذي يقول خصومها إنه استخدم في الهجوم]<الوزير | I[استخدم في الهجوم]<خصومها"},
    {"a long introduction with a verbal noun in it",
     "وقال الرئيس في مؤتمر صحفي عقده مساء الاثنين في العاصمة بعد انتهاء الاجتماعات الطويلة التي استمرت "
     "ثلاثة أيام مع وفود الدول المجاورة والمنظمات الدولية على خلفية نقل السفارة إلى المدينة: \"هذا يوم حزين\".",
     "D[هذا يوم حزين]<الرئيس"},
    {"a participle after a quoted question keeps the sentence's speaker",
     "قال المدير إن الاجتماع مهم. فأجاب الوزير \"حقا؟\"، مضيفا \"سأحضر الاجتماع غدا\".",
     "I[الاجتماع مهم]<المدير | D[سأحضر الاجتماع غدا]<الوزير"},
};

// Reported speech through verbal nouns, nominal objects, object-first verbs and sources at
// the end of the sentence (issue 7, round 4): constructions of Arabic news in general, each on
// sentences written for it.
constexpr Case kNominal[] = {
    {"a verbal noun of saying with its speaker after it",
     "وتحسنت العلاقات منذ إعلان الرئيس في خطابه أمس أن بلاده ستفتح الحدود.",
     "I[بلاده ستفتح الحدود]<الرئيس"},
    {"a verbal noun with a pronoun refers to the subject of its sentence",
     "وجدد الوزير تأكيده أن الحكومة لن ترفع الأسعار.", "I[الحكومة لن ترفع الأسعار]<الوزير"},
    {"a verbal noun of saying far from أن is not a cue",
     "وبعد إعلان النتائج الرسمية للانتخابات البلدية في المدن الكبرى والقرى الصغيرة في الشمال والجنوب تبين أن المشاركة ضعيفة.",
     ""},
    {"a nominal object of أبدى", "أبدى رئيس الوزراء، الخميس، استعداده لزيارة العاصمة في أي وقت.",
     "I[استعداده لزيارة العاصمة في أي وقت]<رئيس الوزراء"},
    {"a nominal object in ة with a pronoun", "وأكد اللاعب موافقته على الانتقال إلى النادي الجديد.",
     "I[موافقته على الانتقال إلى النادي الجديد]<اللاعب"},
    {"a fact announced is not a nominal content", "وأعلنت الشرطة مقتل ثلاثة أشخاص في الحادث.", ""},
    {"أعلن عن after time words", "وأعلنت الشركة، الثلاثاء الماضي، عن خطة لتوظيف ألف مهندس.",
     "I[خطة لتوظيف ألف مهندس]<الشركة"},
    {"وصف: the object before بأن is not the speaker",
     "ووصف الوزير الاتفاق بأنه خطوة مهمة للبلاد.", "I[الاتفاق بأنه خطوة مهمة للبلاد]<الوزير"},
    {"وصف with a quote after بأن", "ووصف الوزير الاتفاق بأنه \"خطوة مهمة جدا\".",
     "D[خطوة مهمة جدا]<الوزير"},
    {"واصفا إياه بأنه", "قال المدرب إن الفريق قوي، واصفا إياه بأنه الأفضل في البطولة.",
     "I[الفريق قوي]<المدرب | I[الأفضل في البطولة]<المدرب"},
    {"a quoted object of a describing verb is not a quote",
     "وانتقد المعارض البيانات التي تصف المدينة بـ\"عاصمة السلام الأبدية\" منذ سنوات.", ""},
    {"a source through a speech verb at the end of the sentence",
     "وارتفعت أسعار النفط بنسبة كبيرة هذا الشهر، وفق ما ذكرت صحيفة محلية.",
     "I[وارتفعت أسعار النفط بنسبة كبيرة هذا الشهر]<صحيفة محلية"},
    {"a statement source at the end of the sentence",
     "وبدأ تشغيل المحطة الجديدة الشهر الماضي بحسب بيان للوزارة.",
     // Round 34: the statement's author (لل: ل + ال, kept whole).
     "I[وبدأ تشغيل المحطة الجديدة الشهر الماضي]<للوزارة"},
    {"a source through لما", "وتراجعت المبيعات في الربع الأول، وفقا لما ذكر المدير.",
     "I[وتراجعت المبيعات في الربع الأول]<المدير"},
    {"a dateline is not part of the source's words",
     "دبي، الإمارات العربية المتحدة (CNN) -- هاجمت مجموعة مسلحة مقر المؤسسة، حسبما ذكرت وكالة الأنباء.",
     "I[هاجمت مجموعة مسلحة مقر المؤسسة]<وكالة الأنباء"},
    {"a bare source of figures is not a speaker of the sentence",
     "ويبلغ عدد السكان عشرة ملايين نسمة، وفقا للإحصاءات الرسمية.", ""},
    {"a source in the middle of its sentence gives nothing",
     "ويحتاج آلاف الأشخاص وفق ما أعلنت المنظمة قبل أسبوع إلى مساعدات عاجلة.", ""},
    {"a sentence with a speech verb keeps its own speaker",
     "وقال الوزير إن الاقتصاد ينمو بسرعة، حسبما نقلت وكالة الأنباء.",
     "I[الاقتصاد ينمو بسرعة]<الوزير"},
};

void RunCases(const Case* cases, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    EXPECT_EQ(Extract(cases[i].text), cases[i].want) << cases[i].name << ": " << cases[i].text;
  }
}

TEST(ExtractorTest, DirectQuotes) { RunCases(kDirect, std::size(kDirect)); }
TEST(ExtractorTest, ReportedSpeech) { RunCases(kReported, std::size(kReported)); }
TEST(ExtractorTest, Speakers) { RunCases(kSpeakers, std::size(kSpeakers)); }
TEST(ExtractorTest, NotQuotesAndTraps) { RunCases(kTraps, std::size(kTraps)); }
TEST(ExtractorTest, ParagraphBreaks) { RunCases(kParagraphs, std::size(kParagraphs)); }
TEST(ExtractorTest, ErrorClasses) { RunCases(kErrorClasses, std::size(kErrorClasses)); }
TEST(ExtractorTest, NominalSpeech) { RunCases(kNominal, std::size(kNominal)); }

TEST(ExtractorTest, NameAfterTheSubjectOfAnotherVerbIsItsObject) {
  EXPECT_EQ(Extract("وحملت أكمي سامي المسؤولية، وقالت إنه خالف القواعد.",
                    {{"أكمي", doc::EntityType::kOrganization, 3}, {"سامي", doc::EntityType::kPerson, 4}}),
            "I[خالف القواعد]<أكمي#3");
}

TEST(ExtractorTest, PronounSpeakerBeforeAnyQuoteIsTheLastPersonNamed) {
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

TEST(ExtractorTest, SpeakerEntityFromMentions) {
  // Title and name of one entity: the person's name decides.
  EXPECT_EQ(Extract("قال الرئيس الروسي فلاديمير بوتين إن الانتخابات كانت نزيهة.",
                    {{"الرئيس الروسي", doc::EntityType::kPerson, 7, doc::MentionKind::kTitle},
                     {"فلاديمير بوتين", doc::EntityType::kPerson, 7}}),
            "I[الانتخابات كانت نزيهة]<الرئيس الروسي فلاديمير بوتين#7");
  // A spokesperson named after the organisation: the person, not the organisation.
  EXPECT_EQ(Extract("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الرد سيكون حازما.",
                    {{"الخارجية الروسية", doc::EntityType::kOrganization, 3},
                     {"ماريا زاخاروفا", doc::EntityType::kPerson, 4}}),
            "I[الرد سيكون حازما]<المتحدثة باسم الخارجية الروسية ماريا زاخاروفا#4");
  // A carried speaker keeps its entity.
  EXPECT_EQ(Extract("قال بوتين إن البلاد قوية. وأضاف أن الاقتصاد ينمو.",
                    {{"بوتين", doc::EntityType::kPerson, 9}}),
            "I[البلاد قوية]<بوتين#9 | I[الاقتصاد ينمو]<بوتين#9");
}

TEST(ExtractorTest, PronounOfAVerbalNounIsTheLastPersonNamed) {
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

TEST(ExtractorTest, MentionsEndTheSpeaker) {
  // Without the tagger the words after the name would be taken along (a verb cannot be
  // told from a noun); with it the name ends the speaker.
  const char* text = "وكان أردوغان استهل ولايته بتعيين صهره، وتعهد بإصلاحات أكبر في البلاد.";
  EXPECT_EQ(Extract(text, {{"أردوغان", doc::EntityType::kPerson, 3}}), "I[بإصلاحات أكبر في البلاد]<أردوغان#3");
}

TEST(ExtractorTest, QuoteNamingAnotherPersonKeepsItsSpeaker) {
  // Navalny speaks about Putin: Putin is named inside the quote, he is not the speaker.
  EXPECT_EQ(Extract("وقال نافالني: \"النتيجة معروفة سلفا وهي فوز بوتين\". وأضاف أن المشاركة ضعيفة.",
                    {{"نافالني", doc::EntityType::kPerson, 1}, {"بوتين", doc::EntityType::kPerson, 2}}),
            "D[النتيجة معروفة سلفا وهي فوز بوتين]<نافالني#1 | I[المشاركة ضعيفة]<نافالني#1");
  // A reported clause that names a person: the reporter speaks.
  EXPECT_EQ(Extract("وقالت الشركة إن مولر لم يقابل أيا من موظفيها.",
                    {{"مولر", doc::EntityType::kPerson, 5}}),
            "I[مولر لم يقابل أيا من موظفيها]<الشركة");
}

TEST(ExtractorTest, NameInQuotesFoundByTheTaggerIsNotAQuote) {
  EXPECT_EQ(Extract("وقال الوزير إن \"تحالف واشنطن\" يستهدف بلاده.",
                    {{"تحالف واشنطن", doc::EntityType::kOrganization, 0}}),
            "I[\"تحالف واشنطن\" يستهدف بلاده]<الوزير");
}

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

TEST(ExtractorTest, Round5Constructions) { RunCases(kRound5, std::size(kRound5)); }

TEST(ExtractorTest, RelativeClauseSpeakerAndApposition) {
  // The country the relative clause describes speaks, not the subject of the sentence.
  EXPECT_EQ(Extract("وقدم سامي عرضا جديدا لإجراء محادثات مع كندا، التي ترفض الاتهامات وتشير إلى أن مواطنيها قتلوا.",
                    {{"سامي", doc::EntityType::kPerson, 1}, {"كندا", doc::EntityType::kLocation, 2}}),
            "I[مواطنيها قتلوا]<كندا#2");
  // A title between commas after a name: the antecedent runs from the name, whole.
  EXPECT_EQ(Extract("وانتقده جون سميث، نائب الرئيس الأميركي سابقا، والذي قال إن التعليق أضر بالحلفاء.",
                    {{"جون سميث", doc::EntityType::kPerson, 3},
                     {"الرئيس الأميركي", doc::EntityType::kPerson, 4, doc::MentionKind::kTitle}}),
            "I[التعليق أضر بالحلفاء]<جون سميث، نائب الرئيس الأميركي سابقا#3");
  // A name between commas after the subject: the nominal object after it is the content.
  EXPECT_EQ(Extract("أكد مهاجم الفريق، سامي العلي، موافقته على الانتقال إلى النادي الجديد.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}}),
            "I[موافقته على الانتقال إلى النادي الجديد]<مهاجم الفريق، سامي العلي#5");
  // ... and an object between the apposition and إلى (round 29: the content holds it).
  EXPECT_EQ(Extract("دعا المرشد الأعلى، سامي العلي، الدول الإسلامية إلى الوحدة في مواجهة الأزمات.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}}),
            "I[الدول الإسلامية إلى الوحدة في مواجهة الأزمات]<المرشد الأعلى، سامي العلي#5");
  // Without a name between the commas, nothing is taken as an apposition.
  EXPECT_EQ(Extract("أكد مهاجم الفريق، أمس، موافقته على الانتقال إلى النادي الجديد."),
            "I[موافقته على الانتقال إلى النادي الجديد]<مهاجم الفريق");
}

TEST(ExtractorTest, StatementAuthorOfFihaVerb) {
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

TEST(ExtractorTest, PersonSourceHeadingItsClause) {
  const char* text = "وتحدث المدرب كريم عن اللاعب. لكنه وفقا لكريم، يركز اللاعب على تطوير مهاراته الخاصة.";
  // The source's ل is stripped to find the person the tagger named elsewhere.
  EXPECT_EQ(Extract(text, {{"كريم", doc::EntityType::kPerson, 6}}), "I[يركز اللاعب على تطوير مهاراته الخاصة]<كريم");
  // Without a person named, a source heading its clause gives nothing (وفقا للإحصاءات).
  EXPECT_EQ(Extract(text), "");
  EXPECT_EQ(Extract("ووفقا للإحصاءات الرسمية، ارتفع عدد السكان إلى عشرة ملايين نسمة."), "");
}

// Round 6: constructions found by classing the misses of held-out 3 (JawharaFM, SaudiNewsNet);
// sentences written for marsad.
constexpr Case kRound6[] = {
    {"و written apart is the verb's conjunction, not its subject",
     "وقال الوزير إن الوضع صعب. و أوضح أن الحكومة تعمل على الحل.",
     "I[الوضع صعب]<الوزير | I[الحكومة تعمل على الحل]<الوزير"},
    {"و written apart before a verb ends the reported clause",
     "وقال الوزير إن الوضع صعب و أضاف أن الحل قريب.",
     "I[الوضع صعب]<الوزير | I[الحل قريب]<الوزير"},
    {"ف written apart too", "قالت الوزيرة إن الخطة جاهزة. ف أضافت أن التنفيذ يبدأ غدا.",
     "I[الخطة جاهزة]<الوزيرة | I[التنفيذ يبدأ غدا]<الوزيرة"},
    {"a quoted name after a title, before أن, is the speaker's",
     "أكد مدير المهرجان \"سامي العلي\" أنه قبل المهمة رغم الصعوبات.",
     "I[قبل المهمة رغم الصعوبات]<مدير المهرجان \"سامي العلي\""},
    {"a quoted name alone as the subject, before أن",
     "و بخصوص الميزانية، أكد \"سامي العلي\" أن العجز سيتراجع هذا العام.",
     "I[العجز سيتراجع هذا العام]<سامي العلي"},
    {"a quoted phrase that is not before أن stays out of the subject",
     "وقال المدير \"سنواصل العمل حتى النهاية\" للصحفيين.",
     "D[سنواصل العمل حتى النهاية]<المدير"},
    {"حسب تعبيره after a quote: the previous speaker",
     "وقال الوزير إن الأزمة انتهت، وذلك بعد \"تراجع الثقة في المؤسسات المالية\" حسب تعبيره.",
     "I[الأزمة انتهت]<الوزير | D[تراجع الثقة في المؤسسات المالية]<الوزير"},
    {"بحسب تعبيرها agrees with a feminine speaker",
     "وقالت الوزيرة إن الأزمة انتهت. وقال النائب إن العجز كبير، و\"الوضع لا يحتمل التأجيل\" بحسب تعبيرها.",
     "I[الأزمة انتهت]<الوزيرة | I[العجز كبير، و\"الوضع لا يحتمل التأجيل\" بحسب تعبيرها]<النائب | "
     "D[الوضع لا يحتمل التأجيل]<الوزيرة"},
    {"بين before أن is a speech verb", "وبين الوزير أن الأسعار ستنخفض خلال الشهر المقبل.",
     "I[الأسعار ستنخفض خلال الشهر المقبل]<الوزير"},
    {"بين without أن is the preposition", "وقال الوزير إن الخلاف بين الطرفين قديم جدا.",
     "I[الخلاف بين الطرفين قديم جدا]<الوزير"},
    {"أبان before أن; إبان is the preposition", "وأبان المدير أن المشروع تأخر إبان الأزمة الأخيرة.",
     "I[المشروع تأخر إبان الأزمة الأخيرة]<المدير"},
    {"متمنيا أن", "وقال المدرب إن فريقه جاهز، متمنيا أن تكون المباراة قوية وممتعة.",
     "I[فريقه جاهز]<المدرب | I[تكون المباراة قوية وممتعة]<المدرب"},
    {"تحدث عن + a topic", "من جانبه تحدث عضو المكتب السياسي عن ضرورة وضع خطة واضحة للتمويل.",
     "I[ضرورة وضع خطة واضحة للتمويل]<عضو المكتب السياسي"},
    {"تحدث without عن gives nothing", "وتحدث الوزير في المؤتمر الصحفي طويلا.", ""},
    {"تحدث عن + a topic, not a position, gives nothing",
     "وتحدث الخبير في هذا الفيديو عن دور التقنية في الأسواق المالية.", ""},
    {"تمنى without أن is not a cue inside a reported clause",
     "وأكد اللاعب أنه تمنى الفوز بالبطولة، مشددا بقوله: «سنقاتل حتى النهاية».",
     "I[تمنى الفوز بالبطولة]<اللاعب | D[سنقاتل حتى النهاية]<اللاعب"},
};

TEST(ExtractorTest, Round6Constructions) { RunCases(kRound6, std::size(kRound6)); }

TEST(ExtractorTest, TitleCutBeforeANameInApposition) {
  // The title runs past the words the lexicon knows (لحزب) to the name between commas.
  // (حزب written alone elsewhere makes لحزب read as "to X", which ends a plain subject.)
  EXPECT_EQ(Extract("وعقد حزب آفاق الغد مؤتمره. وقال الأمين العام لحزب آفاق الغد، سامي العلي، إن الحزب سيشارك في الانتخابات.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}}),
            "I[الحزب سيشارك في الانتخابات]<الأمين العام لحزب آفاق الغد، سامي العلي#5");
  // Without a name between the commas the title is not extended.
  EXPECT_EQ(Extract("وعقد حزب آفاق الغد مؤتمره. وقال الأمين العام لحزب آفاق الغد، أمس، إن الحزب سيشارك في الانتخابات."),
            "I[الحزب سيشارك في الانتخابات]<الأمين العام");
}

TEST(ExtractorTest, TitleWithAnOrganisationBeforeTheName) {
  // للحزب (ل + a word the document writes alone) then a person's name: part of the title.
  EXPECT_EQ(Extract("وعقد الحزب مؤتمره اليوم. من جانبه تحدث عضو المكتب السياسي للحزب زيد العلي عن ضرورة وضع خطة واضحة.",
                    {{"زيد العلي", doc::EntityType::kPerson, 2}}),
            "I[ضرورة وضع خطة واضحة]<عضو المكتب السياسي للحزب زيد العلي#2");
  // Without a name after it, such a word is an addressee and ends the speaker (قال مون لكيم).
  EXPECT_EQ(Extract("ووصل زيد إلى المؤتمر. وقال سامي لزيد إن الاجتماع انتهى بنجاح.",
                    {{"زيد", doc::EntityType::kPerson, 2}, {"سامي", doc::EntityType::kPerson, 1}}),
            "I[الاجتماع انتهى بنجاح]<سامي#1");
}

TEST(ExtractorTest, NameStartingWithALexiconWord) {
  // علي is spelt like the preposition على: after a rank, the tagger's name goes on.
  EXPECT_EQ(Extract("وقال الرائد علي السالم: «لن تهزمنا هذه العملية».", {{"علي السالم", doc::EntityType::kPerson, 3}}),
            "D[لن تهزمنا هذه العملية]<الرائد علي السالم#3");
  // Without the tagger the preposition ends the speaker, as before.
  EXPECT_EQ(Extract("وقال الرائد علي السالم: «لن تهزمنا هذه العملية»."), "D[لن تهزمنا هذه العملية]<الرائد");
}

TEST(ExtractorTest, CoordinatedDaaWithNoNamedSubject) {
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

// Round 7: constructions found by classing the misses of held-out 4 (SaudiNewsNet, JawharaFM,
// AlArabiya, BBC, France24); sentences written for marsad.
constexpr Case kRound7[] = {
    {"an imperfect speech verb inside reported content is its predicate, not a relay",
     "ولفت الوزير إلى أن الطرفين يؤكدون على وقف إطلاق النار.",
     "I[الطرفين يؤكدون على وقف إطلاق النار]<الوزير"},
    {"after a comma, an imperfect verb with أن right after it continues the clause",
     "وقال المندوب إن السياح سيصلون غدا، معتبرا أن عودة السياح بعد القرار، يؤكد أن البلاد وجهة مفضلة.",
     "I[السياح سيصلون غدا]<المندوب | I[عودة السياح بعد القرار، يؤكد أن البلاد وجهة مفضلة]<المندوب"},
    {"a perfect verb inside the content still makes the outer verb a relay",
     "وذكرت الوكالة أن الوزير قال إن الاتفاق بات قريبا.", "I[الاتفاق بات قريبا]<الوزير"},
    {"reported content runs over a semicolon",
     "وقال الوزير: نحن ندعم الحوار، خاصة في الأزمات؛ هو أننا نبحث عن السلام دائما.",
     "I[نحن ندعم الحوار، خاصة في الأزمات؛ هو أننا نبحث عن السلام دائما]<الوزير"},
    {"a coordinated verb after a semicolon still starts a new statement",
     "وقال الوزير إن الحوار مهم جدا؛ وأضاف أن الحل قريب.",
     "I[الحوار مهم جدا]<الوزير | I[الحل قريب]<الوزير"},
    {"a quoted name alone before a colon is the subject",
     "وقال \"سامي العلي\": نحن مستعدون للحوار مع الجميع.",
     "I[نحن مستعدون للحوار مع الجميع]<سامي العلي"},
    {"a quoted name after the title, then a semicolon and the preposition",
     "كشف المبعوث إلى المنطقة \"سامي بن زيد العلي\"؛ عن استعداد الأطراف للحوار قريبا.",
     "I[استعداد الأطراف للحوار قريبا]<المبعوث"},
    {"a heading right before a coordinated verb is not its subject",
     "وقال الوزير إن الاقتصاد ينمو.\nنتائج إيجابية وتابع \"الاستثمار يتزايد كل عام\".",
     "I[الاقتصاد ينمو]<الوزير | D[الاستثمار يتزايد كل عام]<الوزير"},
    {"in a statement, between the subject and the preposition",
     "أعلن مكتب رئيس الحكومة في بيان، عن بدء حملة واسعة ضد الفساد.",
     "I[بدء حملة واسعة ضد الفساد]<مكتب رئيس الحكومة"},
    {"بقوله: and the content after the colon",
     "وقال الوزير إن الأزمة طويلة. وتحدث الوزير عن آثار الأزمة بقوله: قبل عامين كان الوضع أفضل بكثير.",
     "I[الأزمة طويلة]<الوزير | I[قبل عامين كان الوضع أفضل بكثير]<الوزير"},
    {"ووفقا للبيان at the head of a clause: the statement's author",
     "أعلن مكتب رئيس الحكومة في بيان، عن بدء حملة واسعة ضد الفساد. ووفقا للبيان، فقد اعتقلت الشرطة عشرة مسؤولين كبار.",
     "I[بدء حملة واسعة ضد الفساد]<مكتب رئيس الحكومة | I[اعتقلت الشرطة عشرة مسؤولين كبار]<مكتب رئيس الحكومة"},
    {"ووفقا للبيان with no statement before gives nothing",
     "ووفقا للبيان، فقد اعتقلت الشرطة عشرة مسؤولين كبار.", ""},
    {"أشار إلى + a noun phrase after a speaker: a statement",
     "وقال الوزير إن الوضع مستقر، مشيرا إلى وجود خطة لمواجهة الأزمة.",
     "I[الوضع مستقر]<الوزير | I[وجود خطة لمواجهة الأزمة]<الوزير"},
    {"أشار إلى + a noun phrase with a subject that is no person: nothing",
     "وتشير الاستطلاعات إلى تقدم الحزب الحاكم في الانتخابات.", ""},
    {"كشف عن", "كشفت الوزارة عن خطة جديدة لدعم المزارعين.", "I[خطة جديدة لدعم المزارعين]<الوزارة"},
    {"قدر أن", "وقدرت المنظمة أن الإنتاج سينخفض هذا العام.", "I[الإنتاج سينخفض هذا العام]<المنظمة"},
    {"قدر without أن is the noun", "وعمل الفريق قدر الإمكان على إنهاء المشروع.", ""},
    {"إلى كون opens reported content",
     "وقال الوزير إن المشروع تأخر، مشيرا إلى كون التمويل لم يصل بعد.",
     "I[المشروع تأخر]<الوزير | I[التمويل لم يصل بعد]<الوزير"},
};

TEST(ExtractorTest, Round7Constructions) { RunCases(kRound7, std::size(kRound7)); }

TEST(ExtractorTest, TitleTailRunsToTheName) {
  // A title cut at a word with ل/ب and the article runs on to the tagger's name within three
  // words (المندوب الجهوي للسياحة بسوسة X، مدير الإدارة بالمنطقة الشمالية X).
  EXPECT_EQ(Extract("وقال المندوب الجهوي للسياحة بسوسة سامي العلي إن الموسم واعد.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[الموسم واعد]<المندوب الجهوي للسياحة بسوسة سامي العلي#1");
  EXPECT_EQ(Extract("وتحدث مدير الإدارة بالمنطقة الشمالية زيد العلي عن أهمية السلامة في العمل.",
                    {{"زيد العلي", doc::EntityType::kPerson, 2}}),
            "I[أهمية السلامة في العمل]<مدير الإدارة بالمنطقة الشمالية زيد العلي#2");
  // أشار إلى + a noun phrase: with a person the tagger found as its subject, a statement.
  EXPECT_EQ(Extract("وأشار المدرب سامي العلي إلى جاهزية اللاعبين للمباراة المقبلة.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[جاهزية اللاعبين للمباراة المقبلة]<المدرب سامي العلي#1");
  // Without a name there, the title ends as before.
  EXPECT_EQ(Extract("وقال المندوب الجهوي للسياحة بسوسة إن الموسم واعد."), "I[الموسم واعد]<المندوب الجهوي");
  // A speaker already named does not run on to a second name (an addressee).
  EXPECT_EQ(Extract("وقال سامي للصحفيين زيد العلي إن الموسم واعد.",
                    {{"سامي", doc::EntityType::kPerson, 1}, {"زيد العلي", doc::EntityType::kPerson, 2}}),
            "I[الموسم واعد]<سامي#1");
}

// Round 8: constructions of held-out 5's misses, on hand-written sentences.
constexpr Case kRound8[] = {
    {"the saying noun right after the verb is no subject",
     "وقال الوزير إن الحرب انتهت. وتابع بالقول: \"السلام بات قريبا جدا\".",
     "I[الحرب انتهت]<الوزير | D[السلام بات قريبا جدا]<الوزير"},
    {"a subject between كان and the verb, no قد: the time words after the verb are not it",
     "كانت الحكومة قالت العام الماضي إن الإنتاج بلغ مليوني طن.", "I[الإنتاج بلغ مليوني طن]<الحكومة"},
    {"a subject between كان and أبلغ: the addressee after the verb is not it",
     "كان وزير سوري أبلغ رويترز في فبراير أن بلاده لا تتوقع الاستيراد.",
     "I[بلاده لا تتوقع الاستيراد]<وزير سوري"},
    {"أبلغ with a one-word subject keeps it",
     "وأبلغ الوزير أن الاتفاق بات قريبا.", "I[الاتفاق بات قريبا]<الوزير"},
    {"an inner perfect verb with a preposition is the outer speaker's content, not a relay",
     "وأوضحت الوزيرة أن اللجنة تعهدت بإثبات الحقوق كاملة، مشيرة إلى أن العمل جار حاليا.",
     "I[اللجنة تعهدت بإثبات الحقوق كاملة]<الوزيرة | I[العمل جار حاليا]<الوزيرة"},
    {"an inner perfect verb with its complementizer still makes the outer verb a relay",
     "وذكرت الوكالة أن اللجنة قالت إن العمل جار حاليا.", "I[العمل جار حاليا]<اللجنة"},
    {"a place phrase between commas before the preposition",
     "دعا الرئيس، أمس الثلاثاء، من فيينا، إلى رفع العقوبات عن بلاده.", "I[رفع العقوبات عن بلاده]<الرئيس"},
    {"a sentence-end source, then in a statement",
     "اعتقل رجل يخطط لهجمات في العاصمة، وفق ما أعلنت الشرطة في بيان.",
     "I[اعتقل رجل يخطط لهجمات في العاصمة]<الشرطة"},
    {"a speech verb after دون is a noun",
     "وقال الوزير إن الحزب مفتوح للجميع دون ذكر أسماء بعينها، مشيرا إلى أن \"الجميع مرحب بهم دائما\".",
     "I[الحزب مفتوح للجميع دون ذكر أسماء بعينها]<الوزير | D[الجميع مرحب بهم دائما]<الوزير"},
    {"a speaker in a report already introduced does not issue it",
     "وقال تقرير مشترك أصدرته المنظمتان إن الإنتاج تراجع كثيرا. وقال مدير القسم في التقرير "
     "\"الوضع صعب جدا\". وقال التقرير إن المساحة المزروعة هي الأقل.",
     "I[الإنتاج تراجع كثيرا]<تقرير مشترك أصدرته المنظمتان | D[الوضع صعب جدا]<مدير القسم | "
     "I[المساحة المزروعة هي الأقل]<تقرير مشترك أصدرته المنظمتان"},
};

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

TEST(ExtractorTest, Round8Constructions) { RunCases(kRound8, std::size(kRound8)); }
TEST(ExtractorTest, Round10Constructions) { RunCases(kRound10, std::size(kRound10)); }

TEST(ExtractorTest, TitleRunsOnToThePersonNamedAfterIt) {
  // A title cut at a في phrase with a quoted name, at a ل phrase, at a coordinated second
  // title: the person the tagger names right before the content speaks.
  EXPECT_EQ(Extract("وأعلن مدير المبيعات في \"نوفا\" سامي العلي أن الشركة ستفتح فرعا جديدا.",
                    {{"نوفا", doc::EntityType::kOrganization, 2}, {"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[الشركة ستفتح فرعا جديدا]<مدير المبيعات في \"نوفا\" سامي العلي#1");
  EXPECT_EQ(Extract("وأشار الناطق الرسمي للجمعية الوطنية للمزارعين سامي العلي أن الموسم كان جيدا.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[الموسم كان جيدا]<الناطق الرسمي للجمعية الوطنية للمزارعين سامي العلي#1");
  EXPECT_EQ(Extract("وأكد عضو مجلس الإدارة والمشرف على الفريق الأول سامي العلي أن المدرب باق.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[المدرب باق]<عضو مجلس الإدارة والمشرف على الفريق الأول سامي العلي#1");
  // A ل-word whose rest the document writes alone (كرة القدم) is still part of the title.
  EXPECT_EQ(Extract("ويلعب الفريق كرة القدم. وأشار الناطق الرسمي للرابطة الوطنية لكرة القدم سامي العلي أنه سيقع درس الملف.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[سيقع درس الملف]<الناطق الرسمي للرابطة الوطنية لكرة القدم سامي العلي#1");
  // An addressee with a pronoun is no part of the title: the subject stays the speaker.
  EXPECT_EQ(Extract("وقال الوزير لنظيره سامي العلي إن الاتفاق قريب.", {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[الاتفاق قريب]<الوزير");
}

TEST(ExtractorTest, CarriedVerbPassesOverADataSource) {
  // وأشارت after a database's statement goes on with the organisation that read it.
  EXPECT_EQ(Extract("وقالت المنظمة إن السجون مكتظة. وذكرت قاعدة البيانات أن العدد ارتفع. وأشارت إلى أن الوضع خطير جدا.",
                    {{"المنظمة", doc::EntityType::kOrganization, 3}}),
            "I[السجون مكتظة]<المنظمة#3 | I[العدد ارتفع]<قاعدة البيانات | I[الوضع خطير جدا]<المنظمة#3");
  // With no other party before it, the data source speaks on.
  EXPECT_EQ(Extract("وذكرت قاعدة البيانات أن العدد ارتفع. وأشارت إلى أن الوضع خطير جدا."),
            "I[العدد ارتفع]<قاعدة البيانات | I[الوضع خطير جدا]<قاعدة البيانات");
}

TEST(ExtractorTest, VerbalNounBeforeAPlaceNameHeadsTheName) {
  // صحة + a place the tagger found is an organisation (the health directorate), the subject;
  // صحة before other words is a denial's object.
  EXPECT_EQ(Extract("وأوضحت صحة جازان أن الحالات مستقرة.", {{"جازان", doc::EntityType::kLocation, 7}}),
            "I[الحالات مستقرة]<صحة جازان#7");
  EXPECT_EQ(Extract("وقال سامي إن الوضع هادئ. ونفى صحة الأنباء عن إغلاق المعبر الحدودي.",
                    {{"سامي", doc::EntityType::kPerson, 1}}),
            "I[الوضع هادئ]<سامي#1 | I[صحة الأنباء عن إغلاق المعبر الحدودي]<سامي#1");
}

TEST(ExtractorTest, Round8TaggedSpeakers) {
  // A title between commas after the person's name, then the verb's preposition; the next
  // verb with no subject carries her.
  EXPECT_EQ(Extract("واعترفت سارة العلي، كبيرة مسؤولي الخصوصية لفيسبوك، بالضرر الذي لحق بالمستخدمين. "
                    "وقالت: \"سنصلح الأخطاء كلها\".",
                    {{"سارة العلي", doc::EntityType::kPerson, 1}}),
            "I[بالضرر الذي لحق بالمستخدمين]<سارة العلي#1 | D[سنصلح الأخطاء كلها]<سارة العلي#1");
  // The addressee of أبلغ before أن, a name the tagger found, is not part of the speaker.
  EXPECT_EQ(Extract("وأبلغ مسؤولون حكوميون رويترز أنهم يتوقعون محصولا جيدا.",
                    {{"رويترز", doc::EntityType::kOrganization, 1}}),
            "I[يتوقعون محصولا جيدا]<مسؤولون حكوميون");
  // An inner perfect verb with a preposition whose subject the tagger names: a relay.
  EXPECT_EQ(Extract("وذكرت الوكالة أن ايران دعت إلى الحوار بين الدول المجاورة.",
                    {{"ايران", doc::EntityType::kLocation, 1}}),
            "I[الحوار بين الدول المجاورة]<ايران#1");
  // بقوله right before a quote: the person the pronoun refers to.
  EXPECT_EQ(Extract("واكتفى سامي العلي بالتعليق على عودته بقوله \"أنا عدت إلى بيتي الأول\".",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "D[أنا عدت إلى بيتي الأول]<سامي العلي#1");
  // A name the tagger found that a ل-word cut runs to its end; the preposition follows it.
  EXPECT_EQ(Extract("كشفت المؤسسة العامة للتدريب التقني عن تشغيلها عشرين فرعا جديدا.",
                    {{"المؤسسة العامة للتدريب التقني", doc::EntityType::kOrganization, 1}}),
            "I[تشغيلها عشرين فرعا جديدا]<المؤسسة العامة للتدريب التقني#1");
  // A title of more than nine words runs on to the tagger's name.
  EXPECT_EQ(Extract("أوضح أمين منطقة جازان رئيس اللجنة المحلية للانتخابات البلدية بالمنطقة محمد حمود "
                    "الشايع، أنه تم رفع عدد المراكز.",
                    {{"محمد حمود الشايع", doc::EntityType::kPerson, 1}}),
            "I[تم رفع عدد المراكز]<أمين منطقة جازان رئيس اللجنة المحلية للانتخابات البلدية بالمنطقة "
            "محمد حمود الشايع#1");
  // A ل-word the document writes alone, not as a person, inside a title before the name.
  EXPECT_EQ(Extract("أكد المدير التنفيذي لحركة نداء تونس حافظ السبسي أن الحزب لديه الأدلة. "
                    "وتأسست حركة نداء تونس قبل سنوات.",
                    {{"حافظ السبسي", doc::EntityType::kPerson, 1}}),
            "I[الحزب لديه الأدلة]<المدير التنفيذي لحركة نداء تونس حافظ السبسي#1");
  // A ل-word naming a person the tagger found elsewhere stays an addressee.
  EXPECT_EQ(Extract("وقال الرئيس لكيم جونغ أون إن الاتفاق قريب. واستقبل كيم جونغ أون الوفد.",
                    {{"كيم جونغ أون", doc::EntityType::kPerson, 1}}),
            "I[الاتفاق قريب]<الرئيس");
}

// Round 11 (issue 7): the classes of held-out 8's wrong speakers, as general constructions;
// hand-written sentences and names.
TEST(ExtractorTest, Round11TitleStopsAtAParticipleOfAllegiance) {
  // موالٍ للرئيس X: X is the president; the commander speaks.
  EXPECT_EQ(Extract("وكشف قائد عسكري موالٍ للرئيس سامي العلي عن أن القوات أعدت خطة جديدة.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[القوات أعدت خطة جديدة]<قائد عسكري موالٍ");
  // Without the participle the title still runs on to the name (round 8).
  EXPECT_EQ(Extract("وكشف المستشار الإعلامي للرئيس سامي العلي عن أن القوات أعدت خطة جديدة.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[القوات أعدت خطة جديدة]<المستشار الإعلامي للرئيس سامي العلي#1");
}

TEST(ExtractorTest, Round11PossessorOfAStatementIsNotItsAuthor) {
  EXPECT_EQ(Extract("وتتطابق تصريحات الوزير سامي العلي مع أخرى أطلقها المتحدث باسم الجيش خالد الحسن، قال فيها "
                    "إن القوات ستنسحب قريبا.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}, {"خالد الحسن", doc::EntityType::kPerson, 2}}),
            "I[القوات ستنسحب قريبا]<خالد الحسن#2");
}

TEST(ExtractorTest, Round11MediumIsNotTheSpeaker) {
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

TEST(ExtractorTest, Round11JointSubjectGoesToItsFirstPart) {
  EXPECT_EQ(Extract("وقالت وكالة الأنباء الوطنية إن المهاجم قتل. وأفاد التلفزيون الرسمي ووكالة الأنباء الوطنية أن "
                    "الهجوم أحبط.",
                    {{"وكالة الأنباء الوطنية", doc::EntityType::kOrganization, 2},
                     {"ووكالة الأنباء الوطنية", doc::EntityType::kOrganization, 2}}),
            "I[المهاجم قتل]<وكالة الأنباء الوطنية#2 | I[الهجوم أحبط]<التلفزيون الرسمي");
  // A name that starts with و (وليد) is no second conjunct.
  EXPECT_EQ(Extract("وقال المدير وليد العلي إن الموسم انتهى.", {{"وليد العلي", doc::EntityType::kPerson, 1}}),
            "I[الموسم انتهى]<المدير وليد العلي#1");
}

constexpr Case kRound11[] = {
    {"an unnamed correspondent keeps its ل-pronoun", "ونقل التلفزيون عن مراسل له قوله إن المهاجم فجر نفسه قرب الجسر.",
     "I[المهاجم فجر نفسه قرب الجسر]<مراسل له"},
    {"the news a verb confirms is its object; the subject before it speaks on",
     "وقالت الصحيفة إن المدرب باع المباراة، علما أن سامي أكد هذه الأخبار للصحيفة وأشار إلى أن أحدهم سافر لإنقاذه.",
     "I[المدرب باع المباراة]<الصحيفة | I[أحدهم سافر لإنقاذه]<سامي"},
    {"the news as the subject of a sentence's first verb is no speaker",
     "وجاءت هذه الأنباء في وقت حساس، وكشفت عن خلافات كبيرة داخل النادي الكبير.", "I[خلافات كبيرة داخل النادي الكبير]<-"},
    {"a demand: طالب with an object before ب + a verbal noun",
     "وطالبت النقابة الوزارة بالإفراج عن العمال المعتقلين.", "I[بالإفراج عن العمال المعتقلين]<النقابة الوزارة"},
    {"a demand through a first-form verbal noun", "ويطالب السكان بوقف أعمال الحفر في الحي.",
     "I[بوقف أعمال الحفر في الحي]<السكان"},
    {"طالب the student is no cue", "وقال طالب بكلية الطب إن الامتحانات صعبة.", "I[الامتحانات صعبة]<طالب بكلية الطب"},
    {"a name in parentheses is part of the subject",
     "وكان موقع شبكة (نوفا تي في) الألمانية قد نشر تقريرا، وأشار في تقريره إلى أن المدرب باع المباراة.",
     "I[المدرب باع المباراة]<موقع شبكة (نوفا تي في) الألمانية"},
    {"after a name in parentheses the verb's object is no part of it",
     "وأعلنت وكالة الأنباء (نوفا) اختطاف عدد من الجنود، وقالت إن الهجوم وقع فجرا.",
     "I[الهجوم وقع فجرا]<وكالة الأنباء (نوفا)"},
    {"after other verbs a colon and a quote go on with the speaker's words",
     "وقال الوزير إن الوضع صعب أيضا: \"نحن نعمل بلا توقف\".",
     "I[الوضع صعب أيضا: \"نحن نعمل بلا توقف\"]<الوزير | D[نحن نعمل بلا توقف]<الوزير"},
    {"a colon before a quote ends a reported clause",
     "وطالب المدير من الابن أن ينضم إلى الفريق فكان جواب الابن: «أنا معكم دائما».", "I[ينضم إلى الفريق فكان جواب الابن]<المدير"},
};

TEST(ExtractorTest, Round11Constructions) { RunCases(kRound11, std::size(kRound11)); }

constexpr Case kRound12[] = {
    {"an accusation: اتهم with an object before ب + a verbal noun",
     "واتهمت النقابة الوزارة بتجاهل مطالب العمال.", "I[بتجاهل مطالب العمال]<النقابة الوزارة"},
    {"an accusation through a first-form verbal noun", "ويتهم السكان الشركة بقطع المياه عن الحي.",
     "I[بقطع المياه عن الحي]<السكان الشركة"},
    {"a threat with its content after ب", "وهدد الحزب بقطع الهدنة مع الحكومة.", "I[بقطع الهدنة مع الحكومة]<الحزب"},
    {"a threat with no ب is no statement", "وهددت الغارات الجوية الهدنة الهشة في المنطقة.", ""},
    {"the imperfect تهدد (a thing endangers) is no cue", "وتهدد الأزمة بانهيار الاقتصاد في البلاد كلها.", ""},
    {"an accusation whose ب-word is no verbal noun is no statement", "ويتهم الشاب بالمحكمة منذ شهر.", ""},
    {"a claim of responsibility: تبنى with an attack as its object",
     "لكنها تبنت الاعتداء الذي استهدف مركز الشرطة في المدينة.", "I[الاعتداء الذي استهدف مركز الشرطة في المدينة]<-"},
    {"a claim with its subject and a time word", "وتبنت الحركة المسلحة الأربعاء قتل جنديين في البلدة الحدودية.",
     "I[قتل جنديين في البلدة الحدودية]<الحركة المسلحة"},
    {"تبنى \"adopted\" is no cue, nor is the verbal noun تبني",
     "وقال المدير إن الحكومة تبنت مشروع قانون جديد، وأبدى أمنيته بعمل مسابقة فيما لو تم تبني هذا المشروع، ولفت إلى أن "
     "المسابقة ستعود في العام المقبل.",
     "I[الحكومة تبنت مشروع قانون جديد]<المدير | I[أمنيته بعمل مسابقة]<المدير | "
     "I[المسابقة ستعود في العام المقبل]<المدير"},
};

TEST(ExtractorTest, Round12Constructions) { RunCases(kRound12, std::size(kRound12)); }

TEST(ExtractorTest, Round12AccusedIsNoPartOfTheSpeaker) {
  // The accused after the accuser's name is the verb's object.
  EXPECT_EQ(Extract("وتتهم تركيا المليشيا بالسعي لإنشاء كيان مستقل.", {{"تركيا", doc::EntityType::kLocation, 1}}),
            "I[بالسعي لإنشاء كيان مستقل]<تركيا#1");
  EXPECT_EQ(Extract("واتهم الوزير سامي العلي إيران بتسهيل تسليم الأسلحة.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}, {"إيران", doc::EntityType::kLocation, 2}}),
            "I[بتسهيل تسليم الأسلحة]<الوزير سامي العلي#1");
  EXPECT_EQ(Extract("وتتهم تركيا المليشيا أيضا بالسعي لإنشاء كيان مستقل.", {{"تركيا", doc::EntityType::kLocation, 1}}),
            "I[بالسعي لإنشاء كيان مستقل]<تركيا#1");
  // Trap: a person's name that ends the words is the speaker's, not an object.
  EXPECT_EQ(Extract("وهدد الرئيس سامي العلي بقطع العلاقات مع الجار.", {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[بقطع العلاقات مع الجار]<الرئيس سامي العلي#1");
}

TEST(ExtractorTest, Round12TitleStopsBeforeTheOutletSpokenTo) {
  // The tagger's title runs on to the agency the spokesman spoke to: the speaker stops before it.
  const char* text = "وقال ناطق باسم وزارة الخارجية في موسكو لوكالة الأنباء العالمية إن بلاده سترد على القرار.";
  EXPECT_EQ(Extract(text, {{"ناطق باسم وزارة الخارجية في موسكو لوكالة الأنباء العالمية", doc::EntityType::kPerson, 0,
                            doc::MentionKind::kTitle},
                           {"موسكو", doc::EntityType::kLocation, 0}}),
            "I[بلاده سترد على القرار]<ناطق باسم وزارة الخارجية في موسكو");
  // Trap: a لل-word inside a title is part of it (للشؤون), not an addressee.
  const char* title = "وقال وزير الدولة للشؤون الخارجية في تغريدة إن بلاده سترد على القرار.";
  EXPECT_EQ(Extract(title, {{"وزير الدولة للشؤون الخارجية", doc::EntityType::kPerson, 0, doc::MentionKind::kTitle}}),
            "I[بلاده سترد على القرار]<وزير الدولة للشؤون الخارجية");
}

// Round 13 (hand-written sentences; each test fails without its rule).
TEST(ExtractorTest, Round13SayingNounWithOn) {
  // بالتأكيد على + a quote: the sentence's speaker (the quote opening prepositional content stays
  // inside the reported quote, as after شدد على "...").
  EXPECT_EQ(Extract("واختتم الوزير سامي العلي زيارته للمدينة، بالتأكيد على \"استعداد بلاده الكامل\" لتوسيع التعاون مع الجيران.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[\"استعداد بلاده الكامل\" لتوسيع التعاون مع الجيران]<الوزير سامي العلي#1");
  // بالتأكيد على أن ...: the content after the complementizer.
  EXPECT_EQ(Extract("وختمت الوزيرة سلمى الحسن كلمتها بالتأكيد على أنها اتفقت مع نظيرها على تشكيل لجنة مشتركة.",
                    {{"سلمى الحسن", doc::EntityType::kPerson, 2}}),
            "I[اتفقت مع نظيرها على تشكيل لجنة مشتركة]<الوزيرة سلمى الحسن#2");
  // Trap: the adverb بالتأكيد "certainly" before على + a plain noun is no cue.
  EXPECT_EQ(Extract("وسيخيم القلق بالتأكيد على لقاء الإياب بين الفريقين الأربعاء."), "");
}

TEST(ExtractorTest, Round13DefiniteNounRefersBack) {
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

TEST(ExtractorTest, Round13DefiniteNounWithAnAdjectiveStays) {
  // Trap: an adjective after the noun may name another party (الرئيس التركي is not the earlier
  // رئيس مكتب الاتصالات).
  EXPECT_EQ(Extract("وقال رئيس مكتب الاتصالات إن الشبكة ستعود غدا. وقال الرئيس التركي إن بلاده سترد على القرار."),
            "I[الشبكة ستعود غدا]<رئيس مكتب الاتصالات | I[بلاده سترد على القرار]<الرئيس التركي");
}

TEST(ExtractorTest, Round13DescribedObjectAfterTheSubject) {
  // ووصف X ما يحدث بأنه: the words stopped at ما, the object; the subject keeps its last word.
  EXPECT_EQ(Extract("ووصف رئيس النقابة ما يحدث بأنه فضيحة كبيرة للجميع."), "I[ما يحدث بأنه فضيحة كبيرة للجميع]<رئيس النقابة");
  // Trap: an object the words ran into is still cut (وصف X الاتفاق بأنه).
  EXPECT_EQ(Extract("ووصف رئيس النقابة الاتفاق بأنه خطوة مهمة للجميع."), "I[الاتفاق بأنه خطوة مهمة للجميع]<رئيس النقابة");
}

TEST(ExtractorTest, OffsetsPointIntoTheText) {
  const std::string text = "مقدمة.\nقال الوزير: “نعم للحوار”.";
  doc::AnalyzedDoc d = MakeDoc(text);
  std::vector<QuoteTrace> trace;
  auto quotes = TheExtractor().Extract(d, &trace);
  ASSERT_EQ(quotes.size(), 1u);
  ASSERT_EQ(trace.size(), 1u);
  EXPECT_EQ(quotes[0].span.In(text), "نعم للحوار");
  EXPECT_EQ(quotes[0].span.begin, text.find("نعم"));
  ASSERT_TRUE(quotes[0].speaker.mention.has_value());
  EXPECT_EQ(quotes[0].speaker.mention->In(text), "الوزير");
  EXPECT_EQ(trace[0].found, Found::kAfterCue);
  EXPECT_EQ(trace[0].attribution, Attribution::kExplicit);
  EXPECT_EQ(d.analysis.tokens[trace[0].cue_token].token.In(text), "قال");
}

TEST(ExtractorTest, EmptyAndOddInputs) {
  EXPECT_EQ(Extract(""), "");
  EXPECT_EQ(Extract("\"\"\"\" «» “”"), "");
  EXPECT_EQ(Extract("قال"), "");
  EXPECT_EQ(Extract("قال الوزير إن"), "");
  EXPECT_EQ(Extract("\"غير مغلق"), "");
  EXPECT_EQ(Extract("»مقلوب« قال"), "");
}

// Round 14 (hand-written sentences; the first check fails without the rule).
TEST(ExtractorTest, Round14TitleRunsOnToItsOrganisation) {
  // A title with no name runs on through في + the organisation it belongs to, which does not
  // become the speaker's entity.
  EXPECT_EQ(Extract("وقال رئيس قسم الهواتف في الشركة الكورية الكبرى، إن الخلل في البطارية.",
                    {{"الشركة الكورية الكبرى", doc::EntityType::kOrganization, 4}}),
            "I[الخلل في البطارية]<رئيس قسم الهواتف في الشركة الكورية الكبرى");
  // Also through لدى.
  EXPECT_EQ(Extract("وقال مسؤول لدى الشركة الكورية الكبرى إن الخلل في البطارية.",
                    {{"الشركة الكورية الكبرى", doc::EntityType::kOrganization, 4}}),
            "I[الخلل في البطارية]<مسؤول لدى الشركة الكورية الكبرى");
  // Trap: not through ل + the outlet spoken to (round 12).
  EXPECT_EQ(Extract("وقال رئيس قسم الهواتف لوكالة الأنباء العالمية إن الخلل في البطارية.",
                    {{"الأنباء العالمية", doc::EntityType::kOrganization, 5}}),
            "I[الخلل في البطارية]<رئيس قسم الهواتف");
  // Trap: not through في + a place (held-out 10's وسائل إعلام محلية في تركيا, a trap for Turkey).
  EXPECT_EQ(Extract("وقالت وسائل إعلام محلية في تركيا إن الخلل في البطارية.",
                    {{"تركيا", doc::EntityType::kLocation, 6}}),
            "I[الخلل في البطارية]<وسائل إعلام محلية");
  // Trap: a named speaker's في + place is where he spoke.
  EXPECT_EQ(Extract("وقال سامي العلي في القاهرة، إن الخلل في البطارية.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}, {"القاهرة", doc::EntityType::kLocation, 6}}),
            "I[الخلل في البطارية]<سامي العلي#1");
  // Trap: في + no name (a press conference) stays out.
  EXPECT_EQ(Extract("وقال رئيس قسم الهواتف في مؤتمر صحفي إن الخلل في بطارية الشركة.",
                    {{"الشركة", doc::EntityType::kOrganization, 4}}),
            "I[الخلل في بطارية الشركة]<رئيس قسم الهواتف");
}

TEST(ExtractorTest, Round14MediaOfficeSpeaksWithItsOwner) {
  // A media office's ل-phrase names the body it speaks for, also when the entities stage found
  // the office alone as a title.
  const char* text = "وقال المركز الإعلامي للحركة الشعبية إن مئات الشباب يتدافعون على مراكز التجنيد.";
  EXPECT_EQ(Extract(text), "I[مئات الشباب يتدافعون على مراكز التجنيد]<المركز الإعلامي للحركة الشعبية");
  EXPECT_EQ(Extract(text, {{"المركز الإعلامي", doc::EntityType::kOrganization, 3, doc::MentionKind::kTitle}}),
            "I[مئات الشباب يتدافعون على مراكز التجنيد]<المركز الإعلامي للحركة الشعبية#3");
  // Trap: an [addressee] word after it is the outlet spoken to.
  EXPECT_EQ(Extract("وقال المركز الإعلامي لوكالة الأنباء المحلية إن مئات الشباب يتدافعون على مراكز التجنيد."),
            "I[مئات الشباب يتدافعون على مراكز التجنيد]<المركز الإعلامي");
  // Trap: a ل-phrase after another title is cut as before (the last name ends the words).
  EXPECT_EQ(Extract("وقال المركز الوطني للحركة الشعبية إن مئات الشباب يتدافعون على مراكز التجنيد.",
                    {{"المركز الوطني", doc::EntityType::kOrganization, 3, doc::MentionKind::kTitle}}),
            "I[مئات الشباب يتدافعون على مراكز التجنيد]<المركز الوطني#3");
}
TEST(ExtractorTest, OutletBetweenVerbAndSubjectIsNoSpeaker) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // أكد لـ«عكاظ» X أن ...: the outlet the speaker talked to stands between the verb and him.
  EXPECT_EQ(Extract("أكد لـ«عكاظ» رئيس المجلس البلدي زيد آل سليمان، أن المتقاعدين هم الأفضل.",
                    {{"زيد آل سليمان", kPer, 7}}),
            "I[المتقاعدين هم الأفضل]<رئيس المجلس البلدي زيد آل سليمان#7");
  // With a space after لـ, and after an outlet noun; the next quote carries him, not the one before.
  EXPECT_EQ(Extract("وقال سامي العلي إن السوق مزدحم. وأوضح لـ «اليوم» المهندس خالد العمر أن المنطقة تحتاج "
                    "إلى مشاريع. وأضاف أن العمل بدأ. وقال لصحيفة «الحياة» الوزير إن الدعم مستمر.",
                    {{"سامي العلي", kPer, 7}, {"خالد العمر", kPer, 8}}),
            "I[السوق مزدحم]<سامي العلي#7 | I[المنطقة تحتاج إلى مشاريع]<المهندس خالد العمر#8 | "
            "I[العمل بدأ]<المهندس خالد العمر#8 | I[الدعم مستمر]<الوزير");
  // Trap: a ب-phrase after the outlet is how the talk went; the subject was before the verb.
  EXPECT_EQ(Extract("وقال مسؤول أوروبي شارك في المفاوضات وتحدث لـ«رويترز» بشرط عدم الكشف عن اسمه أن "
                    "فرصة الاتفاق ضعيفة."),
            "I[فرصة الاتفاق ضعيفة]<مسؤول أوروبي شارك");
  // Trap: the outlet after the subject changes nothing.
  EXPECT_EQ(Extract("وقال مدير الشركة لـ«عكاظ» إن الأسعار سترتفع."), "I[الأسعار سترتفع]<مدير الشركة");
}

namespace marsad::quotes {
namespace {

TEST(ExtractorTest, Round15TitleRunsOnThroughBa) {
  // A title with no person's name runs on through ب + the place or body it belongs to when the
  // content opens right after it; the title mention the entities stage found stays inside.
  EXPECT_EQ(Extract("من جهته أشار رئيس نادي كرة اليد بالمرسى إلى أن فريقه قد أرسل ملفا كاملا إلى الجامعة.",
                    {{"رئيس نادي كرة اليد", doc::EntityType::kPerson, 2, doc::MentionKind::kTitle}}),
            "I[فريقه قد أرسل ملفا كاملا إلى الجامعة]<رئيس نادي كرة اليد بالمرسى#2");
  // Also with the place's adjective (بالنادي الأهلي) and a colon.
  EXPECT_EQ(Extract("وقال مدير المركز الإعلامي بالنادي الأهلي: \"الفريق جاهز للمباراة\"."),
            "D[الفريق جاهز للمباراة]<مدير المركز الإعلامي بالنادي الأهلي");
  // Trap: ب + a verbal noun is no place (بالمناسبة "on the occasion").
  EXPECT_EQ(Extract("وأكد رئيس نادي كرة اليد بالمناسبة أن الفريق جاهز."), "I[الفريق جاهز]<رئيس نادي كرة اليد");
  // Trap: a named speaker's ب-phrase is not run on to (the name ends the words).
  EXPECT_EQ(Extract("وأشار سامي العلي بالمرسى إلى أن فريقه قد أرسل ملفا.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}}),
            "I[فريقه قد أرسل ملفا]<سامي العلي#1");
}

TEST(ExtractorTest, Round15CompanyTypedAsPlace) {
  // The tagger types the company a place where its head speaks, an organisation elsewhere: the
  // title runs on to it (round 14's run-on), and the company is not the speaker's entity.
  EXPECT_EQ(Extract("وقالت سامسونغ إن البيع متوقف. وقال رئيس قسم الهواتف في سامسونغ إن الخلل في البطارية.",
                    {{"سامسونغ", doc::EntityType::kOrganization, 4}, {"سامسونغ", doc::EntityType::kLocation, 4}}),
            "I[البيع متوقف]<سامسونغ#4 | I[الخلل في البطارية]<رئيس قسم الهواتف في سامسونغ");
  // Also after the designator شركة.
  EXPECT_EQ(Extract("وقال رئيس قسم الهواتف في شركة سامسونغ إن الخلل في البطارية.",
                    {{"سامسونغ", doc::EntityType::kLocation, 4}}),
            "I[الخلل في البطارية]<رئيس قسم الهواتف في شركة سامسونغ");
  // Trap: a place the document never names as an organisation is where they spoke (held-out
  // 10's وسائل إعلام محلية في تركيا).
  EXPECT_EQ(Extract("وقال رئيس قسم الهواتف في كوريا إن الخلل في البطارية.",
                    {{"كوريا", doc::EntityType::kLocation, 4}}),
            "I[الخلل في البطارية]<رئيس قسم الهواتف");
}

TEST(ExtractorTest, Round15BetweenIsNoCue) {
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

TEST(ExtractorTest, Round15StatementFromItsAuthor) {
  // بيان من + the author: the statement's words name the ministry, and a later وأضاف البيان
  // carries it.
  EXPECT_EQ(Extract("وأوضح بيان من وزارة الدفاع أن الجيش استرجع أسلحة. وأضاف البيان أن العملية متواصلة.",
                    {{"وزارة الدفاع", doc::EntityType::kOrganization, 5}}),
            "I[الجيش استرجع أسلحة]<بيان من وزارة الدفاع#5 | I[العملية متواصلة]<بيان من وزارة الدفاع#5");
  // Trap: not عن, which relays (نقل البيان عن X أن: X speaks) or says what a report is about.
  EXPECT_EQ(Extract("ونقل البيان عن كبير المسؤولين عن فرض القانون أن التحقيق متواصل."),
            "I[التحقيق متواصل]<كبير المسؤولين");
}

TEST(ExtractorTest, Round15StatementNamedWithItsSpeaker) {
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

TEST(ExtractorTest, Round15InstructionIsACall) {
  // أصدر + an instruction noun: the instruction and its clause are reported speech, also after
  // a subject that opens with a designator (مجلس).
  EXPECT_EQ(Extract("أصدر مجلس الوزراء المصغر تعليماته للجيش بمواصلة عملياته في الجنوب."),
            "I[تعليماته للجيش بمواصلة عملياته في الجنوب]<مجلس الوزراء المصغر");
  // Traps: أصدر with another object (a statement, a ruling, warrants) is no cue.
  EXPECT_EQ(Extract("أصدر مجلس الوزراء بيانا حول الوضع في الجنوب."), "");
  EXPECT_EQ(Extract("وأصدرت المحكمة أوامر اعتقال بحق ثلاثة متهمين في القضية."), "");
}

TEST(ExtractorTest, Round15ClaimOfResponsibility) {
  // A claim of responsibility as the verbal-noun object of أعلن, or after إعلان and its speaker,
  // is reported speech; the quoted name stays the speaker's.
  EXPECT_EQ(Extract("وأعلن تنظيم \"داعش\" مسؤوليته عن الهجوم."), "I[مسؤوليته عن الهجوم]<تنظيم \"داعش\"");
  EXPECT_EQ(Extract("وأعلن تنظيم الدولة لاحقا تبنيه الهجوم في بيان."), "I[تبنيه الهجوم في بيان]<تنظيم الدولة");
  EXPECT_EQ(Extract("ونقلت مواقع جهادية إعلان تنظيم الدولة مسؤوليته عن الهجوم."),
            "I[مسؤوليته عن الهجوم]<تنظيم الدولة");
  // Traps: a negated claim is none (ولم تعلن الحركة مسؤوليتها), nor the noun with no pronoun
  // (أعلن الوزير تحمل المسؤولية is no claim of an attack).
  EXPECT_EQ(Extract("ولم تعلن الحركة مسؤوليتها عن الهجوم."), "");
  EXPECT_EQ(Extract("وأعلن الوزير المسؤولية الكاملة عن الحادث."), "");
}

TEST(ExtractorTest, Round15AsSaidEndsTheClause) {
  // "، كما قال X إن ..." opens another speaker's statement: the first clause ends before it.
  EXPECT_EQ(Extract("وأعلنت ماي أن بريطانيا ستطرد 23 دبلوماسيا، كما قال وزير الخارجية إن لندن ستستهدف أصول روسيا."),
            "I[بريطانيا ستطرد 23 دبلوماسيا]<ماي | I[لندن ستستهدف أصول روسيا]<وزير الخارجية");
  // Trap: كما not before a speech verb stays inside the clause.
  EXPECT_EQ(Extract("وأعلنت ماي أن بريطانيا ستطرد 23 دبلوماسيا، كما ستجمد أصولا روسية."),
            "I[بريطانيا ستطرد 23 دبلوماسيا، كما ستجمد أصولا روسية]<ماي");
}

TEST(ExtractorTest, Round16TimeWordInsideATitle) {
  // A time word inside a title that runs on to a person's name the tagger found (الجمعية
  // misspelt الجمعة, "Friday") does not end the speaker's words: the name is in them.
  EXPECT_EQ(Extract("وقال عضو الجمعة السعودية للاقتصاد الدكتور سامي العلي إن الصندوق يتحرك وفق أجندة واضحة.",
                    {{"سامي العلي", doc::EntityType::kPerson, 7}}),
            "I[الصندوق يتحرك وفق أجندة واضحة]<عضو الجمعة السعودية للاقتصاد الدكتور سامي العلي#7");
  // Trap: a time word after the subject, with no name after it, still ends it (وقال مسؤول الجمعة).
  EXPECT_EQ(Extract("وقال مسؤول الجمعة في مؤتمر صحفي إن الصندوق يتحرك وفق أجندة واضحة."),
            "I[الصندوق يتحرك وفق أجندة واضحة]<مسؤول");
  // Trap: after a definite word a time word is an adverb, and the name after it the verb's
  // object (a corpus sentence: والد الرهينة الكرواتي أيضا السلطات ... والرئيس فرنسوا هولاند).
  EXPECT_EQ(Extract("ودعا والد الرهينة الكرواتي أيضا السلطات الفرنسية والرئيس سامي العلي التعاون مع مصر "
                    "«بما أنه يعمل لشركة فرنسية».",
                    {{"سامي العلي", doc::EntityType::kPerson, 7}}),
            "D[بما أنه يعمل لشركة فرنسية]<والد الرهينة الكرواتي");
  // Trap: a time word before the verb's complement, not an adjective of its own (as in a corpus
  // sentence: أكدت حركة طالبان أفغانستان الخميس وفاة زعيمها الملا محمد عمر).
  EXPECT_EQ(Extract("وقال مسؤول الخميس بحضور الوزير سامي العلي إن المشروع جاهز.",
                    {{"سامي العلي", doc::EntityType::kPerson, 7}}),
            "I[المشروع جاهز]<مسؤول");
  // Trap: a date (يوم الجمعة) before a name that is not the speaker's own title.
  EXPECT_EQ(Extract("وقال الوزير يوم الجمعة لسامي العلي إن الصندوق جاهز.",
                    {{"سامي العلي", doc::EntityType::kPerson, 7}}),
            "I[الصندوق جاهز]<الوزير");
}

TEST(ExtractorTest, Round16StatementWithAdjectiveRefersBack) {
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

TEST(ExtractorTest, Round17TitleRunsToItsMentionBeforeAnApposition) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kTitle = doc::MentionKind::kTitle;
  // The subject's words stop at عن; the title the entities stage found runs on to the name in
  // apposition, and the content opens after it.
  EXPECT_EQ(Extract("طالب نائب حزب الشعب الجمهوري عن مدينة إسطنبول، سامي العلي، بإعادة فتح ملف تحقيقات الفساد "
                    "والرشوة.",
                    {{"نائب حزب الشعب الجمهوري عن مدينة إسطنبول", kPer, 0, kTitle}, {"سامي العلي", kPer, 7}}),
            "I[بإعادة فتح ملف تحقيقات الفساد والرشوة]<نائب حزب الشعب الجمهوري عن مدينة إسطنبول، سامي العلي#7");
  // Trap: a title mention that runs over the verb's own preposition, with no name in apposition
  // after it, does not take the content (the speaker's words are the mention, as before).
  EXPECT_EQ(Extract("أعلن رئيس الوزراء عن خطة جديدة لتطوير التعليم في البلاد.",
                    {{"رئيس الوزراء عن خطة", kPer, 0, kTitle}}),
            "I[خطة جديدة لتطوير التعليم في البلاد]<رئيس الوزراء عن خطة");
}

TEST(ExtractorTest, Round17AsRegardsDoesNotEndTheClause) {
  // فيما يتعلق ("as regards") is a phrase of the reported clause, not a new clause.
  EXPECT_EQ(Extract("وشدد الوزير على أن اعترافات المتهم، فيما يتعلق بتهريب الذهب، تمثل دليلا جديدا."),
            "I[اعترافات المتهم، فيما يتعلق بتهريب الذهب، تمثل دليلا جديدا]<الوزير");
  EXPECT_EQ(Extract("وقال الوزير إن الخلاف فيما يخص الحدود انتهى تماما."), "I[الخلاف فيما يخص الحدود انتهى تماما]<الوزير");
  // Trap: فيما "while" still ends it.
  EXPECT_EQ(Extract("وقال الوزير إن الاتفاق أصبح نهائيا، فيما تتواصل المفاوضات في جنيف."),
            "I[الاتفاق أصبح نهائيا]<الوزير");
}

TEST(ExtractorTest, Round17BareTitleRefersToTheNamedPerson) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kTitle = doc::MentionKind::kTitle;
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

TEST(ExtractorTest, Round18NamesBeforeBanAreTheObjectOfDescribe) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // A name that runs straight up to بأن after وصف is its object: the speaker is carried from
  // the sentence before, not the person described.
  EXPECT_EQ(Extract("وقال سامي العلي إن الوضع خطير. حيث وصف رامي الحسن بأنه \"رجل خطير جدا\".",
                    {{"سامي العلي", kPer, 7}, {"رامي الحسن", kPer, 8}}),
            "I[الوضع خطير]<سامي العلي#7 | D[رجل خطير جدا]<سامي العلي#7");
  // Trap: a name followed by an object before بأن is the subject.
  EXPECT_EQ(Extract("ووصف رامي الحسن الاتفاق بأنه خطوة مهمة نحو السلام.", {{"رامي الحسن", kPer, 8}}),
            "I[الاتفاق بأنه خطوة مهمة نحو السلام]<رامي الحسن#8");
  // Trap: two names side by side are the subject and its object.
  EXPECT_EQ(Extract("ووصف رامي الحسن سامي العلي بأنه شريك مهم في المشروع.",
                    {{"رامي الحسن", kPer, 8}, {"سامي العلي", kPer, 7}}),
            "I[سامي العلي بأنه شريك مهم في المشروع]<رامي الحسن#8");
}

TEST(ExtractorTest, Round18VerbOpeningWithAlBeforeAName) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // ألقى normalises to القى, which opens like a definite noun; with a name right after it, it
  // is the sentence's verb and the name its subject, who speaks in the participle clause.
  EXPECT_EQ(Extract("ألقى سامي العلي بثقله خلف المشروع معربا عن اعتقاده بضرورة دعم الشباب.", {{"سامي العلي", kPer, 7}}),
            "I[اعتقاده بضرورة دعم الشباب]<سامي العلي#7");
  // Trap: a definite noun with no name after it still opens the subject.
  EXPECT_EQ(Extract("الصحيفة تنشر التقرير كاملا مؤكدة أن المصادر موثوقة."), "I[المصادر موثوقة]<الصحيفة");
}

TEST(ExtractorTest, Round18VerbWithNoContentInsideReportedContent) {
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

TEST(ExtractorTest, Round21HonorificPronounIsTheTitledPerson) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, Round21StatementNounSpeaksForItsAuthor) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round19ElativeAblaghIsNoVerbOfTelling) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, Round19TopicAfterAmmaSpeaksInTheFaVerb) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // أما X، فأكدت: the topic after أما is the subject of the ف-verb, not the previous speaker.
  EXPECT_EQ(Extract("وقالت سامية العلي إن السوق مزدحم. أما (رانيا) صاحبة أحد المتاجر بالساحة، فأكدت أن الإقبال كبير.",
                    {{"سامية العلي", kPer, 7}, {"رانيا", kPer, 8}}),
            "I[السوق مزدحم]<سامية العلي#7 | I[الإقبال كبير]<رانيا#8");
  // Trap: a topic that names no one (أما ارتفاع الأسعار) is talked about; the sentence's speaker
  // speaks on (the first content running on to the topic is older behaviour, not this rule's).
  EXPECT_EQ(Extract("وقالت سامية العلي إن السوق مزدحم، أما ارتفاع الأسعار، فأكدت أن الزيادة مؤقتة.",
                    {{"سامية العلي", kPer, 7}}),
            "I[السوق مزدحم، أما ارتفاع الأسعار]<سامية العلي#7 | I[الزيادة مؤقتة]<سامية العلي#7");
}

TEST(ExtractorTest, Round20TopicAfterWaAnIsNoSpeaker) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // وعن X قال: the topic of an interview's answer is not the speaker; the one named before
  // answers (carried), here and in the verb after it.
  EXPECT_EQ(Extract("وأوضح سامي العلي أن البحث طويل. وعن أسباب اختيار البحث قال: \"الموضوع مهم جدا\". "
                    "وعن أهداف البحث أوضح أنه يخدم الصناعة.",
                    {{"سامي العلي", kPer, 7}}),
            "I[البحث طويل]<سامي العلي#7 | D[الموضوع مهم جدا]<سامي العلي#7 | I[يخدم الصناعة]<سامي العلي#7");
  // Trap: a name that reads as و + a preposition (والي = و + الى) inside the subject stays in
  // it, untagged too: only a sentence's first word opens a topic.
  EXPECT_EQ(Extract("وقال سامي العلي إن البحث طويل. لكن الوزيرة غادة والي قالت إن الموضوع مهم.",
                    {{"سامي العلي", kPer, 7}}),
            "I[البحث طويل]<سامي العلي#7 | I[الموضوع مهم]<الوزيرة غادة والي");
  // Trap: a topic that names someone keeps him (وفي تصريح لوزير الخارجية X قال is X's: the
  // words as before, with X's entity).
  EXPECT_EQ(Extract("وقال سامي العلي إن البحث طويل. وفي تصريح سابق لوزير الخارجية رامي الحسن قال إن الموضوع مهم.",
                    {{"سامي العلي", kPer, 7}, {"رامي الحسن", kPer, 8}}),
            "I[البحث طويل]<سامي العلي#7 | I[الموضوع مهم]<وفي تصريح سابق لوزير الخارجية رامي الحسن#8");
}

TEST(ExtractorTest, Round20UrgingAndHighlightingAreCues) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
  constexpr auto kPer = doc::EntityType::kPerson;
  // حض X Y على ...: an urging with its content, the object before على.
  EXPECT_EQ(Extract("وحضت الولايات المتحدة الدول الأخرى على ضرورة وقف استيراد النفط.",
                    {{"الولايات المتحدة", kOrg, 7}}),
            "I[ضرورة وقف استيراد النفط]<الولايات المتحدة#7");
  // أبرز أن: highlighted that, the previous speaker's.
  EXPECT_EQ(Extract("وقالت سامية العلي إن السوق مزدحم. وأبرزت أن القطاع يعرف إشكالا كبيرا.",
                    {{"سامية العلي", kPer, 7}}),
            "I[السوق مزدحم]<سامية العلي#7 | I[القطاع يعرف إشكالا كبيرا]<سامية العلي#7");
  // Trap: the elative أبرز (the most prominent) with no أن after it is no cue, even before a
  // colon.
  EXPECT_EQ(Extract("ومن أبرز نتائج الدراسة: ارتفاع الأسعار وتراجع الطلب في الأسواق.", {}), "");
}

TEST(ExtractorTest, Round20WhichClauseNamesTheSpeaker) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // وهو ما أكدته X ...، معربة عن ...: X speaks in the participles, not the one before.
  EXPECT_EQ(Extract("وقالت سامية العلي إن السوق مزدحم. وهو ما أكدته رانيا الحسن صاحبة أحد المتاجر، "
                    "معربة عن شكرها للأمانة على تنظيم السوق.",
                    {{"سامية العلي", kPer, 7}, {"رانيا الحسن", kPer, 8}}),
            "I[السوق مزدحم]<سامية العلي#7 | I[شكرها للأمانة على تنظيم السوق]<رانيا الحسن#8");
  // Trap: the imperfect (وهو ما يؤكده تقرير الشركة) is the paper's clause: the speaker before
  // speaks on.
  EXPECT_EQ(Extract("وقال سامي العلي إن الأرباح ارتفعت. وهو ما يؤكده تقرير الشركة، مشيرا إلى أن "
                    "الطلب كبير.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الأرباح ارتفعت]<سامي العلي#7 | I[الطلب كبير]<سامي العلي#7");
}


TEST(ExtractorTest, Round23PointingOutWithLaftaIla) {
  // لفت إلى + a noun phrase after a speaker: a statement, as أشار إلى.
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر، لافتا إلى أهمية التعاون بين البلدين."),
            "I[الوضع مستقر]<الوزير | I[أهمية التعاون بين البلدين]<الوزير");
  // Trap: a subject that is no person (the polls point to ...) gives nothing.
  EXPECT_EQ(Extract("ولفتت الاستطلاعات إلى تقدم الحزب الحاكم في الانتخابات."), "");
}

TEST(ExtractorTest, Round23RajjahaAnna) {
  // رجح أن: judged it likely that.
  EXPECT_EQ(Extract("ورجح الوزير أن تصل الصادرات إلى مستوى قياسي هذا العام."),
            "I[تصل الصادرات إلى مستوى قياسي هذا العام]<الوزير");
  // Traps: رجح without أن weighs (رجح كفة ...); the imperfect يرجح أن is mostly impersonal.
  EXPECT_EQ(Extract("ورجح الهدف الثاني كفة الفريق في نهاية المباراة."), "");
  EXPECT_EQ(Extract("ويرجح أن يكون الحادث عرضيا بسبب الأمطار."), "");
}

TEST(ExtractorTest, Round23OrganisationSourceHeadingItsClause) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
  // وبحسب X، + a clause: an organisation the tagger named speaks in the clause after the comma.
  EXPECT_EQ(Extract("وبحسب الأمم المتحدة، ارتفع عدد اللاجئين إلى مليون شخص هذا العام.",
                    {{"الأمم المتحدة", kOrg, 5}}),
            "I[ارتفع عدد اللاجئين إلى مليون شخص هذا العام]<الأمم المتحدة#5");
  // Trap: a source that is neither a person nor an organisation (the statistics, the law).
  EXPECT_EQ(Extract("ووفقا للإحصاءات، ارتفع عدد اللاجئين إلى مليون شخص هذا العام."), "");
  EXPECT_EQ(Extract("وبحسب القانون، يحق للموظف الحصول على إجازة سنوية مدفوعة الأجر."), "");
}

TEST(ExtractorTest, Round23DescribedObjectOpensTheContent) {
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

TEST(ExtractorTest, Round23AsideBeforeTheComplementizerOfBayyana) {
  // بيّن X، في هذا السياق، أن ...: an aside between commas does not hide the complementizer.
  EXPECT_EQ(Extract("وبين سامي العلي، في هذا السياق، أن الخلاف انتهى بين الطرفين."),
            "I[الخلاف انتهى بين الطرفين]<سامي العلي");
  // Trap: بين "between" with an aside and no complementizer after it gives nothing.
  EXPECT_EQ(Extract("وجرى لقاء بين الطرفين، في العاصمة الرياض، لبحث الخلاف."), "");
}

TEST(ExtractorTest, Round23DeniedClaimWithItsContent) {
  // نفى X ادعاءات/الاتهامات + its content: the claim denied opens the content.
  EXPECT_EQ(Extract("وينفي الوزير ادعاءات خصومه بأنه أخفى تقارير الرقابة عن البرلمان."),
            "I[ادعاءات خصومه بأنه أخفى تقارير الرقابة عن البرلمان]<الوزير");
  // Traps: a demonstrative before the claim (it refers back) and a bare claim give nothing.
  EXPECT_EQ(Extract("ونفت الوزارة هذه الاتهامات بشدة في بيانها الأخير."), "");
  EXPECT_EQ(Extract("ونفى الوزير الاتهامات."), "");
}

TEST(ExtractorTest, Round23DaaWithTheObjectPronounThem) {
  // دعاهم X إلى ...: a call, the object glued to the verb.
  EXPECT_EQ(Extract("ودعاهم الوزير إلى الالتزام بالقانون في كل الظروف."),
            "I[الالتزام بالقانون في كل الظروف]<الوزير");
  // Trap: دعاة "preachers" (دعاه once normalized) is no verb.
  EXPECT_EQ(Extract("ودعاة الانفصال يبررون رغبتهم بالعودة إلى الماضي."), "");
}

TEST(ExtractorTest, Round24CutTitleRunsToTheNameBeforeAnAside) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kLoc = doc::EntityType::kLocation;
  // A title the tagger did not find, its في-complement, the name and an aside before the
  // content: the name is the speaker, and the content starts after the aside.
  EXPECT_EQ(Extract("وقال رئيس القطاع الديني في الوزارة سامي العلي، في تصريح صحفي، إن المكتبات ستراجع كلها.",
                    {{"سامي العلي", kPer, 7}}),
            "I[المكتبات ستراجع كلها]<رئيس القطاع الديني في الوزارة سامي العلي#7");
  // Trap: في + a place is where he spoke, not whose title it is.
  EXPECT_EQ(Extract("وقال رئيس القطاع في القاهرة سامي العلي، في تصريح صحفي، إن المكتبات ستراجع كلها.",
                    {{"القاهرة", kLoc, 0}, {"سامي العلي", kPer, 7}}),
            "I[المكتبات ستراجع كلها]<رئيس القطاع");
  // Trap: a statement noun in the complement: the name after it is the reporter's.
  EXPECT_EQ(Extract("وقال رئيس القطاع في تصريح للزميلة سامية العلي، في القاهرة، إن الأرباح زادت.",
                    {{"سامية العلي", kPer, 7}}),
            "I[الأرباح زادت]<رئيس القطاع");
  // Trap: an unnamed source in someone's office is not that person.
  EXPECT_EQ(Extract("وقال مصدر مسؤول في مكتب سامي العلي، في تصريحات صحفية، إن المحادثات مستمرة.",
                    {{"سامي العلي", kPer, 7}}),
            "I[المحادثات مستمرة]<مصدر مسؤول");
}

TEST(ExtractorTest, Round24StatementAnOutletPublished) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round22TitleComplementRunsToTheName) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kTitle = doc::MentionKind::kTitle;
  // A title, its own ل-complement and the name with no comma: the speaker's own title, and the
  // same title later, are that person.
  EXPECT_EQ(Extract("وقال الرئيس المدير العام للديوان الوطني للزيت سامي العلي في تصريح صحفي إن الإنتاج تراجع. "
                    "وأضاف الرئيس المدير العام لديوان الزيت أن الأسعار ارتفعت.",
                    {{"الرئيس المدير العام", kPer, 0, kTitle},
                     {"سامي العلي", kPer, 7},
                     {"الرئيس المدير العام", kPer, 0, kTitle}}),
            "I[الإنتاج تراجع]<الرئيس المدير العام للديوان الوطني للزيت سامي العلي#7 | I[الأسعار ارتفعت]<سامي "
            "العلي#7");
  // With ب and a comma after the name (the name is not followed by the content).
  EXPECT_EQ(Extract("كشف المستشار لدى رئيس الحكومة المكلف بمتابعة المشاريع العمومية رامي الحسن، في حوار "
                    "لوكالة الأنباء، أن البنك مؤهل للخوصصة.",
                    {{"المستشار لدى رئيس الحكومة المكلف", kPer, 0, kTitle}, {"رامي الحسن", kPer, 8}}),
            "I[البنك مؤهل للخوصصة]<رامي الحسن#8");
  // Trap: a name right after لدى names the body (a company named after its founder).
  EXPECT_EQ(Extract("وقال الرئيس التنفيذي لدى سامي العلي، في مؤتمر صحفي، إن الأرباح زادت كثيرا.",
                    {{"الرئيس التنفيذي", kPer, 0, kTitle}, {"سامي العلي", kPer, 7}}),
            "I[الأرباح زادت كثيرا]<الرئيس التنفيذي");
  // Trap: two names in a row: the first names the body (مجموعة سامي العلي).
  EXPECT_EQ(Extract("والتقى المدير العام لمجموعة سامي العلي رامي الحسن الوفد الزائر. وقال المدير العام إن الأرباح "
                    "زادت كثيرا.",
                    {{"المدير العام", kPer, 0, kTitle},
                     {"سامي العلي", kPer, 7},
                     {"رامي الحسن", kPer, 8},
                     {"المدير العام", kPer, 0, kTitle}}),
            "I[الأرباح زادت كثيرا]<المدير العام");
  // Trap: a statement noun in the complement: the name after it is the reporter's.
  EXPECT_EQ(Extract("وأوضح المسؤول الأمريكي في تصريح للزميلة سامية العلي لشبكة الأخبار، أن الصواريخ فشلت في "
                    "التجارب.",
                    {{"المسؤول الأمريكي", kPer, 0, kTitle}, {"سامية العلي", kPer, 7}}),
            "I[الصواريخ فشلت في التجارب]<المسؤول الأمريكي");
  // Trap: a person's title in the complement: the name is the prime minister's.
  EXPECT_EQ(Extract("والتقى المستشار لرئيس الوزراء سامي العلي الوفد الزائر. وقال المستشار إن الحكومة مستقرة.",
                    {{"المستشار", kPer, 0, kTitle},
                     {"رئيس الوزراء", kPer, 0, kTitle},
                     {"سامي العلي", kPer, 7},
                     {"المستشار", kPer, 0, kTitle}}),
            "I[الحكومة مستقرة]<المستشار");
}

TEST(ExtractorTest, Round22CutTitleOfTheMainClauseRunsToTheName) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kLoc = doc::EntityType::kLocation;
  // The subject of a verb that is no speech verb, cut at its في-complement, runs on to the name
  // after it: the participle and the carried verb are that person's.
  EXPECT_EQ(Extract("من جهته، رحب الخبير في شؤون الخليج والشرق الأوسط الدكتور سامي العلي بالبيان المشترك "
                    "معتبرا أن البيان خطة عمل مستقبلية. وقال إن تغيير السلوك يحتاج إلى العمل.",
                    {{"سامي العلي", kPer, 7}}),
            "I[البيان خطة عمل مستقبلية]<الخبير في شؤون الخليج والشرق الأوسط الدكتور سامي العلي#7 | "
            "I[تغيير السلوك يحتاج إلى العمل]<الخبير في شؤون الخليج والشرق الأوسط الدكتور سامي العلي#7");
  // Trap: في + a place is where, and the name after it the verb's object.
  EXPECT_EQ(Extract("واستقبل الوفد في القاهرة سامي العلي مؤكدا أن الزيارة مهمة للبلدين.",
                    {{"القاهرة", kLoc, 0}, {"سامي العلي", kPer, 7}}),
            "I[الزيارة مهمة للبلدين]<الوفد");
  // Trap: another preposition or a demonstrative after the first word makes a clause, not a
  // title's complement.
  EXPECT_EQ(Extract("وأصل الإشكال في هذه القضية يمكن إرجاعه إلى الفيلسوف سامي العلي، معتبرا أن العقل عاجز.",
                    {{"سامي العلي", kPer, 7}}),
            "I[العقل عاجز]<الإشكال");
}

TEST(ExtractorTest, Round22JointSubjectIsTwo) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round22StatementWithAPossessiveAfterFi) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round25FrontedSourceRunsToItsFaInna) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
  // فقد answers a fronted source as فإن does.
  EXPECT_EQ(Extract("وبحسب القناة التلفزيونية، فقد تدخلت الشرطة وأنزلت الأسرة من الطائرة."),
            "I[تدخلت الشرطة وأنزلت الأسرة من الطائرة]<القناة التلفزيونية");
  // The source's words run on past where a subject's stop, to its فإن, when they name a person
  // or an organisation the tagger found; the speaker is read from all of them.
  EXPECT_EQ(Extract("وبحسب السفير سامي العلي فإن الحديث يدور عن إنشاء مركز صناعي في تونس.",
                    {{"سامي العلي", kPer, 3}}),
            "I[الحديث يدور عن إنشاء مركز صناعي في تونس]<السفير سامي العلي#3");
  EXPECT_EQ(Extract("ووفقا لتقارير نشرت في مجلة العلوم الطبية، فإن العلاج أثبت فعالية كبيرة في المختبر.",
                    {{"مجلة العلوم الطبية", kOrg, 5}}),
            "I[العلاج أثبت فعالية كبيرة في المختبر]<تقارير نشرت في مجلة العلوم الطبية#5");
  // Trap: a source that names no one found by the tagger gives nothing past its first words.
  EXPECT_EQ(Extract("ووفقا لتقارير نشرت في مجلة علمية، فإن العلاج أثبت فعالية كبيرة في المختبر."), "");
  // Trap: the run-on source does not speak on for the next verb with no subject.
  EXPECT_EQ(Extract("وقالت الحكومة إن الفتيات في أمان. ووفقا لأطباء يعملون مع منظمة العفو فإن بعض الفتيات "
                    "قتلن. وزعمت أن الفتيات بخير.",
                    {{"منظمة العفو", kOrg, 5}}),
            "I[الفتيات في أمان]<الحكومة | I[بعض الفتيات قتلن]<أطباء يعملون مع منظمة العفو#5 | I[الفتيات "
            "بخير]<الحكومة");
  // Trap: فقد before someone else's statement: that statement is quoted on its own.
  EXPECT_EQ(Extract("وبحسب الوكالة، فقد ذكرت مؤسسة الأبحاث أن المؤشر تراجع إلى أدنى مستوى."),
            "I[المؤشر تراجع إلى أدنى مستوى]<مؤسسة الأبحاث");
}

TEST(ExtractorTest, Round25SubjectComplementBeforeTheVerbsPreposition) {
  constexpr auto kLoc = doc::EntityType::kLocation;
  // A ل-complement of the subject that stopped its words, before the verb's preposition.
  EXPECT_EQ(Extract("كشفت المؤسسة العامة للتدريب التقني والمهني عن تشغيلها عشرين فرعا جديدا للكليات."),
            "I[تشغيلها عشرين فرعا جديدا للكليات]<المؤسسة العامة");
  // في + a place the tagger found, and a comma.
  EXPECT_EQ(Extract("أعلنت وزارة الداخلية في غزة، عن توقيف عناصر يشتبه في ضلوعهم في التفجيرات.",
                    {{"غزة", kLoc, 2}}),
            "I[توقيف عناصر يشتبه في ضلوعهم في التفجيرات]<وزارة الداخلية");
  // Trap: في + an occasion is no part of the subject (a product shown, not a statement).
  EXPECT_EQ(Extract("كشفت شركة أبل في مؤتمرها السنوي عن أحدث هواتفها الذكية الجديدة."), "");
  // Trap: a name the tagger found that opens with علي (spelt as على) is no preposition.
  EXPECT_EQ(Extract("وأكدت القناة الموالية للرئيس السابق علي صالح، تعرض مكتبها في العاصمة لعملية اقتحام.",
                    {{"علي صالح", doc::EntityType::kPerson, 3}}),
            "");
  // Trap: a verb that takes an object before its preposition: the object is no subject.
  EXPECT_EQ(Extract("وقال الوزير إن الحركة قوية. لكنه اتهم الحكومة في القاهرة وحلفاءها بمواصلة دعم الحركة.",
                    {{"القاهرة", kLoc, 2}}),
            "I[الحركة قوية]<الوزير");
}

TEST(ExtractorTest, PluralVerbCarriesABrokenPluralSubject) {
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

TEST(ExtractorTest, Round26FrontedSubjectWithAnApposition) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kLoc = doc::EntityType::kLocation;
  constexpr auto kTitle = doc::MentionKind::kTitle;
  // "لكن X، apposition، قال إن": the subject before the commas speaks, not the previous speaker;
  // a title runs on to the name in the apposition.
  EXPECT_EQ(Extract("وقال الوزير إن الحريق كبير. لكن الرئيس البرازيلي، سامي العلي، قال إن الخسائر فادحة.",
                    {{"الرئيس البرازيلي", kPer, 7, kTitle}, {"سامي العلي", kPer, 7}}),
            "I[الحريق كبير]<الوزير | I[الخسائر فادحة]<الرئيس البرازيلي، سامي العلي#7");
  // A name, then a description of him between the commas.
  EXPECT_EQ(Extract("وقال الوزير إن الشركات ملتزمة. لكن سامي العلي، الشخصية البارزة في مجال المال، قال إن الشركات "
                    "بعيدة عن الهدف.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الشركات ملتزمة]<الوزير | I[الشركات بعيدة عن الهدف]<سامي العلي#7");
  // Trap: a fronted time phrase before the commas is no subject: the previous speaker is carried.
  EXPECT_EQ(Extract("وقال الوزير إن الصاروخ جديد. وفي عام 2008، عرضت إيران صاروخا آخر، قال إن مداه بعيد.",
                    {{"إيران", kLoc, 3}}),
            "I[الصاروخ جديد]<الوزير | I[مداه بعيد]<الوزير");
  // Trap: nor a fronted adverbial with a preposition, which names no one.
  EXPECT_EQ(Extract("وقال الوزير إن الاتفاق قريب. وخوفا من اتفاقات مماثلة، اعتقلت فصائل العشرات، قال إن الوضع "
                    "متوتر."),
            "I[الاتفاق قريب]<الوزير | I[الوضع متوتر]<الوزير");
}

TEST(ExtractorTest, Round26NamedSubjectOfAVerbBeforeACoordinatedSpeechVerb) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, Round26SentenceOpenedByAlsoOrBut) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, Round26FrontedPhraseBeforeTheClause) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // A short fronted phrase that opens with a preposition and ends at a comma: the clause after it
  // is the sentence's, and the person named there the participle's subject.
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. وفي سياق متصل، انتقد سامي العلي القرار، معتبرا أنه خاطئ تماما.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع مستقر]<الوزير | I[خاطئ تماما]<سامي العلي#7");
  // Trap: after the phrase, words that name no one are no subject: the previous speaker goes on.
  EXPECT_EQ(Extract("وقال الوزير إن الاتفاق قريب. وفي المقابل، تأخر التوقيع أسبوعا، معتبرا أن الأسباب مجهولة."),
            "I[الاتفاق قريب]<الوزير | I[الأسباب مجهولة]<الوزير");
}

TEST(ExtractorTest, Round26NameThatStartsLikeAPreposition) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // علي is spelt like على once normalized: as the subject's first word of a name the tagger found,
  // it does not end the subject.
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. وقال علي المري رئيس اللجنة إن اللجنة تتعاقد مع مكتب دولي.",
                    {{"علي المري", kPer, 7}}),
            "I[الوضع مستقر]<الوزير | I[اللجنة تتعاقد مع مكتب دولي]<علي المري#7");
  // Trap: على with no name after the verb is still a preposition (وشدد علي ضرورة ...).
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. وشدد علي ضرورة أن تتعاقد اللجنة مع مكتب دولي."),
            "I[الوضع مستقر]<الوزير | I[ضرورة أن تتعاقد اللجنة مع مكتب دولي]<الوزير");
  // Trap: a complementizer the tagger put at the head of a name is still the complementizer.
  EXPECT_EQ(Extract("وقال الوزير إن الوضع مستقر. وأضاف إن سامي العلي سيعود قريبا إلى الفريق.",
                    {{"إن سامي العلي", kPer, 7}}),
            "I[الوضع مستقر]<الوزير | I[سامي العلي سيعود قريبا إلى الفريق]<الوزير");
}

namespace marsad::quotes {
namespace {

TEST(ExtractorTest, Round27GuestByRole) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, Round27SurnameOfANamedPerson) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round28TitleCutAtAGenitiveLam) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
  constexpr auto kTitle = doc::MentionKind::kTitle;
  // A title the tagger ended at its ل-word: the organisation's definite noun after it is the
  // title's, not the rest of the clause.
  EXPECT_EQ(Extract("وقال الرئيس التنفيذي لشركة الطيران إن الشركة لن تستخدم الضباط.",
                    {{"الرئيس التنفيذي لشركة", kPer, 0, kTitle}}),
            "I[الشركة لن تستخدم الضباط]<الرئيس التنفيذي لشركة الطيران");
  // A ل-word and its definite noun after an organisation's name.
  EXPECT_EQ(Extract("وقال موفد الأمم المتحدة لحقوق الإنسان إن الوضع سيء.", {{"الأمم المتحدة", kOrg, 3}}),
            "I[الوضع سيء]<موفد الأمم المتحدة لحقوق الإنسان#3");
  // A ل-word whose rest the document writes alone (حقوق) still governs its definite noun.
  EXPECT_EQ(Extract("وقال المرصد السوري لحقوق الإنسان إن المقاتلين ينتمون إلى الحركة. وتطالب منظمات حقوق "
                    "الإنسان بالتحقيق."),
            "I[المقاتلين ينتمون إلى الحركة]<المرصد السوري لحقوق الإنسان");
  // The title alone still refers back to the person it introduced, with its tail.
  EXPECT_EQ(Extract("وقال نائب الرئيس لقسم المنتجات سامي العلي إن الخدمة جديدة. وأوضح نائب الرئيس لقسم "
                    "المنتجات أن الخدمة مكملة.",
                    {{"نائب الرئيس لقسم المنتجات", kPer, 0, kTitle},
                     {"سامي العلي", kPer, 7},
                     {"نائب الرئيس لقسم", kPer, 0, kTitle}}),
            "I[الخدمة جديدة]<نائب الرئيس لقسم المنتجات سامي العلي#7 | I[الخدمة مكملة]<سامي العلي#7");
  // Trap: after a person's name a ل-word is the party spoken to.
  EXPECT_EQ(Extract("وقال سامي العلي لرئيس الوزراء إن الوضع سيء.", {{"سامي العلي", kPer, 7}}),
            "I[الوضع سيء]<سامي العلي#7");
  // Trap: after a one-word head a ل-phrase is the party spoken to or a purpose.
  EXPECT_EQ(Extract("وقالت الحكومة لرئيس الوزراء إن الوضع سيء.", {{"الحكومة", kOrg, 0, kTitle}}),
            "I[الوضع سيء]<الحكومة");
  // Trap: nor a ل-word whose rest the document writes alone after a name: وقال العلي لسامي ...
  EXPECT_EQ(Extract("وقال العلي لسامي الكبير إن الوضع سيء. وغادر سامي القاعة.", {{"العلي", kPer, 7}}),
            "I[الوضع سيء]<العلي#7");
}

TEST(ExtractorTest, Round28MediaOfficeForItsOwner) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round28VerbSpellingAfterTheContentsComplementizer) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
  constexpr auto kLoc = doc::EntityType::kLocation;
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

TEST(ExtractorTest, Round28TitleWithAPlaceBeforeANameInApposition) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // A title, في and its noun, then the person's name between commas: the name is the title's.
  EXPECT_EQ(Extract("وقال كبير الباحثين في الدراسة، سامي العلي، وهو أستاذ في الجامعة: \"النتائج مفاجئة\".",
                    {{"سامي العلي", kPer, 7}}),
            "D[النتائج مفاجئة]<كبير الباحثين في الدراسة، سامي العلي#7");
  // Trap: a name between the commas that is no person's.
  EXPECT_EQ(Extract("وقال كبير الباحثين في الدراسة، جامعة هارفارد، وهو أستاذ فيها: \"النتائج مفاجئة\".",
                    {{"جامعة هارفارد", doc::EntityType::kOrganization, 5}}),
            "D[النتائج مفاجئة]<كبير الباحثين");
}

TEST(ExtractorTest, Round29TheOneCalledOnBelongsToTheCall) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round30HowTheSpeakerSpokeIsNotWhoSpoke) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
  // A statement noun with its ب right after the verb is the means: the speaker is carried.
  EXPECT_EQ(Extract("وقال الوزير سامي العلي إن الوضع صعب. وأكد ببيان صدر اليوم أن \"الاقتصاد ينمو بسرعة\".",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع صعب]<الوزير سامي العلي#7 | D[الاقتصاد ينمو بسرعة]<الوزير سامي العلي#7");
  EXPECT_EQ(Extract("قال رئيس الوزراء إن الحكومة مستقرة، كما أوضح بتغريدة له أن الانتخابات \"ستجرى في موعدها\"."),
            "I[الحكومة مستقرة]<رئيس الوزراء | I[الانتخابات \"ستجرى في موعدها\"]<رئيس الوزراء | "
            "D[ستجرى في موعدها]<رئيس الوزراء");
  // Trap: a quote that names another person does not make him the speaker.
  EXPECT_EQ(Extract("وقال المتحدث باسم الحكومة إن الوضع صعب. وأكد ببيان أن الرئيس سامي العلي \"لن يترشح مرة أخرى\".",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع صعب]<المتحدث باسم الحكومة | I[الرئيس سامي العلي \"لن يترشح مرة أخرى\"]<المتحدث باسم الحكومة | "
            "D[لن يترشح مرة أخرى]<المتحدث باسم الحكومة");
  // Trap: a statement with its author named after it speaks for that author.
  EXPECT_EQ(Extract("وقال الوزير إن الأسعار ثابتة. وذكر بتقرير الفاو أن أسعار الزيوت هبطت في العام الماضي.",
                    {{"الفاو", kOrg, 9}}),
            "I[الأسعار ثابتة]<الوزير | I[أسعار الزيوت هبطت في العام الماضي]<بتقرير الفاو#9");
  // The radio spoken to is no part of the speaker, nor is the outlet's adjective after its name.
  EXPECT_EQ(Extract("وقال وزير الدفاع لراديو الجيش إن \"الحدود آمنة\"."), "D[الحدود آمنة]<وزير الدفاع");
  EXPECT_EQ(Extract("وقال الوزير سامي العلي إن الاتفاق قائم. وأضاف لراديو \"أر.تي.إل\" الفرنسي \"هذا الاتفاق لم يمت\".",
                    {{"سامي العلي", kPer, 7}}),
            "I[الاتفاق قائم]<الوزير سامي العلي#7 | D[هذا الاتفاق لم يمت]<الوزير سامي العلي#7");
  // Trap: a word after the outlet's name that a name follows is the subject, not an adjective.
  EXPECT_EQ(Extract("وقال لصحيفة \"عكاظ\" المحامي أحمد السالم إن القضية \"لم تغلق بعد\".",
                    {{"أحمد السالم", kPer, 8}}),
            "I[القضية \"لم تغلق بعد\"]<المحامي أحمد السالم#8 | D[لم تغلق بعد]<المحامي أحمد السالم#8");
}

TEST(ExtractorTest, Round30RelayWithAPhraseBeforeFrom) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round30NamedSubjectOfTheSentenceBefore) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kLoc = doc::EntityType::kLocation;
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

TEST(ExtractorTest, Round31ObservingParticiple) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // ملاحظا أن: a second statement of the speaker, split from the first's content.
  EXPECT_EQ(Extract("وقال الوزير سامي العلي إن المخزون كاف، ملاحظا أن الأسعار ستنخفض قريبا.",
                    {{"سامي العلي", kPer, 3}}),
            "I[المخزون كاف]<الوزير سامي العلي#3 | I[الأسعار ستنخفض قريبا]<الوزير سامي العلي#3");
  // Trap: after كان the participle is the predicate ("was noticeable", "was expected"), no cue.
  EXPECT_EQ(Extract("وقال الوزير سامي العلي إن المخزون كاف. وكان ملاحظا أن الأسعار انخفضت.",
                    {{"سامي العلي", kPer, 3}}),
            "I[المخزون كاف]<الوزير سامي العلي#3");
  EXPECT_EQ(Extract("وقال الوزير سامي العلي إن المخزون كاف. وكان متوقعا أن تنخفض الأسعار.",
                    {{"سامي العلي", kPer, 3}}),
            "I[المخزون كاف]<الوزير سامي العلي#3");
}

TEST(ExtractorTest, Round32TitleRunsOnToTheNameAfterItsComplement) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
  // A comma between the title's ل-complement and the name: the name is the title's.
  EXPECT_EQ(Extract("كشف رئيس اللجنة الوطنية للعمالية، سامي العلي في تصريح للصحيفة أنه سيتم رفع التوصيات.",
                    {{"اللجنة الوطنية", kOrg, 3}, {"سامي العلي", kPer, 7}}),
            "I[سيتم رفع التوصيات]<رئيس اللجنة الوطنية للعمالية، سامي العلي#7");
  // The title's head tagged as a one-word name, and a لل-word (التنمية written alone too).
  EXPECT_EQ(Extract("وكشف وكيل وزارة الشؤون الاجتماعية المساعد للتنمية سامي العلي أن الوزارة ستطلق برنامجا. "
                    "وتدعم الوزارة التنمية.",
                    {{"وكيل", kPer, 5}, {"وزارة الشؤون الاجتماعية", kOrg, 3}, {"سامي العلي", kPer, 7}}),
            "I[الوزارة ستطلق برنامجا]<وكيل وزارة الشؤون الاجتماعية المساعد للتنمية سامي العلي#7");
  // Trap: a ل-word with a pronoun before the comma is the party spoken to.
  EXPECT_EQ(Extract("وقال رئيس اللجنة الوطنية لنظيره، سامي العلي إن الوضع سيء.",
                    {{"اللجنة الوطنية", kOrg, 3}, {"سامي العلي", kPer, 7}}),
            "I[الوضع سيء]<رئيس اللجنة الوطنية#3");
  // Trap: a title and a ل-organisation with no person after it keep the title.
  EXPECT_EQ(Extract("وقال رئيس اللجنة الوطنية للعمالية، إن الوضع سيء.", {{"اللجنة الوطنية", kOrg, 3}}), "I[الوضع سيء]<رئيس اللجنة الوطنية#3");
  // Trap: a one-word name at the head is a name when a word of no title follows it.
  EXPECT_EQ(Extract("وقال العلي في زيارته للمدرسة، سامي الكبير إن الوضع سيء.",
                    {{"العلي", kPer, 7}, {"سامي الكبير", kPer, 8}}),
            "I[الوضع سيء]<العلي#7");
  // Trap: an organisation's name, a ل-word and a comma: the person after it is the one it paid.
  EXPECT_EQ(Extract("وقالت هيئة الإذاعة البريطانية للمذيعة، سامي العلي إنها ستدفع الفارق.",
                    {{"هيئة الإذاعة البريطانية", kOrg, 3}, {"سامي العلي", kPer, 7}}),
            "I[ستدفع الفارق]<هيئة الإذاعة البريطانية#3");
  // Trap: a one-word name before a participle is a name: the ل-word's person is spoken to.
  EXPECT_EQ(Extract("وقال العلي موجها حديثه للأمير سامي الكبير: \"إنني ممتن لكم\".",
                    {{"العلي", kPer, 7}, {"سامي الكبير", kPer, 8}}),
            "D[إنني ممتن لكم]<العلي#7");
  // Trap: a title and its object's name after the verb: the title alone speaks (the content
  // taking in استقبل is main's, unchanged).
  EXPECT_EQ(Extract("وقال رئيس اللجنة للصحفيين إنه استقبل سامي العلي، وإن الوضع سيء.", {{"سامي العلي", kPer, 7}}),
            "I[استقبل سامي العلي، وإن الوضع سيء]<رئيس اللجنة");
}

// Round 34: a written statement with its author glued on by ل speaks for the author; the
// speaker's words start after the ل (لل stays: ل + ال, whose alif is not written).
TEST(ExtractorTest, Round34StatementSpeaksForItsAuthorAfterLam) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
  constexpr auto kTitle = doc::MentionKind::kTitle;
  EXPECT_EQ(Extract("وقال بيان لهيئة الأركان التركية إن الهجوم استهدف المروحية العسكرية.",
                    {{"لهيئة الأركان التركية", kOrg, 4, kTitle}}),
            "I[الهجوم استهدف المروحية العسكرية]<هيئة الأركان التركية#4");
  // No mention: a body the lexicon names (هيئة) after the ل.
  EXPECT_EQ(Extract("وقال بيان لهيئة الأركان إن الهجوم استهدف المروحية العسكرية."),
            "I[الهجوم استهدف المروحية العسكرية]<هيئة الأركان");
  // An adjective between; the head (وزارة) found by the entities stage as a title.
  EXPECT_EQ(Extract("وقال بيان رسمي لوزارة الداخلية إن الشرطة اعتقلت ثلاثة أشخاص.",
                    {{"لوزارة الداخلية", kOrg, 5, kTitle}}),
            "I[الشرطة اعتقلت ثلاثة أشخاص]<وزارة الداخلية#5");
  EXPECT_EQ(Extract("وأوضح بيان للكرملين أن الرئيس سيزور المنطقة الشهر المقبل.", {{"للكرملين", kOrg, 3}}),
            "I[الرئيس سيزور المنطقة الشهر المقبل]<للكرملين#3");
  // A source (وحسب بيان ل...) and the statement carried by وأضاف البيان.
  EXPECT_EQ(Extract("وحسب بيان لمديرية أمن مدينة إسطنبول، فإن الانفجار أوقع عشرة جرحى. وأضاف البيان أن "
                    "المنفذ قتل في الانفجار.",
                    {{"لمديرية أمن مدينة إسطنبول", kOrg, 6, kTitle}}),
            "I[الانفجار أوقع عشرة جرحى]<مديرية أمن مدينة إسطنبول#6 | I[المنفذ قتل في الانفجار]<مديرية أمن "
            "مدينة إسطنبول#6");
  // Traps: an indefinite statement with no author stays as it was.
  EXPECT_EQ(Extract("وقال بيان إن الاجتماع سيعقد الأسبوع المقبل."), "I[الاجتماع سيعقد الأسبوع المقبل]<بيان");
  // The public addressed, an outlet given the statement, a message to the president: no author.
  EXPECT_EQ(Extract("وقال بيان للرأي العام إن النادي سيستأنف القرار."),
            "I[النادي سيستأنف القرار]<بيان للرأي العام");
  EXPECT_EQ(Extract("وقال بيان لوكالة الأنباء الفرنسية إن المحادثات ستستأنف قريبا."),
            "I[المحادثات ستستأنف قريبا]<بيان لوكالة الأنباء الفرنسية");
  EXPECT_EQ(Extract("وقالت رسالة للرئيس إن الوضع في المدينة صعب جدا."),
            "I[الوضع في المدينة صعب جدا]<رسالة للرئيس");
  // A name that starts with ل is no ل + author (ليفربول).
  EXPECT_EQ(Extract("وقال بيان ليفربول إن اللاعب سيغيب شهرا كاملا.", {{"ليفربول", kOrg, 9}}),
            "I[اللاعب سيغيب شهرا كاملا]<بيان ليفربول#9");
  // A report is left as it was (the gold files disagree on a report's author).
  EXPECT_EQ(Extract("وأشار تقرير لهيئة الصحة العامة إلى أن عدد الإصابات ارتفع كثيرا.",
                    {{"لهيئة الصحة العامة", kOrg, 4, kTitle}}),
            "I[عدد الإصابات ارتفع كثيرا]<تقرير لهيئة الصحة العامة#4");
}

// Round 34: the entities stage's mention of an author starts at its glued ل, one letter
// before the speaker's words; it still gives the speaker its entity.
TEST(ExtractorTest, Round34SpeakerEntityThroughTheGluedLam) {
  const std::string text = "وقال بيان لهيئة الأركان إن الهجوم وقع.";
  doc::Mention m;
  const std::size_t at = text.find("لهيئة");
  m.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(text.find(" إن"))};
  m.kind = doc::MentionKind::kTitle;
  m.type = doc::EntityType::kOrganization;
  m.entity = EntityId(4);
  doc::Quote q;
  q.speaker.mention = ByteSpan{static_cast<std::uint32_t>(at + 2), m.span.end};
  std::vector<doc::Quote> quotes = {q};
  AssignSpeakerEntities({m}, &quotes);
  ASSERT_TRUE(quotes[0].speaker.entity.has_value());
  EXPECT_EQ(quotes[0].speaker.entity->value(), 4u);
  // Not a mention that starts two letters before the words (not one glued letter).
  quotes[0].speaker = {};
  quotes[0].speaker.mention = ByteSpan{static_cast<std::uint32_t>(at + 4), m.span.end};
  AssignSpeakerEntities({m}, &quotes);
  EXPECT_FALSE(quotes[0].speaker.entity.has_value());
}

TEST(ExtractorTest, Round35Request) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kLoc = doc::EntityType::kLocation;
  // طلب + من and the one asked + the act asked for (a verbal noun) or أن.
  EXPECT_EQ(Extract("وطلبت الوزارة من المواطنين تحديث بياناتهم قبل نهاية الشهر."),
            "I[تحديث بياناتهم قبل نهاية الشهر]<الوزارة");
  EXPECT_EQ(Extract("طلبت كوريا الشمالية من سيول، مساء السبت، أن تعيد النادلات إلى بلادهن.",
                    {{"كوريا الشمالية", kLoc, 3}, {"سيول", kLoc, 4}}),
            "I[تعيد النادلات إلى بلادهن]<كوريا الشمالية#3");
  // The one asked glued before the subject; the subject stops where the act starts.
  EXPECT_EQ(Extract("وفي اللحظة الأخيرة طلب منه جهاز الاستخبارات اصطحاب العاملات معه."),
            "I[اصطحاب العاملات معه]<جهاز الاستخبارات");
  // Inside someone's statement a request does not make the statement a relay: it stays whole
  // and the minister's (the act of a subject the tagger names no one in stays inside it).
  EXPECT_EQ(Extract("وقال الوزير سامي العلي إن الحكومة طلبت من البرلمان تسريع التصديق على الاتفاقية.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الحكومة طلبت من البرلمان تسريع التصديق على الاتفاقية]<الوزير سامي العلي#7");
  // A request after a comma inside content does not end it (أن X، رئيس ...، طلب من ...); the
  // person named asks in a quote of his own (held-out 32's "المعلم طلب من ظريف أن").
  EXPECT_EQ(Extract("وكشفت مصادر مطلعة أن سامي العلي، رئيس المجلس، طلب من المبعوث منح الميليشيات بعض الوقت.",
                    {{"سامي العلي", kPer, 7}}),
            "I[سامي العلي، رئيس المجلس، طلب من المبعوث منح الميليشيات بعض الوقت]<مصادر مطلعة | "
            "I[منح الميليشيات بعض الوقت]<سامي العلي#7");
  // Traps: the noun "a request" (after a preposition, after كان), من أجل, a bare one asked
  // with no أن, the passive, no subject at all, the plural noun.
  EXPECT_EQ(Extract("وجاء القرار بناء على طلب من الحكومة تأجيل الانتخابات."), "");
  EXPECT_EQ(Extract("وكان طلب إيران المدعوم من موسكو لرفع الحظر أحد أبرز النقاط الخلافية."), "");
  EXPECT_EQ(Extract("طلبت الشركة من أجل ذلك مهلة إضافية من البنك."), "");
  EXPECT_EQ(Extract("وتوجهت الخافرة إلى المركب إثر وصول طلب استغاثة منه نتيجة تسرب المياه داخله."), "");
  EXPECT_EQ(Extract("وطلبت الوزارة من دول عربية مساعدات كبيرة للاجئين."), "");
  EXPECT_EQ(Extract("وطُلب من الوزير أن يكون ضمن هيئة استشارية للمدينة."), "");
  EXPECT_EQ(Extract("وقد طلبت منه أن ينقر على زر الرجوع في الشاشة."), "");
  EXPECT_EQ(Extract("تلقت الوزارة الطلبات من المواطنين بسرعة كبيرة."), "");
  // Traps: the thing asked for before من (asked for help from), the act asked for read as the
  // subject after منه, no one named before a من right after the verb, a plural pronoun that
  // ends the one asked (المعلنة أسماؤهم: "those whose names were announced").
  EXPECT_EQ(Extract("وقال الباحث إن بعض العشائر التي تطلب المساعدة من الأردن ستكون أول من ينقلب عليه."),
            "I[بعض العشائر التي تطلب المساعدة من الأردن ستكون أول من ينقلب عليه]<الباحث");
  EXPECT_EQ(Extract("وزار المريض الطبيب الذي طلب منه الراحة وتناول الأدوية ومن ثم المراجعة."), "");
  EXPECT_EQ(Extract("وحينما طلب من اللاعب أن يركب الزلاجة مرة أخرى رفض ذلك."), "");
  EXPECT_EQ(Extract("وطلبت الوزارة من المعلنة أسماؤهم من الرجال مراجعة فروعها."), "");
  // A conjoined request with no subject goes on with the account before it.
  EXPECT_EQ(Extract("وقال المواطن إن أقاربه ذهبوا لاستلام الجثة وطلب من الموظف الكشف عن الجثة."),
            "I[أقاربه ذهبوا لاستلام الجثة وطلب من الموظف الكشف عن الجثة]<المواطن");
}

}  // namespace
}  // namespace marsad::quotes

TEST(ExtractorTest, Round33RelayOutletNameRunsToItsLamWord) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
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

TEST(ExtractorTest, Round33RelayPronounAfterAnOutletsReportOnAPerson) {
  constexpr auto kPer = doc::EntityType::kPerson;
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


TEST(ExtractorTest, Round33OutletReportsWhatAPersonAskedOrTold) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
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


TEST(ExtractorTest, Round33FeminineVerbAfterARelayIsTheOutlets) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

// Round 36: a relative clause that describes the subject of a cue read before it is no cue of
// its own, and a title's speaker does not run on through حيث to a name.
TEST(ExtractorTest, Round36RelativeClauseAfterTheSubject) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // نقل is "carried" here: the quote is قال's, not the relative clause's (held-out 33's case).
  EXPECT_EQ(Extract("وقال محمد الأحمد (30 عاما) الذي نقل الطفل من القارب إلى السفينة لرويترز "
                    "\"كانت ليلة طويلة ولن ننساها أبدا\".",
                    {{"محمد الأحمد", kPer, 7}}),
            "D[كانت ليلة طويلة ولن ننساها أبدا]<محمد الأحمد#7");
  // تحدث in the clause (الذي تحدث شريطة عدم نشر اسمه) no longer takes the content from أضاف.
  EXPECT_EQ(Extract("وأضاف المسؤول الذي تحدث شريطة عدم نشر اسمه إن المفاوضات ستستأنف قريبا."),
            "I[المفاوضات ستستأنف قريبا]<المسؤول");
  // The speaker stops before حيث, not at the name of the one treated there (held-out 34's case).
  EXPECT_EQ(Extract("وقالت متحدثة باسم مستشفى الشفاء في غزة حيث كان يعالج سمير الخطيب إنه توفي صباح اليوم.",
                    {{"سمير الخطيب", kPer, 7}}),
            "I[توفي صباح اليوم]<متحدثة باسم مستشفى الشفاء");
  // Guards: a relay with عن in the clause relays; فيه with a subject of its own after a time
  // (اليوم الذي قال فيه الوزير) is a statement of its own.
  EXPECT_EQ(Extract("وكتب المراسل الذي نقل عن الوزير قوله إن المحادثات مثمرة وبناءة."),
            "I[المحادثات مثمرة وبناءة]<الوزير");
  EXPECT_EQ(Extract("وجاء ذلك في اليوم الذي قال فيه الوزير سامي العلي إن الحكومة ستستقيل قريبا.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الحكومة ستستقيل قريبا]<الوزير سامي العلي#7");
  // A verb's spelling right after إن is content (رد "reaction"), no cue the clause describes
  // the subject of: the ambassador's quote stays whole.
  EXPECT_NE(Extract("وقال السفير سامي العلي إن رد فعل السكان الذين يرون في المدينة عاصمة لهم \"ليس جيدا\".",
                    {{"سامي العلي", kPer, 7}})
                .find("I[رد فعل السكان الذين يرون في المدينة عاصمة لهم \"ليس جيدا\"]<السفير سامي العلي#7"),
            std::string::npos);
  // A verb with its own content right after it keeps it (الذي يقول خصومها إنها ...): the
  // relative clause's verb is still read as a cue, whoever its speaker.
  EXPECT_NE(Extract("وتقول الحكومة التي يقول خصومها إنها فاسدة إن الانتخابات ستجرى في موعدها.").find("<خصومها"),
            std::string::npos);
}

TEST(ExtractorTest, Round40QuoteInsideAQuoteWithTheSameMarks) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, Round37PastASubjectRelativeClause) {
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

TEST(ExtractorTest, NameEndingInAliKeepsIt) {
  // The tagger ended the name before علي (spelt like the preposition على once normalized); a
  // comma or complementizer after it shows it is the name's last word.
  EXPECT_EQ(Extract("وصرح النائب سالم بالحاج علي، بأن الحكومة ستواصل الحوار.",
                    {{"سالم بالحاج", doc::EntityType::kPerson, 4}}),
            "I[الحكومة ستواصل الحوار]<النائب سالم بالحاج علي#4");
  EXPECT_EQ(Extract("وذكر سامي علي أنه سيعمل على تطوير الفريق.", {{"سامي", doc::EntityType::kPerson, 4}}),
            "I[سيعمل على تطوير الفريق]<سامي علي#4");
  // The preposition, written with ي as some outlets do, stays out: a noun follows it.
  EXPECT_EQ(Extract("وأكد الوزير سامي علي ضرورة الحوار.", {{"سامي", doc::EntityType::kPerson, 4}})
                .find("سامي علي#"),
            std::string::npos);
}

TEST(ExtractorTest, StatementAuthorOfFihaVerbSpeaksOn) {
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

TEST(ExtractorTest, NamedSpeakerWithColonEndsReportedContent) {
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

TEST(ExtractorTest, Round38NameBeforeAnotherPersonsTitle) {
  // A speaker that opens with a person's name and runs on through a title to another person's
  // name: the first person speaks.
  EXPECT_EQ(Extract("قالت سلمى الحسن مرشحة الرئيس سامي العلي لرئاسة الهيئة أمام البرلمان، أن الهيئة لن تعود إلى "
                    "البرنامج القديم.",
                    {{"سلمى الحسن", doc::EntityType::kPerson, 1}, {"سامي العلي", doc::EntityType::kPerson, 2}}),
            "I[الهيئة لن تعود إلى البرنامج القديم]<سلمى الحسن#1");
  EXPECT_EQ(Extract("وصرحت سلمى الحسن، زوجة سامي العلي السابقة، لصحيفة الأيام بأنه كان عنيفا معها.",
                    {{"سلمى الحسن", doc::EntityType::kPerson, 1}, {"سامي العلي", doc::EntityType::kPerson, 2}}),
            "I[كان عنيفا معها]<سلمى الحسن#1");
  // A title first keeps the name after it.
  EXPECT_EQ(Extract("وكشف وكيل الوزارة المساعد سامي العلي أن الجمعية ستفتح أبوابها.",
                    {{"سامي العلي", doc::EntityType::kPerson, 2}}),
            "I[الجمعية ستفتح أبوابها]<وكيل الوزارة المساعد سامي العلي#2");
  // Not a title's first word the tagger took for a one-word name.
  EXPECT_EQ(Extract("وكشف وكيل الوزارة المساعد سامي العلي أن الجمعية ستفتح أبوابها.",
                    {{"وكيل", doc::EntityType::kPerson, 3}, {"سامي العلي", doc::EntityType::kPerson, 2}}),
            "I[الجمعية ستفتح أبوابها]<وكيل الوزارة المساعد سامي العلي#2");
  // Not a name after a comma at the end (a title the tagger took for a name, then the speaker).
  EXPECT_EQ(Extract("وقال مالك إحدى المحلات في المنطقة، سامي العلي، إن الأسعار ارتفعت.",
                    {{"مالك إحدى", doc::EntityType::kPerson, 3}, {"سامي العلي", doc::EntityType::kPerson, 2}}),
            "I[الأسعار ارتفعت]<مالك إحدى المحلات في المنطقة، سامي العلي#2");
  EXPECT_EQ(Extract("وقال صديق اللاعب، الموسيقي سامي العلي، إن اللاعب سعيد.",
                    {{"صديق اللاعب", doc::EntityType::kPerson, 3}, {"سامي العلي", doc::EntityType::kPerson, 2}}),
            "I[اللاعب سعيد]<صديق اللاعب، الموسيقي سامي العلي#2");
  // Not two persons joined by و, nor one name the tagger split at a name particle.
  EXPECT_EQ(Extract("وقال سامي العلي ونظيره زيد الحسن إن المحادثات كانت مثمرة.",
                    {{"سامي العلي", doc::EntityType::kPerson, 1}, {"زيد الحسن", doc::EntityType::kPerson, 2}}),
            "I[المحادثات كانت مثمرة]<سامي العلي ونظيره زيد الحسن#2");
  EXPECT_EQ(Extract("وقال محمد بن راشد آل مكتوم إن المشروع سيكتمل قريبا.",
                    {{"محمد بن راشد", doc::EntityType::kPerson, 1}, {"مكتوم", doc::EntityType::kPerson, 2}}),
            "I[المشروع سيكتمل قريبا]<محمد بن راشد آل مكتوم#2");
}

TEST(ExtractorTest, Round38StatementAuthorThroughItsOrganisation) {
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

TEST(ExtractorTest, Round39ACallWithALongObject) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kLoc = doc::EntityType::kLocation;
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

TEST(ExtractorTest, PrepositionalAsideIsNoApposition) {
  // "، في تصريح لـCNN،" after the subject is the statement's occasion and the outlet spoken
  // to, not a name in apposition: the speaker's words stop before it.
  EXPECT_EQ(Extract("أكد سامي العلي، في تصريح لوكالة الأنباء، أن الشرطة فتحت تحقيقا.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}, {"وكالة الأنباء", doc::EntityType::kOrganization, 3}}),
            "I[الشرطة فتحت تحقيقا]<سامي العلي#5");
  EXPECT_EQ(Extract("وقال سامي العلي، لـCNN، إن الزوجة لا تعرف عنه شيئا.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}, {"CNN", doc::EntityType::kOrganization, 3}}),
            "I[الزوجة لا تعرف عنه شيئا]<سامي العلي#5");
  // A name between commas still is one (أكد مهاجم الفريق، سامي العلي، ...).
  EXPECT_NE(Extract("أكد مهاجم الفريق، سامي العلي، موافقته على الانتقال إلى النادي الجديد.",
                    {{"سامي العلي", doc::EntityType::kPerson, 5}})
                .find("<مهاجم الفريق، سامي العلي#5"),
            std::string::npos);
}

TEST(ExtractorTest, Round42CommaBeforeTheComplementizer) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // بين/أبان read only with أن after them or their subject: a comma may close the subject.
  EXPECT_EQ(Extract("وبين مدير الإدارة سامي العلي، أن المشروع سيكتمل قريبا.", {{"سامي العلي", kPer, 3}}),
            "I[المشروع سيكتمل قريبا]<مدير الإدارة سامي العلي#3");
  EXPECT_EQ(Extract("من جانبه، أبان المتحدث الرسمي، أنه تم ضبط المتهمين."), "I[تم ضبط المتهمين]<المتحدث الرسمي");
  EXPECT_EQ(Extract("كما بين المصدر، أن الخطة جاهزة للتنفيذ."), "I[الخطة جاهزة للتنفيذ]<المصدر");
  // Trap: after a plain word بين is "between" (الخلاف بين الدول، أن ...).
  EXPECT_EQ(Extract("وتأجل التصويت بسبب الخلاف بين الدول، أن المشروع سيكتمل قريبا."), "");
  // Trap: the second "between" of a pair, even with و glued to it.
  EXPECT_EQ(Extract("ويبقى الفرق بين الشرق والغرب وبين الشمال والجنوب، أن الاقتصاد مختلف."), "");
  // Trap: after a comma, inside the subject of a verb still waiting for its إن (Ben Wallace).
  EXPECT_EQ(Extract("وقال وزير الأمن، بين والاس، إن بريطانيا مصممة على المحاسبة.", {{"والاس", kPer, 5}}),
            "I[بريطانيا مصممة على المحاسبة]<وزير الأمن، بين والاس#5");
}

TEST(ExtractorTest, Round42UrgeWithItsSubjectAndTheOneUrged) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
  constexpr auto kLoc = doc::EntityType::kLocation;
  // حث X Y على ...: the urger, the one urged, the act urged.
  EXPECT_EQ(Extract("وحثت المندوبة نيكي هيلي روسيا على الضغط على سوريا.", {{"نيكي هيلي", kPer, 3}, {"روسيا", kLoc, 4}}),
            "I[الضغط على سوريا]<المندوبة نيكي هيلي#3");
  // A name that opens the subject ends it (round 12's AccuserWords): the next name is the one urged.
  EXPECT_EQ(Extract("حثت تركيا الولايات المتحدة على منع وصول الأسلحة.",
                    {{"تركيا", kLoc, 4}, {"الولايات المتحدة", kLoc, 5}}),
            "I[منع وصول الأسلحة]<تركيا#4");
  // Trap: the verbal noun after a plain word.
  EXPECT_EQ(Extract("وعقد المؤتمر بهدف حث الرئيس سامي العلي الحلفاء على زيادة الإنفاق العسكري.", {{"سامي العلي", kPer, 3}}), "");
  // Trap: no name after it — the speaker's content runs on over it.
  EXPECT_EQ(Extract("وقالت البعثة إنها تدعو إلى وقف القتال، كما حثت الأطراف المشاركة في المواجهات على ضبط النفس."),
            "I[تدعو إلى وقف القتال، كما حثت الأطراف المشاركة في المواجهات على ضبط النفس]<البعثة");
  // Trap: a name and على right after it is the one urged, the urger unsaid.
  EXPECT_EQ(Extract("وقالت الوحدات إن الجيش قصف مواقعها وحثت أنقرة على وقف الهجمات.", {{"أنقرة", kLoc, 6}}),
            "I[الجيش قصف مواقعها وحثت أنقرة على وقف الهجمات]<الوحدات");
  // Trap: a subject and no one urged before على: the words read as the subject were the one urged.
  EXPECT_EQ(Extract("كما حث رئيس الحكومة سامي العلي على رفض الاستئناف المقدم من الشركة.", {{"سامي العلي", kPer, 3}}), "");
  // Trap: the plural حثوا has no subject after it (وحثوا الدول الأعضاء على: the ones urged).
  EXPECT_EQ(Extract("وحثوا الاتحاد الأوروبي الحكومات على تفعيل القرارات الصادرة عن المجلس.", {{"الاتحاد الأوروبي", kOrg, 7}}), "");
}

TEST(ExtractorTest, Round43SourceVerbWithAResumptivePronoun) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // وفق ما أفاد به X: the pronoun after the verb points back to ما; X is the source.
  EXPECT_EQ(Extract("وتوقفت الحركة في الميناء طوال يوم أمس، وفق ما أفاد به مدير الميناء أحمد العلوي.",
                    {{"أحمد العلوي", kPer, 3}}),
            "I[وتوقفت الحركة في الميناء طوال يوم أمس]<مدير الميناء أحمد العلوي#3");
  EXPECT_EQ(Extract("وانطلقت المفاوضات بين الطرفين في العاصمة مساء السبت، وفقا لما أعلنت عنه الوزارة."),
            "I[وانطلقت المفاوضات بين الطرفين في العاصمة مساء السبت]<الوزارة");
  // Trap: ما with no source before it is the object (رفض ما أعلن عنه X): nothing.
  EXPECT_EQ(Extract("ورفض الوزير ما أعلن عنه المتحدث باسم الحكومة من قرارات جديدة."), "");
  // A closing source's words may run on to the sentence's end after a comma.
  EXPECT_EQ(Extract("وسيخضع اللاعب لعملية جراحية في الركبة، حسبما أعلن مدربه في النادي."),
            "I[وسيخضع اللاعب لعملية جراحية في الركبة]<مدربه");
  // Trap: no comma before the source: the words after its speaker are not stepped over.
  EXPECT_EQ(Extract("وسيخضع اللاعب لعملية جراحية في الركبة حسبما أعلن مدربه في النادي الإنجليزي الكبير."), "");
  // Trap: a cue among those words: a new statement, not the source's description.
  EXPECT_EQ(Extract("وسيخضع اللاعب لعملية جراحية في الركبة، حسبما أعلن مدربه في النادي مؤكدا أن غيابه سيطول."),
            "I[غيابه سيطول]<مدربه");
}

TEST(ExtractorTest, Round43ClosingNamedSourceWithNoVerb) {
  constexpr auto kOrg = doc::EntityType::kOrganization;
  // "...، وفقا لـ X." with X an organisation the tagger named: X's words.
  EXPECT_EQ(Extract("واعتقلت السلطات عشرات الناشطين خلال الشهر الماضي، وفقا لمنظمة العفو الدولية.",
                    {{"لمنظمة العفو الدولية", kOrg, 2}}),
            "I[واعتقلت السلطات عشرات الناشطين خلال الشهر الماضي]<لمنظمة العفو الدولية#2");
  // Trap: no comma before it: the source may head what follows.
  EXPECT_EQ(Extract("واعتقلت السلطات عشرات الناشطين خلال الشهر الماضي وفقا لمنظمة العفو الدولية.",
                    {{"لمنظمة العفو الدولية", kOrg, 2}}),
            "");
  // Trap: no one named (وفقا للقانون): a rule, not a party that speaks.
  EXPECT_EQ(Extract("واعتقلت السلطات عشرات الناشطين خلال الشهر الماضي، وفقا للقانون الجديد."), "");
}

}  // namespace
}  // namespace marsad::quotes

TEST(ExtractorTest, Round41NamedSpeakerInsideAQuote) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, Round41CarriedVerbAfterTheContentsNamedSubject) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, SayingNounAfterAVerbIsNoSubject) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // ورجح بالقول إن ...، وأضاف أنه: رجح is no cue without أن right after it, so the sentence's
  // main verb; بالقول after it is not its subject, and the coordinated أضاف carries the speaker
  // named before (it had taken "بالقول" for the subject).
  EXPECT_EQ(Extract("وقال النائب سامي العلي إن الحزب قوي. ورجح بالقول إن مهمته تتمثل في تلميع صورة الحزب، "
                    "وأضاف أنه يمارس السياسة.",
                    {{"سامي العلي", kPer, 4}}),
            "I[الحزب قوي]<النائب سامي العلي#4 | I[مهمته تتمثل في تلميع صورة الحزب]<النائب سامي العلي#4 | "
            "I[يمارس السياسة]<النائب سامي العلي#4");
  // The same with a verb that is no speech verb at all (وختمت بالقول إن ...، مشيرة إلى أن).
  EXPECT_EQ(Extract("وقالت الطبيبة سارة العلي إن المرض خطير. وختمت بالقول إن العلاج متاح، مشيرة إلى أن الدواء رخيص.",
                    {{"سارة العلي", kPer, 4}}),
            "I[المرض خطير]<الطبيبة سارة العلي#4 | I[العلاج متاح]<الطبيبة سارة العلي#4 | "
            "I[الدواء رخيص]<الطبيبة سارة العلي#4");
}

TEST(ExtractorTest, VerbFormAfterAlaIsAVerbalNoun) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

}  // namespace
}  // namespace marsad::quotes

namespace marsad::quotes {
namespace {

TEST(ExtractorTest, Round44VerbFirstSpeakerInsideAQuote) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kOrg = doc::EntityType::kOrganization;
  constexpr auto kLoc = doc::EntityType::kLocation;
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


TEST(ExtractorTest, Round44TitledSpeakerInsideAQuote) {
  constexpr auto kPer = doc::EntityType::kPerson;
  constexpr auto kTitle = doc::MentionKind::kTitle;
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
TEST(ExtractorTest, GoingOnVerbIsNoSubject) {
  constexpr auto kPer = doc::EntityType::kPerson;
  // ومضى يقول "...": "went on to say"; ومضى is no subject, the speaker is carried.
  EXPECT_EQ(Extract("وقال الرئيس سامي العلي إن الحكومة قوية. ومضى يقول \"سوف ننسحب من الاتفاقية\".",
                    {{"سامي العلي", kPer, 4}}),
            "I[الحكومة قوية]<الرئيس سامي العلي#4 | D[سوف ننسحب من الاتفاقية]<الرئيس سامي العلي#4");
  EXPECT_EQ(Extract("وقال الرئيس سامي العلي إن الحكومة قوية. وراح يقول إن الحكومة ستنسحب من الاتفاقية.",
                    {{"سامي العلي", kPer, 4}}),
            "I[الحكومة قوية]<الرئيس سامي العلي#4 | I[الحكومة ستنسحب من الاتفاقية]<الرئيس سامي العلي#4");
  // With a subject after it, the subject alone speaks.
  EXPECT_EQ(Extract("ومضى الرئيس يقول إن الحكومة ستنسحب من الاتفاقية."), "I[الحكومة ستنسحب من الاتفاقية]<الرئيس");
}

TEST(ExtractorTest, NaqlanAnRelaysAfterAnySpeechVerb) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, VerbFormAfterComplementizerInIsAVerbalNoun) {
  constexpr auto kPer = doc::EntityType::kPerson;
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

TEST(ExtractorTest, ByHisOpinionIsTheSpeakerBefore) {
  constexpr auto kPer = doc::EntityType::kPerson;
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
}  // namespace marsad::quotes
