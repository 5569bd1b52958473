// `marsad eval ner [--json] FILE`: entity-level precision, recall and F1 (conlleval rules)
// of the named-entity tagger on a CoNLL `token TAG` file (../shared/CONTRACT.md).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/cli/command.h"
#include "marsad/cli/model_path.h"
#include "marsad/io/env.h"
#include "marsad/ner/conll.h"
#include "marsad/ner/docsplit.h"
#include "marsad/ner/model.h"
#include "marsad/ner/tagger.h"
#include "marsad/text/analyzer.h"

namespace marsad::cli {
namespace {

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// ---------------------------------------------------------------------------------------
// marsad eval ner

struct EvalNerOptions {
  std::string path;
  std::string model;
  std::string output;  // conlleval's input: "token GOLD PREDICTED" per line
  int doc_sentences = 0;  // 0: the model's
  bool json = false;
  bool errors = false;  // also the errors by type and kind (ner::NerErrors)
};

nlohmann::json PrfJson(const ner::Prf& p) {
  return {{"precision", 100 * p.precision}, {"recall", 100 * p.recall}, {"f1", 100 * p.f1}};
}

int RunEvalNer(const EvalNerOptions& opt) {
  auto content = io::Env::Default()->ReadFile(opt.path, std::uint64_t{1} << 30);
  if (!content.ok()) {
    PrintError("eval ner", content.status());
    return kExitFailed;
  }
  auto sentences = ner::ParseConll(*content, opt.path);
  if (!sentences.ok()) {
    PrintError("eval ner", sentences.status());
    return kExitFailed;
  }
  const std::string model_path = NerModelPath(opt.model);
  const auto t_load = std::chrono::steady_clock::now();
  auto model = ner::Model::Load(*io::Env::Default(), model_path);
  if (!model.ok()) {
    PrintError("eval ner", model.status());
    return kExitFailed;
  }
  const double load_seconds = Since(t_load);
  text::AnalyzerOptions analyzer_options;
  analyzer_options.sentences = false;
  const text::Analyzer analyzer(analyzer_options);
  const ner::Tagger tagger(*model);
  ner::TaggerCache cache;
  ner::NerScore score;
  ner::NerErrors errors;
  std::size_t tokens = 0;
  std::string conll;  // the --output file
  const auto t0 = std::chrono::steady_clock::now();
  // A CoNLL file has no document boundaries: it is split as the model's document features
  // were trained (ner::DocumentStarts: runs of doc_sentences sentences, or where the words
  // stop overlapping).
  const std::size_t per_doc = static_cast<std::size_t>(
      opt.doc_sentences > 0 ? opt.doc_sentences : model->doc_sentences());
  std::vector<ner::AlignedSentence> aligned;
  aligned.reserve(sentences->size());
  for (const ner::ConllSentence& s : *sentences) aligned.push_back(ner::AlignSentence(s, analyzer));
  const bool cohesion = model->feature_options().Has(ner::kFeatCohesionDocs) && opt.doc_sentences == 0;
  std::vector<std::size_t> starts = ner::DocumentStarts(aligned, cohesion, per_doc);
  std::vector<ner::SentenceRef> refs;
  for (std::size_t d = 0; d < starts.size(); ++d) {
    const std::size_t first = starts[d];
    const std::size_t end = d + 1 < starts.size() ? starts[d + 1] : sentences->size();
    refs.clear();
    for (std::size_t k = first; k < end; ++k) {
      refs.push_back({aligned[k].text, &aligned[k].analysis, 0, aligned[k].analysis.tokens.size()});
    }
    const std::vector<std::vector<ner::EntitySpan>> found = tagger.TagDocument(refs, &cache);
    for (std::size_t k = first; k < end; ++k) {
      const ner::ConllSentence& s = (*sentences)[k];
      const ner::AlignedSentence& a = aligned[k];
      const std::vector<ner::EntitySpan> spans = ner::ToConllSpans(a, found[k - first]);
      score.Add(a.gold_conll, spans);
      errors.Add(a.gold_conll, spans);
      tokens += s.tokens.size();
      if (!opt.output.empty()) {
        const std::vector<ner::Label> predicted = ner::LabelsFromSpans(spans, s.tokens.size());
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
          conll += s.tokens[i] + ' ' + ner::LabelName(s.labels[i]) + ' ' +
                   ner::LabelName(predicted[i]) + '\n';
        }
        conll += '\n';
      }
    }
  }
  const double seconds = Since(t0);
  if (!opt.output.empty()) {
    Status st = io::Env::Default()->WriteFileAtomic(opt.output, conll);
    if (!st.ok()) {
      PrintError("eval ner", st);
      return kExitFailed;
    }
  }

