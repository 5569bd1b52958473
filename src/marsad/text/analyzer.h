// Analyzer: the one analysis chain used both to index text and to analyse queries
// (Lucene's lesson: index and query must agree). It tokenizes the original text, then
// gives each token its search-normalized form (`norm`), its light stem (`stem`) and its
// spelling-variant key (`key`), and splits sentences. Offsets always refer to the
// original text.
#ifndef MARSAD_TEXT_ANALYZER_H_
#define MARSAD_TEXT_ANALYZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text/light_stemmer.h"
#include "marsad/text/normalizer.h"
#include "marsad/text/sentence_splitter.h"
#include "marsad/text/token.h"
#include "marsad/text/variant_key.h"

namespace marsad::text {

struct AnalyzerOptions {
  NormalizerOptions normalizer = NormalizerOptions::Search();
  bool stems = true;      // compute `stem` (else stem == norm)
  bool keys = true;       // compute `key` (else key == norm)
  bool sentences = true;  // split sentences
};

struct AnalyzedToken {
  Token token;
  // Byte ranges in TextAnalysis's string pool. The stem lies inside the norm.
  std::uint32_t norm_pos = 0, norm_len = 0;
  std::uint32_t stem_pos = 0, stem_len = 0;
  std::uint32_t key_pos = 0, key_len = 0;
};

// The analysis of one text. Reusable: Analyzer::Analyze clears and refills it, keeping
// its buffers, so analysing a stream of documents allocates little.
class TextAnalysis {
 public:
  TextAnalysis() = default;
  TextAnalysis(const TextAnalysis&) = delete;
  TextAnalysis& operator=(const TextAnalysis&) = delete;
  TextAnalysis(TextAnalysis&&) noexcept = default;
  TextAnalysis& operator=(TextAnalysis&&) noexcept = default;

  std::vector<AnalyzedToken> tokens;
  std::vector<Sentence> sentences;

  std::string_view norm(std::size_t i) const { return View(tokens[i].norm_pos, tokens[i].norm_len); }
  std::string_view stem(std::size_t i) const { return View(tokens[i].stem_pos, tokens[i].stem_len); }
  std::string_view key(std::size_t i) const { return View(tokens[i].key_pos, tokens[i].key_len); }

 private:
  friend class Analyzer;
  std::string_view View(std::uint32_t pos, std::uint32_t len) const {
    return std::string_view(pool_.get() + pos, len);
  }
  // Returns room for `n` more bytes at the end of the pool (not yet counted in its size).
  char* Reserve(std::size_t n);
  std::unique_ptr<char[]> pool_;  // uninitialised growth: no zero-fill on the hot path
  std::size_t pool_size_ = 0;
  std::size_t pool_cap_ = 0;
};

// Immutable after construction; thread-safe. Building one costs a few milliseconds
// (tables and word lists): make one and share it.
class Analyzer {
 public:
  explicit Analyzer(AnalyzerOptions options = {});
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyses `text` into *out (cleared first). Never fails; invalid UTF-8 is skipped.
  // REQUIRES: text.size() < 4 GiB.
  void Analyze(std::string_view text, TextAnalysis* out) const;

  const Normalizer& normalizer() const { return normalizer_; }
  const LightStemmer& stemmer() const { return stemmer_; }
  const VariantKeyer& keyer() const { return keyer_; }
  const AnalyzerOptions& options() const { return options_; }

 private:
  AnalyzerOptions options_;
  Normalizer normalizer_;
  LightStemmer stemmer_;
  VariantKeyer keyer_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_ANALYZER_H_
