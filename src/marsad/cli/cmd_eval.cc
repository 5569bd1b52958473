// `marsad eval ...`: accuracy figures on the data in ../shared/data.
//   eval variants   recall/precision of the spelling-variant key on silver name pairs
//   eval translit   top-1 accuracy and character error rate of the transliteration model
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "marsad/cli/command.h"
#include "marsad/cli/model_path.h"
#include "marsad/eval/variant_key_eval.h"
#include "marsad/io/env.h"
#include "marsad/translit/corpus.h"
#include "marsad/translit/evaluation.h"
#include "marsad/translit/transliterator.h"

namespace marsad::cli {
namespace {

struct VariantsOptions {
  std::string pairs;  // default: <data>/name-variant-pairs-derived/same_english_different_arabic.tsv
  bool json = false;
  std::uint32_t seed = 1;
  std::size_t examples = 20;
};

nlohmann::json PairJson(const eval::KeyedPair& p) {
  return {{"a", p.a}, {"b", p.b}, {"names", p.note}, {"key_a", p.key_a}, {"key_b", p.key_b}};
}

int RunVariants(const GlobalOptions& global, const VariantsOptions& opt) {
  std::string path = opt.pairs.empty()
                         ? global.data_dir + "/name-variant-pairs-derived/same_english_different_arabic.tsv"
                         : opt.pairs;
  auto tsv = io::Env::Default()->ReadFile(path, std::uint64_t{1} << 30);
  if (!tsv.ok()) {
    PrintError("eval variants", tsv.status());
    return kExitFailed;
  }
  const text::Analyzer analyzer;
  auto report = eval::EvaluateVariantKey(*tsv, analyzer, opt.seed, opt.examples);
  if (!report.ok()) {
    PrintError("eval variants", report.status().WithContext(path));
    return kExitFailed;
  }
  const eval::VariantKeyReport& r = *report;
  bool checks_ok = true;
  nlohmann::json checks = nlohmann::json::array();
  for (const eval::KeyCheck& c : r.checks) {
    checks_ok = checks_ok && c.passed;
    checks.push_back({{"names", c.names}, {"same", c.same}, {"keys", c.keys}, {"passed", c.passed}});
  }
  if (opt.json) {
    nlohmann::json out = {{"pairs", path},
                          {"positives", r.positives},
                          {"negatives", r.negatives},
                          {"negative_candidates", r.negative_candidates},
                          {"true_positives", r.true_positives},
                          {"false_positives", r.false_positives},
                          {"recall", r.recall},
                          {"precision", r.precision},
                          {"false_positive_rate", r.false_positive_rate},
                          {"checks", checks},
                          {"missed", nlohmann::json::array()},
                          {"false_merges", nlohmann::json::array()}};
    for (const auto& p : r.missed) out["missed"].push_back(PairJson(p));
    for (const auto& p : r.false_merges) out["false_merges"].push_back(PairJson(p));
    std::cout << out.dump(1) << '\n';
  } else {
    std::printf("spelling-variant key on %s\n", path.c_str());
    std::printf("  recall    %.3f  (%zu of %zu silver pairs share a key)\n", r.recall,
                r.true_positives, r.positives);
    std::printf("  precision %.3f  (%zu of %zu sampled negatives share a key; %zu candidates)\n",
                r.precision, r.false_positives, r.negatives, r.negative_candidates);
    for (const eval::KeyCheck& c : r.checks) {
      std::string line;
      for (std::size_t i = 0; i < c.names.size(); ++i) {
        line += (i ? ", " : "") + c.names[i] + " → " + c.keys[i];
      }
      std::printf("  %s %s: %s\n", c.passed ? "ok  " : "FAIL", c.same ? "same" : "apart", line.c_str());
    }
  }
  return checks_ok ? kExitOk : kExitFailed;
}

struct TranslitOptions {
  std::string model;  // default: DefaultModelPath(kDefaultModelFile)
  std::string split = "test";
  bool json = false;
  std::size_t examples = 5;
  std::size_t beam = translit::DecodeOptions().beam;
  float threshold = translit::DecodeOptions().threshold;
};

int RunTranslit(const GlobalOptions& global, const TranslitOptions& opt) {
  io::Env* env = io::Env::Default();
  const std::string path =
      opt.model.empty() ? DefaultModelPath(translit::kDefaultModelFile) : opt.model;
  const auto t0 = std::chrono::steady_clock::now();
  auto t = translit::Transliterator::Load(*env, path, translit::DecodeOptions{opt.beam, opt.threshold});
  if (!t.ok()) {
    PrintError("eval translit", t.status());
    return kExitFailed;
  }
  const double load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  auto corpus = translit::LoadTranslitCorpus(*env, global.data_dir);
  if (!corpus.ok()) {
    PrintError("eval translit", corpus.status());
    return kExitFailed;
  }
  const std::vector<translit::TestSet>& sets = opt.split == "dev" ? corpus->dev : corpus->test;
  auto size = env->FileSize(path);
  nlohmann::json out = {{"model", path},
                        {"model_bytes", size.ok() ? *size : 0},
                        {"load_seconds", load_seconds},
                        {"split", opt.split},
                        {"sets", nlohmann::json::array()}};
  if (!opt.json) {
    std::printf("transliteration model %s (%llu bytes, loaded in %.2f s), %s splits\n", path.c_str(),
                static_cast<unsigned long long>(size.ok() ? *size : 0), load_seconds, opt.split.c_str());
  }
  for (const translit::TestSet& set : sets) {
    const translit::SetReport r = translit::EvaluateSet(*t, set, opt.examples);
    const double per_s = r.seconds > 0 ? static_cast<double>(r.items) / r.seconds : 0.0;
    nlohmann::json errors = nlohmann::json::array();
    for (const translit::ErrorExample& e : r.errors) {
      errors.push_back({{"arabic", e.arabic}, {"output", e.output}, {"references", e.references}});
    }
    out["sets"].push_back({{"name", r.name},
                           {"files", r.files},
                           {"items", r.items},
                           {"correct", r.correct},
                           {"accuracy", r.accuracy},
                           {"cer", r.cer},
                           {"edits", r.edits},
                           {"reference_chars", r.reference_chars},
                           {"non_ascii_only", r.non_ascii_only},
                           {"seconds", r.seconds},
                           {"words_per_second", per_s},
                           {"errors", errors}});
    if (!opt.json) {
      std::printf("  %-13s top-1 %.4f (%zu/%zu)  CER %.4f (%zu/%zu)  %.0f words/s\n", r.name.c_str(),
                  r.accuracy, r.correct, r.items, r.cer, r.edits, r.reference_chars, per_s);
      for (const translit::ErrorExample& e : r.errors) {
        std::string refs;
        for (const std::string& ref : e.references) refs += (refs.empty() ? "" : " | ") + ref;
        std::printf("      %s → %s  (want %s)\n", e.arabic.c_str(), e.output.c_str(), refs.c_str());
      }
    }
  }
  if (opt.json) std::cout << out.dump(1) << '\n';
  return kExitOk;
}

}  // namespace

void RegisterEval(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  CLI::App* eval = app.add_subcommand("eval", "Print accuracy figures on the data in ../shared/data");
  eval->require_subcommand(1);

  auto v = std::make_shared<VariantsOptions>();
  CLI::App* variants = eval->add_subcommand(
      "variants", "Recall and precision of the spelling-variant key on silver name pairs");
  variants->add_option("--pairs", v->pairs,
                       "Pairs TSV (default: DATA/name-variant-pairs-derived/same_english_different_arabic.tsv)");
  variants->add_option("--seed", v->seed, "Seed of the negative sample (default 1)");
  variants->add_option("--examples", v->examples, "Missed pairs and false merges to list (default 20)");
  variants->add_flag("--json", v->json, "Print JSON");
  variants->callback([&global, v, runner] { *runner = [&global, v] { return RunVariants(global, *v); }; });

  auto tr = std::make_shared<TranslitOptions>();
  CLI::App* translit = eval->add_subcommand(
      "translit", "Top-1 accuracy and character error rate of the transliteration model");
  translit->add_option("--model", tr->model, "Model file (default: MODELS/translit_ar_en.bin.zst)");
  translit->add_option("--split", tr->split, "test (default) or dev")->check(CLI::IsMember({"test", "dev"}));
  translit->add_option("--examples", tr->examples, "Errors to list per test set (default 5)");
  translit->add_option("--beam", tr->beam, "Decoder beam width (default 8)");
  translit->add_option("--threshold", tr->threshold, "Decoder score threshold in nats (default 10)");
  translit->add_flag("--json", tr->json, "Print JSON");
  translit->callback([&global, tr, runner] { *runner = [&global, tr] { return RunTranslit(global, *tr); }; });
}

}  // namespace marsad::cli
