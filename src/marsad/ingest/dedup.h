// Duplicate detection. An exact duplicate has the same normalized content (the search forms
// of its words, in order); a near duplicate has a 64-bit SimHash (Charikar 2002; Manku et al.
// 2007, "Detecting near-duplicates for web crawling") over word 3-shingles within Hamming
// distance 3 of a stored document's. Candidates are found by splitting the hash into four
// 16-bit bands: two hashes within distance 3 agree on at least one band.
#ifndef MARSAD_INGEST_DEDUP_H_
#define MARSAD_INGEST_DEDUP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::ingest {

struct DedupOptions {
  int max_distance = 3;               // SimHash bits that may differ (at most 3: four bands)
  std::size_t min_near_tokens = 50;   // shorter texts are compared exactly only
};

// The fingerprint of a text from its analysis: content hash of the normalized words and
// numbers, the SimHash of their 3-shingles, and the number of words.
store::Fingerprint ComputeFingerprint(const text::TextAnalysis& analysis);

int HammingDistance(std::uint64_t a, std::uint64_t b);

// Remembers the fingerprints of the documents kept so far and finds the first one a new
// document duplicates. Not thread-safe (the store writer owns it).
class Deduplicator {
 public:
  explicit Deduplicator(DedupOptions options = {}) : options_(options) {}

  struct Match {
    std::string id;
    store::DuplicateKind kind = store::DuplicateKind::kExact;
    int distance = 0;
  };

  // The kept document that `fp` duplicates (never `id` itself), or nullopt. Texts shorter
  // than options.min_near_tokens words get no near-duplicate check.
  std::optional<Match> Find(std::string_view id, const store::Fingerprint& fp) const;

  // Records `id` as kept with `fp` (replacing what was recorded for `id`).
  void Add(std::string_view id, const store::Fingerprint& fp);

  std::size_t size() const { return ids_.size(); }

 private:
  struct Kept {
    std::string id;
    store::Fingerprint fp;
    bool near = false;  // indexed in the bands
    bool live = true;   // false once replaced
  };
  DedupOptions options_;
  std::vector<Kept> kept_;
  std::unordered_map<std::string, std::uint32_t> ids_;            // id -> index in kept_
  std::unordered_map<std::uint64_t, std::uint32_t> exact_;        // content -> first index
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> bands_[4];  // band value -> indices
};

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_DEDUP_H_
