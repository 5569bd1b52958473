// Cohesion-based document boundaries; see docsplit.h.
#include "marsad/ner/docsplit.h"

#include <algorithm>
#include <cmath>

#include "marsad/base/flat_map.h"

namespace marsad::ner {

namespace {

constexpr std::uint64_t kWordSeed = 0x444F4353504C4954ULL;  // "DOCSPLIT"

std::size_t Letters(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

using Bag = base::FlatMap<std::uint64_t, std::uint32_t>;

void AddWords(const std::vector<std::uint64_t>& words, Bag* bag) {
  for (std::uint64_t w : words) ++bag->FindOrInsert(w, 0);
}

}  // namespace

std::vector<std::uint64_t> ContentWords(const text::TextAnalysis& analysis) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < analysis.tokens.size(); ++i) {
    const text::TokenKind kind = analysis.tokens[i].token.kind;
    if (kind != text::TokenKind::kArabicWord && kind != text::TokenKind::kWord) continue;
    const std::string_view stem = analysis.stem(i);
    if (Letters(stem) < 3) continue;
    out.push_back(base::NonZero(base::HashBytes(stem, kWordSeed)));
  }
  return out;
}

std::vector<std::size_t> CohesionStarts(const std::vector<std::vector<std::uint64_t>>& words,
                                        const CohesionOptions& options) {
  const std::size_t n = words.size();
  if (n == 0) return {};
  Bag df;
  for (const auto& s : words) {
    Bag seen;
    for (std::uint64_t w : s) {
      if (seen.Find(w) == nullptr) {
        seen.FindOrInsert(w, 1);
        ++df.FindOrInsert(w, 0);
      }
    }
  }
  base::FlatMap<std::uint64_t, double> idfs;
  df.ForEach([&](std::uint64_t w, std::uint32_t d) {
    idfs.FindOrInsert(w, std::log(static_cast<double>(n) / static_cast<double>(d)));
  });
  const auto idf = [&](std::uint64_t w) {
    const double* x = idfs.Find(w);
    return x == nullptr ? 0.0 : *x;
  };
  const auto norm = [&](const Bag& b) {
    double sum = 0;
    b.ForEach([&](std::uint64_t w, std::uint32_t c) {
      const double x = c * idf(w);
      sum += x * x;
    });
    return std::sqrt(sum);
  };
  const auto k = static_cast<std::size_t>(std::max(1, options.window));
  std::vector<std::size_t> starts = {0};
  for (std::size_t i = 1; i < n; ++i) {
    Bag left, right;
    for (std::size_t j = i - std::min(i, k); j < i; ++j) AddWords(words[j], &left);
    for (std::size_t j = i; j < std::min(n, i + k); ++j) AddWords(words[j], &right);
    double dot = 0;
    left.ForEach([&](std::uint64_t w, std::uint32_t c) {
      if (const std::uint32_t* r = right.Find(w)) {
        const double x = idf(w);
        dot += std::min(c, *r) * x * x;
      }
    });
    const double nl = norm(left), nr = norm(right);
    const double sim = nl > 0 && nr > 0 ? dot / (nl * nr) : 0;
    if (sim < options.threshold) starts.push_back(i);
  }
  return starts;
}

std::vector<std::size_t> RunStarts(std::size_t n, std::size_t per_doc) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < n; i += std::max<std::size_t>(1, per_doc)) starts.push_back(i);
  return starts;
}

std::vector<std::size_t> DocumentStarts(const std::vector<AlignedSentence>& sentences,
                                        bool cohesion, std::size_t per_doc) {
  if (!cohesion) return RunStarts(sentences.size(), per_doc);
  std::vector<std::vector<std::uint64_t>> words;
  words.reserve(sentences.size());
  for (const AlignedSentence& s : sentences) words.push_back(ContentWords(s.analysis));
  return CohesionStarts(words);
}

}  // namespace marsad::ner
