// What the entities stage adds to an ingest: the same corpus ingested twice into fresh
// stores in one run, once with a name tagger only and once with the tagger and the entities
// stage, printing wall and CPU seconds of each and the ratio. Until the ner stage is in the
// build, the tagger is a dictionary of every PER/LOC/ORG name of ANERcorp (entities::
// DictionaryTagger): a gazetteer tagger, so the mention density is that of a real tagger's
// order of magnitude, not its exact output.
//   entities_ingest_bench CORPUS_DIR ANERCORP_FILE [WORKERS]
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "marsad/engine/entities_stage.h"
#include "marsad/engine/ingest_job.h"
#include "marsad/entities/entity_eval.h"

namespace marsad {
namespace {

class DictionaryStage final : public engine::Stage {
 public:
  explicit DictionaryStage(const entities::DictionaryTagger& tagger) : tagger_(tagger) {}
  std::string_view name() const override { return "ner"; }
  Status Process(doc::AnalyzedDoc* doc, engine::WorkerContext* /*ctx*/) const override {
    tagger_.Tag(doc);
    return Status::Ok();
  }

 private:
  const entities::DictionaryTagger& tagger_;
};

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// ANERcorp "token TAG" lines: every B-/I- run of PERS, LOC, ORG as one name.
std::size_t LoadNames(const std::string& path, entities::DictionaryTagger* tagger) {
  std::ifstream in(path);
  std::string line, name, type;
  std::size_t n = 0;
  auto flush = [&] {
    if (!name.empty()) {
      tagger->AddName(name, type == "PERS" ? doc::EntityType::kPerson
                            : type == "LOC" ? doc::EntityType::kLocation
                                            : doc::EntityType::kOrganization);
      ++n;
    }
    name.clear();
  };
  while (std::getline(in, line)) {
    const std::size_t sp = line.rfind(' ');
    if (sp == std::string::npos) continue;
    const std::string token = line.substr(0, sp), tag = line.substr(sp + 1);
    const bool begin = tag.rfind("B-", 0) == 0, inside = tag.rfind("I-", 0) == 0;
    const std::string t = (begin || inside) ? tag.substr(2) : "";
    if (begin || (inside && t != type) || t.empty() || t == "MISC") flush();
    if ((begin || inside) && t != "MISC") {
      type = t;
      name += name.empty() ? token : " " + token;
    }
  }
  flush();
  return n;
}

int Main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: entities_ingest_bench CORPUS_DIR ANERCORP_FILE [WORKERS]\n");
    return 2;
  }
  const text::Analyzer analyzer;
  entities::DictionaryTagger tagger(analyzer);
  const std::size_t names = LoadNames(argv[2], &tagger);
  std::printf("dictionary: %zu names (%zu distinct) from %s\n", names, tagger.size(), argv[2]);
  const std::filesystem::path tmp =
      std::filesystem::temp_directory_path() / ("marsad_entities_bench_" + std::to_string(::getpid()));
  double wall[2] = {0, 0}, cpu[2] = {0, 0};
  for (int with_entities = 0; with_entities < 2; ++with_entities) {
    std::filesystem::remove_all(tmp);
    auto store = store::OpenStore(tmp.string());
    if (!store.ok()) {
      std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
      return 1;
    }
    std::vector<std::unique_ptr<engine::Stage>> stages;
    stages.push_back(std::make_unique<DictionaryStage>(tagger));
    if (with_entities) stages.push_back(std::make_unique<engine::EntitiesStage>());
    engine::Pipeline pipeline(analyzer, std::move(stages));
    engine::IngestOptions options;
    if (argc > 3) options.workers = std::atoi(argv[3]);
    const double c0 = CpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    auto s = engine::Ingest(**store, pipeline, {argv[1]}, options);
    wall[with_entities] = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    cpu[with_entities] = CpuSeconds() - c0;
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.status().ToString().c_str());
      return 1;
    }
    std::string extra;
    if (with_entities) {
      auto table = engine::LoadEntityTable(**store, analyzer);
      if (table.ok() && table->has_value()) {
        extra = ", " + std::to_string((*table)->entity_count()) + " entities, table " +
                std::to_string((*table)->Encode().size() / 1024) + " KiB";
      }
    }
    std::printf("%-22s %zu docs: %.2f s wall, %.2f s CPU%s\n", with_entities ? "tagger + entities" : "tagger only",
                s->ingested, wall[with_entities], cpu[with_entities], extra.c_str());
  }
  std::filesystem::remove_all(tmp);
  std::printf("entities adds %.1f%% wall, %.1f%% CPU\n", 100 * (wall[1] / wall[0] - 1), 100 * (cpu[1] / cpu[0] - 1));
  return 0;
}

}  // namespace
}  // namespace marsad

int main(int argc, char** argv) { return marsad::Main(argc, argv); }
