// DateFinder: finds the date expressions of an Arabic news text and resolves each to a
// calendar day, month, week or year: absolute ones (15 سبتمبر 2017، 15 أيلول 2017،
// ١٥/٠٩/٢٠١٧، 10 صفر 1439 هـ) and, given the publication date as anchor, relative ones
// (أمس الأربعاء، الخميس المقبل، الشهر الماضي، 14 يونيو المقبل). docs/dates.md lists every
// form, how each is resolved, and the limits (the Hijri conversion is arithmetic: ±1-2 days).
#ifndef MARSAD_DATES_DATE_FINDER_H_
#define MARSAD_DATES_DATE_FINDER_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "marsad/base/span.h"
#include "marsad/dates/civil_date.h"
#include "marsad/dates/lexicon.h"
#include "marsad/text/analyzer.h"
#include "marsad/text/normalizer.h"

namespace marsad::dates {

// How much of `date` the text fixes. For a week, month or year `date` is the first day of
// that month or year (a week: the anchor moved by whole weeks, the same weekday).
enum class Granularity : std::uint8_t { kDay, kWeek, kMonth, kYear };

// The calendar the expression was written in; `date` is always Gregorian.
enum class Calendar : std::uint8_t { kGregorian, kHijri };

// A part of the period named by words such as مطلع (early), منتصف (mid), نهاية (late).
enum class PeriodPart : std::uint8_t { kWhole, kEarly, kMid, kLate };

// The shape of the expression, for statistics (marsad eval dates) and debugging.
enum class DateForm : std::uint8_t {
  kDayMonthYear,  // 15 سبتمبر 2017، الخميس 14 أيلول 2017، غرة فيفري 2017
  kNumeric,       // 15/09/2017، 2017-09-15، ١٥/٠٩/٢٠١٧، 4-10-1436
  kMonthYear,     // سبتمبر 2017، مايو/أيار 2013، صفر 1439 هـ
  kYear,          // عام 2017، 2017م، 1438 هـ
  kDayMonth,      // 14 يونيو (المقبل): the year comes from the anchor
  kMonth,         // مارس الماضي، في يونيو: the year comes from the anchor
  kRelativeDay,   // اليوم، أمس، أول أمس، غدا، بعد غد، أمس الأربعاء
  kWeekday,       // الأربعاء الماضي، الخميس المقبل، يوم الأحد
  kRelativeWeek,  // الأسبوع الماضي
  kRelativeMonth, // الشهر الجاري، مطلع الشهر المقبل
  kRelativeYear,  // العام الماضي، نهاية العام
  kPaired,        // two names of one day joined by الموافق or brackets
  kCount
};
std::string_view DateFormName(DateForm form);
std::string_view GranularityName(Granularity g);

struct DateMention {
  ByteSpan span;  // bytes of the whole expression in the text given to FindDates
  CivilDate date;
  Granularity granularity = Granularity::kDay;
  bool relative = false;  // resolved with the anchor (a relative word, or a missing year)
  Calendar calendar = Calendar::kGregorian;
  PeriodPart part = PeriodPart::kWhole;
  DateForm form = DateForm::kDayMonthYear;
};

// Immutable after construction; thread-safe. Cheap to build: it borrows its lexicon and
// normalizer (by default the shared ones; building a Normalizer costs ~0.1 s, a Lexicon
// ~0.4 ms).
class DateFinder {
 public:
  // REQUIRES: `lexicon` was built with a normalizer of the same options as `normalizer`
  // (NormalizerOptions::Search()); both outlive the finder.
  explicit DateFinder(const Lexicon& lexicon = Lexicon::Default(),
                      const text::Normalizer& normalizer = Lexicon::SearchNormalizer());
  static const DateFinder& Default();

  // The date expressions of `text`, in text order, not overlapping. `anchor` is the day
  // the text was published; without it (or when it is not a real day after the year 700),
  // expressions that need it (relative words, a day and month without a year) are not
  // returned. Never fails: invalid UTF-8 is skipped.
  // REQUIRES: text.size() < 4 GiB.
  std::vector<DateMention> Find(std::string_view text, std::optional<CivilDate> anchor) const;

  // Same, reusing an analysis of `text` (its tokens and norms) instead of tokenizing again.
  // REQUIRES: `analysis` is of `text`, by an Analyzer with NormalizerOptions::Search().
  std::vector<DateMention> Find(const text::TextAnalysis& analysis, std::string_view text,
                                std::optional<CivilDate> anchor) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  const text::Normalizer& normalizer() const { return *normalizer_; }

 private:
  const Lexicon* lexicon_;
  const text::Normalizer* normalizer_;
};

// DateFinder::Default().Find(text, anchor).
std::vector<DateMention> FindDates(std::string_view text, std::optional<CivilDate> anchor);

}  // namespace marsad::dates

#endif  // MARSAD_DATES_DATE_FINDER_H_
