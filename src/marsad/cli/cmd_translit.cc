// `marsad translit NAME...`: renders Arabic names in Latin letters with the
// transliteration model ('-' reads one name per line from stdin).
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "marsad/cli/command.h"
#include "marsad/cli/model_path.h"
#include "marsad/translit/transliterator.h"

namespace marsad::cli {
namespace {

struct TranslitCommandOptions {
  std::string model;
  std::vector<std::string> names;
  std::size_t candidates = 0;
  bool json = false;
};

int RunTranslitCommand(const TranslitCommandOptions& opt) {
  const std::string path =
      opt.model.empty() ? DefaultModelPath(translit::kDefaultModelFile) : opt.model;
  auto t = translit::Transliterator::Load(*io::Env::Default(), path);
  if (!t.ok()) {
    PrintError("translit", t.status());
    return kExitFailed;
  }
  std::vector<std::string> names;
  for (const std::string& n : opt.names) {
    if (n != "-") {
      names.push_back(n);
      continue;
    }
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty()) names.push_back(line);
    }
  }
  nlohmann::json out = nlohmann::json::array();
  for (const std::string& name : names) {
    const std::string latin = t->Render(name);
    nlohmann::json item = {{"name", name}, {"latin", latin}};
    if (opt.candidates > 0) {
      item["candidates"] = nlohmann::json::array();
      for (const translit::Candidate& c : t->Candidates(name, opt.candidates)) {
        item["candidates"].push_back({{"latin", c.latin}, {"log_prob", c.log_prob}});
      }
    }
    if (opt.json) {
      out.push_back(std::move(item));
      continue;
    }
    std::printf("%s\t%s", name.c_str(), latin.c_str());
    if (opt.candidates > 0) {
      for (const auto& c : item["candidates"]) {
        std::printf("\t%s (%.2f)", c["latin"].get<std::string>().c_str(), c["log_prob"].get<double>());
      }
    }
    std::printf("\n");
  }
  if (opt.json) std::cout << out.dump(1) << '\n';
  return kExitOk;
}

}  // namespace

void RegisterTranslit(CLI::App& app, GlobalOptions& /*global*/, CommandRunner* runner) {
  auto opt = std::make_shared<TranslitCommandOptions>();
  CLI::App* cmd = app.add_subcommand("translit", "Render Arabic names in Latin letters");
  cmd->add_option("names", opt->names, "Names ('-' reads one per line from stdin)")->required();
  cmd->add_option("--model", opt->model, "Model file (default: MODELS/translit_ar_en.bin.zst)");
  cmd->add_option("-n,--candidates", opt->candidates, "Also list the N best renderings of one-word names");
  cmd->add_flag("--json", opt->json, "Print JSON");
  cmd->callback([opt, runner] { *runner = [opt] { return RunTranslitCommand(*opt); }; });
}

}  // namespace marsad::cli
