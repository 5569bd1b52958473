// Fingerprints and the Deduplicator; see dedup.h.
#include "marsad/ingest/dedup.h"

#include <array>
#include <bit>

#include "marsad/ingest/hash.h"

namespace marsad::ingest {

store::Fingerprint ComputeFingerprint(const text::TextAnalysis& analysis) {
  std::uint64_t content = 0x51ED270B27F1A3C5ULL;
  std::array<int, 64> weights{};
  std::uint64_t w0 = 0, w1 = 0;  // the two previous word hashes
  std::size_t n = 0;
  for (std::size_t i = 0; i < analysis.tokens.size(); ++i) {
    const text::TokenKind kind = analysis.tokens[i].token.kind;
    if (!text::IsWordLike(kind) && kind != text::TokenKind::kNumber) continue;
    const std::uint64_t h = Hash64(analysis.norm(i));
    content = HashMix(content, h);
    ++n;
    if (n >= 3) {
      const std::uint64_t shingle = HashMix(HashMix(w0, w1), h);
      for (int b = 0; b < 64; ++b) weights[static_cast<std::size_t>(b)] += ((shingle >> b) & 1) != 0 ? 1 : -1;
    }
    w0 = w1;
    w1 = h;
  }
  if (n > 0 && n < 3) {  // too short for shingles: hash the words themselves
    for (int b = 0; b < 64; ++b) weights[static_cast<std::size_t>(b)] += ((content >> b) & 1) != 0 ? 1 : -1;
  }
  std::uint64_t simhash = 0;
  for (int b = 0; b < 64; ++b) {
    if (weights[static_cast<std::size_t>(b)] > 0) simhash |= std::uint64_t{1} << b;
  }
  return {content, simhash, static_cast<std::uint32_t>(n)};
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
