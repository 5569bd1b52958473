// `marsad analyze [--json] [--stats] FILE|-`: tokens with norm, stem and variant key, and
// sentences (../shared/CONTRACT.md).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

#include "marsad/api/json_codec.h"
#include "marsad/cli/command.h"
#include "marsad/cli/input_text.h"
#include "marsad/text/analyzer.h"

namespace marsad::cli {
namespace {

struct AnalyzeOptions {
  std::string path;
  bool json = false;
  bool stats = false;
  bool replace_invalid = false;
};


void PrintHuman(std::string_view text, const text::TextAnalysis& a) {
  std::size_t sentence = 0;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    while (sentence < a.sentences.size() && a.sentences[sentence].end_token <= i) ++sentence;
    if (sentence < a.sentences.size() && a.sentences[sentence].first_token == i) {
      std::printf("# sentence %zu [%u, %u)\n", sentence + 1, a.sentences[sentence].span.begin,
                  a.sentences[sentence].span.end);
    }
    const text::Token& t = a.tokens[i].token;
    std::string_view s = t.In(text), n = a.norm(i), st = a.stem(i), k = a.key(i);
    std::printf("%6u-%-6u %-8.*s %.*s\tnorm=%.*s stem=%.*s key=%.*s\n", t.begin, t.end,
                static_cast<int>(text::TokenKindName(t.kind).size()),
                text::TokenKindName(t.kind).data(), static_cast<int>(s.size()), s.data(),
                static_cast<int>(n.size()), n.data(), static_cast<int>(st.size()), st.data(),
                static_cast<int>(k.size()), k.data());
  }
}

int Run(const AnalyzeOptions& opt) {
  InputOptions in;
  in.replace_invalid_utf8 = opt.replace_invalid;
  auto content = ReadInputText(opt.path, in);
  if (!content.ok()) {
    PrintError("analyze", content.status());
    return kExitFailed;
  }
  const std::string name = opt.path == "-" ? "<stdin>" : opt.path;

  std::vector<std::string> bad_lines;
  std::vector<InputDoc> docs = SplitInputDocs(opt.path, name, std::move(content).value(), &bad_lines);
  for (const std::string& e : bad_lines) PrintError("analyze", e);
  const int errors = static_cast<int>(bad_lines.size());

  const text::Analyzer analyzer;
  text::TextAnalysis analysis;
  text::AnalysisCache cache;
  if (opt.stats) {
    std::size_t bytes = 0, tokens = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const InputDoc& d : docs) {
      analyzer.Analyze(d.text, &analysis, &cache);
      bytes += d.text.size();
      tokens += analysis.tokens.size();
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    nlohmann::json out = {{"docs", docs.size()},
                          {"bytes", bytes},
                          {"tokens", tokens},
                          {"seconds", secs},
                          {"mb_per_s", secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0.0}};
    std::cout << out.dump() << '\n';
    return errors > 0 ? kExitFailed : kExitOk;
  }
  for (const InputDoc& d : docs) {
    analyzer.Analyze(d.text, &analysis, &cache);
    if (opt.json) {
      std::cout << api::AnalysisToJson(d.text, analysis).dump(-1, ' ', false,
                                                              nlohmann::json::error_handler_t::replace)
                << '\n';
    } else {
      if (d.line > 0) std::printf("## line %zu\n", d.line);
      PrintHuman(d.text, analysis);
    }
  }
  std::cout.flush();
  std::fflush(stdout);
  return errors > 0 ? kExitFailed : kExitOk;
}

}  // namespace

void RegisterAnalyze(CLI::App& app, GlobalOptions& /*global*/, CommandRunner* runner) {
  auto opt = std::make_shared<AnalyzeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "analyze", "Tokenize, normalize, stem and key a text (or each line's \"text\" of a JSONL file)");
  cmd->add_option("FILE", opt->path, "Text or .jsonl file, or - for stdin")->required();
  cmd->add_flag("--json", opt->json, "Print JSON: {\"tokens\": [...], \"sentences\": [...]}");
  cmd->add_flag("--stats", opt->stats,
                "Print only {\"bytes\",\"tokens\",\"seconds\",\"mb_per_s\"}, timing the analysis alone");
  cmd->add_flag("--replace-invalid", opt->replace_invalid,
                "Replace invalid UTF-8 with U+FFFD instead of failing");
  cmd->callback([opt, runner] { *runner = [opt] { return Run(*opt); }; });
}

}  // namespace marsad::cli
