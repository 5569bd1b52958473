// Pipeline and StageRegistry; see pipeline.h.
#include "marsad/engine/pipeline.h"

#include <algorithm>

#include "marsad/base/cpu_clock.h"

#include "marsad/engine/entities_stage.h"
#include "marsad/engine/index_stage.h"
#include "marsad/engine/ner_stage.h"
#include "marsad/engine/quotes_stage.h"
#include "marsad/engine/stories_stage.h"
#include "marsad/io/env.h"

namespace marsad::engine {

const std::vector<StageSpec>& ContractStages() {
  static const std::vector<StageSpec>* const kStages = new std::vector<StageSpec>{
      {"index", {}, "postings of the stored text"},
      {"ner", {}, "mentions"},
      {"entities", {"ner"}, "mention.entity (cross-document)"},
      {"quotes", {}, "quotes with speakers", {"ner", "entities"}},
      {"stories", {"index", "entities"}, "the document's story"},
  };
  return *kStages;
}

namespace {

const StageSpec* FindSpec(std::string_view name) {
  for (const StageSpec& s : ContractStages()) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

std::string KnownNames() {
  std::string out;
  for (const StageSpec& s : ContractStages()) {
    if (!out.empty()) out += ", ";
    out += s.name;
  }
  return out;
}

}  // namespace

StageRegistry StageRegistry::Default() {
  StageRegistry r;
  // Stages register here as their modules land.
  static_cast<void>(r.Register("index", NewIndexStage));
  static_cast<void>(r.Register("ner", []() -> Result<std::unique_ptr<Stage>> {
    MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<NerStage> stage,
                            NerStage::Load(*io::Env::Default(), NerStage::DefaultModelPath()));
    return std::unique_ptr<Stage>(std::move(stage));
  }));
  static_cast<void>(r.Register("entities", NewEntitiesStage));
  static_cast<void>(r.Register("quotes", [] { return NewQuotesStage(); }));
  static_cast<void>(r.Register("stories", NewStoriesStage));
  return r;
}

Status StageRegistry::Register(std::string_view name, Factory factory) {
  if (FindSpec(name) == nullptr) {
    return Status::InvalidArgument("unknown stage '" + std::string(name) + "' (stages: " + KnownNames() + ")");
  }
  factories_.emplace_back(std::string(name), std::move(factory));
  return Status::Ok();
}

bool StageRegistry::Has(std::string_view name) const {
  return std::any_of(factories_.begin(), factories_.end(), [&](const auto& f) { return f.first == name; });
}

Result<std::vector<std::string>> StageRegistry::Resolve(std::string_view list) const {
  std::vector<std::string_view> wanted;
  // A stage this build can run: registered, with what it requires registered too (entities
  // waits for ner).
  std::function<bool(std::string_view)> runnable = [&](std::string_view name) {
    const StageSpec* spec = FindSpec(name);
    return Has(name) && std::all_of(spec->requires_stages.begin(), spec->requires_stages.end(), runnable);
  };
  // Items: stage names, "all", "none", and "-name" for a stage left out (not pulled in as a
  // stage another one uses; an error if another one requires it).
  std::vector<std::string_view> left_out;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    std::string_view name = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name.empty() || name == "none") continue;
    if (name == "all") {
      for (const StageSpec& s : ContractStages()) {
        if (runnable(s.name)) wanted.push_back(s.name);
      }
      continue;
    }
    const bool leave_out = name.front() == '-';
    if (leave_out) name.remove_prefix(1);
    if (FindSpec(name) == nullptr) {
      return Status::InvalidArgument("unknown stage '" + std::string(name) + "' (stages: " + KnownNames() + ")");
    }
    (leave_out ? left_out : wanted).push_back(name);
  }
  auto is_left_out = [&](std::string_view name) {
    return std::find(left_out.begin(), left_out.end(), name) != left_out.end();
  };
  std::erase_if(wanted, is_left_out);
  // Pull in requirements, transitively.
  std::vector<bool> chosen(ContractStages().size(), false);
  std::vector<std::string_view> todo = wanted;
  while (!todo.empty()) {
    const std::string_view name = todo.back();
    todo.pop_back();
    const auto& all = ContractStages();
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].name != name || chosen[i]) continue;
      chosen[i] = true;
      for (std::string_view r : all[i].requires_stages) {
        if (is_left_out(r)) {
          return Status::InvalidArgument("stage '" + std::string(name) + "' requires '" + std::string(r) +
                                         "', which the list leaves out");
        }
        todo.push_back(r);
      }
      for (std::string_view u : all[i].uses_stages) {
        if (runnable(u) && !is_left_out(u)) todo.push_back(u);
      }
    }
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (!chosen[i]) continue;
    const std::string_view name = ContractStages()[i].name;
    if (!Has(name)) {
      return Status::InvalidArgument("stage '" + std::string(name) +
                                     "' is not available in this build yet (use --stages none for text analysis only)");
    }
    out.emplace_back(name);
  }
  return out;
}

Result<std::vector<std::unique_ptr<Stage>>> StageRegistry::Create(const std::vector<std::string>& names) const {
  std::vector<std::unique_ptr<Stage>> out;
  for (const std::string& name : names) {
    auto it = std::find_if(factories_.begin(), factories_.end(), [&](const auto& f) { return f.first == name; });
    if (it == factories_.end()) return Status::InvalidArgument("stage '" + name + "' is not available in this build");
    MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<Stage> stage, it->second());
    out.push_back(std::move(stage));
  }
  return out;
}

