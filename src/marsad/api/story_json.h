// JSON shapes of `marsad stories --json` (../shared/CONTRACT.md) and of the timelines, shared
// by the command line and GET /api/stories, /api/stories/{id} and /api/timeline.
#ifndef MARSAD_API_STORY_JSON_H_
#define MARSAD_API_STORY_JSON_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "marsad/api/story_queries.h"
#include "marsad/stories/timeline.h"

namespace marsad::api {

// One element of `marsad stories --json`: {"id","title","docs","start","end","entities",
// "summary"} plus "summary_sentences" [{"doc","source","text","start","end","quote"}],
// "events" [{"name","number"}], "related", "sources" and "timeline" (TimelineToJson). Dates
// are ISO 8601 days or null.
nlohmann::json StoryToJson(const StoryDetail& detail);

// A timeline: [{"kind": "article"|"quote", "date", "doc", "source", "title"} plus "text" and
// "speaker" for quotes].
nlohmann::json TimelineToJson(const std::vector<stories::TimelineEntry>& timeline);

// Per-day counts: [{"date", "count", "articles", "quotes"}] (count = articles + quotes).
nlohmann::json TimelineDaysToJson(const std::vector<TimelineDay>& days);

}  // namespace marsad::api

#endif  // MARSAD_API_STORY_JSON_H_
