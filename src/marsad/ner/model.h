// Model: a trained entity tagger — its tag scheme, feature options, word clusters,
// lexicon, a weight per (feature, tag) and tag-transition weights — and its file format
// (magic MRSDNER1, zstd-compressed, checksummed; docs/ner.md). Loaded once and shared
// read-only by every Tagger and thread.
#ifndef MARSAD_NER_MODEL_H_
#define MARSAD_NER_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/io/env.h"
#include "marsad/ner/bio.h"
#include "marsad/ner/features.h"
#include "marsad/ner/flat_map.h"
#include "marsad/ner/lexicon.h"
#include "marsad/ner/word_clusters.h"

namespace marsad::ner {

// The format version this build writes and the highest it reads.
inline constexpr std::uint32_t kModelFormatVersion = 1;

// Immutable once built or loaded; all const methods are thread-safe. Move-only: taggers
// keep references into it.
class Model {
 public:
  // An empty model (no features: every token tagged O) with these parts; the trainer
  // fills in weights.
  Model(TagScheme scheme, FeatureOptions features, WordClusters clusters, Lexicon lexicon);
  Model(Model&&) noexcept = default;
  Model& operator=(Model&&) noexcept = default;
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  // Reads a model file. Errors name `path`: the Env's NotFound or IOError when it cannot
  // be read, NotSupported
  // for another kind of file or an unknown format version, Corruption for a bad checksum or
  // malformed content.
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

  // The num_tags() weights of `feature`, or nullptr when the model does not know it.
  const float* Weights(std::uint64_t feature) const {
    const std::uint32_t* row = index_.Find(Key(feature));
    return row == nullptr ? nullptr : weights_.data() + std::size_t{*row} * Stride();
  }
  // The transition matrix: (num_tags()+1)^2 weights, row = previous tag, column = next
  // tag, index num_tags() = the sentence boundary. Disallowed transitions (TagSet::Allowed)
  // are -infinity.
  const float* transitions() const { return transitions_.data(); }
  std::size_t num_features() const { return index_.size(); }
  // Approximate heap bytes held (weights, index, clusters, lexicon).
  std::size_t MemoryBytes() const;

  // A free-form note stored with the model (how it was trained).
  const std::string& info() const { return info_; }
  void set_info(std::string info) { info_ = std::move(info); }

  // Trainer interface. Returns the weights of `feature`, adding a zero row when absent;
  // pointers stay valid until the next AddFeature call.
  float* AddFeature(std::uint64_t feature);
  void SetTransition(int prev, int next, float w);  // -1: the boundary
  // Keeps only the constraint -infinities of transitions (call after setting them).
  void ApplyConstraints();

  // Features are keyed by the top 40 bits of their hash.
  static std::uint64_t Key(std::uint64_t feature) { return NonZero(feature >> 24); }

 private:
  std::size_t Stride() const { return static_cast<std::size_t>(tags_.size()); }

  TagSet tags_;
  FeatureOptions features_;
  WordClusters clusters_;
  Lexicon lexicon_;
  FlatMap<std::uint64_t, std::uint32_t> index_;  // Key(feature) -> row
  std::vector<float> weights_;                   // rows of num_tags() weights
  std::vector<float> transitions_;
  std::string info_;
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_MODEL_H_
