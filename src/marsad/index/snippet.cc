// Snippets; see snippet.h.
#include "marsad/index/snippet.h"

#include <algorithm>

#include "marsad/index/schema.h"

namespace marsad::index {

bool TokenMatches(const text::TextAnalysis& a, std::size_t i, const QueryWord& w) {
  if (!IsIndexed(a.tokens[i].token.kind)) return false;
  const std::string_view norm = a.norm(i);
  if (norm.empty()) return false;
  if (w.prefix) return norm.substr(0, w.norm.size()) == w.norm;
  if (norm == w.norm || a.stem(i) == w.stem) return true;
  // Keys of very short words merge too much to be shown as matches.
  return w.key.size() >= 4 && a.key(i) == w.key;
}

Snippet MakeSnippet(std::string_view text, const text::TextAnalysis& analysis,
                    const std::vector<QueryWord>& words, const SnippetOptions& options) {
  Snippet out;
  const std::size_t n = analysis.tokens.size();
  if (n == 0 || options.max_tokens == 0) return out;
  // Which query word each token matches (-1: none).
  std::vector<int> match(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (TokenMatches(analysis, i, words[w])) {
        match[i] = static_cast<int>(w);
        break;
      }
    }
  }
  const std::size_t len = std::min(options.max_tokens, n);
  std::size_t best = 0;
  std::size_t best_score = 0;
  std::vector<int> count(words.size(), 0);
  std::size_t distinct = 0, total = 0;
  auto add = [&](std::size_t i, int d) {
    if (match[i] < 0) return;
    int& c = count[static_cast<std::size_t>(match[i])];
    if (d > 0 && c++ == 0) ++distinct;
    if (d < 0 && --c == 0) --distinct;
    total = d > 0 ? total + 1 : total - 1;
  };
  for (std::size_t i = 0; i < len; ++i) add(i, 1);
  best_score = distinct * 1000 + total;
  for (std::size_t start = 1; start + len <= n; ++start) {
    add(start - 1, -1);
    add(start + len - 1, 1);
    const std::size_t score = distinct * 1000 + total;
    if (score > best_score) {
      best_score = score;
      best = start;
    }
  }
  // Start a few tokens before the first match of the window, if that keeps it in length.
  std::size_t first = best;
  if (best_score > 0) {
    while (first < best + len && match[first] < 0) ++first;
    const std::size_t lead = 4;
    best = first > best + lead ? first - lead : best;
    if (best + len > n) best = n - len;
  }
  // Do not open on punctuation.
  while (best + len < n && !IsIndexed(analysis.tokens[best].token.kind)) ++best;
  const std::size_t last = best + len - 1;
  out.window = {analysis.tokens[best].token.begin, analysis.tokens[last].token.end};
  for (std::size_t i = best; i <= last; ++i) {
    if (match[i] >= 0) out.highlights.push_back(analysis.tokens[i].token.span());
  }
  out.text.assign(out.window.In(text));
  return out;
}

}  // namespace marsad::index
