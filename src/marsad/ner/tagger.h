// Tagger: finds the person, place, organisation and other names of a document with a
// trained Model (averaged structured perceptrons over BILOU tags with first-order Viterbi
// decoding, in two stages: the second adds what the first found elsewhere in the document;
// docs/ner.md explains the choices) and records them as mentions.
//
// Pipeline stage:  // Requires: analysis (text::Analyzer, default options). Assigns: mentions.
#ifndef MARSAD_NER_TAGGER_H_
#define MARSAD_NER_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/flat_map.h"
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
  base::FlatMap<std::uint64_t, std::uint32_t> index_;  // hash of (kind, bytes) -> entry
  std::vector<Entry> entries_;
  std::vector<float> scores_;  // per entry and stage: kOffsets rows of num_tags() weights
  std::string bytes_;
  // Per-call buffers.
  std::vector<std::uint32_t> ids_;
  std::vector<float> emissions_;
  std::vector<SentenceKeys> keys_;
  std::vector<std::uint8_t> tags_;
  std::vector<std::uint8_t> slots_;
  std::vector<std::vector<std::uint8_t>> doc_slots_;
  DocMemory memory_;
  FeatureExtractor::Scratch sentence_;
  ViterbiScratch viterbi_;
  TypeFeatures describe_;
};

// A sentence to tag: tokens [first, end) of an analysis of `text`.
struct SentenceRef {
  std::string_view text;
  const text::TextAnalysis* analysis = nullptr;
  std::size_t first = 0;
  std::size_t end = 0;
};

// Immutable after construction; thread-safe (give each thread its own TaggerCache).
class Tagger {
 public:
  // `model` must outlive the tagger.
  explicit Tagger(const Model& model);
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Replaces doc->mentions with the entities found in doc->document.text, in text order.
  // The document's sentences are tagged one by one (the whole text as one sentence when
  // the analysis has none); a two-stage model then tags them again knowing what the first
  // stage found in the whole document.
  // REQUIRES: doc->analysis is text::Analyzer's analysis of doc->document.text with the
  // default normalization (the one the model was trained with).
  void Tag(doc::AnalyzedDoc* doc, TaggerCache* cache = nullptr) const;

  // Tags the sentences of one document; returns each sentence's entities as token spans
  // relative to its `first`.
  std::vector<std::vector<EntitySpan>> TagDocument(const std::vector<SentenceRef>& sentences,
                                                   TaggerCache* cache = nullptr) const;

  // Tags one sentence as a document of its own. *tags, when given, receives the final
  // stage's tags.
  std::vector<EntitySpan> TagSentence(std::string_view text, const text::TextAnalysis& analysis,
                                      std::size_t first, std::size_t end, TaggerCache* cache,
                                      std::vector<std::uint8_t>* tags = nullptr) const;

  // The emission scores (num_tags() per token) of tokens [first, end) from the type and
  // sentence features of `stage` (document features left out), computed through the cache
  // when `cache` is given and feature by feature otherwise; both give the same scores (up
  // to float rounding). For tests and diagnostics.
  std::vector<float> Emissions(std::string_view text, const text::TextAnalysis& analysis,
                               std::size_t first, std::size_t end, TaggerCache* cache,
                               int stage = 0) const;

  // The DocMemory/CorpusMemory keys (SentenceKeys::doc_key) of the tokens of `s`.
  void DocKeys(const SentenceRef& s, TaggerCache* cache, std::vector<std::uint64_t>* keys) const;

  const Model& model() const { return model_; }

 private:
  // Fills cache->emissions_ for a sentence from `stage`'s type and sentence features, and
  // cache->keys_ with its tokens' sentence keys.
  void ComputeEmissions(const SentenceRef& s, int stage, TaggerCache* cache) const;
  void ComputeEmissionsUncached(const SentenceRef& s, int stage, TaggerCache* cache) const;
  // Adds `stage`'s weights of the sentence's document features (and sports features, for a
  // document of TopicLevel `topic_level`) to cache->emissions_.
  void AddDocFeatures(const SentenceRef& s, const std::uint8_t* slots, int stage,
                      int topic_level, TaggerCache* cache) const;
  // Decodes cache->emissions_ (plus the stage's O bias) into cache->tags_.
  void Decode(std::size_t n, int stage, TaggerCache* cache) const;
  // Returns the cache entry of token i, computing it when new.
  std::uint32_t Lookup(std::string_view text, const text::TextAnalysis& analysis, std::size_t i,
                       TaggerCache* cache) const;
  void FillScores(const TypeFeatures& type, int stage, float* scores) const;
  std::size_t EntryFloats() const;  // floats per cache entry

  const Model& model_;
  FeatureExtractor extractor_;
  std::vector<float> bos_scores_;  // per stage: kOffsets rows for the positions before a
  std::vector<float> eos_scores_;  // sentence, and after it
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_TAGGER_H_
