// `marsad search [--json] [-k N] QUERY` and `marsad search --batch QUERIES.tsv [-k N]
// [--run RUN_OUT]`: ranked search over the store's index (../shared/CONTRACT.md).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "marsad/api/json_codec.h"
#include "marsad/api/search_json.h"
#include "marsad/cli/command.h"
#include "marsad/engine/search_service.h"
#include "marsad/store/store.h"

namespace marsad::cli {
namespace {

struct SearchCliOptions {
  std::vector<std::string> query;  // the words, joined with spaces
  bool json = false;
  std::size_t k = 10;
  std::string batch;
  std::string run;
};

// The snippet with its highlighted words in [brackets], on one line.
std::string MarkedSnippet(const engine::SearchHitView& h) {
  const index::Snippet& s = h.snippet;
  std::string out;
  std::size_t at = 0;
  for (const ByteSpan& span : s.highlights) {
    const std::size_t b = span.begin - s.window.begin, e = span.end - s.window.begin;
    if (b < at || e > s.text.size()) continue;
    out.append(s.text, at, b - at);
    out += '[';
    out.append(s.text, b, e - b);
    out += ']';
    at = e;
  }
  out.append(s.text, at, std::string::npos);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

// Reads `qid<TAB>query` lines; InvalidArgument naming the file and line for a line without
// a tab.
Result<std::vector<std::pair<std::string, std::string>>> ReadQueries(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open the queries file");
  std::vector<std::pair<std::string, std::string>> out;
  std::string line;
  std::size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) {
      return Status::InvalidArgument(path + ":" + std::to_string(no) + ": expected qid<TAB>query");
    }
    out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

int RunBatch(engine::SearchService& service, const SearchCliOptions& opt) {
  auto queries = ReadQueries(opt.batch);
  if (!queries.ok()) {
    PrintError("search", queries.status());
    return kExitFailed;
  }
  std::vector<double> latencies;
  latencies.reserve(queries->size());
  std::vector<engine::SearchResponse> responses;
  responses.reserve(queries->size());
  const auto start = std::chrono::steady_clock::now();
  for (const auto& [qid, q] : *queries) {
    const auto t0 = std::chrono::steady_clock::now();
    auto r = service.Search({q, opt.k, false});
    latencies.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    if (!r.ok()) {
      PrintError("search", r.status().WithContext(opt.batch + ": query " + qid));
      return kExitFailed;
    }
    responses.push_back(std::move(r).value());
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!opt.run.empty()) {
    std::ofstream out(opt.run, std::ios::binary);
    char buf[64];
    for (std::size_t i = 0; i < responses.size() && out; ++i) {
      int rank = 0;
      for (const engine::SearchHitView& h : responses[i].hits) {
        std::snprintf(buf, sizeof buf, " %d %.6f marsad\n", ++rank, static_cast<double>(h.score));
        out << (*queries)[i].first << " Q0 " << h.id << buf;
      }
    }
    out.close();
    if (!out) {
      PrintError("search", opt.run + ": cannot write the run file");
      return kExitFailed;
    }
  }
  std::cout << api::BatchLatencyToJson(std::move(latencies), seconds).dump() << '\n';
  return kExitOk;
}

int Run(const GlobalOptions& global, const SearchCliOptions& opt) {
  if (opt.batch.empty() && opt.query.empty()) {
    PrintError("search", "give a QUERY or --batch QUERIES.tsv");
    return kExitUsage;
  }
  if (opt.k == 0) {
    PrintError("search", "-k must be at least 1");
    return kExitUsage;
  }
  store::StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  auto store = store::OpenStore(global.store, so);
  if (!store.ok()) {
    PrintError("search", store.status());
    return kExitFailed;
  }
  auto service = engine::SearchService::Open(store->get());
  if (!service.ok()) {
    PrintError("search", service.status());
    return kExitFailed;
  }
  if (!opt.batch.empty()) return RunBatch(**service, opt);

  std::string query;
  for (const std::string& w : opt.query) query += (query.empty() ? "" : " ") + w;
  auto r = (*service)->Search({query, opt.k, true});
  if (!r.ok()) {
    PrintError("search", r.status());
    return kExitFailed;
  }
  if (opt.json) {
    std::cout << api::SearchResponseToJson(*r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << '\n';
    return kExitOk;
  }
  for (const std::string& w : r->warnings) PrintError("search", "note: " + w);
  std::printf("%s%llu results (%.1f ms)\n", r->total_exact ? "" : "about ",
              static_cast<unsigned long long>(r->total), r->took_ms);
  int rank = 0;
  for (const engine::SearchHitView& h : r->hits) {
    std::printf("\n%d. %s  [%s | %s | %s | %.3f]\n   %s\n", ++rank, h.title.empty() ? "(untitled)" : h.title.c_str(),
                h.id.c_str(), h.source.empty() ? "-" : h.source.c_str(),
                h.date ? api::IsoDateTime(*h.date).substr(0, 10).c_str() : "-", static_cast<double>(h.score),
                MarkedSnippet(h).c_str());
  }
  return kExitOk;
}

}  // namespace

void RegisterSearch(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<SearchCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "search", "Ranked search: words, \"phrases\", +must, -exclude, OR, word*, source:, date:A..B, entity:");
  cmd->add_option("QUERY", opt->query, "The query (several arguments are joined with spaces)");
  cmd->add_flag("--json", opt->json,
                "Print {\"query\",\"total\",\"took_ms\",\"hits\":[{\"id\",\"score\",\"title\",\"date\",\"source\","
                "\"snippet\"}]}");
  cmd->add_option("-k", opt->k, "Number of results (default 10)");
  cmd->add_option("--batch", opt->batch,
                  "Run every qid<TAB>query line of this file; print {\"queries\",\"seconds\",\"mean_ms\",\"p50_ms\","
                  "\"p95_ms\",\"p99_ms\"}");
  cmd->add_option("--run", opt->run, "With --batch: write a TREC run file (qid Q0 docid rank score marsad)");
  cmd->callback([opt, runner, &global] { *runner = [opt, &global] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
