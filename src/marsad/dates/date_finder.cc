// The date finder: tokens with their normalized forms and lexicon phrases, scanned left to
// right by a small hand-written grammar (docs/dates.md), each match resolved to a day.
#include "marsad/dates/date_finder.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdlib>
#include <string>

#include "marsad/text/tokenizer.h"

namespace marsad::dates {

std::string_view DateFormName(DateForm form) {
  static constexpr std::string_view kNames[] = {
      "day_month_year", "numeric",        "month_year",    "year",
      "day_month",      "month",          "relative_day",  "weekday",
      "relative_week",  "relative_month", "relative_year", "paired"};
  static_assert(std::size(kNames) == static_cast<std::size_t>(DateForm::kCount));
  return kNames[static_cast<std::size_t>(form)];
}

std::string_view GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kYear: return "year";
  }
  return "day";
}

namespace {

// Plausible years: written with a year word or next to a month (عام 1988، مايو 1802) ...
constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2200;
// ... and bare after a preposition or with an attached م (في 2017، 2017م): news years only.
constexpr int kMinBareYear = 1900;
constexpr int kMaxBareYear = 2100;
// A numeric date whose year is in this range and carries no era mark is Hijri (19/6/1436).
constexpr int kMinNumericHijriYear = 1300;
constexpr int kMaxNumericHijriYear = 1500;
constexpr int kMinNumericGregorianYear = 1800;
constexpr int kMaxHijriYear = 1600;
// How far (days) "اليوم الخميس", "أمس الأربعاء" may move to land on the named weekday.
constexpr int kWeekdaySnap = 3;

enum class Modifier : std::uint8_t { kNone, kPast, kPast2, kNext, kCurrent };
// What the words before a date say of its time: منذ (past), a future marker, or nothing.
enum class Tense : std::uint8_t { kUnknown, kPast, kFuture };

struct Tok {
  ByteSpan span;
  text::TokenKind kind = text::TokenKind::kWord;
  std::string_view norm;  // normalized
  std::string_view base;  // norm without a leading clitic when that makes it a lexicon word
  bool clitic = false;    // base != norm
  int number = -1;        // value of a run of ASCII digits (after normalization), else -1
  int digits = 0;
  const WordInfo* info = nullptr;  // the longest lexicon phrase starting here
  std::uint8_t len = 0;            // its length in tokens
};

// The text's tokens, normalized and looked up once.
class TokenTable {
 public:
  TokenTable(const Lexicon& lexicon) : lexicon_(lexicon) {}

  void Reserve(std::size_t n) {
    toks_.reserve(n);
    norms_.reserve(n);
  }
  // Adds a token; `norm` must stay alive until Finish (the caller's buffer or pool_).
  void Add(const text::Token& t, std::string_view norm) {
    Tok tok;
    tok.span = t.span();
    tok.kind = t.kind;
    // Hashtags, mentions, URLs and e-mails are never part of a date, and their norm differs
    // between a TextAnalysis (sigil dropped) and the normalizer alone: blank it.
    if (t.kind == text::TokenKind::kHashtag || t.kind == text::TokenKind::kMention ||
        t.kind == text::TokenKind::kUrl || t.kind == text::TokenKind::kEmail) {
      norm = std::string_view();
    }
    tok.norm = norm;
    toks_.push_back(tok);
    norms_.push_back(norm);
  }
  // Looks every token up in the lexicon.
  void Finish() {
    std::string scratch;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      Tok& t = toks_[i];
      if (t.kind == text::TokenKind::kNumber) {
        if (t.norm.size() <= 6 &&
            std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          t.number = std::atoi(std::string(t.norm).c_str());
          t.digits = static_cast<int>(t.norm.size());
        }
        t.base = t.norm;
        continue;
      }
      // Only Arabic words are looked up (hashtags and mentions are normalized differently
      // by the Analyzer, which drops their sigil; the lexicon has no other words).
      if (t.kind != text::TokenKind::kArabicWord || t.norm.empty() || t.norm.size() > 48) {
        t.base = t.norm;
        continue;
      }
      bool starts = false;
      std::string_view base = lexicon_.StripClitic(t.norm, &scratch, &starts);
      if (base.data() == scratch.data()) {
        // A rebuilt form (لل → ال): keep a stable copy.
        extra_.push_back(std::make_unique<std::string>(scratch));
        base = *extra_.back();
      }
      t.base = base;
      t.clitic = base.data() != t.norm.data() || base.size() != t.norm.size();
      // Most words start no phrase: Match would only look them up again to say so.
      if (!starts) continue;
      std::size_t len = 0;
      const std::span<const std::string_view> following(norms_.data() + i + 1, norms_.size() - i - 1);
      t.info = lexicon_.Match(base, following, &len);
      t.len = static_cast<std::uint8_t>(len);
    }
  }
  const std::vector<Tok>& toks() const { return toks_; }

 private:
  const Lexicon& lexicon_;
  std::vector<Tok> toks_;
  std::vector<std::string_view> norms_;
  std::vector<std::unique_ptr<std::string>> extra_;
};

// One match of the grammar: a mention and the token after it.
struct Hit {
  DateMention m;
  std::size_t end = 0;
};

// What a day-month-year or month-year expression says before it is resolved.
struct Parts {
  int day = 0;         // 0: none
  int month = 0;       // 1-12 (Gregorian or Hijri, per calendar)
  int year = 0;        // 0: none written
  int year_offset = 0; // with year_relative: anchor's year + this (من العام الماضي)
  bool year_relative = false;
  Calendar calendar = Calendar::kGregorian;
  Modifier mod = Modifier::kNone;
};

class Scanner {
 public:
  // An anchor that is not a real day is no anchor.
  Scanner(const std::vector<Tok>& toks, std::optional<CivilDate> anchor)
      : t_(toks), anchor_(anchor && IsValid(*anchor) && anchor->year > 700 ? anchor : std::nullopt) {}

  void Run(std::vector<DateMention>* out) {
    std::size_t i = 0;
    while (i < t_.size()) {
      const Tok& tok = t_[i];
      if (tok.info == nullptr && tok.kind != text::TokenKind::kNumber) {
        ++i;
        continue;
      }
      std::vector<Hit> hits;
      TryAt(i, &hits);
      if (hits.empty()) {
        ++i;
        continue;
      }
      for (const Hit& h : hits) out->push_back(h.m);
      i = std::max(i + 1, hits.back().end);
    }
  }

