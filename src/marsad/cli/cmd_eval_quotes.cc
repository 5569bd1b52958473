// `marsad eval quotes [--json] [--gold FILE] [--corpus DIR] [--stages LIST]`: quote recall, precision and
// speaker accuracy on hand-made gold (docs/quotes.md, "Evaluation").
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "marsad/cli/command.h"
#include "marsad/cli/json_lines.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/engine/pipeline.h"
#include "marsad/io/env.h"
#include "marsad/quotes/extractor.h"
#include "marsad/quotes/quote_eval.h"
#include "marsad/text/analyzer.h"

namespace marsad::cli {
namespace {

struct EvalQuotesOptions {
  std::string gold;    // default: DATA/marsad-gold-dev/gold.json
  std::string corpus;  // default: DATA/ant-multisource-news
  bool json = false;
  std::size_t examples = 30;
  std::string stages = "quotes";
  std::string dump_speakers;  // JSONL of the speaker-choice material, one document a line
};

// Reads the gold file (schema: ../shared/data/marsad-gold-dev/SOURCE.md).
Result<quotes::QuoteGold> ReadGold(const std::string& path) {
  auto content = io::Env::Default()->ReadFile(path, std::uint64_t{64} << 20);
  if (!content.ok()) return content.status();
  nlohmann::json j = nlohmann::json::parse(*content, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument(path + ": not a JSON object");
  auto fail = [&](const std::string& what) { return Status::InvalidArgument(path + ": " + what); };
  quotes::QuoteGold g;
  const nlohmann::json& docs = j.value("docs", nlohmann::json::array());
  if (!docs.is_array()) return fail("\"docs\" is not an array");
  for (const auto& d : docs) {
    if (!d.is_string()) return fail("\"docs\" holds a non-string");
    g.docs.push_back(d.get<std::string>());
  }
  const nlohmann::json& entities = j.value("entities", nlohmann::json::object());
  if (!entities.is_object()) return fail("\"entities\" is not an object");
  for (const auto& [id, e] : entities.items()) {
    if (!e.is_object()) return fail("entity '" + id + "' is not an object");
    quotes::GoldEntity ge;
    ge.id = id;
    ge.type = e.value("type", "");
    for (const char* field : {"names", "titles"}) {
      const nlohmann::json& table = e.value(field, nlohmann::json::object());
      if (!table.is_object()) return fail("entity '" + id + "': \"" + field + "\" is not an object");
      auto& out = std::string_view(field) == "names" ? ge.names : ge.titles;
      for (const auto& [doc, forms] : table.items()) {
        if (!forms.is_array()) return fail("entity '" + id + "': forms of " + doc + " are not an array");
        for (const auto& f : forms) {
          if (f.is_string()) out[doc].push_back(f.get<std::string>());
        }
      }
    }
    g.entities.push_back(std::move(ge));
  }
  const nlohmann::json& qs = j.value("quotes", nlohmann::json::array());
  if (!qs.is_array()) return fail("\"quotes\" is not an array");
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const auto& q = qs[i];
    const std::string where = "quote " + std::to_string(i);
    if (!q.is_object() || !q.contains("doc") || !q["doc"].is_string() || !q.contains("anchor") ||
        !q["anchor"].is_string()) {
      return fail(where + ": want an object with string \"doc\" and \"anchor\"");
    }
    quotes::GoldQuote gq;
    gq.doc = q["doc"].get<std::string>();
    gq.anchor = q["anchor"].get<std::string>();
    const std::string kind = q.value("kind", "");
    if (kind == "direct") {
      gq.kind = doc::QuoteKind::kDirect;
    } else if (kind == "indirect") {
      gq.kind = doc::QuoteKind::kIndirect;
    } else {
      return fail(where + ": kind '" + kind + "' is neither direct nor indirect");
    }
    if (q.contains("speaker") && q["speaker"].is_string()) gq.speaker = q["speaker"].get<std::string>();
    g.quotes.push_back(std::move(gq));
  }
  const nlohmann::json& traps = j.value("not_speakers", nlohmann::json::array());
  if (!traps.is_array()) return fail("\"not_speakers\" is not an array");
  for (const auto& t : traps) {
    if (!t.is_object()) return fail("a not_speakers entry is not an object");
    g.traps.push_back({t.value("doc", ""), t.value("anchor", ""), t.value("wrong_speaker", "")});
  }
  return g;
}

// The gold documents' texts from the corpus JSONL files (by docno).
Result<std::vector<doc::Document>> ReadCorpusDocs(const std::string& dir, const std::vector<std::string>& ids) {
  auto files = io::Env::Default()->ListDir(dir);
  if (!files.ok()) return files.status();
  std::set<std::string> want(ids.begin(), ids.end());
  std::vector<doc::Document> out;
  for (const std::string& name : *files) {
    if (!name.ends_with(".jsonl")) continue;
    const std::string path = dir + "/" + name;
    auto content = io::Env::Default()->ReadFile(path, std::uint64_t{4} << 30);
    if (!content.ok()) return content.status();
    Status bad;
    ForEachJsonLine(*content, [&](std::size_t line_no, std::string_view line) {
      bool candidate = false;
      for (const std::string& id : want) candidate = candidate || line.find(id) != std::string_view::npos;
      if (!candidate) return true;
      const std::optional<nlohmann::json> j = ParseJsonObject(line);
      if (!j) {
        bad = Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": not a JSON object");
        return false;
      }
      std::string id = j->value("docno", j->value("id", ""));
      if (want.count(id) == 0) return true;
      doc::Document d;
      d.id = id;
      d.text = j->value("text", "");
      d.title = j->value("title", "");
      out.push_back(std::move(d));
      want.erase(id);
      return !want.empty();
    });
    if (!bad.ok()) return bad;
    if (want.empty()) break;
  }
  return out;
}

nlohmann::json FiguresJson(const quotes::KindFigures& k) {
  return {{"gold", k.gold},
          {"found", k.found},
          {"recall", k.recall},
          {"speaker_right", k.speaker_right},
          {"speaker_accuracy", k.speaker_accuracy},
          {"predicted", k.predicted},
          {"matched", k.matched},
          {"vague", k.vague},
          {"precision", k.precision},
          {"precision_strict", k.precision_strict}};
}

nlohmann::json ExamplesJson(const std::vector<quotes::QuoteExample>& v, std::size_t max) {
  nlohmann::json a = nlohmann::json::array();
  for (std::size_t i = 0; i < v.size() && i < max; ++i) {
    a.push_back({{"doc", v[i].doc}, {"kind", v[i].kind}, {"text", v[i].text}, {"gold", v[i].gold},
                 {"predicted", v[i].predicted}});
  }
  return a;
}

void PrintExamples(const char* title, const std::vector<quotes::QuoteExample>& v, std::size_t max) {
  if (v.empty()) return;
  std::printf("%s (%zu):\n", title, v.size());
  for (std::size_t i = 0; i < v.size() && i < max; ++i) {
    std::printf("  %s %-8s %s", v[i].doc.c_str(), v[i].kind.c_str(), v[i].text.c_str());
    if (!v[i].gold.empty()) std::printf("  [gold %s]", v[i].gold.c_str());
    if (!v[i].predicted.empty()) std::printf("  [got %s]", v[i].predicted.c_str());
    std::printf("\n");
  }
}

// One document's material for studying how speakers are chosen (docs/quotes.md, round 9): its
// text and sentences, its mentions with the gold id each would map to as a speaker, and its
// predicted quotes with the cue and attribution the extractor gave them. Scoring is unaffected.
nlohmann::json SpeakerMaterial(const quotes::QuoteGold& gold, const quotes::EvalDoc& d, const doc::AnalyzedDoc& ad,
                               const std::vector<doc::Quote>& traced, const std::vector<quotes::QuoteTrace>& trace,
                               const text::Analyzer& analyzer) {
  auto gold_of = [&](const doc::Quote& q) -> nlohmann::json {
    auto id = quotes::MapSpeakerToGold(gold, d, q, analyzer);
    return id ? nlohmann::json(*id) : nlohmann::json();
  };
  nlohmann::json sentences = nlohmann::json::array();
  for (const text::Sentence& s : ad.analysis.sentences) sentences.push_back({s.span.begin, s.span.end});
  nlohmann::json mentions = nlohmann::json::array();
  for (const doc::Mention& m : d.mentions) {
    doc::Quote as_speaker;
    as_speaker.speaker.mention = m.span;
    as_speaker.speaker.entity = m.entity;
    mentions.push_back({{"span", {m.span.begin, m.span.end}},
                        {"type", std::string(doc::EntityTypeName(m.type))},
                        {"title", m.kind == doc::MentionKind::kTitle},
                        {"entity", m.entity ? nlohmann::json(m.entity->value()) : nlohmann::json()},
                        {"gold", gold_of(as_speaker)}});
  }
  nlohmann::json quotes_json = nlohmann::json::array();
  for (const doc::Quote& q : d.quotes) {
    nlohmann::json j = {{"span", {q.span.begin, q.span.end}},
                        {"kind", q.kind == doc::QuoteKind::kDirect ? "direct" : "indirect"},
                        {"speaker", q.speaker.mention ? nlohmann::json({q.speaker.mention->begin, q.speaker.mention->end})
                                                      : nlohmann::json()},
                        {"gold", gold_of(q)}};
    for (std::size_t i = 0; i < traced.size(); ++i) {
      if (traced[i].span != q.span || traced[i].kind != q.kind) continue;
      const std::uint32_t cue = trace[i].cue_token;
      if (cue < ad.analysis.tokens.size()) {
        const text::Token& t = ad.analysis.tokens[cue].token;
        j["cue"] = {t.begin, t.end};
      }
      j["attribution"] = std::string(quotes::AttributionName(trace[i].attribution));
      j["found"] = std::string(quotes::FoundName(trace[i].found));
      break;
    }
    quotes_json.push_back(std::move(j));
  }
  return {{"doc", d.id}, {"text", d.text}, {"sentences", sentences}, {"mentions", mentions}, {"quotes", quotes_json}};
}

int Run(const GlobalOptions& global, const EvalQuotesOptions& opt) {
  const std::string gold_path = opt.gold.empty() ? global.data_dir + "/marsad-gold-dev/gold.json" : opt.gold;
  const std::string corpus = opt.corpus.empty() ? global.data_dir + "/ant-multisource-news" : opt.corpus;
  auto gold = ReadGold(gold_path);
  if (!gold.ok()) {
    PrintError("eval quotes", gold.status());
    return kExitFailed;
  }
  auto docs = ReadCorpusDocs(corpus, gold->docs);
  if (!docs.ok()) {
    PrintError("eval quotes", docs.status());
    return kExitFailed;
  }
  const text::Analyzer analyzer;
  auto extractor = quotes::Extractor::Create(analyzer);
  if (!extractor.ok()) {
    PrintError("eval quotes", extractor.status());
    return kExitFailed;
  }
  // The stages `marsad ingest` runs for quotes (ner and entities, which quotes uses), so
  // the figures are those of the stored quotes and speakers map through their entities.
  const engine::StageRegistry registry = engine::StageRegistry::Default();
  auto names = registry.Resolve(opt.stages);
  if (!names.ok()) {
    PrintError("eval quotes", "--stages: " + names.status().message());
    return kExitUsage;
  }
  if (std::find(names->begin(), names->end(), "quotes") == names->end()) {
    PrintError("eval quotes", "--stages must include quotes");
    return kExitUsage;
  }
  auto stages = registry.Create(*names);
  if (!stages.ok()) {
    PrintError("eval quotes", stages.status());
    return kExitFailed;
  }
  engine::Pipeline pipeline(analyzer, std::move(stages).value());
  engine::WorkerContext ctx;
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<quotes::EvalDoc> predicted;
  std::ofstream dump;
  if (!opt.dump_speakers.empty()) {
    dump.open(opt.dump_speakers);
    if (!dump) {
      PrintError("eval quotes", "--dump-speakers: cannot write " + opt.dump_speakers);
      return kExitFailed;
    }
  }
  for (doc::Document& document : *docs) {
    doc::AnalyzedDoc d;
    d.document = std::move(document);
    Status s = pipeline.Run(&d, &ctx);
    if (s.ok()) s = pipeline.RunInOrder(&d, engine::OrderedContext{});
    if (!s.ok()) {
      PrintError("eval quotes", s.WithContext(d.document.id));
      return kExitFailed;
    }
    if (dump.is_open()) {
      std::vector<quotes::QuoteTrace> trace;  // the same extraction again, for the cues
      const std::vector<doc::Quote> traced = extractor->Extract(d, &trace);
      const quotes::EvalDoc view{d.document.id, d.document.text, d.quotes, d.mentions};
      dump << SpeakerMaterial(*gold, view, d, traced, trace, analyzer)
                  .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
           << '\n';
    }
    predicted.push_back({d.document.id, std::move(d.document.text), std::move(d.quotes), std::move(d.mentions)});
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  auto report = quotes::EvaluateQuotes(*gold, predicted, analyzer, extractor->lexicon());
  if (!report.ok()) {
    PrintError("eval quotes", report.status().WithContext(gold_path));
    return kExitFailed;
  }
  const quotes::QuoteEvalReport& r = *report;
  if (opt.json) {
    nlohmann::json out = {{"gold", gold_path},
                          {"stages", *names},
                          {"docs", r.docs},
                          {"docs_missing", r.docs_missing},
                          {"direct", FiguresJson(r.direct)},
                          {"indirect", FiguresJson(r.indirect)},
                          {"all", FiguresJson(r.all)},
                          {"speakers_mapped_by", {{"words", r.mapped_by[1]},
                                                  {"entity", r.mapped_by[2]},
                                                  {"part_of_name", r.mapped_by[3]},
                                                  {"none", r.mapped_by[0]}}},
                          {"traps", r.traps},
                          {"trap_violations", r.trap_violations},
                          {"seconds", secs},
                          {"missed", ExamplesJson(r.missed, opt.examples)},
                          {"wrong_speakers", ExamplesJson(r.wrong_speakers, opt.examples)},
                          {"unmatched", ExamplesJson(r.unmatched, opt.examples)},
                          {"violations", ExamplesJson(r.violations, opt.examples)}};
    std::cout << out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    std::printf("quotes on %s (%zu docs%s)\n", gold_path.c_str(), r.docs,
                r.docs_missing ? (", " + std::to_string(r.docs_missing) + " missing").c_str() : "");
    std::printf("  %-9s %6s %8s %9s %10s %10s %8s\n", "kind", "gold", "recall", "speaker", "predicted",
                "precision", "strict");
    for (auto [name, k] : {std::pair<const char*, const quotes::KindFigures*>{"direct", &r.direct},
                           {"indirect", &r.indirect},
                           {"all", &r.all}}) {
      std::printf("  %-9s %6zu %8.3f %9.3f %10zu %10.3f %8.3f\n", name, k->gold, k->recall,
                  k->speaker_accuracy, k->predicted, k->precision, k->precision_strict);
    }
    std::printf("  (speaker: right speakers of found quotes; reported speech is \"indirect\")\n");
    std::printf("  found quotes' speakers mapped by words %zu, by the entities stage's entity %zu, "
                "as part of a name %zu, not at all %zu\n",
                r.mapped_by[1], r.mapped_by[2], r.mapped_by[3], r.mapped_by[0]);
    std::printf("  traps %zu, violations %zu; %.3f s for the stages %s\n", r.traps, r.trap_violations, secs,
                [&] {
                  std::string s;
                  for (const std::string& n : *names) s += (s.empty() ? "" : ",") + n;
                  return s;
                }().c_str());
    PrintExamples("missed", r.missed, opt.examples);
    PrintExamples("wrong speaker", r.wrong_speakers, opt.examples);
    PrintExamples("unmatched predictions", r.unmatched, opt.examples);
    PrintExamples("trap violations", r.violations, opt.examples);
  }
  return r.docs_missing > 0 ? kExitFailed : kExitOk;
}

}  // namespace

void RegisterEvalQuotes(CLI::App& eval, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<EvalQuotesOptions>();
  CLI::App* cmd = eval.add_subcommand(
      "quotes", "Quote recall, precision and speaker accuracy on hand-made gold (docs/quotes.md)");
  cmd->add_option("--gold", opt->gold, "Gold file (default: DATA/marsad-gold-dev/gold.json)");
  cmd->add_option("--corpus", opt->corpus,
                  "Folder of the JSONL articles the gold refers to by docno (default: DATA/ant-multisource-news)");
  cmd->add_option("--examples", opt->examples, "Examples of each kind of error to list (default 30)");
  cmd->add_option("--stages", opt->stages,
                  "Pipeline stages to run, as marsad ingest --stages (default: quotes and what it uses)");
  cmd->add_flag("--json", opt->json, "Print JSON");
  cmd->add_option("--dump-speakers", opt->dump_speakers,
                  "Also write, per gold document, its mentions and quotes with the gold id each speaker "
                  "would map to (JSONL; for studying speaker choice)");
  cmd->callback([&global, opt, runner] { *runner = [&global, opt] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
