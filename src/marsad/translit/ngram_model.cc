// NgramModel: Kneser-Ney estimation from sorted n-gram tables, the trie, and its coding.
#include "marsad/translit/ngram_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

#include "marsad/base/byte_coding.h"

namespace marsad::translit {
namespace {

constexpr std::uint32_t kNoNode = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kMaxTokens = 0xFFFF;  // keys hold 16-bit tokens

// Log-probabilities are kept as multiples of 1/kQuantScale (natural log) so that a model
// read back from its file scores exactly like the one that was trained.
constexpr float kQuantScale = 1024.0f;
std::uint16_t QuantizeLogProb(double lp) {
  const double q = std::round(-lp * kQuantScale);
  return static_cast<std::uint16_t>(std::clamp(q, 0.0, 65535.0));
}
float DequantizeLogProb(std::uint16_t q) { return -static_cast<float>(q) / kQuantScale; }
std::uint16_t QuantizeBackoff(double lb) {
  const double q = std::round(lb * kQuantScale);
  return static_cast<std::uint16_t>(static_cast<std::int16_t>(std::clamp(q, -32768.0, 32767.0)));
}
float DequantizeBackoff(std::uint16_t q) {
  return static_cast<float>(static_cast<std::int16_t>(q)) / kQuantScale;
}

using Key = std::array<std::uint16_t, NgramModel::kMaxOrder>;

struct Gram {
  Key key{};
  std::uint32_t count = 0;  // raw count
  std::uint32_t kn = 0;     // Kneser-Ney count: distinct left extensions (raw for <s>...)
  double p = 0;             // interpolated probability
  double bow = 1;           // back-off weight when this n-gram is a history
};

bool PrefixLess(const Key& a, const Key& b, std::size_t len) {
  return std::lexicographical_compare(a.begin(), a.begin() + len, b.begin(), b.begin() + len);
}
bool PrefixEqual(const Key& a, const Key& b, std::size_t len) {
  return std::equal(a.begin(), a.begin() + len, b.begin());
}

// Sorted unique keys with their multiplicity.
std::vector<Gram> CountKeys(std::vector<Key> keys) {
  std::sort(keys.begin(), keys.end());
  std::vector<Gram> out;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    Gram g;
    g.key = keys[i];
    g.count = static_cast<std::uint32_t>(j - i);
    out.push_back(g);
    i = j;
  }
  return out;
}

// Modified Kneser-Ney discounts D1, D2, D3+ from counts of counts (Chen & Goodman eq. 26).
std::array<double, 4> Discounts(const std::vector<Gram>& grams, bool skip_bos) {
  double n[5] = {0, 0, 0, 0, 0};
  for (const Gram& g : grams) {
    if (skip_bos && g.key[0] == NgramModel::kBos) continue;
    if (g.kn >= 1 && g.kn <= 4) n[g.kn] += 1;
  }
  std::array<double, 4> d = {0, 0.5, 1.0, 1.5};  // fallback for degenerate tiny data
  if (n[1] > 0 && n[2] > 0 && n[3] > 0 && n[4] > 0) {
    const double y = n[1] / (n[1] + 2 * n[2]);
    d[1] = std::clamp(1 - 2 * y * n[2] / n[1], 0.05, 0.95);
    d[2] = std::clamp(2 - 3 * y * n[3] / n[2], 0.05, 1.95);
    d[3] = std::clamp(3 - 4 * y * n[4] / n[3], 0.05, 2.95);
  }
  return d;
}

class Estimator {
 public:
  Estimator(std::size_t order, std::uint32_t num_tokens) : order_(order), v_(num_tokens), grams_(order + 1) {}

