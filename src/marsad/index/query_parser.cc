// Query parser; see query_parser.h and query.h.
#include "marsad/index/query_parser.h"

#include <cctype>
#include <string>
#include <vector>

namespace marsad::index {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible
// Low-Level Date Algorithms").
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool IsLeap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned DaysInMonth(std::int64_t y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Reads 1..max ASCII digits (Arabic-Indic digits are accepted too) into *v.
bool ReadNumber(std::string_view* s, int min_digits, int max_digits, std::int64_t* v) {
  int n = 0;
  *v = 0;
  while (n < max_digits && !s->empty()) {
    const auto c = static_cast<unsigned char>((*s)[0]);
    if (c >= '0' && c <= '9') {
      *v = *v * 10 + (c - '0');
      s->remove_prefix(1);
    } else if (s->size() >= 2 && (c == 0xD9) && static_cast<unsigned char>((*s)[1]) >= 0xA0 &&
               static_cast<unsigned char>((*s)[1]) <= 0xA9) {
      *v = *v * 10 + (static_cast<unsigned char>((*s)[1]) - 0xA0);  // ٠..٩
      s->remove_prefix(2);
    } else {
      break;
    }
    ++n;
  }
  return n >= min_digits;
}

constexpr std::int64_t kDay = 86400;

bool StartsWithFold(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// Opening and closing phrase quotes: ASCII " and the typographic “ ”.
std::size_t QuoteAt(std::string_view s, std::size_t i) {
  if (s[i] == '"') return 1;
  if (s.compare(i, 3, "\xE2\x80\x9C") == 0 || s.compare(i, 3, "\xE2\x80\x9D") == 0) return 3;
  return 0;
}

bool IsSpace(std::string_view s, std::size_t i, std::size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (s.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
    *len = 2;
    return true;
  }
  return false;
}

struct Item {
  std::string text;
  bool quoted = false;
  bool unterminated = false;
  char sign = 0;  // '+', '-' or 0
};

// Splits the query into items: quoted phrases and runs of non-space bytes, each with an
// optional leading + or -. A field value may be quoted: source:"BBC Arabic".
std::vector<Item> Split(std::string_view q) {
  std::vector<Item> items;
  std::size_t i = 0;
  const std::size_t n = q.size();
  while (i < n) {
    std::size_t sp = 0;
    if (IsSpace(q, i, &sp)) {
      i += sp;
      continue;
    }
    Item item;
    if ((q[i] == '+' || q[i] == '-') && i + 1 < n) {
      std::size_t sp2 = 0;
      if (!IsSpace(q, i + 1, &sp2)) {
        item.sign = q[i];
        ++i;
      }
    }
    if (std::size_t ql = QuoteAt(q, i); ql > 0) {
      i += ql;
      std::size_t j = i, cl = 0;
      while (j < n && (cl = QuoteAt(q, j)) == 0) ++j;
      item.text.assign(q.substr(i, j - i));
      item.quoted = true;
      item.unterminated = j >= n;
      i = j < n ? j + cl : n;
      items.push_back(std::move(item));
      continue;
    }
    std::size_t j = i;
    while (j < n) {
      std::size_t sp2 = 0;
      if (IsSpace(q, j, &sp2)) break;
      if (j > i && q[j - 1] == ':' && QuoteAt(q, j) > 0) {  // field:"quoted value"
        const std::size_t ql = QuoteAt(q, j);
        std::size_t k = j + ql, cl = 0;
        while (k < n && (cl = QuoteAt(q, k)) == 0) ++k;
        item.text.append(q.substr(i, j - i));
        item.text.append(q.substr(j + ql, k - j - ql));
        i = j = k < n ? k + cl : n;
        break;
      }
      ++j;
    }
    item.text.append(q.substr(i, j - i));
    i = j;
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace

std::optional<DateRange> ParseDay(std::string_view s) {
  std::int64_t y = 0, m = 0, d = 0;
  std::string_view rest = s;
  if (!ReadNumber(&rest, 4, 4, &y)) return std::nullopt;
  if (rest.empty()) {
    return DateRange{DaysFromCivil(y, 1, 1) * kDay, DaysFromCivil(y + 1, 1, 1) * kDay};
  }
  if (rest[0] != '-' && rest[0] != '/') return std::nullopt;
  rest.remove_prefix(1);
  if (!ReadNumber(&rest, 1, 2, &m) || m < 1 || m > 12) return std::nullopt;
  const auto mm = static_cast<unsigned>(m);
  if (rest.empty()) {
    const std::int64_t first = DaysFromCivil(y, mm, 1);
    return DateRange{first * kDay, (first + DaysInMonth(y, mm)) * kDay};
  }
  if (rest[0] != '-' && rest[0] != '/') return std::nullopt;
  rest.remove_prefix(1);
  if (!ReadNumber(&rest, 1, 2, &d) || d < 1 || d > DaysInMonth(y, mm) || !rest.empty()) {
    return std::nullopt;
  }
  const std::int64_t day = DaysFromCivil(y, mm, static_cast<unsigned>(d));
  return DateRange{day * kDay, (day + 1) * kDay};
}

namespace {

// date:A..B (either side may be empty) or date:A. Adds a warning when unreadable.
void ParseDateFilter(std::string_view v, ParsedQuery* out) {
  DateRange r;
  const std::size_t dots = v.find("..");
  bool ok = true;
  if (dots == std::string_view::npos) {
    auto day = ParseDay(v);
    ok = day.has_value();
    if (ok) r = *day;
  } else {
    const std::string_view a = v.substr(0, dots), b = v.substr(dots + 2);
    if (!a.empty()) {
      auto da = ParseDay(a);
      ok = ok && da.has_value();
      if (da) r.from = da->from;
    }
    if (!b.empty()) {
      auto db = ParseDay(b);
      ok = ok && db.has_value();
      if (db) r.to = db->to;
    }
    ok = ok && (!a.empty() || !b.empty());
  }
  if (!ok) {
    out->warnings.push_back("date: could not read '" + std::string(v) +
                            "' (use YYYY-MM-DD, YYYY-MM, YYYY or a range A..B); ignored");
    return;
  }
  if (out->date) {  // several date filters: their intersection
    if (r.from && (!out->date->from || *r.from > *out->date->from)) out->date->from = r.from;
    if (r.to && (!out->date->to || *r.to < *out->date->to)) out->date->to = r.to;
  } else {
    out->date = r;
  }
}

// Recognizes field:value; returns false when the item is not a filter.
bool ParseFilter(const Item& item, ParsedQuery* out) {
  if (item.quoted) return false;
  const std::string_view t = item.text;
  struct Field {
    std::string_view name;
    int kind;
  };
  static constexpr Field kFields[] = {{"source:", 0}, {"date:", 1}, {"entity:", 2}};
  for (const Field& f : kFields) {
    if (!StartsWithFold(t, f.name)) continue;
    const std::string_view v = t.substr(f.name.size());
    if (v.empty()) {
      out->warnings.push_back(std::string(f.name) + " needs a value; ignored");
      return true;
    }
    if (item.sign == '-') {
      out->warnings.push_back("-" + std::string(f.name) + " (excluding by a filter) is not supported; ignored");
      return true;
    }
    if (f.kind == 0) out->sources.emplace_back(v);
    if (f.kind == 1) ParseDateFilter(v, out);
    if (f.kind == 2) out->entities.emplace_back(v);
    return true;
  }
  return false;
}

}  // namespace

ParsedQuery ParseQuery(std::string_view query) {
  ParsedQuery out;
  if (query.size() > kMaxQueryBytes) {
    out.warnings.push_back("the query is longer than " + std::to_string(kMaxQueryBytes) +
                           " bytes; the rest was ignored");
    query = query.substr(0, kMaxQueryBytes);
    // Do not cut a UTF-8 sequence in two.
    while (!query.empty() && (static_cast<unsigned char>(query.back()) & 0xC0) == 0x80) {
      query.remove_suffix(1);
    }
    if (!query.empty() && static_cast<unsigned char>(query.back()) >= 0xC0) query.remove_suffix(1);
  }
  std::vector<Item> items = Split(query);
  bool and_pending = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    Item& item = items[i];
    if (!item.quoted && item.sign == 0 && (item.text == "OR" || item.text == "AND")) {
      const bool has_left = !out.clauses.empty();
      const bool has_right = i + 1 < items.size();
      if (!has_left || !has_right) {
        out.warnings.push_back("'" + item.text + "' needs a word on each side; ignored");
        continue;
      }
      if (item.text == "AND") {
        if (out.clauses.back().occur == Occur::kShould) out.clauses.back().occur = Occur::kMust;
        and_pending = true;
      }
      continue;
    }
    if (ParseFilter(item, &out)) {
      and_pending = false;
      continue;
    }
    if (item.unterminated) out.warnings.push_back("a quote is not closed; the phrase runs to the end");
    QueryClause c;
    c.occur = item.sign == '+' ? Occur::kMust : item.sign == '-' ? Occur::kMustNot : Occur::kShould;
    if (and_pending && c.occur == Occur::kShould) c.occur = Occur::kMust;
    and_pending = false;
    if (item.quoted) {
      c.kind = QueryClause::Kind::kPhrase;
      c.text = std::move(item.text);
    } else if (item.text.size() > 1 && item.text.back() == '*') {
      c.kind = QueryClause::Kind::kPrefix;
      c.text = item.text.substr(0, item.text.find_last_not_of('*') + 1);
    } else {
      c.text = std::move(item.text);
    }
    if (c.text.empty() || c.text.find_first_not_of('*') == std::string::npos) {
      if (item.quoted) out.warnings.push_back("an empty phrase was ignored");
      continue;
    }
    if (out.clauses.size() == kMaxClauses) {
      out.warnings.push_back("more than " + std::to_string(kMaxClauses) +
                             " terms; the rest were ignored");
      break;
    }
    out.clauses.push_back(std::move(c));
  }
  return out;
}

std::string ParsedQuery::ToString() const {
  std::string s;
  auto sep = [&s] {
    if (!s.empty()) s += ' ';
  };
  for (const QueryClause& c : clauses) {
    sep();
    if (c.occur == Occur::kMust) s += '+';
    if (c.occur == Occur::kMustNot) s += '-';
    switch (c.kind) {
      case QueryClause::Kind::kWord: s += "w(" + c.text + ")"; break;
      case QueryClause::Kind::kPhrase: s += "p(" + c.text + ")"; break;
      case QueryClause::Kind::kPrefix: s += "pre(" + c.text + "*)"; break;
    }
  }
  for (const std::string& src : sources) {
    sep();
    s += "source:" + src;
  }
  if (date) {
    sep();
    s += "date:[" + (date->from ? std::to_string(*date->from) : std::string()) + "," +
         (date->to ? std::to_string(*date->to) : std::string()) + ")";
  }
  for (const std::string& e : entities) {
    sep();
    s += "entity:" + e;
  }
  return s;
}

}  // namespace marsad::index
