// Gregorian day arithmetic (Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms")
// and the arithmetic Islamic calendar (Reingold & Dershowitz, "Calendrical Calculations").
#include "marsad/dates/civil_date.h"

#include <cstdio>

namespace marsad::dates {
namespace {

// Floor division for possibly negative numerators (C++ truncates toward zero).
constexpr std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Day number (days since 1970-01-01) of 1 Muharram 1 AH: 19 July 622, proleptic Gregorian.
constexpr std::int64_t kHijriEpochDays = -492148;

// Day number of the first day of Hijri month (year, month).
std::int64_t HijriMonthStart(std::int64_t year, int month) {
  return kHijriEpochDays + (59 * (month - 1) + 1) / 2 + (year - 1) * 354 +
         FloorDiv(3 + 11 * year, 30);
}

}  // namespace

bool IsLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValid(const CivilDate& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= DaysInMonth(d.year, d.month);
}

std::int64_t DaysFromCivil(const CivilDate& d) {
  const std::int64_t y = static_cast<std::int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = FloorDiv(y, 400);
  const std::int64_t yoe = y - era * 400;                                   // [0, 399]
  const std::int64_t mp = (d.month + 9) % 12;                               // March = 0
  const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;                  // [0, 365]
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = FloorDiv(z, 146097);
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return CivilDate{year, month, day};
}

int Weekday(const CivilDate& d) {
  // 1970-01-01 was a Thursday (4).
  const std::int64_t w = (DaysFromCivil(d) + 4) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

CivilDate AddDays(const CivilDate& d, std::int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

CivilDate AddMonthsToFirst(const CivilDate& d, int n) {
  const std::int64_t index = static_cast<std::int64_t>(d.year) * 12 + (d.month - 1) + n;
  return CivilDate{static_cast<int>(FloorDiv(index, 12)), static_cast<int>(index - FloorDiv(index, 12) * 12) + 1,
                   1};
}

std::string ToIsoString(const CivilDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (std::size_t i = starts[k]; i < starts[k] + lens[k]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  }
  const CivilDate d{v[0], v[1], v[2]};
  if (!IsValid(d)) return std::nullopt;
  return d;
}

int HijriDaysInMonth(int year, int month) {
  if (month < 1 || month > 12) return 0;
  const std::int64_t next = month == 12 ? HijriMonthStart(static_cast<std::int64_t>(year) + 1, 1)
                                        : HijriMonthStart(year, month + 1);
  return static_cast<int>(next - HijriMonthStart(year, month));
}

bool IsValid(const HijriDate& d) {
  return d.year >= 1 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= HijriDaysInMonth(d.year, d.month);
}

CivilDate GregorianFromHijri(const HijriDate& h) {
  return CivilFromDays(HijriMonthStart(h.year, h.month) + h.day - 1);
}

HijriDate HijriFromGregorian(const CivilDate& d) {
  const std::int64_t days = DaysFromCivil(d);
  // Estimate the year (Reingold & Dershowitz), then correct by one either way.
  std::int64_t year = FloorDiv(30 * (days - kHijriEpochDays) + 10646, 10631);
  while (year > 1 && HijriMonthStart(year, 1) > days) --year;
  while (HijriMonthStart(year + 1, 1) <= days) ++year;
  int month = 12;
  while (month > 1 && HijriMonthStart(year, month) > days) --month;
  return HijriDate{static_cast<int>(year), month,
                   static_cast<int>(days - HijriMonthStart(year, month) + 1)};
}

}  // namespace marsad::dates
