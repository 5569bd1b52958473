// Posting lists: the sorted documents of one term with their frequencies and, for
// positional terms, the positions of each occurrence and, for stem-view terms, each
// document's forms (which exact spellings of the stem it holds and how often; the exact
// view is scored from these, docs/formats/index.md "Forms"). Encoded in blocks of kBlockSize
// documents, bit-packed, behind a skip table that also holds each block's impact
// (max frequency, min field length, max frequency of one form) for block-max pruning
// (docs/formats/index.md "Posting lists").
#ifndef MARSAD_INDEX_POSTINGS_H_
#define MARSAD_INDEX_POSTINGS_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/status.h"
#include "marsad/index/bitpack.h"

namespace marsad::base {
class ByteReader;  // byte_coding.h
}  // namespace marsad::base

namespace marsad::index {

inline constexpr std::uint32_t kBlockSize = 128;
inline constexpr std::uint32_t kNoMoreDocs = std::numeric_limits<std::uint32_t>::max();
// PostingCursor::Init's form filter that keeps every document.
inline constexpr std::uint32_t kAllForms = std::numeric_limits<std::uint32_t>::max();

// What a list holds besides its documents and frequencies. It follows from the term's
// space (ListKindOf, segment_reader.h) and, with the df from the dictionary, is not stored
// in the list (format 8).
struct ListKind {
  bool positions = false;
  bool forms = false;  // each document's forms (with or without positions: format 9)
  bool lead = false;   // each document's lead-field frequency (body stem lists)
  bool lengths = false;  // its documents have field lengths (text spaces; else each counts 1)
};

// The lengths a list's documents were written with, by doc id (the document table's): its
// field's and, for a list with the lead, the lead field's. A one-block list does not store
// its min lengths; the reader takes them from these (format 8). A document past the end
// reads as length 0 (a bound computed from it stays a bound).
struct ListLengths {
  std::span<const std::uint32_t> field;
  std::span<const std::uint32_t> lead;
};

// One form of a stem in a document and how often it occurs there.
struct FormTf {
  std::uint32_t form;
  std::uint32_t tf;
};

// A document's (form, tf) pairs, forms ascending, from the form id of each of its n
// occurrences (in any order) into *out.
void FormPairsOf(const std::uint32_t* forms, std::uint32_t n, std::vector<FormTf>* out);

// Encodes one posting list. Not thread-safe; reusable after Finish().
class PostingsWriter {
 public:
  // Starts a list; `positions` says whether Add receives positions, `forms` whether it
  // receives each document's (form, tf) pairs (with or without positions), `lead`
  // whether it stores each document's lead-field frequency beside its own (a body stem
  // list: the lead is the body's first tokens, so its documents are among the list's).
  void Start(bool positions, bool forms = false, bool lead = false);
  // Adds a document. REQUIRES: doc greater than the previous one; freq >= 1; when the list
  // has positions, `pos` holds `freq` strictly increasing positions below field_len (they
  // are coded in [0, field_len), the reader passes the same lengths); when it has forms,
  // `forms` holds num_forms >= 1 pairs, forms strictly ascending, tfs >= 1 summing to freq;
  // field_len >= freq. With `lead`, lead_tf is the document's lead-field frequency (0: not
  // in its lead) and lead_len its lead length (used when lead_tf > 0).
  void Add(std::uint32_t doc, std::uint32_t freq, const std::uint32_t* pos, std::uint32_t field_len,
           const FormTf* forms = nullptr, std::uint32_t num_forms = 0, std::uint32_t lead_tf = 0,
           std::uint32_t lead_len = 0);
  // Appends the encoded list to *out; returns its document count.
  std::uint32_t Finish(std::string* out);

 private:
  void FlushBlock();
  void ClearBlock();  // empties the current block's buffers