  void Count(const std::vector<std::vector<std::uint32_t>>& sequences) {
    std::vector<std::uint16_t> padded;
    for (std::size_t k = 1; k <= order_; ++k) {
      std::vector<Key> keys;
      for (const auto& seq : sequences) {
        padded.assign(1, static_cast<std::uint16_t>(NgramModel::kBos));
        for (std::uint32_t t : seq) padded.push_back(static_cast<std::uint16_t>(t));
        padded.push_back(static_cast<std::uint16_t>(NgramModel::kEos));
        for (std::size_t i = 0; i + k <= padded.size(); ++i) {
          Key key{};
          std::copy(padded.begin() + static_cast<std::ptrdiff_t>(i),
                    padded.begin() + static_cast<std::ptrdiff_t>(i + k), key.begin());
          keys.push_back(key);
        }
      }
      grams_[k] = CountKeys(std::move(keys));
    }
    // Kneser-Ney counts: the highest order keeps raw counts; a lower-order n-gram counts
    // the distinct tokens seen before it, except at the start of a sequence.
    for (Gram& g : grams_[order_]) g.kn = g.count;
    for (std::size_t k = order_ - 1; k >= 1; --k) {
      std::vector<Key> suffixes;
      suffixes.reserve(grams_[k + 1].size());
      for (const Gram& g : grams_[k + 1]) {
        Key s{};
        std::copy(g.key.begin() + 1, g.key.begin() + static_cast<std::ptrdiff_t>(k + 1), s.begin());
        suffixes.push_back(s);
      }
      const std::vector<Gram> ext = CountKeys(std::move(suffixes));
      std::size_t e = 0;
      for (Gram& g : grams_[k]) {
        while (e < ext.size() && ext[e].key < g.key) ++e;
        const std::uint32_t left = e < ext.size() && ext[e].key == g.key ? ext[e].count : 0;
        g.kn = g.key[0] == NgramModel::kBos || left == 0 ? g.count : left;
      }
    }
  }

  void Estimate(const std::vector<std::uint32_t>& min_counts) {
    for (std::size_t k = 1; k <= order_; ++k) {
      std::vector<Gram>& grams = grams_[k];
      const std::array<double, 4> d = Discounts(grams, k == 1);
      for (std::size_t i = 0; i < grams.size();) {
        std::size_t j = i;
        double total = 0, n[4] = {0, 0, 0, 0};
        while (j < grams.size() && PrefixEqual(grams[j].key, grams[i].key, k - 1)) {
          if (!(k == 1 && grams[j].key[0] == NgramModel::kBos)) {
            total += grams[j].kn;
            n[std::min<std::uint32_t>(grams[j].kn, 3)] += 1;
          }
          ++j;
        }
        const double gamma = total > 0 ? (d[1] * n[1] + d[2] * n[2] + d[3] * n[3]) / total : 1.0;
        for (std::size_t g = i; g < j; ++g) {
          Gram& x = grams[g];
          if (k == 1 && x.key[0] == NgramModel::kBos) {
            x.p = 0;
            continue;
          }
          const double lower = k == 1 ? 1.0 / static_cast<double>(v_ - 1)
                                      : BackoffProb(x.key.data() + 1, k - 2, x.key[k - 1]);
          const double disc = d[std::min<std::uint32_t>(x.kn, 3)];
          x.p = std::max(x.kn - disc, 0.0) / total + gamma * lower;
        }
        i = j;
      }
      // Prune rare n-grams of this order; their mass moves to the back-off weights.
      const std::uint32_t min_count = k - 1 < min_counts.size() ? std::max<std::uint32_t>(min_counts[k - 1], 1) : 1;
      if (k > 1 && min_count > 1) {
        std::erase_if(grams, [&](const Gram& g) { return g.count < min_count; });
      }
      if (k > 1) SetBackoffs(k);
    }
  }

  std::vector<Gram>& grams(std::size_t k) { return grams_[k]; }

 private:
  // P(token | history) in the finalized model of orders < the one being built, where
  // history = h[0..len).
  double BackoffProb(const std::uint16_t* h, std::size_t len, std::uint16_t token) const {
    Key key{};
    std::copy(h, h + len, key.begin());
    key[len] = token;
    const std::vector<Gram>& g = grams_[len + 1];
    auto it = std::lower_bound(g.begin(), g.end(), key,
                               [&](const Gram& a, const Key& b) { return PrefixLess(a.key, b, len + 1); });
    if (it != g.end() && PrefixEqual(it->key, key, len + 1)) return it->p;
    if (len == 0) return 1.0 / static_cast<double>(v_ - 1);  // every token is a unigram
    return HistoryBackoff(h, len) * BackoffProb(h + 1, len - 1, token);
  }

