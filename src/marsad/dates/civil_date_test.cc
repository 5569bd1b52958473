#include "marsad/dates/civil_date.h"

#include <gtest/gtest.h>

namespace marsad::dates {
namespace {

TEST(CivilDateTest, DaysRoundTripAndKnownDays) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  EXPECT_EQ(DaysFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(DaysFromCivil({622, 7, 19}), -492148);  // the Hijri epoch
  for (std::int64_t d = -800000; d <= 800000; d += 997) {
    const CivilDate c = CivilFromDays(d);
    ASSERT_TRUE(IsValid(c)) << d;
    ASSERT_EQ(DaysFromCivil(c), d) << ToIsoString(c);
  }
}

TEST(CivilDateTest, Validity) {
  struct Case {
    CivilDate d;
    bool valid;
  };
  constexpr Case kCases[] = {
      {{2016, 2, 29}, true},  {{2017, 2, 29}, false}, {{1900, 2, 29}, false},
      {{2000, 2, 29}, true},  {{2017, 4, 31}, false}, {{2017, 12, 31}, true},
      {{2017, 13, 1}, false}, {{2017, 0, 1}, false},  {{2017, 1, 0}, false},
  };
  for (const Case& c : kCases) EXPECT_EQ(IsValid(c.d), c.valid) << ToIsoString(c.d);
}

TEST(CivilDateTest, WeekdaysAndMonthArithmetic) {
  EXPECT_EQ(Weekday({2017, 9, 14}), 4);  // Thursday
  EXPECT_EQ(Weekday({2018, 2, 18}), 0);  // Sunday
  EXPECT_EQ(Weekday({1970, 1, 1}), 4);
  EXPECT_EQ(Weekday({622, 7, 19}), 5);   // Friday, the Hijri civil epoch
  EXPECT_EQ(ToIsoString(AddDays({2017, 12, 31}, 1)), "2018-01-01");
  EXPECT_EQ(ToIsoString(AddDays({2016, 3, 1}, -1)), "2016-02-29");
  EXPECT_EQ(ToIsoString(AddMonthsToFirst({2018, 1, 31}, -1)), "2017-12-01");
  EXPECT_EQ(ToIsoString(AddMonthsToFirst({2018, 12, 5}, 1)), "2019-01-01");
  EXPECT_EQ(ToIsoString(AddMonthsToFirst({2018, 5, 5}, -17)), "2016-12-01");
}

TEST(CivilDateTest, ParseIsoDate) {
  EXPECT_EQ(ParseIsoDate("2017-09-15"), (CivilDate{2017, 9, 15}));
  EXPECT_EQ(ParseIsoDate("2017-02-30"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2017-9-15"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("20170915"), std::nullopt);
}

// Tabular dates against published Umm al-Qura / observed dates: the arithmetic calendar is
// within the documented ±2 days (most often 0 or 1).
TEST(HijriTest, WithinTwoDaysOfPublishedDates) {
  struct Case {
    HijriDate h;
    CivilDate published;
  };
  constexpr Case kCases[] = {
      {{1436, 10, 4}, {2015, 7, 20}},  // "الاثنين ٤-١٠-١٤٣٦ الموافق ٢٠-٧-٢٠١٥" (SaudiNewsNet)
      {{1439, 1, 1}, {2017, 9, 21}},   // Islamic new year 1439
      {{1436, 9, 1}, {2015, 6, 18}},   // Ramadan 1436 began
      {{1433, 9, 17}, {2012, 8, 6}},   // "6 أغسطس 2012، الموافق 17 رمضان"
      {{1438, 1, 1}, {2016, 10, 2}},
      {{1440, 9, 1}, {2019, 5, 6}},
      {{1445, 9, 1}, {2024, 3, 11}},
  };
  for (const Case& c : kCases) {
    const CivilDate g = GregorianFromHijri(c.h);
    const std::int64_t diff = DaysFromCivil(g) - DaysFromCivil(c.published);
    EXPECT_LE(std::abs(diff), 2) << ToIsoString(g) << " vs " << ToIsoString(c.published);
  }
  // Exact values of the arithmetic calendar (Calendrical Calculations' algorithm).
  EXPECT_EQ(ToIsoString(GregorianFromHijri({1, 1, 1})), "0622-07-19");
  EXPECT_EQ(ToIsoString(GregorianFromHijri({1436, 10, 4})), "2015-07-21");
  EXPECT_EQ(ToIsoString(GregorianFromHijri({1439, 2, 10})), "2017-10-31");
}

TEST(HijriTest, RoundTripAndMonthLengths) {
  for (std::int64_t d = DaysFromCivil({622, 7, 19}); d < DaysFromCivil({2200, 1, 1}); d += 37) {
    const CivilDate c = CivilFromDays(d);
    const HijriDate h = HijriFromGregorian(c);
    ASSERT_TRUE(IsValid(h)) << ToIsoString(c);
    ASSERT_EQ(GregorianFromHijri(h), c) << ToIsoString(c);
  }
  // Leap years of the 30-year cycle have 355 days: month 12 has 30 days.
  EXPECT_EQ(HijriDaysInMonth(1437, 12), 29);  // 1437 = 47*30 + 27: common
  EXPECT_EQ(HijriDaysInMonth(1436, 12), 30);  // 1436 = 47*30 + 26: leap
  EXPECT_EQ(HijriDaysInMonth(1438, 1), 30);
  EXPECT_EQ(HijriDaysInMonth(1438, 2), 29);
  EXPECT_FALSE(IsValid(HijriDate{1438, 2, 30}));
  EXPECT_FALSE(IsValid(HijriDate{1438, 13, 1}));
}

}  // namespace
}  // namespace marsad::dates
