// JSON codecs; see json_codec.h.
#include "marsad/api/json_codec.h"

#include "marsad/api/quote_json.h"

#include <ctime>

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

nlohmann::json IngestSummaryToJson(const engine::IngestSummary& s) {
  nlohmann::json errors = nlohmann::json::array();
  for (const ingest::ItemError& e : s.errors) {
    errors.push_back({{"path", e.path}, {"line", e.line}, {"error", e.error}});
  }
  const std::size_t processed = s.ingested + s.replaced + s.duplicates + s.skipped;
  nlohmann::json stage_cpu = nlohmann::json::object();
  for (const auto& [name, seconds] : s.stage_cpu_seconds) stage_cpu[name] = seconds;
  return {{"ingested", s.ingested},
          {"replaced", s.replaced},
          {"duplicates", s.duplicates},
          {"skipped", s.skipped},
          {"errors", std::move(errors)},
          {"seconds", s.seconds},
          {"empty_text", s.empty_text},
          {"exact_duplicates", s.exact_duplicates},
          {"near_duplicates", s.near_duplicates},
          {"boilerplate_lines", s.boilerplate_lines},
          {"learned_lines", s.learned_lines},
          {"tokens", s.tokens},
          {"bytes", s.bytes},
          {"docs_per_s", s.seconds > 0 ? static_cast<double>(processed) / s.seconds : 0.0},
          {"cpu_seconds", s.cpu_seconds},
          {"stage_cpu_seconds", std::move(stage_cpu)},
          {"store_write_cpu_seconds", s.store_write_cpu_seconds}};
}

std::string IsoDateTime(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

nlohmann::json DocumentToJson(const store::DocumentRow& d, const std::vector<doc::Quote>& quotes) {
  nlohmann::json qs = nlohmann::json::array();
  for (const doc::Quote& q : quotes) qs.push_back(QuoteToJson(d.id, d.text, q));
  return {{"id", d.id},
          {"title", d.title},
          {"date", d.published ? nlohmann::json(IsoDateTime(*d.published)) : nlohmann::json(nullptr)},
          {"source", d.source},
          {"url", d.url},
          {"text", d.text},
          {"entities", nlohmann::json::array()},
          {"quotes", std::move(qs)},
          {"story", nullptr},
          {"author", d.author},
          {"category", d.category},
          {"origin", d.origin}};
}

nlohmann::json EntityToJson(const entities::Entity& e, std::string_view latin) {
  return {{"id", e.id.value()},
          {"type", doc::EntityTypeName(e.type)},
          {"name", e.name},
          {"latin", latin.empty() ? nlohmann::json(nullptr) : nlohmann::json(latin)},
          {"variants", e.variants},
          {"titles", e.titles},
          {"docs", e.docs},
          {"mentions", e.mentions}};
}

nlohmann::json DocumentToJson(const store::DocumentRow& d, const std::vector<doc::Quote>& quotes,
                              const std::vector<doc::Mention>& mentions) {
  nlohmann::json j = DocumentToJson(d, quotes);
  nlohmann::json ms = nlohmann::json::array();
  for (const doc::Mention& m : mentions) {
    if (m.span.end > d.text.size() || m.span.begin > m.span.end) continue;
    const char* kind = m.kind == doc::MentionKind::kName ? "name" : m.kind == doc::MentionKind::kTitle ? "title" : "pronoun";
    ms.push_back({{"start", m.span.begin},
                  {"end", m.span.end},
                  {"text", m.span.In(d.text)},
                  {"type", doc::EntityTypeName(m.type)},
                  {"kind", kind},
                  {"entity", m.entity ? nlohmann::json(m.entity->value()) : nlohmann::json(nullptr)}});
  }
  j["mentions"] = std::move(ms);
  return j;
}

nlohmann::json DocumentRecordToJson(const DocumentRecord& record, const translit::Transliterator* latin) {
  nlohmann::json j = DocumentToJson(record.row, record.quotes, record.mentions);
  if (record.story) j["story"] = record.story->value();
  nlohmann::json es = nlohmann::json::array();
  for (const entities::Entity& e : record.entities) {
    es.push_back(EntityToJson(e, latin != nullptr ? latin->Render(e.name) : std::string()));
  }
  j["entities"] = std::move(es);
  return j;
}

nlohmann::json DocumentListToJson(std::size_t total, std::size_t offset, const std::vector<store::DocumentRow>& docs) {
  nlohmann::json list = nlohmann::json::array();
  for (const store::DocumentRow& d : docs) {
    list.push_back({{"id", d.id},
                    {"title", d.title},
                    {"date", d.published ? nlohmann::json(IsoDateTime(*d.published)) : nlohmann::json(nullptr)},
                    {"source", d.source},
                    {"url", d.url},
                    {"category", d.category}});
  }
  return {{"total", total}, {"offset", offset}, {"docs", std::move(list)}};
}

}  // namespace marsad::api
