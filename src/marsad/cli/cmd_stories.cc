// `marsad stories [--json] [--since DATE] [--until DATE]`: the stories of the store
// (../shared/CONTRACT.md): `{"id", "title", "docs", "start", "end", "entities", "summary"}`,
// plus the summary's sentences with their sources and the story's timeline. The clusters
// come from the stories stage of `marsad ingest` (engine::LoadStoryClusterer); summaries and
// timelines are computed here from the stored texts of each listed story's articles.
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "marsad/api/json_codec.h"
#include "marsad/cli/command.h"
#include "marsad/dates/civil_date.h"
#include "marsad/engine/record_codecs.h"
#include "marsad/engine/stories_stage.h"
#include "marsad/stories/summarizer.h"
#include "marsad/stories/timeline.h"
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

nlohmann::json IsoOrNull(const std::optional<dates::CivilDate>& d) {
  return d ? nlohmann::json(dates::ToIsoString(*d)) : nlohmann::json(nullptr);
}

// The stored articles of `story`, analysed, most central first; with their mentions and
// quotes when the ner/quotes stages stored them.
Status ReadStoryDocs(store::Store& store, const text::Analyzer& analyzer, const stories::Story& story,
                     std::vector<std::unique_ptr<doc::AnalyzedDoc>>* out,
                     std::vector<std::optional<dates::CivilDate>>* event_days) {
  std::vector<const stories::StoryDoc*> order;
  for (const stories::StoryDoc& d : story.docs) order.push_back(&d);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto* a, const auto* b) { return a->centrality > b->centrality; });
  text::AnalysisCache cache;
  for (const stories::StoryDoc* sd : order) {
    auto row = store.GetDocument(sd->id, store::ReadOptions{});
    if (!row.ok()) {
      if (row.status().IsNotFound()) continue;  // deleted since it was clustered
      return row.status();
    }
    auto d = std::make_unique<doc::AnalyzedDoc>();
    d->document.id = row->id;
    d->document.title = row->title;
    d->document.source = row->source;
    d->document.url = row->url;
    d->document.text = std::move(row->text);
    if (row->published) d->document.published = doc::Timestamp{*row->published};
    analyzer.Analyze(d->document.text, &d->analysis, &cache);
    if (auto m = store.Get<engine::MentionsCodec>(sd->id); m.ok()) d->mentions = std::move(m).value();
    if (auto q = store.Get<engine::QuotesCodec>(sd->id); q.ok()) d->quotes = std::move(q).value();
    out->push_back(std::move(d));
    event_days->push_back(sd->event_day);
  }
  return Status::Ok();
}

int Run(const GlobalOptions& global, const StoriesOptions& opt) {
  stories::StoryFilter filter;
  filter.min_docs = std::max<std::size_t>(1, opt.min_docs);
  if (!opt.since.empty()) {
    filter.since = dates::ParseIsoDate(opt.since);
    if (!filter.since) {
      PrintError("stories", "--since: not an ISO 8601 date (YYYY-MM-DD): " + opt.since);
      return kExitUsage;
    }
  }
  if (!opt.until.empty()) {
    filter.until = dates::ParseIsoDate(opt.until);
    if (!filter.until) {
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
  const text::Analyzer analyzer;
  const stories::ProfileBuilder builder(analyzer);
  auto clusterer = engine::LoadStoryClusterer(**store, builder);
  if (!clusterer.ok()) {
    PrintError("stories", clusterer.status());
    return kExitFailed;
  }
  std::vector<stories::Story> list = clusterer->List(filter);
  if (opt.limit > 0 && list.size() > opt.limit) list.resize(opt.limit);
  stories::SummaryOptions so_summary;
  so_summary.sentences = opt.sentences;
  const stories::Summarizer summarizer(builder, nullptr, so_summary);

  nlohmann::json out = nlohmann::json::array();
  for (const stories::Story& st : list) {
    std::vector<std::unique_ptr<doc::AnalyzedDoc>> docs;
    std::vector<std::optional<dates::CivilDate>> days;
    if (Status s = ReadStoryDocs(**store, analyzer, st, &docs, &days); !s.ok()) {
      PrintError("stories", s);
      return kExitFailed;
    }
    std::vector<const doc::AnalyzedDoc*> ptrs;
    std::vector<stories::TimelineDoc> tl_docs;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      ptrs.push_back(docs[i].get());
      tl_docs.push_back({docs[i].get(), days[i]});
    }
    const std::vector<stories::SummarySentence> summary = summarizer.Summarize(ptrs);
    const std::vector<stories::TimelineEntry> timeline = stories::BuildTimeline(tl_docs);
    if (!opt.json) {
      std::printf("story %llu | %s .. %s | %zu articles | %s\n", static_cast<unsigned long long>(st.id.value()),
                  st.start ? dates::ToIsoString(*st.start).c_str() : "-",
                  st.end ? dates::ToIsoString(*st.end).c_str() : "-", st.docs.size(), st.title.c_str());
      for (const stories::SummarySentence& s : summary) {
        std::printf("  - %s [%s, %s]\n", s.text.c_str(), s.source.empty() ? "-" : s.source.c_str(), s.doc.c_str());
      }
      continue;
    }
    nlohmann::json j;
    j["id"] = st.id.value();
    j["title"] = st.title;
    nlohmann::json ids = nlohmann::json::array();
    for (const stories::StoryDoc& d : st.docs) ids.push_back(d.id);
    j["docs"] = ids;
    j["start"] = IsoOrNull(st.start);
    j["end"] = IsoOrNull(st.end);
    nlohmann::json ents = nlohmann::json::array();
    for (const stories::StoryEntity& e : st.entities) {
      ents.push_back({{"entity", e.entity ? nlohmann::json(e.entity->value()) : nlohmann::json(nullptr)},
                      {"name", e.name},
                      {"type", doc::EntityTypeName(e.type)},
                      {"docs", e.docs}});
    }
    j["entities"] = ents;
    j["summary"] = stories::JoinSummary(summary);
    nlohmann::json sents = nlohmann::json::array();
    for (const stories::SummarySentence& s : summary) {
      sents.push_back({{"doc", s.doc}, {"source", s.source}, {"text", s.text}, {"start", s.span.begin},
                       {"end", s.span.end}, {"quote", s.quote}});
    }
    j["summary_sentences"] = sents;
    nlohmann::json events = nlohmann::json::array();
    for (const stories::StoryEvent& e : st.events) events.push_back({{"name", e.name}, {"number", e.number}});
    j["events"] = events;
    nlohmann::json related = nlohmann::json::array();
    for (StoryId r : st.related) related.push_back(r.value());
    j["related"] = related;
    j["sources"] = st.sources;
    nlohmann::json tl = nlohmann::json::array();
    for (const stories::TimelineEntry& e : timeline) {
      nlohmann::json t = {{"kind", stories::TimelineKindName(e.kind)},
                          {"date", IsoOrNull(e.date)},
                          {"doc", e.doc},
                          {"source", e.source},
                          {"title", e.title}};
      if (e.kind == stories::TimelineKind::kQuote) {
        t["text"] = e.text;
        t["speaker"] = e.speaker;
      }
      tl.push_back(std::move(t));
    }
    j["timeline"] = tl;
    out.push_back(std::move(j));
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
