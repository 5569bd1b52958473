// `marsad show [--json] ID`: one stored document (../shared/CONTRACT.md).
#include <cstdio>
#include <iostream>
#include <memory>

#include "marsad/api/json_codec.h"
#include "marsad/api/queries.h"
#include "marsad/api/quote_json.h"
#include "marsad/cli/command.h"
#include "marsad/cli/model_path.h"
#include "marsad/store/store.h"
#include "marsad/translit/transliterator.h"

namespace marsad::cli {
namespace {

struct ShowOptions {
  std::string id;
  bool json = false;
  bool raw = false;
};

int Run(const GlobalOptions& global, const ShowOptions& opt) {
  store::StoreOptions so;
  so.create_if_missing = false;
  auto store = store::OpenStore(global.store, so);
  if (!store.ok()) {
    PrintError("show", store.status());
    return kExitFailed;
  }
  store::ReadOptions ro;
  ro.raw = opt.raw;
  auto record = api::LookupDocument(**store, opt.id, ro);
  if (!record.ok()) {
    if (record.status().IsNotFound()) {
      PrintError("show", global.store + ": " + record.status().message());
    } else {
      PrintError("show", record.status());
    }
    return kExitFailed;
  }
  if (opt.json) {
    auto latin = translit::Transliterator::Load(*io::Env::Default(), DefaultModelPath(translit::kDefaultModelFile));
    nlohmann::json j = api::DocumentRecordToJson(*record, latin.ok() ? &*latin : nullptr);
    if (opt.raw) j["raw"] = record->row.raw;
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return kExitOk;
  }
  const store::DocumentRow& d = record->row;
  const std::vector<doc::Quote>& quotes = record->quotes;
  std::printf("%s\n", d.title.empty() ? "(untitled)" : d.title.c_str());
  std::printf("id: %s | source: %s | date: %s\n", d.id.c_str(), d.source.empty() ? "-" : d.source.c_str(),
              d.published ? api::IsoDateTime(*d.published).c_str() : "-");
  if (!d.url.empty()) std::printf("url: %s\n", d.url.c_str());
  if (record->story) std::printf("story: %llu\n", static_cast<unsigned long long>(record->story->value()));
  if (!d.author.empty()) std::printf("author: %s\n", d.author.c_str());
  std::printf("from: %s\n", d.origin.c_str());
  for (const entities::Entity& e : record->entities) {
    std::printf("entity %llu: %s %s\n", static_cast<unsigned long long>(e.id.value()),
                std::string(doc::EntityTypeName(e.type)).c_str(), e.name.c_str());
  }
  std::printf("\n%s\n", d.text.c_str());
  if (!quotes.empty()) {
    std::printf("\nquotes:\n");
    for (const doc::Quote& q : quotes) {
      if (q.span.end > d.text.size()) continue;
      std::string speaker = "?";
      if (q.speaker.mention && q.speaker.mention->end <= d.text.size()) speaker = std::string(q.speaker.mention->In(d.text));
      std::printf("  %s [%s]: %s\n", speaker.c_str(), std::string(api::QuoteKindName(q.kind)).c_str(),
                  std::string(q.span.In(d.text)).c_str());
    }
  }
  if (opt.raw) std::printf("\n--- raw input ---\n%s\n", d.raw.c_str());
  return kExitOk;
}

}  // namespace

void RegisterShow(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", "Print one stored document");
  cmd->add_option("ID", opt->id, "Document id")->required();
  cmd->add_flag("--json", opt->json,
                "Print {\"id\",\"title\",\"date\",\"source\",\"url\",\"text\",\"entities\",\"quotes\",\"story\"}");
  cmd->add_flag("--raw", opt->raw, "Also print the raw input the document was read from");
  cmd->callback([opt, runner, &global] { *runner = [opt, &global] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
