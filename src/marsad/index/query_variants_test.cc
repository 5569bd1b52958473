// Tests of QueryVariants: the embedded rules on a table of query words, and rule-list errors.
#include "marsad/index/query_variants.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/index/embedded_data.h"

namespace marsad::index {
namespace {

struct Case {
  const char* norm;  // a search-normalized query word
  std::vector<std::string> want;
};

TEST(QueryVariantsTest, EmbeddedRules) {
  const std::vector<Case> cases = {
      // Present tense -> past (and the forms with a leading ا), then the verbal nouns.
      {"تدافع", {"دافع", "دافعت", "دافعوا", "ادافع", "ادافعت", "ادافعوا", "ادافاع", "تدافيع"}},
      {"يجبرون", {"جبر", "جبرت", "جبروا", "اجبر", "اجبرت", "اجبروا", "اجبار", "تجبير"}},
      // Hamza core: تءكد (تؤكد) -> اكد، اكدت، تاكيد.
      {"تءكد", {"ءكد", "ءكدت", "ءكدوا", "اءكد", "اءكدت", "اءكدوا", "اءكاد", "تءكيد",
                "اكد", "اكدت", "اكدوا", "ااكد", "ااكدت", "ااكدوا", "ااكاد", "تاكيد"}},
      // Hollow verb: يقود -> قاد.
      {"يقود", {"قود", "قودت", "قودوا", "اقود", "اقودت", "اقودوا", "اقواد", "تقويد",
                "قاد", "قادت", "قادوا", "اقاد", "اقادت", "اقادوا", "اقااد", "تقايد"}},
      // A verb after the conjunction و.
      {"ويقلب", {"قلب", "قلبت", "قلبوا", "اقلب", "اقلبت", "اقلبوا", "اقلاب", "تقليب"}},
      // A leading preposition.
      {"بغزه", {"غزه"}},
      {"وبالقرب", {"القرب"}},
      {"لتركيا", {"تركيا"}},
      // An adjective of origin -> its place.
      {"ايراني", {"ايران"}},
      {"الفلسطينيه", {"الفلسطين"}},
      // Numbers in digits and words.
      {"4", {"اربع", "اربعه"}},
      {"الاربعه", {"4", "اربع"}},
      {"الف", {"1000"}},
      // Too short for any rule, or no rule applies.
      {"بعد", {}},
      {"من", {}},
      {"موسكو", {}},
      {"", {}},
  };
  const QueryVariants& q = QueryVariants::Embedded();
  ASSERT_FALSE(q.empty());
  for (const Case& c : cases) {
    std::vector<std::string> got;
    q.Expand(c.norm, &got);
    EXPECT_EQ(got, c.want) << c.norm;
  }
}

TEST(QueryVariantsTest, OddInputsGiveWellFormedOrNoForms) {
  // Bytes that are not UTF-8, cut letters, single prefixes: no crash, at most a few forms.
  const std::string odd[] = {"\xD8", "\x80\x80\x80\x80", "ت", "تء", "يو", "\xD8\xAA\xD8", "وي", "الـ",
                             std::string(300, '\xD9'), "بببببب"};
  for (const std::string& w : odd) {
    std::vector<std::string> got;
    QueryVariants::Embedded().Expand(w, &got);
    EXPECT_LE(got.size(), 24U) << w;
    for (const std::string& v : got) EXPECT_NE(v, w);
  }
}

TEST(QueryVariantsTest, EmbeddedDataParses) {
  auto r = QueryVariants::Parse("data/search/query_variants_ar.txt", data::kQueryVariants);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
}

TEST(QueryVariantsTest, BadRulesNameFileAndLine) {
  struct Bad {
    const char* text;
    const char* message;
  };
  const Bad bad[] = {
      {"clitic ب\nfoo ب\n", "rules.txt:2: unknown rule 'foo'"},
      {"past ا\n", "rules.txt:1: a past form holds one '*' for the core"},
      {"past *ا*\n", "rules.txt:1: a past form holds one '*' for the core"},
      {"hollow وا ا\n", "rules.txt:1: hollow takes two letters"},
      {"# comment\nclitic\n", "rules.txt:2: expected 'clitic VALUE'"},
      {"hamza ء\n", "rules.txt:1: expected 'hamza X Y'"},
      {"number 4\n", "rules.txt:1: expected 'number DIGITS WORD...'"},
      {"verbal_noun ا+ا*\n", "rules.txt:1: a verbal noun holds one '*'"},
  };
  for (const Bad& b : bad) {
    auto r = QueryVariants::Parse("rules.txt", b.text);
    ASSERT_FALSE(r.ok()) << b.text;
    EXPECT_NE(r.status().ToString().find(b.message), std::string::npos) << r.status().ToString();
  }
}

}  // namespace
}  // namespace marsad::index
