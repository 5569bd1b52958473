// CivilDate: a day of the proleptic Gregorian calendar, with the day arithmetic the date
// finder needs (day numbers, weekdays, months of different lengths) and the arithmetic
// (tabular) Islamic calendar used to convert Hijri dates.
#ifndef MARSAD_DATES_CIVIL_DATE_H_
#define MARSAD_DATES_CIVIL_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace marsad::dates {

// A calendar day (proleptic Gregorian: the Gregorian rules extended before 1582).
// Plain data; IsValid() says whether it names a real day.
struct CivilDate {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31

  constexpr auto operator<=>(const CivilDate&) const = default;
};

bool IsLeapYear(int year);
// 28-31; 0 when month is outside 1-12.
int DaysInMonth(int year, int month);
// True when month is 1-12 and day exists in that month of that year.
bool IsValid(const CivilDate& d);

// Days since 1970-01-01 (negative before). REQUIRES: IsValid(d) (any year).
// Howard Hinnant's days_from_civil, exact over the whole int range of years we use.
std::int64_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(std::int64_t days);

// 0 = Sunday ... 6 = Saturday (as C's tm_wday).
int Weekday(const CivilDate& d);
CivilDate AddDays(const CivilDate& d, std::int64_t n);
// The first day of the month `n` months after (before, when negative) d's month.
CivilDate AddMonthsToFirst(const CivilDate& d, int n);

// "2017-09-15" (years outside 0-9999 are printed as they are).
std::string ToIsoString(const CivilDate& d);
// Parses exactly "YYYY-MM-DD"; nullopt when the text is not that or the day does not exist.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

// --- The arithmetic Islamic (Hijri) calendar ---------------------------------------------
//
// The tabular calendar of Reingold & Dershowitz, "Calendrical Calculations" (ch. 7): months
// alternate 30 and 29 days (the 12th has 30 in leap years), 11 leap years in each 30-year
// cycle (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), epoch 1 Muharram 1 AH = Friday
// 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian). Real Hijri dates follow the
// sighting of the moon or Saudi Arabia's Umm al-Qura tables, which differ from this
// arithmetic by up to 1-2 days (4 Shawwal 1436 is 20 July 2015 in Umm al-Qura, 21 July here).

struct HijriDate {
  int year = 1;
  int month = 1;  // 1 = Muharram ... 12 = Dhu al-Hijja
  int day = 1;    // 1-30
  constexpr auto operator<=>(const HijriDate&) const = default;
};

// 29 or 30; 0 when month is outside 1-12.
int HijriDaysInMonth(int year, int month);
bool IsValid(const HijriDate& d);
// REQUIRES: IsValid(h) and h.year >= 1.
CivilDate GregorianFromHijri(const HijriDate& h);
// REQUIRES: d on or after 19 July 622.
HijriDate HijriFromGregorian(const CivilDate& d);

}  // namespace marsad::dates

#endif  // MARSAD_DATES_CIVIL_DATE_H_
