// Pipeline: the analysis stages a document goes through, in order. Text analysis always
// runs first; later stages (index, ner, entities, quotes, stories) plug in through a small
// Stage interface and are chosen by name (`marsad ingest --stages`). A stage that is not
// built yet is simply absent from the registry, and asking for it is a clear error.
#ifndef MARSAD_ENGINE_PIPELINE_H_
#define MARSAD_ENGINE_PIPELINE_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/engine/stage_lane.h"
#include "marsad/quotes/extractor.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {

// What one worker thread owns while documents flow through the pipeline.
struct WorkerContext {
  text::AnalysisCache cache;
  quotes::ExtractScratch quotes;  // the quotes stage's buffers
};

// What an ordered stage gets with each document (see Stage::ProcessInOrder).
struct OrderedContext {
  // The batch the document is stored in: records a stage writes here (store::RecordKind)
  // commit atomically with the document.
  store::WriteBatch* batch = nullptr;
  // The store being written, for a stage that loads its state from it on first use (the
  // story clusters). Reads only: writes go through `batch`, or in Commit.
  store::Store* store = nullptr;
};

// One step over an AnalyzedDoc. Each implementation states, next to its class, what it
// requires and what it assigns (spaCy's requires=/assigns=). A stage has two parts, either
// of which may be empty:
//  - Process: per document, on any worker thread, concurrently. Must be thread-safe,
//    keeping per-thread scratch in `ctx`. For work that needs only the document (tagging,
//    extracting quotes).
//  - ProcessInOrder and Commit: for stages that keep state across documents (the index,
//    the cross-document entity table, the story clusters). ProcessInOrder is called on the
//    single writer thread, for each document about to be stored, in input order, after the
//    Process part of every stage has run, and in pipeline order among stages (so quotes
//    see the entity ids entities assigned). Commit is called after the store committed the
//    batch holding those documents, and at the end of the ingest: a stage with files of its
//    own (the index) makes them durable there. A crash between the store's commit and a
//    stage's Commit loses that stage's work for the batch; the stage must recover on open
//    (e.g. by re-processing documents the store has and it lacks).
class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual Status Process(doc::AnalyzedDoc* /*doc*/, WorkerContext* /*ctx*/) const {
    return Status::Ok();
  }
  // True when the stage implements ProcessInOrder/Commit: the ingest then keeps each
  // document's analysis until the writer thread has passed it on.
  virtual bool ordered() const { return false; }
  virtual Status ProcessInOrder(doc::AnalyzedDoc* /*doc*/, const OrderedContext& /*ctx*/) {
    return Status::Ok();
  }
  virtual Status Commit() { return Status::Ok(); }
  // Called once by Ingest before the first document (ordered stages only), with the store
  // the documents go to. A stage with files of its own opens them here, inside
  // store.dir(), and brings them up to the store's state (documents stored while the stage
  // did not run, or whose Commit a crash prevented).
  virtual Status Open(store::Store& /*store*/) { return Status::Ok(); }
  // Called once at the end of an ingest that succeeded, after the last Commit (ordered
  // stages only): a stage that defers work to the end (the index commits its last documents
  // and merges its segments) does it here.
  virtual Status Finish() { return Status::Ok(); }
  // Called on the writer thread after ProcessInOrder of the last document of a batch, just
  // before the store writes it (ordered stages only): a stage whose state lives in the
  // store (the entity table) puts it in ctx.batch here, so it commits atomically with the
  // documents it describes.
  virtual Status EndBatch(const OrderedContext& /*ctx*/) { return Status::Ok(); }
  // True when ProcessInOrder reads nothing that other ordered stages assign (only the
  // document, what Process assigned and the stage's own state) and writes only records to
  // ctx.batch, never reading ctx.store: the ingest may then run it on a thread of its own
  // (StageLane), beside the other ordered stages, still in document order.
  virtual bool in_order_alone() const { return false; }
  // False when the stage never reads the analysis' sentences: an ingest whose stages all say
  // so analyses without splitting them (IngestAnalyzerOptions).
  virtual bool reads_sentences() const { return true; }
  // A tagger whose bytes the stage reads in Token::tag (text::TokenTagger), or null. The
  // ingest's analyzer tags with the first stage's (IngestAnalyzerOptions); a stage checks
  // TextAnalysis::tagger before trusting the tags. Must live as long as the stage.
  virtual const text::TokenTagger* token_tagger() const { return nullptr; }
  // CPU nanoseconds the stage's Open/Commit/Finish/EndBatch spent on threads of their own
  // since the last call: the pipeline adds them to the stage's CPU figure, which otherwise
  // counts the calling thread only (the index's final flush runs on two threads).
  virtual std::int64_t TakeHelperCpuNanos() { return 0; }
};

// The analyzer options for an ingest running `stages`: the defaults, without sentence
// splitting when no stage reads sentences (nothing else in the ingest does), tagging with
// the first stage's token_tagger.
text::AnalyzerOptions IngestAnalyzerOptions(const std::vector<std::unique_ptr<Stage>>& stages);

