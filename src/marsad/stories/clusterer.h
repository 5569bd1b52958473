// StoryClusterer: groups articles into stories online, one article at a time, in any
// order of arrival — single-pass clustering with time decay, as in Topic Detection and
// Tracking (Allan et al., "Topic Detection and Tracking Pilot Study", 1998; Yang et al.,
// "A study on retrospective and on-line event detection", SIGIR 1998), with the time
// handled the way Europe Media Monitor does (Pouliquen et al., "Multilingual and
// cross-lingual news topic tracking", COLING 2004): a story is kept as daily slices, and an
// article is compared with the slices of the days around its own.
//
// Why this design (docs/stories.md gives the measurements):
//  - Articles arrive out of time order (an archive is read outlet by outlet; feeds lag), so
//    "recent" means near the article's own publication day, not near the last arrival. The
//    candidate index is keyed by (term, day): an article looks only at the days within
//    `window_days` of its own, whatever arrived before, and the work per article does not
//    grow with the size of the collection.
//  - Comparing with daily slices instead of one centroid per story keeps a long story from
//    drifting into a broad topic that swallows everything on its subject, while a story
//    that continues over days stays one story: each day's articles join through the slices
//    of the days before (or after) them.
//  - EMM's daily batch clustering needs a day's articles to be complete before it runs;
//    single-pass assigns a story the moment an article is ingested, with stable ids.
//
// An article is a vector of its strongest features (DocProfile): light stems weighted by
// TF-IDF (document frequencies from a TermStats, else counted here), its entities, event
// keys and event day, L2-normalized. It joins the story whose slice is most similar
// (cosine to the slice's centroid, times 1 - day_decay per day between them) if that
// reaches `threshold`; else it starts a new story. When it reaches `merge_threshold` for
// two stories, they are merged (the older id survives; the other resolves to it). An
// article whose vector is nearly that of an article of its story (`duplicate_similarity`),
// or that ingest declared a duplicate, joins as a duplicate: listed in the story, but not
// added to its slices, so syndicated copies do not weigh twice.
//
// Story ids are stable: a story keeps its id as articles arrive; ids are never reused; a
// merged story's id resolves to the survivor (Canonical). Adding an article whose id was
// added before replaces it.
//
// Not thread-safe: one writer (Add, Remove). Const methods may run concurrently when no
// writer runs. State: Encode/Decode, docs/formats/stories.md.
#ifndef MARSAD_STORIES_CLUSTERER_H_
#define MARSAD_STORIES_CLUSTERER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/base/result.h"
#include "marsad/stories/doc_profile.h"
#include "marsad/stories/story.h"
#include "marsad/stories/term_stats.h"

namespace marsad::stories {

// Defaults in parentheses; docs/stories.md shows how they were chosen.
struct ClustererOptions {
  std::size_t max_features = 60;  // strongest features kept per article (60)
  float threshold = 0.2F;         // similarity to join a story (0.2)
  float merge_threshold = 0.5F;   // similarity to two stories that merges them; > 1 never (0.5)
  int window_days = 3;            // days either side of an article whose slices it sees (3)
  float day_decay = 0.08F;        // similarity lost per day between article and slice (0.08)
  float entity_weight = 1.5F;     // weight of an entity feature relative to a term (1.5)
  float name_weight = 1.5F;       // weight of an unresolved name (1.5)
  float event_weight = 2.0F;      // weight of a named event key (2)
  float day_weight = 0.5F;        // weight of the event-day feature (0.5)
  float duplicate_similarity = 0.9F;  // cosine to an article of the story that makes a duplicate (0.9)
  // Document frequencies below this count as this: a word seen in one or two articles says
  // little about which story a third belongs to, and would dilute the vector (3).
  std::uint32_t min_df = 3;
  // A term that is another term with a leading ب/ل/ك/ف which the stemmer keeps (لبوتين,
  // كرئيس, بنزع) counts as that term when the shorter one is this many times more frequent
  // (and seen at least min_df times): the collection decides whether the letter is a clitic
  // (لبوت → بوت) or part of the word (لبنان stays) (4).
  float clitic_ratio = 4.0F;
  // With external TermStats: a cached idf is looked up again when DocCount has grown by
  // this share since (0.1).
  float idf_refresh = 0.1F;
};

// What Add did with an article.
struct Assignment {
  StoryId story;
  bool new_story = false;
  std::optional<std::string> duplicate_of;  // the article of the story it duplicates
  float similarity = 0;                     // to the story it joined; 0 for a new story
  std::vector<StoryId> merged;              // stories this article merged into `story`
  bool replaced = false;                    // an article with this id was there before
};

// Filters of List. Empty fields do not filter.
struct StoryFilter {
  std::optional<dates::CivilDate> since;  // stories whose [start, end] reaches this day
  std::optional<dates::CivilDate> until;  // ... or that begin on or before this day
  std::size_t min_docs = 1;
};

class StoryClusterer {
 public:
  // `term_stats`, when given, must outlive the clusterer; without it document frequencies
  // are counted from the articles added.
  explicit StoryClusterer(ClustererOptions options = {}, const TermStats* term_stats = nullptr);
  ~StoryClusterer();
  StoryClusterer(StoryClusterer&&) noexcept;
  StoryClusterer& operator=(StoryClusterer&&) noexcept;

