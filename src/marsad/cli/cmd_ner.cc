// `marsad ner [--json] FILE|-`: the named entities of a text, as tagged tokens and mentions
// (../shared/CONTRACT.md).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/cli/command.h"
#include "marsad/cli/input_text.h"
#include "marsad/cli/model_path.h"
#include "marsad/io/env.h"
#include "marsad/ner/conll.h"
#include "marsad/ner/model.h"
#include "marsad/ner/tagger.h"
#include "marsad/text/analyzer.h"

namespace marsad::cli {
namespace {

// ---------------------------------------------------------------------------------------
// marsad ner

struct NerOptions {
  std::string path;
  std::string model;
  bool json = false;
  bool replace_invalid = false;
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
  std::vector<std::string> bad_lines;
  std::vector<InputDoc> docs = SplitInputDocs(opt.path, name, std::move(content).value(), &bad_lines);
  for (const std::string& e : bad_lines) PrintError("ner", e);
  const int errors = static_cast<int>(bad_lines.size());

  const std::string model_path = NerModelPath(opt.model);
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
                  "Model file (default: $MARSAD_NER_MODEL, else ner.model in $MARSAD_MODELS or data/models)");
  cmd->add_flag("--replace-invalid", opt->replace_invalid,
                "Replace invalid UTF-8 with U+FFFD instead of failing");
  cmd->callback([opt, runner] { *runner = [opt] { return RunNer(*opt); }; });
}

}  // namespace marsad::cli