  bool positions_ = false;
  bool forms_ = false;
  bool with_lead_ = false;  // lead-field frequencies (not the forms' lead_ below)
  std::uint32_t df_ = 0;
  std::uint32_t lead_df_ = 0;    // documents with a lead-field frequency
  std::uint32_t prev_last_ = 0;  // last doc of the previous block + 1 (0 before the first)
  std::vector<std::uint32_t> docs_, freqs_, pos_, lens_;
  // The block's forms: per document its lead form (the most frequent) and, with freq >= 2,
  // its gap (freq - the lead's tf); per document with other forms, their number - 1, their
  // ids and tf - 1 of each but the last (whose tf is the rest of the gap).
  std::vector<std::uint32_t> lead_, gap_, other_counts_, other_forms_, other_tfs_;
  bool mixed_ = false;  // some document of the block has more than one form
  bool one_form_ = true;  // every document so far holds form 0 only (the stem's one form)
  std::size_t forms_at_ = 0, forms_size_ = 0;  // the last flushed block's forms section in blocks_
  std::vector<std::uint32_t> lead_tfs_;  // the block's lead-field frequencies (with lead_)
  std::uint32_t max_tf_ = 0, min_len_ = 0, max_form_tf_ = 0, max_lead_tf_ = 0, min_lead_len_ = 0;
  std::string skip_, blocks_, scratch_;
  std::vector<std::uint32_t> tmp_;
  std::vector<std::uint64_t> block_sizes_;  // bytes of each block; the last one's is not stored
};

// The impact of a block: the largest frequency and the smallest field length in it. BM25
// grows with the first and falls with the second, so bm25(max_tf, min_len) bounds the
// score of every document of the block. In a list with forms, max_form_tf is the largest
// frequency of any one form in a document of the block: bm25(max_form_tf, min_len) bounds
// the exact view of every form there. In a list with the lead field, max_lead_tf is the
// largest lead-field frequency in the block and min_lead_len the smallest lead length of
// the documents that have one (0, 0: no document of the block has the term in its lead).
struct BlockImpact {
  std::uint32_t max_tf = 0;
  std::uint32_t min_len = 0;
  std::uint32_t max_form_tf = 0;
  std::uint32_t max_lead_tf = 0;
  std::uint32_t min_lead_len = 0;
};

// The bytes of each part of an encoded list (index_tool sizes): header and skip table,
// then the blocks' doc ids, frequencies, lead-field frequencies, forms and positions
// (width bytes included).
struct ListSections {
  std::uint64_t skips = 0, docs = 0, freqs = 0, leads = 0, forms = 0, positions = 0;
};

// Iterates one encoded posting list (pisa's PostingCursor shape). The list bytes must stay
// alive. Not thread-safe; cheap to create (one per query term and segment).
class PostingCursor {
 public:
  // Parses the list's header and skip table; `df` is the term's (the dictionary's) and
  // `kind` its space's (neither is stored in the list). Corruption when they are
  // inconsistent. With a form filter (a list with forms), the cursor walks only the documents where
  // that form occurs, freq() is that form's frequency and impacts' max_tf is max_form_tf
  // (an exact-view term read from its stem's list); Positions() is then not available.
  Status Init(std::string_view list, std::uint32_t df, ListKind kind, ListLengths lengths,
              std::uint32_t form_filter = kAllForms);

  // With a form filter, the stem's document count (an upper bound).
  std::uint32_t df() const { return df_; }
  // A list with the lead field: the documents that have the term in their lead (the lead
  // term's df, for its idf); else 0.
  std::uint32_t lead_df() const { return lead_df_; }
  // The same from the header alone of a body stem list of df documents (no skip table
  // read); 0 for a damaged list.
  static std::uint32_t LeadDfOf(std::string_view list, std::uint32_t df);
  bool has_positions() const { return positions_; }
  bool has_forms() const { return forms_; }
  bool has_lead() const { return lead_; }
  std::uint32_t doc() const { return doc_; }  // kNoMoreDocs when exhausted
  std::uint32_t freq() {
    if (!freqs_decoded_) DecodeFreqs();
    return freqs_[idx_];
  }

  // The current document's lead-field frequency (0 when the term is not in its lead, or
  // the list has no lead). A block without lead occurrences decodes nothing.
  // REQUIRES: no form filter and doc() != kNoMoreDocs.
  // The block's are decoded on the first call in it.
  std::uint32_t LeadTf() {
    if (impacts_[block_].max_lead_tf == 0) return 0;
    if (!leads_decoded_) DecodeLeads();
    return lead_tfs_[idx_];
  }

  // Moves to the next document. The step inside the decoded part of a block is inline (the
  // essential lists' loop calls it once per posting).
  void Next() {
    if (doc_ != kNoMoreDocs && idx_ + 1 < dec_) {
      doc_ = docs_[++idx_];
      return;
    }
    NextSlow();
  }
  // Moves to the first document >= target; never moves backwards.
  void Advance(std::uint32_t target);