  double HistoryBackoff(const std::uint16_t* h, std::size_t len) const {
    Key key{};
    std::copy(h, h + len, key.begin());
    const std::vector<Gram>& g = grams_[len];
    auto it = std::lower_bound(g.begin(), g.end(), key,
                               [&](const Gram& a, const Key& b) { return PrefixLess(a.key, b, len); });
    if (it != g.end() && PrefixEqual(it->key, key, len)) return it->bow;
    return 1.0;
  }

  // Back-off weights of the histories of order k-1 from their kept children of order k:
  // bow(h) = (1 - sum P(w|h)) / (1 - sum P(w|h')) over the kept w, so each history's
  // distribution sums to one.
  void SetBackoffs(std::size_t k) {
    std::vector<Gram>& parents = grams_[k - 1];
    const std::vector<Gram>& children = grams_[k];
    std::size_t c = 0;
    for (Gram& h : parents) {
      double num = 1, den = 1;
      bool any = false;
      while (c < children.size() && PrefixLess(children[c].key, h.key, k - 1)) ++c;
      while (c < children.size() && PrefixEqual(children[c].key, h.key, k - 1)) {
        num -= children[c].p;
        den -= k == 2 ? UnigramProb(children[c].key[1])
                      : BackoffProb(children[c].key.data() + 1, k - 2, children[c].key[k - 1]);
        any = true;
        ++c;
      }
      h.bow = any ? std::max(num, 1e-9) / std::max(den, 1e-9) : 1.0;
    }
  }

  double UnigramProb(std::uint16_t token) const { return grams_[1][token].p; }

  std::size_t order_;
  std::uint32_t v_;
  std::vector<std::vector<Gram>> grams_;  // index k: order k
};

}  // namespace

Result<NgramModel> NgramModel::Estimate(const std::vector<std::vector<std::uint32_t>>& sequences,
                                        std::uint32_t num_tokens, const NgramOptions& options) {
  if (options.order < 2 || options.order > kMaxOrder) {
    return Status::InvalidArgument("n-gram order must be 2.." + std::to_string(kMaxOrder));
  }
  if (num_tokens <= kFirstToken || num_tokens > kMaxTokens) {
    return Status::InvalidArgument("n-gram model needs 1.." + std::to_string(kMaxTokens - kFirstToken) +
                                   " token ids");
  }
  for (std::size_t k = 1; k < options.min_counts.size(); ++k) {
    if (options.min_counts[k] < options.min_counts[k - 1]) {
      return Status::InvalidArgument("n-gram min counts must not decrease with the order");
    }
  }
  std::vector<bool> seen(num_tokens, false);
  seen[kBos] = seen[kEos] = true;
  for (const auto& seq : sequences) {
    for (std::uint32_t t : seq) {
      if (t < kFirstToken || t >= num_tokens) {
        return Status::InvalidArgument("token id " + std::to_string(t) + " out of range");
      }
      seen[t] = true;
    }
  }
  for (std::uint32_t t = 0; t < num_tokens; ++t) {
    if (!seen[t]) return Status::InvalidArgument("token id " + std::to_string(t) + " never occurs");
  }

  Estimator est(options.order, num_tokens);
  est.Count(sequences);
  est.Estimate(options.min_counts);

  NgramModel m;
  m.order_ = options.order;
  m.num_tokens_ = num_tokens;
  m.token_.push_back(0);
  m.logp_.push_back(0);
  m.backoff_.push_back(0);
  m.depth_.push_back(0);
  m.child_begin_.push_back(1);
  m.child_end_.push_back(static_cast<std::uint32_t>(1 + est.grams(1).size()));
  std::uint32_t next_begin = m.child_end_[0];
  for (std::size_t k = 1; k <= options.order; ++k) {
    const std::vector<Gram>& grams = est.grams(k);
    const std::vector<Gram>* kids = k < options.order ? &est.grams(k + 1) : nullptr;
    m.counts_.push_back(grams.size());
    std::size_t c = 0;
    for (const Gram& g : grams) {
      m.token_.push_back(g.key[k - 1]);
      m.logp_.push_back(DequantizeLogProb(QuantizeLogProb(g.p > 0 ? std::log(g.p) : -1e9)));
      m.backoff_.push_back(k < options.order ? DequantizeBackoff(QuantizeBackoff(std::log(g.bow))) : 0.0f);
      m.depth_.push_back(static_cast<std::uint8_t>(k));
      const std::uint32_t begin = next_begin;
      if (kids != nullptr) {
        while (c < kids->size() && PrefixEqual((*kids)[c].key, g.key, k)) ++c, ++next_begin;
      }
      m.child_begin_.push_back(begin);
      m.child_end_.push_back(next_begin);
    }
  }
  Status s = m.Link();
  if (!s.ok()) return s;
  return m;
}

