// NgramModel: a back-off n-gram model over token ids (here: graphones), estimated with
// interpolated modified Kneser-Ney smoothing (Chen & Goodman, "An Empirical Study of
// Smoothing Techniques for Language Modeling", 1998) and stored as a trie whose nodes are
// histories, so scoring a token is a walk along back-off (suffix) links — the automaton
// form of an ARPA model that Phonetisaurus and OpenGrm use as a WFST.
#ifndef MARSAD_TRANSLIT_NGRAM_MODEL_H_
#define MARSAD_TRANSLIT_NGRAM_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "marsad/base/byte_coding.h"
#include "marsad/base/result.h"

namespace marsad::translit {

struct NgramOptions {
  std::size_t order = 6;  // 2..kMaxOrder
  // min_counts[k-1]: an n-gram of order k is kept only when seen this often (its mass
  // goes to the back-off weight). Missing entries count as 1; must not decrease with k.
  std::vector<std::uint32_t> min_counts;
};

// Immutable once built; thread-safe.
class NgramModel {
 public:
  static constexpr std::size_t kMaxOrder = 10;
  static constexpr std::uint32_t kBos = 0;  // <s>: starts every sequence, never predicted
  static constexpr std::uint32_t kEos = 1;  // </s>
  static constexpr std::uint32_t kFirstToken = 2;
  using State = std::uint32_t;  // a trie node: the longest history the model knows

  NgramModel() = default;

  // Estimates a model from token sequences (ids >= kFirstToken, without <s> and </s>,
  // which are added). `num_tokens`: one past the largest id. Every id below it must occur.
  // InvalidArgument for an id out of range, an unused id or bad options.
  static Result<NgramModel> Estimate(const std::vector<std::vector<std::uint32_t>>& sequences,
                                     std::uint32_t num_tokens, const NgramOptions& options);

  // The state after <s>.
  State Start() const { return start_; }
  // Natural-log probability of `token` after the history `state`; *next receives the
  // history extended by the token. REQUIRES: token < num_tokens().
  float Score(State state, std::uint32_t token, State* next) const;

  // Score() for every token in [lo, hi) at once: logp[t - lo] and next[t - lo]. Walks
  // the back-off chain of `state` once, so it costs about (hi - lo) plus the children of
  // the chain in range, instead of (hi - lo) chain walks.
  // REQUIRES: lo <= hi <= num_tokens(); `logp` and `next` hold hi - lo entries.
  void ScoreRange(State state, std::uint32_t lo, std::uint32_t hi, float* logp, State* next) const;

  std::size_t order() const { return order_; }
  std::uint32_t num_tokens() const { return num_tokens_; }
  std::size_t num_ngrams() const { return token_.size() - 1; }
  // n-grams per order (index k-1 for order k).
  const std::vector<std::size_t>& counts() const { return counts_; }

  // Appends the model to *out (see docs/translit.md, "Model file"): orders, per node the
  // number of children, tokens, quantized log-probabilities and back-off weights.
  void Serialize(std::string* out) const;
  // Reads a model written by Serialize from the front of *in and advances it.
  // Corruption when the bytes are not a consistent model.
  static Result<NgramModel> Deserialize(base::ByteReader* in);

 private:
  // Builds the child ranges' suffix links and the start state once the nodes are set.
  Status Link();
  std::uint32_t FindChild(std::uint32_t node, std::uint32_t token) const;
  // The history that follows reaching node `c` (see Score).
  State NextState(std::uint32_t c) const;

  std::size_t order_ = 0;
  std::uint32_t num_tokens_ = 0;
  std::vector<std::size_t> counts_;
  // Nodes, order by order after the root (node 0); the children of a node are a sorted
  // run [child_begin_, child_end_) of the next order.
  std::vector<std::uint32_t> token_;
  std::vector<float> logp_;
  std::vector<float> backoff_;
  std::vector<std::uint32_t> child_begin_, child_end_;
  std::vector<std::uint32_t> suffix_;  // node of the same n-gram without its first token
  std::vector<std::uint8_t> depth_;
  State start_ = 0;
};

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_NGRAM_MODEL_H_
