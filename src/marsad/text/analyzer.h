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

#include "marsad/text/large_buffer.h"
#include "marsad/text/light_stemmer.h"
#include "marsad/text/normalizer.h"
#include "marsad/text/sentence_splitter.h"
#include "marsad/text/token.h"
#include "marsad/text/token_key.h"
#include "marsad/text/tokenizer.h"
#include "marsad/text/variant_key.h"

namespace marsad::text {

// A byte of a caller's own meaning for a token (a class of words a later pass looks for),
// given by its kind and norm. An analysis cache asks once per distinct token and keeps the
// byte beside the token's strings, and every analysed token carries it (Token::tag): a pass
// that looks for a few words among all of a text's then tests the token array it reads
// anyway, instead of reading each word's bytes from the arena again. Must be thread-safe.
class TokenTagger {
 public:
  virtual ~TokenTagger() = default;
  virtual std::uint8_t Tag(TokenKind kind, std::string_view norm) const = 0;
};

struct AnalyzerOptions {
  NormalizerOptions normalizer = NormalizerOptions::Search();
  bool stems = true;      // compute `stem` (else stem == norm)
  bool keys = true;       // compute `key` (else key == norm)
  bool sentences = true;  // split sentences
  const TokenTagger* tagger = nullptr;  // sets Token::tag (must outlive the analyzer)
};

// Where a token's analysis strings are: norm at `pos` in the strings of its TextAnalysis,
// the stem inside the norm, the key after the norm (or the norm itself when key_len is 0).
struct TokenStrings {
  std::uint32_t pos = 0;
  std::uint16_t norm_len = 0;
  std::uint16_t stem_off = 0;
  std::uint16_t stem_len = 0;
  std::uint16_t key_len = 0;  // 0: the key is the norm
};

struct AnalyzedToken {
  Token token;
  TokenStrings strings;
};

// An append-only byte arena. A `stable` arena reserves its address range up front and
// never moves, so other objects may keep pointers into it.
class StringArena {
 public:
  StringArena() = default;
  // A stable arena that can hold `reserve` bytes (address space only until written).
  explicit StringArena(std::size_t reserve);
  StringArena(StringArena&&) noexcept = default;
  StringArena& operator=(StringArena&&) noexcept = default;

  // Returns room for `n` more bytes at the end; Commit(k) then keeps k of them.
  // REQUIRES (stable arenas): size() + n <= capacity().
  char* Reserve(std::size_t n);
  void Commit(std::size_t n) { size_ += n; }
  std::uint32_t Append(std::string_view s);  // returns the offset
  void Clear() { size_ = 0; }
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return stable_ ? buffer_.capacity() : cap_; }
  const char* data() const { return stable_ ? buffer_.data() : heap_.get(); }

 private:
  bool stable_ = false;
  LargeBuffer buffer_;             // stable arenas
  std::unique_ptr<char[]> heap_;   // others: grown by copying, not zero-filled
  std::size_t size_ = 0;
  std::size_t cap_ = 0;
};

// The analysis of one text. Reusable: Analyzer::Analyze clears and refills it, keeping
// its buffers, so analysing a stream of documents allocates little. Movable; its strings
// stay valid as long as it lives, whichever cache made it.
class TextAnalysis {
 public:
  TextAnalysis() = default;
  TextAnalysis(const TextAnalysis&) = delete;
  TextAnalysis& operator=(const TextAnalysis&) = delete;
  TextAnalysis(TextAnalysis&&) noexcept = default;
  TextAnalysis& operator=(TextAnalysis&&) noexcept = default;

  std::vector<AnalyzedToken> tokens;
  std::vector<Sentence> sentences;

  std::string_view norm(std::size_t i) const {
    const TokenStrings& s = tokens[i].strings;
    return {base() + s.pos, s.norm_len};
  }
  std::string_view stem(std::size_t i) const {
    const TokenStrings& s = tokens[i].strings;
    return {base() + s.pos + s.stem_off, s.stem_len};
  }
  std::string_view key(std::size_t i) const {
    const TokenStrings& s = tokens[i].strings;
    return s.key_len == 0 ? std::string_view(base() + s.pos, s.norm_len)
                          : std::string_view(base() + s.pos + s.norm_len, s.key_len);
  }
  // The tagger whose bytes the tokens' Token::tag are, or null (no tags): the analyzer's
  // (AnalyzerOptions::tagger), or through a cache the cache's (AnalysisCache::UseTagger). A
  // reader trusts the tags only when this is the tagger it means.
  const TokenTagger* tagger() const { return tagger_; }
  // The arena of the AnalysisCache that made this analysis (null without a cache). Within
  // one arena a token's strings.pos names its norm, stem and key, so an indexer may memo
  // per position; holding this pointer keeps the address from being reused meanwhile.
  const std::shared_ptr<const StringArena>& cache_arena() const { return shared_; }

