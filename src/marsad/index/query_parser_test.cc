#include "marsad/index/query_parser.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::index {
namespace {

struct Case {
  const char* query;
  const char* want;
};

constexpr Case kCases[] = {
    {"لافرنتييف أستانا", "w(لافرنتييف) w(أستانا)"},
    {"+سوريا -لبنان", "+w(سوريا) -w(لبنان)"},
    {"\"خفض التصعيد\" إدلب", "p(خفض التصعيد) w(إدلب)"},
    {"+\"خفض التصعيد\"", "+p(خفض التصعيد)"},
    {"-\"وقف إطلاق النار\"", "-p(وقف إطلاق النار)"},
    {"“الجوهرة المشعة”", "p(الجوهرة المشعة)"},
    {"ترامب OR بوتين", "w(ترامب) w(بوتين)"},
    {"ترامب AND بوتين", "+w(ترامب) +w(بوتين)"},
    {"لافر*", "pre(لافر*)"},
    {"source:BBC روسيا", "w(روسيا) source:BBC"},
    {"source:\"Sky News\"", "source:Sky News"},
    {"date:2018-03-01..2018-03-31", "date:[1519862400,1522540800)"},
    {"date:2018-03", "date:[1519862400,1522540800)"},
    {"date:2018", "date:[1514764800,1546300800)"},
    {"date:..2018-01-01", "date:[,1514851200)"},
    {"date:2018-12-31..", "date:[1546214400,)"},
    {"entity:Q42 بوتين", "w(بوتين) entity:Q42"},
    {"أردوغان: القوات", "w(أردوغان:) w(القوات)"},
    {"SOURCE:cnn", "source:cnn"},
    {"- + a", "w(-) w(+) w(a)"},
};

TEST(QueryParserTest, Table) {
  for (const Case& c : kCases) {
    ParsedQuery q = ParseQuery(c.query);
    EXPECT_EQ(q.ToString(), c.want) << c.query;
    EXPECT_TRUE(q.warnings.empty()) << c.query << ": " << q.warnings.front();
  }
}

struct WarnCase {
  const char* query;
  const char* want;
  const char* warning;  // a word the warning must contain
};

constexpr WarnCase kWarnings[] = {
    {"\"غير مغلق", "p(غير مغلق)", "quote"},
    {"date:2018-13-01 سوريا", "w(سوريا)", "date:"},
    {"date:أمس", "", "date:"},
    {"date:2018-02-30", "", "date:"},
    {"source:", "", "source:"},
    {"OR سوريا", "w(سوريا)", "OR"},
    {"سوريا AND", "w(سوريا)", "AND"},
    {"\"\"", "", "empty"},
    {"-source:BBC", "", "not supported"},
    {"*", "", ""},
};

TEST(QueryParserTest, BadInputBecomesWarnings) {
  for (const WarnCase& c : kWarnings) {
    ParsedQuery q = ParseQuery(c.query);
    EXPECT_EQ(q.ToString(), c.want) << c.query;
    if (*c.warning != '\0') {
      ASSERT_FALSE(q.warnings.empty()) << c.query;
      EXPECT_NE(q.warnings.front().find(c.warning), std::string::npos) << q.warnings.front();
    }
  }
}

TEST(QueryParserTest, LimitsLengthAndClauses) {
  std::string many;
  for (int i = 0; i < 100; ++i) {
    many += 'w';
    many += std::to_string(i);
    many += ' ';
  }
  ParsedQuery q = ParseQuery(many);
  EXPECT_EQ(q.clauses.size(), kMaxClauses);
  EXPECT_FALSE(q.warnings.empty());
  std::string huge(10000, 'a');
  huge += "ب";
  q = ParseQuery(huge);
  EXPECT_FALSE(q.warnings.empty());
  EXPECT_LE(q.clauses.at(0).text.size(), kMaxQueryBytes);
}

TEST(QueryParserTest, ParseDay) {
  EXPECT_EQ(ParseDay("1970-01-01")->from, 0);
  EXPECT_EQ(ParseDay("2016-02-29")->to, 1456790400);  // leap day
  EXPECT_FALSE(ParseDay("2017-02-29").has_value());
  EXPECT_EQ(ParseDay("٢٠١٨/٠٣/٠١")->from, 1519862400);  // Arabic-Indic digits
  EXPECT_FALSE(ParseDay("18-03-01").has_value());
  EXPECT_FALSE(ParseDay("2018-03-01x").has_value());
}

}  // namespace
}  // namespace marsad::index
