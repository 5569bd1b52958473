// `marsad eval translit`: top-1 accuracy and character error rate of the transliteration
// model on the test splits (docs/translit.md).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "marsad/cli/command.h"
#include "marsad/cli/model_path.h"
#include "marsad/io/env.h"
#include "marsad/translit/corpus.h"
#include "marsad/translit/evaluation.h"
#include "marsad/translit/transliterator.h"

namespace marsad::cli {
namespace {

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

void RegisterEvalTranslit(CLI::App& eval, GlobalOptions& global, CommandRunner* runner) {
  auto tr = std::make_shared<TranslitOptions>();
  CLI::App* translit = eval.add_subcommand(
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
