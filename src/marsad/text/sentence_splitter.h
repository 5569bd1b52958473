// Sentence splitter over tokens: a sentence ends at . ! ? ؟ … ۔ (with the closing quotes
// and brackets that follow it) unless the full stop closes an abbreviation, and at every
// line break (news paragraphs are lines).
#ifndef MARSAD_TEXT_SENTENCE_SPLITTER_H_
#define MARSAD_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "marsad/base/span.h"
#include "marsad/text/token.h"

namespace marsad::text {

// Sentences of `text` as byte spans from the first token's begin to the last token's end,
// in order. `tokens` must be Tokenize(text). Each sentence also records its token range.
struct Sentence {
  ByteSpan span;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;  // one past the last token
};

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);
// The same into *out (cleared first), reusing its memory.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<Sentence>* out);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_SENTENCE_SPLITTER_H_
