// Pipeline: the analysis stages a document goes through, in order. Text analysis always
// runs first; later stages (index, ner, entities, quotes, stories) plug in through a small
// Stage interface and are chosen by name (`marsad ingest --stages`). A stage that is not
// built yet is simply absent from the registry, and asking for it is a clear error.
#ifndef MARSAD_ENGINE_PIPELINE_H_
#define MARSAD_ENGINE_PIPELINE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/text/analyzer.h"

namespace marsad::engine {

// What one worker thread owns while documents flow through the pipeline.
struct WorkerContext {
  text::AnalysisCache cache;
};

// One step over an AnalyzedDoc. Each implementation states, next to its class, what it
// requires and what it assigns (spaCy's requires=/assigns=). Process is called from several
// worker threads at once: it must be thread-safe, keeping per-thread scratch in `ctx`.
class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual Status Process(doc::AnalyzedDoc* doc, WorkerContext* ctx) const = 0;
};

// A stage of the contract: its name, the stages it needs before it, and what it assigns.
struct StageSpec {
  std::string_view name;
  std::vector<std::string_view> requires_stages;
  std::string_view assigns;
};

// The stages of ../shared/CONTRACT.md, in pipeline order: index, ner, entities (requires
// ner), quotes (requires ner), stories (requires index, entities).
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

  // Resolves a --stages list ("index,quotes"; "all"; "" or "none" for analysis only) to
  // the stages to run in pipeline order, with the ones they require pulled in.
  // InvalidArgument for an unknown name or one not available in this build.
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

  // Analyses doc->document.text into doc->analysis, then runs every stage in order.
  // Stops at the first stage error, naming the stage. Thread-safe.
  Status Run(doc::AnalyzedDoc* doc, WorkerContext* ctx) const;

  std::vector<std::string_view> StageNames() const;
  const text::Analyzer& analyzer() const { return analyzer_; }

 private:
  const text::Analyzer& analyzer_;
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_PIPELINE_H_
