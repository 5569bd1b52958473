// Coverage tallies behind `marsad eval dates`: how many date fields ParseDateField reads,
// and which date expressions FindDates finds in article texts, counted by form. Pure
// accumulators: the command reads the corpora and feeds them.
#ifndef MARSAD_DATES_DATE_COVERAGE_H_
#define MARSAD_DATES_DATE_COVERAGE_H_

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/dates/date_finder.h"

namespace marsad::dates {

// The shape of a field, for grouping the ones that fail: ASCII digits → 9, ASCII letters
// → a, other characters kept ("Sun, 18 Feb 2018" → "Aaa, 99 Aaa 9999"; upper case → A).
std::string FieldShape(std::string_view s);

// Date fields of one corpus. Not thread-safe.
class FieldTally {
 public:
  explicit FieldTally(std::size_t max_examples = 10) : max_examples_(max_examples) {}
  // Parses `value` with ParseDateField and counts the outcome.
  void Add(std::string_view value);

  std::size_t fields() const { return fields_; }
  std::size_t empty() const { return empty_; }
  std::size_t parsed() const { return parsed_; }
  // Shapes of the non-empty fields that did not parse, with counts and one example each.
  const std::map<std::string, std::pair<std::size_t, std::string>>& failures() const {
    return failures_;
  }
  // Shapes of every non-empty field, with counts.
  const std::map<std::string, std::size_t>& shapes() const { return shapes_; }

 private:
  std::size_t max_examples_;
  std::size_t fields_ = 0, empty_ = 0, parsed_ = 0;
  std::map<std::string, std::pair<std::size_t, std::string>> failures_;
  std::map<std::string, std::size_t> shapes_;
};

// One found expression with some text around it, for reading by eye.
struct MentionExample {
  std::string context;  // "...before [expression] after..."
  DateMention mention;
};

// Date expressions in article texts. Not thread-safe.
class TextTally {
 public:
  explicit TextTally(std::size_t examples_per_form = 5) : examples_per_form_(examples_per_form) {}
  // Finds the dates of `text` (resolved against `anchor`) and counts them.
  void Add(std::string_view text, std::optional<CivilDate> anchor);

  std::size_t docs() const { return docs_; }
  std::size_t docs_with_dates() const { return docs_with_dates_; }
  std::size_t bytes() const { return bytes_; }
  std::size_t mentions() const { return mentions_; }
  std::size_t relative() const { return relative_; }
  std::size_t hijri() const { return hijri_; }
  const std::array<std::size_t, static_cast<std::size_t>(DateForm::kCount)>& by_form() const {
    return by_form_;
  }
  const std::array<std::size_t, 4>& by_granularity() const { return by_granularity_; }
  const std::vector<MentionExample>& examples() const { return examples_; }

 private:
  std::size_t examples_per_form_;
  std::size_t docs_ = 0, docs_with_dates_ = 0, bytes_ = 0, mentions_ = 0, relative_ = 0, hijri_ = 0;
  std::array<std::size_t, static_cast<std::size_t>(DateForm::kCount)> by_form_{};
  std::array<std::size_t, 4> by_granularity_{};
  std::vector<MentionExample> examples_;
};

}  // namespace marsad::dates

#endif  // MARSAD_DATES_DATE_COVERAGE_H_
