#include "marsad/dates/date_coverage.h"

#include <gtest/gtest.h>

namespace marsad::dates {
namespace {

TEST(DateCoverageTest, FieldShape) {
  EXPECT_EQ(FieldShape("Sun, 18 Feb 2018 21:35:43 +0400"), "Aaa, 99 Aaa 9999 99:99:99 +9999");
  EXPECT_EQ(FieldShape("2017-01-22T185600"), "9999-99-99A999999");
  EXPECT_EQ(FieldShape("١٥ سبتمبر"), "١٥ سبتمبر");  // only ASCII is folded
}

TEST(DateCoverageTest, FieldTallyCountsOutcomes) {
  FieldTally t;
  for (const char* f : {"Sun, 18 Feb 2018 21:35:43 +0400", "17/05/2015", "", "not a date",
                        "also not", "2017-01-20T21:43:00+01:00"}) {
    t.Add(f);
  }
  EXPECT_EQ(t.fields(), 6u);
  EXPECT_EQ(t.empty(), 1u);
  EXPECT_EQ(t.parsed(), 3u);
  ASSERT_EQ(t.failures().size(), 2u);
  EXPECT_EQ(t.failures().at("aaa a aaaa").first, 1u);
  EXPECT_EQ(t.failures().at("aaa a aaaa").second, "not a date");
  EXPECT_EQ(t.shapes().at("99/99/9999"), 1u);
}

TEST(DateCoverageTest, TextTallyCountsByForm) {
  TextTally t(/*examples_per_form=*/1);
  t.Add("وقال أمس إن الاتفاق الموقع في 15 سبتمبر 2017 والمعدل في 20 سبتمبر 2017 ساري", CivilDate{2018, 2, 22});
  t.Add("لا تاريخ هنا", CivilDate{2018, 2, 22});
  t.Add("عام 1438 هـ", std::nullopt);
  EXPECT_EQ(t.docs(), 3u);
  EXPECT_EQ(t.docs_with_dates(), 2u);
  EXPECT_EQ(t.mentions(), 4u);
  EXPECT_EQ(t.relative(), 1u);
  EXPECT_EQ(t.hijri(), 1u);
  EXPECT_EQ(t.by_form()[static_cast<std::size_t>(DateForm::kDayMonthYear)], 2u);
  EXPECT_EQ(t.by_form()[static_cast<std::size_t>(DateForm::kRelativeDay)], 1u);
  EXPECT_EQ(t.by_form()[static_cast<std::size_t>(DateForm::kYear)], 1u);
  EXPECT_EQ(t.by_granularity()[static_cast<std::size_t>(Granularity::kDay)], 3u);
  // One example per form: the first day-month-year, not the second.
  ASSERT_EQ(t.examples().size(), 3u);
  EXPECT_NE(t.examples()[1].context.find("[15 سبتمبر 2017]"), std::string::npos)
      << t.examples()[1].context;
}

}  // namespace
}  // namespace marsad::dates
