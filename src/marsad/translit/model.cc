// TranslitModel decoding: a beam search over input positions. All hypotheses at one
// position have read the same letters, so they compete fairly without a future-cost
// estimate; hypotheses in the same n-gram state are recombined (Viterbi).
#include "marsad/translit/model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace marsad::translit {

std::uint32_t RuleMask(const text::NormalizerOptions& options) {
  std::uint32_t mask = 0;
  for (unsigned r = 0; r < static_cast<unsigned>(text::NormalizationRule::kCount); ++r) {
    if (options.Has(static_cast<text::NormalizationRule>(r))) mask |= 1u << r;
  }
  return mask;
}

text::NormalizerOptions OptionsFromMask(std::uint32_t mask) {
  text::NormalizerOptions o;
  for (unsigned r = 0; r < static_cast<unsigned>(text::NormalizationRule::kCount); ++r) {
    if (mask & (1u << r)) o.With(static_cast<text::NormalizationRule>(r));
  }
  return o;
}

Decoder::Decoder(const TranslitModel& model) : model_(model) {
  for (std::size_t i = 0; i < model.graphones.size(); ++i) {
    const Graphone& g = model.graphones[i];
    auto [it, inserted] = by_source_.emplace(g.source, Range{static_cast<std::uint32_t>(i), 0});
    it->second.end = static_cast<std::uint32_t>(i + 1);
    max_source_ = std::max(max_source_, g.source.size());
    max_range_ = std::max<std::size_t>(max_range_, it->second.end - it->second.begin);
  }
}

const Decoder::Range* Decoder::Lookup(std::u32string_view chunk) const {
  auto it = by_source_.find(std::u32string(chunk));
  return it == by_source_.end() ? nullptr : &it->second;
}

namespace {
struct Hyp {
  float score;
  NgramModel::State state;
  std::int32_t back;      // index of the previous hypothesis, -1 at the start
  std::uint32_t graphone;
};
}  // namespace

std::vector<Candidate> Decoder::NBest(std::u32string_view word, std::size_t n,
                                      const DecodeOptions& options) const {
  std::vector<Candidate> out;
  // Keep only letters that start some graphone of length one: the rest cannot be read.
  std::u32string x;
  for (char32_t c : word.substr(0, kMaxDecodeLetters)) {
    if (Lookup(std::u32string_view(&c, 1)) != nullptr) x.push_back(c);
  }
  if (x.empty() || n == 0) return out;

  const std::size_t beam = std::max<std::size_t>(options.beam, 1);
  std::vector<Hyp> hyps;
  std::vector<std::vector<std::int32_t>> at(x.size() + 1);
  std::vector<float> lp(max_range_);
  std::vector<NgramModel::State> next(max_range_);
  // The best score seen so far at each position: a new hypothesis further below it than
  // the threshold is not even stored.
  std::vector<float> best(x.size() + 1, -std::numeric_limits<float>::infinity());
  hyps.push_back({0.0f, model_.lm.Start(), -1, 0});
  at[0].push_back(0);
  best[0] = 0;
  for (std::size_t i = 0; i <= x.size(); ++i) {
    // Prune the hypotheses that have read i letters: threshold, then recombination of
    // equal n-gram states (keeping the best), then the beam.
    std::vector<std::int32_t>& here = at[i];
    std::erase_if(here, [&](std::int32_t h) { return hyps[h].score < best[i] - options.threshold; });
    std::sort(here.begin(), here.end(), [&](std::int32_t a, std::int32_t b) {
      if (hyps[a].state != hyps[b].state) return hyps[a].state < hyps[b].state;
      return hyps[a].score > hyps[b].score;
    });
    here.erase(std::unique(here.begin(), here.end(),
                           [&](std::int32_t a, std::int32_t b) { return hyps[a].state == hyps[b].state; }),
               here.end());
    if (here.size() > beam) {
      std::nth_element(here.begin(), here.begin() + static_cast<std::ptrdiff_t>(beam), here.end(),
                       [&](std::int32_t a, std::int32_t b) { return hyps[a].score > hyps[b].score; });
      here.resize(beam);
    }
    if (i == x.size()) break;
    for (std::size_t a = 1; a <= max_source_ && i + a <= x.size(); ++a) {
      const Range* units = Lookup(std::u32string_view(x).substr(i, a));
      if (units == nullptr) continue;
      float& best_there = best[i + a];
      for (std::int32_t h : here) {
        const Hyp from = hyps[h];
        model_.lm.ScoreRange(from.state, units->begin + NgramModel::kFirstToken,
                             units->end + NgramModel::kFirstToken, lp.data(), next.data());
        for (std::uint32_t g = units->begin; g < units->end; ++g) {
          const float s = from.score + lp[g - units->begin];
          if (s < best_there - options.threshold) continue;
          best_there = std::max(best_there, s);
          hyps.push_back({s, next[g - units->begin], h, g});
          at[i + a].push_back(static_cast<std::int32_t>(hyps.size() - 1));
        }
      }
    }
  }
  // Close every complete hypothesis with </s>, spell it, and sum equal spellings.
  std::map<std::string, double> spelled;
  std::vector<std::pair<float, std::int32_t>> finals;
  for (std::int32_t h : at[x.size()]) {
    NgramModel::State unused;
    finals.push_back({hyps[h].score + model_.lm.Score(hyps[h].state, NgramModel::kEos, &unused), h});
  }
  std::vector<std::uint32_t> path;
  for (const auto& [score, h] : finals) {
    path.clear();
    for (std::int32_t k = h; hyps[k].back >= 0; k = hyps[k].back) path.push_back(hyps[k].graphone);
    std::string latin;
    for (auto it = path.rbegin(); it != path.rend(); ++it) latin += model_.graphones[*it].target;
    auto [it, inserted] = spelled.emplace(latin, score);
    if (!inserted) {
      const double hi = std::max(it->second, double{score}), lo = std::min(it->second, double{score});
      it->second = hi + std::log1p(std::exp(lo - hi));
    }
  }
  for (auto& [latin, log_prob] : spelled) out.push_back({latin, log_prob});
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
    return a.log_prob != b.log_prob ? a.log_prob > b.log_prob : a.latin < b.latin;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

std::string Decoder::Best(std::u32string_view word, const DecodeOptions& options) const {
  std::string out;
  for (std::size_t i = 0; i < word.size(); i += kMaxDecodeLetters) {
    std::vector<Candidate> c = NBest(word.substr(i, kMaxDecodeLetters), 1, options);
    if (!c.empty()) out += c.front().latin;
  }
  return out;
}

}  // namespace marsad::translit
