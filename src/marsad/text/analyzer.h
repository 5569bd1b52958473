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

// A growable byte buffer that does not zero what it allocates (std::string would).
class StringPool {
 public:
  StringPool() = default;
  StringPool(StringPool&&) noexcept = default;
  StringPool& operator=(StringPool&&) noexcept = default;
  // Returns room for `n` more bytes at the end; Commit(k) then keeps k of them.
  char* Reserve(std::size_t n);
  void Commit(std::size_t n) { size_ += n; }
  std::uint32_t Append(std::string_view s);  // returns the offset
  void Clear() { size_ = 0; }
  std::size_t size() const { return size_; }
  const char* data() const { return data_.get(); }

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t cap_ = 0;
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
    return std::string_view(pool_.data() + pos, len);
  }
  std::vector<Token> scratch_;  // the tokenizer's output, reused between calls
  StringPool pool_;
};

// A memo of token analyses for one thread. News vocabulary is Zipfian: most tokens repeat,
// so an Analyzer given a cache analyses each distinct token once and copies the result
// afterwards. Memory is bounded (kMaxBytes, then the memo starts over). Not thread-safe:
// one per thread.
class AnalysisCache {
 public:
  AnalysisCache() = default;
  AnalysisCache(const AnalysisCache&) = delete;
  AnalysisCache& operator=(const AnalysisCache&) = delete;

  static constexpr std::size_t kMaxBytes = std::size_t{64} << 20;
  std::size_t size() const { return entries_.size(); }

 private:
  friend class Analyzer;
  // A remembered token: its bytes and kind (short tokens inline, so a lookup touches one
  // cache line), and its norm and key in the arena; the stem is a substring of the norm.
  struct Entry {
    static constexpr std::size_t kInline = 22;
    std::uint8_t len = 0;  // token bytes; kInline + 1: they are in the arena at bytes_pos
    TokenKind kind = TokenKind::kWord;
    char bytes[kInline];
    std::uint32_t bytes_pos = 0;
    std::uint32_t bytes_len = 0;
    std::uint32_t pos = 0;       // norm then key in the arena
    std::uint16_t norm_len = 0;
    std::uint16_t stem_off = 0;  // stem = norm.substr(stem_off, stem_len)
    std::uint16_t stem_len = 0;
    std::uint16_t key_len = 0;   // 0: the key is the norm
  };
  // Returns the entry for the token, or nullptr with *slot where to insert it.
  const Entry* Find(std::string_view bytes, TokenKind kind, std::uint64_t hash,
                    std::size_t* slot) const;
  void Insert(std::string_view bytes, TokenKind kind, std::uint64_t hash, std::size_t slot,
              std::string_view norm, std::size_t stem_off, std::size_t stem_len,
              std::string_view key);
  void GrowSlots();
  void Clear();

  // Open addressing, power-of-two size: (hash tag << 32 | entry index + 1), 0 when empty.
  std::vector<std::uint64_t> slots_;
  std::vector<Entry> entries_;  // in first-seen order: frequent tokens come first
  StringPool arena_;
};

// Immutable after construction; thread-safe. Building one costs a few milliseconds
// (tables and word lists): make one and share it.
class Analyzer {
 public:
  explicit Analyzer(AnalyzerOptions options = {});
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyses `text` into *out (cleared first). Never fails; invalid UTF-8 is skipped.
  // With a cache, tokens seen before are copied from it (same result, much faster).
  // REQUIRES: text.size() < 4 GiB.
  void Analyze(std::string_view text, TextAnalysis* out, AnalysisCache* cache = nullptr) const;

  const Normalizer& normalizer() const { return normalizer_; }
  const LightStemmer& stemmer() const { return stemmer_; }
  const VariantKeyer& keyer() const { return keyer_; }
  const AnalyzerOptions& options() const { return options_; }

 private:
  // Computes norm, stem and key of token `t` of `text` into *pool.
  void AnalyzeToken(std::string_view text, const Token& t, StringPool* pool,
                    AnalyzedToken* a) const;

  AnalyzerOptions options_;
  Normalizer normalizer_;
  LightStemmer stemmer_;
  VariantKeyer keyer_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_ANALYZER_H_
