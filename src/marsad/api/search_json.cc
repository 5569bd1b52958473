// JSON for search responses; see search_json.h.
#include "marsad/api/search_json.h"

#include <algorithm>
#include <cmath>

#include "marsad/api/json_codec.h"

namespace marsad::api {

nlohmann::json SearchResponseToJson(const engine::SearchResponse& r) {
  nlohmann::json hits = nlohmann::json::array();
  for (const engine::SearchHitView& h : r.hits) {
    nlohmann::json hl = nlohmann::json::array();
    for (const ByteSpan& s : h.snippet.highlights) hl.push_back({s.begin, s.end});
    hits.push_back({{"id", h.id},
                    {"score", h.score},
                    {"title", h.title},
                    {"date", h.date ? nlohmann::json(IsoDateTime(*h.date)) : nlohmann::json(nullptr)},
                    {"source", h.source},
                    {"snippet", h.snippet.text},
                    {"snippet_start", h.snippet.window.begin},
                    {"highlights", std::move(hl)}});
  }
  return {{"query", r.query},          {"total", r.total},
          {"took_ms", r.took_ms},      {"hits", std::move(hits)},
          {"total_exact", r.total_exact}, {"warnings", r.warnings}};
}

nlohmann::json BatchLatencyToJson(std::vector<double> ms, double seconds) {
  std::sort(ms.begin(), ms.end());
  // Nearest-rank percentile.
  auto pct = [&](double p) {
    if (ms.empty()) return 0.0;
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(ms.size())));
    return ms[std::min(ms.size(), std::max<std::size_t>(rank, 1)) - 1];
  };
  double sum = 0;
  for (double v : ms) sum += v;
  return {{"queries", ms.size()},
          {"seconds", seconds},
          {"mean_ms", ms.empty() ? 0.0 : sum / static_cast<double>(ms.size())},
          {"p50_ms", pct(50)},
          {"p95_ms", pct(95)},
          {"p99_ms", pct(99)}};
}

}  // namespace marsad::api