  // Assigns the article to a story (see the header comment). An article whose
  // duplicate_of names an article added before joins that article's story as a duplicate;
  // an unknown duplicate_of is ignored. An article with an empty id is given none and
  // starts a story of its own. Writer only.
  Assignment Add(const DocProfile& profile);

  // Takes the article out of its story. False when the id is unknown. Writer only.
  bool Remove(std::string_view doc_id);

  // The (canonical) story of an article, or nullopt when the id is unknown.
  std::optional<StoryId> StoryOf(std::string_view doc_id) const;
  // The id a story is known by now: itself, or the story it was merged into.
  StoryId Canonical(StoryId id) const;
  // The story `id` (resolved by Canonical), or nullopt when unknown or empty.
  std::optional<Story> Get(StoryId id) const;
  // The stories passing `filter`, with the most articles first (ties: earlier start, then id).
  std::vector<Story> List(const StoryFilter& filter = {}) const;

  // The cosine of two articles' vectors (0 when either is unknown or a declared duplicate).
  float Similarity(std::string_view doc_a, std::string_view doc_b) const;
  // An article's vector: (feature, weight), strongest first; features print as their key
  // with a kind prefix for non-terms ("e:", "n:", "v:", "d:"). For explanations and tests.
  std::vector<std::pair<std::string, float>> VectorOf(std::string_view doc_id) const;

  std::size_t doc_count() const;    // articles in stories (duplicates included)
  std::size_t story_count() const;  // non-empty canonical stories
  const ClustererOptions& options() const;

  // The state as bytes (docs/formats/stories.md): versioned and checksummed.
  std::string Encode() const;

  // Incremental saving (docs/formats/stories.md, "delta"). With the journal on, every Add
  // and Remove is also recorded as it happens: the article's record as decided, the
  // features it introduced and the merges it caused. TakeDelta returns what was recorded
  // since the journal was turned on or last taken, and starts a new delta; ApplyDelta
  // replays it onto the state it was recorded from (an Encode()d snapshot, or that snapshot
  // with the deltas before it applied), repeating the decisions without searching again.
  // So a caller can save a few MB per batch instead of the whole state.
  void set_journal(bool on);
  bool journal() const;
  // Bytes recorded since the last TakeDelta (0: nothing happened).
  std::size_t delta_bytes() const;
  std::string TakeDelta();
  // Corruption when damaged (bad checksum, an index out of range, a decision this state
  // cannot repeat) or when the delta does not continue this state; NotSupported for an
  // unknown format version. On error the state may be partly changed: discard it.
  Status ApplyDelta(std::string_view bytes);
  // Restores a state from Encode() bytes. Corruption when damaged (bad checksum, truncated,
  // an index out of range), NotSupported for an unknown format version.
  static Result<StoryClusterer> Decode(std::string_view bytes, ClustererOptions options = {},
                                       const TermStats* term_stats = nullptr);

 private:
  struct State;
  explicit StoryClusterer(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_CLUSTERER_H_
