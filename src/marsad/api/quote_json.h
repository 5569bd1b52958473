// JSON shape of a quote in the command-line contract (../shared/CONTRACT.md, `marsad quotes`):
// {"doc","kind","text","start","end","speaker":{"entity","name","mention"}}.
#ifndef MARSAD_API_QUOTE_JSON_H_
#define MARSAD_API_QUOTE_JSON_H_

#include <nlohmann/json.hpp>
#include <string_view>

#include "marsad/doc/quote.h"

namespace marsad::api {

// `doc_text` is the stored text of document `doc_id` that the quote's offsets refer to.
// speaker.entity is the entity id (a number) or null, speaker.name the canonical name or
// null, speaker.mention the words naming the speaker or null.
nlohmann::json QuoteToJson(std::string_view doc_id, std::string_view doc_text, const doc::Quote& quote);

std::string_view QuoteKindName(doc::QuoteKind kind);  // "direct" | "indirect"

}  // namespace marsad::api

#endif  // MARSAD_API_QUOTE_JSON_H_
