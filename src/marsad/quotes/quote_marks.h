// Quote marks: pairs the quotation marks of an analysed text into quoted spans, for every
// mark Arabic news uses — “…” „…“ «…» ‘…’ ‹…› and the symmetric "…" '…' — with nesting,
// stray marks, and quotes that run over a paragraph break (docs/quotes.md, "Quote marks").
#ifndef MARSAD_QUOTES_QUOTE_MARKS_H_
#define MARSAD_QUOTES_QUOTE_MARKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "marsad/base/span.h"
#include "marsad/text/analyzer.h"

namespace marsad::quotes {

// Families of marks that pair with each other.
enum class MarkFamily : std::uint8_t {
  kNone = 0,
  kDoubleStraight,  // "
  kDoubleCurly,     // “ ” „ ‟
  kGuillemet,       // « »
  kSingleStraight,  // '
  kSingleCurly,     // ‘ ’ ‚ ‛
  kSingleGuillemet, // ‹ ›
};

// The family of a punctuation token's text, and whether its glyph opens (“ „ « ‘ ‹), closes
// (” » ’ ›) or is symmetric (" ').
enum class MarkGlyph : std::uint8_t { kSymmetric = 0, kOpen, kClose };
MarkFamily FamilyOf(std::string_view mark, MarkGlyph* glyph);

inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

struct QuotedSpan {
  std::uint32_t open = 0;             // token index of the opening mark
  std::uint32_t close = kNoToken;     // token index of the closing mark, kNoToken if unclosed
  std::uint32_t first = 0;            // first token inside
  std::uint32_t end = 0;              // one past the last token inside
  ByteSpan content;                   // the bytes between the marks, without edge spaces
  std::uint32_t words = 0;            // word-like tokens inside
  std::int32_t parent = -1;           // index of the enclosing span, -1 at top level
  std::int32_t continues = -1;        // index of the span this one continues after a paragraph
                                      // break (a paragraph that opens its mark again)
  MarkFamily family = MarkFamily::kNone;
  bool unclosed = false;              // no closing mark: runs to the end of its paragraph
  bool runs_over = false;             // the span contains a paragraph break
  bool inner_after_colon = false;     // a quote inside a quote with the same marks, opened
                                      // after a word and a colon (قائلة: "...") inside it:
                                      // another speaker's words

  bool closed() const { return close != kNoToken; }
};

// Paragraph index of every token (a paragraph ends at a line break), computed from the
// text between tokens. `tokens` must be the analysis of `text`.
std::vector<std::uint32_t> ParagraphOfTokens(std::string_view text,
                                             const std::vector<text::AnalyzedToken>& tokens);
// The same into *out (its buffer reused).
void ParagraphOfTokens(std::string_view text, const std::vector<text::AnalyzedToken>& tokens,
                       std::vector<std::uint32_t>* out);

// Pairs the marks of `analysis` (of `text`) into spans, sorted by opening token.
// `paragraph` is ParagraphOfTokens(text, analysis.tokens). Never fails: stray marks are left
// out; a symmetric mark is taken as opening or closing from the words it touches (an
// opening mark is followed by a word without a space, a closing one follows a word) and from
// how many marks of its family remain in the paragraph. Thread-safe.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text, const text::TextAnalysis& analysis,
                                        const std::vector<std::uint32_t>& paragraph);

}  // namespace marsad::quotes

#endif  // MARSAD_QUOTES_QUOTE_MARKS_H_
