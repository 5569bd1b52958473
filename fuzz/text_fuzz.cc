// Fuzzes UTF-8 checking, tokenizing, normalizing, stemming, keying and sentence splitting
// on arbitrary bytes, checking the invariants every later stage relies on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "marsad/text/analyzer.h"
#include "marsad/text/tokenizer.h"
#include "marsad/text/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const marsad::text::Analyzer* const analyzer = new marsad::text::Analyzer();
  static marsad::text::AnalysisCache* const cache = new marsad::text::AnalysisCache();
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // Validation and repair agree: repaired text is valid, valid text is unchanged.
  const std::size_t bad = marsad::text::FindInvalidUtf8(text);
  const std::string fixed = marsad::text::ReplaceInvalidUtf8(text);
  Check(marsad::text::FindInvalidUtf8(fixed) == std::string_view::npos);
  if (bad == std::string_view::npos) Check(fixed == text);

  // Analysis with and without the cache: the same tokens and strings, offsets in bounds,
  // increasing, never splitting a valid code point.
  marsad::text::TextAnalysis plain, cached;
  analyzer->Analyze(text, &plain);
  analyzer->Analyze(text, &cached, cache);
  Check(plain.tokens.size() == cached.tokens.size());
  std::uint32_t last_end = 0;
  for (std::size_t i = 0; i < plain.tokens.size(); ++i) {
    const marsad::text::Token& t = plain.tokens[i].token;
    Check(t.begin < t.end && t.end <= size && t.begin >= last_end);
    last_end = t.end;
    Check(plain.norm(i) == cached.norm(i));
    Check(plain.stem(i) == cached.stem(i));
    Check(plain.key(i) == cached.key(i));
    if (bad == std::string_view::npos) {
      Check(marsad::text::FindInvalidUtf8(t.In(text)) == std::string_view::npos);
    }
    Check(marsad::text::FindInvalidUtf8(plain.norm(i)) == std::string_view::npos);
  }
  for (const marsad::text::Sentence& s : plain.sentences) {
    Check(s.span.begin < s.span.end && s.span.end <= size);
    Check(s.first_token < s.end_token && s.end_token <= plain.tokens.size());
  }
  return 0;
}
