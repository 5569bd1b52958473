// WordClusters: each word of a large unlabeled news corpus mapped to a class at several
// granularities (say 64, 256 and 1024 classes), learned by marsad itself
// (exchange_clustering.h, `marsad train clusters`). Words that occur in the same contexts
// share a class, so the tagger generalises from a name it saw in training to names it
// never saw (Miller et al. 2004; Ratinov & Roth 2009). Words are stored as 32-bit
// fingerprints of their normalized form (see ClusterForm).
#ifndef MARSAD_NER_WORD_CLUSTERS_H_
#define MARSAD_NER_WORD_CLUSTERS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/io/env.h"
#include "marsad/ner/codec.h"
#include "marsad/base/flat_map.h"
#include "marsad/text/token.h"

namespace marsad::ner {

inline constexpr std::size_t kMaxClusterLevels = 4;

// What the clusters file knows of one word.
struct WordClass {
  std::array<std::uint16_t, kMaxClusterLevels> ids{};  // its class at each level
  std::uint8_t frequency = 0;  // 1 + floor(log2(its count in the corpus)); 0: not recorded
};

// The vocabulary form of a token for clustering: its normalized form, with every number
// folded to "<num>" and URLs, e-mails and @handles to one symbol each.
std::string_view ClusterForm(text::TokenKind kind, std::string_view norm);

// Building is single-threaded; lookups are const and thread-safe.
class WordClusters {
 public:
  WordClusters() = default;
  // `levels[i]` is the number of classes at level i (at most kMaxClusterLevels levels,
  // each at most 65535 classes).
  explicit WordClusters(std::vector<std::uint32_t> levels);

  const std::vector<std::uint32_t>& levels() const { return levels_; }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  std::size_t MemoryBytes() const { return words_.MemoryBytes(); }

  // Sets the classes of `word` (its ClusterForm): ids[i] < levels[i].
  void Set(std::string_view word, const WordClass& c);
  // The classes of `word`, or nullptr when it was not clustered.
  const WordClass* Find(std::string_view word) const;

  // Model-file section coding (Corruption on bad data).
  void Write(ByteWriter* out) const;
  static Result<WordClusters> Read(ByteReader* in);

  // A standalone clusters file (magic MRSDCLS1): written by `marsad train clusters`, read
  // by `marsad train ner`. Errors name `path`.
  Status Save(io::Env& env, const std::string& path) const;
  static Result<WordClusters> Load(io::Env& env, const std::string& path);

 private:
  static std::uint32_t Key(std::string_view word);
  std::vector<std::uint32_t> levels_;
  base::FlatMap<std::uint32_t, WordClass> words_;
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_WORD_CLUSTERS_H_