  constexpr doc::EntityType kTypes[] = {doc::EntityType::kPerson, doc::EntityType::kLocation,
                                        doc::EntityType::kOrganization, doc::EntityType::kMisc};
  constexpr ner::NerError kErrors[] = {ner::NerError::kMissed, ner::NerError::kWrongType,
                                       ner::NerError::kWrongBoundary,
                                       ner::NerError::kWrongBoundaryAndType,
                                       ner::NerError::kSpurious};
  if (opt.json) {
    nlohmann::json types = nlohmann::json::object();
    for (doc::EntityType t : kTypes) {
      nlohmann::json j = PrfJson(score.Type(t));
      j["gold"] = score.gold(t);
      j["predicted"] = score.predicted(t);
      j["correct"] = score.correct(t);
      if (opt.errors) {
        nlohmann::json e = nlohmann::json::object();
        for (ner::NerError k : kErrors) e[std::string(ner::NerErrorName(k))] = errors.count(t, k);
        j["errors"] = e;
      }
      types[std::string(doc::EntityTypeName(t))] = j;
    }
    nlohmann::json micro = PrfJson(score.Micro());
    micro["gold"] = score.total_gold();
    micro["predicted"] = score.total_predicted();
    micro["correct"] = score.total_correct();
    const nlohmann::json out = {{"file", opt.path},
                                {"model", model_path},
                                {"micro", micro},
                                {"types", types},
                                {"sentences", sentences->size()},
                                {"documents", starts.size()},
                                {"tokens", tokens},
                                {"seconds", seconds},
                                {"load_seconds", load_seconds},
                                {"tokens_per_second", seconds > 0 ? tokens / seconds : 0.0}};
    std::cout << out.dump(1) << '\n';
    return kExitOk;
  }
  std::printf("%s: %zu sentences (%zu documents), %zu tokens; %zu gold entities, %zu found, %zu correct\n",
              opt.path.c_str(), sentences->size(), starts.size(), tokens, score.total_gold(),
              score.total_predicted(), score.total_correct());
  const ner::Prf micro = score.Micro();
  std::printf("%-6s %9s %9s %9s %7s\n", "", "precision", "recall", "F1", "gold");
  std::printf("%-6s %9.2f %9.2f %9.2f %7zu\n", "micro", 100 * micro.precision, 100 * micro.recall,
              100 * micro.f1, score.total_gold());
  for (doc::EntityType t : kTypes) {
    const ner::Prf p = score.Type(t);
    std::printf("%-6s %9.2f %9.2f %9.2f %7zu\n", std::string(doc::EntityTypeName(t)).c_str(),
                100 * p.precision, 100 * p.recall, 100 * p.f1, score.gold(t));
  }
  if (opt.errors) {
    // Gold entities not found exactly, by what the tagger did instead; spurious: predicted
    // entities overlapping no gold one.
    std::printf("errors");
    for (ner::NerError k : kErrors) std::printf(" %14s", std::string(ner::NerErrorName(k)).c_str());
    std::printf("\n");
    for (doc::EntityType t : kTypes) {
      std::printf("%-6s", std::string(doc::EntityTypeName(t)).c_str());
      for (ner::NerError k : kErrors) std::printf(" %14zu", errors.count(t, k));
      std::printf("\n");
    }
  }
  std::printf("tagging: %.3f s (%.0f tokens/s); model load %.3f s (%s)\n", seconds,
              seconds > 0 ? tokens / seconds : 0.0, load_seconds, model_path.c_str());
  return kExitOk;
}

}  // namespace

void RegisterEvalNer(CLI::App& eval, GlobalOptions& /*global*/, CommandRunner* runner) {
  auto opt = std::make_shared<EvalNerOptions>();
  CLI::App* cmd = eval.add_subcommand(
      "ner", "Entity-level precision, recall and F1 (conlleval rules) on a CoNLL 'token TAG' file");
  cmd->add_option("FILE", opt->path, "CoNLL file: one 'token TAG' per line, blank lines between "
                                     "sentences; B-PERS/I-PERS read as PER")
      ->required();
  cmd->add_flag("--json", opt->json,
                "Print JSON: {\"micro\": {\"precision\",\"recall\",\"f1\"}, \"types\": {...}, "
                "\"tokens\", \"seconds\"} (percent)");
  cmd->add_option("--model", opt->model,
                  "Model file (default: $MARSAD_NER_MODEL, else ner.model in $MARSAD_MODELS or data/models)");
  cmd->add_option("--doc-sentences", opt->doc_sentences,
                  "Consecutive sentences tagged as one document (default: as the model was "
                  "trained: these runs, or the cohesion split of a model trained with "
                  "+cohesiondocs)");
  cmd->add_flag("--errors", opt->errors,
                "Also count the errors per type: gold entities missed, found with the wrong type, "
                "the wrong boundaries or both, and spurious predictions");
  cmd->add_option("--output", opt->output,
                  "Also write 'token GOLD PREDICTED' lines (conlleval's input) to this file");
  cmd->callback([opt, runner] { *runner = [opt] { return RunEvalNer(*opt); }; });
}

}  // namespace marsad::cli
