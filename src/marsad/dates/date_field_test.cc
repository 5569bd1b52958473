#include "marsad/dates/date_field.h"

#include <gtest/gtest.h>

#include <string>

namespace marsad::dates {
namespace {

// "YYYY-MM-DD hh:mm:ss" in UTC, or "none".
std::string Show(std::optional<doc::Timestamp> t) {
  if (!t) return "none";
  const CivilDate d = CivilDateOf(*t);
  std::int64_t s = t->seconds - TimestampOf(d).seconds;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %02d:%02d:%02d", ToIsoString(d).c_str(),
                static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60), static_cast<int>(s % 60));
  return buf;
}

struct Case {
  const char* field;
  const char* want;  // UTC
};

constexpr Case kCases[] = {
    // RFC 822/1123 as in the ANT RSS fields, every zone form.
    {"Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18 17:35:43"},  // Al Arabiya
    {"Sun, 18 Feb 2018 17:21:49 GMT", "2018-02-18 17:21:49"},    // BBC, France24, SkyNews
    {"Tue, 13 Feb 2018 10:22:00 +0000", "2018-02-13 10:22:00"},  // CNN
    {"Mon, 26 Feb 2018 02:20:10 GMT", "2018-02-26 02:20:10"},
    {"Mon, 26 Feb 2018 02:20:10 -0500", "2018-02-26 07:20:10"},
    {"Mon, 26 Feb 2018 02:20:10 EST", "2018-02-26 07:20:10"},
    {"26 Feb 2018 02:20 UT", "2018-02-26 02:20:00"},
    {"Thu, 1 Mar 2018 00:30:00 +0300", "2018-02-28 21:30:00"},
    {"Sunday, 18-Feb-18 21:35:43 GMT", "2018-02-18 21:35:43"},    // RFC 850
    {"Sun Feb 18 21:35:43 2018", "2018-02-18 21:35:43"},          // asctime
    {"February 18, 2018", "2018-02-18 00:00:00"},
    {"18 February 2018 9:35 PM", "2018-02-18 21:35:00"},
    // ISO 8601: JawharaFM, SaudiNewsNet and the usual variants.
    {"2017-01-20T21:43:00+01:00", "2017-01-20 20:43:00"},
    {"2017-01-22T185600", "2017-01-22 18:56:00"},
    {"2015-07-27 18:39:22", "2015-07-27 18:39:22"},
    {"2017-01-20", "2017-01-20 00:00:00"},
    {"2017-01-20T21:43:00Z", "2017-01-20 21:43:00"},
    {"2017-01-20T21:43:00.123Z", "2017-01-20 21:43:00"},
    {"2017-01-20T21:43Z", "2017-01-20 21:43:00"},
    {"2017-01-20T21:43:00-0230", "2017-01-21 00:13:00"},
    {"20170120T214300Z", "2017-01-20 21:43:00"},
    {"  2017-01-20 21:43:00 UTC ", "2017-01-20 21:43:00"},
    // Day/month/year numbers (JawharaFM), digits of any script.
    {"17/05/2015", "2015-05-17 00:00:00"},
    {"17-05-2015 10:30", "2015-05-17 10:30:00"},
    {"17.05.2015", "2015-05-17 00:00:00"},
    {"2015/05/17", "2015-05-17 00:00:00"},
    {"05/17/2015", "2015-05-17 00:00:00"},  // month first only when unambiguous
    {"١٧/٠٥/٢٠١٥", "2015-05-17 00:00:00"},
    {"٢٠١٧-٠١-٢٠", "2017-01-20 00:00:00"},
    // Arabic expressions.
    {"الخميس 14 سبتمبر 2017", "2017-09-14 00:00:00"},
    {"الخميس، ١٤ أيلول ٢٠١٧ - 10:30 ص", "2017-09-14 10:30:00"},
    {"نشر في: 15 سبتمبر 2017 - 10:30 م", "2017-09-15 22:30:00"},
    {"آخر تحديث: 15 سبتمبر 2017 الساعة 16:00 بتوقيت غرينتش", "2017-09-15 16:00:00"},
    {"15 جانفي 2017", "2017-01-15 00:00:00"},
    {"10 صفر 1439 هـ", "2017-10-31 00:00:00"},
    {"10 صفر 1439 هـ الموافق 30 أكتوبر 2017م", "2017-10-30 00:00:00"},
    {"15 سبتمبر 2017 12:00 GMT+3", "2017-09-15 09:00:00"},
    // Not dates, or not a day.
    {"", "none"},
    {"   ", "none"},
    {"hello", "none"},
    {"2017", "none"},
    {"سبتمبر 2017", "none"},
    {"أمس", "none"},
    {"15 سبتمبر 2017 قال الرئيس", "none"},
    {"31/02/2017", "none"},
    {"2017-02-30", "none"},
    {"2017-01-20T25:00:00", "none"},
    {"2017-01-20T21:43:00+25:00", "none"},
    {"Sun, 18 Foo 2018 21:35:43 GMT", "none"},
    {"18 Feb", "none"},
    {"20170120", "none"},
    {"15 سبتمبر 2017 و16 سبتمبر 2017", "none"},
};

TEST(DateFieldTest, Formats) {
  for (const Case& c : kCases) EXPECT_EQ(Show(ParseDateField(c.field)), c.want) << c.field;
}

TEST(DateFieldTest, CivilDateOfAndBack) {
  EXPECT_EQ(ToIsoString(CivilDateOf(doc::Timestamp{0})), "1970-01-01");
  EXPECT_EQ(ToIsoString(CivilDateOf(doc::Timestamp{-1})), "1969-12-31");
  EXPECT_EQ(ToIsoString(CivilDateOf(doc::Timestamp{1518975343})), "2018-02-18");
  EXPECT_EQ(TimestampOf(CivilDate{2018, 2, 18}).seconds, 1518912000);
}

TEST(DateFieldTest, LongAndBinaryFieldsAreRejected) {
  EXPECT_FALSE(ParseDateField(std::string(10000, '1')));
  EXPECT_FALSE(ParseDateField(std::string("2017-01-20\0junk", 15)));
  EXPECT_FALSE(ParseDateField("\xff\xfe\xfd"));
}

}  // namespace
}  // namespace marsad::dates
