// ParseDateField: reads the publication date of an article's metadata (a JSON field, an
// RSS <pubDate>, an HTML <meta>) in the formats news sources use: ISO 8601, RFC 822/1123,
// RFC 850 and asctime, day/month/year numbers, and Arabic expressions ("الخميس 14 سبتمبر
// 2017 - 10:30"). docs/dates.md lists every accepted shape.
#ifndef MARSAD_DATES_DATE_FIELD_H_
#define MARSAD_DATES_DATE_FIELD_H_

#include <optional>
#include <string_view>

#include "marsad/dates/civil_date.h"
#include "marsad/doc/document.h"

namespace marsad::dates {

// The instant a date field names, in UTC. Accepted (leading/trailing space ignored, digits
// of any script):
//   ISO 8601        2017-01-20, 2017-01-20T21:43:00+01:00, 2017-01-20 21:43:00Z,
//                   2015-07-27 18:39:22, 2017-01-22T185600, 20170120T214300Z, fractions
//   RFC 822/1123    Sun, 18 Feb 2018 21:35:43 +0400 (zones GMT UT UTC Z EST ... ±hhmm)
//   RFC 850/asctime Sunday, 18-Feb-18 21:35:43 GMT; Sun Feb 18 21:35:43 2018
//   English         February 18, 2018; 18 February 2018 9:35 PM
//   numbers         17/05/2015, 17-05-2015, 17.05.2015, 2015/05/17 (day first; month first
//                   only when the day is above 12), optional time after
//   Arabic          one day-level expression of FindDates with no anchor, optional time and
//                   labels: "15 سبتمبر 2017", "الخميس، ١٤ أيلول ٢٠١٧ - 10:30 ص",
//                   "10 صفر 1439 هـ" (tabular Hijri: ±1-2 days)
// A time without a zone is taken as UTC; a date without a time is midnight UTC.
// nullopt when the field is empty, is none of these, or names a day that does not exist
// (31/02/2017). Never fails otherwise. Thread-safe.
std::optional<doc::Timestamp> ParseDateField(std::string_view s);

// The UTC calendar day of a timestamp (the anchor FindDates wants for a publication time).
CivilDate CivilDateOf(doc::Timestamp t);
// Midnight UTC of a day.
doc::Timestamp TimestampOf(const CivilDate& d);

}  // namespace marsad::dates

#endif  // MARSAD_DATES_DATE_FIELD_H_