  // The positions of the current document (freq() of them). `field_lens`: the field
  // length of each document of the segment by doc id (the model the positions are coded
  // with; a missing one reads as 0 and decodes garbage, never out of bounds). Decodes the
  // block's documents up to the current one only (the others when asked).
  // REQUIRES: has_positions(), no form filter and doc() != kNoMoreDocs.
  const std::uint32_t* Positions(std::span<const std::uint32_t> field_lens);
  // The current document's (form, tf) pairs, forms ascending.
  // REQUIRES: has_forms(), no form filter and doc() != kNoMoreDocs.
  std::span<const FormTf> FormPairs();
  // How often `form` occurs in the current document (the exact view's frequency).
  // REQUIRES: has_forms(), no form filter and doc() != kNoMoreDocs.
  // The block's lead forms and gaps are decoded on the first call in it; a document's
  // other forms (a mixed block) only when the lead is not the one asked for.
  std::uint32_t FormFreq(std::uint32_t form) {
    if (!forms_decoded_) DecodeForms();
    return FormFreqAt(idx_, form);
  }

  // Block-max: the block that would hold `target` (without decoding it), its last document
  // and impact. Returns false when target is past the last document.
  bool ShallowBlock(std::uint32_t target, std::uint32_t* block_last, BlockImpact* impact) const;
  // The same block by its index (num_blocks() when target is past the last document),
  // without a search when target lies in the loaded block (most probes).
  std::size_t ShallowBlockIndex(std::uint32_t target) const {
    if (doc_ != kNoMoreDocs && skips_[block_].last_doc >= target) return block_;
    return BlockFor(target, block_);
  }
  std::size_t num_blocks() const { return skips_.size(); }
  const BlockImpact& block_impact(std::size_t b) const { return impacts_[b]; }
  // MaxBound with each block's bound precomputed (`bounds[b]`, num_blocks() of them).
  float MaxBlockBound(std::uint32_t lo, std::uint32_t hi, const float* bounds) const {
    return MaxOverBlocks(lo, hi, [bounds](std::size_t b) { return bounds[b]; });
  }
  // The impact over the whole list.
  const BlockImpact& list_impact() const { return list_impact_; }
  // The largest bound(impact) over the blocks that may hold documents in [lo, hi), from
  // the current block on; 0 when none.
  template <typename BoundFn>
  float MaxBound(std::uint32_t lo, std::uint32_t hi, BoundFn bound) const {
    return MaxOverBlocks(lo, hi, [&](std::size_t b) { return bound(impacts_[b]); });
  }
  // How list's bytes divide into ListSections (zeros for a damaged list).
  static ListSections Measure(std::string_view list, std::uint32_t df, ListKind kind, ListLengths lengths);

  // The impact of the block holding the current document. REQUIRES: doc() != kNoMoreDocs.
  const BlockImpact& current_impact() const { return impacts_[block_]; }

 private:
  // The largest block_bound(b) over the blocks that may hold documents in [lo, hi), from the
  // current block on; 0 when none.
  template <typename BlockBoundFn>
  float MaxOverBlocks(std::uint32_t lo, std::uint32_t hi, BlockBoundFn block_bound) const {
    float best = 0;
    if (doc_ == kNoMoreDocs) return 0;
    const auto from = std::partition_point(skips_.begin() + block_, skips_.end(),
                                           [lo](const Skip& s) { return s.last_doc < lo; });
    for (auto b = static_cast<std::size_t>(from - skips_.begin()); b < skips_.size(); ++b) {
      const std::uint32_t first = b == 0 ? 0 : skips_[b - 1].last_doc + 1;
      if (first >= hi) break;
      best = std::max(best, block_bound(b));
    }
    return best;
  }
  // Init's rest for a list of one block (format 7: no last document or maxima stored).
  Status InitOneBlock(base::ByteReader* d, ListLengths lengths, bool text);
  // Loads block b. With a target (and no form filter), decodes its doc ids only in chunks
  // up to the first one >= target (a probe mostly needs one document); kNoMoreDocs: all.
  void LoadBlock(std::uint32_t b, std::uint32_t target = kNoMoreDocs);
  // Decodes the next chunk of the loaded block's doc ids (dec_ < n_), `base` being the
  // last decoded doc + 1 (the block's base for the first chunk).
  void DecodeMoreDocs(std::uint32_t base);
  // Loads the first block whose last document is >= target unless the current one is;
  // false (and doc_ = kNoMoreDocs) when no block is.
  bool LoadBlockOf(std::uint32_t target);
  // The first block from `from` on whose last document is >= target; skips_.size() if none.
  std::size_t BlockFor(std::uint32_t target, std::size_t from) const;
  void DecodeFreqs();
  void DecodeLeads();  // the loaded block's lead-field frequencies
  // Decodes the loaded block's lead forms and gaps.
  void DecodeForms();
  // Decodes its other forms (a mixed block); finds its positions (pos_data_).
  void DecodeOthers();
  std::uint32_t FormFreqAt(std::uint32_t i, std::uint32_t form) {
    if (!forms_mixed_) return lead_of_[i] == form ? freqs_[i] : 0;
    if (lead_of_[i] == form) return freqs_[i] - std::min(gap_of_[i], freqs_[i]);
    return gap_of_[i] == 0 ? 0 : OtherFormFreq(i, form);
  }
  std::uint32_t OtherFormFreq(std::uint32_t i, std::uint32_t form);
  // Keeps the loaded block's documents where form_filter_ occurs, their frequency being
  // its frequency; moves on to the next block when none does (kNoMoreDocs after the last).
  void FilterBlock();
  void AdvanceFiltered(std::uint32_t target);
  void NextSlow();  // Next past the decoded documents (or when exhausted)

