// Aligner: forward-backward EM over the segmentation lattice of each pair, then Viterbi.
//
// The lattice of a pair (x, y) has a node (i, j) for every prefix pair; an edge from
// (i, j) to (i + a, j + b) is the graphone (x[i, i+a), y[j, j+b)). The model is a joint
// distribution over graphones (a unigram "graphone model"); EM re-estimates it from the
// expected number of times each graphone is used, summed over all segmentations.
// Chunks are numbered once, so a graphone is a cell (source chunk, target chunk) of a
// dense table and the inner loops do no hashing.
#include "marsad/translit/aligner.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace marsad::translit {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// splitmix64: a small, portable generator (std:: distributions differ between libraries).
std::uint64_t SplitMix64(std::uint64_t* state) {
  std::uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// The chunk ids of one pair: source chunk starting at i of length a, target chunk
// starting at j of length b; kNone past the end.
struct PairLattice {
  std::size_t n = 0, m = 0;      // source and target lengths
  std::size_t sc_begin = 0;      // into Lattices::ids: n * S source chunk ids
  std::size_t tc_begin = 0;      // (m + 1) * (T + 1) target chunk ids
};

class Lattices {
 public:
  Lattices(const std::vector<NamePairChars>& pairs, const AlignerOptions& o)
      : s_(o.max_source), t_(o.max_target) {
    target_chunks_.emplace(std::string(), 0);
    target_chunk_text_.emplace_back();
    lattices_.reserve(pairs.size());
    for (const auto& [x, y] : pairs) {
      PairLattice l;
      l.n = x.size();
      l.m = y.size();
      l.sc_begin = ids_.size();
      for (std::size_t i = 0; i < l.n; ++i) {
        for (std::size_t a = 1; a <= s_; ++a) {
          ids_.push_back(i + a <= l.n ? SourceId(x.substr(i, a)) : kNone);
        }
      }
      l.tc_begin = ids_.size();
      for (std::size_t j = 0; j <= l.m; ++j) {
        for (std::size_t b = 0; b <= t_; ++b) {
          ids_.push_back(j + b <= l.m ? TargetId(y.substr(j, b)) : kNone);
        }
      }
      lattices_.push_back(l);
    }
  }

  std::size_t size() const { return lattices_.size(); }
  const PairLattice& at(std::size_t p) const { return lattices_[p]; }
  std::uint32_t Source(const PairLattice& l, std::size_t i, std::size_t a) const {
    return ids_[l.sc_begin + i * s_ + (a - 1)];
  }
  std::uint32_t Target(const PairLattice& l, std::size_t j, std::size_t b) const {
    return ids_[l.tc_begin + j * (t_ + 1) + b];
  }
  std::size_t num_source_chunks() const { return source_chunk_text_.size(); }
  std::size_t num_target_chunks() const { return target_chunk_text_.size(); }
  const std::u32string& source_text(std::uint32_t id) const { return source_chunk_text_[id]; }
  const std::string& target_text(std::uint32_t id) const { return target_chunk_text_[id]; }

 private:
  std::uint32_t SourceId(const std::u32string& s) {
    auto [it, inserted] = source_chunks_.emplace(s, static_cast<std::uint32_t>(source_chunk_text_.size()));
    if (inserted) source_chunk_text_.push_back(s);
    return it->second;
  }
  std::uint32_t TargetId(const std::string& s) {
    auto [it, inserted] = target_chunks_.emplace(s, static_cast<std::uint32_t>(target_chunk_text_.size()));
    if (inserted) target_chunk_text_.push_back(s);
    return it->second;
  }

  std::size_t s_, t_;
  std::unordered_map<std::u32string, std::uint32_t> source_chunks_;
  std::unordered_map<std::string, std::uint32_t> target_chunks_;
  std::vector<std::u32string> source_chunk_text_;
  std::vector<std::string> target_chunk_text_;
  std::vector<std::uint32_t> ids_;
  std::vector<PairLattice> lattices_;
};

class Em {
 public:
  Em(const Lattices& lat, const AlignerOptions& o)
      : lat_(lat), o_(o), nt_(lat.num_target_chunks()),
        prob_(lat.num_source_chunks() * nt_, 0.0), count_(prob_.size(), 0.0) {}

  bool Allowed(std::size_t a, std::size_t b) const {
    if (b == 0) return (a == 1 && o_.silent_letters) || (a == 2 && o_.silent_pairs);
    if (a >= 2 && b >= 2) return o_.many_to_many;
    return true;
  }

  // Calls fn(i, j, a, b, cell) for every edge leaving node (i, j).
  template <typename Fn>
  void ForEachEdge(const PairLattice& l, std::size_t i, std::size_t j, Fn&& fn) const {
    for (std::size_t a = 1; a <= o_.max_source && i + a <= l.n; ++a) {
      const std::size_t sc = lat_.Source(l, i, a);
      for (std::size_t b = 0; b <= o_.max_target && j + b <= l.m; ++b) {
        if (!Allowed(a, b)) continue;
        fn(a, b, sc * nt_ + lat_.Target(l, j, b));
      }
    }
  }

  // Uniform over every graphone some lattice contains, perturbed by up to 1% (seeded).
  void Initialize() {
    for (std::size_t p = 0; p < lat_.size(); ++p) {
      const PairLattice& l = lat_.at(p);
      for (std::size_t i = 0; i < l.n; ++i) {
        for (std::size_t j = 0; j <= l.m; ++j) {
          ForEachEdge(l, i, j, [&](std::size_t, std::size_t, std::size_t cell) { prob_[cell] = 1; });
        }
      }
    }
    std::uint64_t rng = o_.seed;
    double total = 0;
    for (double& v : prob_) {
      if (v == 0) continue;
      v = 1.0 + 0.01 * static_cast<double>(SplitMix64(&rng) >> 11) * 0x1.0p-53;
      total += v;
    }
    for (double& v : prob_) v /= total;
  }

  // One E step and M step; returns the mean log-likelihood of the aligned pairs.
  double Iterate() {
    std::fill(count_.begin(), count_.end(), 0.0);
    double ll = 0;
    std::size_t aligned = 0;
    for (std::size_t p = 0; p < lat_.size(); ++p) {
      const PairLattice& l = lat_.at(p);
      if (!Forward(l)) continue;
      const double z = alpha_[l.n * (l.m + 1) + l.m];
      ll += std::log(z);
      ++aligned;
      BackwardAccumulate(l, z);
    }
    double total = 0;
    for (double c : count_) total += c;
    if (total > 0) {
      for (std::size_t c = 0; c < prob_.size(); ++c) prob_[c] = count_[c] / total;
    }
    return aligned ? ll / static_cast<double>(aligned) : 0.0;
  }

  // Removes the graphones that the most probable segmentations of the pairs use less
  // than `min_count` times; returns how many were removed. (Expected counts would be the
  // wrong measure: a real but ambiguous graphone, as silent ع next to ا, shares its count
  // with the alternatives عا→a and اع→a, and all of them could fall below the bar.)
  std::size_t Prune(double min_count) {
    std::fill(count_.begin(), count_.end(), 0.0);
    for (std::size_t p = 0; p < lat_.size(); ++p) {
      for (std::size_t cell : Viterbi(lat_.at(p))) count_[cell] += 1;
    }
    std::size_t removed = 0;
    double total = 0;
    for (std::size_t c = 0; c < prob_.size(); ++c) {
      if (prob_[c] > 0 && count_[c] < min_count) {
        prob_[c] = 0;
        ++removed;
      }
      total += prob_[c];
    }
    if (total > 0) {
      for (double& p : prob_) p /= total;
    }
    return removed;
  }

  // The most probable segmentation of pair p as cells, or empty.
  std::vector<std::size_t> Viterbi(const PairLattice& l) {
    const std::size_t w = l.m + 1;
    best_.assign((l.n + 1) * w, -std::numeric_limits<double>::infinity());
    back_.assign((l.n + 1) * w, {0, 0, 0});
    best_[0] = 0;
    for (std::size_t i = 0; i < l.n; ++i) {
      for (std::size_t j = 0; j <= l.m; ++j) {
        const double here = best_[i * w + j];
        if (here == -std::numeric_limits<double>::infinity()) continue;
        ForEachEdge(l, i, j, [&](std::size_t a, std::size_t b, std::size_t cell) {
          if (prob_[cell] <= 0) return;
          const double s = here + std::log(prob_[cell]);
          double& dst = best_[(i + a) * w + j + b];
          if (s > dst) {
            dst = s;
            back_[(i + a) * w + j + b] = {a, b, cell};
          }
        });
      }
    }
    std::vector<std::size_t> cells;
    if (best_[l.n * w + l.m] == -std::numeric_limits<double>::infinity()) return cells;
    std::size_t i = l.n, j = l.m;
    while (i > 0) {
      const Back& bk = back_[i * w + j];
      cells.push_back(bk.cell);
      i -= bk.a;
      j -= bk.b;
    }
    std::reverse(cells.begin(), cells.end());
    return cells;
  }

  std::size_t num_target_chunks() const { return nt_; }

 private:
  struct Back {
    std::size_t a, b, cell;
  };

  bool Forward(const PairLattice& l) {
    const std::size_t w = l.m + 1;
    alpha_.assign((l.n + 1) * w, 0.0);
    alpha_[0] = 1;
    for (std::size_t i = 0; i < l.n; ++i) {
      for (std::size_t j = 0; j <= l.m; ++j) {
        const double here = alpha_[i * w + j];
        if (here == 0) continue;
        ForEachEdge(l, i, j, [&](std::size_t a, std::size_t b, std::size_t cell) {
          alpha_[(i + a) * w + j + b] += here * prob_[cell];
        });
      }
    }
    const double z = alpha_[l.n * w + l.m];
    return z > 0 && std::isfinite(z);
  }

  void BackwardAccumulate(const PairLattice& l, double z) {
    const std::size_t w = l.m + 1;
    beta_.assign((l.n + 1) * w, 0.0);
    beta_[l.n * w + l.m] = 1;
    for (std::size_t i = l.n; i-- > 0;) {
      for (std::size_t j = l.m + 1; j-- > 0;) {
        const double a_ij = alpha_[i * w + j];
        double sum = 0;
        ForEachEdge(l, i, j, [&](std::size_t a, std::size_t b, std::size_t cell) {
          const double contrib = prob_[cell] * beta_[(i + a) * w + j + b];
          sum += contrib;
          if (a_ij > 0) count_[cell] += a_ij * contrib / z;
        });
        beta_[i * w + j] = sum;
      }
    }
  }

  const Lattices& lat_;
  const AlignerOptions& o_;
  std::size_t nt_;
  std::vector<double> prob_, count_;
  std::vector<double> alpha_, beta_, best_;
  std::vector<Back> back_;
};

}  // namespace

