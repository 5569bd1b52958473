// Exchange clustering; see exchange_clustering.h.
#include "marsad/ner/exchange_clustering.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <numeric>

namespace marsad::ner {

namespace {

constexpr std::uint64_t kCorpusSeed = 0x434F52505553ULL;  // "CORPUS"

// x log x, with a table for the small counts that dominate.
class XLogX {
 public:
  static constexpr std::int64_t kTable = std::int64_t{1} << 16;
  XLogX() : f_(static_cast<std::size_t>(kTable)), d1_(static_cast<std::size_t>(kTable)) {
    for (std::int64_t x = 0; x < kTable; ++x) f_[static_cast<std::size_t>(x)] = Direct(x);
    for (std::int64_t x = 0; x < kTable; ++x) {
      d1_[static_cast<std::size_t>(x)] = Direct(x + 1) - Direct(x);
    }
  }
  double operator()(std::int64_t x) const {
    return x < kTable ? f_[static_cast<std::size_t>(x)] : Direct(x);
  }
  // f(x + 1) - f(x)
  double Step1(std::int64_t x) const {
    return x < kTable ? d1_[static_cast<std::size_t>(x)] : Direct(x + 1) - Direct(x);
  }

 private:
  static double Direct(std::int64_t x) {
    return x <= 0 ? 0.0 : static_cast<double>(x) * std::log(static_cast<double>(x));
  }
  std::vector<double> f_;
  std::vector<double> d1_;
};

// One direction's class-context counts N(v,c) and class totals N(c).
struct Side {
  std::vector<std::int32_t> n;  // contexts x k
  std::vector<std::int64_t> total;
};

}  // namespace

void ClusterCorpus::AddSentence(const std::vector<std::string_view>& words) {
  if (words.empty()) return;
  for (std::string_view w : words) {
    const std::uint64_t h = base::NonZero(base::HashBytes(w, kCorpusSeed));
    std::uint32_t& id = ids_.FindOrInsert(h, 0xFFFFFFFFu);
    if (id == 0xFFFFFFFFu) {
      id = static_cast<std::uint32_t>(words_.size());
      words_.emplace_back(w);
      counts_.push_back(0);
    }
    ++counts_[id];
    stream_.push_back(id);
  }
  stream_.push_back(kBoundary);
  tokens_ += words.size();
  ++sentences_;
}

std::vector<double> ExchangeClusterer::Exchange(
    const Items& items, std::uint32_t num_contexts, std::uint32_t k, int iterations,
    std::size_t level, std::vector<std::uint32_t>* classes,
    const std::function<void(const ExchangeProgress&)>& progress) {
  static const XLogX f;
  const std::size_t kk = k;
  const std::size_t n_items = items.size();
  Side left, right;
  left.n.assign(std::size_t{num_contexts} * kk, 0);
  right.n.assign(std::size_t{num_contexts} * kk, 0);
  left.total.assign(kk, 0);
  right.total.assign(kk, 0);
  std::vector<std::int64_t> left_sum(n_items, 0), right_sum(n_items, 0);
  for (std::size_t i = 0; i < n_items; ++i) {
    for (std::uint64_t p = items.left_offsets[i]; p < items.left_offsets[i + 1]; ++p) {
      left_sum[i] += items.left_count[p];
    }
    for (std::uint64_t p = items.right_offsets[i]; p < items.right_offsets[i + 1]; ++p) {
      right_sum[i] += items.right_count[p];
    }
  }
  // Adds (sign +1) or removes (-1) item i to/from class c.
  const auto apply = [&](std::size_t i, std::size_t c, int sign) {
    for (std::uint64_t p = items.left_offsets[i]; p < items.left_offsets[i + 1]; ++p) {
      left.n[items.left_ctx[p] * kk + c] += sign * static_cast<std::int32_t>(items.left_count[p]);
    }
    for (std::uint64_t p = items.right_offsets[i]; p < items.right_offsets[i + 1]; ++p) {
      right.n[items.right_ctx[p] * kk + c] += sign * static_cast<std::int32_t>(items.right_count[p]);
    }
    left.total[c] += sign * left_sum[i];
    right.total[c] += sign * right_sum[i];
  };
  const auto objective = [&] {
    double o = 0;
    for (const Side* s : {&left, &right}) {
      for (std::int32_t v : s->n) o += f(v);
      for (std::int64_t v : s->total) o -= f(v);
    }
    return o;
  };
  for (std::size_t i = 0; i < n_items; ++i) apply(i, (*classes)[i], +1);
  std::vector<double> history{objective()};
  if (progress) progress({level, 0, history.back(), 0, 0});

  std::vector<double> gain(kk);
  for (int it = 1; it <= iterations; ++it) {
    const auto t0 = std::chrono::steady_clock::now();
    std::size_t moves = 0;
    for (std::size_t i = 0; i < n_items; ++i) {
      const std::size_t a = (*classes)[i];
      apply(i, a, -1);
      std::fill(gain.begin(), gain.end(), 0.0);
      const auto add_side = [&](const Side& s, const std::vector<std::uint64_t>& offsets,
                                const std::vector<std::uint32_t>& ctx,
                                const std::vector<std::uint32_t>& count, std::int64_t sum) {
        for (std::uint64_t p = offsets[i]; p < offsets[i + 1]; ++p) {
          const std::int32_t* row = s.n.data() + std::size_t{ctx[p]} * kk;
          const std::int64_t m = count[p];
          if (m == 1) {
            for (std::size_t b = 0; b < kk; ++b) gain[b] += f.Step1(row[b]);
          } else {
            for (std::size_t b = 0; b < kk; ++b) gain[b] += f(row[b] + m) - f(row[b]);
          }
        }
        for (std::size_t b = 0; b < kk; ++b) gain[b] -= f(s.total[b] + sum) - f(s.total[b]);
      };
      add_side(left, items.left_offsets, items.left_ctx, items.left_count, left_sum[i]);
      add_side(right, items.right_offsets, items.right_ctx, items.right_count, right_sum[i]);
      std::size_t best = a;
      for (std::size_t b = 0; b < kk; ++b) {
        if (gain[b] > gain[best] + 1e-9) best = b;
      }
      apply(i, best, +1);
      if (best != a) {
        (*classes)[i] = static_cast<std::uint32_t>(best);
        ++moves;
      }
    }
    history.push_back(objective());
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (progress) progress({level, it, history.back(), moves, secs});
    if (moves == 0) break;
  }
  return history;
}

Result<WordClusters> ExchangeClusterer::Run(
    const ClusterCorpus& corpus, const std::function<void(const ExchangeProgress&)>& progress) const {
  const ExchangeOptions& o = options_;
  if (o.levels.empty() || o.levels.size() > kMaxClusterLevels) {
    return Status::InvalidArgument("between 1 and " + std::to_string(kMaxClusterLevels) +
                                   " cluster levels are supported");
  }
  for (std::uint32_t k : o.levels) {
    if (k < 2 || k > 0xFFFF) return Status::InvalidArgument("classes per level must be 2..65535");
  }
  if (o.iterations < 0) return Status::InvalidArgument("iterations must not be negative");

  // Vocabulary: words seen at least min_count times, most frequent first (ties by spelling).
  std::vector<std::uint32_t> by_count;
  for (std::uint32_t w = 0; w < corpus.words_.size(); ++w) {
    if (corpus.counts_[w] >= o.min_count) by_count.push_back(w);
  }
  std::sort(by_count.begin(), by_count.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (corpus.counts_[a] != corpus.counts_[b]) return corpus.counts_[a] > corpus.counts_[b];
    return corpus.words_[a] < corpus.words_[b];
  });
  const std::uint32_t max_k = *std::max_element(o.levels.begin(), o.levels.end());
  if (by_count.size() < max_k) {
    return Status::InvalidArgument("the corpus has " + std::to_string(by_count.size()) +
                                   " words seen at least " + std::to_string(o.min_count) +
                                   " times, fewer than " + std::to_string(max_k) + " classes");
  }
  constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  std::vector<std::uint32_t> item_of(corpus.words_.size(), kNone);
  for (std::uint32_t r = 0; r < by_count.size(); ++r) item_of[by_count[r]] = r;
  const std::uint32_t n_ctx_words = std::min<std::uint32_t>(o.max_contexts, static_cast<std::uint32_t>(by_count.size()));
  const std::uint32_t rare_ctx = n_ctx_words, boundary_ctx = n_ctx_words + 1;
  const std::uint32_t num_contexts = n_ctx_words + 2;
  const auto ctx_of = [&](std::uint32_t w) {
    if (w == ClusterCorpus::kBoundary) return boundary_ctx;
    const std::uint32_t item = item_of[w];
    return item < n_ctx_words ? item : rare_ctx;
  };

