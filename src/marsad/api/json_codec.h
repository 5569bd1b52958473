// JSON shapes of the command-line contract (../shared/CONTRACT.md). Typed structs inside
// marsad, JSON only here at the edge.
#ifndef MARSAD_API_JSON_CODEC_H_
#define MARSAD_API_JSON_CODEC_H_

#include <nlohmann/json.hpp>
#include <string_view>

#include "marsad/doc/mention.h"
#include "marsad/doc/quote.h"
#include "marsad/engine/ingest_job.h"
#include "marsad/api/queries.h"
#include "marsad/entities/entity.h"
#include "marsad/translit/transliterator.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"

namespace marsad::api {

// {"tokens": [{"text","start","end","norm","stem","key","kind"}], "sentences": [[s,e],...]}
nlohmann::json AnalysisToJson(std::string_view text, const text::TextAnalysis& analysis);

// `marsad ingest --json`: {"ingested","replaced","duplicates","skipped","errors":[{"path",
// "line","error"}],"seconds"} plus "empty_text", "exact_duplicates", "near_duplicates",
// "boilerplate_lines", "learned_lines", "tokens", "bytes", "docs_per_s", "cpu_seconds",
// "stage_cpu_seconds": {"analysis": S, "<stage>": S, ...}, "store_write_cpu_seconds".
nlohmann::json IngestSummaryToJson(const engine::IngestSummary& summary);

// `marsad show --json`: {"id","title","date","source","url","text","entities":[],"quotes":[],
// "story"} plus "author", "category", "origin". `date` is ISO 8601 UTC or null; quotes as
// `marsad quotes` prints them.
nlohmann::json DocumentToJson(const store::DocumentRow& doc, const std::vector<doc::Quote>& quotes);

// `marsad entities --json` (one element): {"id","type","name","latin","variants","titles",
// "docs","mentions"}; `latin` is null when empty (no transliteration model).
nlohmann::json EntityToJson(const entities::Entity& entity, std::string_view latin);

// DocumentToJson plus "mentions": [{"start","end","text","type","kind","entity"}] (UTF-8
// byte offsets into "text"; `entity` null until entity resolution ran): what `marsad show
// --json` and GET /api/docs/{id} print.
nlohmann::json DocumentToJson(const store::DocumentRow& doc, const std::vector<doc::Quote>& quotes,
                              const std::vector<doc::Mention>& mentions);

// The document JSON of `marsad show --json` and GET /api/docs/{id}: DocumentToJson with
// mentions, plus "story" and "entities" (EntityToJson, `latin` rendered by `latin` when given).
nlohmann::json DocumentRecordToJson(const DocumentRecord& record, const translit::Transliterator* latin);

// `GET /api/docs`: {"total": N, "offset": O, "docs": [{"id","title","date","source","url",
// "category"}]} for a page of documents (their text is not included).
nlohmann::json DocumentListToJson(std::size_t total, std::size_t offset, const std::vector<store::DocumentRow>& docs);

// "2018-02-26T02:20:10Z" for seconds since the epoch.
std::string IsoDateTime(std::int64_t seconds);

}  // namespace marsad::api

#endif  // MARSAD_API_JSON_CODEC_H_
