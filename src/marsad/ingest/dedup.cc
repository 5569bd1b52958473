// Fingerprints and the Deduplicator; see dedup.h.
#include "marsad/ingest/dedup.h"

#include <algorithm>
#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "marsad/ingest/hash.h"

namespace marsad::ingest {

namespace {

// Counts, for each of the 64 bits, how many added hashes have it set: 64 byte-wide
// counters (with SSE2 in four 16-byte registers: a hash's bits spread to one byte each by
// unpacking, tested against each byte's bit and subtracted as -1, some 20 instructions
// instead of eight table look-ups and adds), flushed into 32-bit totals before a byte
// counter can overflow.
class BitCounter {
 public:
  void Add(std::uint64_t h) {
#if defined(__SSE2__)
    __m128i v = _mm_cvtsi64_si128(static_cast<long long>(h));
    v = _mm_unpacklo_epi8(v, v);                   // each byte twice
    const __m128i lo = _mm_unpacklo_epi16(v, v);  // bytes 0-3, four times each
    const __m128i hi = _mm_unpackhi_epi16(v, v);  // bytes 4-7
    const __m128i bit = _mm_set_epi8(-128, 64, 32, 16, 8, 4, 2, 1, -128, 64, 32, 16, 8, 4, 2, 1);
    const auto count = [&](__m128i& lane, __m128i bytes) {  // bytes: eight copies of two bytes
      lane = _mm_sub_epi8(lane, _mm_cmpeq_epi8(_mm_and_si128(bytes, bit), bit));
    };
    count(lanes_[0], _mm_unpacklo_epi32(lo, lo));  // bits 0-15
    count(lanes_[1], _mm_unpackhi_epi32(lo, lo));
    count(lanes_[2], _mm_unpacklo_epi32(hi, hi));
    count(lanes_[3], _mm_unpackhi_epi32(hi, hi));
#else
    for (int j = 0; j < 8; ++j) lanes_[j] += Spread()[(h >> (8 * j)) & 0xFF];
#endif
    if (++pending_ == 255) Flush();
  }
  // The SimHash: bit b set when more than half of the added hashes have it.
  std::uint64_t Majority() {
    Flush();
    std::uint64_t out = 0;
    for (int b = 0; b < 64; ++b) {
      if (2 * ones_[static_cast<std::size_t>(b)] > total_) out |= std::uint64_t{1} << b;
    }
    return out;
  }

