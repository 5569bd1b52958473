// Tokenizer: splits text into words, numbers, URLs, e-mails, hashtags, mentions,
// punctuation and symbols, with byte offsets into the original text (which it never
// modifies). Arabic and other scripts are separated at script changes; white space of
// every kind (NBSP included) and invisible format characters separate or are skipped.
#ifndef MARSAD_TEXT_TOKENIZER_H_
#define MARSAD_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "marsad/text/token.h"

namespace marsad::text {

// Appends the tokens of `text` to *out. Never fails: invalid UTF-8 bytes are skipped
// like white space. REQUIRES: text.size() < 4 GiB. Thread-safe.
void Tokenize(std::string_view text, std::vector<Token>* out);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_TOKENIZER_H_
