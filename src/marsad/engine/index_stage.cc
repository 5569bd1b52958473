// IndexStage; see index_stage.h.
#include "marsad/engine/index_stage.h"

#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/ingest/dedup.h"

namespace marsad::engine {

std::string IndexDir(const std::string& store_dir) { return store_dir + "/index"; }

text::AnalyzerOptions IndexAnalyzerOptions() {
  text::AnalyzerOptions o;
  o.sentences = false;
  return o;
}

Status IndexStage::Open(store::Store& store) {
  const std::string dir = IndexDir(store.dir());
  MARSAD_RETURN_IF_ERROR(env_->CreateDirs(dir));
  MARSAD_ASSIGN_OR_RETURN(writer_, index::IndexWriter::Open(env_, dir));

  // Reconcile with the store: what the index holds, by id and version (content fingerprint).
  std::unordered_map<std::string, std::uint64_t> indexed;
  indexed.reserve(writer_->num_live_docs());
  writer_->ForEachDocument([&](std::string_view id, std::uint64_t version) { indexed.emplace(id, version); });
  std::vector<std::string> stale;
  MARSAD_RETURN_IF_ERROR(store.ForEachFingerprint(
      [&](std::string_view id, std::string_view, const store::Fingerprint& fp) {
        auto it = indexed.find(std::string(id));
        if (it == indexed.end() || it->second != fp.content) stale.emplace_back(id);
        if (it != indexed.end()) indexed.erase(it);
      }));
  for (const auto& [id, version] : indexed) {
    MARSAD_ASSIGN_OR_RETURN(bool existed, writer_->Delete(id));
    if (existed) ++removed_;
  }
  store::ReadOptions ro;
  ro.text = true;
  for (const std::string& id : stale) {
    auto row = store.GetDocument(id, ro);
    if (!row.ok()) {
      if (row.status().IsNotFound()) continue;  // removed meanwhile
      return row.status();
    }
    MARSAD_RETURN_IF_ERROR(AddStored(*row));
    ++recovered_;
  }
  if (recovered_ + removed_ > 0) MARSAD_RETURN_IF_ERROR(CommitAndMerge());
  return Status::Ok();
}

Status IndexStage::CommitAndMerge() {
  MARSAD_RETURN_IF_ERROR(writer_->Commit());
  const std::size_t segments = writer_->snapshot()->segments.size();
  MARSAD_RETURN_IF_ERROR(writer_->MaybeMerge());
  if (writer_->snapshot()->segments.size() != segments) MARSAD_RETURN_IF_ERROR(writer_->Commit());
  return Status::Ok();
}

Status IndexStage::AddStored(const store::DocumentRow& row) {
  analyzer_.Analyze(row.title, &title_, &cache_);
  analyzer_.Analyze(row.text, &body_, &cache_);
  index::IndexDoc d;
  d.id = row.id;
  d.date = row.published;
  d.source = row.source;
  d.title = row.title.empty() ? nullptr : &title_;
  d.body = &body_;
  d.version = row.fingerprint.content;
  return writer_->Add(d);
}

Status IndexStage::ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) {
  if (writer_ == nullptr) return Status::InvalidArgument("the index stage was not opened on a store");
  // The version is the content fingerprint the store keeps for the document (the batch's
  // PutDocument for it, normally its last operation), so Open can compare them.
  std::uint64_t version = 0;
  bool found = false;
  if (ctx.batch != nullptr) {
    const auto& ops = ctx.batch->ops();
    for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
      if (it->kind == store::WriteBatch::OpKind::kPutDocument && it->doc.row.id == doc->document.id) {
        version = it->doc.row.fingerprint.content;
        found = true;
        break;
      }
    }
  }
  if (!found) version = ingest::ComputeFingerprint(doc->analysis).content;
  const doc::Document& d = doc->document;
  analyzer_.Analyze(d.title, &title_, &cache_);
  index::IndexDoc x;
  x.id = d.id;
  if (d.published) x.date = d.published->seconds;
  x.source = d.source;
  x.title = d.title.empty() ? nullptr : &title_;
  x.body = &doc->analysis;
  x.version = version;
  dirty_ = true;
  return writer_->Add(x);
}

Status IndexStage::Commit() {
  if (writer_ == nullptr || !dirty_) return Status::Ok();
  const auto now = std::chrono::steady_clock::now();
  if (std::chrono::duration<double>(now - last_commit_).count() < kCommitSeconds) return Status::Ok();
  MARSAD_RETURN_IF_ERROR(CommitAndMerge());
  last_commit_ = now;
  dirty_ = false;
  return Status::Ok();
}

Status IndexStage::Finish() {
  if (writer_ == nullptr) return Status::Ok();
  // The ingest's writer thread has ended: its core encodes half of the last segment, the
  // one step of the ingest after the last batch (docs/search.md, session 25).
  writer_->set_flush_threads(2);
  if (dirty_) MARSAD_RETURN_IF_ERROR(writer_->Commit());
  writer_->set_flush_threads(1);
  dirty_ = false;
  const std::shared_ptr<const index::Snapshot> snap = writer_->snapshot();
  if (snap->segments.size() <= 1) return Status::Ok();
  const std::uint64_t first = snap->segments[0].reader->num_docs();
  const std::uint64_t rest = snap->num_docs() - first;
  if (rest >= first) {
    MARSAD_RETURN_IF_ERROR(writer_->ForceMerge(1));
  } else if (snap->segments.size() > 2) {
    MARSAD_RETURN_IF_ERROR(writer_->ForceMerge(2));
  } else {
    return Status::Ok();
  }
  return writer_->Commit();
}

Result<std::unique_ptr<Stage>> NewIndexStage() { return std::unique_ptr<Stage>(std::make_unique<IndexStage>()); }

}  // namespace marsad::engine
