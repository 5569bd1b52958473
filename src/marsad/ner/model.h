// Model: a trained entity tagger — its tag scheme, feature options, word clusters,
// lexicon, a weight per (feature, tag) and tag-transition weights — and its file format
// (magic MRSDNER1, zstd-compressed, checksummed; docs/ner.md). Loaded once and shared
// read-only by every Tagger and thread.
#ifndef MARSAD_NER_MODEL_H_
#define MARSAD_NER_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/io/env.h"
#include "marsad/ner/bio.h"
#include "marsad/ner/codec.h"
#include "marsad/ner/corpus_memory.h"
#include "marsad/ner/features.h"
#include "marsad/base/flat_map.h"
#include "marsad/ner/lexicon.h"
#include "marsad/ner/word_clusters.h"

namespace marsad::ner {

// The format version this build writes and the highest it reads.
inline constexpr std::uint32_t kModelFormatVersion = 1;

// The weights of one linear stage: a weight per (feature, tag) and the tag transitions.
struct StageWeights {
  base::FlatMap<std::uint64_t, std::uint32_t> index;  // Model::Key(feature) -> row
  std::vector<float> weights;                   // rows of num_tags() weights
  std::vector<float> transitions;               // (num_tags()+1)^2, see Model::transitions
  float o_bias = 0;                             // added to every token's O score
};

// Immutable once built or loaded; all const methods are thread-safe. Move-only: taggers
// keep references into it.
//
// A model has one or two stages. Stage 0 tags each sentence from its own features. Stage 1,
// when present, tags again with the same features plus document features: what stage 0
// found for the same words elsewhere in the document (features.h, DocMemory).
class Model {
 public:
  // An empty one-stage model (no features: every token tagged O) with these parts; the
  // trainer fills in weights.
  Model(TagScheme scheme, FeatureOptions features, WordClusters clusters, Lexicon lexicon);
  Model(Model&&) noexcept = default;
  Model& operator=(Model&&) noexcept = default;
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  // Reads a model file. Errors name `path`: the Env's NotFound or IOError when it cannot be
  // read, NotSupported for another kind of file or an unknown format version, Corruption
  // for a bad checksum or malformed content.
  static Result<Model> Load(io::Env& env, const std::string& path);
  // Parses the bytes of a model file; `path` names it in errors.
  static Result<Model> Parse(std::string_view file, std::string_view path);
  // The bytes of the model file (weights quantized to 16 bits).
  Result<std::string> Serialize() const;
  Status Save(io::Env& env, const std::string& path) const;

  const TagSet& tags() const { return tags_; }
  int num_tags() const { return tags_.size(); }
  const FeatureOptions& feature_options() const { return features_; }
  const WordClusters& clusters() const { return clusters_; }
  const Lexicon& lexicon() const { return lexicon_; }
  // The corpus memory the model's features read, or null when it was trained without one.
  const CorpusMemory* corpus() const { return corpus_ ? &*corpus_ : nullptr; }
  void set_corpus(CorpusMemory corpus) { corpus_ = std::move(corpus); }
  int num_stages() const { return static_cast<int>(stages_.size()); }

  // The num_tags() weights of `feature` in `stage`, or nullptr when it has none.
  const float* Weights(std::uint64_t feature, int stage = 0) const {
    const StageWeights& s = stages_[static_cast<std::size_t>(stage)];
    const std::uint32_t* row = s.index.Find(Key(feature));
    return row == nullptr ? nullptr : s.weights.data() + std::size_t{*row} * Stride();
  }
  // The transition matrix of `stage`: (num_tags()+1)^2 weights, row = previous tag,
  // column = next tag, index num_tags() = the sentence boundary. Disallowed transitions
  // (TagSet::Allowed) are -infinity.
  const float* transitions(int stage = 0) const {
    return stages_[static_cast<std::size_t>(stage)].transitions.data();
  }
  // Added to every token's O score before decoding (TrainOptions::o_bias).
  float o_bias(int stage = 0) const { return stages_[static_cast<std::size_t>(stage)].o_bias; }
  std::size_t num_features() const;  // over all stages
  // Approximate heap bytes held (weights, index, clusters, lexicon).
  std::size_t MemoryBytes() const;

  // Sentences per document when a CoNLL file (which has no document boundaries) is tagged:
  // the grouping the document features were trained with.
  int doc_sentences() const { return doc_sentences_; }
  void set_doc_sentences(int n) { doc_sentences_ = n; }

  // A free-form note stored with the model (how it was trained).
  const std::string& info() const { return info_; }
  void set_info(std::string info) { info_ = std::move(info); }

  // Trainer interface. AddStage appends an empty stage and returns its index. AddFeature
  // returns the weights of `feature`, adding a zero row when absent; pointers stay valid
  // until the next AddFeature call on that stage.
  int AddStage();
  float* AddFeature(std::uint64_t feature, int stage = 0);
  void SetTransition(int prev, int next, float w, int stage = 0);  // -1: the boundary
  void set_o_bias(float b, int stage = 0) { stages_[static_cast<std::size_t>(stage)].o_bias = b; }
  // Sets the constraint -infinities of every stage's transitions (call after setting them).
  void ApplyConstraints();

  // Features are keyed by the top 40 bits of their hash.
  static std::uint64_t Key(std::uint64_t feature) { return base::NonZero(feature >> 24); }

 private:
  std::size_t Stride() const { return static_cast<std::size_t>(tags_.size()); }
  Status ReadStage(ByteReader* in, int stage);

  TagSet tags_;
  FeatureOptions features_;
  WordClusters clusters_;
  Lexicon lexicon_;
  std::optional<CorpusMemory> corpus_;
  std::vector<StageWeights> stages_;
  int doc_sentences_ = 20;
  std::string info_;
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_MODEL_H_
