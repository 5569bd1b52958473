// Tables of parameter values and the verdicts params.h gives them.
#include "marsad/server/params.h"

#include <gtest/gtest.h>

namespace marsad::server {
namespace {

ParamMap One(const std::string& name, const std::string& value) { return ParamMap{{name, value}}; }

TEST(IntParamTest, Table) {
  struct Case {
    const char* value;
    const char* want;  // the number, or the start of the error
  } cases[] = {
      {"1", "1"},        {"50", "50"},          {"100", "100"},   {"0", "k: out of range"},
      {"101", "k: out of range"}, {"-1", "k: not a number"},  {"+5", "k: not a number"},
      {" 5", "k: not a number"},  {"5x", "k: not a number"}, {"", "k: not a number"},
      {"99999999999999999999", "k: not a number"}, {"1e3", "k: not a number"},
  };
  for (const Case& c : cases) {
    auto got = IntParam(One("k", c.value), "k", 1, 100, 10);
    const std::string text = got.ok() ? std::to_string(*got) : got.status().message();
    EXPECT_EQ(text.rfind(c.want, 0), 0u) << "'" << c.value << "' gave " << text;
  }
  EXPECT_EQ(*IntParam(ParamMap{}, "k", 1, 100, 10), 10);
}

TEST(DateParamTest, Table) {
  struct Case {
    const char* value;
    std::int64_t want;  // -1: error
  } cases[] = {
      {"1970-01-01", 0},
      {"2018-02-26", 1519603200},
      {"2018-02-26T02:20:10Z", 1519611610},
      {"2018-02-30", -1},
      {"2018-2-26", -1},
      {"2018-02-26T24:00:00Z", -1},
      {"2018-02-26T02:20:10", -1},
      {"2018-02-26 02:20:10Z", -1},
      {"yesterday", -1},
      {"", -1},
  };
  for (const Case& c : cases) {
    auto got = DateParam(One("since", c.value), "since");
    if (c.want < 0) {
      EXPECT_FALSE(got.ok()) << c.value;
      if (!got.ok()) {
        EXPECT_EQ(got.status().message().rfind("since: not a date", 0), 0u);
      }
    } else {
      ASSERT_TRUE(got.ok()) << c.value << ": " << got.status().message();
      EXPECT_EQ(**got, c.want) << c.value;
    }
  }
  EXPECT_FALSE(DateParam(ParamMap{}, "since")->has_value());
}

TEST(TextParamTest, Table) {
  struct Case {
    std::string value;
    const char* want;  // "" when accepted, else the start of the error
  } cases[] = {
      {"لافرنتييف", ""},
      {"Lavrov", ""},
      {std::string(512, 'a'), ""},
      {std::string(513, 'a'), "q: longer than 512 bytes"},
      {"\xff\xfe", "q: invalid UTF-8 at byte 0"},
      {"ab\xd8", "q: invalid UTF-8 at byte 2"},
      {"a\nb", "q: control characters"},
      {"a\tb", "q: control characters"},
      {std::string("a\0b", 3), "q: control characters"},
  };
  for (const Case& c : cases) {
    auto got = TextParam(One("q", c.value), "q");
    const std::string text = got.ok() ? "" : got.status().message();
    if (*c.want == '\0') {
      EXPECT_TRUE(got.ok()) << text;
    } else {
      EXPECT_EQ(text.rfind(c.want, 0), 0u) << "gave " << text;
    }
  }
  EXPECT_EQ(RequiredTextParam(ParamMap{}, "q").status().message(), "q: required");
  EXPECT_EQ(RequiredTextParam(One("q", ""), "q").status().message(), "q: required");
}

TEST(CheckParamNamesTest, Table) {
  EXPECT_TRUE(CheckParamNames(ParamMap{{"q", "x"}, {"k", "5"}}, {"q", "k"}).ok());
  EXPECT_EQ(CheckParamNames(ParamMap{{"q", "x"}, {"z", "5"}}, {"q", "k"}).message(),
            "unknown parameter 'z' (expected: q, k)");
  EXPECT_EQ(CheckParamNames(ParamMap{{"q", "x"}, {"q", "y"}}, {"q", "k"}).message(), "q: given more than once");
  EXPECT_EQ(CheckParamNames(ParamMap{{"a", ""}}, {}).message(), "unknown parameter 'a' (this endpoint takes none)");
}

TEST(CheckIdTest, Table) {
  EXPECT_TRUE(CheckId("01_astana_round_opens", "id").ok());
  EXPECT_TRUE(CheckId("خبر-١", "id").ok());
  EXPECT_EQ(CheckId("", "id").message(), "id: empty");
  EXPECT_EQ(CheckId(std::string(513, 'x'), "id").message(), "id: longer than 512 bytes");
  EXPECT_EQ(CheckId("a\xc3", "id").message(), "id: invalid UTF-8 at byte 1");
}

}  // namespace
}  // namespace marsad::server