Alignment AlignPairs(const std::vector<NamePairChars>& pairs, const AlignerOptions& options) {
  AlignerOptions o = options;
  o.max_source = std::clamp<std::size_t>(o.max_source, 1, kMaxSourceChunk);
  o.max_target = std::clamp<std::size_t>(o.max_target, 1, kMaxTargetChunk);
  const Lattices lat(pairs, o);
  Em em(lat, o);
  em.Initialize();
  Alignment out;
  double last = -std::numeric_limits<double>::infinity();
  for (std::size_t it = 0; it < o.iterations; ++it) {
    const double ll = em.Iterate();
    out.mean_log_likelihood.push_back(ll);
    if (ll - last < o.min_gain) break;
    last = ll;
  }
  if (o.min_graphone_count > 0) {
    out.pruned_graphones = em.Prune(o.min_graphone_count);
    for (std::size_t it = 0; it < o.prune_iterations; ++it) out.mean_log_likelihood.push_back(em.Iterate());
  }

  // Viterbi cut of every pair, then number the graphones used in sorted order.
  std::vector<std::vector<std::size_t>> cells(lat.size());
  std::unordered_map<std::size_t, std::uint32_t> used;
  for (std::size_t p = 0; p < lat.size(); ++p) {
    cells[p] = em.Viterbi(lat.at(p));
    for (std::size_t c : cells[p]) used.emplace(c, 0);
  }
  const std::size_t nt = em.num_target_chunks();
  std::vector<std::pair<Graphone, std::size_t>> sorted;
  sorted.reserve(used.size());
  for (const auto& [cell, unused] : used) {
    sorted.push_back({Graphone{lat.source_text(static_cast<std::uint32_t>(cell / nt)),
                               lat.target_text(static_cast<std::uint32_t>(cell % nt))},
                      cell});
  }
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    used[sorted[k].second] = static_cast<std::uint32_t>(k);
    out.graphones.push_back(std::move(sorted[k].first));
  }
  out.sequences.resize(lat.size());
  for (std::size_t p = 0; p < lat.size(); ++p) {
    if (cells[p].empty()) {
      ++out.unaligned;
      continue;
    }
    for (std::size_t c : cells[p]) out.sequences[p].push_back(used[c]);
  }
  return out;
}

}  // namespace marsad::translit
