// Sentence splitter over tokens: a sentence ends at . ! ? ؟ … ۔ (with the closing quotes
// and brackets that follow it) unless the full stop closes an abbreviation, and at every
// line break (news paragraphs are lines).
#ifndef MARSAD_TEXT_SENTENCE_SPLITTER_H_
#define MARSAD_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
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

// Where sentences may end, found while tokenizing (see Tokenize's TokenScan): the tokens
// with a line break in the gap before them and the punctuation tokens for which
// IsSentenceTerminal holds, each as ascending token indices.
struct SentenceCues {
  std::vector<std::uint32_t> line_starts;
  std::vector<std::uint32_t> terminals;
  void clear() {
    line_starts.clear();
    terminals.clear();
  }
};

// True for the punctuation tokens that can end a sentence: . (and a run of dots) ! ? ؟ … ۔ ‼
bool IsSentenceTerminal(std::string_view token);

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);
// The same into *out (cleared first), reusing its memory.
void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<Sentence>* out);
// The same given the cues of `tokens` (the same result, without looking at every token).
void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    const SentenceCues& cues, std::vector<Sentence>* out);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_SENTENCE_SPLITTER_H_
