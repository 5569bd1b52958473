// Loading and looking up the date vocabulary of data/dates/*.txt.
#include "marsad/dates/lexicon.h"

#include <algorithm>
#include <charconv>

#include "marsad/dates/embedded_data.h"
#include "marsad/text/tokenizer.h"
#include "marsad/text/word_list.h"

namespace marsad::dates {
namespace {

constexpr std::string_view kRoleNames[] = {
    "today",            "yesterday",        "day_before_yesterday", "tomorrow",
    "day_after_tomorrow", "past",           "past2",                "next",
    "current",          "this",             "week",                 "month",
    "year",             "early",            "mid",                  "late",
    "first_day",        "day_cue",          "month_cue",            "year_cue",
    "prep",             "era_ad",           "era_ah",               "era_bc",
    "link",             "not_today_before", "not_today_after",      "not_yesterday_after",
    "not_weekday_before", "future_cue",     "not_future_verb",      "since",
    "event_prefix",
    "count_noun",       "field_filler",
    "am",               "pm"};
static_assert(std::size(kRoleNames) == static_cast<std::size_t>(Role::kCount));

// "'<text>' <what>" (appended piecewise: GCC 12 warns falsely on "..." + std::string&&).
std::string Quoted(std::string_view text, std::string_view what) {
  std::string msg("'");
  msg.append(text).append("' ").append(what);
  return msg;
}

// Splits "<number> <phrase>"; false when the line has no such shape.
bool SplitNumbered(std::string_view line, int* number, std::string_view* phrase) {
  const std::size_t sp = line.find_first_of(" \t");
  if (sp == std::string_view::npos) return false;
  const std::string_view num = line.substr(0, sp);
  auto [ptr, ec] = std::from_chars(num.data(), num.data() + num.size(), *number);
  if (ec != std::errc() || ptr != num.data() + num.size()) return false;
  *phrase = text::TrimBlanks(line.substr(sp));
  return !phrase->empty();
}

// The normalized words of `phrase`, tokenized as text is, so entries and text agree.
std::vector<std::string> PhraseWords(std::string_view phrase, const text::Normalizer& normalizer) {
  std::vector<text::Token> tokens;
  text::Tokenize(phrase, &tokens);
  std::vector<std::string> words;
  for (const text::Token& t : tokens) {
    std::string w = normalizer.Normalize(t.In(phrase));
    if (!w.empty()) words.push_back(std::move(w));
  }
  return words;
}

}  // namespace

std::string_view RoleName(Role role) { return kRoleNames[static_cast<std::size_t>(role)]; }

LexiconSources LexiconSources::Embedded() {
  LexiconSources s;
  s.months = {"data/dates/months_ar.txt", data::kMonths};
  s.ambiguous_months = {"data/dates/ambiguous_months_ar.txt", data::kAmbiguousMonths};
  s.hijri_months = {"data/dates/hijri_months_ar.txt", data::kHijriMonths};
  s.weekdays = {"data/dates/weekdays_ar.txt", data::kWeekdays};
  s.ordinals = {"data/dates/ordinals_ar.txt", data::kOrdinals};
  s.words = {"data/dates/words_ar.txt", data::kWords};
  return s;
}

WordInfo* Lexicon::Add(std::vector<std::string> words) {
  first_words_.Insert(words.front());
  std::vector<Phrase>& bucket = first_[words.front()];
  const std::vector<std::string> rest(words.begin() + 1, words.end());
  auto find = [&]() -> WordInfo* {
    for (Phrase& p : bucket) {
      if (p.rest == rest) return &p.info;
    }
    return nullptr;
  };
  if (WordInfo* known = find()) return known;
  ++phrases_;
  bucket.push_back(Phrase{rest, WordInfo{}});
  // Longest first (stable for equal lengths); the new phrase may have moved.
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Phrase& a, const Phrase& b) { return a.rest.size() > b.rest.size(); });
  return find();
}

