// An immutable on-disk segment: postings, term dictionary and document table of a batch of
// documents, in one file that ends with the common footer (docs/formats/index.md
// "Segment file").
#ifndef MARSAD_INDEX_SEGMENT_READER_H_
#define MARSAD_INDEX_SEGMENT_READER_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/index/file_sink.h"
#include "marsad/index/postings.h"
#include "marsad/index/schema.h"
#include "marsad/index/stopwords.h"
#include "marsad/index/term_dict.h"
#include "marsad/io/env.h"

namespace marsad::index {

// The segment format version this code writes and the only one it reads.
inline constexpr std::uint32_t kSegmentFormatVersion = 9;

// The kind of a term's posting list (format 8: the lists do not store it): from its space,
// except that a stem that is a stopword (stopwords.h) has no positions (format 9).
inline ListKind ListKindOf(std::string_view term) {
  if (term.empty()) return ListKind{};
  const char space = term[0];
  const bool positions = SpaceHasPositions(space) && !Stopwords::Embedded().Contains(term.substr(1));
  return ListKind{positions, SpaceHasForms(space), SpaceHasLead(space), IsTextSpace(space)};
}

// The per-document values a segment stores.
struct DocRecord {
  std::string id;
  std::uint32_t len[kNumFields] = {0, 0, 0};  // indexed tokens per field
  std::optional<std::int64_t> date;
  std::string source;
  std::uint64_t version = 0;  // IndexDoc::version
};

// Serializes a segment from its sections: postings bytes, the finished dictionary bytes
// and the documents in local id order. Returns the whole file, footer included.
std::string EncodeSegment(std::string_view postings, std::string_view dict,
                          const std::vector<DocRecord>& docs);
// The same, streamed: the postings (from offset 0) and then the dictionary, starting at
// `dict_off`, are already in `sink`; appends the document table, the section offsets and
// the footer, and finishes the sink (its first write error).
Status FinishSegment(std::uint64_t dict_off, const std::vector<DocRecord>& docs, FileSink* sink);

// Reads a segment file. Immutable after Open; thread-safe.
class SegmentReader {
 public:
  // Maps the file, checks its footer (Corruption on a bad checksum, NotSupported on an
  // unknown version, both naming the file) and decodes its document table.
  static Result<std::shared_ptr<const SegmentReader>> Open(io::Env* env, const std::string& path);
  // The same over bytes in memory (tests, fuzzing); `name` names it in errors.
  static Result<std::shared_ptr<const SegmentReader>> FromBytes(std::string bytes,
                                                                const std::string& name);

  const std::string& path() const { return path_; }
  std::uint32_t num_docs() const { return static_cast<std::uint32_t>(lens_[0].size()); }
  std::uint64_t file_size() const { return data_.size(); }
  const TermDict& dict() const { return dict_; }
  // The bytes of a term's posting list; empty when the dictionary's offset and size lie outside
  // the postings section (damage the CRC did not catch, e.g. a crafted file): the cursor then
  // refuses the list as damaged instead of substr throwing.
  std::string_view Postings(const TermInfo& info) const {
    if (info.offset > postings_.size() || info.size > postings_.size() - info.offset) return {};
    return postings_.substr(info.offset, info.size);
  }

  std::uint32_t field_length(std::uint32_t doc, Field f) const {
    return lens_[static_cast<int>(f)][doc];
  }
  const std::vector<std::uint32_t>& field_lengths(Field f) const {
    return lens_[static_cast<int>(f)];
  }
  // The lengths a list of `space` was written with (PostingCursor::Init): its field's and the
  // lead's; none for a space without a field (entity ids).
  ListLengths LengthsOf(char space) const {
    if (!IsTextSpace(space)) return {};
    return {lens_[static_cast<int>(FieldOfSpace(space))], lens_[static_cast<int>(Field::kLead)]};
  }
  std::uint64_t total_field_length(Field f) const { return totals_[static_cast<int>(f)]; }
  // BM25's length part per document of field f, a + b * length (Bm25LengthNorm with
  // a = k1 * (1 - b), b = k1 * b / avgdl): scoring loads it instead of converting and
  // scaling the length per posting. Kept for the last (a, b) asked per field (a snapshot's
  // queries share avgdl), so it is computed once per segment and snapshot. Thread-safe.
  std::shared_ptr<const std::vector<float>> LengthNorms(Field f, float a, float b) const;
  std::string_view doc_id(std::uint32_t doc) const {
    return std::string_view(ids_).substr(id_offsets_[doc], id_offsets_[doc + 1] - id_offsets_[doc]);
  }
  std::optional<std::int64_t> date(std::uint32_t doc) const;
  std::uint64_t version(std::uint32_t doc) const { return versions_[doc]; }
  std::string_view source(std::uint32_t doc) const { return sources_[source_of_[doc]]; }
  std::uint32_t source_code(std::uint32_t doc) const { return source_of_[doc]; }
  const std::vector<std::string>& source_table() const { return sources_; }
  DocRecord Record(std::uint32_t doc) const;

 private:
  SegmentReader() = default;
  Status Parse(const std::string& path);

  std::string path_;
  std::unique_ptr<io::ReadOnlyFile> file_;
  std::string owned_;  // FromBytes
  std::string_view data_;
  std::string_view postings_;
  TermDict dict_;
  std::vector<std::uint32_t> lens_[kNumFields];
  std::uint64_t totals_[kNumFields] = {0, 0, 0};
  std::vector<std::int64_t> dates_;  // INT64_MIN: none
  std::vector<std::uint64_t> versions_;
  std::vector<std::uint32_t> source_of_;
  std::vector<std::string> sources_;
  std::string ids_;
  std::vector<std::uint32_t> id_offsets_;
  struct NormCache {
    float a = 0, b = 0;
    std::shared_ptr<const std::vector<float>> norms;
  };
  mutable std::mutex norms_mu_;
  mutable NormCache norms_[kNumFields];
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_SEGMENT_READER_H_