 private:
  // ---- Token tests --------------------------------------------------------------------
  const Tok* At(std::size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
  const WordInfo* Info(std::size_t i) const { return i < t_.size() ? t_[i].info : nullptr; }
  bool Has(std::size_t i, Role r) const {
    const WordInfo* w = Info(i);
    return w != nullptr && w->Has(r);
  }
  std::size_t Len(std::size_t i) const { return t_[i].len == 0 ? 1 : t_[i].len; }
  // The part of a period a word at *k names ("مطلع", "منتصف", "نهاية"), stepping past it;
  // kWhole, and *k unchanged, when there is none.
  PeriodPart ReadPeriodPart(std::size_t* k) const {
    PeriodPart part = PeriodPart::kWhole;
    if (Has(*k, Role::kEarly)) part = PeriodPart::kEarly;
    else if (Has(*k, Role::kMid)) part = PeriodPart::kMid;
    else if (Has(*k, Role::kLate)) part = PeriodPart::kLate;
    if (part != PeriodPart::kWhole) *k += Len(*k);
    return part;
  }
  // An Arabic word whose normalized form is s.
  bool IsNorm(std::size_t i, std::string_view s) const {
    return i < t_.size() && t_[i].kind == text::TokenKind::kArabicWord && t_[i].norm == s;
  }
  bool IsPunct(std::size_t i, std::string_view marks) const {
    if (i >= t_.size()) return false;
    const Tok& t = t_[i];
    if (t.kind != text::TokenKind::kPunctuation && t.kind != text::TokenKind::kSymbol) return false;
    // `marks` is a space-separated list.
    std::size_t pos = 0;
    while (pos < marks.size()) {
      std::size_t sp = marks.find(' ', pos);
      if (sp == std::string_view::npos) sp = marks.size();
      if (t.norm == marks.substr(pos, sp - pos)) return true;
      pos = sp + 1;
    }
    return false;
  }
  // A plain number of `lo`-`hi` digits at i.
  bool IsNum(std::size_t i, int lo_digits, int hi_digits) const {
    return i < t_.size() && t_[i].number >= 0 && t_[i].digits >= lo_digits &&
           t_[i].digits <= hi_digits;
  }
  bool IsDayNumber(std::size_t i) const {
    return IsNum(i, 1, 2) && t_[i].number >= 1 && t_[i].number <= 31;
  }
  // Tokens i and i+1 touch (no space between): "2017م".
  bool Adjacent(std::size_t i) const {
    return i + 1 < t_.size() && t_[i].span.end == t_[i + 1].span.begin;
  }
  // A phrase with role r ends right before token j (a phrase of up to 3 words).
  bool EndsBefore(std::size_t j, Role r) const {
    for (std::size_t back = 1; back <= 3 && back <= j; ++back) {
      const std::size_t s = j - back;
      if (Has(s, r) && Len(s) == back) return true;
    }
    return false;
  }
  static bool IsConnectorWord(std::string_view norm) {
    return norm == "\u0648" || norm == "\u0627\u0644\u064a" /* الي (إلى) */ ||
           norm == "\u062d\u062a\u064a" /* حتي */ || norm == "\u0627\u0648" /* او */;
  }
  // A list connector at i: و, -, إلى, حتى, أو, and the comma.
  bool IsConnector(std::size_t i) const {
    return i < t_.size() &&
           ((t_[i].kind == text::TokenKind::kArabicWord && IsConnectorWord(t_[i].norm)) ||
            IsPunct(i, "- \u2013 \u060c ,"));
  }
  bool IsMin(std::size_t i) const { return IsNorm(i, "\u0645\u0646"); }  // من
  Modifier ModifierAt(std::size_t i, std::size_t* len) const {
    const WordInfo* w = Info(i);
    if (w == nullptr) return Modifier::kNone;
    *len = Len(i);
    if (w->Has(Role::kPast2)) return Modifier::kPast2;
    if (w->Has(Role::kPast)) return Modifier::kPast;
    if (w->Has(Role::kNext)) return Modifier::kNext;
    if (w->Has(Role::kCurrent)) return Modifier::kCurrent;
    return Modifier::kNone;
  }
  static int ModifierOffset(Modifier m) {
    switch (m) {
      case Modifier::kPast: return -1;
      case Modifier::kPast2: return -2;
      case Modifier::kNext: return 1;
      default: return 0;
    }
  }

  DateMention Mention(std::size_t begin, std::size_t end, CivilDate date, Granularity g,
                      DateForm form, bool relative) const {
    DateMention m;
    m.span = ByteSpan{t_[begin].span.begin, t_[end - 1].span.end};
    m.date = date;
    m.granularity = g;
    m.form = form;
    m.relative = relative;
    return m;
  }

  // ---- Resolution against the anchor -----------------------------------------------------
  static std::int64_t Distance(const CivilDate& a, const CivilDate& b) {
    return std::llabs(DaysFromCivil(a) - DaysFromCivil(b));
  }

  // One possible reading of a date written without its year. `key` orders the candidates
  // and measures distance (a day number, or a month index for months).
  struct Candidate {
    std::int64_t key;
    int year;  // Gregorian or Hijri, as written
    CivilDate date;
  };

  // Picks among candidates sorted by key, `now` being the anchor's key:
  //   الماضي: the latest before now (قبل الماضي: the one before it); المقبل: the first after;
  //   الجاري: the one in the current year; no modifier: after منذ the latest up to now, after a
  //   future marker the first from now, else the latest up to now unless the next one is
  //   less than half as far (news reports the past more than it announces the future).
  // nullopt when the pick is more than `limit` keys away.
  static std::optional<CivilDate> Choose(const std::vector<Candidate>& c, std::int64_t now,
                                         int current_year, Modifier mod, Tense tense,
                                         std::int64_t limit) {
    const Candidate* pick = nullptr;
    const Candidate* past = nullptr;    // latest with key <= now
    const Candidate* before = nullptr;  // latest with key < now
    const Candidate* prior = nullptr;   // the one before `before`
    const Candidate* after = nullptr;   // first with key > now
    const Candidate* from = nullptr;    // first with key >= now
    for (const Candidate& x : c) {
      if (x.key < now) {
        prior = before;
        before = &x;
      }
      if (x.key <= now) past = &x;
      if (x.key > now && after == nullptr) after = &x;
      if (x.key >= now && from == nullptr) from = &x;
    }
    switch (mod) {
      case Modifier::kPast: pick = before; break;
      case Modifier::kPast2: pick = prior; limit *= 2; break;
      case Modifier::kNext: pick = after; break;
      case Modifier::kCurrent:
        for (const Candidate& x : c) {
          if (x.year == current_year) pick = &x;
        }
        break;
      case Modifier::kNone:
        if (tense == Tense::kPast) {
          pick = past;
        } else if (tense == Tense::kFuture) {
          pick = from;
        } else if (past == nullptr || after == nullptr) {
          pick = past != nullptr ? past : after;
        } else {
          pick = (after->key - now) * 2 < (now - past->key) ? after : past;
        }
        break;
    }
    if (pick == nullptr || std::llabs(pick->key - now) > limit) return std::nullopt;
    return pick->date;
  }

  // How far a year-less day may be from the anchor: 330 days when nothing says which way
  // (29 February has no near occurrence in most years), a year otherwise.
  static std::int64_t DayLimit(Modifier mod, Tense tense) {
    return mod == Modifier::kNone && tense == Tense::kUnknown ? 330 : 366;
  }
  // A Gregorian (month, day) without a year.
  std::optional<CivilDate> ResolveDayMonth(int month, int day, Modifier mod, Tense tense) const {
    const CivilDate& a = *anchor_;
    std::vector<Candidate> c;
    for (int y = a.year - 3; y <= a.year + 2; ++y) {
      const CivilDate d{y, month, day};
      if (IsValid(d)) c.push_back(Candidate{DaysFromCivil(d), y, d});
    }
    return Choose(c, DaysFromCivil(a), a.year, mod, tense, DayLimit(mod, tense));
  }
  // The first day of a Gregorian month named without a year (months compared as months:
  // "مارس الماضي" in March is last year's).
  std::optional<CivilDate> ResolveMonth(int month, Modifier mod, Tense tense) const {
    const CivilDate& a = *anchor_;
    std::vector<Candidate> c;
    for (int y = a.year - 3; y <= a.year + 2; ++y) {
      c.push_back(Candidate{std::int64_t{y} * 12 + month - 1, y, CivilDate{y, month, 1}});
    }
    return Choose(c, std::int64_t{a.year} * 12 + a.month - 1, a.year, mod, tense, 12);
  }
  // A Hijri (month, day) without a year; day 0: the month itself (its first day, compared
  // as months).
  std::optional<CivilDate> ResolveHijri(int month, int day, Modifier mod, Tense tense) const {
    if (day > 30) return std::nullopt;
    const HijriDate ha = HijriFromGregorian(*anchor_);
    std::vector<Candidate> c;
    for (int y = ha.year - 3; y <= ha.year + 2; ++y) {
      // Day 30 of a month the arithmetic calendar makes 29 days long is its next day.
      const CivilDate d = AddDays(GregorianFromHijri(HijriDate{y, month, 1}), std::max(day, 1) - 1);
      c.push_back(Candidate{day > 0 ? DaysFromCivil(d) : std::int64_t{y} * 12 + month - 1, y, d});
    }
    if (day > 0) return Choose(c, DaysFromCivil(*anchor_), ha.year, mod, tense, DayLimit(mod, tense));
    return Choose(c, std::int64_t{ha.year} * 12 + ha.month - 1, ha.year, mod, tense, 12);
  }

  // The day with weekday `wd` nearest to `around` (at most kWeekdaySnap days away).
  static CivilDate Snap(const CivilDate& around, int wd) {
    for (int d = 0; d <= kWeekdaySnap; ++d) {
      if (Weekday(AddDays(around, -d)) == wd) return AddDays(around, -d);
      if (Weekday(AddDays(around, d)) == wd) return AddDays(around, d);
    }
    return around;
  }

  // Resolves parts into a mention over tokens [begin, end). nullopt when the day does not
  // exist or the anchor is needed and missing.
  std::optional<DateMention> Resolve(const Parts& p, std::size_t begin, std::size_t end) const {
    Granularity g = p.day > 0 ? Granularity::kDay : Granularity::kMonth;
    if (p.month == 0) g = Granularity::kYear;
    int year = p.year;
    bool relative = false;
    if (year == 0 && p.year_relative) {
      if (!anchor_) return std::nullopt;
      relative = true;
      year = p.calendar == Calendar::kHijri ? HijriFromGregorian(*anchor_).year + p.year_offset
                                            : anchor_->year + p.year_offset;
    }
    CivilDate date;
    DateForm form;
    if (year != 0) {
      if (p.calendar == Calendar::kHijri) {
        if (year < 1 || year > kMaxHijriYear) return std::nullopt;
        const int month = p.month == 0 ? 1 : p.month;
        if (p.day > 30) return std::nullopt;
        // Day 30 of a month the arithmetic calendar makes 29 days long is its next day.
        date = AddDays(GregorianFromHijri(HijriDate{year, month, 1}), std::max(p.day, 1) - 1);
      } else {
        date = CivilDate{year, p.month == 0 ? 1 : p.month, p.day == 0 ? 1 : p.day};
        if (!IsValid(date)) return std::nullopt;
      }
      form = g == Granularity::kDay     ? DateForm::kDayMonthYear
             : g == Granularity::kMonth ? DateForm::kMonthYear
                                        : DateForm::kYear;
      if (relative) form = g == Granularity::kDay ? DateForm::kDayMonth : DateForm::kMonth;
    } else {
      if (!anchor_ || p.month == 0) return std::nullopt;
      relative = true;
      const Tense tense = TenseBefore(begin);
      const std::optional<CivilDate> d =
          p.calendar == Calendar::kHijri ? ResolveHijri(p.month, p.day, p.mod, tense)
          : p.day > 0                     ? ResolveDayMonth(p.month, p.day, p.mod, tense)
                                          : ResolveMonth(p.month, p.mod, tense);
      if (!d) return std::nullopt;
      date = *d;
      form = g == Granularity::kDay ? DateForm::kDayMonth : DateForm::kMonth;
    }
    DateMention m = Mention(begin, end, date, g, form, relative);
    m.calendar = p.calendar;
    return m;
  }

  // ---- Grammar ----------------------------------------------------------------------------

  // Month names at i: one name, then other names of the same month joined by / - ( ) or
  // nothing ("مايو/أيار", "أغسطس (آب)", "أبريل نيسان"). Sets *month, *end and whether every
  // name is ambiguous. False when no Gregorian month name starts at i.
  bool MonthNames(std::size_t i, int* month, std::size_t* end, bool* ambiguous,
                  bool allow_clitic = false) const {
    const WordInfo* w = Info(i);
    if (w == nullptr || w->month == 0 || (t_[i].clitic && !allow_clitic)) return false;
    *month = w->month;
    *ambiguous = w->ambiguous_month;
    std::size_t k = i + Len(i);
    while (k < t_.size()) {
      std::size_t n = k;
      const bool paren = IsPunct(n, "(");
      if (paren || IsPunct(n, "/ - \u2013")) ++n;
      const WordInfo* v = Info(n);
      if (v == nullptr || v->month != *month || t_[n].clitic) break;
      n += Len(n);
      if (paren) {
        if (!IsPunct(n, ")")) break;
        ++n;
      }
      *ambiguous = *ambiguous && v->ambiguous_month;
      k = n;
    }
    *end = k;
    return true;
  }

  // A written year at i: [من] [عام|سنة|العام] NNNN [era], or a relative one
  // ([من] العام الماضي / هذا العام). `calendar` is the calendar the context implies.
  bool YearAfterMonth(std::size_t i, Parts* p, std::size_t* end) const {
    std::size_t k = i;
    if (IsPunct(k, "\u060c ,") && IsNum(k + 1, 4, 4)) ++k;
    const bool min = IsMin(k);
    if (min) ++k;
    bool cue = false;
    // A year word may carry ل ("جوان لسنة 2016"), not و (that starts another date).
    if (Has(k, Role::kYearCue) && (!t_[k].clitic || t_[k].norm.starts_with("\u0644"))) {
      // العام الماضي / السنة المقبلة: a relative year.
      if (Has(k, Role::kYear)) {
        std::size_t ml = 0;
        const Modifier mod = ModifierAt(k + Len(k), &ml);
        if (mod != Modifier::kNone) {
          p->year_relative = true;
          p->year_offset = ModifierOffset(mod);
          *end = k + Len(k) + ml;
          return true;
        }
      }
      cue = true;
      k += Len(k);
    } else if (Has(k, Role::kThis) && Has(k + 1, Role::kYear)) {
      p->year_relative = true;
      p->year_offset = 0;
      *end = k + 1 + Len(k + 1);
      return true;
    }
    if (!IsNum(k, 3, 4)) return false;
    if (!cue && min) return false;  // "15 مارس من 2017" is not a form we know
    const int year = t_[k].number;
    ++k;
    Calendar cal = p->calendar;
    std::size_t e = k;
    if (Has(k, Role::kEraAh)) {
      if (cal != Calendar::kHijri && p->month != 0) return false;  // a Gregorian month, Hijri year
      cal = Calendar::kHijri;
      e = k + Len(k);
    } else if (Has(k, Role::kEraAd)) {
      if (cal == Calendar::kHijri) return false;
      e = k + Len(k);
    } else if (Has(k, Role::kEraBc)) {
      return false;
    }
    if (Has(e, Role::kCountNoun)) return false;
    if (cal == Calendar::kGregorian && (year < kMinYear || year > kMaxYear)) return false;
    if (cal == Calendar::kHijri && (year < 1 || year > kMaxHijriYear)) return false;
    if (t_[k - 1].digits == 3 && cal != Calendar::kHijri) return false;
    p->year = year;
    p->calendar = cal;
    *end = e;
    return true;
  }

  // Modifier after a month (مارس الماضي), or a relative year (من العام الماضي), or a written
  // year. Fills p and *end; false when nothing follows.
  bool AfterMonth(std::size_t k, Parts* p, std::size_t* end) const {
    if (YearAfterMonth(k, p, end)) return true;
    std::size_t ml = 0;
    const Modifier mod = ModifierAt(k, &ml);
    if (mod != Modifier::kNone) {
      p->mod = mod;
      *end = k + ml;
      return true;
    }
    return false;
  }

  // Day-month expressions at i: "15 سبتمبر 2017", "غرة فيفري", "الخامس من أكتوبر", "10 صفر
  // 1439 هـ", "24 من الشهر الجاري", and day lists "20 و21 فيفري الجاري".
  bool DayMonth(std::size_t i, std::vector<Hit>* hits, int depth = 0) const {
    int day = 0;
    std::size_t k = i;
    if (Has(k, Role::kFirstDay)) {
      day = 1;
      k += Len(k);
      if (IsMin(k)) ++k;  // "الفاتح من نوفمبر"
    } else if (Info(k) != nullptr && Info(k)->ordinal > 0 && IsMin(k + Len(k))) {
      day = Info(k)->ordinal;
      k += Len(k) + 1;
    } else {
      // "الـ15 من مارس": a bare article before the number.
      if (IsNorm(k, "\u0627\u0644") && IsDayNumber(k + 1) && Adjacent(k)) ++k;
      if (!IsDayNumber(k)) return false;
      day = t_[k].number;
      ++k;
      // Not part of a numeric or decimal expression: "5/7", "3-2".
      if (IsPunct(k, "/ :") && IsNum(k + 1, 1, 4)) return false;
      if (IsMin(k)) ++k;
    }
    // "السابع من شهر ذي القعدة": the word شهر before the name.
    if (Has(k, Role::kMonthCue) && Len(k) == 1 && Info(k + 1) != nullptr &&
        (Info(k + 1)->month != 0 || Info(k + 1)->hijri_month != 0)) {
      ++k;
    }
    Parts p;
    p.day = day;
    std::size_t end = k;
    bool ambiguous = false;
    int month = 0;
    if (MonthNames(k, &month, &end, &ambiguous)) {
      p.month = month;
      AfterMonth(end, &p, &end);
    } else if (const WordInfo* h = Info(k); h != nullptr && h->hijri_month > 0 && !t_[k].clitic) {
      p.month = h->hijri_month;
      p.calendar = Calendar::kHijri;
      end = k + Len(k);
      AfterMonth(end, &p, &end);
    } else if (Has(k, Role::kMonth) && Len(k) == 1) {
      // 24 من الشهر الجاري / 15 من الشهر المقبل
      std::size_t ml = 0;
      const Modifier mod = ModifierAt(k + 1, &ml);
      if (mod == Modifier::kNone || !anchor_) return false;
      const CivilDate first = AddMonthsToFirst(*anchor_, ModifierOffset(mod));
      const CivilDate date{first.year, first.month, day};
      if (!IsValid(date)) return false;
      hits->push_back(Hit{Mention(i, k + 1 + ml, date, Granularity::kDay, DateForm::kDayMonth, true),
                          k + 1 + ml});
      return true;
    } else if (depth < 4 && k == i + 1 && IsConnector(k) && IsDayNumber(k + 1)) {
      // A list of days sharing one month: "يومي 20 و21 فيفري", "من 26 حتى 28 مارس".
      std::vector<Hit> rest;
      if (!DayMonth(k + 1, &rest, depth + 1) || rest.empty()) return false;
      const DateMention& next = rest.front().m;
      if (next.granularity != Granularity::kDay || next.form == DateForm::kPaired) return false;
      CivilDate date = next.date;
      if (next.calendar == Calendar::kHijri) {
        // The same Hijri month: move by the difference of the Hijri days.
        date = AddDays(next.date, day - HijriFromGregorian(next.date).day);
      } else {
        date.day = day;
        if (!IsValid(date)) return false;
      }
      DateMention m = Mention(i, i + 1, date, Granularity::kDay, next.form, next.relative);
      m.calendar = next.calendar;
      hits->push_back(Hit{m, i + 1});
      hits->insert(hits->end(), rest.begin(), rest.end());
      return true;
    } else {
      return false;
    }
    // A day and month without a year after "ثورة", "قوى", "شارع" names an event or a place.
    if (p.year == 0 && !p.year_relative && i > 0 && Has(i - 1, Role::kEventPrefix)) return false;
    auto m = Resolve(p, i, end);
    if (!m) return false;
    hits->push_back(Hit{*m, end});
    return true;
  }

  // Numeric dates: "15/09/2017", "2017-09-15", "15.09.2017", "4 - 7 - 1432هـ".
  bool Numeric(std::size_t i, std::vector<Hit>* hits) const {
    int a = 0, b = 0, c = 0, da = 0, dc = 0;
    std::size_t end = 0;
    const Tok& t = t_[i];
    if (t.kind != text::TokenKind::kNumber) return false;
    if (t.number < 0) {
      // One token "15.09.2017".
      const std::string_view s = t.norm;
      const std::size_t d1 = s.find('.');
      const std::size_t d2 = d1 == std::string_view::npos ? d1 : s.find('.', d1 + 1);
      if (d2 == std::string_view::npos || s.find('.', d2 + 1) != std::string_view::npos) return false;
      const std::string_view parts[3] = {s.substr(0, d1), s.substr(d1 + 1, d2 - d1 - 1), s.substr(d2 + 1)};
      int v[3];
      for (int k = 0; k < 3; ++k) {
        if (parts[k].empty() || parts[k].size() > 4 ||
            !std::all_of(parts[k].begin(), parts[k].end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
          return false;
        }
        v[k] = std::atoi(std::string(parts[k]).c_str());
      }
      a = v[0], b = v[1], c = v[2];
      da = static_cast<int>(parts[0].size()), dc = static_cast<int>(parts[2].size());
      if (parts[1].size() > 2) return false;
      end = i + 1;
    } else {
      if (!IsNum(i, 1, 4) || !IsPunct(i + 1, "/ - \u2013 .") || !IsNum(i + 2, 1, 2)) return false;
      if (i + 4 >= t_.size() || t_[i + 3].norm != t_[i + 1].norm || !IsNum(i + 4, 1, 4)) {
        return false;
      }
      a = t.number, b = t_[i + 2].number, c = t_[i + 4].number;
      da = t.digits, dc = t_[i + 4].digits;
      end = i + 5;
      // Not a longer chain (a phone number, a list of scores).
      if (IsPunct(end, t_[i + 1].norm) && IsNum(end + 1, 1, 4)) return false;
      if (i >= 2 && IsPunct(i - 1, t_[i + 1].norm) && IsNum(i - 2, 1, 4)) return false;
    }
    int day, month, year;
    if (da == 4 && dc <= 2) {
      year = a, month = b, day = c;
    } else if (da <= 2 && dc == 4) {
      day = a, month = b, year = c;
    } else {
      return false;
    }
    if (month > 12 && day <= 12 && dc == 4) std::swap(day, month);  // mm/dd/yyyy
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    Calendar cal;
    if (Has(end, Role::kEraAh)) {
      cal = Calendar::kHijri;
      end += Len(end);
    } else if (Has(end, Role::kEraAd)) {
      cal = Calendar::kGregorian;
      end += Len(end);
    } else if (year >= kMinNumericHijriYear && year <= kMaxNumericHijriYear) {
      cal = Calendar::kHijri;
    } else if (year >= kMinNumericGregorianYear && year <= kMaxYear) {
      cal = Calendar::kGregorian;
    } else {
      return false;
    }
    Parts p;
    p.day = day, p.month = month, p.year = year, p.calendar = cal;
    auto m = Resolve(p, i, end);
    if (!m) return false;
    m->form = DateForm::kNumeric;
    hits->push_back(Hit{*m, end});
    return true;
  }

  // Month (and year) without a day: "سبتمبر 2017", "مطلع يونيو 2018", "في مارس الماضي",
  // "شهر رمضان 1436", "صفر 1439 هـ", and month lists "في أغسطس وسبتمبر 2018".
  bool MonthYear(std::size_t i, std::vector<Hit>* hits, int depth = 0) const {
    std::size_t k = i;
    const PeriodPart part = ReadPeriodPart(&k);
    const bool month_cue = Has(k, Role::kMonthCue);
    if (month_cue) k += Len(k);
    const bool listed = depth > 0;  // the second name of "أغسطس وسبتمبر"
    Parts p;
    std::size_t end = k;
    bool ambiguous = false;
    int month = 0;
    bool hijri = false;
    // A clitic is allowed on the name ("وسبتمبر 2018", "لشهر"); the span keeps it.
    if (const WordInfo* w = Info(k); w != nullptr && w->month != 0) {
      if (!MonthNames(k, &month, &end, &ambiguous, /*allow_clitic=*/true)) return false;
      p.month = month;
    } else if (w != nullptr && w->hijri_month != 0) {
      hijri = true;
      p.month = w->hijri_month;
      p.calendar = Calendar::kHijri;
      end = k + Len(k);
    } else {
      return false;
    }
    const bool after = AfterMonth(end, &p, &end);
    // "أغسطس وسبتمبر 2018", "من مايو إلى يوليو 2018": the next month carries the year.
    std::size_t next_month = 0;
    if (Info(end) != nullptr && Info(end)->month != 0 && t_[end].clitic) {
      next_month = end;
    } else if (IsConnector(end) && Info(end + 1) != nullptr && Info(end + 1)->month != 0) {
      next_month = end + 1;
    }
    if (!after && !hijri && depth < 3 && next_month != 0) {
      std::vector<Hit> rest;
      if (MonthYear(next_month, &rest, depth + 1) && !rest.empty() &&
          rest.front().m.granularity == Granularity::kMonth) {
        const DateMention& next = rest.front().m;
        DateMention m = Mention(i, end, CivilDate{next.date.year, month, 1}, Granularity::kMonth,
                                next.form, next.relative);
        m.part = part;
        hits->push_back(Hit{m, end});
        hits->insert(hits->end(), rest.begin(), rest.end());
        return true;
      }
    }
    // Without a year or modifier, a month name needs context: a part word, شهر, a
    // preposition before it, or (listed) the name before it. Hijri names and ambiguous
    // Gregorian ones need a year, a modifier or شهر.
    if (!after) {
      const bool context = part != PeriodPart::kWhole || month_cue || listed ||
                           (i > 0 && EndsBefore(i, Role::kPrep));
      if (!context) return false;
      if ((hijri || ambiguous) && !month_cue) return false;
    }
    if (ambiguous && !after && !month_cue) return false;
    if (hijri && !after && !month_cue) return false;
    auto m = Resolve(p, i, end);
    if (!m) return false;
    m->part = part;
    hits->push_back(Hit{*m, end});
    return true;
  }

  // A year on its own: "عام 2017", "عامي 2017 و2018", "2017م", "1438 هـ", "في 2017",
  // "مطلع 2018", "1434 - 1435هـ".
  bool Year(std::size_t i, std::vector<Hit>* hits) const {
    std::size_t k = i;
    const PeriodPart part = ReadPeriodPart(&k);
    bool cue = false;
    if (Has(k, Role::kYearCue)) {
      cue = true;
      k += Len(k);
    }
    if (!IsNum(k, 3, 4)) return false;
    if (k == i && !(i > 0 && EndsBefore(i, Role::kPrep)) && !HasEraAfter(k)) return false;
    std::vector<Hit> found;
    const bool cued = cue || part != PeriodPart::kWhole;
    const bool weak = !cued;  // only a preposition (or an era mark) with it
    while (true) {
      Hit h;
      if (!OneYear(k, cued, weak, &h)) break;
      h.m.span.begin = found.empty() ? t_[i].span.begin : h.m.span.begin;
      h.m.part = part;
      found.push_back(h);
      // "عامي 2017 و2018", "2010-2014", "1434 - 1435هـ".
      if (IsConnector(h.end) && IsNum(h.end + 1, 3, 4)) {
        k = h.end + 1;
        continue;
      }
      break;
    }
    if (found.empty()) return false;
    hits->insert(hits->end(), found.begin(), found.end());
    return true;
  }
  bool HasEraAfter(std::size_t k) const {
    if (Has(k + 1, Role::kEraAh)) return true;
    if (Has(k + 1, Role::kEraAd)) return true;
    // "1437/1436هـ": a slash and a Hijri year.
    return IsPunct(k + 1, "/ - \u2013") && IsNum(k + 2, 3, 4) && Has(k + 3, Role::kEraAh);
  }
  // One year number at k. `cued`: a year word or a part word before it; `weak`: only a
  // preposition before it (then only 1900-2100, not before a counted noun).
  bool OneYear(std::size_t k, bool cued, bool weak, Hit* out) const {
    if (!IsNum(k, 3, 4)) return false;
    const int year = t_[k].number;
    std::size_t end = k + 1;
    Calendar cal = Calendar::kGregorian;
    bool era = false;
    if (Has(end, Role::kEraAh)) {
      cal = Calendar::kHijri;
      era = true;
      end += Len(end);
    } else if (IsPunct(end, "/ - \u2013") && IsNum(end + 1, 3, 4) && Has(end + 2, Role::kEraAh)) {
      cal = Calendar::kHijri;  // the first year of "1437/1436هـ"
    } else if (Has(end, Role::kEraAd)) {
      // An attached م ("2017م") or a word (ميلادي). A spaced single م is a metre.
      const bool word = t_[end].norm.size() > 2;
      if (!word && !Adjacent(k)) return false;
      if (!word && !cued && (year < kMinBareYear || year > kMaxBareYear)) return false;
      era = true;
      end += Len(end);
    } else if (Has(end, Role::kEraBc)) {
      return false;
    }
    if (cal == Calendar::kGregorian) {
      if (t_[k].digits != 4 || year < kMinYear || year > kMaxYear) return false;
      if (weak && !era && (year < kMinBareYear || year > kMaxBareYear)) return false;
      if (!cued && !era && !weak) return false;
    } else if (year < 1 || year > kMaxHijriYear) {
      return false;
    }
    if (Has(end, Role::kCountNoun)) return false;
    // Part of a numeric expression ("2017/5", "2017-09-15" is matched before this).
    if (!era && IsPunct(end, "/ : .") && IsNum(end + 1, 1, 2)) return false;
    Parts p;
    p.year = year;
    p.calendar = cal;
    auto m = Resolve(p, k, end);
    if (!m) return false;
    out->m = *m;
    out->end = end;
    return true;
  }

  // Relative periods: "الأسبوع الماضي", "هذا الشهر", "مطلع الشهر المقبل", "نهاية العام",
  // "العام قبل الماضي".
  bool RelativePeriod(std::size_t i, std::vector<Hit>* hits) const {
    if (!anchor_) return false;
    std::size_t k = i;
    const PeriodPart part = ReadPeriodPart(&k);
    bool this_word = false;
    if (Has(k, Role::kThis)) {
      this_word = true;
      ++k;
    }
    const WordInfo* u = Info(k);
    if (u == nullptr || Len(k) != 1 || (t_[k].clitic && k != i)) return false;
    Granularity g;
    if (u->Has(Role::kWeek)) g = Granularity::kWeek;
    else if (u->Has(Role::kMonth)) g = Granularity::kMonth;
    else if (u->Has(Role::kYear)) g = Granularity::kYear;
    else return false;
    ++k;
    std::size_t ml = 0;
    Modifier mod = this_word ? Modifier::kCurrent : ModifierAt(k, &ml);
    if (mod == Modifier::kNone) {
      if (part == PeriodPart::kWhole) return false;
      if (IsNum(k, 4, 4)) return false;  // "نهاية العام 2013" is a year (Year)
      mod = Modifier::kCurrent;          // "نهاية العام": of this year
    }
    if (!this_word) k += ml;
    const int off = ModifierOffset(mod);
    const CivilDate& a = *anchor_;
    CivilDate date;
    DateForm form;
    switch (g) {
      case Granularity::kWeek:
        date = AddDays(a, 7 * off);
        form = DateForm::kRelativeWeek;
        break;
      case Granularity::kMonth:
        date = AddMonthsToFirst(a, off);
        form = DateForm::kRelativeMonth;
        break;
      default:
        date = CivilDate{a.year + off, 1, 1};
        form = DateForm::kRelativeYear;
        break;
    }
    DateMention m = Mention(i, k, date, g, form, true);
    m.part = part;
    hits->push_back(Hit{m, k});
    return true;
  }

  // The absolute core of an expression at j (after any weekday or relative-day prefix).
  bool Core(std::size_t j, std::vector<Hit>* hits) const {
    if (j >= t_.size()) return false;
    return Numeric(j, hits) || DayMonth(j, hits) || MonthYear(j, hits);
  }

  // Joins "A الموافق B" and "A (B)" (B in the other calendar) into one mention.
  void Pair(std::vector<Hit>* hits) const {
    if (hits->size() != 1) return;
    Hit& a = hits->front();
    std::size_t k = a.end;
    bool paren = false;
    if (IsPunct(k, "\u060c , -")) ++k;
    if (IsPunct(k, "(")) {
      paren = true;
      ++k;
    }
    const bool link = Has(k, Role::kLink);
    if (link) k += Len(k);
    if (!paren && IsPunct(k, "(")) {
      paren = true;
      ++k;
    }
    if (!link && !paren) return;
    if (Has(k, Role::kDayCue) && Len(k) == 1 && Info(k + 1) && Info(k + 1)->weekday >= 0) k += 2;
    else if (Info(k) && Info(k)->weekday >= 0) k += 1;
    std::vector<Hit> b;
    if (!Core(k, &b) && !Year(k, &b)) return;
    if (b.size() != 1) return;
    const DateMention& bm = b.front().m;
    if (!link && bm.calendar == a.m.calendar) return;
    std::size_t end = b.front().end;
    if (paren && IsPunct(end, ")")) ++end;
    // The finer of the two; at equal granularity the Gregorian one (exact, where the
    // Hijri conversion is arithmetic), else the first.
    DateMention m = a.m;
    if (bm.granularity < a.m.granularity ||
        (bm.granularity == a.m.granularity && bm.calendar == Calendar::kGregorian &&
         a.m.calendar == Calendar::kHijri)) {
      m = bm;
    }
    m.span = ByteSpan{a.m.span.begin, t_[end - 1].span.end};
    m.form = DateForm::kPaired;
    m.relative = a.m.relative && bm.relative;
    a.m = m;
    a.end = end;
  }

  // A future marker among the words before token i, in the same sentence: within six
  // words a listed word (سوف، المقرر، يفترض) or a next-modifier (المقبلة); within four a verb
  // with the future prefix (سيزور، ستعقد، سنعلن).
  bool FutureContext(std::size_t i) const {
    static constexpr std::string_view kFuturePrefixes[] = {"\u0633\u064a", "\u0633\u062a",
                                                           "\u0633\u0646"};  // سي ست سن
    // Weekdays and connectors before i ("الأحد أو الاثنين") do not count as words.
    std::size_t skipped = 0;
    for (std::size_t back = 1; back <= 6 + skipped && back <= i; ++back) {
      const std::size_t k = i - back;
      const Tok& t = t_[k];
      if (IsPunct(k, ". ! ? \u061f \u061b")) return false;
      if ((Info(k) != nullptr && Info(k)->weekday >= 0) || (IsConnector(k) && !IsPunct(k, "\u060c ,"))) {
        ++skipped;
        continue;
      }
      if (Has(k, Role::kFutureCue) || Has(k, Role::kNext)) return true;
      if (back > 4 + skipped || t.kind != text::TokenKind::kArabicWord ||
          Has(k, Role::kNotFutureVerb)) {
        continue;
      }
      // The bare word (a و/ف before the prefix is allowed: وستعقد).
      std::string_view w = t.norm;
      if (w.starts_with("\u0648") || w.starts_with("\u0641")) w.remove_prefix(2);
      if (w.size() < 8) continue;  // the prefix and at least two more letters
      for (std::string_view p : kFuturePrefixes) {
        if (w.starts_with(p)) return true;
      }
    }
    return false;
  }
  // منذ within the three words before token i means the past; a future marker the future.
  Tense TenseBefore(std::size_t i) const {
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
      if (Has(i - back, Role::kSince)) return Tense::kPast;
    }
    return FutureContext(i) ? Tense::kFuture : Tense::kUnknown;
  }
  // "الأحد والاثنين في الأسبوع المقبل": a week with a modifier after a weekday (or a list
  // of them) gives the weekday its direction.
  Modifier WeekAfter(std::size_t k) const {
    while (k < t_.size() && ((Info(k) != nullptr && Info(k)->weekday >= 0) || IsConnector(k))) ++k;
    if (Has(k, Role::kPrep) || IsMin(k)) k += Has(k, Role::kPrep) ? Len(k) : 1;
    if (!Has(k, Role::kWeek) || Len(k) != 1) return Modifier::kNone;
    std::size_t ml = 0;
    return ModifierAt(k + 1, &ml);
  }

  void TryAt(std::size_t i, std::vector<Hit>* hits) const {
    // Prefix: a relative day (اليوم، أمس), day words (يوم، مساء), a weekday, then a comma
    // or الموافق before a date. The span starts at the relative day or the weekday.
    std::size_t j = i;
    Role rel = Role::kCount;
    int weekday = -1;
    std::size_t rel_at = 0, weekday_at = 0;
    std::size_t span_begin = t_.size();  // first relative-day or weekday token
    std::size_t words_end = i;           // after the last of them
    bool open_paren = false;
    for (int step = 0; step < 5 && j < t_.size(); ++step) {
      const WordInfo* w = Info(j);
      if (w != nullptr && rel == Role::kCount && weekday < 0 &&
          w->HasAny({Role::kToday, Role::kYesterday, Role::kDayBeforeYesterday, Role::kTomorrow,
                     Role::kDayAfterTomorrow})) {
        for (Role r : {Role::kDayBeforeYesterday, Role::kDayAfterTomorrow, Role::kYesterday,
                       Role::kTomorrow, Role::kToday}) {
          if (w->Has(r)) {
            rel = r;
            break;
          }
        }
        rel_at = j;
        span_begin = std::min(span_begin, j);
        j += Len(j);
        words_end = j;
      } else if (w != nullptr && weekday < 0 && w->weekday >= 0 && Len(j) == 1) {
        weekday = w->weekday;
        weekday_at = j;
        span_begin = std::min(span_begin, j);
        j += 1;
        words_end = j;
      } else if (w != nullptr && weekday < 0 && w->Has(Role::kDayCue) && !w->Has(Role::kToday)) {
        j += Len(j);
      } else if (weekday < 0 && rel != Role::kCount && IsPunct(j, "(") && Info(j + 1) != nullptr &&
                 Info(j + 1)->weekday >= 0 && IsPunct(j + 2, ")")) {
        // "أمس (الأحد)"
        weekday = Info(j + 1)->weekday;
        weekday_at = j + 1;
        j += 3;
        words_end = j;
      } else if (weekday >= 0 && (IsPunct(j, "\u060c , -") || Has(j, Role::kLink)) &&
                 j + 1 < t_.size() && (t_[j + 1].number >= 0 || Info(j + 1) != nullptr)) {
        j += Has(j, Role::kLink) ? Len(j) : 1;
      } else if (weekday >= 0 && !open_paren && IsPunct(j, "(") && j + 1 < t_.size() &&
                 t_[j + 1].kind == text::TokenKind::kNumber) {
        open_paren = true;  // "الاثنين (٢٢/٤/٢٠١٣م)"
        ++j;
      } else {
        break;
      }
    }
    // An absolute core after the prefix: "الخميس 14 سبتمبر 2017", "اليوم الخميس 9 فيفري".
    if (Core(j, hits)) {
      if (span_begin < j) hits->front().m.span.begin = t_[span_begin].span.begin;
      // The weekday written with a Hijri day corrects the arithmetic calendar's ±1-2 days
      // ("السبت الموافق 9 شوال 1436هـ").
      if (DateMention& m = hits->front().m; weekday >= 0 && m.calendar == Calendar::kHijri &&
                                            m.granularity == Granularity::kDay) {
        const CivilDate snapped = Snap(m.date, weekday);
        if (Distance(snapped, m.date) <= 2) m.date = snapped;
      }
      if (open_paren && hits->size() == 1 && IsPunct(hits->front().end, ")")) {
        Hit& h = hits->front();
        h.m.span.end = t_[h.end].span.end;
        ++h.end;
      }
      Pair(hits);
      return;
    }
    hits->clear();
    if (span_begin == t_.size()) {
      // No relative day or weekday: periods and years.
      if (j != i) return;
      if (RelativePeriod(i, hits)) return;
      hits->clear();
      if (Year(i, hits)) {
        Pair(hits);
        return;
      }
      hits->clear();
      return;
    }
    if (!anchor_) return;
    // A relative day, a weekday, or both.
    std::size_t end = words_end;
    const CivilDate& a = *anchor_;
    CivilDate date = a;
    DateForm form = DateForm::kRelativeDay;
    if (weekday >= 0) {
      if (weekday == 0 && IsNorm(weekday_at + 1, "\u0639\u0634\u0631")) return;  // الأحد عشر
      // "بين الاثنين", and lists of generic days: "أيام الجمعة والسبت والأحد".
      std::size_t first = weekday_at;
      while (first > 0 && ((Info(first - 1) != nullptr && Info(first - 1)->weekday >= 0) ||
                           IsConnector(first - 1))) {
        --first;
      }
      if (first > 0 && Has(first - 1, Role::kNotWeekdayBefore)) return;
    }
    if (rel != Role::kCount) {
      // Blockers: "في ذلك اليوم", "اليوم الوطني", "في أمس الحاجة", "غدا الوضع".
      const std::size_t after = rel_at + Len(rel_at);
      if (rel == Role::kToday) {
        if (rel_at > 0 && Has(rel_at - 1, Role::kNotTodayBefore)) return;
        if (Has(after, Role::kNotTodayAfter) || (Info(after) != nullptr && Info(after)->ordinal > 0)) {
          return;
        }
        if (after < t_.size() && t_[after].kind == text::TokenKind::kNumber) return;  // اليوم 15
      } else if (rel == Role::kYesterday) {
        if (Has(after, Role::kNotYesterdayAfter)) return;
      } else if (rel == Role::kTomorrow && weekday < 0 && after < t_.size()) {
        // غدا is also the verb "became": "غدا الوضع صعبا".
        const Tok& n = t_[after];
        if (n.kind == text::TokenKind::kArabicWord && n.base.starts_with("\u0627\u0644") &&
            Info(after) == nullptr) {
          return;
        }
      }
      int off = 0;
      switch (rel) {
        case Role::kYesterday: off = -1; break;
        case Role::kDayBeforeYesterday: off = -2; break;
        case Role::kTomorrow: off = 1; break;
        case Role::kDayAfterTomorrow: off = 2; break;
        default: break;
      }
      date = AddDays(a, off);
      // "أمس الأربعاء": the Wednesday nearest to yesterday (publication times are UTC,
      // the outlet's day may already be the next one).
      if (weekday >= 0) date = Snap(date, weekday);
    } else {
      form = DateForm::kWeekday;
      std::size_t ml = 0;
      Modifier mod = ModifierAt(words_end, &ml);
      if (mod != Modifier::kNone) end = words_end + ml;
      if (mod == Modifier::kNone) mod = WeekAfter(words_end);
      // A bare weekday with a preposition glued on is not a day: "بالاثنين" (with the two).
      if (mod == Modifier::kNone && t_[weekday_at].clitic &&
          (t_[weekday_at].norm.starts_with("\u0628") || t_[weekday_at].norm.starts_with("\u0643"))) {
        return;
      }
      const int aw = Weekday(a);
      const int back = (aw - weekday + 7) % 7;  // days since the last such weekday (0: today)
      const int fwd = (weekday - aw + 7) % 7;
      switch (mod) {
        case Modifier::kPast: date = AddDays(a, -(back == 0 ? 7 : back)); break;
        case Modifier::kPast2: date = AddDays(a, -(back == 0 ? 7 : back) - 7); break;
        case Modifier::kNext: date = AddDays(a, fwd == 0 ? 7 : fwd); break;
        default:
          // "قال الأربعاء": this week's, on or before the publication day; "ستعقد يوم
          // الخميس", "كان مقررا الجمعة": the next one, on or after it.
          date = FutureContext(span_begin) ? AddDays(a, fwd) : AddDays(a, -back);
          break;
      }
    }
    hits->push_back(Hit{Mention(span_begin, end, date, Granularity::kDay, form, true), end});
  }

  const std::vector<Tok>& t_;
  std::optional<CivilDate> anchor_;
};

}  // namespace