Result<Lexicon> Lexicon::Build(const LexiconSources& sources, const text::Normalizer& normalizer) {
  Lexicon lex;
  // "<n> <phrase>" lists: months, Hijri months, weekdays, ordinals.
  auto numbered = [&](const LexiconSources::List& list, int lo, int hi,
                      void (*set)(WordInfo*, int)) -> Status {
    return text::ForEachListLine(list.text, [&](std::size_t line_no, std::string_view line) -> Status {
      int n = 0;
      std::string_view phrase;
      if (!SplitNumbered(line, &n, &phrase)) {
        return text::ListLineError(list.name, line_no, "expected '<number> <name>'");
      }
      if (n < lo || n > hi) {
        std::string msg("number ");
        msg.append(std::to_string(n)).append(" outside ").append(std::to_string(lo));
        msg.append("-").append(std::to_string(hi));
        return text::ListLineError(list.name, line_no, msg);
      }
      std::vector<std::string> words = PhraseWords(phrase, normalizer);
      if (words.empty()) return text::ListLineError(list.name, line_no, "no words in the name");
      WordInfo* info = lex.Add(std::move(words));
      set(info, n);
      return Status::Ok();
    });
  };
  MARSAD_RETURN_IF_ERROR(numbered(sources.months, 1, 12, [](WordInfo* w, int n) {
    w->month = static_cast<std::uint8_t>(n);
  }));
  MARSAD_RETURN_IF_ERROR(numbered(sources.hijri_months, 1, 12, [](WordInfo* w, int n) {
    w->hijri_month = static_cast<std::uint8_t>(n);
  }));
  MARSAD_RETURN_IF_ERROR(numbered(sources.weekdays, 0, 6, [](WordInfo* w, int n) {
    w->weekday = static_cast<std::int8_t>(n);
  }));
  MARSAD_RETURN_IF_ERROR(numbered(sources.ordinals, 1, 31, [](WordInfo* w, int n) {
    w->ordinal = static_cast<std::uint8_t>(n);
  }));

  MARSAD_RETURN_IF_ERROR(text::ForEachListLine(
      sources.ambiguous_months.text, [&](std::size_t line_no, std::string_view line) -> Status {
        std::vector<std::string> words = PhraseWords(line, normalizer);
        if (words.empty()) return text::ListLineError(sources.ambiguous_months.name, line_no, "no words");
        auto it = lex.first_.find(words.front());
        if (it != lex.first_.end()) {
          std::vector<std::string> rest(words.begin() + 1, words.end());
          for (Phrase& p : it->second) {
            if (p.rest == rest && p.info.month != 0) {
              p.info.ambiguous_month = true;
              return Status::Ok();
            }
          }
        }
        return text::ListLineError(sources.ambiguous_months.name, line_no,
                         Quoted(line, "is not in the month list"));
      }));

  MARSAD_RETURN_IF_ERROR(
      text::ForEachListLine(sources.words.text, [&](std::size_t line_no, std::string_view line) -> Status {
        const std::size_t sp = line.find_first_of(" \t");
        if (sp == std::string_view::npos) {
          return text::ListLineError(sources.words.name, line_no, "expected '<role> <word>'");
        }
        const std::string_view role_name = line.substr(0, sp);
        const auto* role = std::find(std::begin(kRoleNames), std::end(kRoleNames), role_name);
        if (role == std::end(kRoleNames)) {
          std::string msg("unknown role '");
          msg.append(role_name).append("'");
          return text::ListLineError(sources.words.name, line_no, msg);
        }
        std::vector<std::string> words = PhraseWords(line.substr(sp), normalizer);
        if (words.empty()) return text::ListLineError(sources.words.name, line_no, "no words");
        WordInfo* info = lex.Add(std::move(words));
        info->roles |= std::uint64_t{1} << (role - std::begin(kRoleNames));
        return Status::Ok();
      }));
  return lex;
}

const text::Normalizer& Lexicon::SearchNormalizer() {
  static const text::Normalizer* const normalizer =
      new text::Normalizer(text::NormalizerOptions::Search());
  return *normalizer;
}

const Lexicon& Lexicon::Default() {
  static const Lexicon* const lexicon = [] {
    Result<Lexicon> built = Build(LexiconSources::Embedded(), SearchNormalizer());
    // The embedded data is checked by lexicon_test; an empty lexicon finds no dates.
    return new Lexicon(built.ok() ? std::move(built).value() : Lexicon());
  }();
  return *lexicon;
}

const WordInfo* Lexicon::Match(std::string_view first, std::span<const std::string_view> following,
                               std::size_t* len) const {
  if (!first_words_.Contains(first)) return nullptr;
  auto it = first_.find(first);
  if (it == first_.end()) return nullptr;
  for (const Phrase& p : it->second) {
    if (p.rest.size() > following.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < p.rest.size() && ok; ++k) ok = p.rest[k] == following[k];
    if (ok) {
      *len = p.rest.size() + 1;
      return &p.info;
    }
  }
  return nullptr;
}

std::string_view Lexicon::StripClitic(std::string_view w, std::string* scratch, bool* starts) const {
  bool unused;
  if (starts == nullptr) starts = &unused;
  *starts = true;
  if (StartsPhrase(w)) return w;
  // Each of these letters is two bytes in UTF-8; a strip must leave two letters.
  static constexpr std::string_view kWaw = "\u0648", kFeh = "\u0641", kBeh = "\u0628",
                                    kLam = "\u0644", kKaf = "\u0643", kAlef = "\u0627";
  auto try_preposition = [&](std::string_view s) -> std::string_view {
    if (s.size() <= 4) return {};
    if (s.starts_with(kLam) && s.substr(2).starts_with(kLam)) {
      // لل + word: the article's alef was dropped (للعام = ل + العام).
      scratch->assign(kAlef);
      scratch->append(s.substr(2));
      if (StartsPhrase(*scratch)) return *scratch;
    }
    if (s.starts_with(kBeh) || s.starts_with(kLam) || s.starts_with(kKaf)) {
      if (StartsPhrase(s.substr(2))) return s.substr(2);
    }
    return {};
  };
  if (w.size() > 4 && (w.starts_with(kWaw) || w.starts_with(kFeh))) {
    const std::string_view rest = w.substr(2);
    if (StartsPhrase(rest)) return rest;
    const std::string_view r = try_preposition(rest);
    if (!r.empty()) return r;
  }
  const std::string_view r = try_preposition(w);
  *starts = !r.empty();
  return r.empty() ? w : r;
}

}  // namespace marsad::dates
