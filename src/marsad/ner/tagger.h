// Tagger: finds the person, place, organisation and other names of a document with a
// trained Model (an averaged structured perceptron over BILOU tags with first-order
// Viterbi decoding; docs/ner.md explains the choice) and records them as mentions.
//
// Pipeline stage:  // Requires: analysis (text::Analyzer, default options). Assigns: mentions.
#ifndef MARSAD_NER_TAGGER_H_
#define MARSAD_NER_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/doc/analyzed_doc.h"
#include "marsad/ner/bio.h"
#include "marsad/ner/features.h"
#include "marsad/ner/model.h"
#include "marsad/ner/viterbi.h"
#include "marsad/text/analyzer.h"

namespace marsad::ner {

class Tagger;

// A memo of per-token-type feature weights for one thread and one model. News vocabulary is
// Zipfian, so most tokens are seen before: their features' weights are then summed once,
// not once per occurrence. Memory is bounded (kMaxEntries, then it starts over). Not
// thread-safe: one per thread.
class TaggerCache {
 public:
  TaggerCache() = default;
  TaggerCache(const TaggerCache&) = delete;
  TaggerCache& operator=(const TaggerCache&) = delete;

  static constexpr std::size_t kMaxEntries = std::size_t{1} << 20;
  std::size_t size() const { return entries_.size(); }
  void Clear();

 private:
  friend class Tagger;
  struct Entry {
    std::uint32_t bytes_pos = 0;  // the token as written, in bytes_
    std::uint32_t bytes_len = 0;
    SentenceKeys keys;
  };
  const Model* model_ = nullptr;
  FlatMap<std::uint64_t, std::uint32_t> index_;  // hash of (kind, bytes) -> entry
  std::vector<Entry> entries_;
  std::vector<float> scores_;  // per entry: kOffsets rows of num_tags() weights
  std::string bytes_;
  // Per-call buffers.
  std::vector<std::uint32_t> ids_;
  std::vector<float> emissions_;
  std::vector<SentenceKeys> keys_;
  FeatureExtractor::Scratch sentence_;
  ViterbiScratch viterbi_;
  TypeFeatures describe_;
};

// Immutable after construction; thread-safe (give each thread its own TaggerCache).
class Tagger {
 public:
  // `model` must outlive the tagger.
  explicit Tagger(const Model& model);
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Replaces doc->mentions with the entities found in doc->document.text, sentence by
  // sentence (the whole text as one when the analysis has no sentences), in text order.
  // REQUIRES: doc->analysis is text::Analyzer's analysis of doc->document.text with the
  // default normalization (the one the model was trained with).
  void Tag(doc::AnalyzedDoc* doc, TaggerCache* cache = nullptr) const;

  // Tags tokens [first, end) of `analysis` (of `text`) as one sentence and returns the
  // entities as token spans relative to `first`. *tags, when given, receives the tags.
  std::vector<EntitySpan> TagSentence(std::string_view text, const text::TextAnalysis& analysis,
                                      std::size_t first, std::size_t end, TaggerCache* cache,
                                      std::vector<std::uint8_t>* tags = nullptr) const;

  // The emission scores (num_tags() per token) of tokens [first, end), computed through
  // the cache when `cache` is given and feature by feature otherwise; both give the same
  // scores (up to float rounding). For tests and diagnostics.
  std::vector<float> Emissions(std::string_view text, const text::TextAnalysis& analysis,
                               std::size_t first, std::size_t end, TaggerCache* cache) const;

  const Model& model() const { return model_; }

 private:
  // Fills cache->emissions_ for the sentence [first, end).
  void ComputeEmissions(std::string_view text, const text::TextAnalysis& analysis,
                        std::size_t first, std::size_t end, TaggerCache* cache) const;
  void ComputeEmissionsUncached(std::string_view text, const text::TextAnalysis& analysis,
                                std::size_t first, std::size_t end, TaggerCache* cache) const;
  // Returns the cache entry of token i, computing it when new.
  std::uint32_t Lookup(std::string_view text, const text::TextAnalysis& analysis, std::size_t i,
                       TaggerCache* cache) const;
  void FillScores(const TypeFeatures& type, float* scores) const;

  const Model& model_;
  FeatureExtractor extractor_;
  std::vector<float> bos_scores_;  // kOffsets rows for the positions before a sentence
  std::vector<float> eos_scores_;  // and after it
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_TAGGER_H_
