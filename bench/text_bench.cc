// Micro-benchmarks of the text module's stages on a fixed Arabic news paragraph (written
// for marsad). Each reports bytes/s; the benchmark checks the work it did.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "marsad/text/analyzer.h"
#include "marsad/text/tokenizer.h"

namespace {

std::string Paragraph() {
  std::string p =
      "قال رئيس الوفد الروسي ألكسندر لافرينتيف في مؤتمر صحفي في أستانا، الخميس 14 سبتمبر "
      "2017: “نأمل أن تنتهي هذه الجولة بالاتفاق على حدود منطقة خفض التصعيد في إدلب”. "
      "وأضاف أن المراقبين سيأتون من روسيا وتركيا وإيران، مشيرا إلى أن الاتفاق يشمل أربع "
      "مناطق في سوريا. من جهته، أكد رئيس وفد الحكومة السورية بشار الجعفري أن دمشق "
      "«تتعامل بإيجابية» مع المبادرة.\n";
  std::string text;
  for (int i = 0; i < 64; ++i) text += p;
  return text;
}

void BM_Tokenize(benchmark::State& state) {
  const std::string text = Paragraph();
  std::vector<marsad::text::Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    marsad::text::Tokenize(text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  if (tokens.size() != 64 * 71) state.SkipWithError("unexpected token count");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize);

void BM_AnalyzeUncached(benchmark::State& state) {
  const std::string text = Paragraph();
  const marsad::text::Analyzer analyzer;
  marsad::text::TextAnalysis a;
  for (auto _ : state) {
    analyzer.Analyze(text, &a);
    benchmark::DoNotOptimize(a.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_AnalyzeUncached);

void BM_AnalyzeCached(benchmark::State& state) {
  const std::string text = Paragraph();
  const marsad::text::Analyzer analyzer;
  marsad::text::TextAnalysis a;
  marsad::text::AnalysisCache cache;
  for (auto _ : state) {
    analyzer.Analyze(text, &a, &cache);
    benchmark::DoNotOptimize(a.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_AnalyzeCached);

}  // namespace

BENCHMARK_MAIN();
