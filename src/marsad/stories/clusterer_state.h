// StoryClusterer's state (private to clusterer.cc and clusterer_codec.cc): the feature
// dictionary with its postings by day, the articles, their daily slices and the stories,
// and the journal of what changed since the last delta.
#ifndef MARSAD_STORIES_CLUSTERER_STATE_H_
#define MARSAD_STORIES_CLUSTERER_STATE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/stories/clusterer.h"
#include "marsad/stories/sparse_vector.h"
#include "marsad/stories/string_table.h"

namespace marsad::base {
class ByteReader;  // byte_coding.h
}  // namespace marsad::base

namespace marsad::stories {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// One slice that contains a feature, in the feature's postings: sorted by day, so the
// slices of a window of days are one contiguous run.
struct Posting {
  std::int32_t day = 0;
  std::uint32_t slice = 0;
  float weight = 0;  // the slice's summed weight of the feature
};

// What is known of a feature besides its (kind, key) in the dictionary. Its document
// frequency and postings are kept in arrays of their own (State::df, State::postings):
// they are what every article touches.
struct FeatureEntry {
  float ext_idf = 0;                 // cached idf from external TermStats
  std::uint64_t ext_n = 0;           // DocCount when ext_idf was cached (0: never)
  std::string display;               // names and events: as first written
  std::int32_t number = 0;           // events: the number
  std::uint8_t type = 0;             // names: doc::EntityType
};

struct DocRec {
  std::string id, title, source;
  std::optional<std::int64_t> published;
  std::int32_t day = 0;  // the day of its slice
  std::optional<std::int32_t> event_day;
  std::uint32_t story = kNone;
  std::uint32_t slice = kNone;         // kNone for duplicates
  std::uint32_t duplicate_of = kNone;  // the original article (never itself a duplicate)
  bool removed = false;
  SparseVector vec;                                           // normalized, top features
  std::vector<std::uint32_t> features;                        // every distinct feature (df)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> names;  // name features, mentions
  std::vector<std::uint32_t> events;                          // named event features
  std::vector<std::pair<std::int32_t, std::uint8_t>> dates;   // mentioned day, granularity
};

struct Slice {
  std::uint32_t story = kNone;
  std::int32_t day = 0;
  double norm2 = 0;  // squared norm of the summed member vectors
  std::vector<std::uint32_t> members;
};

struct StoryRec {
  std::uint32_t parent = 0;  // itself, or the story it was merged into
  std::vector<std::uint32_t> docs;
  std::vector<std::uint32_t> slices;
};

// Lets the string-keyed maps be searched by string_view.
struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct StoryClusterer::State {
  ClustererOptions options;
  const TermStats* ext = nullptr;

  StringTable dict;                    // (kind, key) → feature id
  std::vector<FeatureEntry> features;  // by feature id
  std::vector<std::uint32_t> df;       // by feature id: articles counted with it
  std::vector<std::vector<Posting>> postings;  // by feature id, sorted by day
  std::uint64_t counted_docs = 0;  // articles whose features are counted in df

  std::vector<DocRec> docs;
  std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> doc_index;
  std::vector<Slice> slices;
  std::vector<StoryRec> stories;
  std::int32_t last_day = 0;  // the day given to articles without a date
  std::size_t live_docs = 0;
  std::unordered_map<std::string, std::vector<std::uint32_t>, TransparentHash, std::equal_to<>> series_docs;

  // Scratch of Add: scores by slice and by story (-1: not seen), and which were touched.
  std::vector<float> acc;
  std::vector<std::uint32_t> touched;
  std::vector<std::uint64_t> hash_scratch;  // Vectorize's key hashes
  std::vector<float> story_score;
  std::vector<std::uint32_t> story_slice;
  std::vector<std::uint32_t> touched_stories;

  // The journal (StoryClusterer::set_journal): operations recorded since the delta began,
  // and the table sizes it began from (ApplyDelta checks them).
  bool journal = false;
  std::string delta_ops;
  std::uint32_t delta_op_count = 0;
  std::uint32_t base_docs = 0, base_features = 0, base_stories = 0, base_slices = 0;
  // Of the Add being recorded: features before it, older features it gave a display name,
  // and the merges it made (survivor, other) in order.
  std::uint32_t op_features = 0;
  std::vector<std::uint32_t> op_display;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> op_merges;

  void StartDelta() {
    delta_ops.clear();
    delta_op_count = 0;
    base_docs = static_cast<std::uint32_t>(docs.size());
    base_features = static_cast<std::uint32_t>(features.size());
    base_stories = static_cast<std::uint32_t>(stories.size());
    base_slices = static_cast<std::uint32_t>(slices.size());
  }
  // Notes that an older feature got its display name during the Add being recorded.
  void DisplaySet(std::uint32_t id) {
    if (journal && id < op_features) op_display.push_back(id);
  }

  std::uint32_t Intern(FeatureKind kind, std::string_view key) {
    return Intern(kind, key, StringTable::Hash(static_cast<std::uint8_t>(kind), key));
  }
  std::uint32_t Intern(FeatureKind kind, std::string_view key, std::uint64_t hash) {
    bool added = false;
    const std::uint32_t id = dict.Intern(static_cast<std::uint8_t>(kind), key, hash, &added);
    if (added) {
      features.emplace_back();
      df.push_back(0);
      postings.emplace_back();
    }
    return id;
  }
  // Interns a feature; a term with a leading ب/ل/ك/ف may resolve to the term without it
  // (ClustererOptions::clitic_ratio).
  std::uint32_t InternTerm(FeatureKind kind, std::string_view key, std::uint64_t hash);
  FeatureKind KindOf(std::uint32_t id) const { return static_cast<FeatureKind>(dict.kind(id)); }
  std::string_view KeyOf(std::uint32_t id) const { return dict.text(id); }

  std::uint32_t Find(std::uint32_t s) const {
    while (stories[s].parent != s) s = stories[s].parent;
    return s;
  }

  float KindWeight(FeatureKind k) const {
    switch (k) {
      case FeatureKind::kTerm: return 1.0F;
      case FeatureKind::kEntity: return options.entity_weight;
      case FeatureKind::kName: return options.name_weight;
      case FeatureKind::kEvent: return options.event_weight;
      case FeatureKind::kDay: return options.day_weight;
    }
    return 1.0F;
  }

  double Idf(std::uint32_t id);
  // Interns the profile's features, counts them, and fills the record's vectors.
  void Vectorize(const DocProfile& p, DocRec* d);
  // Takes an article's features out of the document frequencies.
  void Uncount(const DocRec& d);
  // Adds (sign +1) or subtracts (-1) a vector to a slice's postings.
  void ApplyToSlice(std::uint32_t s, const SparseVector& v, float sign);
  // The story's slice of `day` (the oldest, when a merge gave it two), else a new one. Not
  // the first in the story's list: that order differs between a state built up and one
  // decoded, and deltas must replay onto either.
  std::uint32_t SliceFor(std::uint32_t story, std::int32_t day);
  std::uint32_t NewStory();
  // Merges story b into a; returns the survivor (the older one).
  std::uint32_t Merge(std::uint32_t a, std::uint32_t b);
  // Files an article under the series of its named events.
  void IndexSeries(std::uint32_t doc);

  // The clustering itself (clusterer.cc): AddImpl, Remove, Describe.
  Assignment AddImpl(const DocProfile& p);
  bool Remove(std::string_view id);
  // The journal (clusterer_codec.cc): Add is AddImpl, recorded when the journal is on;
  // RecordRemove records a removal; ReplayAdd replays one recorded Add (ApplyDelta), ""
  // on success, else what is wrong.
  Assignment Add(const DocProfile& p);
  void RecordRemove(std::string_view id);
  std::string ReplayAdd(base::ByteReader& in);
  Story Describe(std::uint32_t story) const;
};

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_CLUSTERER_STATE_H_
