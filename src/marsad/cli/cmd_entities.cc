// `marsad entities [--json] [--type PER|LOC|ORG] [--doc ID] [NAME]`: the entities of the
// store (../shared/CONTRACT.md), one record per person, place or organisation, with the Latin
// rendering of its name; with NAME, only the entities NAME refers to, in any spelling.
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

#include "marsad/api/json_codec.h"
#include "marsad/cli/command.h"
#include "marsad/cli/model_path.h"
#include "marsad/engine/entities_stage.h"
#include "marsad/store/store.h"
#include "marsad/translit/transliterator.h"

namespace marsad::cli {
namespace {

struct EntitiesOptions {
  bool json = false;
  std::string type;
  std::string doc;
  std::string name;
  std::string translit_model;
};

std::string JoinWords(const std::vector<std::string>& items, std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < max; ++i) out += (i > 0 ? "، " : "") + items[i];
  if (items.size() > max) out += "، ... (" + std::to_string(items.size() - max) + " more)";
  return out;
}

int Run(const GlobalOptions& global, const EntitiesOptions& opt) {
  entities::ListOptions list;
  if (!opt.type.empty()) {
    const auto type = doc::ParseEntityType(opt.type);
    if (!type || *type == doc::EntityType::kMisc) {
      PrintError("entities", "--type: unknown type '" + opt.type + "' (PER, LOC or ORG)");
      return kExitUsage;
    }
    list.type = *type;
  }
  list.doc = opt.doc;
  list.name = opt.name;

  store::StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  auto store = store::OpenStore(global.store, so);
  if (!store.ok()) {
    PrintError("entities", store.status());
    return kExitFailed;
  }
  const text::Analyzer analyzer;
  auto table = engine::LoadEntityTable(**store, analyzer);
  if (!table.ok()) {
    PrintError("entities", table.status());
    return kExitFailed;
  }
  if (!table->has_value()) {
    PrintError("entities", global.store +
                               ": no entity table: no ingest ran the entities stage (marsad ingest --stages "
                               "entities, which needs the ner stage)");
    return kExitFailed;
  }
  if (!opt.doc.empty()) {
    auto row = (*store)->GetDocument(opt.doc, store::ReadOptions{false, false});
    if (!row.ok()) {
      PrintError("entities", row.status().IsNotFound() ? global.store + ": no document with id " + opt.doc
                                                        : row.status().message());
      return kExitFailed;
    }
  }
  const std::string model =
      opt.translit_model.empty() ? DefaultModelPath(translit::kDefaultModelFile) : opt.translit_model;
  auto translit = translit::Transliterator::Load(*io::Env::Default(), model);
  if (!translit.ok()) {
    PrintError("entities", "no Latin renderings: " + translit.status().message());
  }
  auto latin_of = [&](const entities::Entity& e) { return translit.ok() ? translit->Render(e.name) : std::string(); };

  const std::vector<entities::Entity> found = (*table)->List(list);
  if (opt.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const entities::Entity& e : found) out.push_back(api::EntityToJson(e, latin_of(e)));
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return kExitOk;
  }
  for (const entities::Entity& e : found) {
    const std::string latin = latin_of(e);
    std::printf("%llu\t%s\t%s%s\t%u mentions in %zu docs\n", static_cast<unsigned long long>(e.id.value()),
                std::string(doc::EntityTypeName(e.type)).c_str(), e.name.c_str(),
                latin.empty() ? "" : (" (" + latin + ")").c_str(), e.mentions, e.docs.size());
    if (e.variants.size() > 1) std::printf("\tvariants: %s\n", JoinWords(e.variants, 12).c_str());
    if (!e.titles.empty()) std::printf("\ttitles: %s\n", JoinWords(e.titles, 6).c_str());
  }
  if (found.empty()) std::fprintf(stderr, "marsad entities: no entity found\n");
  return kExitOk;
}

}  // namespace

void RegisterEntities(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<EntitiesOptions>();
  CLI::App* cmd = app.add_subcommand("entities", "List the people, places and organisations of the store");
  cmd->add_option("NAME", opt->name, "Only the entities this name refers to, in any spelling");
  cmd->add_flag("--json", opt->json,
                "Print [{\"id\",\"type\",\"name\",\"latin\",\"variants\",\"titles\",\"docs\",\"mentions\"}]");
  cmd->add_option("--type", opt->type, "Only entities of this type: PER, LOC or ORG");
  cmd->add_option("--doc", opt->doc, "Only the entities of this document");
  cmd->add_option("--translit-model", opt->translit_model, "Transliteration model for the Latin renderings");
  cmd->callback([opt, runner, &global] { *runner = [opt, &global] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
