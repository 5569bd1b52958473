// Analyzer; see analyzer.h.
#include "marsad/text/analyzer.h"

#include <algorithm>
#include <cstring>

#include "marsad/text/tokenizer.h"

namespace marsad::text {
namespace {

// Compares n bytes with 8-byte loads; both buffers must have n readable bytes.
inline bool BytesEqual(const char* a, const char* b, std::size_t n) {
  if (n < 8) return internal::LoadTail(a, n) == internal::LoadTail(b, n);
  for (std::size_t i = 0; i + 8 <= n; i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a + i, 8);
    std::memcpy(&y, b + i, 8);
    if (x != y) return false;
  }
  std::uint64_t x, y;
  std::memcpy(&x, a + n - 8, 8);
  std::memcpy(&y, b + n - 8, 8);
  return x == y;
}

constexpr std::size_t kFirstSlots = std::size_t{1} << 15;

// Where a token's probe starts: the first slot of a cache line (two slots), so the slot
// the prefetch brought and its neighbour are both read before the next line is needed.
inline std::size_t FirstSlot(std::uint64_t hash, std::size_t mask) {
  return hash & mask & ~std::size_t{1};
}

}  // namespace

StringArena::StringArena(std::size_t reserve) : stable_(true) { buffer_.Grow(reserve); }

char* StringArena::Reserve(std::size_t n) {
  if (stable_) return buffer_.data() + size_;
  if (size_ + n > cap_) {
    std::size_t cap = cap_ == 0 ? 4096 : cap_;
    while (cap < size_ + n) cap *= 2;
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (size_ > 0) std::memcpy(bigger.get(), heap_.get(), size_);
    heap_ = std::move(bigger);
    cap_ = cap;
  }
  return heap_.get() + size_;
}

std::uint32_t StringArena::Append(std::string_view s) {
  char* dst = Reserve(s.size());
  if (!s.empty()) std::memcpy(dst, s.data(), s.size());
  const auto pos = static_cast<std::uint32_t>(size_);
  size_ += s.size();
  return pos;
}

