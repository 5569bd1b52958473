// `marsad stories [--json] [--since DATE] [--until DATE]`: the stories of the store
// (../shared/CONTRACT.md): `{"id", "title", "docs", "start", "end", "entities", "summary"}`,
// plus the summary's sentences with their sources and the story's timeline. The clusters
// come from the stories stage of `marsad ingest`; summaries and timelines are computed from
// the stored texts of each listed story's articles by api::StoryTable, the code GET
// /api/stories answers with.
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "marsad/api/story_json.h"
#include "marsad/api/story_queries.h"
#include "marsad/cli/command.h"
#include "marsad/dates/civil_date.h"
#include "marsad/store/store.h"

namespace marsad::cli {
namespace {

struct StoriesOptions {
  bool json = false;
  std::string since, until;
  std::size_t min_docs = 1;
  std::size_t limit = 0;  // 0: every story
  std::size_t sentences = 3;
};

int Run(const GlobalOptions& global, const StoriesOptions& opt) {
  api::StoryQuery query;
  query.filter.min_docs = std::max<std::size_t>(1, opt.min_docs);
  query.limit = opt.limit;
  query.sentences = opt.sentences;
  if (!opt.since.empty()) {
    query.filter.since = dates::ParseIsoDate(opt.since);
    if (!query.filter.since) {
      PrintError("stories", "--since: not an ISO 8601 date (YYYY-MM-DD): " + opt.since);
      return kExitUsage;
    }
  }
  if (!opt.until.empty()) {
    query.filter.until = dates::ParseIsoDate(opt.until);
    if (!query.filter.until) {
      PrintError("stories", "--until: not an ISO 8601 date (YYYY-MM-DD): " + opt.until);
      return kExitUsage;
    }
  }
  store::StoreOptions so;
  so.create_if_missing = false;
  auto store = store::OpenStore(global.store, so);
  if (!store.ok()) {
    PrintError("stories", store.status());
    return kExitFailed;
  }
  auto table = api::StoryTable::Load(**store);
  if (!table.ok()) {
    PrintError("stories", table.status());
    return kExitFailed;
  }
  auto page = (*table)->List(**store, query);
  if (!page.ok()) {
    PrintError("stories", page.status());
    return kExitFailed;
  }
  nlohmann::json out = nlohmann::json::array();
  for (const std::shared_ptr<const api::StoryDetail>& detail : page->stories) {
    const api::StoryDetail& d = *detail;
    const stories::Story& st = d.story;
    if (!opt.json) {
      std::printf("story %llu | %s .. %s | %zu articles | %s\n", static_cast<unsigned long long>(st.id.value()),
                  st.start ? dates::ToIsoString(*st.start).c_str() : "-",
                  st.end ? dates::ToIsoString(*st.end).c_str() : "-", st.docs.size(), st.title.c_str());
      for (const stories::SummarySentence& s : d.summary) {
        std::printf("  - %s [%s, %s]\n", s.text.c_str(), s.source.empty() ? "-" : s.source.c_str(), s.doc.c_str());
      }
      continue;
    }
    out.push_back(api::StoryToJson(d));
  }
  if (opt.json) std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  return kExitOk;
}

}  // namespace

void RegisterStories(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<StoriesOptions>();
  CLI::App* cmd = app.add_subcommand("stories", "List the stories of the store (clustered by `marsad ingest`)");
  cmd->add_flag("--json", opt->json,
                "Print an array of {\"id\",\"title\",\"docs\",\"start\",\"end\",\"entities\",\"summary\"} "
                "(plus summary_sentences, events, related, sources, timeline)");
  cmd->add_option("--since", opt->since, "Only stories that reach this day (YYYY-MM-DD)");
  cmd->add_option("--until", opt->until, "Only stories that begin on or before this day (YYYY-MM-DD)");
  cmd->add_option("--min-docs", opt->min_docs, "Only stories with at least this many articles")
      ->capture_default_str();
  cmd->add_option("--limit", opt->limit, "At most this many stories, the largest first (0: all)")
      ->capture_default_str();
  cmd->add_option("--sentences", opt->sentences, "Sentences per summary")->capture_default_str();
  cmd->callback([opt, runner, &global] { *runner = [opt, &global] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
