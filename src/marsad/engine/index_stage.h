// The `index` stage: adds each stored document to the inverted index that lives inside the
// store directory (<store>/index, docs/formats/index.md), so `marsad search` finds it.
// Requires: document (id, title, source, published), analysis of its text. Assigns: nothing
// on the document; postings in the index.
#ifndef MARSAD_ENGINE_INDEX_STAGE_H_
#define MARSAD_ENGINE_INDEX_STAGE_H_

#include <chrono>
#include <memory>
#include <string>

#include "marsad/base/result.h"
#include "marsad/engine/pipeline.h"
#include "marsad/index/index_writer.h"
#include "marsad/io/env.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {

// The index directory of the store in `store_dir`.
std::string IndexDir(const std::string& store_dir);

// The analyzer configuration of the index and of its queries (one analysis chain for both,
// STYLE.md habit 6): the default one, without sentence splitting (the index does not use it).
text::AnalyzerOptions IndexAnalyzerOptions();

// The index stage. Ordered: ProcessInOrder adds the document on the writer thread (the
// title is analysed there, with the same text::Analyzer configuration as queries). Commit
// (after each store batch) commits the index at most every kCommitSeconds, so a long ingest
// becomes searchable as it goes without writing a small segment per batch; Finish commits
// the rest and merges: into one segment when the newer segments hold at least as many
// documents as the first (so a growing index is rewritten geometrically seldom), else the
// newer ones into a second segment. Searches need one to two segments afterwards.
//
// Recovery: Open reconciles the index with the store by the documents' content
// fingerprints, which the index stores as each document's version. A document the store
// has and the index lacks (stored with --stages none, or lost to a crash between the
// store's commit and the index's), or holds in an older version, is indexed from the store;
// one the index has and the store no longer does (replaced by a duplicate record) is
// deleted. The check reads only the catalog (no text) when both agree.
class IndexStage final : public Stage {
 public:
  explicit IndexStage(io::Env* env = io::Env::Default()) : env_(env), analyzer_(IndexAnalyzerOptions()) {}

  std::string_view name() const override { return "index"; }
  bool ordered() const override { return true; }
  // The index reads tokens and their strings only (titles it analyses itself, unsplit).
  bool reads_sentences() const override { return false; }
  Status Open(store::Store& store) override;
  // InvalidArgument when Open was not called.
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override;
  Status Commit() override;
  Status Finish() override;
  std::int64_t TakeHelperCpuNanos() override {
    return writer_ == nullptr ? 0 : writer_->TakeFlushHelperCpuNanos();
  }

  // Commit commits the index when this long has passed since the last commit.
  static constexpr double kCommitSeconds = 30;

  // After Open: the writer (tests read its snapshot).
  index::IndexWriter* writer() { return writer_.get(); }
  // Documents Open indexed again from the store, and deleted from the index.
  std::size_t recovered() const { return recovered_; }
  std::size_t removed() const { return removed_; }

 private:
  Status AddStored(const store::DocumentRow& row);
  // Commit, then merge when there are too many segments and commit the merge.
  Status CommitAndMerge();

  io::Env* env_;
  text::Analyzer analyzer_;
  text::AnalysisCache cache_;
  text::TextAnalysis title_, body_;
  std::unique_ptr<index::IndexWriter> writer_;
  bool dirty_ = false;
  std::chrono::steady_clock::time_point last_commit_ = std::chrono::steady_clock::now();
  std::size_t recovered_ = 0, removed_ = 0;
};

// The factory StageRegistry::Default() registers under "index".
Result<std::unique_ptr<Stage>> NewIndexStage();

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_INDEX_STAGE_H_
