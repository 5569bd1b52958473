// `marsad ner [--json] FILE|-`: the named entities of a text, as tagged tokens and mentions;
// `marsad eval ner [--json] FILE`: entity-level precision, recall and F1 (conlleval rules)
// of the tagger on a CoNLL `token TAG` file (../shared/CONTRACT.md).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/cli/command.h"
#include "marsad/cli/input_text.h"
#include "marsad/io/env.h"
#include "marsad/ner/conll.h"
#include "marsad/ner/model.h"
#include "marsad/ner/tagger.h"
#include "marsad/text/analyzer.h"

#ifndef MARSAD_DEFAULT_NER_MODEL
#define MARSAD_DEFAULT_NER_MODEL "data/models/ner.model"
#endif

namespace marsad::cli {
namespace {

// --model, else $MARSAD_NER_MODEL, else the model committed with the sources.
std::string ModelPath(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("MARSAD_NER_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return MARSAD_DEFAULT_NER_MODEL;
}

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// ---------------------------------------------------------------------------------------
// marsad ner

struct NerOptions {
  std::string path;
  std::string model;
  bool json = false;
  bool replace_invalid = false;
};

struct InputDoc {
  std::size_t line = 0;  // 1-based line of a JSONL input, 0 for plain text
  std::string text;
};

nlohmann::json DocJson(const doc::AnalyzedDoc& d) {
  const std::string_view text = d.document.text;
  // BIO tag of each token from the mentions.
  std::vector<std::string> tags(d.analysis.tokens.size(), "O");
  nlohmann::json mentions = nlohmann::json::array();
  for (const doc::Mention& m : d.mentions) {
    for (std::uint32_t i = m.first_token; i < m.end_token; ++i) {
      tags[i] = (i == m.first_token ? "B-" : "I-") + std::string(doc::EntityTypeName(m.type));
    }
    mentions.push_back({{"type", doc::EntityTypeName(m.type)},
                        {"start", m.span.begin},
                        {"end", m.span.end},
                        {"text", m.span.In(text)},
                        {"first_token", m.first_token},
                        {"end_token", m.end_token}});
  }
  nlohmann::json tokens = nlohmann::json::array();
  for (std::size_t i = 0; i < d.analysis.tokens.size(); ++i) {
    const text::Token& t = d.analysis.tokens[i].token;
    tokens.push_back({{"text", t.In(text)}, {"start", t.begin}, {"end", t.end}, {"tag", tags[i]}});
  }
  return {{"tokens", tokens}, {"mentions", mentions}};
}

void PrintHuman(const doc::AnalyzedDoc& d) {
  const std::string_view text = d.document.text;
  std::size_t m = 0, sentence = 0;
  const auto& sentences = d.analysis.sentences;
  for (std::size_t i = 0; i < d.analysis.tokens.size(); ++i) {
    while (sentence < sentences.size() && sentences[sentence].end_token <= i) {
      ++sentence;
      std::printf("\n");
    }
    while (m < d.mentions.size() && d.mentions[m].end_token <= i) ++m;
    std::string tag = "O";
    if (m < d.mentions.size() && d.mentions[m].first_token <= i) {
      tag = (i == d.mentions[m].first_token ? "B-" : "I-") +
            std::string(doc::EntityTypeName(d.mentions[m].type));
    }
    const std::string_view tok = d.analysis.tokens[i].token.In(text);
    std::printf("%.*s\t%s\n", static_cast<int>(tok.size()), tok.data(), tag.c_str());
  }
  std::printf("\n");
}

int RunNer(const NerOptions& opt) {
  InputOptions in;
  in.replace_invalid_utf8 = opt.replace_invalid;
  auto content = ReadInputText(opt.path, in);
  if (!content.ok()) {
    PrintError("ner", content.status());
    return kExitFailed;
  }
  const std::string name = opt.path == "-" ? "<stdin>" : opt.path;
  std::vector<InputDoc> docs;
  int errors = 0;
  if (IsJsonLines(opt.path, *content)) {
    std::string_view rest = *content;
    std::size_t line_no = 0;
    while (!rest.empty()) {
      const std::size_t nl = rest.find('\n');
      const std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      const std::string where = name + ":" + std::to_string(line_no);
      if (j.is_discarded() || !j.is_object()) {
        PrintError("ner", where + ": not a JSON object");
        ++errors;
        continue;
      }
      auto it = j.find("text");
      if (it == j.end() || !it->is_string()) {
        PrintError("ner", where + ": no \"text\" string field");
        ++errors;
        continue;
      }
      docs.push_back({line_no, it->get<std::string>()});
    }
  } else {
    docs.push_back({0, std::move(content).value()});
  }

  const std::string model_path = ModelPath(opt.model);
  auto model = ner::Model::Load(*io::Env::Default(), model_path);
  if (!model.ok()) {
    PrintError("ner", model.status());
    return kExitFailed;
  }
  const text::Analyzer analyzer;
  const ner::Tagger tagger(*model);
  text::AnalysisCache analysis_cache;
  ner::TaggerCache cache;
  doc::AnalyzedDoc d;
  for (InputDoc& in_doc : docs) {
    d.document.text = std::move(in_doc.text);
    analyzer.Analyze(d.document.text, &d.analysis, &analysis_cache);
    tagger.Tag(&d, &cache);
    if (opt.json) {
      std::cout << DocJson(d)
                       .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << '\n';
    } else {
      if (in_doc.line > 0) std::printf("## line %zu\n", in_doc.line);
      PrintHuman(d);
    }
  }
  std::cout.flush();
  std::fflush(stdout);
  return errors > 0 ? kExitFailed : kExitOk;
}

// ---------------------------------------------------------------------------------------
// marsad eval ner

struct EvalNerOptions {
  std::string path;
  std::string model;
  std::string output;  // conlleval's input: "token GOLD PREDICTED" per line
  int doc_sentences = 0;  // 0: the model's
  bool json = false;
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
  const std::string model_path = ModelPath(opt.model);
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
  std::size_t tokens = 0;
  std::string conll;  // the --output file
  const auto t0 = std::chrono::steady_clock::now();
  // A CoNLL file has no document boundaries: runs of doc_sentences sentences are tagged as
  // one document (what the model's document features were trained on).
  const std::size_t per_doc = static_cast<std::size_t>(
      opt.doc_sentences > 0 ? opt.doc_sentences : model->doc_sentences());
  std::vector<ner::AlignedSentence> aligned;
  std::vector<ner::SentenceRef> refs;
  for (std::size_t first = 0; first < sentences->size(); first += per_doc) {
    const std::size_t end = std::min(sentences->size(), first + per_doc);
    aligned.clear();
    refs.clear();
    for (std::size_t k = first; k < end; ++k) aligned.push_back(ner::AlignSentence((*sentences)[k], analyzer));
    for (const ner::AlignedSentence& a : aligned) {
      refs.push_back({a.text, &a.analysis, 0, a.analysis.tokens.size()});
    }
    const std::vector<std::vector<ner::EntitySpan>> found = tagger.TagDocument(refs, &cache);
    for (std::size_t k = first; k < end; ++k) {
      const ner::ConllSentence& s = (*sentences)[k];
      const ner::AlignedSentence& a = aligned[k - first];
      const std::vector<ner::EntitySpan> spans = ner::ToConllSpans(a, found[k - first]);
      score.Add(a.gold_conll, spans);
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
  if (opt.json) {
    nlohmann::json types = nlohmann::json::object();
    for (doc::EntityType t : kTypes) {
      nlohmann::json j = PrfJson(score.Type(t));
      j["gold"] = score.gold(t);
      j["predicted"] = score.predicted(t);
      j["correct"] = score.correct(t);
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
                                {"tokens", tokens},
                                {"seconds", seconds},
                                {"load_seconds", load_seconds},
                                {"tokens_per_second", seconds > 0 ? tokens / seconds : 0.0}};
    std::cout << out.dump(1) << '\n';
    return kExitOk;
  }
  std::printf("%s: %zu sentences, %zu tokens; %zu gold entities, %zu found, %zu correct\n",
              opt.path.c_str(), sentences->size(), tokens, score.total_gold(),
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
  std::printf("tagging: %.3f s (%.0f tokens/s); model load %.3f s (%s)\n", seconds,
              seconds > 0 ? tokens / seconds : 0.0, load_seconds, model_path.c_str());
  return kExitOk;
}

CLI::App* FindSubcommand(CLI::App& app, const std::string& name) {
  for (CLI::App* s : app.get_subcommands([&](CLI::App* c) { return c->get_name() == name; })) {
    return s;
  }
  return nullptr;
}

}  // namespace

void RegisterNer(CLI::App& app, GlobalOptions& /*global*/, CommandRunner* runner) {
  auto opt = std::make_shared<NerOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ner", "Tag the persons, places, organisations and other names of a text (or of each "
             "line's \"text\" of a JSONL file)");
  cmd->add_option("FILE", opt->path, "Text or .jsonl file, or - for stdin")->required();
  cmd->add_flag("--json", opt->json,
                "Print JSON: {\"tokens\": [{\"text\",\"start\",\"end\",\"tag\"}], \"mentions\": "
                "[{\"type\",\"start\",\"end\",\"text\"}]}");
  cmd->add_option("--model", opt->model,
                  "Model file (default: $MARSAD_NER_MODEL, else data/models/ner.model)");
  cmd->add_flag("--replace-invalid", opt->replace_invalid,
                "Replace invalid UTF-8 with U+FFFD instead of failing");
  cmd->callback([opt, runner] { *runner = [opt] { return RunNer(*opt); }; });
}

// Adds `ner` to the `eval` command (RegisterEval must run first).
void RegisterEvalNer(CLI::App& app, GlobalOptions& /*global*/, CommandRunner* runner) {
  CLI::App* eval = FindSubcommand(app, "eval");
  if (eval == nullptr) eval = app.add_subcommand("eval", "Print accuracy figures");
  auto opt = std::make_shared<EvalNerOptions>();
  CLI::App* cmd = eval->add_subcommand(
      "ner", "Entity-level precision, recall and F1 (conlleval rules) on a CoNLL 'token TAG' file");
  cmd->add_option("FILE", opt->path, "CoNLL file: one 'token TAG' per line, blank lines between "
                                     "sentences; B-PERS/I-PERS read as PER")
      ->required();
  cmd->add_flag("--json", opt->json,
                "Print JSON: {\"micro\": {\"precision\",\"recall\",\"f1\"}, \"types\": {...}, "
                "\"tokens\", \"seconds\"} (percent)");
  cmd->add_option("--model", opt->model,
                  "Model file (default: $MARSAD_NER_MODEL, else data/models/ner.model)");
  cmd->add_option("--doc-sentences", opt->doc_sentences,
                  "Consecutive sentences tagged as one document (default: as the model was "
                  "trained)");
  cmd->add_option("--output", opt->output,
                  "Also write 'token GOLD PREDICTED' lines (conlleval's input) to this file");
  cmd->callback([opt, runner] { *runner = [opt] { return RunEvalNer(*opt); }; });
}

}  // namespace marsad::cli