 private:
  friend class Analyzer;
  const char* base() const { return shared_ ? shared_->data() : own_.data(); }
  std::vector<Token> scratch_;                 // the tokenizer's output, reused between calls
  std::shared_ptr<const StringArena> shared_;  // the cache's arena, when a cache made it
  StringArena own_;                            // otherwise its own strings
  const TokenTagger* tagger_ = nullptr;
};

// A memo of token analyses for one thread. News vocabulary is Zipfian: most tokens repeat,
// so an Analyzer given a cache analyses each distinct token once; a TextAnalysis made with
// the cache then points at the cache's strings instead of copying them (it keeps them
// alive). Memory is bounded: after kMaxBytes of strings the cache starts afresh (analyses
// still holding the old strings keep them until they are gone). Not thread-safe: one per
// thread.
class AnalysisCache {
 public:
  AnalysisCache() = default;
  AnalysisCache(const AnalysisCache&) = delete;
  AnalysisCache& operator=(const AnalysisCache&) = delete;

  static constexpr std::size_t kMaxBytes = std::size_t{64} << 20;
  // Distinct tokens remembered.
  std::size_t size() const { return used_; }

 private:
  friend class Analyzer;
  // A remembered token, stored in the hash table itself so that a lookup touches one
  // cache line (two slots per line): the token's first kHead bytes (zero-padded; longer
  // tokens keep all their bytes in the arena, after their strings), its length and kind,
  // and where its strings are. len == 0: an empty slot (no token is empty).
  struct Slot {
    static constexpr std::size_t kHead = TokenKey::kHead;
    char head[kHead];
    TokenStrings strings;
    std::uint16_t len;
    TokenKind kind;
    std::uint8_t tag;  // the tagger's byte (tagger_)
  };
  static_assert(sizeof(Slot) == 32);
  // Returns the slot holding the token, or nullptr with *slot the empty one to fill.
  const Slot* Find(std::string_view bytes, TokenKind kind, const TokenKey& key,
                   std::size_t* slot) const;
  void Insert(std::string_view bytes, TokenKind kind, const TokenKey& key, std::size_t slot,
              const TokenStrings& strings, std::uint8_t tag);
  // Takes `tagger` for the slots' tags. The cache keeps one tagger: the first non-null one
  // asked for; an analyzer without a tagger leaves it (its tokens are tagged by the cache's,
  // so a stage analysing a title with an analyzer of its own, through the worker's cache,
  // neither loses the memo nor stores tokens untagged). Another non-null tagger, or a first
  // one after tokens were stored untagged, makes the cache forget its tokens.
  void UseTagger(const TokenTagger* tagger);
  void GrowSlots();
  // Makes sure the arena can take `bytes` more; starts a new generation when it cannot.
  void MakeRoom(std::size_t bytes);
  // The bytes of a stored token.
  const char* BytesOf(const Slot& s) const {
    return s.len <= Slot::kHead
               ? s.head
               : arena_->data() + s.strings.pos + s.strings.norm_len + s.strings.key_len;
  }
  // Hints the slot a later Find(hash) reads first: lookups miss the CPU caches on a large
  // vocabulary, and asking a few tokens ahead overlaps those misses.
  void Prefetch(std::uint64_t hash) const;

  // Open addressing with linear probing, power-of-two size, at most 3/4 full.
  LargeArray<Slot> slots_;
  std::size_t used_ = 0;
  std::shared_ptr<StringArena> arena_;
  const TokenTagger* tagger_ = nullptr;  // whose bytes the slots' tags are (UseTagger)
  TokenScan scan_;  // the keys and sentence cues of the text being analysed
};

// Immutable after construction; thread-safe. Building one costs a few milliseconds
// (tables and word lists): make one and share it.
class Analyzer {
 public:
  explicit Analyzer(AnalyzerOptions options = {});
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyses `text` into *out (cleared first). Never fails; invalid UTF-8 is skipped.
  // With a cache, tokens seen before are not analysed again (same result, much faster).
  // REQUIRES: text.size() < 4 GiB.
  void Analyze(std::string_view text, TextAnalysis* out, AnalysisCache* cache = nullptr) const;

  const Normalizer& normalizer() const { return normalizer_; }
  const LightStemmer& stemmer() const { return stemmer_; }
  const VariantKeyer& keyer() const { return keyer_; }
  const AnalyzerOptions& options() const { return options_; }

 private:
  // Appends norm and key of token `t` of `text` to *arena; returns where they are.
  TokenStrings AnalyzeToken(std::string_view text, const Token& t, StringArena* arena) const;

  AnalyzerOptions options_;
  Normalizer normalizer_;
  LightStemmer stemmer_;
  VariantKeyer keyer_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_ANALYZER_H_
