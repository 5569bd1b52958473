// Word clustering by the exchange algorithm with the predictive class bigram model
// (Uszkoreit & Brants 2008, "Distributed Word Clustering for Large Scale Class-Based
// Language Modeling in Machine Translation"), counted in both directions as ClusterCat does
// (Dehdari, Tan & van Genabith 2016): a word's class should predict its successor's and its
// predecessor's word. Each pass moves every word to the class that most increases
//   sum_{v,c} N(v,c) log N(v,c) - sum_c N(c) log N(c)      (left and right contexts)
// where N(v,c) counts the word v next to words of class c; the objective never decreases.
// Brown clustering is O(V K^2) per merge; a pass here costs O(distinct bigrams x K).
//
// Several granularities (say 1024, 256 and 64 classes) are clustered independently; the
// tagger uses them all, as it would use several bit prefixes of Brown clusters.
#ifndef MARSAD_NER_EXCHANGE_CLUSTERING_H_
#define MARSAD_NER_EXCHANGE_CLUSTERING_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/base/flat_map.h"
#include "marsad/ner/word_clusters.h"

namespace marsad::ner {

// The unlabeled corpus: a vocabulary and the stream of word ids, sentence by sentence.
// Single-threaded.
class ClusterCorpus {
 public:
  // Appends one sentence (its words' ClusterForm).
  void AddSentence(const std::vector<std::string_view>& words);
  std::size_t tokens() const { return tokens_; }
  std::size_t types() const { return words_.size(); }
  std::size_t sentences() const { return sentences_; }

 private:
  friend class ExchangeClusterer;
  static constexpr std::uint32_t kBoundary = 0xFFFFFFFFu;
  base::FlatMap<std::uint64_t, std::uint32_t> ids_;  // hash of the word -> id
  std::vector<std::string> words_;
  std::vector<std::uint64_t> counts_;
  std::vector<std::uint32_t> stream_;  // word ids; kBoundary ends each sentence
  std::size_t tokens_ = 0;
  std::size_t sentences_ = 0;
};

struct ExchangeOptions {
  // Classes per level (at most kMaxClusterLevels levels, each 2..65535 classes).
  std::vector<std::uint32_t> levels = {1024, 256, 64};
  int iterations = 10;           // passes over the vocabulary per level
  std::uint32_t min_count = 3;   // rarer words are not clustered
  // The most frequent words serve as contexts; rarer ones share one context.
  std::uint32_t max_contexts = 30000;
  std::uint64_t seed = 1;
};

struct ExchangeProgress {
  std::size_t level = 0;      // index into ExchangeOptions::levels
  int iteration = 0;          // 0: after initialisation
  double objective = 0;       // the exchange objective (higher is better)
  std::size_t moves = 0;      // words (or classes) that changed class in this pass
  double seconds = 0;         // time of this pass
};

// Clusters the corpus. Deterministic given the options (the seed picks the initial classes
// of words beyond the first K). InvalidArgument for bad options or a corpus with fewer
// words than classes.
class ExchangeClusterer {
 public:
  explicit ExchangeClusterer(ExchangeOptions options) : options_(std::move(options)) {}

  Result<WordClusters> Run(const ClusterCorpus& corpus,
                           const std::function<void(const ExchangeProgress&)>& progress) const;

  // The core, exposed for tests: moves `items` (each with sparse left and right context
  // counts over `num_contexts` contexts) between `k` classes, starting from *classes, for
  // `iterations` passes. Reports each pass; returns the objective values (initial first).
  struct Items {
    std::vector<std::uint64_t> left_offsets;  // item i: [left_offsets[i], left_offsets[i+1])
    std::vector<std::uint32_t> left_ctx;
    std::vector<std::uint32_t> left_count;
    std::vector<std::uint64_t> right_offsets;
    std::vector<std::uint32_t> right_ctx;
    std::vector<std::uint32_t> right_count;
    std::size_t size() const { return left_offsets.empty() ? 0 : left_offsets.size() - 1; }
  };
  static std::vector<double> Exchange(const Items& items, std::uint32_t num_contexts,
                                      std::uint32_t k, int iterations, std::size_t level,
                                      std::vector<std::uint32_t>* classes,
                                      const std::function<void(const ExchangeProgress&)>& progress);

 private:
  ExchangeOptions options_;
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_EXCHANGE_CLUSTERING_H_
