// Posting lists: the sorted documents of one term with their frequencies and, for
// positional terms, the positions of each occurrence. Encoded in blocks of kBlockSize
// documents, bit-packed, behind a skip table that also holds each block's impact
// (max frequency, min field length) for block-max pruning (docs/formats/index.md
// "Posting lists").
#ifndef MARSAD_INDEX_POSTINGS_H_
#define MARSAD_INDEX_POSTINGS_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/status.h"

namespace marsad::index {

inline constexpr std::uint32_t kBlockSize = 128;
inline constexpr std::uint32_t kNoMoreDocs = std::numeric_limits<std::uint32_t>::max();

// Encodes one posting list. Not thread-safe; reusable after Finish().
class PostingsWriter {
 public:
  // Starts a list; `positions` says whether Add receives positions.
  void Start(bool positions);
  // Adds a document. REQUIRES: doc greater than the previous one; freq >= 1; when the list
  // has positions, `pos` holds `freq` strictly increasing positions; field_len >= freq.
  void Add(std::uint32_t doc, std::uint32_t freq, const std::uint32_t* pos, std::uint32_t field_len);
  // Appends the encoded list to *out; returns its document count.
  std::uint32_t Finish(std::string* out);

 private:
  void FlushBlock();

  bool positions_ = false;
  std::uint32_t df_ = 0;
  std::uint32_t prev_last_ = 0;  // last doc of the previous block + 1 (0 before the first)
  std::vector<std::uint32_t> docs_, freqs_, pos_;
  std::uint32_t max_tf_ = 0, min_len_ = 0;
  std::string skip_, blocks_, scratch_;
  std::vector<std::uint32_t> tmp_;
};

// The impact of a block: the largest frequency and the smallest field length in it. BM25
// grows with the first and falls with the second, so bm25(max_tf, min_len) bounds the
// score of every document of the block.
struct BlockImpact {
  std::uint32_t max_tf = 0;
  std::uint32_t min_len = 0;
};

// Iterates one encoded posting list (pisa's PostingCursor shape). The list bytes must stay
// alive. Not thread-safe; cheap to create (one per query term and segment).
class PostingCursor {
 public:
  // Parses the list's header and skip table. Corruption when they are inconsistent.
  Status Init(std::string_view list);

  std::uint32_t df() const { return df_; }
  bool has_positions() const { return positions_; }
  std::uint32_t doc() const { return doc_; }  // kNoMoreDocs when exhausted
  std::uint32_t freq() {
    if (!freqs_decoded_) DecodeFreqs();
    return freqs_[idx_];
  }

  // Moves to the next document.
  void Next();
  // Moves to the first document >= target; never moves backwards.
  void Advance(std::uint32_t target);

  // The positions of the current document (freq() of them).
  // REQUIRES: has_positions() and doc() != kNoMoreDocs.
  const std::uint32_t* Positions();

  // Block-max: the block that would hold `target` (without decoding it), its last document
  // and impact. Returns false when target is past the last document.
  bool ShallowBlock(std::uint32_t target, std::uint32_t* block_last, BlockImpact* impact) const;
  // The impact over the whole list.
  const BlockImpact& list_impact() const { return list_impact_; }
  // The largest bound(impact) over the blocks that may hold documents in [lo, hi), from
  // the current block on; 0 when none.
  template <typename BoundFn>
  float MaxBound(std::uint32_t lo, std::uint32_t hi, BoundFn bound) const {
    float best = 0;
    if (doc_ == kNoMoreDocs) return 0;
    const auto from = std::partition_point(skips_.begin() + block_, skips_.end(),
                                           [lo](const Skip& s) { return s.last_doc < lo; });
    for (auto b = static_cast<std::size_t>(from - skips_.begin()); b < skips_.size(); ++b) {
      const std::uint32_t first = b == 0 ? 0 : skips_[b - 1].last_doc + 1;
      if (first >= hi) break;
      best = std::max(best, bound(impacts_[b]));
    }
    return best;
  }
  // The impact of the block holding the current document. REQUIRES: doc() != kNoMoreDocs.
  const BlockImpact& current_impact() const { return impacts_[block_]; }

 private:
  void LoadBlock(std::uint32_t b);
  void DecodeFreqs();

  struct Skip {
    std::uint32_t last_doc;
    std::uint32_t offset;  // of the block's data, from blocks_
    std::uint32_t size;
  };
  const char* blocks_ = nullptr;
  std::size_t blocks_size_ = 0;
  bool positions_ = false;
  std::uint32_t df_ = 0;
  std::vector<Skip> skips_;
  std::vector<BlockImpact> impacts_;
  BlockImpact list_impact_;

  std::uint32_t block_ = 0;  // loaded block
  std::uint32_t n_ = 0;      // docs in it
  std::uint32_t idx_ = 0;
  std::uint32_t doc_ = kNoMoreDocs;
  std::uint32_t docs_[kBlockSize];
  std::uint32_t freqs_[kBlockSize];
  const char* freq_data_ = nullptr;  // packed frequencies of the loaded block
  bool freqs_decoded_ = false;
  const char* pos_data_ = nullptr;  // packed positions of the loaded block
  bool pos_decoded_ = false;
  std::vector<std::uint32_t> pos_;       // decoded positions of the block
  std::uint32_t pos_start_[kBlockSize + 1];
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_POSTINGS_H_
