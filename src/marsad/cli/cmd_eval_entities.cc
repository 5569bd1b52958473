// `marsad eval entities [--json]`: B³ of the mention clustering and must-not-merge
// violations on ../shared/data/marsad-gold-dev, its 15 documents resolved together with the
// rest of ant-multisource-news (the competition for look-alike names), plus the time the
// entities stage took against the rest of the pipeline.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "marsad/cli/command.h"
#include "marsad/cli/json_lines.h"
#include "marsad/engine/ner_stage.h"
#include "marsad/engine/pipeline.h"
#include "marsad/entities/entity_eval.h"
#include "marsad/entities/resolver.h"
#include "marsad/io/env.h"
#include "marsad/text/analyzer.h"

namespace marsad::cli {
namespace {

struct EvalEntitiesOptions {
  std::string gold;    // default: DATA/marsad-gold-dev/gold.json
  std::string corpus;  // default: DATA/ant-multisource-news
  std::string mentions = "gold";
  std::size_t limit = 0;  // other documents to resolve along (0: all)
  std::size_t errors = 50;
  bool json = false;
  bool show = false;  // print each gold document's mentions and the entities involved
  std::size_t top = 0;  // print the N most mentioned entities of the table
};

using Clock = std::chrono::steady_clock;
double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

Result<entities::GoldSet> ReadGold(const std::string& path) {
  auto bytes = io::Env::Default()->ReadFile(path, std::uint64_t{64} << 20);
  if (!bytes.ok()) return bytes.status();
  nlohmann::json j = nlohmann::json::parse(*bytes, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument(path + ": not a JSON object");
  entities::GoldSet gold;
  try {
    for (const auto& d : j.at("docs")) gold.docs.push_back(d.get<std::string>());
    for (const auto& [id, e] : j.at("entities").items()) {
      entities::GoldEntity g;
      g.id = id;
      auto type = doc::ParseEntityType(e.at("type").get<std::string>());
      if (!type) return Status::InvalidArgument(path + ": entity " + id + ": unknown type");
      g.type = *type;
      for (const auto& [docno, names] : e.at("names").items()) {
        for (const auto& n : names) g.names[docno].push_back(n.get<std::string>());
      }
      for (const auto& [docno, titles] : e.at("titles").items()) {
        for (const auto& t : titles) g.titles[docno].push_back(t.get<std::string>());
      }
      gold.entities.push_back(std::move(g));
    }
    for (const auto& p : j.at("must_not_merge")) {
      gold.must_not_merge.emplace_back(p.at(0).get<std::string>(), p.at(1).get<std::string>());
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(path + ": " + e.what());
  }
  return gold;
}

// "Mon, 26 Feb 2018 02:20:10 GMT" (RFC 822, as the ANT corpus stores RSS times).
std::optional<std::int64_t> ParseRfc822(const std::string& s) {
  std::tm tm{};
  const char* rest = strptime(s.c_str(), "%a, %d %b %Y %H:%M:%S", &tm);
  if (rest == nullptr) return std::nullopt;
  std::int64_t t = timegm(&tm);
  int sign = 0, hh = 0, mm = 0;
  if (std::sscanf(rest, " %*[+]%2d%2d", &hh, &mm) == 2) sign = -1;
  else if (std::sscanf(rest, " -%2d%2d", &hh, &mm) == 2) sign = 1;
  return t + sign * (hh * 3600 + mm * 60);
}

int Run(const GlobalOptions& global, const EvalEntitiesOptions& opt) {
  const std::string gold_path = opt.gold.empty() ? global.data_dir + "/marsad-gold-dev/gold.json" : opt.gold;
  const std::string corpus = opt.corpus.empty() ? global.data_dir + "/ant-multisource-news" : opt.corpus;
  auto gold = ReadGold(gold_path);
  if (!gold.ok()) {
    PrintError("eval entities", gold.status());
    return kExitFailed;
  }
  io::Env* env = io::Env::Default();
  // --mentions ner: the names come from the trained tagger, as in `marsad ingest`; the figure
  // then counts the tagger's misses and false names along with the resolver's errors.
  std::unique_ptr<engine::NerStage> ner;
  if (opt.mentions == "ner") {
    auto loaded = engine::NerStage::Load(*env, engine::NerStage::DefaultModelPath());
    if (!loaded.ok()) {
      PrintError("eval entities", loaded.status());
      return kExitFailed;
    }
    ner = std::move(*loaded);
  }
  engine::WorkerContext worker;
  auto files = env->ListDir(corpus);
  if (!files.ok()) {
    PrintError("eval entities", files.status());
    return kExitFailed;
  }
  const text::Analyzer analyzer;
  entities::Resolver resolver(analyzer);
  entities::DictionaryTagger tagger(analyzer);
  for (const entities::GoldEntity& e : gold->entities) {
    for (const auto& [d, names] : e.names) {
      for (const std::string& n : names) tagger.AddName(n, e.type);
    }
  }
  const std::set<std::string> gold_docs(gold->docs.begin(), gold->docs.end());
  std::vector<entities::GoldMention> gold_mentions;
  std::vector<entities::SystemMention> system;
  std::size_t others = 0, documents = 0, found_gold = 0;
  double t_analysis = 0, t_tagging = 0, t_prepare = 0, t_commit = 0;
  text::AnalysisCache cache;
  doc::AnalyzedDoc d;
  for (const std::string& name : *files) {
    if (!name.ends_with(".jsonl")) continue;
    const std::string path = corpus + "/" + name;
    auto content = env->ReadFile(path, std::uint64_t{1} << 30);
    if (!content.ok()) {
      PrintError("eval entities", content.status());
      return kExitFailed;
    }
    bool failed = false;
    auto fail = [&failed] {
      failed = true;
      return false;
    };
    ForEachJsonLine(*content, [&](std::size_t line_no, std::string_view line) {
      const std::optional<nlohmann::json> j = ParseJsonObject(line);
      if (!j) {
        PrintError("eval entities", path + ":" + std::to_string(line_no) + ": not a JSON object");
        return fail();
      }
      const std::string docno = j->value("docno", "");
      const bool is_gold = gold_docs.count(docno) > 0;
      if (!is_gold && opt.limit > 0 && others >= opt.limit) return true;
      if (!is_gold) ++others;
      ++documents;
      d.document = {};
      d.mentions.clear();
      d.quotes.clear();
      d.document.id = docno;
      d.document.text = j->value("text", "");
      d.document.source = j->value("source", "");
      if (auto t = ParseRfc822(j->value("time", ""))) d.document.published = doc::Timestamp{*t};
      auto t0 = Clock::now();
      analyzer.Analyze(d.document.text, &d.analysis, &cache);
      auto t1 = Clock::now();
      if (ner) {
        if (Status s = ner->Process(&d, &worker); !s.ok()) {
          PrintError("eval entities", s);
          return fail();
        }
      } else {
        tagger.Tag(&d);
      }
      auto t2 = Clock::now();
      entities::PreparedDoc prepared = resolver.Prepare(&d);
      auto t3 = Clock::now();
      resolver.Commit(&d, std::move(prepared));
      auto t4 = Clock::now();
      t_analysis += Seconds(t1 - t0);
      t_tagging += Seconds(t2 - t1);
      t_prepare += Seconds(t3 - t2);
      t_commit += Seconds(t4 - t3);
      if (!is_gold) return true;
      ++found_gold;
      if (opt.show) {
        std::printf("== %s\n", docno.c_str());
        for (const doc::Mention& m : d.mentions) {
          std::printf("%s%.*s%s#%s ", m.kind == doc::MentionKind::kTitle ? "[" : "",
                      static_cast<int>(m.span.size()), d.document.text.data() + m.span.begin,
                      m.kind == doc::MentionKind::kTitle ? "]" : "",
                      m.entity ? std::to_string(m.entity->value()).c_str() : "-");
        }
        std::printf("\n");
      }
      for (auto& g : entities::FindGoldMentions(*gold, docno, d.document.text)) gold_mentions.push_back(std::move(g));
      for (const doc::Mention& m : d.mentions) {
        if (!m.entity && m.kind != doc::MentionKind::kTitle) continue;
        system.push_back({docno, m.span, m.entity ? m.entity->value() : 0,
                          m.kind == doc::MentionKind::kTitle});
      }
      return true;
    });
    if (failed) return kExitFailed;
  }
  if (found_gold != gold_docs.size()) {
    PrintError("eval entities", corpus + ": " + std::to_string(gold_docs.size() - found_gold) +
                                    " of the gold documents are missing");
    return kExitFailed;
  }
  const entities::EntityEvalReport r = entities::ScoreEntities(*gold, gold_mentions, system);
  std::size_t top_printed = 0;
  for (const entities::Entity& e : resolver.List()) {
    if (top_printed >= opt.top) break;
    ++top_printed;
    std::printf("top #%lu %s %s (%u mentions, %zu docs):", static_cast<unsigned long>(e.id.value()),
                std::string(doc::EntityTypeName(e.type)).c_str(), e.name.c_str(), e.mentions, e.docs.size());
    for (std::size_t i = 0; i < e.variants.size() && i < 12; ++i) std::printf(" %s;", e.variants[i].c_str());
    std::printf(" titles:");
    for (std::size_t i = 0; i < e.titles.size() && i < 6; ++i) std::printf(" %s;", e.titles[i].c_str());
    std::printf("\n");
  }
  if (opt.show) {
    std::set<std::uint64_t> ids;
    for (const auto& m : system) {
      if (m.entity != 0) ids.insert(m.entity);
    }
    for (std::uint64_t id : ids) {
      auto e = resolver.Get(EntityId(id));
      if (!e) continue;
      std::printf("#%lu %s %s (%u mentions, %zu docs):", static_cast<unsigned long>(id),
                  std::string(doc::EntityTypeName(e->type)).c_str(), e->name.c_str(), e->mentions,
                  e->docs.size());
      for (const auto& v : e->variants) std::printf(" %s;", v.c_str());
      std::printf(" titles:");
      for (std::size_t i = 0; i < e->titles.size() && i < 8; ++i) std::printf(" %s;", e->titles[i].c_str());
      std::printf("\n");
    }
  }
  const double pipeline = t_analysis + t_tagging;
  const double t_entities = t_prepare + t_commit;
  if (opt.json) {
    nlohmann::json out = {
        {"gold", gold_path},
        {"corpus", corpus},
        {"mentions", opt.mentions},
        {"documents", documents},
        {"gold_documents", r.documents},
        {"entities", resolver.entity_count()},
        {"gold_mentions", r.gold_mentions},
        {"gold_name_mentions", r.gold_name_mentions},
        {"gold_title_mentions", r.gold_title_mentions},
        {"resolved_mentions", r.detected},
        {"resolved_names", r.detected_names},
        {"resolved_titles", r.detected_titles},
        {"b3", {{"precision", r.precision}, {"recall", r.recall}, {"f1", r.f1}}},
        {"must_not_merge_violations", nlohmann::json::array()},
        {"splits", r.splits},
        {"merges", r.merges},
        {"missed", r.missed},
        {"seconds",
         {{"analysis", t_analysis}, {"tagging", t_tagging}, {"entities_prepare", t_prepare},
          {"entities_commit", t_commit}}},
        {"entities_share", pipeline > 0 ? t_entities / pipeline : 0.0}};
    for (const auto& [a, b] : r.violations) out["must_not_merge_violations"].push_back({a, b});
    std::cout << out.dump(1) << '\n';
  } else {
    std::printf("entity resolution on %s (%zu gold documents among %zu; mentions: %s)\n",
                gold_path.c_str(), r.documents, documents, opt.mentions.c_str());
    std::printf("  B3 precision %.4f  recall %.4f  F1 %.4f\n", r.precision, r.recall, r.f1);
    std::printf("  gold mentions %zu (names %zu, titles %zu); resolved %zu (names %zu, titles %zu)\n",
                r.gold_mentions, r.gold_name_mentions, r.gold_title_mentions, r.detected,
                r.detected_names, r.detected_titles);
    std::printf("  must-not-merge violations %zu\n", r.violations.size());
    for (const auto& [a, b] : r.violations) std::printf("    %s + %s\n", a.c_str(), b.c_str());
    std::printf("  entities in the table %zu\n", resolver.entity_count());
    std::printf("  time: analysis %.2f s, tagging %.2f s, entities %.2f s = prepare %.2f (parallel) + "
                "commit %.2f (sequential); entities/(analysis+tagging) %.1f%%\n",
                t_analysis, t_tagging, t_entities, t_prepare, t_commit,
                pipeline > 0 ? 100 * t_entities / pipeline : 0.0);
    auto list = [&](const char* title, const std::vector<std::string>& v) {
      std::printf("  %s: %zu\n", title, v.size());
      for (std::size_t i = 0; i < v.size() && i < opt.errors; ++i) std::printf("    %s\n", v[i].c_str());
    };
    list("split gold entities", r.splits);
    list("merged system entities", r.merges);
    list("unresolved gold mentions", r.missed);
  }
  return r.violations.empty() ? kExitOk : kExitFailed;
}

}  // namespace

void RegisterEvalEntities(CLI::App& eval, GlobalOptions& global, CommandRunner* runner) {
  auto o = std::make_shared<EvalEntitiesOptions>();
  CLI::App* cmd = eval.add_subcommand(
      "entities", "B3 of the entity clustering and must-not-merge violations on marsad-gold-dev");
  cmd->add_option("--gold", o->gold, "Gold file (default: DATA/marsad-gold-dev/gold.json)");
  cmd->add_option("--corpus", o->corpus,
                  "Folder of ANT JSONL files holding the gold documents and the competition "
                  "(default: DATA/ant-multisource-news)");
  cmd->add_option("--mentions", o->mentions,
                  "Where name mentions come from: gold (every gold name string, tagged everywhere) or ner")
      ->check(CLI::IsMember({"gold", "ner"}));
  cmd->add_option("--limit", o->limit, "Resolve at most N other documents along (default: all)");
  cmd->add_option("--errors", o->errors, "Errors to list per kind (default 50)");
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->add_option("--top", o->top, "Print the N most mentioned entities of the table (default 0)");
  cmd->add_flag("--show", o->show, "Print the resolved mentions of each gold document and their entities");
  cmd->callback([&global, o, runner] { *runner = [&global, o] { return Run(global, *o); }; });
}

}  // namespace marsad::cli
