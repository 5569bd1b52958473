// Date fields: ISO 8601, RFC 822/850/asctime, day/month/year numbers, and Arabic expressions
// (through the date finder), each a small hand-written parser over the digit-normalized field.
#include "marsad/dates/date_field.h"

#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "marsad/dates/date_finder.h"
#include "marsad/dates/embedded_data.h"
#include "marsad/text/tokenizer.h"
#include "marsad/text/word_list.h"

namespace marsad::dates {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
// Longer fields are not dates (and are not worth tokenizing).
constexpr std::size_t kMaxFieldBytes = 256;

struct TimeOfDay {
  int hour = 0, minute = 0, second = 0;
};

std::optional<doc::Timestamp> Make(const CivilDate& d, const TimeOfDay& t, int offset_minutes) {
  if (!IsValid(d) || t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59 || t.second < 0 ||
      t.second > 60) {
    return std::nullopt;
  }
  return doc::Timestamp{DaysFromCivil(d) * kSecondsPerDay + t.hour * 3600 + t.minute * 60 +
                        t.second - std::int64_t{offset_minutes} * 60};
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A cursor over an ASCII string.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool Done() const { return p_ >= s_.size(); }
  char Peek(std::size_t ahead = 0) const { return p_ + ahead < s_.size() ? s_[p_ + ahead] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++p_;
    return true;
  }
  void SkipSpaces() {
    while (Peek() == ' ') ++p_;
  }
  // Exactly n digits.
  bool Digits(int n, int* v) {
    int x = 0;
    for (int k = 0; k < n; ++k) {
      if (!IsDigit(Peek(k))) return false;
      x = x * 10 + (Peek(k) - '0');
    }
    p_ += n;
    *v = x;
    return true;
  }
  // Between lo and hi digits (greedy). Sets *n to the count.
  bool DigitRun(int lo, int hi, int* v, int* n = nullptr) {
    int k = 0, x = 0;
    while (k < hi && IsDigit(Peek(k))) x = x * 10 + (Peek(k++) - '0');
    if (k < lo || IsDigit(Peek(k))) return false;
    p_ += k;
    *v = x;
    if (n != nullptr) *n = k;
    return true;
  }
  std::size_t pos() const { return p_; }
  void set_pos(std::size_t p) { p_ = p; }
  std::string_view rest() const { return s_.substr(std::min(p_, s_.size())); }

 private:
  std::string_view s_;
  std::size_t p_ = 0;
};

// "Z", "+01:00", "+0100", "+01", " UTC", " GMT"; false when something else follows.
bool ParseZone(Cursor* c, int* offset_minutes) {
  c->SkipSpaces();
  *offset_minutes = 0;
  if (c->Done()) return true;
  if (c->Eat('Z') || c->Eat('z')) return c->Done();
  const std::string_view rest = c->rest();
  if (rest == "UTC" || rest == "GMT" || rest == "UT") return true;
  const char sign = c->Peek();
  if (sign != '+' && sign != '-') return false;
  c->Eat(sign);
  int h = 0, m = 0;
  if (!c->Digits(2, &h)) return false;
  c->Eat(':');
  if (!c->Done() && !c->Digits(2, &m)) return false;
  if (!c->Done() || h > 14 || m > 59) return false;
  *offset_minutes = (sign == '-' ? -1 : 1) * (h * 60 + m);
  return true;
}

// "hh:mm[:ss[.fff]]" or, when `basic`, "hhmm[ss]".
bool ParseClock(Cursor* c, bool basic, TimeOfDay* t) {
  if (!c->Digits(2, &t->hour)) return false;
  if (c->Eat(':')) {
    if (!c->Digits(2, &t->minute)) return false;
    if (c->Eat(':') && !c->Digits(2, &t->second)) return false;
  } else if (basic) {
    if (!c->Digits(2, &t->minute)) return false;
    if (IsDigit(c->Peek()) && !c->Digits(2, &t->second)) return false;
  } else {
    return false;
  }
  if (c->Eat('.') || c->Eat(',')) {
    int ignored = 0;
    if (!c->DigitRun(1, 9, &ignored)) return false;
  }
  return true;
}

std::optional<doc::Timestamp> ParseIso(std::string_view s) {
  Cursor c(s);
  CivilDate d;
  if (!c.Digits(4, &d.year)) return std::nullopt;
  if (c.Eat('-')) {
    if (!c.Digits(2, &d.month) || !c.Eat('-') || !c.Digits(2, &d.day)) return std::nullopt;
  } else {
    // Basic format "20170120T214300Z": only with the T, so a bare number is not a date.
    if (!c.Digits(2, &d.month) || !c.Digits(2, &d.day) || (c.Peek() != 'T' && c.Peek() != 't')) {
      return std::nullopt;
    }
  }
  TimeOfDay t;
  int offset = 0;
  if (!c.Done()) {
    if (!c.Eat('T') && !c.Eat('t')) {
      if (c.Peek() != ' ') return std::nullopt;
      c.SkipSpaces();
    }
    if (!ParseClock(&c, /*basic=*/true, &t)) return std::nullopt;
    if (!ParseZone(&c, &offset)) return std::nullopt;
  }
  return Make(d, t, offset);
}

// The names of english_names.txt, lower case.
struct EnglishNames {
  std::unordered_map<std::string, int> month, weekday, zone;  // zone: minutes east of UTC
  EnglishNames() {
    text::ForEachListEntry(data::kEnglishNames, [&](std::string_view line) {
      // "<kind> <value> <name>"
      const std::size_t a = line.find(' ');
      const std::size_t b = line.find(' ', a + 1);
      if (a == std::string_view::npos || b == std::string_view::npos) return;
      const std::string_view kind = line.substr(0, a);
      const std::string value(line.substr(a + 1, b - a - 1));
      const std::string name(line.substr(b + 1));
      const int v = std::atoi(value.c_str() + (value[0] == '+' ? 1 : 0));
      if (kind == "month") month[name] = v;
      if (kind == "weekday") weekday[name] = v;
      if (kind == "zone") zone[name] = (v / 100) * 60 + (v % 100);
    });
  }
  static const EnglishNames& Get() {
    static const EnglishNames* const names = new EnglishNames();
    return *names;
  }
};

// Parses "hh:mm[:ss]" at the start of `tok` (a whole token).
bool ParseClockToken(std::string_view tok, TimeOfDay* t) {
  Cursor c(tok);
  int h = 0;
  int n = 0;
  if (!c.DigitRun(1, 2, &h, &n) || !c.Eat(':')) return false;
  t->hour = h;
  if (!c.Digits(2, &t->minute)) return false;
  if (c.Eat(':') && !c.Digits(2, &t->second)) return false;
  return c.Done();
}

// RFC 822/1123, RFC 850, asctime and English prose dates: a bag of tokens, each of which
// must be a weekday, a month, a day, a year, a time, a zone or AM/PM.
std::optional<doc::Timestamp> ParseEnglish(std::string_view s) {
  const EnglishNames& names = EnglishNames::Get();
  // Split on spaces and commas; a '-' or '.' next to a letter separates too ("18-Feb-18").
  std::vector<std::string> toks;
  std::string cur;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    const bool letter_dash = (ch == '-' || ch == '.' || ch == '/') &&
                             ((i > 0 && IsAlpha(s[i - 1])) || (i + 1 < s.size() && IsAlpha(s[i + 1])));
    if (ch == ' ' || ch == ',' || letter_dash) {
      if (!cur.empty()) toks.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    cur += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (!cur.empty()) toks.push_back(std::move(cur));
  int day = 0, month = 0, year = -1, offset = 0;
  bool have_time = false, have_zone = false, pm = false, am = false, named_month = false;
  TimeOfDay t;
  for (const std::string& tok : toks) {
    if (IsAlpha(tok[0])) {
      if (auto it = names.month.find(tok); it != names.month.end() && month == 0) {
        month = it->second;
        named_month = true;
      } else if (names.weekday.count(tok) != 0) {
        // ignored: the date fixes the weekday
      } else if (auto z = names.zone.find(tok); z != names.zone.end() && !have_zone) {
        offset = z->second;
        have_zone = true;
      } else if (tok == "am" || tok == "a.m") {
        am = true;
      } else if (tok == "pm" || tok == "p.m") {
        pm = true;
      } else if (tok == "at" || tok == "of") {
        // "February 18, 2018 at 9:35"
      } else {
        return std::nullopt;
      }
    } else if ((tok[0] == '+' || tok[0] == '-') && !have_zone) {
      Cursor c(tok);
      if (!ParseZone(&c, &offset)) return std::nullopt;
      have_zone = true;
    } else if (tok.find(':') != std::string::npos) {
      if (have_time || !ParseClockToken(tok, &t)) return std::nullopt;
      have_time = true;
    } else {
      Cursor c(tok);
      int v = 0, n = 0;
      if (!c.DigitRun(1, 4, &v, &n) || !c.Done()) return std::nullopt;
      if (n <= 2 && day == 0 && v >= 1 && v <= 31) {
        day = v;
      } else if ((n == 4 || n == 2) && year < 0) {
        year = n == 4 ? v : (v < 50 ? 2000 + v : 1900 + v);
      } else {
        return std::nullopt;
      }
    }
  }
  if (!named_month || day == 0 || year < 0) return std::nullopt;
  if (pm && t.hour < 12) t.hour += 12;
  if (am && t.hour == 12) t.hour = 0;
  return Make(CivilDate{year, month, day}, t, offset);
}

// "17/05/2015", "17-05-2015 10:30", "2015/05/17", "17.05.2015".
std::optional<doc::Timestamp> ParseNumeric(std::string_view s) {
  Cursor c(s);
  int a = 0, b = 0, y = 0, na = 0, ny = 0;
  if (!c.DigitRun(1, 4, &a, &na)) return std::nullopt;
  const char sep = c.Peek();
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
  c.Eat(sep);
  if (!c.DigitRun(1, 2, &b)) return std::nullopt;
  if (!c.Eat(sep)) return std::nullopt;
  if (!c.DigitRun(1, 4, &y, &ny)) return std::nullopt;
  CivilDate d;
  if (na == 4 && ny <= 2) {
    d = CivilDate{a, b, y};
  } else if (na <= 2 && ny == 4) {
    d = CivilDate{y, b, a};
    if (d.month > 12 && d.day <= 12) std::swap(d.month, d.day);  // month first
  } else {
    return std::nullopt;
  }
  TimeOfDay t;
  int offset = 0;
  c.SkipSpaces();
  if (c.Eat('T') || c.Eat('-') || c.Eat(',')) c.SkipSpaces();
  if (!c.Done()) {
    // The rest: a time, AM/PM, a zone, in the English token parser's terms.
    std::string rest(c.rest());
    std::vector<std::string> toks;
    std::string cur;
    for (char ch : rest) {
      if (ch == ' ') {
        if (!cur.empty()) toks.push_back(cur);
        cur.clear();
      } else {
        cur += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      }
    }
    if (!cur.empty()) toks.push_back(cur);
    bool have_time = false, pm = false, am = false, have_zone = false;
    for (const std::string& tok : toks) {
      if (tok.find(':') != std::string::npos && !have_time && tok[0] != '+' && tok[0] != '-') {
        if (!ParseClockToken(tok, &t)) return std::nullopt;
        have_time = true;
      } else if (tok == "am") {
        am = true;
      } else if (tok == "pm") {
        pm = true;
      } else if (!have_zone) {
        const auto& zones = EnglishNames::Get().zone;
        if (auto z = zones.find(tok); z != zones.end()) {
          offset = z->second;
        } else {
          Cursor zc(tok);
          if (!ParseZone(&zc, &offset)) return std::nullopt;
        }
        have_zone = true;
      } else {
        return std::nullopt;
      }
    }
    if (pm && t.hour < 12) t.hour += 12;
    if (am && t.hour == 12) t.hour = 0;
  }
  return Make(d, t, offset);
}

// An Arabic expression: one day-level date of the finder; every other token a label, a
// time, AM/PM, a zone or punctuation.
std::optional<doc::Timestamp> ParseArabic(std::string_view s) {
  const DateFinder& finder = DateFinder::Default();
  const std::vector<DateMention> found = finder.Find(s, std::nullopt);
  if (found.size() != 1 || found.front().granularity != Granularity::kDay) return std::nullopt;
  const DateMention& m = found.front();
  std::vector<text::Token> tokens;
  text::Tokenize(s, &tokens);
  TimeOfDay t;
  bool have_time = false, pm = false, am = false;
  int offset = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& tok = tokens[i];
    if (m.span.Contains(tok.span())) continue;
    const std::string norm = finder.normalizer().Normalize(tok.In(s));
    switch (tok.kind) {
      case text::TokenKind::kPunctuation:
      case text::TokenKind::kSymbol:
        continue;
      case text::TokenKind::kNumber:
        if (have_time || !ParseClockToken(norm, &t)) return std::nullopt;
        have_time = true;
        continue;
      case text::TokenKind::kWord: {
        // GMT, UTC, GMT+3
        if (norm != "gmt" && norm != "utc") return std::nullopt;
        if (i + 2 < tokens.size() && (tokens[i + 1].In(s) == "+" || tokens[i + 1].In(s) == "-") &&
            tokens[i + 2].kind == text::TokenKind::kNumber) {
          const std::string hours = finder.normalizer().Normalize(tokens[i + 2].In(s));
          Cursor c(hours);
          int h = 0, n = 0;
          if (!c.DigitRun(1, 2, &h, &n)) return std::nullopt;
          int mins = 0;
          if (c.Eat(':') && !c.Digits(2, &mins)) return std::nullopt;
          if (!c.Done() || h > 14) return std::nullopt;
          offset = (tokens[i + 1].In(s) == "-" ? -1 : 1) * (h * 60 + mins);
          i += 2;
        }
        continue;
      }
      case text::TokenKind::kArabicWord: {
        std::size_t len = 0;
        const WordInfo* w = finder.lexicon().Match(norm, {}, &len);
        if (w == nullptr) {
          std::string scratch;
          const std::string_view base = finder.lexicon().StripClitic(norm, &scratch);
          w = finder.lexicon().Match(base, {}, &len);
        }
        if (w == nullptr) return std::nullopt;
        if (w->Has(Role::kPm) && have_time) {
          pm = true;
        } else if (w->Has(Role::kAm) && have_time) {
          am = true;
        } else if (!w->Has(Role::kFieldFiller) && w->weekday < 0) {
          return std::nullopt;
        }
        continue;
      }
      default:
        return std::nullopt;
    }
  }
  if (pm && t.hour < 12) t.hour += 12;
  if (am && t.hour == 12) t.hour = 0;
  return Make(m.date, t, offset);
}

}  // namespace

