// Timeline: the dated sequence of a story's (or an entity's) articles and quotes. An article
// is placed on the day of the event it reports (DocProfile::event_day: الانتخابات التي جرت
// الأحد, published on Monday, is Sunday); a quote on the day its sentence names (قال
// الأربعاء), else on its article's day. Entries of one day keep publication order.
#ifndef MARSAD_STORIES_TIMELINE_H_
#define MARSAD_STORIES_TIMELINE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/dates/civil_date.h"
#include "marsad/dates/date_finder.h"
#include "marsad/doc/analyzed_doc.h"

namespace marsad::stories {

enum class TimelineKind : std::uint8_t { kArticle = 0, kQuote = 1 };
std::string_view TimelineKindName(TimelineKind k);  // "article", "quote"

struct TimelineEntry {
  TimelineKind kind = TimelineKind::kArticle;
  std::optional<dates::CivilDate> date;      // the day it happened (nullopt: undated)
  std::optional<doc::Timestamp> published;   // of its article
  std::string doc;                           // article id
  std::string source;
  std::string title;                         // of the article
  // Quotes only:
  std::string text;                          // the quoted or reported words
  ByteSpan span;                             // of `text` in the article
  doc::QuoteKind quote_kind = doc::QuoteKind::kDirect;
  std::string speaker;                       // the speaker's name (canonical, else as written)
  std::optional<EntityId> speaker_entity;
};

// Which entries a timeline holds. Empty fields do not filter.
struct TimelineOptions {
  bool articles = true;
  bool quotes = true;
  // Quotes by one speaker only: the resolved entity, or (without entity ids) the
  // spelling-variant key of the speaker's name as written ("بتن").
  std::optional<EntityId> speaker;
  std::string speaker_key;
  std::optional<dates::CivilDate> since, until;  // by the entry's date
  int quote_day_window = 7;  // a day named in a quote's sentence at most this many days
                             // before publication (or one after) dates the quote (7)
};

// One article of a timeline: its analysis (for quotes and the dates of their sentences)
// and the day of the event it reports (DocProfile::event_day, or its publication day).
struct TimelineDoc {
  const doc::AnalyzedDoc* doc = nullptr;
  std::optional<dates::CivilDate> event_day;
};

// The entries of `docs` in time order: by date (undated last), then publication time, then
// article id, then position in the article. Thread-safe.
std::vector<TimelineEntry> BuildTimeline(std::span<const TimelineDoc> docs,
                                         const TimelineOptions& options = {},
                                         const dates::DateFinder& finder = dates::DateFinder::Default());

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_TIMELINE_H_
