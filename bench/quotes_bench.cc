// Quote extraction speed beside text analysis, on the article bodies of
// ../shared/data/ant-multisource-news (the first MARSAD_BENCH_DOCS articles of each outlet,
// default 400; skipped when the corpus is absent). As in the pipeline, each document is
// analysed and then its quotes extracted: BM_Analyze does the first, BM_AnalyzeAndExtract
// both, over the same texts, so (time of the second - time of the first) / time of the first
// is what extraction adds to analysis. BM_ExtractOnly extracts from documents analysed long
// before (their strings are out of the CPU caches: an upper bound). The benchmarks check
// their work: the number of quotes found is reported and must be non-zero.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <utility>
#include <vector>

#include "ant_articles.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/quotes/extractor.h"
#include "marsad/text/analyzer.h"

namespace {

const marsad::text::Analyzer& TheAnalyzer() {
  static const auto* const analyzer = new marsad::text::Analyzer();
  return *analyzer;
}

const marsad::quotes::Extractor& TheExtractor() {
  static const auto* const extractor = [] {
    auto e = marsad::quotes::Extractor::Create(TheAnalyzer());
    if (!e.ok()) std::abort();
    return new marsad::quotes::Extractor(std::move(e).value());
  }();
  return *extractor;
}

// The corpus texts, analysed once.
struct Corpus {
  std::vector<marsad::doc::AnalyzedDoc> docs;
  std::size_t bytes = 0;
};

const Corpus& TheCorpus() {
  static const Corpus* const corpus = [] {
    auto* c = new Corpus();
    c->docs = marsad::bench::LoadAntArticles(TheAnalyzer(), 400);
    for (const auto& d : c->docs) c->bytes += d.document.text.size();
    return c;
  }();
  return *corpus;
}

void BM_Analyze(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (corpus.docs.empty()) {
    state.SkipWithError("no corpus under MARSAD_SHARED_DATA_DIR/ant-multisource-news");
    return;
  }
  marsad::text::AnalysisCache cache;
  marsad::doc::AnalyzedDoc work;
  for (auto _ : state) {
    for (const auto& d : corpus.docs) {
      TheAnalyzer().Analyze(d.document.text, &work.analysis, &cache);
      work.document.text = d.document.text;
      benchmark::DoNotOptimize(work.analysis.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

void BM_AnalyzeAndExtract(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (corpus.docs.empty()) {
    state.SkipWithError("no corpus under MARSAD_SHARED_DATA_DIR/ant-multisource-news");
    return;
  }
  marsad::text::AnalysisCache cache;
  marsad::quotes::ExtractScratch scratch;
  marsad::doc::AnalyzedDoc work;
  std::size_t quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (const auto& d : corpus.docs) {
      TheAnalyzer().Analyze(d.document.text, &work.analysis, &cache);
      work.document.text = d.document.text;  // the text the analysis refers to (a copy, as ingest has)
      auto q = TheExtractor().Extract(work, nullptr, &scratch);
      quotes += q.size();
      benchmark::DoNotOptimize(q.data());
    }
  }
  if (quotes == 0) state.SkipWithError("no quotes found: the extractor did no work");
  state.counters["quotes"] = static_cast<double>(quotes);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

void BM_ExtractOnly(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (corpus.docs.empty()) {
    state.SkipWithError("no corpus under MARSAD_SHARED_DATA_DIR/ant-multisource-news");
    return;
  }
  marsad::quotes::ExtractScratch scratch;
  std::size_t quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (const auto& d : corpus.docs) {
      auto q = TheExtractor().Extract(d, nullptr, &scratch);
      quotes += q.size();
      benchmark::DoNotOptimize(q.data());
    }
  }
  if (quotes == 0) state.SkipWithError("no quotes found: the extractor did no work");
  state.counters["docs"] = static_cast<double>(corpus.docs.size());
  state.counters["quotes"] = static_cast<double>(quotes);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

}  // namespace

// MARSAD_BENCH_ITERATIONS=N fixes the iterations (for instruction counts under callgrind,
// which a loaded shared machine does not disturb).
int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const char* it_env = std::getenv("MARSAD_BENCH_ITERATIONS");
  const long iterations = it_env != nullptr ? std::strtol(it_env, nullptr, 10) : 0;
  for (auto [name, fn] : {std::pair<const char*, void (*)(benchmark::State&)>{"BM_Analyze", BM_Analyze},
                          {"BM_AnalyzeAndExtract", BM_AnalyzeAndExtract},
                          {"BM_ExtractOnly", BM_ExtractOnly}}) {
    auto* b = benchmark::RegisterBenchmark(name, fn)->Unit(benchmark::kMillisecond);
    if (iterations > 0) b->Iterations(iterations);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
