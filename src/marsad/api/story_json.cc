// JSON for stories and timelines; see story_json.h.
#include "marsad/api/story_json.h"

#include <optional>

#include "marsad/dates/civil_date.h"
#include "marsad/doc/mention.h"

namespace marsad::api {
namespace {

nlohmann::json IsoOrNull(const std::optional<dates::CivilDate>& d) {
  return d ? nlohmann::json(dates::ToIsoString(*d)) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json TimelineToJson(const std::vector<stories::TimelineEntry>& timeline) {
  nlohmann::json tl = nlohmann::json::array();
  for (const stories::TimelineEntry& e : timeline) {
    nlohmann::json t = {{"kind", stories::TimelineKindName(e.kind)},
                        {"date", IsoOrNull(e.date)},
                        {"doc", e.doc},
                        {"source", e.source},
                        {"title", e.title}};
    if (e.kind == stories::TimelineKind::kQuote) {
      t["text"] = e.text;
      t["speaker"] = e.speaker;
    }
    tl.push_back(std::move(t));
  }
  return tl;
}

nlohmann::json TimelineDaysToJson(const std::vector<TimelineDay>& days) {
  nlohmann::json out = nlohmann::json::array();
  for (const TimelineDay& d : days) {
    out.push_back({{"date", dates::ToIsoString(d.date)},
                   {"count", d.articles + d.quotes},
                   {"articles", d.articles},
                   {"quotes", d.quotes}});
  }
  return out;
}

nlohmann::json StoryToJson(const StoryDetail& detail) {
  const stories::Story& st = detail.story;
  nlohmann::json j;
  j["id"] = st.id.value();
  j["title"] = st.title;
  nlohmann::json ids = nlohmann::json::array();
  for (const stories::StoryDoc& d : st.docs) ids.push_back(d.id);
  j["docs"] = ids;
  j["start"] = IsoOrNull(st.start);
  j["end"] = IsoOrNull(st.end);
  nlohmann::json ents = nlohmann::json::array();
  for (const stories::StoryEntity& e : st.entities) {
    ents.push_back({{"entity", e.entity ? nlohmann::json(e.entity->value()) : nlohmann::json(nullptr)},
                    {"name", e.name},
                    {"type", doc::EntityTypeName(e.type)},
                    {"docs", e.docs}});
  }
  j["entities"] = ents;
  j["summary"] = stories::JoinSummary(detail.summary);
  nlohmann::json sents = nlohmann::json::array();
  for (const stories::SummarySentence& s : detail.summary) {
    sents.push_back({{"doc", s.doc}, {"source", s.source}, {"text", s.text}, {"start", s.span.begin},
                     {"end", s.span.end}, {"quote", s.quote}});
  }
  j["summary_sentences"] = sents;
  nlohmann::json events = nlohmann::json::array();
  for (const stories::StoryEvent& e : st.events) events.push_back({{"name", e.name}, {"number", e.number}});
  j["events"] = events;
  nlohmann::json related = nlohmann::json::array();
  for (StoryId r : st.related) related.push_back(r.value());
  j["related"] = related;
  j["sources"] = st.sources;
  j["timeline"] = TimelineToJson(detail.timeline);
  return j;
}

}  // namespace marsad::api