  struct Skip {
    std::uint32_t last_doc;
    std::uint32_t offset;  // of the block's data, from blocks_
    std::uint32_t size;
  };
  const char* blocks_ = nullptr;
  std::size_t blocks_size_ = 0;
  bool positions_ = false;
  bool forms_ = false;
  bool lead_ = false;
  bool one_form_ = false;  // a one-block list whose documents all hold form 0 only: no forms section
  std::uint32_t form_filter_ = kAllForms;
  std::uint32_t df_ = 0;
  std::uint32_t lead_df_ = 0;
  std::vector<Skip> skips_;
  std::vector<BlockImpact> impacts_;
  BlockImpact list_impact_;

  std::uint32_t block_ = 0;  // loaded block
  std::uint32_t n_ = 0;      // docs in it
  std::uint32_t idx_ = 0;
  std::uint32_t doc_ = kNoMoreDocs;
  std::uint32_t dec_ = 0;  // docs_[0, dec_) are decoded (dec_ <= n_)
  const char* doc_packed_ = nullptr;  // the loaded block's packed doc gaps (partial decode)
  int doc_bits_ = 0;
  bool vertical_ = false;  // the loaded block is full: doc gaps, freqs and leads packed vertically
  std::uint32_t docs_[kBlockSize];
  std::uint32_t freqs_[kBlockSize];
  const char* freq_data_ = nullptr;  // packed frequencies of the loaded block
  bool freqs_decoded_ = false;
  const char* lead_data_ = nullptr;    // the block's packed lead-field frequencies (with lead_)
  bool leads_decoded_ = false;
  std::uint32_t lead_tfs_[kBlockSize];

  const char* after_freqs_ = nullptr;  // the block's form sections (or positions) start here
  bool forms_decoded_ = false;         // the fields below up to others_at_ are set
  // Per document of the block its lead form (the most frequent) and, in a mixed block (some
  // document has several forms), its gap: freq - the lead's tf, the other forms' share.
  bool forms_mixed_ = false;
  std::uint32_t lead_of_[kBlockSize];
  std::uint32_t gap_of_[kBlockSize];
  const char* others_at_ = nullptr;  // a mixed block's other-forms sections (else positions)
  bool others_decoded_ = false;      // the fields below and pos_data_ are set
  // Document i's other forms: [other_start_[i], other_start_[i + 1]) of other_form_ and
  // other_tf_, forms ascending.
  std::uint32_t other_start_[kBlockSize + 1];
  std::vector<std::uint32_t> other_form_, other_tf_;
  std::uint32_t counts_[kBlockSize];  // DecodeOthers' scratch
  const char* pos_data_ = nullptr;    // the loaded block's coded positions
  bool pos_started_ = false;          // pos_start_ is set and pos_ sized for the block
  std::uint32_t pos_docs_ = 0;        // documents [0, pos_docs_) of the block are decoded
  std::uint64_t pos_bit_ = 0;         // where document pos_docs_'s positions start, in bits
  std::vector<std::uint32_t> pos_;    // decoded positions of the block
  std::uint32_t pos_start_[kBlockSize + 1];
  std::vector<FormTf> pairs_;  // FormPairs' answer
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_POSTINGS_H_
