// Aligner: learns how Arabic spellings and Latin spellings of names correspond, by
// many-to-many expectation-maximization over all segmentations of each pair into
// graphones (Jiampojamarn, Kondrak & Sherif, "Applying Many-to-Many Alignments and Hidden
// Markov Models to Letter-to-Phoneme Conversion", NAACL 2007 — the m2m-aligner that
// Phonetisaurus builds on), then cuts every pair along its most probable segmentation.
#ifndef MARSAD_TRANSLIT_ALIGNER_H_
#define MARSAD_TRANSLIT_ALIGNER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "marsad/translit/graphone.h"

namespace marsad::translit {

struct AlignerOptions {
  std::size_t max_source = 2;      // Arabic letters per graphone, 1..kMaxSourceChunk
  std::size_t max_target = 3;      // Latin letters per graphone, 0..kMaxTargetChunk
  bool silent_letters = true;      // allow a single Arabic letter to map to nothing (ع→"")
  bool silent_pairs = false;       // also two letters (the article ال of الأسعد → asaad)
  bool many_to_many = false;       // allow 2+ Arabic letters to 2+ Latin ones (تش→ch)
  std::size_t iterations = 12;     // EM iterations at most
  double min_gain = 1e-4;          // stop when the mean log-likelihood gains less
  // After EM, graphones used less than this often in the pairs' most probable
  // segmentations are removed and EM
  // runs `prune_iterations` more times without them: rare graphones are mostly noise of
  // mis-paired names (أ→"yif"), and every graphone costs the decoder time. 0: keep all.
  double min_graphone_count = 2.0;
  std::size_t prune_iterations = 3;
  std::uint32_t seed = 1;          // perturbs the uniform start (ties between segmentations)
};

// One training pair: normalized Arabic code points and lower-case Latin bytes.
using NamePairChars = std::pair<std::u32string, std::string>;

struct Alignment {
  // Every graphone some pair was cut into, sorted (so ids do not depend on pair order).
  std::vector<Graphone> graphones;
  // For each input pair, its graphone ids in order; empty when the pair cannot be cut
  // under the options (a Latin side too long for its Arabic side).
  std::vector<std::vector<std::uint32_t>> sequences;
  std::size_t unaligned = 0;                 // pairs left with an empty sequence
  std::size_t pruned_graphones = 0;          // removed by min_graphone_count
  std::vector<double> mean_log_likelihood;   // per EM iteration, per aligned pair
};

// Aligns all pairs. Deterministic for given pairs and options. Not thread-safe for one
// call; independent calls may run in parallel.
Alignment AlignPairs(const std::vector<NamePairChars>& pairs, const AlignerOptions& options);

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_ALIGNER_H_
