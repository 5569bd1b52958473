// IndexWriter, Snapshot, DeletedDocs; see index_writer.h and docs/formats/index.md.
#include "marsad/index/index_writer.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <set>

#include "marsad/base/byte_coding.h"
#include "marsad/index/file_footer.h"
#include "marsad/index/file_sink.h"
#include "marsad/index/segment_merger.h"

namespace marsad::index {

using base::ByteReader;
using base::PutFixed64;
using base::PutVarint;
namespace {

constexpr char kManifestName[] = "MANIFEST";

}  // namespace

std::string DeletedDocs::Encode() const {
  std::string out;
  PutVarint(&out, size_);
  for (std::uint64_t w : bits_) PutFixed64(&out, w);
  AppendFooter(FileKind::kDeletes, kDeletesFormatVersion, &out);
  return out;
}

Result<DeletedDocs> DeletedDocs::Decode(std::string_view bytes, const std::string& path) {
  MARSAD_ASSIGN_OR_RETURN(std::string_view body,
                          CheckFooter(bytes, FileKind::kDeletes, kDeletesFormatVersion, path));
  ByteReader d(body);
  std::uint32_t n = 0;
  if (!d.Varint32(&n) || d.left() != std::size_t{(n + 63) / 64} * 8) {
    return Status::Corruption(path + ": deletion bitmap has the wrong size");
  }
  DeletedDocs del(n);
  for (auto& w : del.bits_) {
    std::uint64_t v = 0;
    (void)d.Fixed64(&v);
    w = v;
    del.count_ += static_cast<std::uint32_t>(__builtin_popcountll(v));
  }
  return del;
}

std::uint64_t Snapshot::num_docs() const {
  std::uint64_t n = 0;
  for (const SegmentView& s : segments) n += s.reader->num_docs();
  return n;
}

std::uint64_t Snapshot::num_live_docs() const {
  std::uint64_t n = 0;
  for (const SegmentView& s : segments) {
    n += s.reader->num_docs() - (s.deleted ? s.deleted->count() : 0);
  }
  return n;
}

IndexWriter::IndexWriter(io::Env* env, std::string dir, const IndexOptions& options)
    : env_(env), dir_(std::move(dir)), options_(options), builder_(options.lead_tokens) {}

IndexWriter::~IndexWriter() = default;


Result<std::unique_ptr<IndexWriter>> IndexWriter::Open(io::Env* env, const std::string& dir,
                                                       const IndexOptions& options) {
  MARSAD_RETURN_IF_ERROR(env->CreateDirs(dir));
  std::unique_ptr<IndexWriter> w(new IndexWriter(env, dir, options));
  MARSAD_RETURN_IF_ERROR(w->Recover());
  return w;
}

namespace {

std::string SegmentFile(const std::string& dir, std::uint64_t number) {
  char name[48];
  std::snprintf(name, sizeof(name), "/seg_%06" PRIu64 ".mseg", number);
  return dir + name;
}

std::string DeletesFile(const std::string& dir, std::uint64_t number, std::uint64_t gen) {
  char name[64];
  std::snprintf(name, sizeof(name), "/seg_%06" PRIu64 "_%" PRIu64 ".mdel", number, gen);
  return dir + name;
}

struct Committed {
  std::uint64_t generation = 0;
  std::uint64_t next_segment = 1;
  struct Segment {
    std::uint64_t number = 0;
    std::uint64_t del_gen = 0;
    std::shared_ptr<const SegmentReader> reader;
    std::shared_ptr<const DeletedDocs> deleted;
  };
  std::vector<Segment> segments;
};

// MANIFEST body: varint generation, varint next segment number, varint segment count, then
// per segment: varint number, varint documents, varint deletion generation (0: none).
Result<Committed> ReadCommitted(io::Env* env, const std::string& dir) {
  Committed c;
  const std::string path = dir + "/" + kManifestName;
  if (!env->FileExists(path)) return c;
  MARSAD_ASSIGN_OR_RETURN(std::string bytes, env->ReadFile(path, std::uint64_t{1} << 30));
  MARSAD_ASSIGN_OR_RETURN(std::string_view body,
                          CheckFooter(bytes, FileKind::kManifest, kManifestFormatVersion, path));
  ByteReader d(body);
  std::uint64_t n = 0;
  if (!d.Varint(&c.generation) || !d.Varint(&c.next_segment) || !d.Varint(&n) ||
      n > d.left()) {
    return Status::Corruption(path + ": manifest header is damaged");
  }
  for (std::uint64_t i = 0; i < n; ++i) {
    Committed::Segment s;
    std::uint64_t docs = 0;
    if (!d.Varint(&s.number) || !d.Varint(&docs) || !d.Varint(&s.del_gen)) {
      return Status::Corruption(path + ": manifest segment list is truncated");
    }
    const std::string sp = SegmentFile(dir, s.number);
    MARSAD_ASSIGN_OR_RETURN(s.reader, SegmentReader::Open(env, sp));
    if (s.reader->num_docs() != docs) {
      return Status::Corruption(sp + ": holds " + std::to_string(s.reader->num_docs()) +
                                " documents, the manifest says " + std::to_string(docs));
    }
    if (s.del_gen != 0) {
      const std::string dp = DeletesFile(dir, s.number, s.del_gen);
      MARSAD_ASSIGN_OR_RETURN(std::string db, env->ReadFile(dp, std::uint64_t{1} << 32));
      MARSAD_ASSIGN_OR_RETURN(DeletedDocs del, DeletedDocs::Decode(db, dp));
      if (del.size() != s.reader->num_docs()) {
        return Status::Corruption(dp + ": bitmap size does not match its segment");
      }
      s.deleted = std::make_shared<const DeletedDocs>(std::move(del));
    }
    c.segments.push_back(std::move(s));
  }
  if (!d.done()) return Status::Corruption(path + ": manifest has trailing bytes");
  return c;
}

}  // namespace

Result<std::shared_ptr<const Snapshot>> OpenSnapshot(io::Env* env, const std::string& dir) {
  MARSAD_ASSIGN_OR_RETURN(Committed c, ReadCommitted(env, dir));
  auto snap = std::make_shared<Snapshot>();
  snap->generation = c.generation;
  for (auto& s : c.segments) snap->segments.push_back(SegmentView{s.number, s.reader, s.deleted});
  return std::shared_ptr<const Snapshot>(std::move(snap));
}

std::string IndexWriter::SegmentPath(std::uint64_t number) const { return SegmentFile(dir_, number); }

std::string IndexWriter::DeletesPath(std::uint64_t number, std::uint64_t gen) const {
  return DeletesFile(dir_, number, gen);
}

Status IndexWriter::Recover() {
  MARSAD_ASSIGN_OR_RETURN(Committed c, ReadCommitted(env_, dir_));
  generation_ = c.generation;
  next_segment_ = c.next_segment;
  for (auto& cs : c.segments) {
    SegmentState s;
    s.number = cs.number;
    s.reader = std::move(cs.reader);
    s.deleted = std::move(cs.deleted);
    s.del_gen = cs.del_gen;
    segments_.push_back(std::move(s));
  }
  for (const SegmentState& s : segments_) {
    const SegmentReader& r = *s.reader;
    for (std::uint32_t doc = 0; doc < r.num_docs(); ++doc) {
      if (s.deleted && s.deleted->Contains(doc)) continue;
      ids_[std::string(r.doc_id(doc))] = Loc{s.number, doc, r.version(doc)};
    }
  }
  MARSAD_RETURN_IF_ERROR(RemoveUnreferenced());
  Publish();
  return Status::Ok();
}

Status IndexWriter::RemoveUnreferenced() {
  std::set<std::string> keep = {kManifestName};
  for (const SegmentState& s : segments_) {
    keep.insert(SegmentPath(s.number).substr(dir_.size() + 1));
    if (s.del_gen != 0) keep.insert(DeletesPath(s.number, s.del_gen).substr(dir_.size() + 1));
  }
  MARSAD_ASSIGN_OR_RETURN(std::vector<std::string> names, env_->ListDir(dir_));
  for (const std::string& name : names) {
    if (keep.count(name) != 0) continue;
    const bool ours = name.rfind("seg_", 0) == 0 || name.rfind(kManifestName, 0) == 0;
    if (!ours) continue;  // not an index file: leave it alone
    MARSAD_RETURN_IF_ERROR(env_->RemoveFile(dir_ + "/" + name));
  }
  return Status::Ok();
}

void IndexWriter::Publish() {
  auto snap = std::make_shared<Snapshot>();
  snap->generation = generation_;
  for (const SegmentState& s : segments_) {
    snap->segments.push_back(SegmentView{s.number, s.reader, s.deleted});
  }
  std::lock_guard<std::mutex> lock(snapshot_mu_);
  snapshot_ = std::move(snap);
}

std::shared_ptr<const Snapshot> IndexWriter::snapshot() const {
  std::lock_guard<std::mutex> lock(snapshot_mu_);
  return snapshot_;
}

std::uint64_t IndexWriter::num_live_docs() const { return ids_.size(); }

void IndexWriter::ForEachDocument(
    const std::function<void(std::string_view id, std::uint64_t version)>& fn) const {
  for (const auto& [id, loc] : ids_) fn(id, loc.version);
}

IndexWriter::SegmentState* IndexWriter::FindSegment(std::uint64_t number) {
  for (SegmentState& s : segments_) {
    if (s.number == number) return &s;
  }
  return nullptr;
}

void IndexWriter::MarkDeleted(const Loc& loc) {
  if (loc.segment == 0) {
    builder_deleted_[loc.doc] = true;
    return;
  }
  SegmentState* s = FindSegment(loc.segment);
  if (s == nullptr) return;
  auto copy = s->deleted ? std::make_shared<DeletedDocs>(*s->deleted)
                         : std::make_shared<DeletedDocs>(s->reader->num_docs());
  copy->Insert(loc.doc);
  s->deleted = std::move(copy);
  s->del_dirty = true;
}

Status IndexWriter::Add(const IndexDoc& doc) {
  if (doc.id.empty()) return Status::InvalidArgument("a document to index has an empty id");
  auto it = ids_.find(doc.id);
  if (it != ids_.end()) MarkDeleted(it->second);
  const Loc loc{0, builder_.num_docs(), doc.version};
  builder_.Add(doc);
  builder_deleted_.push_back(false);
  ids_[doc.id] = loc;
  if (builder_.memory_bytes() >= options_.flush_bytes) return Flush();
  return Status::Ok();
}

Result<bool> IndexWriter::Delete(std::string_view id) {
  auto it = ids_.find(std::string(id));
  if (it == ids_.end()) return false;
  MarkDeleted(it->second);
  ids_.erase(it);
  return true;
}

Status IndexWriter::WriteFileDurably(const std::string& path, std::string_view data) {
  MARSAD_ASSIGN_OR_RETURN(auto file, env_->NewWritableFile(path));
  MARSAD_RETURN_IF_ERROR(file->Append(data));
  return file->Close();
}

Status IndexWriter::Flush() {
  if (builder_.num_docs() > 0) {
    const std::uint64_t number = next_segment_++;
    std::vector<bool> deleted = std::move(builder_deleted_);
    builder_deleted_.clear();
    std::vector<std::string> ids;
    ids.reserve(builder_.num_docs());
    for (const DocRecord& r : builder_.docs()) ids.push_back(r.id);
    const std::string path = SegmentPath(number);
    {  // written as it is encoded
      MARSAD_ASSIGN_OR_RETURN(auto file, env_->NewWritableFile(path));
      FileSink sink(file.get());
      MARSAD_RETURN_IF_ERROR(builder_.Finish(&sink, flush_threads_));
      MARSAD_RETURN_IF_ERROR(file->Close());
    }
    SegmentState s;
    s.number = number;
    MARSAD_ASSIGN_OR_RETURN(s.reader, SegmentReader::Open(env_, path));
    if (std::find(deleted.begin(), deleted.end(), true) != deleted.end()) {
      auto del = std::make_shared<DeletedDocs>(s.reader->num_docs());
      for (std::uint32_t d = 0; d < deleted.size(); ++d) {
        if (deleted[d]) del->Insert(d);
      }
      s.deleted = std::move(del);
      s.del_dirty = true;
    }
    for (std::uint32_t d = 0; d < ids.size(); ++d) {
      auto it = ids_.find(ids[d]);
      if (it != ids_.end() && it->second.segment == 0 && it->second.doc == d) {
        it->second = Loc{number, d, it->second.version};
      }
    }
    segments_.push_back(std::move(s));
  }
  Publish();
  return Status::Ok();
}

Status IndexWriter::Commit() {
  MARSAD_RETURN_IF_ERROR(Flush());
  const std::uint64_t gen = generation_ + 1;
  for (SegmentState& s : segments_) {
    if (!s.del_dirty) continue;
    MARSAD_RETURN_IF_ERROR(WriteFileDurably(DeletesPath(s.number, gen), s.deleted->Encode()));
  }
  MARSAD_RETURN_IF_ERROR(env_->SyncDir(dir_));
  std::string m;
  PutVarint(&m, gen);
  PutVarint(&m, next_segment_);
  PutVarint(&m, segments_.size());
  for (const SegmentState& s : segments_) {
    PutVarint(&m, s.number);
    PutVarint(&m, s.reader->num_docs());
    PutVarint(&m, s.del_dirty ? gen : s.del_gen);
  }
  AppendFooter(FileKind::kManifest, kManifestFormatVersion, &m);
  MARSAD_RETURN_IF_ERROR(env_->WriteFileAtomic(dir_ + "/" + kManifestName, m));
  generation_ = gen;
  for (SegmentState& s : segments_) {
    if (s.del_dirty) s.del_gen = gen;
    s.del_dirty = false;
  }
  Publish();
  return RemoveUnreferenced();
}

Status IndexWriter::MergeSegments(std::vector<std::size_t> which) {
  std::sort(which.begin(), which.end());
  std::vector<SegmentView> inputs;
  for (std::size_t i : which) {
    const SegmentState& s = segments_[i];
    inputs.push_back(SegmentView{s.number, s.reader, s.deleted});
  }
  MARSAD_ASSIGN_OR_RETURN(std::string file, MergeSegmentFiles(inputs));
  const std::uint64_t number = next_segment_++;
  const std::string path = SegmentPath(number);
  MARSAD_RETURN_IF_ERROR(WriteFileDurably(path, file));
  SegmentState merged;
  merged.number = number;
  MARSAD_ASSIGN_OR_RETURN(merged.reader, SegmentReader::Open(env_, path));
  for (std::uint32_t d = 0; d < merged.reader->num_docs(); ++d) {
    ids_[std::string(merged.reader->doc_id(d))] = Loc{number, d, merged.reader->version(d)};
  }
  // The merged segment takes the place of the first input, keeping document order.
  std::vector<SegmentState> rest;
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    if (i == which.front()) rest.push_back(merged);
    if (std::find(which.begin(), which.end(), i) == which.end()) rest.push_back(segments_[i]);
  }
  segments_ = std::move(rest);
  Publish();
  return Status::Ok();
}

