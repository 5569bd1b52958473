// `marsad eval variants`: recall and precision of the spelling-variant key on silver name
// pairs (text/variant_key.h, docs/analysis.md).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "marsad/cli/command.h"
#include "marsad/eval/variant_key_eval.h"
#include "marsad/io/env.h"

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

}  // namespace

void RegisterEvalVariants(CLI::App& eval, GlobalOptions& global, CommandRunner* runner) {
  auto v = std::make_shared<VariantsOptions>();
  CLI::App* variants = eval.add_subcommand(
      "variants", "Recall and precision of the spelling-variant key on silver name pairs");
  variants->add_option("--pairs", v->pairs,
                       "Pairs TSV (default: DATA/name-variant-pairs-derived/same_english_different_arabic.tsv)");
  variants->add_option("--seed", v->seed, "Seed of the negative sample (default 1)");
  variants->add_option("--examples", v->examples, "Missed pairs and false merges to list (default 20)");
  variants->add_flag("--json", v->json, "Print JSON");
  variants->callback([&global, v, runner] { *runner = [&global, v] { return RunVariants(global, *v); }; });
}

}  // namespace marsad::cli
