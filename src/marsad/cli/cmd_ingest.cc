// `marsad ingest [--json] [--stages LIST] [--strict] PATH...`: reads articles from files,
// folders, archives or stdin into the store (../shared/CONTRACT.md).
#include <malloc.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "marsad/api/json_codec.h"
#include "marsad/cli/command.h"
#include "marsad/engine/entities_stage.h"
#include "marsad/engine/ingest_job.h"
#include "marsad/engine/pipeline.h"
#include "marsad/io/env.h"
#include "marsad/store/store.h"

namespace marsad::cli {
namespace {

struct IngestCliOptions {
  std::vector<std::string> paths;
  bool json = false;
  bool strict = false;
  std::string stages = "all";
  std::string field_map;
  std::size_t batch = 2048;
  int workers = 0;
  std::size_t max_errors_shown = 20;
};

// Total bytes of the inputs (for the progress bar); 0 when unknown (stdin).
std::uint64_t TotalBytes(io::Env* env, const std::vector<std::string>& paths) {
  std::uint64_t total = 0;
  std::vector<std::string> todo(paths.rbegin(), paths.rend());
  while (!todo.empty()) {
    std::string p = std::move(todo.back());
    todo.pop_back();
    if (p == "-") return 0;
    if (env->IsDirectory(p)) {
      auto names = env->ListDir(p);
      if (!names.ok()) continue;
      for (const std::string& n : *names) {
        if (!n.empty() && n.front() != '.') todo.push_back(p + "/" + n);
      }
    } else if (auto size = env->FileSize(p); size.ok()) {
      total += *size;
    }
  }
  return total;
}

void DrawProgress(const engine::IngestProgress& p, std::uint64_t total) {
  const double rate = p.seconds > 0 ? static_cast<double>(p.items) / p.seconds : 0;
  std::string bar;
  if (total > 0) {
    const double frac = std::min(1.0, static_cast<double>(p.bytes) / static_cast<double>(total));
    const int width = 24;
    const int filled = static_cast<int>(frac * width);
    bar = "[" + std::string(static_cast<std::size_t>(filled), '#') +
          std::string(static_cast<std::size_t>(width - filled), '.') + "] " +
          std::to_string(static_cast<int>(frac * 100)) + "% ";
  }
  std::fprintf(stderr, "\r%s%zu docs, %.0f docs/s | new %zu, replaced %zu, duplicates %zu, skipped %zu, errors %zu   ",
               bar.c_str(), p.items, rate, p.ingested, p.replaced, p.duplicates, p.skipped, p.errors);
  std::fflush(stderr);
}

int Run(const GlobalOptions& global, const IngestCliOptions& opt) {
  // Ingest allocates and frees many article-sized buffers: keep them in the heap instead of
  // mapping and unmapping (and the kernel zeroing) pages for each one.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  const engine::StageRegistry registry = engine::StageRegistry::Default();
  auto names = registry.Resolve(opt.stages);
  if (!names.ok()) {
    PrintError("ingest", "--stages: " + names.status().message());
    return kExitUsage;
  }
  engine::IngestOptions options;
  if (!opt.field_map.empty()) {
    auto fields = ingest::FieldMap::Parse(opt.field_map);
    if (!fields.ok()) {
      PrintError("ingest", "--map: " + fields.status().message());
      return kExitUsage;
    }
    options.fields = std::move(fields).value();
  }
  options.batch_size = std::max<std::size_t>(1, opt.batch);
  options.workers = opt.workers;
  auto stages = registry.Create(*names);
  if (!stages.ok()) {
    PrintError("ingest", stages.status());
    return kExitFailed;
  }
  auto store = store::OpenStore(global.store);
  if (!store.ok()) {
    PrintError("ingest", store.status());
    return kExitFailed;
  }
  const text::Analyzer analyzer(engine::IngestAnalyzerOptions(stages.value()));
  engine::Pipeline pipeline(analyzer, std::move(stages).value());

  const bool progress = StderrIsTerminal();
  const std::uint64_t total = progress ? TotalBytes(io::Env::Default(), opt.paths) : 0;
  if (progress) options.on_progress = [total](const engine::IngestProgress& p) { DrawProgress(p, total); };

  auto summary = engine::Ingest(**store, pipeline, opt.paths, options);
  if (progress) std::fprintf(stderr, "\n");
  if (!summary.ok()) {
    PrintError("ingest", summary.status());
    return kExitFailed;
  }
  const engine::IngestSummary& s = *summary;
  for (std::size_t i = 0; i < s.errors.size() && i < opt.max_errors_shown; ++i) {
    const ingest::ItemError& e = s.errors[i];
    PrintError("ingest", ingest::Origin(e.path, e.line) + ": " + e.error);
  }
  if (s.errors.size() > opt.max_errors_shown) {
    PrintError("ingest", "... and " + std::to_string(s.errors.size() - opt.max_errors_shown) +
                             " more errors (--json lists them all)");
  }
  if (opt.json) {
    std::cout << api::IngestSummaryToJson(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << '\n';
  } else {
    const std::size_t processed = s.ingested + s.replaced + s.duplicates + s.skipped;
    std::printf("ingested %zu new, %zu replaced, %zu duplicates (%zu exact, %zu near), %zu skipped (empty text), "
                "%zu errors\n",
                s.ingested, s.replaced, s.duplicates, s.exact_duplicates, s.near_duplicates, s.skipped,
                s.errors.size());
    std::printf("%zu articles, %.1f MB in %.2f s (%.0f docs/s); %zu boilerplate lines removed, %zu learned; store %s\n",
                processed, static_cast<double>(s.bytes) / 1e6, s.seconds,
                s.seconds > 0 ? static_cast<double>(processed) / s.seconds : 0.0, s.boilerplate_lines,
                s.learned_lines, global.store.c_str());
  }
  std::cout.flush();
  // The process exits after this: freeing the entity table block by block is wasted time.
  engine::KeepEntityTablesAtExit();
  if (s.ingested + s.replaced + s.duplicates == 0) {
    if (s.errors.empty()) PrintError("ingest", "nothing to ingest: no article with text in the inputs");
    return kExitFailed;
  }
  if (opt.strict && !s.errors.empty()) return kExitFailed;
  return kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<IngestCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Read articles (.txt, .jsonl/.json, .html, RSS/Atom, .zip, folders, - for JSONL on stdin) into the store");
  cmd->add_option("PATH", opt->paths, "Files or folders (recursive); - reads JSON lines from stdin")->required();
  cmd->add_flag("--json", opt->json,
                "Print {\"ingested\",\"replaced\",\"duplicates\",\"skipped\",\"errors\",\"seconds\"}");
  cmd->add_option("--stages", opt->stages,
                  "Analysis after text analysis: comma list of index,ner,entities,quotes,stories; "
                  "'all' (default) or 'none'; -NAME leaves a stage out (all,-stories,-entities: quotes "
                  "without entity resolution)");
  cmd->add_flag("--strict", opt->strict, "Exit 1 when any item failed");
  cmd->add_option("--map", opt->field_map,
                  "JSON field names for other schemas, e.g. text=body,title=headline,id=guid,date=when");
  cmd->add_option("--batch", opt->batch, "Articles per transaction (default 2048)");
  cmd->add_option("--workers", opt->workers, "Worker threads (default: one per core)");
  cmd->callback([opt, runner, &global] { *runner = [opt, &global] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
