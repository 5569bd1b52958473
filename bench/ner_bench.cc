// Throughput of the named-entity tagger (ner::Tagger: feature extraction, emission scores
// and Viterbi decoding; the text analysis it starts from is done beforehand and not timed),
// in tokens per second on one core, over real news: the first 2,000 article bodies of
// ../shared/data/ant-multisource-news/BBC.jsonl when present, else the bundled example
// corpus. Also reports the model's load time and memory. Each run checks the mentions it
// found.
//   MARSAD_NER_MODEL=path overrides the committed data/models/ner.model.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "marsad/io/env.h"
#include "marsad/ner/model.h"
#include "marsad/ner/tagger.h"
#include "marsad/text/analyzer.h"

namespace {

using marsad::doc::AnalyzedDoc;

struct Fixture {
  std::unique_ptr<marsad::ner::Model> model;
  double load_seconds = 0;
  std::vector<AnalyzedDoc> docs;
  std::size_t tokens = 0;
  std::string corpus;
  std::string error;
};

std::vector<std::string> ReadTexts() {
  std::vector<std::string> texts;
  std::ifstream in(std::string(MARSAD_SHARED_DATA_DIR) + "/ant-multisource-news/BBC.jsonl");
  std::string line;
  while (texts.size() < 2000 && std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text") && j["text"].is_string() &&
        !j["text"].get_ref<const std::string&>().empty()) {
      texts.push_back(j["text"].get<std::string>());
    }
  }
  if (!texts.empty()) return texts;
  marsad::io::Env& env = *marsad::io::Env::Default();
  const std::string dir = std::string(MARSAD_SOURCE_DIR) + "/examples/corpus";
  auto names = env.ListDir(dir);
  if (!names.ok()) return texts;
  for (const std::string& n : *names) {
    auto t = env.ReadFile(dir + "/" + n, 1 << 20);
    if (t.ok()) texts.push_back(std::move(t).value());
  }
  return texts;
}

const Fixture& GetFixture() {
  static const Fixture* const fixture = [] {
    auto* f = new Fixture;
    const char* env = std::getenv("MARSAD_NER_MODEL");
    const std::string path = env != nullptr && *env != '\0'
                                 ? env
                                 : std::string(MARSAD_SOURCE_DIR) + "/data/models/ner.model";
    const auto t0 = std::chrono::steady_clock::now();
    auto model = marsad::ner::Model::Load(*marsad::io::Env::Default(), path);
    f->load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!model.ok()) {
      f->error = model.status().ToString();
      return f;
    }
    f->model = std::make_unique<marsad::ner::Model>(std::move(model).value());
    const marsad::text::Analyzer analyzer;
    for (std::string& text : ReadTexts()) {
      AnalyzedDoc& d = f->docs.emplace_back();
      d.document.text = std::move(text);
      analyzer.Analyze(d.document.text, &d.analysis);
      f->tokens += d.analysis.tokens.size();
    }
    f->corpus = f->docs.size() > 100 ? "ant-bbc" : "examples";
    if (f->docs.empty()) f->error = "no input texts";
    return f;
  }();
  return *fixture;
}

// Tags every document; returns the number of mentions found.
std::size_t TagAll(const marsad::ner::Tagger& tagger, std::vector<AnalyzedDoc>* docs,
                   marsad::ner::TaggerCache* cache) {
  std::size_t mentions = 0;
  for (AnalyzedDoc& d : *docs) {
    tagger.Tag(&d, cache);
    mentions += d.mentions.size();
  }
  return mentions;
}

void Report(benchmark::State& state, const Fixture& f, std::size_t mentions) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.tokens));
  state.counters["tokens"] = static_cast<double>(f.tokens);
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["load_ms"] = 1000 * f.load_seconds;
  state.counters["model_MB"] = static_cast<double>(f.model->MemoryBytes()) / 1e6;
  state.SetLabel(f.corpus);
}

// Steady state: one TaggerCache kept across passes, as a long-running ingest keeps one per
// thread.
void BM_TagWarmCache(benchmark::State& state) {
  const Fixture& f = GetFixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  const marsad::ner::Tagger tagger(*f.model);
  std::vector<AnalyzedDoc> docs(f.docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    docs[i].document.text = f.docs[i].document.text;
    marsad::text::Analyzer().Analyze(docs[i].document.text, &docs[i].analysis);
  }
  marsad::ner::TaggerCache cache;
  const std::size_t expected = TagAll(tagger, &docs, &cache);
  std::size_t mentions = 0;
  for (auto _ : state) {
    mentions = TagAll(tagger, &docs, &cache);
    benchmark::DoNotOptimize(mentions);
  }
  if (mentions != expected || mentions == 0) state.SkipWithError("mention count changed or zero");
  Report(state, f, mentions);
}
BENCHMARK(BM_TagWarmCache)->Unit(benchmark::kMillisecond);

// A cold start on every pass: a fresh TaggerCache, so every distinct token of the corpus
// has its features extracted and weighed once per pass.
void BM_TagColdCache(benchmark::State& state) {
  const Fixture& f = GetFixture();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  const marsad::ner::Tagger tagger(*f.model);
  std::vector<AnalyzedDoc> docs(f.docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    docs[i].document.text = f.docs[i].document.text;
    marsad::text::Analyzer().Analyze(docs[i].document.text, &docs[i].analysis);
  }
  std::size_t expected = 0, mentions = 0;
  {
    marsad::ner::TaggerCache cache;
    expected = TagAll(tagger, &docs, &cache);
  }
  for (auto _ : state) {
    marsad::ner::TaggerCache cache;
    mentions = TagAll(tagger, &docs, &cache);
    benchmark::DoNotOptimize(mentions);
  }
  if (mentions != expected || mentions == 0) state.SkipWithError("mention count changed or zero");
  Report(state, f, mentions);
}
BENCHMARK(BM_TagColdCache)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
