// SegmentBuilder: inverts documents in memory and writes them as one immutable segment
// (docs/formats/index.md). Per token it does one hash lookup (the token's norm, which
// remembers the ids of its three terms) and appends to an in-memory log of (term,
// document) entries.
#ifndef MARSAD_INDEX_SEGMENT_WRITER_H_
#define MARSAD_INDEX_SEGMENT_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/index/schema.h"
#include "marsad/index/segment_reader.h"
#include "marsad/text/large_buffer.h"

namespace marsad::index {

// Not thread-safe.
class SegmentBuilder {
 public:
  SegmentBuilder() : SegmentBuilder(kDefaultLeadTokens) {}
  static constexpr std::uint32_t kDefaultLeadTokens = 48;
  // A lead occurrence at position p counts 1 + (p < 24) + (p < 8) in the lead's term
  // frequency: headlines restate the first words of a story most (tuned on
  // news-known-item dev, docs/search.md).
  static constexpr std::uint32_t kLeadEmphasis[2] = {24, 8};
  SegmentBuilder(const SegmentBuilder&) = delete;
  SegmentBuilder& operator=(const SegmentBuilder&) = delete;

  // The first `lead_tokens` indexed tokens of the body also form the lead field.
  explicit SegmentBuilder(std::uint32_t lead_tokens);

  // Adds a document as local id num_docs(). The caller makes ids unique per segment.
  void Add(const IndexDoc& doc);

  std::uint32_t num_docs() const { return static_cast<std::uint32_t>(docs_.size()); }
  // Approximate bytes held by the buffers (for flushing on a memory budget).
  std::size_t memory_bytes() const { return memory_; }
  const std::vector<DocRecord>& docs() const { return docs_; }

  // Encodes the buffered documents as a segment file (footer included) and clears the
  // builder.
  std::string Finish();

 private:
  struct Term {
    std::uint32_t key_pos;  // space byte + term bytes in arena_
    std::uint32_t key_len;
    std::uint32_t last_doc = 0xFFFFFFFFU;  // the document of its latest log entry
    std::uint32_t slot = 0;                // that entry, in log_
    std::uint32_t lead = 0xFFFFFFFFU;      // body stem terms: their lead term
  };
  // One (term, document) pair of the log, which is in document order: the entries of
  // document d are log_[doc_entries_[d], doc_entries_[d + 1]). The positions of positional
  // (stem view) entries lie in positions_ in log order, `freq` each.
  struct Entry {
    std::uint32_t term;
    std::uint32_t freq;
  };
  // A token's norm in one field, with the ids of its exact, stem and key terms; the
  // field byte, norm, stem and key bytes lie together in arena_ from `pos`.
  struct TokenEntry {
    std::uint32_t pos;
    std::uint16_t norm_len, stem_len, key_len;
    std::uint32_t ids[kNumViews];
  };

  std::string_view TermKey(const Term& t) const {
    return std::string_view(arena_.data() + t.key_pos, t.key_len);
  }
  std::uint32_t TermId(char space, std::string_view bytes);
  const std::uint32_t* TokenIds(Field f, std::string_view norm, std::string_view stem,
                                std::string_view key);
  // The lead-field term of a body stem term (remembered per stem term).
  std::uint32_t LeadTerm(std::uint32_t body_stem);
  // Counts one occurrence of `term` in `doc`; returns its log entry.
  std::uint32_t Touch(std::uint32_t term, std::uint32_t doc);
  void AddField(Field f, const text::TextAnalysis& a, std::uint32_t doc, DocRecord* rec);
  void Clear();

  std::string arena_;
  std::vector<Term> terms_;
  std::vector<std::uint64_t> term_slots_;   // open addressing: hash tag << 32 | (id + 1)
  std::vector<TokenEntry> tokens_;
  std::vector<std::uint64_t> token_slots_;  // hash tag << 32 | (entry + 1)
  text::LargeArray<Entry> log_;  // grows in place (mremap): no copying
  text::LargeArray<std::uint32_t> positions_;
  std::vector<std::uint32_t> doc_entries_;  // per document: its first log entry
  std::vector<std::uint32_t> field_slots_;  // per position of the current field: its stem entry
  std::vector<std::uint32_t> fill_;
  std::vector<DocRecord> docs_;
  std::size_t memory_ = 0;
  std::string key_scratch_;
  std::uint32_t ids_scratch_[kNumViews] = {0, 0, 0};
  std::uint32_t lead_tokens_;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_SEGMENT_WRITER_H_
