// SegmentBuilder: inverts documents in memory and writes them as one immutable segment
// (docs/formats/index.md). Per token it does one hash lookup (the token's norm, which
// remembers the ids of its three terms) and counts the occurrence in the document's list
// of touched terms; at the document's end each touched term appends its entry to its own
// chain of byte slices (Lucene's ByteBlockPool), which Finish reads in term order.
#ifndef MARSAD_INDEX_SEGMENT_WRITER_H_
#define MARSAD_INDEX_SEGMENT_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/index/file_sink.h"
#include "marsad/index/schema.h"
#include "marsad/index/segment_reader.h"
#include "marsad/text/analyzer.h"
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

  // The first `lead_tokens` indexed tokens of the body also form the lead field. The
  // term-id memo keeps at most `memo_limit` tokens per (cache arena, field); it starts
  // afresh when full.
  explicit SegmentBuilder(std::uint32_t lead_tokens, std::size_t memo_limit = kDefaultMemoLimit);
  static constexpr std::size_t kDefaultMemoLimit = std::size_t{1} << 20;

  // Adds a document as local id num_docs(). The caller makes ids unique per segment.
  void Add(const IndexDoc& doc);

  std::uint32_t num_docs() const { return static_cast<std::uint32_t>(docs_.size()); }
  // Approximate bytes held by the buffers (for flushing on a memory budget).
  std::size_t memory_bytes() const { return memory_; }
  const std::vector<DocRecord>& docs() const { return docs_; }
  // Tokens the term-id memos of field `f` hold now (for tests of their bound).
  std::size_t memo_size(Field f) const {
    std::size_t n = 0;
    for (const Memo& m : memos_[static_cast<int>(f)]) n += m.used;
    return n;
  }

  // Encodes the buffered documents as a segment file (footer included) and clears the
  // builder.
  std::string Finish();
  // The same, written to `sink` as it is encoded; the sink's first write error. The builder
  // is cleared either way. With `threads` > 1 a second thread sorts the terms and encodes
  // lists too (chunks of terms in turn, written out in order): the same bytes, sooner when
  // a core is free.
  Status Finish(FileSink* sink, int threads = 1);
  // CPU nanoseconds Finish spent on threads other than the caller's since the last call.
  std::int64_t TakeHelperCpuNanos() { return std::exchange(helper_cpu_ns_, 0); }

 private:
  struct Term {
    std::uint32_t key_pos;  // space byte + term bytes in arena_
    std::uint32_t key_len;
    std::uint8_t level = 0;                // the size class of the chain's current slice
    std::uint32_t last_doc = 0xFFFFFFFFU;  // the latest document that touched it
    std::uint32_t slot = 0;                // that document's entry, in touched_
    std::uint32_t lead = 0xFFFFFFFFU;      // body stem terms: their lead term
    std::uint32_t df = 0;                  // documents in its chain (exact view: no chain)
    // Its chain in pool_: the first slice, the next byte to write, and the current slice's
    // end (where the forward pointer goes). 0 while it has no chain (offset 0 is unused).
    // Exact-view terms have no chain: `head` is the stem they occurred under (its forms,
    // counted here as they come, not by a pass over the chains) and `write` that count.
    std::uint32_t head = 0, write = 0, end = 0;
  };
  // One term touched by the current document, in order of first touch. The positions of
  // positional (stem view) entries lie in doc_pos_ from `pos`, `freq` of them.
  struct Entry {
    std::uint32_t term;
    std::uint32_t freq;
    std::uint32_t delta;  // document minus the term's previous document (first: doc + 1)
    std::uint32_t pos;
  };
  // A token's norm in one field, with the ids of its exact, stem and key terms; the
  // field byte, norm, stem and key bytes lie together in arena_ from `pos`.
  struct TokenEntry {
    std::uint32_t pos;
    std::uint16_t norm_len, stem_len, key_len;
    std::uint32_t ids[kNumViews];
  };

  // The term-id memo of one (cache arena, field). With an AnalysisCache, a token's strings.pos in the
  // cache's arena names its norm, stem and key, so pos -> term ids is one integer probe
  // instead of hashing and comparing strings. It holds the arena: while memoized, no other
  // arena can be allocated at that address (a stale hit). Reset on Finish (ids restart).
  struct MemoSlot {
    std::uint32_t pos_plus1;  // 0: empty
    std::uint32_t ids[kNumViews];
  };
  struct Memo {
    std::shared_ptr<const text::StringArena> arena;
    std::vector<MemoSlot> slots;  // open addressing, power of two, at most half full
    std::size_t used = 0;
    std::uint64_t last_use = 0;  // for replacing the least recently used arena's memo
  };
  // Arenas remembered per field: the ingest's title and body come from different caches,
  // and with several analysis workers the bodies from one cache per worker.
  static constexpr int kMemoArenas = 8;
  static constexpr std::size_t kMemoInitialSlots = std::size_t{1} << 12;
  static std::size_t MemoHome(std::uint32_t pos, std::size_t mask) {
    return static_cast<std::size_t>((std::uint64_t{pos} * 0x9E3779B97F4A7C15ULL) >> 29) & mask;
  }
  static void ResetMemo(Memo* m, std::shared_ptr<const text::StringArena> arena);
  // The memo of `arena` in field `f`, made (replacing the least recently used) if new.
  Memo* MemoFor(Field f, const std::shared_ptr<const text::StringArena>& arena);
  // The term ids of token `i` of `a` (made with a cache), through the memo.
  const std::uint32_t* MemoIds(Memo* m, Field f, const text::TextAnalysis& a, std::size_t i);

  std::string_view TermKey(const Term& t) const {
    return std::string_view(arena_.data() + t.key_pos, t.key_len);
  }
  std::uint32_t TermId(char space, std::string_view bytes);
  const std::uint32_t* TokenIds(Field f, std::string_view norm, std::string_view stem,
                                std::string_view key);
  // The lead-field term of a body stem term (remembered per stem term).
  std::uint32_t LeadTerm(std::uint32_t body_stem);
  // Counts one occurrence of `term` in `doc`; returns its entry in touched_.
  std::uint32_t Touch(std::uint32_t term, std::uint32_t doc);
  // Counts an exact-view term's document (its record in the segment needs only df) and
  // its occurrence as a form of stem term `stem`.
  void TouchExact(std::uint32_t term, std::uint32_t stem, std::uint32_t doc);
  // Appends the current document's entries to their terms' chains; clears touched_.
  void EndDocument();
  // Appends n bytes to term t's chain, opening slices as needed.
  void ChainWrite(Term* t, const char* bytes, std::size_t n);
  // The offset of a new slice of `size` bytes in pool_.
  std::uint32_t NewSlice(std::uint32_t size);
  void AddField(Field f, const text::TextAnalysis& a, std::uint32_t doc, DocRecord* rec);
  void Clear();

  std::string arena_;
  std::vector<Term> terms_;
  std::vector<std::uint64_t> term_slots_;   // open addressing: hash tag << 32 | (id + 1)
  std::vector<TokenEntry> tokens_;
  std::vector<std::uint64_t> token_slots_;  // hash tag << 32 | (entry + 1)
  // The chains' slices; grows in place (mremap): no copying. Offsets, not pointers.
  text::LargeBuffer pool_;
  std::uint32_t pool_used_ = 0;
  std::vector<Entry> touched_;  // the current document's terms
  // Occurrences of exact terms under a second (third ...) stem: (exact << 32 | stem) ->
  // count. The stemmer also looks at the original spelling, so a norm can have two stems.
  std::unordered_map<std::uint64_t, std::uint32_t> other_forms_;
  // The current document's stem-view positions grouped by entry, and beside each the
  // exact-view term of that occurrence (Finish turns these into the stem's form ids).
  std::vector<std::uint32_t> doc_pos_;
  std::vector<std::uint32_t> doc_exact_;
  std::vector<std::uint32_t> field_slots_;  // per position of the current field: its stem entry
  std::vector<std::uint32_t> field_exact_;  // per position of the current field: its exact term
  std::vector<std::uint32_t> fill_;
  std::vector<DocRecord> docs_;
  std::size_t memory_ = 0;
  std::string key_scratch_;
  std::uint32_t ids_scratch_[kNumViews] = {0, 0, 0};
  std::uint32_t lead_tokens_;
  std::size_t memo_limit_;
  Memo memos_[kNumFields][kMemoArenas];
  std::uint64_t memo_clock_ = 0;
  std::int64_t helper_cpu_ns_ = 0;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_SEGMENT_WRITER_H_
