// Token: a typed byte span of the original text. Offsets are never changed by later
// stages: `text.substr(begin, end - begin)` is exactly what the tokenizer saw.
#ifndef MARSAD_TEXT_TOKEN_H_
#define MARSAD_TEXT_TOKEN_H_

#include <cstdint>
#include <string_view>

#include "marsad/base/span.h"

namespace marsad::text {

// DO NOT REORDER: stored in analysis records.
enum class TokenKind : std::uint8_t {
  kArabicWord = 0,   // letters of the Arabic script, with their marks
  kWord = 1,         // letters (and digits) of any other script: Latin, Cyrillic, ...
  kNumber = 2,       // digits of any script, with inner separators: 3.5  ١٬٠٠٠  ٢٠١٧
  kUrl = 3,          // http(s)://... or www....
  kEmail = 4,
  kHashtag = 5,      // #word_word, '#' included
  kMention = 6,      // @handle, '@' included
  kPunctuation = 7,  // one mark (or a run of dots): ، ؛ ؟ « » “ ” ...
  kSymbol = 8,       // currency, math, emoji
};

std::string_view TokenKindName(TokenKind kind);

constexpr bool IsWordLike(TokenKind k) {
  return k == TokenKind::kArabicWord || k == TokenKind::kWord || k == TokenKind::kHashtag ||
         k == TokenKind::kMention;
}

struct Token {
  std::uint32_t begin = 0;  // byte offset of the first byte
  std::uint32_t end = 0;    // byte offset one past the last byte
  TokenKind kind = TokenKind::kWord;
  // What AnalyzerOptions::tagger said of the token's norm (0 without a tagger; see
  // TextAnalysis::tagger). It sits in what was padding: a Token stays 12 bytes.
  std::uint8_t tag = 0;

  ByteSpan span() const { return {begin, end}; }
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }
};
static_assert(sizeof(Token) == 12);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_TOKEN_H_
