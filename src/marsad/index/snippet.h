// Snippets: the excerpt of a document's stored text that best shows why it matched, with
// the matched words as byte spans of that text. Spans come from the tokens' offsets, the
// same analysis that indexed the document, never from searching the text for strings.
#ifndef MARSAD_INDEX_SNIPPET_H_
#define MARSAD_INDEX_SNIPPET_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/span.h"
#include "marsad/index/searcher.h"
#include "marsad/text/analyzer.h"

namespace marsad::index {

struct SnippetOptions {
  std::size_t max_tokens = 40;  // length of the excerpt, in tokens
};

struct Snippet {
  ByteSpan window;                   // the excerpt, in the stored text
  std::vector<ByteSpan> highlights;  // matched words, in the stored text, inside window
  std::string text;                  // the excerpt's text (text.substr(window))
};

// True when analysed token i matches the query word `w`: the same normalized form (or a
// form it is a prefix of, for word*), the same stem, or the same spelling-variant key.
bool TokenMatches(const text::TextAnalysis& a, std::size_t i, const QueryWord& w);

// The window of at most options.max_tokens tokens with the most distinct query words (then
// the most matches), starting a few tokens before its first match; the start of the text
// when nothing matches. REQUIRES: `analysis` is the analysis of `text`. Thread-safe.
Snippet MakeSnippet(std::string_view text, const text::TextAnalysis& analysis,
                    const std::vector<QueryWord>& words, const SnippetOptions& options = {});

}  // namespace marsad::index

#endif  // MARSAD_INDEX_SNIPPET_H_
