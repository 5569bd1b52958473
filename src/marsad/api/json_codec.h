// JSON shapes of the command-line contract (../shared/CONTRACT.md). Typed structs inside
// marsad, JSON only here at the edge.
#ifndef MARSAD_API_JSON_CODEC_H_
#define MARSAD_API_JSON_CODEC_H_

#include <nlohmann/json.hpp>
#include <string_view>

#include "marsad/text/analyzer.h"

namespace marsad::api {

// {"tokens": [{"text","start","end","norm","stem","key","kind"}], "sentences": [[s,e],...]}
nlohmann::json AnalysisToJson(std::string_view text, const text::TextAnalysis& analysis);

}  // namespace marsad::api

#endif  // MARSAD_API_JSON_CODEC_H_