CivilDate CivilDateOf(doc::Timestamp t) {
  std::int64_t days = t.seconds / kSecondsPerDay;
  if (t.seconds % kSecondsPerDay < 0) --days;
  return CivilFromDays(days);
}

doc::Timestamp TimestampOf(const CivilDate& d) { return doc::Timestamp{DaysFromCivil(d) * kSecondsPerDay}; }

std::optional<doc::Timestamp> ParseDateField(std::string_view s) {
  if (s.size() > kMaxFieldBytes) return std::nullopt;
  // Digits of every script to ASCII, every space to ' ', format controls (RLM) dropped.
  static const text::Normalizer* const digits = new text::Normalizer(
      text::NormalizerOptions()
          .With(text::NormalizationRule::kDigits)
          .With(text::NormalizationRule::kSpaces)
          .With(text::NormalizationRule::kFormatControls));
  std::string n = digits->Normalize(s);
  std::size_t b = n.find_first_not_of(' ');
  if (b == std::string::npos) return std::nullopt;
  std::size_t e = n.find_last_not_of(' ');
  const std::string_view f = std::string_view(n).substr(b, e - b + 1);
  const bool ascii = std::all_of(f.begin(), f.end(), [](char c) { return (c & 0x80) == 0; });
  if (ascii) {
    if (auto t = ParseIso(f)) return t;
    if (auto t = ParseNumeric(f)) return t;
    if (auto t = ParseEnglish(f)) return t;
  }
  return ParseArabic(s);
}

}  // namespace marsad::dates