text::AnalyzerOptions IngestAnalyzerOptions(const std::vector<std::unique_ptr<Stage>>& stages) {
  text::AnalyzerOptions o;
  o.sentences = std::any_of(stages.begin(), stages.end(),
                            [](const std::unique_ptr<Stage>& s) { return s->reads_sentences(); });
  for (const std::unique_ptr<Stage>& s : stages) {
    if (o.tagger == nullptr) o.tagger = s->token_tagger();
  }
  return o;
}

Pipeline::Pipeline(const text::Analyzer& analyzer, std::vector<std::unique_ptr<Stage>> stages)
    : analyzer_(analyzer),
      stages_(std::move(stages)),
      cpu_ns_(std::make_unique<std::atomic<std::int64_t>[]>(stages_.size() + 1)) {}

void Pipeline::Charge(std::size_t i, std::int64_t since_ns) const {
  cpu_ns_[i].fetch_add(ThreadCpuNanos() - since_ns, std::memory_order_relaxed);
}

std::vector<std::pair<std::string_view, double>> Pipeline::CpuSeconds() const {
  std::vector<std::pair<std::string_view, double>> out;
  const std::vector<std::string_view> names = StageNames();
  for (std::size_t i = 0; i < names.size(); ++i) {
    out.emplace_back(names[i], static_cast<double>(cpu_ns_[i].load(std::memory_order_relaxed)) * 1e-9);
  }
  return out;
}

Status Pipeline::Run(doc::AnalyzedDoc* doc, WorkerContext* ctx) const {
  Analyze(doc, ctx);
  return RunStages(doc, ctx);
}

void Pipeline::Analyze(doc::AnalyzedDoc* doc, WorkerContext* ctx) const {
  // Requires: document.text. Assigns: analysis (tokens, sentences).
  Analyze(std::span<doc::AnalyzedDoc* const>(&doc, 1), ctx);
}

void Pipeline::Analyze(std::span<doc::AnalyzedDoc* const> docs, WorkerContext* ctx) const {
  const std::int64_t t0 = ThreadCpuNanos();
  for (doc::AnalyzedDoc* doc : docs) analyzer_.Analyze(doc->document.text, &doc->analysis, &ctx->cache);
  Charge(0, t0);
}

Status Pipeline::RunStages(doc::AnalyzedDoc* doc, WorkerContext* ctx) const {
  for (std::size_t i = 0; i < stages_.size(); ++i) {
    const std::int64_t t0 = ThreadCpuNanos();
    Status s = stages_[i]->Process(doc, ctx);
    Charge(i + 1, t0);
    if (!s.ok()) return s.WithContext("stage " + std::string(stages_[i]->name()));
  }
  return Status::Ok();
}

bool Pipeline::ordered() const {
  return std::any_of(stages_.begin(), stages_.end(), [](const auto& s) { return s->ordered(); });
}

template <typename Call>
Status Pipeline::EachOrdered(Call call) {
  for (std::size_t i = 0; i < stages_.size(); ++i) {
    if (!stages_[i]->ordered()) continue;
    const std::int64_t t0 = ThreadCpuNanos();
    Status s = call(*stages_[i]);
    Charge(i + 1, t0);
    cpu_ns_[i + 1].fetch_add(stages_[i]->TakeHelperCpuNanos(), std::memory_order_relaxed);
    if (!s.ok()) return s.WithContext("stage " + std::string(stages_[i]->name()));
  }
  return Status::Ok();
}

void Pipeline::UseStageLanes() {
  lanes_.resize(stages_.size());
  for (std::size_t i = 0; i < stages_.size(); ++i) {
    if (lanes_[i] || !stages_[i]->ordered() || !stages_[i]->in_order_alone()) continue;
    lanes_[i] = std::make_unique<StageLane>(stages_[i].get(), [this, i](std::int64_t t0) { Charge(i + 1, t0); });
  }
}

Status Pipeline::RunInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) {
  for (std::size_t i = 0; i < stages_.size(); ++i) {
    if (!stages_[i]->ordered()) continue;
    if (i < lanes_.size() && lanes_[i]) {
      lanes_[i]->Push(doc);
      continue;
    }
    const std::int64_t t0 = ThreadCpuNanos();
    Status s = stages_[i]->ProcessInOrder(doc, ctx);
    Charge(i + 1, t0);
    if (!s.ok()) return s.WithContext("stage " + std::string(stages_[i]->name()));
  }
  return Status::Ok();
}

Status Pipeline::Drain(const OrderedContext& ctx) {
  Status first;
  for (const std::unique_ptr<StageLane>& lane : lanes_) {
    if (!lane) continue;
    Status s = lane->Wait(ctx.batch);
    if (first.ok()) first = std::move(s);
  }
  return first;
}

Status Pipeline::Commit() {
  MARSAD_RETURN_IF_ERROR(Drain(OrderedContext{}));
  return EachOrdered([](Stage& stage) { return stage.Commit(); });
}

Status Pipeline::Open(store::Store& store) {
  return EachOrdered([&store](Stage& stage) { return stage.Open(store); });
}

Status Pipeline::Finish() {
  MARSAD_RETURN_IF_ERROR(Drain(OrderedContext{}));
  return EachOrdered([](Stage& stage) { return stage.Finish(); });
}

Status Pipeline::EndBatch(const OrderedContext& ctx) {
  MARSAD_RETURN_IF_ERROR(Drain(ctx));
  return EachOrdered([&ctx](Stage& stage) { return stage.EndBatch(ctx); });
}

std::vector<std::string_view> Pipeline::StageNames() const {
  std::vector<std::string_view> out{"analysis"};
  for (const auto& s : stages_) out.push_back(s->name());
  return out;
}

}  // namespace marsad::engine