Status NgramModel::Link() {
  const std::size_t n = token_.size();
  suffix_.assign(n, 0);
  if (counts_.empty() || counts_[0] != num_tokens_) {
    return Status::Corruption("n-gram model lacks unigrams for some tokens");
  }
  for (std::uint32_t t = 0; t < num_tokens_; ++t) {
    if (token_[1 + t] != t) return Status::Corruption("n-gram model unigrams out of order");
  }
  // Parents come before their children, so each parent's suffix link is known in time.
  for (std::uint32_t p = 0; p < n; ++p) {
    for (std::uint32_t c = child_begin_[p]; c < child_end_[p]; ++c) {
      if (p == 0) {
        suffix_[c] = 0;
        continue;
      }
      const std::uint32_t s = FindChild(suffix_[p], token_[c]);
      if (s == kNoNode) return Status::Corruption("n-gram model is not closed under suffixes");
      suffix_[c] = s;
    }
  }
  start_ = 1 + kBos;
  while (start_ != 0 && child_begin_[start_] == child_end_[start_]) start_ = suffix_[start_];
  return Status::Ok();
}

std::uint32_t NgramModel::FindChild(std::uint32_t node, std::uint32_t token) const {
  if (node == 0) return token < num_tokens_ ? 1 + token : kNoNode;
  const auto begin = token_.begin() + child_begin_[node];
  const auto end = token_.begin() + child_end_[node];
  const auto it = std::lower_bound(begin, end, token);
  if (it == end || *it != token) return kNoNode;
  return static_cast<std::uint32_t>(it - token_.begin());
}

float NgramModel::Score(State state, std::uint32_t token, State* next) const {
  float lp = 0;
  std::uint32_t s = state;
  std::uint32_t c;
  while ((c = FindChild(s, token)) == kNoNode) {
    if (s == 0) {  // REQUIRES violated: a token outside the model
      *next = 0;
      return -1e9f;
    }
    lp += backoff_[s];
    s = suffix_[s];
  }
  lp += logp_[c];
  *next = NextState(c);
  return lp;
}

NgramModel::State NgramModel::NextState(std::uint32_t c) const {
  if (depth_[c] == order_) c = suffix_[c];
  // A history without children backs off for free (its weight is 1): use the shorter one,
  // so equal futures share one state.
  while (c != 0 && child_begin_[c] == child_end_[c]) c = suffix_[c];
  return c;
}

void NgramModel::ScoreRange(State state, std::uint32_t lo, std::uint32_t hi, float* logp,
                            State* next) const {
  const std::size_t n = hi - lo;
  // Deepest history first: a token takes the probability of the deepest history that has
  // it as a child, plus the back-off weights of the deeper ones it skipped.
  constexpr float kUnset = 1.0f;  // log-probabilities are <= 0
  std::fill(logp, logp + n, kUnset);
  float acc = 0;
  for (std::uint32_t s = state; s != 0; s = suffix_[s]) {
    const auto begin = token_.begin() + child_begin_[s];
    const auto end = token_.begin() + child_end_[s];
    for (auto it = std::lower_bound(begin, end, lo); it != end && *it < hi; ++it) {
      const std::size_t k = *it - lo;
      if (logp[k] != kUnset) continue;
      const auto c = static_cast<std::uint32_t>(it - token_.begin());
      logp[k] = acc + logp_[c];
      next[k] = NextState(c);
    }
    acc += backoff_[s];
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (logp[k] != kUnset) continue;
    const std::uint32_t c = 1 + lo + static_cast<std::uint32_t>(k);  // the unigram node
    logp[k] = acc + logp_[c];
    next[k] = NextState(c);
  }
}