 private:
#if defined(__SSE2__)
  void Flush() {
    for (int k = 0; k < 4; ++k) {
      alignas(16) std::uint8_t bytes[16];
      _mm_store_si128(reinterpret_cast<__m128i*>(bytes), lanes_[k]);
      for (int i = 0; i < 16; ++i) ones_[static_cast<std::size_t>(16 * k + i)] += bytes[i];
      lanes_[k] = _mm_setzero_si128();
    }
    total_ += pending_;
    pending_ = 0;
  }
  __m128i lanes_[4] = {_mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128()};
#else
  // Spread()[x] has byte i = bit i of x.
  static const std::array<std::uint64_t, 256>& Spread() {
    static const std::array<std::uint64_t, 256> table = [] {
      std::array<std::uint64_t, 256> t{};
      for (unsigned x = 0; x < 256; ++x) {
        for (unsigned i = 0; i < 8; ++i) t[x] |= std::uint64_t{(x >> i) & 1u} << (8 * i);
      }
      return t;
    }();
    return table;
  }
  void Flush() {
    for (int j = 0; j < 8; ++j) {
      for (int i = 0; i < 8; ++i) ones_[static_cast<std::size_t>(8 * j + i)] += (lanes_[j] >> (8 * i)) & 0xFF;
      lanes_[j] = 0;
    }
    total_ += pending_;
    pending_ = 0;
  }
  std::uint64_t lanes_[8] = {};
#endif
  std::array<std::uint32_t, 64> ones_{};
  std::uint32_t pending_ = 0;
  std::uint32_t total_ = 0;
};

}  // namespace

store::Fingerprint ComputeFingerprint(const text::TextAnalysis& analysis) {
  std::uint64_t content = 0x51ED270B27F1A3C5ULL;
  BitCounter bits;
  std::uint64_t w0 = 0, w1 = 0;  // the two previous word hashes
  std::size_t n = 0;
  // The norms are in the analysis cache's arena, wherever each token was first seen: on a
  // large corpus nearly every read misses the CPU caches, so the norm of token i + kAhead
  // is requested while token i is hashed.
  constexpr std::size_t kAhead = 16;
  const std::size_t count = analysis.tokens.size();
  if (count == 0) return {content, 0, 0};
  // Every norm is at its strings.pos from one base: found once here, since norm(i) would
  // test which arena holds the strings at every token (twice, with the prefetch).
  const char* const base = analysis.norm(0).data() - analysis.tokens[0].strings.pos;
  const text::AnalyzedToken* const tokens = analysis.tokens.data();
  const auto norm = [&](std::size_t i) {
    return std::string_view(base + tokens[i].strings.pos, tokens[i].strings.norm_len);
  };
  for (std::size_t i = 0; i < std::min(kAhead, count); ++i) __builtin_prefetch(norm(i).data());
  for (std::size_t i = 0; i < count; ++i) {
    if (i + kAhead < count) __builtin_prefetch(norm(i + kAhead).data());
    const text::TokenKind kind = tokens[i].token.kind;
    if (!text::IsWordLike(kind) && kind != text::TokenKind::kNumber) continue;
    const std::uint64_t h = Hash64(norm(i));
    content = HashMix(content, h);
    ++n;
    if (n >= 3) bits.Add(HashMix(HashMix(w0, w1), h));
    w0 = w1;
    w1 = h;
  }
  if (n > 0 && n < 3) bits.Add(content);  // too short for shingles: hash the words themselves
  return {content, bits.Majority(), static_cast<std::uint32_t>(n)};
}

int HammingDistance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::optional<Deduplicator::Match> Deduplicator::Find(std::string_view id,
                                                      const store::Fingerprint& fp) const {
  if (auto it = exact_.find(fp.content); it != exact_.end()) {
    const Kept& k = kept_[it->second];
    if (k.live && k.id != id && k.fp.content == fp.content) {
      return Match{k.id, store::DuplicateKind::kExact, 0};
    }
  }
  if (fp.words < options_.min_near_tokens) return std::nullopt;
  std::optional<Match> best;
  std::uint32_t best_index = 0;
  for (int band = 0; band < 4; ++band) {
    const auto value = static_cast<std::uint32_t>((fp.simhash >> (16 * band)) & 0xFFFF);
    auto it = bands_[band].find(value);
    if (it == bands_[band].end()) continue;
    for (std::uint32_t index : it->second) {
      const Kept& k = kept_[index];
      if (!k.live || k.id == id) continue;
      const int d = HammingDistance(k.fp.simhash, fp.simhash);
      // The earliest kept document wins among equally close ones.
      if (d <= options_.max_distance && (!best || d < best->distance || (d == best->distance && index < best_index))) {
        best = Match{k.id, d == 0 && k.fp.content == fp.content ? store::DuplicateKind::kExact
                                                                : store::DuplicateKind::kNear,
                     d};
        best_index = index;
      }
    }
  }
  return best;
}

void Deduplicator::Add(std::string_view id, const store::Fingerprint& fp) {
  auto [it, inserted] = ids_.try_emplace(std::string(id), static_cast<std::uint32_t>(kept_.size()));
  if (!inserted) {
    kept_[it->second].live = false;
    it->second = static_cast<std::uint32_t>(kept_.size());
  }
  const auto index = static_cast<std::uint32_t>(kept_.size());
  kept_.push_back({std::string(id), fp, fp.words >= options_.min_near_tokens, true});
  auto [e, fresh] = exact_.try_emplace(fp.content, index);
  if (!fresh && !kept_[e->second].live) e->second = index;
  if (kept_.back().near) {
    for (int band = 0; band < 4; ++band) {
      bands_[band][static_cast<std::uint32_t>((fp.simhash >> (16 * band)) & 0xFFFF)].push_back(index);
    }
  }
}

}  // namespace marsad::ingest
