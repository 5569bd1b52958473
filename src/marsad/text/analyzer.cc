// Analyzer; see analyzer.h.
#include "marsad/text/analyzer.h"

#include <algorithm>
#include <cstring>

#include "marsad/text/tokenizer.h"

namespace marsad::text {

char* StringPool::Reserve(std::size_t n) {
  if (size_ + n > cap_) {
    std::size_t cap = cap_ == 0 ? 4096 : cap_;
    while (cap < size_ + n) cap *= 2;
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (size_ > 0) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
    cap_ = cap;
  }
  return data_.get() + size_;
}

std::uint32_t StringPool::Append(std::string_view s) {
  char* dst = Reserve(s.size());
  if (!s.empty()) std::memcpy(dst, s.data(), s.size());
  const auto pos = static_cast<std::uint32_t>(size_);
  size_ += s.size();
  return pos;
}

Analyzer::Analyzer(AnalyzerOptions options)
    : options_(options),
      normalizer_(options.normalizer),
      stemmer_(normalizer_),
      keyer_(normalizer_, stemmer_) {}

namespace {

// A fast hash of short byte strings (tokens): 8 bytes at a time, multiply and fold.
std::uint64_t HashToken(const char* p, std::size_t n, TokenKind kind) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0x100 + static_cast<std::uint64_t>(kind));
  while (n >= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    h ^= v;
  }
  // murmur3's fmix64: every input bit reaches the low bits that pick the slot.
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 33);
}

}  // namespace

void AnalysisCache::Clear() {
  std::fill(slots_.begin(), slots_.end(), 0);
  entries_.clear();
  arena_.Clear();
}

void AnalysisCache::GrowSlots() {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? std::size_t{1} << 15 : old.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint64_t v : old) {
    if (v == 0) continue;
    const Entry& e = entries_[(v & 0xFFFFFFFF) - 1];
    const bool inline_bytes = e.len <= Entry::kInline;
    const std::uint64_t h = HashToken(inline_bytes ? e.bytes : arena_.data() + e.bytes_pos,
                                      inline_bytes ? e.len : e.bytes_len, e.kind);
    std::size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = v;
  }
}

const AnalysisCache::Entry* AnalysisCache::Find(std::string_view bytes, TokenKind kind,
                                                std::uint64_t hash, std::size_t* slot) const {
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t tag = hash >> 32;
  std::size_t i = hash & mask;
  while (true) {
    const std::uint64_t v = slots_[i];
    if (v == 0) {
      *slot = i;
      return nullptr;
    }
    if ((v >> 32) == tag) {
      const Entry& e = entries_[(v & 0xFFFFFFFF) - 1];
      if (e.kind == kind) {
        if (e.len <= Entry::kInline) {
          if (e.len == bytes.size() && std::memcmp(e.bytes, bytes.data(), e.len) == 0) return &e;
        } else if (e.bytes_len == bytes.size() &&
                   std::memcmp(arena_.data() + e.bytes_pos, bytes.data(), bytes.size()) == 0) {
          return &e;
        }
      }
    }
    i = (i + 1) & mask;
  }
}

void AnalysisCache::Insert(std::string_view bytes, TokenKind kind, std::uint64_t hash,
                           std::size_t slot, std::string_view norm, std::size_t stem_off,
                           std::size_t stem_len, std::string_view key) {
  // Tokens too long for the 16-bit lengths are not remembered (they are rare).
  if (norm.size() > 0xFFFF || key.size() > 0xFFFF) return;
  Entry& e = entries_.emplace_back();
  e.kind = kind;
  if (bytes.size() <= Entry::kInline) {
    e.len = static_cast<std::uint8_t>(bytes.size());
    std::memcpy(e.bytes, bytes.data(), bytes.size());
  } else {
    e.len = Entry::kInline + 1;
    e.bytes_pos = arena_.Append(bytes);
    e.bytes_len = static_cast<std::uint32_t>(bytes.size());
  }
  e.pos = arena_.Append(norm);
  if (key != norm) arena_.Append(key);
  e.norm_len = static_cast<std::uint16_t>(norm.size());
  e.stem_off = static_cast<std::uint16_t>(stem_off);
  e.stem_len = static_cast<std::uint16_t>(stem_len);
  e.key_len = key != norm ? static_cast<std::uint16_t>(key.size()) : 0;
  slots_[slot] = (hash >> 32) << 32 | entries_.size();
  if (entries_.size() * 2 > slots_.size()) GrowSlots();
}

