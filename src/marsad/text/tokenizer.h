// Tokenizer: splits text into words, numbers, URLs, e-mails, hashtags, mentions,
// punctuation and symbols, with byte offsets into the original text (which it never
// modifies). Arabic and other scripts are separated at script changes; white space of
// every kind (NBSP included) and invisible format characters separate or are skipped.
#ifndef MARSAD_TEXT_TOKENIZER_H_
#define MARSAD_TEXT_TOKENIZER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "marsad/text/sentence_splitter.h"
#include "marsad/text/token.h"
#include "marsad/text/token_key.h"

namespace marsad::text {

// No token is longer than this: a longer run (a 100 MB "word") is cut into pieces at
// code point boundaries, so every later stage can bound its work per token.
inline constexpr std::size_t kMaxTokenBytes = 4096;

// Appends the tokens of `text` to *out. Never fails: invalid UTF-8 bytes are skipped
// like white space. REQUIRES: text.size() < 4 GiB. Thread-safe.
void Tokenize(std::string_view text, std::vector<Token>* out);
// What the analyzer needs besides the tokens, gathered in the same read of the text.
struct TokenScan {
  std::vector<TokenKey> keys;  // one per token, in order
  SentenceCues cues;           // for SplitSentences
  void clear() {
    keys.clear();
    cues.clear();
  }
};

// The same, also appending to *scan: `out` and *scan must be appended to together (a
// call per text, both cleared before it, for the token indices of the cues to hold).
void Tokenize(std::string_view text, std::vector<Token>* out, TokenScan* scan);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_TOKENIZER_H_
