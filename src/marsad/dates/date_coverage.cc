// Coverage tallies for `marsad eval dates`.
#include "marsad/dates/date_coverage.h"

#include "marsad/dates/date_field.h"

namespace marsad::dates {
namespace {

// Moves `pos` back to the start of a UTF-8 sequence.
std::size_t CharStart(std::string_view s, std::size_t pos) {
  while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

std::string Context(std::string_view text, ByteSpan span, std::size_t around = 40) {
  const std::size_t b = CharStart(text, span.begin > around ? span.begin - around : 0);
  const std::size_t e = CharStart(text, std::min<std::size_t>(text.size(), span.end + around));
  std::string out;
  out += text.substr(b, span.begin - b);
  out += '[';
  out += span.In(text);
  out += ']';
  out += text.substr(span.end, e > span.end ? e - span.end : 0);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

std::string FieldShape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c >= '0' && c <= '9') out += '9';
    else if (c >= 'a' && c <= 'z') out += 'a';
    else if (c >= 'A' && c <= 'Z') out += 'A';
    else out += c;
  }
  return out;
}

void FieldTally::Add(std::string_view value) {
  ++fields_;
  if (value.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    ++empty_;
    return;
  }
  const std::string shape = FieldShape(value);
  ++shapes_[shape];
  if (ParseDateField(value)) {
    ++parsed_;
    return;
  }
  auto [it, inserted] = failures_.try_emplace(shape, 0, std::string(value));
  ++it->second.first;
  if (inserted && failures_.size() > max_examples_ * 10) failures_.erase(it);
}

void TextTally::Add(std::string_view text, std::optional<CivilDate> anchor) {
  ++docs_;
  bytes_ += text.size();
  const std::vector<DateMention> found = FindDates(text, anchor);
  if (!found.empty()) ++docs_with_dates_;
  for (const DateMention& m : found) {
    ++mentions_;
    if (m.relative) ++relative_;
    if (m.calendar == Calendar::kHijri) ++hijri_;
    ++by_form_[static_cast<std::size_t>(m.form)];
    ++by_granularity_[static_cast<std::size_t>(m.granularity)];
    if (by_form_[static_cast<std::size_t>(m.form)] <= examples_per_form_) {
      examples_.push_back(MentionExample{Context(text, m.span), m});
    }
  }
}

}  // namespace marsad::dates