  // (item << 32 | context) for every token of a clustered word, left and right, counted.
  std::vector<std::uint64_t> left_keys, right_keys;
  left_keys.reserve(corpus.stream_.size());
  right_keys.reserve(corpus.stream_.size());
  const std::vector<std::uint32_t>& s = corpus.stream_;
  for (std::size_t p = 0; p < s.size(); ++p) {
    if (s[p] == ClusterCorpus::kBoundary) continue;
    const std::uint32_t item = item_of[s[p]];
    if (item == kNone) continue;
    const std::uint32_t prev = p == 0 ? ClusterCorpus::kBoundary : s[p - 1];
    const std::uint32_t next = p + 1 < s.size() ? s[p + 1] : ClusterCorpus::kBoundary;
    left_keys.push_back(std::uint64_t{item} << 32 | ctx_of(prev));
    right_keys.push_back(std::uint64_t{item} << 32 | ctx_of(next));
  }
  Items items;
  const auto build = [&](std::vector<std::uint64_t>* keys, std::vector<std::uint64_t>* offsets,
                         std::vector<std::uint32_t>* ctx, std::vector<std::uint32_t>* count) {
    std::sort(keys->begin(), keys->end());
    offsets->assign(by_count.size() + 1, 0);
    for (std::size_t p = 0; p < keys->size();) {
      std::size_t q = p;
      while (q < keys->size() && (*keys)[q] == (*keys)[p]) ++q;
      const auto item = static_cast<std::uint32_t>((*keys)[p] >> 32);
      ctx->push_back(static_cast<std::uint32_t>((*keys)[p]));
      count->push_back(static_cast<std::uint32_t>(q - p));
      ++(*offsets)[item + 1];
      p = q;
    }
    for (std::size_t i = 1; i < offsets->size(); ++i) (*offsets)[i] += (*offsets)[i - 1];
    keys->clear();
    keys->shrink_to_fit();
  };
  build(&left_keys, &items.left_offsets, &items.left_ctx, &items.left_count);
  build(&right_keys, &items.right_offsets, &items.right_ctx, &items.right_count);

  WordClusters clusters(o.levels);
  std::vector<WordClass> ids(by_count.size(), WordClass{});
  for (std::size_t i = 0; i < by_count.size(); ++i) {
    ids[i].frequency = static_cast<std::uint8_t>(std::bit_width(corpus.counts_[by_count[i]]));
  }
  for (std::size_t l = 0; l < o.levels.size(); ++l) {
    const std::uint32_t k = o.levels[l];
    // The k most frequent words start in classes of their own, the others at random.
    std::vector<std::uint32_t> classes(by_count.size());
    for (std::uint32_t i = 0; i < classes.size(); ++i) {
      classes[i] = i < k ? i
                         : static_cast<std::uint32_t>(base::Mix64(o.seed * 0x9E3779B97F4A7C15ULL + i) % k);
    }
    Exchange(items, num_contexts, k, o.iterations, l, &classes, progress);
    for (std::size_t i = 0; i < classes.size(); ++i) ids[i].ids[l] = static_cast<std::uint16_t>(classes[i]);
  }
  for (std::size_t i = 0; i < by_count.size(); ++i) clusters.Set(corpus.words_[by_count[i]], ids[i]);
  return clusters;
}

}  // namespace marsad::ner
