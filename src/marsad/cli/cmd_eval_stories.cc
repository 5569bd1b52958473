// `marsad eval stories [--json]`: clusters the gold event groups of marsad-gold-dev together
// with the rest of ant-multisource-news, and reports the B-cubed F1 of the story clusters
// restricted to the gold documents, the groups split or merged, and the time clustering
// takes beside the time of text analysis on the same documents. `--scale N` repeats the
// corpus with new ids and dates shifted past its end until N documents, to measure growth.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "marsad/base/cpu_clock.h"
#include "marsad/cli/command.h"
#include "marsad/cli/story_input.h"
#include "marsad/io/env.h"
#include "marsad/stories/cluster_eval.h"
#include "marsad/stories/clusterer.h"
#include "marsad/stories/doc_profile.h"
#include "marsad/text/analyzer.h"

namespace marsad::cli {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

struct EvalStoriesOptions {
  std::string corpus;  // default: <data>/ant-multisource-news
  std::string gold;    // default: <data>/marsad-gold-dev/gold.json
  bool json = false;
  std::size_t scale = 0;  // 0: the corpus once
  std::size_t limit = 0;  // 0: every article
  bool explain = false;
  stories::ClustererOptions clusterer;
  stories::ProfileOptions profile;
};

Result<std::vector<stories::GoldGroup>> ReadGroups(const std::string& path) {
  auto bytes = io::Env::Default()->ReadFile(path, std::uint64_t{64} << 20);
  if (!bytes.ok()) return bytes.status();
  nlohmann::json j = nlohmann::json::parse(*bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument(path + ": not a JSON object");
  auto groups = j.find("groups");
  if (groups == j.end() || !groups->is_object()) {
    return Status::InvalidArgument(path + ": no \"groups\" object");
  }
  std::vector<stories::GoldGroup> out;
  for (auto it = groups->begin(); it != groups->end(); ++it) {
    if (!it.value().is_array()) return Status::InvalidArgument(path + ": group " + it.key() + " is not an array");
    stories::GoldGroup g;
    g.name = it.key();
    for (const auto& d : it.value()) {
      if (!d.is_string()) return Status::InvalidArgument(path + ": group " + it.key() + " holds a non-string");
      g.docs.push_back(d.get<std::string>());
    }
    out.push_back(std::move(g));
  }
  return out;
}

int Run(const GlobalOptions& global, const EvalStoriesOptions& opt) {
  const std::string corpus = opt.corpus.empty() ? global.data_dir + "/ant-multisource-news" : opt.corpus;
  const std::string gold_path =
      opt.gold.empty() ? global.data_dir + "/marsad-gold-dev/gold.json" : opt.gold;
  auto groups = ReadGroups(gold_path);
  if (!groups.ok()) {
    PrintError("eval stories", groups.status());
    return kExitFailed;
  }
  std::vector<doc::Document> docs;
  ReadArticlesStats read;
  const auto t_read = Clock::now();
  Status s = ReadJsonlArticles(corpus, &docs, &read);
  if (!s.ok()) {
    PrintError("eval stories", s);
    return kExitFailed;
  }
  const double read_seconds = Since(t_read);
  if (opt.limit > 0 && docs.size() > opt.limit) {
    // Keep the gold documents and the first others up to the limit.
    std::map<std::string, bool> gold_ids;
    for (const auto& g : *groups) for (const auto& d : g.docs) gold_ids[d] = true;
    std::vector<doc::Document> kept;
    std::size_t others = 0;
    for (doc::Document& d : docs) {
      if (gold_ids.count(d.id) > 0 || others++ < opt.limit - std::min(opt.limit, gold_ids.size())) {
        kept.push_back(std::move(d));
      }
    }
    docs = std::move(kept);
  }
  const std::size_t base = docs.size();
  const std::size_t total = opt.scale > 0 ? opt.scale : base;
  // Repeats are shifted past the end of the corpus.
  std::int64_t lo = 0, hi = 0;
  bool any = false;
  for (const doc::Document& d : docs) {
    if (!d.published) continue;
    lo = any ? std::min(lo, d.published->seconds) : d.published->seconds;
    hi = any ? std::max(hi, d.published->seconds) : d.published->seconds;
    any = true;
  }
  const std::int64_t shift_days = (hi - lo) / 86400 + 30;

  const text::Analyzer analyzer;
  text::AnalysisCache cache;
  const stories::ProfileBuilder builder(analyzer, opt.profile);
  stories::StoryClusterer clusterer(opt.clusterer);
  double analyze_s = 0, profile_s = 0, cluster_s = 0;
  std::uint64_t bytes = 0;
  doc::AnalyzedDoc ad;
  std::size_t new_stories = 0, duplicates = 0, merges = 0;
  for (std::size_t i = 0; i < total; ++i) {
    const doc::Document& src = docs[i % base];
    const std::size_t round = i / base;
    ad.document = src;
    if (round > 0) {
      ad.document.id += "~" + std::to_string(round);
      if (ad.document.published) {
        ad.document.published->seconds += static_cast<std::int64_t>(round) * shift_days * 86400;
      }
    }
    bytes += ad.document.text.size();
    const double t0 = ThreadCpuSeconds();
    analyzer.Analyze(ad.document.text, &ad.analysis, &cache);
    const double t1 = ThreadCpuSeconds();
    const stories::DocProfile p = builder.Build(ad, &cache);
    const double t2 = ThreadCpuSeconds();
    const stories::Assignment a = clusterer.Add(p);
    const double t3 = ThreadCpuSeconds();
    analyze_s += t1 - t0;
    profile_s += t2 - t1;
    cluster_s += t3 - t2;
    new_stories += a.new_story ? 1 : 0;
    duplicates += a.duplicate_of ? 1 : 0;
    merges += a.merged.size();
  }

  const stories::ClusterEvalReport r = stories::EvaluateClusters(
      *groups, [&](std::string_view id) -> std::optional<std::string> {
        auto st = clusterer.StoryOf(id);
        if (!st) return std::nullopt;
        return std::to_string(st->value());
      });

  // Sizes of the stories.
  const std::vector<stories::Story> all = clusterer.List();
  std::size_t singletons = 0, largest = 0, in_multi = 0;
  for (const stories::Story& st : all) {
    if (st.docs.size() == 1) ++singletons;
    if (st.docs.size() > 1) in_multi += st.docs.size();
    largest = std::max(largest, st.docs.size());
  }
  const double stories_s = profile_s + cluster_s;

  if (opt.json) {
    nlohmann::json groups_json = nlohmann::json::array();
    for (const auto& o : r.outcomes) {
      nlohmann::json clusters = nlohmann::json::object();
      for (std::size_t k = 0; k < o.docs.size(); ++k) clusters[o.docs[k]] = o.clusters[k];
      groups_json.push_back({{"group", o.name},
                             {"docs", o.docs.size()},
                             {"pieces", o.pieces},
                             {"merged_with", o.merged_with},
                             {"stories", clusters}});
    }
    nlohmann::json out = {
        {"corpus", corpus},
        {"gold", gold_path},
        {"documents", total},
        {"gold_docs", r.docs},
        {"b3", {{"precision", r.precision}, {"recall", r.recall}, {"f1", r.f1}}},
        {"groups", r.groups},
        {"split_groups", r.split_groups},
        {"merged_groups", r.merged_groups},
        {"group_detail", groups_json},
        {"stories", clusterer.story_count()},
        {"singletons", singletons},
        {"largest_story", largest},
        {"docs_in_multi_doc_stories", in_multi},
        {"duplicates", duplicates},
        {"merges", merges},
        {"seconds",
         {{"read", read_seconds},
          {"analyze", analyze_s},
          {"profile", profile_s},
          {"cluster", cluster_s},
          {"stories", stories_s}}},
        {"stories_over_analysis", analyze_s > 0 ? stories_s / analyze_s : 0.0},
        {"bytes", bytes}};
    std::cout << out.dump(1) << '\n';
  } else {
    std::printf("story clustering on %s (%zu documents", corpus.c_str(), total);
    if (opt.scale > 0) std::printf(", the corpus repeated with shifted dates");
    std::printf(")\n");
    std::printf("  gold %s: %zu documents in %zu groups\n", gold_path.c_str(), r.docs, r.groups);
    std::printf("  B-cubed  precision %.3f  recall %.3f  F1 %.3f\n", r.precision, r.recall, r.f1);
    std::printf("  groups split %zu, merged %zu\n", r.split_groups, r.merged_groups);
    for (const auto& o : r.outcomes) {
      std::printf("    %-22s %zu docs in %zu stor%s", o.name.c_str(), o.docs.size(), o.pieces,
                  o.pieces == 1 ? "y" : "ies");
      if (!o.merged_with.empty()) {
        std::printf(", shared with");
        for (const auto& m : o.merged_with) std::printf(" %s", m.c_str());
      }
      std::printf("\n");
    }
    std::printf("  stories %zu (%zu with one article, largest %zu); %zu duplicates, %zu merges\n",
                clusterer.story_count(), singletons, largest, duplicates, merges);
    std::printf("  CPU seconds: analysis %.2f, profiles %.2f, clustering %.2f; stories/analysis %.2f\n",
                analyze_s, profile_s, cluster_s, analyze_s > 0 ? stories_s / analyze_s : 0.0);
  }
  if (opt.explain) {
    for (const auto& o : r.outcomes) {
      std::printf("\n== %s\n", o.name.c_str());
      for (std::size_t k = 0; k < o.docs.size(); ++k) {
        auto st = clusterer.StoryOf(o.docs[k]);
        if (!st) continue;
        auto story = clusterer.Get(*st);
        std::printf("  %s → story %llu (%zu docs) %s\n", o.docs[k].c_str(),
                    static_cast<unsigned long long>(st->value()), story->docs.size(), story->title.c_str());
        std::string terms;
        for (const auto& t : story->terms) terms += t + " ";
        std::printf("      terms: %s\n", terms.c_str());
      }
    }
    std::printf("\n== similarity within groups\n");
    for (const auto& g : *groups) {
      for (std::size_t a = 0; a < g.docs.size(); ++a) {
        for (std::size_t b = a + 1; b < g.docs.size(); ++b) {
          std::printf("  %.3f %s %s\n", clusterer.Similarity(g.docs[a], g.docs[b]), g.docs[a].c_str(),
                      g.docs[b].c_str());
        }
      }
      for (const auto& d : g.docs) {
        std::string v;
        for (const auto& [k, w] : clusterer.VectorOf(d)) {
          if (v.size() > 400) break;
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.2f ", w);
          v += k + "=" + buf;
        }
        std::printf("  %s: %s\n", d.c_str(), v.c_str());
      }
    }
    std::printf("\n== largest stories\n");
    for (std::size_t k = 0; k < all.size() && k < 15; ++k) {
      std::string terms;
      for (const auto& t : all[k].terms) terms += t + " ";
      std::printf("  %zu docs %s..%s  %s | %s\n", all[k].docs.size(),
                  all[k].start ? dates::ToIsoString(*all[k].start).c_str() : "?",
                  all[k].end ? dates::ToIsoString(*all[k].end).c_str() : "?", all[k].title.c_str(),
                  terms.c_str());
    }
  }
  return kExitOk;
}

}  // namespace

// Adds `stories` to the `eval` subcommand (listed in cmd_eval.cc).
void RegisterEvalStories(CLI::App& eval_app, GlobalOptions& global, CommandRunner* runner) {
  CLI::App* eval = &eval_app;
  auto opt = std::make_shared<EvalStoriesOptions>();
  CLI::App* cmd = eval->add_subcommand(
      "stories",
      "B-cubed F1 of story clusters on the marsad-gold-dev event groups, clustered with all of "
      "ant-multisource-news; groups split and merged; clustering time beside analysis time");
  cmd->add_flag("--json", opt->json, "Print one JSON object");
  cmd->add_option("--corpus", opt->corpus,
                  "JSONL file or folder of them (default: <data>/ant-multisource-news)");
  cmd->add_option("--gold", opt->gold, "Gold groups (default: <data>/marsad-gold-dev/gold.json)");
  cmd->add_option("--scale", opt->scale,
                  "Cluster this many documents: the corpus repeated with new ids and dates shifted "
                  "past its end");
  cmd->add_option("--limit", opt->limit, "Use only the gold documents and the first others up to N");
  cmd->add_flag("--explain", opt->explain, "Print the story of each gold document and the largest stories");
  cmd->add_option("--threshold", opt->clusterer.threshold, "Similarity to join a story")
      ->capture_default_str();
  cmd->add_option("--merge-threshold", opt->clusterer.merge_threshold, "Similarity that merges two stories")
      ->capture_default_str();
  cmd->add_option("--window", opt->clusterer.window_days, "Days either side compared")
      ->capture_default_str();
  cmd->add_option("--decay", opt->clusterer.day_decay, "Similarity lost per day")->capture_default_str();
  cmd->add_option("--features", opt->clusterer.max_features, "Features kept per article")
      ->capture_default_str();
  cmd->add_option("--event-weight", opt->clusterer.event_weight, "Weight of event keys")
      ->capture_default_str();
  cmd->add_option("--day-weight", opt->clusterer.day_weight, "Weight of the event day")
      ->capture_default_str();
  cmd->add_option("--name-weight", opt->clusterer.name_weight, "Weight of unresolved names")
      ->capture_default_str();
  cmd->add_option("--entity-weight", opt->clusterer.entity_weight, "Weight of entities")
      ->capture_default_str();
  cmd->add_option("--clitic-ratio", opt->clusterer.clitic_ratio, "df ratio that strips a clitic (0: never)")
      ->capture_default_str();
  cmd->add_option("--name-stand-in", opt->profile.name_stand_in, "Variant keys as names without mentions")
      ->capture_default_str();
  cmd->add_option("--min-df", opt->clusterer.min_df, "Document frequency floor")->capture_default_str();
  cmd->add_option("--title-boost", opt->profile.title_boost, "Title word weight")->capture_default_str();
  cmd->add_option("--lead-boost", opt->profile.lead_boost, "Extra lead word weight")->capture_default_str();
  cmd->callback([&global, opt, runner] { *runner = [&global, opt] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