Status IndexWriter::MaybeMerge() {
  while (static_cast<int>(segments_.size()) > options_.max_segments) {
    // The merge_factor smallest adjacent segments (a run keeps documents in order).
    const std::size_t k = std::min<std::size_t>(std::max(2, options_.merge_factor), segments_.size());
    std::size_t best = 0;
    std::uint64_t best_size = UINT64_MAX;
    for (std::size_t i = 0; i + k <= segments_.size(); ++i) {
      std::uint64_t size = 0;
      for (std::size_t j = i; j < i + k; ++j) size += segments_[j].reader->file_size();
      if (size < best_size) {
        best_size = size;
        best = i;
      }
    }
    std::vector<std::size_t> which;
    for (std::size_t j = best; j < best + k; ++j) which.push_back(j);
    MARSAD_RETURN_IF_ERROR(MergeSegments(which));
  }
  return Status::Ok();
}

Status IndexWriter::ForceMerge(int max_segments) {
  MARSAD_RETURN_IF_ERROR(Flush());
  max_segments = std::max(1, max_segments);
  while (static_cast<int>(segments_.size()) > max_segments) {
    const std::size_t k = std::min<std::size_t>(segments_.size(), segments_.size() - max_segments + 1);
    std::vector<std::size_t> which;
    for (std::size_t j = segments_.size() - k; j < segments_.size(); ++j) which.push_back(j);
    MARSAD_RETURN_IF_ERROR(MergeSegments(which));
  }
  // A single segment with deletions is rewritten without them.
  if (max_segments == 1 && segments_.size() == 1 && segments_[0].deleted &&
      segments_[0].deleted->count() > 0) {
    MARSAD_RETURN_IF_ERROR(MergeSegments({0}));
  }
  return Status::Ok();
}

}  // namespace marsad::index
