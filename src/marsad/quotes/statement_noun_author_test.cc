// Round 49 (docs/quotes.md): a definite statement, report, study or resolution noun as the
// subject with no author named for it (وأكد القرار، وذكرت الدراسة، ودعا البيان الأطراف إلى) speaks
// for the nearest earlier speaker when that speaker can issue a document; the noun stays
// otherwise. Hand-written sentences, not taken from any article; mentions set directly, as the
// tagger would.
#include <gtest/gtest.h>

#include "marsad/quotes/extractor_test_support.h"

namespace marsad::quotes::extractor_test {
namespace {

TEST(StatementNounAuthorTest, TheNearestEarlierSpeakerIssuedIt) {
  // A resolution after the body that spoke: the body's.
  EXPECT_EQ(Extract("وقال مجلس الأمن إن الوضع في المنطقة خطير. وأكد القرار أن على الأطراف الانسحاب من المنطقة "
                    "فورا.",
                    {{"مجلس الأمن", kOrg, 4}}),
            "I[الوضع في المنطقة خطير]<مجلس الأمن#4 | I[على الأطراف الانسحاب من المنطقة فورا]<مجلس الأمن#4");
  // A study after its researchers, a plural with the article the tagger names no one in.
  EXPECT_EQ(Extract("وقال الباحثون إن النتائج مشجعة جدا. وذكرت الدراسة أن العلاج الجديد يقلل الأعراض."),
            "I[النتائج مشجعة جدا]<الباحثون | I[العلاج الجديد يقلل الأعراض]<الباحثون");
  // A call: the words after the noun are the one called on, not part of the subject.
  EXPECT_EQ(Extract("وقال الحزب إن الوضع السياسي خطير. ودعا البيان مختلف الأحزاب إلى \"الارتفاع بمستوى الحوار "
                    "بينها\"."),
            "I[الوضع السياسي خطير]<الحزب | I[مختلف الأحزاب إلى \"الارتفاع بمستوى الحوار بينها\"]<الحزب | "
            "D[الارتفاع بمستوى الحوار بينها]<الحزب");
  // A verb carried after the statement goes on with it (وتابع agrees with البيان, not الوزارة).
  EXPECT_EQ(Extract("وقالت الوزارة إن الهجوم فشل. وأضاف البيان أن القوات صدت المهاجمين. وتابع أن الوضع "
                    "مستقر الآن.",
                    {{"الوزارة", kOrg, 6}}),
            "I[الهجوم فشل]<الوزارة#6 | I[القوات صدت المهاجمين]<الوزارة#6 | I[الوضع مستقر الآن]<الوزارة#6");
}

TEST(StatementNounAuthorTest, Guards) {
  // Trap: a person who spoke is no author of a study (he may have commented on it).
  EXPECT_EQ(Extract("وقال سامي العلي إن الوضع صعب. وذكرت الدراسة أن العلاج الجديد يقلل الأعراض.",
                    {{"سامي العلي", kPer, 7}}),
            "I[الوضع صعب]<سامي العلي#7 | I[العلاج الجديد يقلل الأعراض]<الدراسة");
  // Trap: an outlet relays a study, it does not issue it.
  EXPECT_EQ(Extract("وقالت صحيفة الأيام إن الوضع صعب. وذكرت الدراسة أن العلاج الجديد يقلل الأعراض.",
                    {{"صحيفة الأيام", kOrg, 5}}),
            "I[الوضع صعب]<صحيفة الأيام#5 | I[العلاج الجديد يقلل الأعراض]<الدراسة");
  // Trap: the report was named in the speaker's own words: he spoke about it.
  EXPECT_EQ(Extract("وقال الاتحاد إن التقرير غير دقيق. وأضاف التقرير أن الفريق خالف اللوائح."),
            "I[التقرير غير دقيق]<الاتحاد | I[الفريق خالف اللوائح]<التقرير");
  // Trap: the subject names its author after the noun (البيان الصادر عن ...): not the earlier speaker.
  EXPECT_EQ(Extract("وقال الاتحاد إن الوضع صعب. وقال البيان الصادر عن الوزارة إن الفريق خالف اللوائح."),
            "I[الوضع صعب]<الاتحاد | I[الفريق خالف اللوائح]<البيان الصادر عن الوزارة");
  // Trap: the speaker spoke three paragraphs before.
  EXPECT_EQ(Extract("وقال الاتحاد إن الوضع صعب.\nوسافر الفريق أمس.\nووصل اللاعبون.\nوأضاف البيان أن الفريق "
                    "خالف اللوائح."),
            "I[الوضع صعب]<الاتحاد | I[الفريق خالف اللوائح]<البيان");
}

}  // namespace
}  // namespace marsad::quotes::extractor_test
