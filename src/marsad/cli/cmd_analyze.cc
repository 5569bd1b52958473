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

struct Doc {
  std::size_t line = 0;  // 1-based line in a JSONL input, 0 for a plain text input
  std::string text;
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

  std::vector<Doc> docs;
  int errors = 0;
  if (IsJsonLines(opt.path, *content)) {
    std::string_view rest = *content;
    std::size_t line_no = 0;
    while (!rest.empty()) {
      std::size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      const std::string where = name + ":" + std::to_string(line_no);
      if (j.is_discarded() || !j.is_object()) {
        PrintError("analyze", where + ": not a JSON object");
        ++errors;
        continue;
      }
      auto it = j.find("text");
      if (it == j.end() || !it->is_string()) {
        PrintError("analyze", where + ": no \"text\" string field");
        ++errors;
        continue;
      }
      docs.push_back({line_no, it->get<std::string>()});
    }
  } else {
    docs.push_back({0, std::move(content).value()});
  }

  const text::Analyzer analyzer;
  text::TextAnalysis analysis;
  text::AnalysisCache cache;
  if (opt.stats) {
    std::size_t bytes = 0, tokens = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const Doc& d : docs) {
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
  for (const Doc& d : docs) {
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
