// Fuzzes FindDates (with and without an anchor, and on a reused analysis) and
// ParseDateField on arbitrary bytes: no crash, spans within bounds, in order and not
// overlapping, every date a real day, and the two FindDates entry points agree.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "marsad/dates/date_field.h"
#include "marsad/dates/date_finder.h"
#include "marsad/text/analyzer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckMentions(const std::vector<marsad::dates::DateMention>& found, std::size_t size) {
  std::uint32_t last_end = 0;
  for (const marsad::dates::DateMention& m : found) {
    Check(m.span.begin < m.span.end && m.span.end <= size);
    Check(m.span.begin >= last_end);
    last_end = m.span.end;
    Check(marsad::dates::IsValid(m.date));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const marsad::text::Analyzer* const analyzer = new marsad::text::Analyzer();
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // The first two bytes pick an anchor between 1900 and 2100.
  const int pick = size >= 2 ? (data[0] << 8 | data[1]) : 0;
  const marsad::dates::CivilDate anchor =
      marsad::dates::AddDays(marsad::dates::CivilDate{1900, 1, 1}, pick % 73000);

  const auto without = marsad::dates::FindDates(text, std::nullopt);
  CheckMentions(without, size);
  for (const auto& m : without) Check(!m.relative);
  const auto with = marsad::dates::FindDates(text, anchor);
  CheckMentions(with, size);

  marsad::text::TextAnalysis analysis;
  analyzer->Analyze(text, &analysis);
  const auto reused = marsad::dates::DateFinder::Default().Find(analysis, text, anchor);
  Check(reused.size() == with.size());
  for (std::size_t i = 0; i < reused.size(); ++i) {
    Check(reused[i].span == with[i].span && reused[i].date == with[i].date);
  }

  if (auto t = marsad::dates::ParseDateField(text)) {
    // Any parsed field is a real instant within the years we accept.
    const marsad::dates::CivilDate d = marsad::dates::CivilDateOf(*t);
    Check(marsad::dates::IsValid(d) && d.year >= 0 && d.year <= 10000);
  }
  return 0;
}
