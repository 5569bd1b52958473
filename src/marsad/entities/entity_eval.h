// Evaluation of entity resolution against hand-annotated documents
// (../shared/data/marsad-gold-dev/SOURCE.md): the gold lists, per document, the verbatim
// names and titles of each entity; every occurrence of those strings in the document is a
// gold mention (overlaps go to the longest string). The system's mentions are aligned to
// them by byte overlap, and the clustering of the gold mentions — across all documents —
// is scored with B³ (Bagga & Baldwin 1998, "Algorithms for scoring coreference chains"):
// per mention, precision = |system cluster ∩ gold cluster| / |system cluster| and recall
// = |system cluster ∩ gold cluster| / |gold cluster|, averaged over the gold mentions. A
// gold mention with no aligned system mention, or whose system mention has no entity, is
// a singleton of the system clustering. Must-not-merge violations: pairs of gold entities
// that share a system entity.
#ifndef MARSAD_ENTITIES_ENTITY_EVAL_H_
#define MARSAD_ENTITIES_ENTITY_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "marsad/base/span.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/text/analyzer.h"

namespace marsad::entities {

struct GoldEntity {
  std::string id;
  doc::EntityType type = doc::EntityType::kPerson;
  std::map<std::string, std::vector<std::string>> names;   // doc id -> verbatim names
  std::map<std::string, std::vector<std::string>> titles;  // doc id -> verbatim titles
};

struct GoldSet {
  std::vector<std::string> docs;
  std::vector<GoldEntity> entities;
  std::vector<std::pair<std::string, std::string>> must_not_merge;
};

struct GoldMention {
  std::string doc;
  ByteSpan span;
  std::size_t entity = 0;  // index in GoldSet::entities
  bool title = false;
  std::string text;
};

// The gold mentions of document `doc_id` with text `text`: every occurrence of a listed
// string that starts at a word start (a glued conjunction or preposition allowed before
// it) and ends at a word end; overlapping occurrences go to the longest. In text order.
std::vector<GoldMention> FindGoldMentions(const GoldSet& gold, std::string_view doc_id,
                                          std::string_view text);

// A mention the system produced in a gold document, with its entity (0: none).
struct SystemMention {
  std::string doc;
  ByteSpan span;
  std::uint64_t entity = 0;
  bool title = false;
};

struct EntityEvalReport {
  std::size_t documents = 0;       // gold documents scored
  std::size_t gold_mentions = 0;
  std::size_t gold_name_mentions = 0;
  std::size_t gold_title_mentions = 0;
  std::size_t detected = 0;        // gold mentions aligned to a system mention with an entity
  std::size_t detected_names = 0;
  std::size_t detected_titles = 0;
  double precision = 0;            // B³
  double recall = 0;
  double f1 = 0;
  std::vector<std::pair<std::string, std::string>> violations;  // must-not-merge pairs merged
  std::vector<std::string> splits;  // gold entities spread over several system clusters
  std::vector<std::string> merges;  // system entities holding several gold entities
  std::vector<std::string> missed;  // gold mentions without a resolved system mention
};

// Aligns `system` to `gold_mentions` and scores the clustering. Each gold mention takes the
// system mention that covers the most of its bytes (at least half of them).
EntityEvalReport ScoreEntities(const GoldSet& gold, const std::vector<GoldMention>& gold_mentions,
                               const std::vector<SystemMention>& system);

// A stand-in for the name tagger while developing: tags every occurrence of a list of
// names (normalized word by word, a glued conjunction/preposition allowed on the first
// word, hashtags read word by word), longest first. Immutable after construction.
class DictionaryTagger {
 public:
  // `analyzer` must outlive the tagger.
  explicit DictionaryTagger(const text::Analyzer& analyzer);
  void AddName(std::string_view name, doc::EntityType type);
  // Replaces doc->mentions with the names found in doc->analysis.
  void Tag(doc::AnalyzedDoc* doc) const;
  std::size_t size() const { return names_.size(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    doc::EntityType type;
  };
  const text::Analyzer& analyzer_;
  std::vector<Entry> names_;
  std::map<std::string, std::vector<std::size_t>, std::less<>> by_first_;
};

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_ENTITY_EVAL_H_
