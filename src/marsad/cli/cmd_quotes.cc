// `marsad quotes [--json] [--speaker NAME] [--doc ID] [--file PATH...] [--explain]`: who said
// what (../shared/CONTRACT.md): the quotes `marsad ingest` stored, or with --file the quotes
// of text files extracted on the spot by the stages ingest runs for them (.txt: one article;
// .jsonl/.json: one article per line with `id`/`docno` and `text`); docs/quotes.md.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/api/quote_json.h"
#include "marsad/cli/json_lines.h"
#include "marsad/engine/pipeline.h"
#include "marsad/engine/quotes_stage.h"
#include "marsad/store/store.h"
#include "marsad/cli/command.h"
#include "marsad/cli/input_text.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/quotes/extractor.h"
#include "marsad/quotes/quote_filter.h"
#include "marsad/text/analyzer.h"

namespace marsad::cli {
namespace {

struct QuotesOptions {
  bool json = false;
  bool stats = false;
  bool explain = false;
  bool replace_invalid = false;
  std::string speaker;
  std::string doc;
  std::vector<std::string> files;
};

// The document id of a file: its name without folders and extension.
std::string IdOfPath(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// Calls fn(document) for each document of the file; returns the number of bad lines (each
// reported on stderr), or -1 when the file cannot be read at all.
template <typename Fn>
int ForEachDocument(const std::string& path, const QuotesOptions& opt, Fn&& fn) {
  InputOptions in;
  in.replace_invalid_utf8 = opt.replace_invalid;
  auto content = ReadInputText(path, in);
  if (!content.ok()) {
    PrintError("quotes", content.status());
    return -1;
  }
  const std::string name = path == "-" ? "<stdin>" : path;
  if (!IsJsonLines(path, *content)) {
    doc::Document d;
    d.id = path == "-" ? "stdin" : IdOfPath(path);
    if (!opt.doc.empty() && d.id != opt.doc) return 0;
    d.text = std::move(content).value();
    fn(std::move(d));
    return 0;
  }
  int errors = 0;
  ForEachJsonLine(*content, [&](std::size_t line_no, std::string_view line) {
    // --doc over a large corpus: parse only the lines that can hold the id.
    if (!opt.doc.empty() && line.find(opt.doc) == std::string_view::npos) return true;
    const std::optional<nlohmann::json> j = ParseJsonObject(line);
    const std::string where = name + ":" + std::to_string(line_no);
    if (!j) {
      PrintError("quotes", where + ": not a JSON object");
      ++errors;
      return true;
    }
    auto text = j->find("text");
    if (text == j->end() || !text->is_string()) {
      PrintError("quotes", where + ": no \"text\" string field");
      ++errors;
      return true;
    }
    doc::Document d;
    for (const char* key : {"id", "docno"}) {
      auto it = j->find(key);
      if (it != j->end() && it->is_string()) {
        d.id = it->get<std::string>();
        break;
      }
    }
    if (d.id.empty()) d.id = IdOfPath(path) + ":" + std::to_string(line_no);
    if (!opt.doc.empty() && d.id != opt.doc) return true;
    d.text = text->get<std::string>();
    fn(std::move(d));
    return true;
  });
  return errors;
}

// How a quote was found: its cue word, the way, and how its speaker was found.
void PrintTrace(const doc::AnalyzedDoc& d, const quotes::QuoteTrace& t) {
  std::string cue = "-";
  if (t.cue_token != quotes::kNoToken) cue = std::string(d.analysis.tokens[t.cue_token].token.In(d.document.text));
  std::printf("\t\tcue=%s found=%s speaker=%s\n", cue.c_str(), std::string(quotes::FoundName(t.found)).c_str(),
              std::string(quotes::AttributionName(t.attribution)).c_str());
}

// Prints quotes as they come: a JSON array, or one line each.
class QuotePrinter {
 public:
  explicit QuotePrinter(bool json) : json_(json) {
    if (json_) std::cout << "[";
  }
  void Add(std::string_view doc_id, std::string_view text, const doc::Quote& q) {
    if (json_) {
      std::cout << (first_ ? "\n" : ",\n")
                << api::QuoteToJson(doc_id, text, q).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      first_ = false;
      return;
    }
    std::string speaker = q.speaker.mention ? std::string(q.speaker.mention->In(text)) : "?";
    if (!q.speaker.name.empty()) speaker = q.speaker.name + " (" + speaker + ")";
    std::printf("%.*s\t%s\t%u-%u\t%s\t%.*s\n", static_cast<int>(doc_id.size()), doc_id.data(),
                std::string(api::QuoteKindName(q.kind)).c_str(), q.span.begin, q.span.end, speaker.c_str(),
                static_cast<int>(q.span.size()), text.data() + q.span.begin);
  }
  ~QuotePrinter() {
    if (json_) std::cout << (first_ ? "]\n" : "\n]\n");
    std::cout.flush();
    std::fflush(stdout);
  }

 private:
  bool json_;
  bool first_ = true;
};

// The quotes the store holds (attached by the quotes stage of `marsad ingest`).
int RunOnStore(const GlobalOptions& global, const QuotesOptions& opt) {
  store::StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  auto st = store::OpenStore(global.store, so);
  if (!st.ok()) {
    PrintError("quotes", st.status().message() + " (ingest articles first, or give --file PATH)");
    return kExitFailed;
  }
  store::Store& s = **st;
  const text::Analyzer analyzer;
  // The entity table is not in this build yet: NAME matches the words naming each speaker.
  const quotes::QuoteFilter filter(analyzer, opt.doc, opt.speaker, {});
  Status error;
  {
    QuotePrinter printer(opt.json);
    error = engine::ForEachStoredQuote(s, filter, opt.doc, [&](const store::DocumentRow& row, const doc::Quote& q) {
      printer.Add(row.id, row.text, q);
    });
  }
  if (!error.ok()) {
    PrintError("quotes", error);
    return kExitFailed;
  }
  return kExitOk;
}

int Run(const GlobalOptions& global, const QuotesOptions& opt) {
  if (opt.files.empty()) {
    if (opt.stats || opt.explain) {
      PrintError("quotes", "--stats and --explain need --file PATH");
      return kExitUsage;
    }
    return RunOnStore(global, opt);
  }
  const text::Analyzer analyzer;
  auto extractor = quotes::Extractor::Create(analyzer);
  if (!extractor.ok()) {
    PrintError("quotes", extractor.status());
    return kExitFailed;
  }
  const quotes::QuoteFilter filter(analyzer, opt.doc, opt.speaker, {});
  text::AnalysisCache cache;
  if (opt.stats) {
    // Analysis and extraction timed apart in one run, reading excluded: what quote
    // extraction adds to the analysis every document gets at ingest.
    using Clock = std::chrono::steady_clock;
    std::size_t docs = 0, bytes = 0, tokens = 0, direct = 0, indirect = 0;
    double analysis_s = 0, quotes_s = 0;
    int errors = 0;
    doc::AnalyzedDoc d;
    quotes::ExtractScratch scratch;
    for (const std::string& path : opt.files) {
      int e = ForEachDocument(path, opt, [&](doc::Document document) {
        d.document = std::move(document);
        const auto t0 = Clock::now();
        analyzer.Analyze(d.document.text, &d.analysis, &cache);
        const auto t1 = Clock::now();
        extractor->Process(&d, &scratch);
        const auto t2 = Clock::now();
        analysis_s += std::chrono::duration<double>(t1 - t0).count();
        quotes_s += std::chrono::duration<double>(t2 - t1).count();
        ++docs;
        bytes += d.document.text.size();
        tokens += d.analysis.tokens.size();
        for (const doc::Quote& q : d.quotes) (q.kind == doc::QuoteKind::kDirect ? direct : indirect)++;
      });
      errors += e < 0 ? 1 : e;
    }
    nlohmann::json out = {{"docs", docs},
                          {"bytes", bytes},
                          {"tokens", tokens},
                          {"quotes", direct + indirect},
                          {"direct", direct},
                          {"indirect", indirect},
                          {"analysis_seconds", analysis_s},
                          {"quotes_seconds", quotes_s},
                          {"quotes_mb_per_s", quotes_s > 0 ? static_cast<double>(bytes) / 1e6 / quotes_s : 0.0},
                          {"quotes_over_analysis", analysis_s > 0 ? quotes_s / analysis_s : 0.0}};
    std::cout << out.dump() << '\n';
    return errors > 0 ? kExitFailed : kExitOk;
  }
  // The stages `marsad ingest` runs for quotes (NER and entities, whose mentions the speakers
  // are read from), so the quotes and --explain's decisions are those the store would hold.
  const engine::StageRegistry registry = engine::StageRegistry::Default();
  auto names = registry.Resolve("quotes");
  if (!names.ok()) {
    PrintError("quotes", names.status());
    return kExitFailed;
  }
  auto stages = registry.Create(*names);
  if (!stages.ok()) {
    PrintError("quotes", stages.status());
    return kExitFailed;
  }
  engine::Pipeline pipeline(analyzer, std::move(stages).value());
  engine::WorkerContext ctx;
  int errors = 0;
  std::vector<quotes::QuoteTrace> trace;
  quotes::ExtractScratch scratch;
  QuotePrinter printer(opt.json);
  for (const std::string& path : opt.files) {
    int e = ForEachDocument(path, opt, [&](doc::Document document) {
      doc::AnalyzedDoc d;
      d.document = std::move(document);
      Status s = pipeline.Run(&d, &ctx);
      if (s.ok()) s = pipeline.RunInOrder(&d, engine::OrderedContext{});
      if (!s.ok()) {
        PrintError("quotes", s.WithContext(d.document.id));
        ++errors;
        return;
      }
      // The same extraction again, for the cues and speaker decisions of each quote.
      if (opt.explain) extractor->Extract(d, &trace, &scratch);
      for (std::size_t i = 0; i < d.quotes.size(); ++i) {
        const doc::Quote& q = d.quotes[i];
        if (!filter.Matches(d.document.id, d.document.text, q)) continue;
        printer.Add(d.document.id, d.document.text, q);
        if (opt.explain && !opt.json && i < trace.size()) PrintTrace(d, trace[i]);
      }
    });
    errors += e < 0 ? 1 : e;
  }
  return errors > 0 ? kExitFailed : kExitOk;
}

}  // namespace

void RegisterQuotes(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<QuotesOptions>();
  CLI::App* cmd = app.add_subcommand("quotes", "Who said what: direct quotes and reported speech with their speakers");
  cmd->add_flag("--json", opt->json, "Print the contract's JSON array");
  cmd->add_option("--speaker", opt->speaker, "Only quotes by this speaker (any spelling of the name)");
  cmd->add_option("--doc", opt->doc, "Only quotes of this document id");
  cmd->add_option("--file", opt->files,
                  "Extract from these files on the spot, with NER and entity linking as ingest runs them, "
                  "instead of reading the store (.txt: one article; .jsonl: one per line; '-' for stdin)");
  cmd->add_flag("--explain", opt->explain, "Also print each quote's cue and how its speaker was found");
  cmd->add_flag("--stats", opt->stats,
                "With --file: print only {docs, bytes, quotes, analysis_seconds, quotes_seconds, "
                "quotes_over_analysis}, timing extraction apart from analysis");
  cmd->add_flag("--replace-invalid", opt->replace_invalid, "Replace invalid UTF-8 with U+FFFD instead of failing");
  cmd->callback([&global, opt, runner] { *runner = [&global, opt] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