// A stage of the contract: its name, the stages it needs before it, what it assigns, and the
// stages it uses when this build has them (pulled in like requirements when registered,
// skipped otherwise: quotes reads ner's mentions but finds speakers from the words alone).
struct StageSpec {
  std::string_view name;
  std::vector<std::string_view> requires_stages;
  std::string_view assigns;
  // Stages it uses when this build has them (pulled in then, else left out): a requirement
  // made soft until the stage lands, or a stage that helps but is not needed.
  std::vector<std::string_view> uses_stages = {};
};

// The stages of ../shared/CONTRACT.md, in pipeline order: index, ner, entities (requires
// ner), quotes (uses ner and entities), stories (requires index, uses entities).
const std::vector<StageSpec>& ContractStages();

// Which stages exist in this build, by name. Not thread-safe while registering.
class StageRegistry {
 public:
  using Factory = std::function<Result<std::unique_ptr<Stage>>()>;

  // The registry of this build: the stages implemented so far.
  static StageRegistry Default();

  // Registers a stage of ContractStages() (InvalidArgument for another name).
  Status Register(std::string_view name, Factory factory);
  bool Has(std::string_view name) const;

  // Resolves a --stages list ("index,quotes"; "all": every stage registered whose required
  // stages are registered too; "" or "none" for analysis only; "-name" leaves a stage out,
  // "all,-entities") to the stages to run in pipeline order, with the ones they require and
  // use pulled in. InvalidArgument for an unknown name, one not available in this build, or
  // one left out that a chosen stage requires.
  Result<std::vector<std::string>> Resolve(std::string_view list) const;

  // Builds the named stages (from Resolve).
  Result<std::vector<std::unique_ptr<Stage>>> Create(const std::vector<std::string>& names) const;

 private:
  std::vector<std::pair<std::string, Factory>> factories_;
};

class Pipeline {
 public:
  // `analyzer` must outlive the pipeline.
  Pipeline(const text::Analyzer& analyzer, std::vector<std::unique_ptr<Stage>> stages);

  // Analyses doc->document.text into doc->analysis, then runs every stage's Process in
  // order. Stops at the first stage error, naming the stage. Thread-safe.
  Status Run(doc::AnalyzedDoc* doc, WorkerContext* ctx) const;
  // The two halves of Run, for a caller that fills document fields from the analysis
  // before the stages see it (ingest: the publication date from a dateline). Thread-safe.
  void Analyze(doc::AnalyzedDoc* doc, WorkerContext* ctx) const;
  // Analyze for several documents, one after the other, reading the CPU clock once for all
  // of them (a thread's CPU clock is a system call, not a vDSO read: per document it cost
  // the ingest a few percent).
  void Analyze(std::span<doc::AnalyzedDoc* const> docs, WorkerContext* ctx) const;
  Status RunStages(doc::AnalyzedDoc* doc, WorkerContext* ctx) const;

  // True when some stage is ordered (ProcessInOrder/Commit).
  bool ordered() const;
  // From now on, run each ordered stage that allows it (Stage::in_order_alone) on a thread
  // of its own: RunInOrder then only queues the document for it, so the document must stay
  // alive and unchanged until EndBatch or Drain returns. Call before the first RunInOrder.
  void UseStageLanes();
  // Runs every ordered stage's ProcessInOrder, in pipeline order (queues it for a stage on
  // a lane). Writer thread only.
  Status RunInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx);
  // Waits for the lanes to finish the documents queued; their records go to ctx.batch
  // (when null, to the next Drain or EndBatch that has one). The first error of a lane, naming the document. Writer
  // thread only; EndBatch, Commit and Finish drain first.
  Status Drain(const OrderedContext& ctx);
  // Runs every ordered stage's Commit. Writer thread only.
  Status Commit();
  // Runs every ordered stage's Open, in pipeline order, before the ingest starts.
  Status Open(store::Store& store);
  // Runs every ordered stage's Finish, in pipeline order, at the end of the ingest.
  Status Finish();
  // Runs every ordered stage's EndBatch, in pipeline order. Writer thread only.
  Status EndBatch(const OrderedContext& ctx);

  std::vector<std::string_view> StageNames() const;
  const text::Analyzer& analyzer() const { return analyzer_; }

  // CPU seconds spent in each step since the pipeline was built, every thread and every
  // call (Process, ProcessInOrder, EndBatch, Commit, Open, Finish) summed, in StageNames()
  // order ("analysis" first). It shows what each stage costs an ingest from one run, which
  // a shared machine's noise hides when two ingests are compared.
  std::vector<std::pair<std::string_view, double>> CpuSeconds() const;

 private:
  // Adds the calling thread's CPU time since `since_ns` to step `i` (0: analysis).
  void Charge(std::size_t i, std::int64_t since_ns) const;
  // Calls `call(stage)` for each ordered stage in pipeline order, charging its CPU time to
  // the stage; stops at the first error, naming the stage. Defined in pipeline.cc.
  template <typename Call>
  Status EachOrdered(Call call);

  const text::Analyzer& analyzer_;
  std::vector<std::unique_ptr<Stage>> stages_;
  std::unique_ptr<std::atomic<std::int64_t>[]> cpu_ns_;  // 1 + stages_.size()
  // By stage index: the stage's lane, or null when it runs on the writer thread. Declared
  // after stages_, so the lanes stop before the stages they run are destroyed.
  std::vector<std::unique_ptr<StageLane>> lanes_;
};

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_PIPELINE_H_
