// DocProfile: what story clustering needs to know about one article, built in parallel by
// ProfileBuilder from the article's analysis (the table-free half of the stories stage,
// as entities::Resolver::Prepare is for entities): its weighted terms (light stems of the
// title, the lead and the body, without stopwords), its named entities (resolved entity
// ids, else the spelling-variant keys of its name mentions), its numbered event series
// (EventKeyFinder), the dates it mentions (dates::DateFinder, relative ones resolved
// against the publication day) and the day of the event it reports.
//
// Pipeline stage half:  // Requires: analysis (+ mentions, mention.entity when present).
//                       // Assigns: nothing; returns the profile StoryClusterer::Add takes.
#ifndef MARSAD_STORIES_DOC_PROFILE_H_
#define MARSAD_STORIES_DOC_PROFILE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/dates/civil_date.h"
#include "marsad/dates/date_finder.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/stories/event_keys.h"
#include "marsad/stories/story_lexicon.h"
#include "marsad/text/analyzer.h"

namespace marsad::stories {

// DO NOT REORDER: stored (the first byte of a feature's key in the stories state).
enum class FeatureKind : std::uint8_t {
  kTerm = 0,    // a light stem
  kEntity = 1,  // a resolved entity id (decimal)
  kName = 2,    // the spelling-variant key of an unresolved name mention
  kEvent = 3,   // a named event key, EventKey::Key()
  kDay = 4,     // the day of the reported event (days since 1970-01-01, decimal)
};

struct Feature {
  FeatureKind kind = FeatureKind::kTerm;
  std::string key;
  float tf = 0;  // occurrences, with the title and lead boosts for terms
};

// A named thing the article mentions, for the entity lists of stories and timelines.
struct NamedRef {
  std::optional<EntityId> entity;  // when entity resolution ran
  std::string key;                 // feature key: entity id, or the name's variant key
  std::string name;                // as first written in the article
  doc::EntityType type = doc::EntityType::kPerson;
  std::uint32_t count = 0;         // mentions in the article
};

// A date the article mentions, resolved.
struct DateRef {
  dates::CivilDate date;
  dates::Granularity granularity = dates::Granularity::kDay;
  bool relative = false;
  ByteSpan span;
};

struct DocProfile {
  std::string id;
  std::string title;
  std::string source;
  std::optional<doc::Timestamp> published;
  // The day the article reports: the first day-level date of its lead that lies within
  // ProfileOptions::event_day_window days before publication (الانتخابات التي جرت الأحد,
  // published on Monday → Sunday), else the publication day; nullopt without either.
  std::optional<dates::CivilDate> event_day;
  std::vector<DateRef> dates;       // of the lead (ProfileOptions::date_sentences), in text order
  std::vector<Feature> features;    // distinct (kind, key)
  std::vector<NamedRef> names;      // most mentioned first
  std::vector<EventKey> events;     // named and unnamed (only named ones are features)
  // Set by the caller when ingest found this article to duplicate a stored one: the
  // article then joins the original's story and adds nothing to its vector.
  std::optional<std::string> duplicate_of;
};

// Defaults in parentheses.
struct ProfileOptions {
  float title_boost = 2.0F;   // a title word counts as this many body words (2)
  float lead_boost = 1.0F;    // extra count of a word in the lead (1)
  int lead_sentences = 2;     // sentences of the lead (2)
  int event_day_window = 7;   // see DocProfile::event_day (7)
  // Dates are read in the first sentences only: reading a whole article costs about as
  // much as analysing it, and the lead is where news states when things happened (3).
  int date_sentences = 3;
  std::size_t max_dates = 32; // dates kept per article (32)
  std::size_t min_term_bytes = 4;  // shorter stems are left out: 2 Arabic letters (4)
  // When the document has no name mentions (no name tagger ran): the variant keys of
  // Arabic words without the article stand in for names (true).
  bool name_stand_in = true;
  std::size_t min_name_key_bytes = 6;  // keys of 3 letters at least (6)
};

// Immutable after construction; thread-safe (Build may run on many threads at once).
class ProfileBuilder {
 public:
  // `analyzer` must outlive the builder and be the one that analysed the documents (search
  // normalization); so must `lexicon` and `date_finder`.
  explicit ProfileBuilder(const text::Analyzer& analyzer, ProfileOptions options = {},
                          const StoryLexicon& lexicon = StoryLexicon::Default(),
                          const dates::DateFinder& date_finder = dates::DateFinder::Default());

  // The profile of `doc`. REQUIRES: doc.analysis is of doc.document.text by `analyzer`.
  // The title is analysed here (with `cache` when given: one per thread). Never fails.
  DocProfile Build(const doc::AnalyzedDoc& doc, text::AnalysisCache* cache = nullptr) const;

  // True when the analysed token `i` is a content word that counts as a story term, and
  // sets *stem to it. Used by the summarizer so that its sentence vectors agree.
  bool TermOf(const text::TextAnalysis& analysis, std::size_t i, std::string_view* stem) const;

  const ProfileOptions& options() const { return options_; }
  const StoryLexicon& lexicon() const { return lexicon_; }
  const text::Analyzer& analyzer() const { return analyzer_; }

 private:
  const text::Analyzer& analyzer_;
  ProfileOptions options_;
  const StoryLexicon& lexicon_;
  const dates::DateFinder& date_finder_;
  EventKeyFinder events_;
};

// The search-normalized variant key of a mention: the keys of its tokens joined by a space.
std::string MentionKey(const text::TextAnalysis& analysis, const doc::Mention& m);

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_DOC_PROFILE_H_