void NgramModel::Serialize(std::string* out) const {
  base::PutVarint(out, order_);
  base::PutVarint(out, num_tokens_);
  for (std::size_t k = 1; k <= order_; ++k) base::PutVarint(out, counts_[k - 1]);
  // Order by order: the number of children of each node of the previous order, then the
  // tokens (delta within a sibling run), log-probabilities and back-off weights.
  std::size_t first = 0, count = 1;  // the previous order's nodes (the root for order 1)
  for (std::size_t k = 1; k <= order_; ++k) {
    for (std::size_t p = first; p < first + count; ++p) base::PutVarint(out, child_end_[p] - child_begin_[p]);
    const std::size_t begin = first + count, end = begin + counts_[k - 1];
    for (std::size_t p = first; p < first + count; ++p) {
      std::uint32_t prev = 0;
      for (std::uint32_t c = child_begin_[p]; c < child_end_[p]; ++c) {
        base::PutVarint(out, token_[c] - prev);
        prev = token_[c];
      }
    }
    for (std::size_t i = begin; i < end; ++i) base::PutFixed16(out, QuantizeLogProb(logp_[i]));
    if (k < order_) {
      for (std::size_t i = begin; i < end; ++i) base::PutFixed16(out, QuantizeBackoff(backoff_[i]));
    }
    first = begin;
    count = counts_[k - 1];
  }
}

Result<NgramModel> NgramModel::Deserialize(base::ByteReader* in) {
  auto bad = [](std::string_view what) { return Status::Corruption("n-gram model: " + std::string(what)); };
  NgramModel m;
  std::uint64_t v = 0;
  if (!in->Varint(&v) || v < 2 || v > kMaxOrder) return bad("bad order");
  m.order_ = v;
  if (!in->Varint(&v) || v <= kFirstToken || v > kMaxTokens) return bad("bad token count");
  m.num_tokens_ = static_cast<std::uint32_t>(v);
  std::uint64_t total = 1;
  for (std::size_t k = 1; k <= m.order_; ++k) {
    if (!in->Varint(&v) || v > in->left()) return bad("bad n-gram count");
    m.counts_.push_back(v);
    total += v;
  }
  m.token_.assign(total, 0);
  m.logp_.assign(total, 0);
  m.backoff_.assign(total, 0);
  m.depth_.assign(total, 0);
  m.child_begin_.assign(total, 0);
  m.child_end_.assign(total, 0);
  std::size_t first = 0, count = 1;
  for (std::size_t k = 1; k <= m.order_; ++k) {
    const std::size_t begin = first + count, end = begin + m.counts_[k - 1];
    std::uint64_t next = begin;
    for (std::size_t p = first; p < first + count; ++p) {
      if (!in->Varint(&v) || v > end - next) return bad("bad child count");
      m.child_begin_[p] = static_cast<std::uint32_t>(next);
      next += v;
      m.child_end_[p] = static_cast<std::uint32_t>(next);
    }
    if (next != end) return bad("child counts do not add up");
    for (std::size_t p = first; p < first + count; ++p) {
      std::uint64_t prev = 0;
      for (std::uint32_t c = m.child_begin_[p]; c < m.child_end_[p]; ++c) {
        if (!in->Varint(&v)) return bad("truncated tokens");
        if ((c > m.child_begin_[p] && v == 0) || prev + v >= m.num_tokens_) return bad("bad token");
        prev += v;
        m.token_[c] = static_cast<std::uint32_t>(prev);
        m.depth_[c] = static_cast<std::uint8_t>(k);
      }
    }
    std::uint16_t q = 0;
    for (std::size_t i = begin; i < end; ++i) {
      if (!in->Fixed16(&q)) return bad("truncated probabilities");
      m.logp_[i] = DequantizeLogProb(q);
    }
    if (k < m.order_) {
      for (std::size_t i = begin; i < end; ++i) {
        if (!in->Fixed16(&q)) return bad("truncated back-off weights");
        m.backoff_[i] = DequantizeBackoff(q);
      }
    }
    first = begin;
    count = m.counts_[k - 1];
  }
  for (std::size_t p = first; p < first + count; ++p) m.child_begin_[p] = m.child_end_[p] = 0;
  Status s = m.Link();
  if (!s.ok()) return s;
  return m;
}

}  // namespace marsad::translit
