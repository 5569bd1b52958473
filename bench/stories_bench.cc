// The two halves of the stories stage, timed apart on the articles of
// ../shared/data/ant-multisource-news (the first MARSAD_BENCH_DOCS articles of each outlet,
// default 1,000; skipped when the corpus is absent): BM_ProfileBuild builds each article's
// profile from its analysis (the stage's Process, on the worker threads) and BM_Cluster
// adds the profiles, in publication order, to a fresh clusterer (its ProcessInOrder, on
// the stage's lane). The articles are analysed once beforehand, as ingest has done by the
// time the stage runs. The benchmarks check their work: features per profile and stories
// made are reported and must be non-zero.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

#include "ant_articles.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/stories/clusterer.h"
#include "marsad/stories/doc_profile.h"
#include "marsad/text/analyzer.h"

namespace {

const marsad::text::Analyzer& TheAnalyzer() {
  static const auto* const analyzer = new marsad::text::Analyzer();
  return *analyzer;
}

const marsad::stories::ProfileBuilder& TheBuilder() {
  static const auto* const builder = new marsad::stories::ProfileBuilder(TheAnalyzer());
  return *builder;
}

// The articles, analysed, and their profiles in publication order.
struct Corpus {
  std::vector<marsad::doc::AnalyzedDoc> docs;
  std::vector<marsad::stories::DocProfile> profiles;
};

const Corpus& TheCorpus() {
  static const Corpus* const corpus = [] {
    auto* c = new Corpus();
    c->docs = marsad::bench::LoadAntArticles(TheAnalyzer(), 1000);
    marsad::text::AnalysisCache cache;
    for (const auto& d : c->docs) c->profiles.push_back(TheBuilder().Build(d, &cache));
    std::stable_sort(c->profiles.begin(), c->profiles.end(), [](const auto& a, const auto& b) {
      return a.published.value_or(marsad::doc::Timestamp{}) < b.published.value_or(marsad::doc::Timestamp{});
    });
    return c;
  }();
  return *corpus;
}

void BM_ProfileBuild(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (corpus.docs.empty()) {
    state.SkipWithError("no corpus under MARSAD_SHARED_DATA_DIR/ant-multisource-news");
    return;
  }
  marsad::text::AnalysisCache cache;  // the worker's: titles are analysed with it
  std::size_t features = 0;
  for (auto _ : state) {
    for (const auto& d : corpus.docs) {
      const marsad::stories::DocProfile p = TheBuilder().Build(d, &cache);
      features += p.features.size();
      benchmark::DoNotOptimize(p);
    }
  }
  if (features == 0) state.SkipWithError("no features in any profile");
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * corpus.docs.size()));
  state.counters["features_per_doc"] =
      static_cast<double>(features) / static_cast<double>(state.iterations() * corpus.docs.size());
}
BENCHMARK(BM_ProfileBuild)->Unit(benchmark::kMillisecond);

void BM_Cluster(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (corpus.profiles.empty()) {
    state.SkipWithError("no corpus under MARSAD_SHARED_DATA_DIR/ant-multisource-news");
    return;
  }
  std::size_t stories = 0;
  for (auto _ : state) {
    marsad::stories::StoryClusterer clusterer;
    clusterer.set_journal(true);  // as the stage runs it: every Add is recorded for the delta
    for (const auto& p : corpus.profiles) stories += clusterer.Add(p).new_story ? 1 : 0;
    benchmark::DoNotOptimize(clusterer.TakeDelta());
  }
  if (stories == 0) state.SkipWithError("no story made");
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * corpus.profiles.size()));
  state.counters["stories"] = static_cast<double>(stories) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Cluster)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
