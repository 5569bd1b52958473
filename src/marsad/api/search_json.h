// JSON shapes of `marsad search` (../shared/CONTRACT.md), shared by the command line and
// `GET /api/search`.
#ifndef MARSAD_API_SEARCH_JSON_H_
#define MARSAD_API_SEARCH_JSON_H_

#include <nlohmann/json.hpp>

#include "marsad/engine/search_service.h"

namespace marsad::api {

// {"query","total","took_ms","hits":[{"id","score","title","date","source","snippet"}]}
// plus "total_exact", "warnings", and per hit "snippet_start" (the byte offset of the snippet
// in the stored text) and "highlights" ([[start, end], ...]: the matched words, as byte
// offsets in the stored text, as `marsad show` prints it). `date` is ISO 8601 UTC or null.
nlohmann::json SearchResponseToJson(const engine::SearchResponse& response);

// `marsad search --batch`: {"queries","seconds","mean_ms","p50_ms","p95_ms","p99_ms"}
// from the per-query latencies in milliseconds (any order).
nlohmann::json BatchLatencyToJson(std::vector<double> latencies_ms, double seconds);

}  // namespace marsad::api

#endif  // MARSAD_API_SEARCH_JSON_H_