DateFinder::DateFinder(const Lexicon& lexicon, const text::Normalizer& normalizer)
    : lexicon_(&lexicon), normalizer_(&normalizer) {}

const DateFinder& DateFinder::Default() {
  static const DateFinder* const finder = new DateFinder();
  return *finder;
}

std::vector<DateMention> DateFinder::Find(std::string_view text,
                                          std::optional<CivilDate> anchor) const {
  std::vector<text::Token> tokens;
  text::Tokenize(text, &tokens);
  std::string pool;
  pool.reserve(text.size() + 64);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
  ranges.reserve(tokens.size());
  for (const text::Token& t : tokens) {
    const std::size_t at = pool.size();
    if (t.end - t.begin <= 64) normalizer_->Append(t.In(text), &pool);
    ranges.emplace_back(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(pool.size() - at));
  }
  TokenTable table(*lexicon_);
  table.Reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    table.Add(tokens[i], std::string_view(pool).substr(ranges[i].first, ranges[i].second));
  }
  table.Finish();
  std::vector<DateMention> out;
  Scanner(table.toks(), anchor).Run(&out);
  return out;
}

std::vector<DateMention> DateFinder::Find(const text::TextAnalysis& analysis, std::string_view text,
                                          std::optional<CivilDate> anchor) const {
  return Find(analysis, text, anchor, analysis.tokens.size());
}

std::vector<DateMention> DateFinder::Find(const text::TextAnalysis& analysis, std::string_view text,
                                          std::optional<CivilDate> anchor,
                                          std::size_t end_token) const {
  // The analysis must be of this text.
  assert(analysis.tokens.empty() || analysis.tokens.back().token.end <= text.size());
  (void)text;  // only checked
  end_token = std::min(end_token, analysis.tokens.size());
  TokenTable table(*lexicon_);
  table.Reserve(end_token);
  for (std::size_t i = 0; i < end_token; ++i) {
    table.Add(analysis.tokens[i].token, analysis.norm(i));
  }
  table.Finish();
  std::vector<DateMention> out;
  Scanner(table.toks(), anchor).Run(&out);
  return out;
}

std::vector<DateMention> FindDates(std::string_view text, std::optional<CivilDate> anchor) {
  return DateFinder::Default().Find(text, anchor);
}

}  // namespace marsad::dates
