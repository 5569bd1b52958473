// CorpusMemory: what a first tagger found for each word across a large unlabeled news corpus
// (../shared/data's ~20 million tokens): the share of the word's occurrences it tagged as
// part of a person, place, organisation or other name. A name the tagger meets in one
// ambiguous sentence has usually been seen in clearer ones elsewhere (قال X، الرئيس X),
// and the memory carries that evidence into the tagger's features (self-training as a
// lexicon, in the spirit of Ratinov & Roth 2009's non-local features and of mined
// gazetteers). Words are stored as 32-bit fingerprints of their bare form.
#ifndef MARSAD_NER_CORPUS_MEMORY_H_
#define MARSAD_NER_CORPUS_MEMORY_H_

#include <array>
#include <cstdint>

#include "marsad/base/result.h"
#include "marsad/ner/bio.h"
#include "marsad/ner/codec.h"
#include "marsad/base/flat_map.h"

namespace marsad::ner {

class CorpusMemory {
 public:
  // What is kept of a word: the percentage of its occurrences tagged inside an entity of
  // each type (doc::EntityType order), and 1 + floor(log2(occurrences)).
  struct Entry {
    std::array<std::uint8_t, kNumEntityTypes> percent{};
    std::uint8_t frequency = 0;
  };

  CorpusMemory() = default;

  // Building (single-threaded): records one occurrence of the word `key` (a 64-bit hash of
  // its bare form, SentenceKeys::doc_key) in `slot` (0: O, 1 + type: inside an entity).
  void Add(std::uint64_t key, int slot);
  // Keeps the words seen at least `min_count` times of which at least `min_percent` percent
  // were tagged inside an entity, and frees the counts. Call once, after the last Add.
  void Finish(std::uint32_t min_count, std::uint32_t min_percent);

  // The entry of `key`, or nullptr. Thread-safe after Finish.
  const Entry* Find(std::uint64_t key) const { return words_.Find(Fingerprint(key)); }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  std::size_t MemoryBytes() const { return words_.MemoryBytes(); }
  std::uint64_t occurrences() const { return occurrences_; }

  // Model-file section coding (Corruption on bad data).
  void Write(ByteWriter* out) const;
  static Result<CorpusMemory> Read(ByteReader* in);

 private:
  static std::uint32_t Fingerprint(std::uint64_t key) {
    return base::NonZero(static_cast<std::uint32_t>(key >> 32));
  }
  using Counts = std::array<std::uint32_t, 1 + kNumEntityTypes>;
  base::FlatMap<std::uint64_t, Counts> counts_;    // while building
  base::FlatMap<std::uint32_t, Entry> words_;      // after Finish
  std::uint64_t occurrences_ = 0;
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_CORPUS_MEMORY_H_
