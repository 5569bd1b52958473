// Posting lists: the sorted documents of one term with their frequencies and, for
// positional terms, the positions of each occurrence and, for stem-view terms, the form
// id of each occurrence (which exact spelling of the stem it was; the exact view is
// scored from these, docs/formats/index.md "Forms"). Encoded in blocks of kBlockSize
// documents, bit-packed, behind a skip table that also holds each block's impact
// (max frequency, min field length, max frequency of one form) for block-max pruning
// (docs/formats/index.md "Posting lists").
#ifndef MARSAD_INDEX_POSTINGS_H_
#define MARSAD_INDEX_POSTINGS_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/status.h"
#include "marsad/index/bitpack.h"

namespace marsad::index {

inline constexpr std::uint32_t kBlockSize = 128;
inline constexpr std::uint32_t kNoMoreDocs = std::numeric_limits<std::uint32_t>::max();
// PostingCursor::Init's form filter that keeps every document.
inline constexpr std::uint32_t kAllForms = std::numeric_limits<std::uint32_t>::max();

// Encodes one posting list. Not thread-safe; reusable after Finish().
class PostingsWriter {
 public:
  // Starts a list; `positions` says whether Add receives positions, `forms` whether it
  // receives a form id per position (REQUIRES: positions when forms).
  void Start(bool positions, bool forms = false);
  // Adds a document. REQUIRES: doc greater than the previous one; freq >= 1; when the list
  // has positions, `pos` holds `freq` strictly increasing positions; when it has forms,
  // `forms` holds the form id of each of them; field_len >= freq.
  void Add(std::uint32_t doc, std::uint32_t freq, const std::uint32_t* pos, std::uint32_t field_len,
           const std::uint32_t* forms = nullptr);
  // Appends the encoded list to *out; returns its document count.
  std::uint32_t Finish(std::string* out);

 private:
  void FlushBlock();

  bool positions_ = false;
  bool forms_ = false;
  std::uint32_t df_ = 0;
  std::uint32_t prev_last_ = 0;  // last doc of the previous block + 1 (0 before the first)
  std::vector<std::uint32_t> docs_, freqs_, pos_, form_ids_;
  std::uint32_t max_tf_ = 0, min_len_ = 0, max_form_tf_ = 0;
  std::string skip_, blocks_, scratch_;
  std::vector<std::uint32_t> tmp_;
};

// The impact of a block: the largest frequency and the smallest field length in it. BM25
// grows with the first and falls with the second, so bm25(max_tf, min_len) bounds the
// score of every document of the block. In a list with forms, max_form_tf is the largest
// frequency of any one form in a document of the block: bm25(max_form_tf, min_len) bounds
// the exact view of every form there.
struct BlockImpact {
  std::uint32_t max_tf = 0;
  std::uint32_t min_len = 0;
  std::uint32_t max_form_tf = 0;
};

// Iterates one encoded posting list (pisa's PostingCursor shape). The list bytes must stay
// alive. Not thread-safe; cheap to create (one per query term and segment).
class PostingCursor {
 public:
  // Parses the list's header and skip table. Corruption when they are inconsistent.
  // With a form filter (a list with forms), the cursor walks only the documents where
  // that form occurs, freq() is that form's frequency and impacts' max_tf is max_form_tf
  // (an exact-view term read from its stem's list); Positions() is then not available.
  Status Init(std::string_view list, std::uint32_t form_filter = kAllForms);

  // With a form filter, the stem's document count (an upper bound).
  std::uint32_t df() const { return df_; }
  bool has_positions() const { return positions_; }
  bool has_forms() const { return forms_; }
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
  // REQUIRES: has_positions(), no form filter and doc() != kNoMoreDocs.
  const std::uint32_t* Positions();
  // The form ids of the current document's occurrences, in position order (freq() of
  // them). REQUIRES: has_forms(), no form filter and doc() != kNoMoreDocs.
  const std::uint32_t* Forms();
  // How often `form` occurs in the current document (the exact view's frequency).
  // REQUIRES: has_forms(), no form filter and doc() != kNoMoreDocs.
  // Reads only this document's form ids from the packed block.
  std::uint32_t FormFreq(std::uint32_t form) {
    if (!pos_indexed_) IndexPositions();
    return CountEqualPacked(forms_packed_, forms_bytes_, pos_start_[idx_], freqs_[idx_], forms_bits_, form);
  }

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
  // Loads the first block whose last document is >= target unless the current one is;
  // false (and doc_ = kNoMoreDocs) when no block is.
  bool LoadBlockOf(std::uint32_t target);
  void DecodeFreqs();
  // pos_start_ from the frequencies; the packed positions' size.
  void IndexPositions();
  // Keeps the loaded block's documents where form_filter_ occurs, their frequency being
  // its frequency; moves on to the next block when none does (kNoMoreDocs after the last).
  void FilterBlock();
  void AdvanceFiltered(std::uint32_t target);

  struct Skip {
    std::uint32_t last_doc;
    std::uint32_t offset;  // of the block's data, from blocks_
    std::uint32_t size;
  };
  const char* blocks_ = nullptr;
  std::size_t blocks_size_ = 0;
  bool positions_ = false;
  bool forms_ = false;
  std::uint32_t form_filter_ = kAllForms;
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
  bool pos_indexed_ = false;        // pos_start_ and forms_data_ are set
  bool pos_decoded_ = false;
  bool forms_decoded_ = false;
  const char* forms_data_ = nullptr;  // packed form ids of the loaded block (width byte first)
  const char* forms_packed_ = nullptr;  // the packed values after it
  std::size_t forms_bytes_ = 0;         // their length
  int forms_bits_ = 0;
  std::vector<std::uint32_t> pos_;       // decoded positions of the block
  std::vector<std::uint32_t> form_of_;   // decoded form ids of the block
  std::uint32_t pos_start_[kBlockSize + 1];
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_POSTINGS_H_
