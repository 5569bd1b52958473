// Lexicon: the date vocabulary of data/dates/*.txt (month, Hijri month, weekday and ordinal
// names, and the words around dates by role), normalized once and looked up as phrases of
// normalized tokens, longest first.
#ifndef MARSAD_DATES_LEXICON_H_
#define MARSAD_DATES_LEXICON_H_

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/text/normalizer.h"
#include "marsad/text/word_set.h"

namespace marsad::dates {

// The roles of words_ar.txt, in the order of its header.
enum class Role : std::uint8_t {
  kToday,
  kYesterday,
  kDayBeforeYesterday,
  kTomorrow,
  kDayAfterTomorrow,
  kPast,
  kPast2,
  kNext,
  kCurrent,
  kThis,
  kWeek,
  kMonth,
  kYear,
  kEarly,
  kMid,
  kLate,
  kFirstDay,
  kDayCue,
  kMonthCue,
  kYearCue,
  kPrep,
  kEraAd,
  kEraAh,
  kEraBc,
  kLink,
  kNotTodayBefore,
  kNotTodayAfter,
  kNotYesterdayAfter,
  kNotWeekdayBefore,
  kFutureCue,
  kNotFutureVerb,
  kSince,
  kEventPrefix,
  kCountNoun,
  kFieldFiller,
  kAm,
  kPm,
  kCount
};

// The role's name in words_ar.txt ("today", "day_cue", ...).
std::string_view RoleName(Role role);

// Everything the lexicon knows about one phrase (merged over all lines that list it).
struct WordInfo {
  std::uint64_t roles = 0;
  std::uint8_t month = 0;        // Gregorian month 1-12, 0: not a month name
  std::uint8_t hijri_month = 0;  // Hijri month 1-12, 0: not one
  std::uint8_t ordinal = 0;      // day 1-31 of an ordinal word, 0: not one
  std::int8_t weekday = -1;      // 0 = Sunday ... 6 = Saturday, -1: not a weekday
  bool ambiguous_month = false;  // also an ordinary word or a name (ambiguous_months_ar.txt)

  bool Has(Role r) const { return (roles >> static_cast<unsigned>(r)) & 1u; }
  bool HasAny(std::initializer_list<Role> rs) const {
    for (Role r : rs) {
      if (Has(r)) return true;
    }
    return false;
  }
};

// The text of each list (the embedded files, or test data), with the names errors cite.
struct LexiconSources {
  struct List {
    std::string_view name;  // e.g. "data/dates/months_ar.txt"
    std::string_view text;
  };
  List months, ambiguous_months, hijri_months, weekdays, ordinals, words;
  // data/dates/*.txt as embedded at build time.
  static LexiconSources Embedded();
};

// Immutable after Build; thread-safe.
class Lexicon {
 public:
  // Parses and normalizes every list. InvalidArgument naming the file and line when a line
  // is malformed (a month number outside 1-12, an unknown role, an empty phrase).
  static Result<Lexicon> Build(const LexiconSources& sources, const text::Normalizer& normalizer);
  // The lexicon of the embedded data, normalized with SearchNormalizer() (built on first
  // use; the data is checked by lexicon_test, so this never fails in a tested build).
  static const Lexicon& Default();
  // One shared Normalizer with NormalizerOptions::Search() (building one costs ~0.1 s).
  static const text::Normalizer& SearchNormalizer();

  // True when some phrase starts with the normalized word `w`.
  bool StartsPhrase(std::string_view w) const { return first_words_.Contains(w); }

  // The longest phrase whose first word is `first` and whose further words are the first
  // ones of `following`. Sets *len to its length in words; nullptr when none matches.
  const WordInfo* Match(std::string_view first, std::span<const std::string_view> following,
                        std::size_t* len) const;

  // `w` (a normalized word) without one leading clitic when `w` itself starts no phrase and
  // the rest does: و/ف, then ب/ل/ك; لل becomes ال (للعام → العام). Otherwise `w`. The
  // result is written to *scratch when it is not a substring of `w`. *starts, when given,
  // is StartsPhrase(result), known here without a second look-up.
  std::string_view StripClitic(std::string_view w, std::string* scratch, bool* starts = nullptr) const;

  // Number of phrases, for tests.
  std::size_t size() const { return phrases_; }

 private:
  struct Phrase {
    std::vector<std::string> rest;  // the words after the first
    WordInfo info;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  WordInfo* Add(std::vector<std::string> words);

  // By first word; each bucket sorted longest first.
  std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>> first_;
  // The keys of first_: every token of a text is tried against them, up to five times with
  // its clitics stripped, and almost all miss, which a WordSet answers without hashing the
  // word twice or dividing.
  text::WordSet first_words_;
  std::size_t phrases_ = 0;
};

}  // namespace marsad::dates

#endif  // MARSAD_DATES_LEXICON_H_
