// JSON codecs; see json_codec.h.
#include "marsad/api/json_codec.h"

namespace marsad::api {

nlohmann::json AnalysisToJson(std::string_view text, const text::TextAnalysis& analysis) {
  nlohmann::json tokens = nlohmann::json::array();
  for (std::size_t i = 0; i < analysis.tokens.size(); ++i) {
    const text::Token& t = analysis.tokens[i].token;
    tokens.push_back({{"text", t.In(text)},
                      {"start", t.begin},
                      {"end", t.end},
                      {"norm", analysis.norm(i)},
                      {"stem", analysis.stem(i)},
                      {"key", analysis.key(i)},
                      {"kind", text::TokenKindName(t.kind)}});
  }
  nlohmann::json sentences = nlohmann::json::array();
  for (const text::Sentence& s : analysis.sentences) {
    sentences.push_back({s.span.begin, s.span.end});
  }
  return {{"tokens", std::move(tokens)}, {"sentences", std::move(sentences)}};
}

}  // namespace marsad::api
