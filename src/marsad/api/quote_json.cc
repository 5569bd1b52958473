// JSON shape of a quote; see quote_json.h.
#include "marsad/api/quote_json.h"

namespace marsad::api {

std::string_view QuoteKindName(doc::QuoteKind kind) {
  return kind == doc::QuoteKind::kDirect ? "direct" : "indirect";
}

nlohmann::json QuoteToJson(std::string_view doc_id, std::string_view doc_text, const doc::Quote& quote) {
  nlohmann::json speaker = {{"entity", nullptr}, {"name", nullptr}, {"mention", nullptr}};
  if (quote.speaker.entity) speaker["entity"] = quote.speaker.entity->value();
  if (!quote.speaker.name.empty()) speaker["name"] = quote.speaker.name;
  if (quote.speaker.mention && quote.speaker.mention->end <= doc_text.size()) {
    speaker["mention"] = quote.speaker.mention->In(doc_text);
  }
  nlohmann::json text = nullptr;
  if (quote.span.end <= doc_text.size()) text = quote.span.In(doc_text);
  return {{"doc", doc_id},       {"kind", QuoteKindName(quote.kind)}, {"text", std::move(text)},
          {"start", quote.span.begin}, {"end", quote.span.end},     {"speaker", std::move(speaker)}};
}

}  // namespace marsad::api
