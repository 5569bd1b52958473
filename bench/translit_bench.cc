// Micro-benchmarks of the transliteration model (data/models/translit_ar_en.bin.zst):
// loading it, and rendering names from news (items/s = names or words per second).
// Each checks the work it did.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "marsad/translit/transliterator.h"

namespace {

const std::string kModel = std::string(MARSAD_SOURCE_DIR) + "/data/models/translit_ar_en.bin.zst";

// Names of people and places as Arabic news write them (one to three words).
const std::vector<std::string> kNames = {
    "ألكسندر لافرينتيف", "أستانا",        "بشار الجعفري",      "سيرغي لافروف",
    "ستيفان دي ميستورا", "كازاخستان",     "محمد علوش",          "إدلب",
    "رجب طيب أردوغان",   "حسن روحاني",    "فلاديمير بوتين",     "نور سلطان نزارباييف",
    "أنطونيو غوتيريش",   "دمشق",          "جبهة النصرة",        "هيئة تحرير الشام",
};

void BM_Load(benchmark::State& state) {
  for (auto _ : state) {
    auto t = marsad::translit::Transliterator::Load(*marsad::io::Env::Default(), kModel);
    if (!t.ok()) {
      state.SkipWithError(t.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(&*t);
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

void BM_RenderName(benchmark::State& state) {
  auto t = marsad::translit::Transliterator::Load(*marsad::io::Env::Default(), kModel);
  if (!t.ok()) {
    state.SkipWithError(t.status().ToString().c_str());
    return;
  }
  std::size_t words = 0, empty = 0;
  for (auto _ : state) {
    for (const std::string& name : kNames) {
      const std::string latin = t->Render(name);
      empty += latin.empty() ? 1 : 0;
      benchmark::DoNotOptimize(latin.data());
    }
    words += 32;  // words in kNames
  }
  if (empty != 0) state.SkipWithError("a name rendered empty");
  if (t->Render("أستانا") != "Astana") state.SkipWithError("أستانا is not Astana");
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kNames.size()));
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RenderName);

}  // namespace

BENCHMARK_MAIN();