void AnalysisCache::GrowSlots() {
  LargeArray<Slot> old = std::move(slots_);
  slots_ = LargeArray<Slot>();
  slots_.AssignZeros(old.empty() ? kFirstSlots : old.size() * 2);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.len == 0) continue;
    std::uint64_t lo, hi;
    std::memcpy(&lo, s.head, 8);
    std::memcpy(&hi, s.head + 8, 8);
    std::size_t i = FirstSlot(internal::HashTokenHead(lo, hi, BytesOf(s), s.len, s.kind), mask);
    while (slots_[i].len != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void AnalysisCache::MakeRoom(std::size_t bytes) {
  if (arena_ && arena_->size() + bytes <= arena_->capacity()) return;
  // A new generation: analyses made so far keep the old arena alive through their
  // shared_ptr; the memo starts empty.
  arena_ = std::make_shared<StringArena>(std::max(kMaxBytes, bytes));
  slots_ = LargeArray<Slot>();
  slots_.AssignZeros(kFirstSlots);
  used_ = 0;
}

inline const AnalysisCache::Slot* AnalysisCache::Find(std::string_view bytes, TokenKind kind,
                                                      const TokenKey& key, std::size_t* slot) const {
  const std::size_t mask = slots_.size() - 1;
  const std::size_t n = bytes.size();
  std::size_t i = FirstSlot(key.hash, mask);
  while (true) {
    const Slot& s = slots_[i];
    if (s.len == 0) {
      *slot = i;
      return nullptr;
    }
    std::uint64_t lo, hi;
    std::memcpy(&lo, s.head, 8);
    std::memcpy(&hi, s.head + 8, 8);
    // Length, kind and the first 16 bytes in one test; longer tokens then their rest.
    if (((s.len ^ n) | static_cast<std::uint64_t>(static_cast<std::uint8_t>(s.kind) ^ static_cast<std::uint8_t>(kind)) |
         (lo ^ key.lo) | (hi ^ key.hi)) == 0 &&
        (n <= Slot::kHead ||
         BytesEqual(BytesOf(s) + Slot::kHead, bytes.data() + Slot::kHead, n - Slot::kHead))) {
      return &s;
    }
    i = (i + 1) & mask;
  }
}

inline void AnalysisCache::Prefetch(std::uint64_t hash) const {
  __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
}

void AnalysisCache::Insert(std::string_view bytes, TokenKind kind, const TokenKey& key,
                           std::size_t slot, const TokenStrings& strings, std::uint8_t tag) {
  Slot& s = slots_[slot];
  s = Slot{};
  s.kind = kind;
  s.tag = tag;
  s.len = static_cast<std::uint16_t>(bytes.size());
  s.strings = strings;
  std::memcpy(s.head, &key.lo, 8);
  std::memcpy(s.head + 8, &key.hi, 8);
  if (bytes.size() > Slot::kHead) arena_->Append(bytes);  // right after the token's strings
  if (++used_ * 4 > slots_.size() * 3) GrowSlots();
}

void AnalysisCache::UseTagger(const TokenTagger* tagger) {
  if (tagger == nullptr || tagger == tagger_) return;
  tagger_ = tagger;
  if (used_ == 0) return;
  // The arena stays (analyses may point into it); only the memo starts afresh.
  slots_ = LargeArray<Slot>();
  slots_.AssignZeros(kFirstSlots);
  used_ = 0;
}

Analyzer::Analyzer(AnalyzerOptions options)
    : options_(options),
      normalizer_(options.normalizer),
      stemmer_(normalizer_),
      keyer_(normalizer_, stemmer_) {}

namespace {

// `tagger`'s byte for a token whose norm `strings` holds in `arena` (0 without a tagger).
std::uint8_t TagOf(const TokenTagger* tagger, TokenKind kind, const StringArena& arena, TokenStrings strings) {
  return tagger != nullptr ? tagger->Tag(kind, {arena.data() + strings.pos, strings.norm_len}) : 0;
}

}  // namespace

TokenStrings Analyzer::AnalyzeToken(std::string_view text, const Token& t, StringArena* arena) const {
  std::string_view original = t.In(text);
  if (t.kind == TokenKind::kHashtag || t.kind == TokenKind::kMention) {
    original.remove_prefix(1);  // the sigil is not part of the word
  }
  char* buf = arena->Reserve(Normalizer::kMaxExpansion * original.size() + Normalizer::kSlack);
  const std::size_t len = normalizer_.NormalizeInto(original, buf);
  TokenStrings s;
  s.pos = static_cast<std::uint32_t>(arena->size());
  s.norm_len = static_cast<std::uint16_t>(len);
  s.stem_len = s.norm_len;
  arena->Commit(len);
  if (t.kind != TokenKind::kArabicWord) return s;

  const std::string_view norm(buf, len);
  if (options_.stems) {
    std::string_view stem =
        stemmer_.Stem(norm, StemMode::kFull, !StartsWithHamzatedAlefLam(original));
    s.stem_off = static_cast<std::uint16_t>(stem.data() - norm.data());
    s.stem_len = static_cast<std::uint16_t>(stem.size());
  }
  if (options_.keys) {
    std::string key;
    keyer_.AppendKey(norm, &key);
    if (key != norm) {  // `norm` is not used after the arena may move below
      arena->Append(key);
      s.key_len = static_cast<std::uint16_t>(key.size());
    }
  }
  return s;
}

void Analyzer::Analyze(std::string_view text, TextAnalysis* out, AnalysisCache* cache) const {
  out->tokens.clear();
  out->sentences.clear();
  std::vector<Token>& tokens = out->scratch_;
  tokens.clear();
  if (cache != nullptr) {
    cache->scan_.clear();
    Tokenize(text, &tokens, &cache->scan_);  // keys and sentence cues in the same read
  } else {
    Tokenize(text, &tokens);
  }
  out->tokens.reserve(tokens.size());
  // Room for every string this text could add: norms (kMaxExpansion per byte), keys (no
  // longer than their text) and long token bytes.
  const std::size_t room =
      (Normalizer::kMaxExpansion + 2) * text.size() + Normalizer::kSlack * (tokens.size() + 1);

  if (cache == nullptr) {
    out->tagger_ = options_.tagger;
    out->shared_.reset();
    out->own_.Clear();
    for (Token t : tokens) {
      const TokenStrings strings = AnalyzeToken(text, t, &out->own_);
      t.tag = TagOf(options_.tagger, t.kind, out->own_, strings);
      out->tokens.push_back({t, strings});
    }
  } else {
    cache->UseTagger(options_.tagger);
    cache->MakeRoom(room);
    // The cache's tags are its tagger's, whichever analyzer asks (see UseTagger).
    const TokenTagger* const tagger = cache->tagger_;
    out->tagger_ = tagger;
    out->shared_ = cache->arena_;
    StringArena* arena = cache->arena_.get();
    // Look the tokens up with the slot of token i + kAhead requested ahead, so the cache
    // misses of a big vocabulary overlap.
    const TokenKey* const keys = cache->scan_.keys.data();
    const std::size_t n = tokens.size();
    constexpr std::size_t kAhead = 16;
    for (std::size_t i = 0; i < std::min(kAhead, n); ++i) cache->Prefetch(keys[i].hash);
    // Each AnalyzedToken is written once, by index into the vector sized once: a
    // push_back's store through the vector's end pointer would make g++ reload every
    // pointer the loop reads (it lets all pointer types alias).
    out->tokens.resize(n);
    AnalyzedToken* const analyzed = out->tokens.data();
    for (std::size_t i = 0; i < n; ++i) {
      if (i + kAhead < n) cache->Prefetch(keys[i + kAhead].hash);
      Token t = tokens[i];
      const std::string_view bytes(text.data() + t.begin, t.end - t.begin);
      std::size_t slot;
      if (const AnalysisCache::Slot* s = cache->Find(bytes, t.kind, keys[i], &slot)) {
        t.tag = s->tag;
        analyzed[i] = {t, s->strings};  // seen before: point at its strings
        continue;
      }
      const TokenStrings strings = AnalyzeToken(text, t, arena);
      t.tag = TagOf(tagger, t.kind, *arena, strings);
      cache->Insert(bytes, t.kind, keys[i], slot, strings, t.tag);
      analyzed[i] = {t, strings};
    }
  }
  if (options_.sentences) {
    if (cache != nullptr) {
      SplitSentences(text, tokens, cache->scan_.cues, &out->sentences);
    } else {
      SplitSentences(text, tokens, &out->sentences);
    }
  }
}

}  // namespace marsad::text
