// IndexWriter: the one writer of an index directory. It buffers added documents in a
// SegmentBuilder, flushes them as immutable segments, records deletes and replacements
// (by document id) in per-segment deletion bitmaps, merges segments, and commits by
// atomically replacing the MANIFEST that lists the live segments. Readers take
// point-in-time Snapshots that stay valid while the writer goes on. After a crash, Open
// returns the index as of the last commit (docs/formats/index.md "Manifest and recovery").
#ifndef MARSAD_INDEX_INDEX_WRITER_H_
#define MARSAD_INDEX_INDEX_WRITER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/index/schema.h"
#include "marsad/index/segment_reader.h"
#include "marsad/index/segment_writer.h"
#include "marsad/io/env.h"

namespace marsad::index {

inline constexpr std::uint32_t kManifestFormatVersion = 1;
inline constexpr std::uint32_t kDeletesFormatVersion = 1;

// The deleted documents of a segment. Immutable once shared.
class DeletedDocs {
 public:
  explicit DeletedDocs(std::uint32_t num_docs) : bits_((num_docs + 63) / 64, 0), size_(num_docs) {}
  bool Contains(std::uint32_t doc) const { return ((bits_[doc >> 6] >> (doc & 63)) & 1) != 0; }
  void Insert(std::uint32_t doc) {
    if (!Contains(doc)) {
      bits_[doc >> 6] |= std::uint64_t{1} << (doc & 63);
      ++count_;
    }
  }
  std::uint32_t count() const { return count_; }
  std::uint32_t size() const { return size_; }
  std::string Encode() const;
  static Result<DeletedDocs> Decode(std::string_view bytes, const std::string& path);

 private:
  std::vector<std::uint64_t> bits_;
  std::uint32_t size_ = 0;
  std::uint32_t count_ = 0;
};

// One segment as a snapshot sees it.
struct SegmentView {
  std::uint64_t number = 0;
  std::shared_ptr<const SegmentReader> reader;
  std::shared_ptr<const DeletedDocs> deleted;  // may be null (none)
  bool IsDeleted(std::uint32_t doc) const { return deleted != nullptr && deleted->Contains(doc); }
};

// A point-in-time view of the index: a fixed list of segments and deletions. Immutable
// and thread-safe; it keeps its segments open however the writer changes the index.
struct Snapshot {
  std::uint64_t generation = 0;
  std::vector<SegmentView> segments;
  std::uint64_t num_docs() const;       // including deleted ones (BM25 statistics)
  std::uint64_t num_live_docs() const;
};

// Opens the last committed state of the index in `dir` for reading only (another process
// may be writing it): nothing is created or removed. An empty snapshot when `dir` holds no
// index yet. Corruption/NotSupported naming the file as IndexWriter::Open. Thread-safe.
Result<std::shared_ptr<const Snapshot>> OpenSnapshot(io::Env* env, const std::string& dir);

struct IndexOptions {
  // Flush the buffered documents to a segment when they hold this many bytes (about
  // 40,000 news articles per 512 MB).
  std::size_t flush_bytes = std::size_t{512} << 20;
  // MaybeMerge merges the `merge_factor` smallest segments while there are more than
  // `max_segments`.
  int merge_factor = 8;
  int max_segments = 10;
  // Body tokens that also form the lead field.
  std::uint32_t lead_tokens = SegmentBuilder::kDefaultLeadTokens;
};

// Single writer: its methods are not thread-safe, except snapshot(), which any thread may
// call at any time.
class IndexWriter {
 public:
  // Opens the index in `dir` (created if missing) as of its last commit, removing files a
  // crash left behind. Corruption/NotSupported naming the file when a committed file is
  // damaged or of an unknown version.
  static Result<std::unique_ptr<IndexWriter>> Open(io::Env* env, const std::string& dir,
                                                   const IndexOptions& options = {});
  ~IndexWriter();

  // Adds a document; an existing document with the same id is replaced. Flushes when
  // the buffer is full. InvalidArgument when the id is empty.
  Status Add(const IndexDoc& doc);
  // Deletes the document `id`; returns whether it existed.
  Result<bool> Delete(std::string_view id);
  // Writes the buffered documents as a new segment and publishes a snapshot with them
  // and with the deletes so far. Not durable until Commit.
  Status Flush();
  // Threads a flush may encode the segment on (SegmentBuilder::Finish; default 1): the
  // ingest gives its final flush two, as its writer thread has ended by then.
  void set_flush_threads(int threads) { flush_threads_ = threads; }
  // CPU nanoseconds flushes spent on threads other than the caller's since the last call.
  std::int64_t TakeFlushHelperCpuNanos() { return builder_.TakeHelperCpuNanos(); }
  // Flush, then make everything durable: deletion files, then the MANIFEST (atomically).
  // Afterwards removes files no longer referenced.
  Status Commit();
  // Merges segments while there are more than options.max_segments.
  Status MaybeMerge();
  // Merges until at most `max_segments` remain (1: a single segment).
  Status ForceMerge(int max_segments);

  // The latest published snapshot. Thread-safe.
  std::shared_ptr<const Snapshot> snapshot() const;

  std::uint64_t num_live_docs() const;
  const std::string& dir() const { return dir_; }

  // Calls fn(id, version) for every live document (added, not deleted), in no particular
  // order, including those not yet flushed or committed.
  void ForEachDocument(const std::function<void(std::string_view id, std::uint64_t version)>& fn) const;

 private:
  struct SegmentState {
    std::uint64_t number = 0;
    std::shared_ptr<const SegmentReader> reader;
    std::shared_ptr<const DeletedDocs> deleted;
    std::uint64_t del_gen = 0;  // generation of its committed deletion file (0: none)
    bool del_dirty = false;
  };
  struct Loc {
    std::uint64_t segment;  // 0: the in-memory buffer
    std::uint32_t doc;
    std::uint64_t version;  // IndexDoc::version
  };

  IndexWriter(io::Env* env, std::string dir, const IndexOptions& options);
  Status Recover();
  std::string SegmentPath(std::uint64_t number) const;
  std::string DeletesPath(std::uint64_t number, std::uint64_t gen) const;
  Status WriteFileDurably(const std::string& path, std::string_view data);
  SegmentState* FindSegment(std::uint64_t number);
  void MarkDeleted(const Loc& loc);
  Status MergeSegments(std::vector<std::size_t> which);
  void Publish();
  Status RemoveUnreferenced();

  io::Env* env_;
  std::string dir_;
  IndexOptions options_;
  std::uint64_t generation_ = 0;
  std::uint64_t next_segment_ = 1;
  std::vector<SegmentState> segments_;
  SegmentBuilder builder_;
  int flush_threads_ = 1;
  std::vector<bool> builder_deleted_;
  std::unordered_map<std::string, Loc> ids_;

  mutable std::mutex snapshot_mu_;
  std::shared_ptr<const Snapshot> snapshot_;  // guarded by snapshot_mu_
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_INDEX_WRITER_H_
