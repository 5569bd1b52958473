// Round 46: a fronted source that its فإن/فقد ends with no comma (وبحسب شرطة المدينة فإن ...),
// and a short quoted name among a fronted source's words (ووفقا لقناة "X" فإن ...). Sentences
// written for these tests, not taken from any article.
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

TEST(FrontedSourceTest, FaInnaEndsAShortSourceWithNoComma) {
  // A place the tagger found in the source.
  EXPECT_EQ(Extract("وبحسب شرطة لندن فإن رجلا اعتقل في المطار بعد هبوط الطائرة.", {{"لندن", kLoc, 0}}),
            "I[رجلا اعتقل في المطار بعد هبوط الطائرة]<شرطة لندن");
  // A statement noun (تقرير) in it.
  EXPECT_EQ(Extract("وبحسب نسخة من التقرير فإن الممثلة خضعت لفحص طبي في شهر مايو."),
            "I[الممثلة خضعت لفحص طبي في شهر مايو]<نسخة من التقرير");
  // An unnamed source's head (مصادر), and فقد.
  EXPECT_EQ(Extract("وبحسب مصادر أمنية فقد فر المهاجمون نحو الجبال بعد الهجوم."),
            "I[فر المهاجمون نحو الجبال بعد الهجوم]<مصادر أمنية");
}

TEST(FrontedSourceTest, AShortQuotedNameInTheSource) {
  // No comma: the quoted name is the party.
  EXPECT_EQ(Extract("ووفقا لقناة \"النهار\" فإن الوزيرة التقت بالموظفين في مقر الشركة."),
            "I[الوزيرة التقت بالموظفين في مقر الشركة]<قناة \"النهار\"");
  // With commas, a named source's words run past the quoted name to its فإن (round 25).
  EXPECT_EQ(Extract("فحسب المكتب الإعلامي لرئيس \"اللقاء الوطني\"، الشيخ سامي العلي، فإن شقيقه استأجر شقة في "
                    "المدينة.",
                    {{"سامي العلي", kPer, 4}}),
            "I[شقيقه استأجر شقة في المدينة]<المكتب الإعلامي لرئيس \"اللقاء الوطني\"، الشيخ سامي العلي#4");
}

TEST(FrontedSourceTest, TrapsOfTheSourceBeforeFaInna) {
  // No party among the words: team levels, not a source.
  EXPECT_EQ(Extract("وحسب مستويات الفرق فإن المنافسة ستكون قوية في المجموعة الأولى."), "");
  // Figures (with ل + the article, its alif dropped), though a report is named after them.
  EXPECT_EQ(Extract("ووفقا للأرقام الواردة في التقرير فإن عدد المهاجرين بلغ أربعمائة شخص."), "");
  // "The same" sources: the sentence before's.
  EXPECT_EQ(Extract("ووفق نفس المصادر فإن الإجراءات الأمنية أبعدت المهاجم عن الكنيسة."), "");
  // More than five words: parties that do not speak as one.
  EXPECT_EQ(Extract("ووفقا لتقارير فتيات أطلق سراحهن وخبراء في شؤون الجماعة فإن بعضهن لقين حتفهن."), "");
  // A verb with its pronoun after ما: not a noun source.
  EXPECT_EQ(Extract("وبحسب ما نقلته تقارير دولية فإن الرجل كان يحاول مساعدة امرأة مصابة."), "");
  // A comma inside an unnamed source: its words stop there (round 25's named run-on only).
  EXPECT_EQ(Extract("ووفقا لتقارير نشرت في دورية طبية، فإن الدواء أظهر نتائج جيدة في التجارب."), "");
  // A quoted wording after فإن: the document's.
  EXPECT_EQ(Extract("وبحسب نص التقرير فإن \"هدف الشركة زرع الفتنة في البلاد\"."), "");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