void Analyzer::AnalyzeToken(std::string_view text, const Token& t, StringPool* pool,
                            AnalyzedToken* a) const {
  std::string_view original = t.In(text);
  if (t.kind == TokenKind::kHashtag || t.kind == TokenKind::kMention) {
    original.remove_prefix(1);  // the sigil is not part of the word
  }
  char* buf = pool->Reserve(Normalizer::kMaxExpansion * original.size() + Normalizer::kSlack);
  const std::size_t len = normalizer_.NormalizeInto(original, buf);
  a->norm_pos = static_cast<std::uint32_t>(pool->size());
  a->norm_len = static_cast<std::uint32_t>(len);
  pool->Commit(len);
  a->stem_pos = a->norm_pos;
  a->stem_len = a->norm_len;
  a->key_pos = a->norm_pos;
  a->key_len = a->norm_len;
  if (t.kind != TokenKind::kArabicWord) return;

  const std::string_view norm(buf, len);
  if (options_.stems) {
    std::string_view stem =
        stemmer_.Stem(norm, StemMode::kFull, !StartsWithHamzatedAlefLam(original));
    a->stem_pos = a->norm_pos + static_cast<std::uint32_t>(stem.data() - norm.data());
    a->stem_len = static_cast<std::uint32_t>(stem.size());
  }
  if (options_.keys) {
    std::string key;
    keyer_.AppendKey(norm, &key);
    if (key != norm) {  // `norm` is not used after the pool may move below
      a->key_pos = pool->Append(key);
      a->key_len = static_cast<std::uint32_t>(key.size());
    }
  }
}

void Analyzer::Analyze(std::string_view text, TextAnalysis* out, AnalysisCache* cache) const {
  out->tokens.clear();
  out->sentences.clear();
  out->pool_.Clear();

  std::vector<Token>& tokens = out->scratch_;
  tokens.clear();
  Tokenize(text, &tokens);
  out->tokens.resize(tokens.size());

  if (cache == nullptr) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      out->tokens[i].token = tokens[i];
      AnalyzeToken(text, tokens[i], &out->pool_, &out->tokens[i]);
    }
  } else {
    if (cache->arena_.size() > AnalysisCache::kMaxBytes) cache->Clear();
    if (cache->slots_.empty()) cache->GrowSlots();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      AnalyzedToken& a = out->tokens[i];
      a.token = t;
      const std::string_view bytes = t.In(text);
      const std::uint64_t h = HashToken(bytes.data(), bytes.size(), t.kind);
      std::size_t slot;
      if (const AnalysisCache::Entry* e = cache->Find(bytes, t.kind, h, &slot)) {
        // Seen before: copy norm (and key) into this analysis.
        const std::size_t n = std::size_t{e->norm_len} + e->key_len;
        char* dst = out->pool_.Reserve(n);
        std::memcpy(dst, cache->arena_.data() + e->pos, n);
        const auto pos = static_cast<std::uint32_t>(out->pool_.size());
        out->pool_.Commit(n);
        a.norm_pos = pos;
        a.norm_len = e->norm_len;
        a.stem_pos = pos + e->stem_off;
        a.stem_len = e->stem_len;
        a.key_pos = e->key_len != 0 ? pos + e->norm_len : pos;
        a.key_len = e->key_len != 0 ? e->key_len : e->norm_len;
        continue;
      }
      AnalyzeToken(text, t, &out->pool_, &a);
      const std::string_view norm(out->pool_.data() + a.norm_pos, a.norm_len);
      cache->Insert(bytes, t.kind, h, slot, norm, a.stem_pos - a.norm_pos, a.stem_len,
                    std::string_view(out->pool_.data() + a.key_pos, a.key_len));
    }
  }
  if (options_.sentences) out->sentences = SplitSentences(text, tokens);
}

}  // namespace marsad::text
