// Story: one news story as the clusterer shows it — the articles that report one event or
// one continuing development, from any outlet and over several days — with its title,
// dates, entities, event series and related stories (the `marsad stories` record of
// ../shared/CONTRACT.md, without the summary, which stories::Summarizer adds).
#ifndef MARSAD_STORIES_STORY_H_
#define MARSAD_STORIES_STORY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/dates/civil_date.h"
#include "marsad/dates/date_finder.h"
#include "marsad/doc/document.h"
#include "marsad/doc/mention.h"

namespace marsad::stories {

struct StoryDoc {
  std::string id;
  std::string title;
  std::string source;
  std::optional<doc::Timestamp> published;
  std::optional<dates::CivilDate> event_day;  // DocProfile::event_day
  std::optional<std::string> duplicate_of;    // the article it duplicates, in this story
  float centrality = 0;                       // cosine to the story's centroid (0 for duplicates)
};

struct StoryEntity {
  std::optional<EntityId> entity;  // resolved entity, when entity resolution ran
  std::string name;                // as first written
  doc::EntityType type = doc::EntityType::kPerson;
  std::uint32_t docs = 0;          // articles of the story that mention it
};

struct StoryEvent {
  std::string key;   // EventKey::Key(): "ستن#7"
  std::string name;  // the series as first written: "أستانا"
  int number = 0;
  std::uint32_t docs = 0;
};

struct StoryDate {
  dates::CivilDate date;
  dates::Granularity granularity = dates::Granularity::kDay;
  std::uint32_t docs = 0;  // articles that mention it
};

struct Story {
  StoryId id;
  std::string title;             // the title of its most central article
  std::vector<StoryDoc> docs;    // by publication time, then id
  // The first reported event day of its articles, and the last publication day.
  std::optional<dates::CivilDate> start, end;
  std::vector<StoryEntity> entities;  // most widely mentioned first
  std::vector<StoryEvent> events;     // numbered event series it reports
  std::vector<StoryId> related;       // other stories of the same event series (any number)
  std::vector<std::string> terms;     // its strongest terms (stems), strongest first
  std::vector<StoryDate> dates;       // dates its articles mention, most mentioned first
  std::vector<std::string> sources;   // distinct outlets, by first article
};

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_STORY_H_
