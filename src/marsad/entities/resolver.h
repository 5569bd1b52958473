// Resolver: the entities stage. It takes one analysed document at a time, finds its role
// phrases (TitleFinder), links the mentions of each entity inside it (DocLinker), and
// matches each of those entities against the entity table built from the documents seen
// before, so that one person, place or organisation is one record across documents.
//
// Pipeline stage:  // Requires: analysis, kName mentions (ner::Tagger).
//                  // Assigns: kTitle mentions; mention.entity of the mentions it resolves.
//
// Matching across documents (docs/entities.md gives the reasoning and the weights):
//  - places and organisations match by spelling-variant key, through alias groups and
//    without a generic head (شركة فيسبوك = فيسبوك);
//  - a person's full name matches an entity with the same full name key; a full name with
//    a different given name never matches (فلاديمير بوتين ≠ فلاديمير جيرينوفسكي; لافروف and
//    لافرينتيف have different keys); a surname alone, or a full name against an entity
//    known only by its surname, is a weak match: accepted when the entity is the only one
//    bearing that name, otherwise only with evidence — shared titles, entities seen in the
//    same documents, the outlet, the time — that sets one candidate clearly apart;
//  - a given name alone matches only with strong evidence, and only one candidate;
//  - an organisation known only by a description (الجيش الإسرائيلي) matches the same
//    description.
// Entity ids are stable: an entity keeps its id as mentions arrive and entities are never
// merged or renumbered. Adding a document whose id was added before replaces it.
//
// Not thread-safe: one writer. Const methods may run concurrently when no writer runs.
#ifndef MARSAD_ENTITIES_RESOLVER_H_
#define MARSAD_ENTITIES_RESOLVER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/entities/doc_linker.h"
#include "marsad/entities/entity.h"
#include "marsad/entities/entity_lexicon.h"
#include "marsad/entities/title_finder.h"
#include "marsad/text/analyzer.h"

namespace marsad::entities {

// Weights of the evidence that decides between candidate entities (defaults in
// parentheses; docs/entities.md explains them).
struct ResolverOptions {
  // Name agreement.
  double exact_name = 4.0;       // every word of a multi-word name (4)
  double first_and_last = 3.0;   // first and last words, the middle differs (3)
  double single_name = 3.0;      // a one-word name of an entity known only by one word (3)
  double surname = 1.5;          // the surname alone, or a full name against an entity
                                 // known only by its surname (1.5)
  double given_name = 0.5;       // a given name alone (0.5)
  double strong_name = 3.0;      // name agreement at or above this needs no evidence (3)
  // Evidence.
  double title = 1.5;            // per shared title, at most two (1.5)
  double cooccurrence = 2.0;     // times the share of the document's other entities the
                                 // candidate was seen with before (2)
  double same_source = 0.25;     // the candidate was seen in this outlet (0.25)
  double near_time = 0.5;        // seen within near_days of the document (0.5)
  double recent_time = 0.25;     // seen within recent_days (0.25)
  int near_days = 3;
  int recent_days = 30;
  double popularity = 0.5;       // times the candidate's share of the candidates' mentions (0.5)
  // A title the document leaves open goes to the one entity named in it that documents
  // bound that title to, by their own words, at least this many times (2).
  std::uint32_t known_title_count = 2;
  // Decisions.
  double min_evidence = 1.0;     // evidence a weak match needs among several candidates (1)
  double given_name_evidence = 1.5;  // evidence a given name alone needs (1.5)
  double margin = 0.75;          // lead of the best weak candidate over the second (0.75)
  std::size_t max_cooccurring = 64;  // co-occurring entities remembered per entity (64)
  // A given name alone is looked up among the entities whose names begin with it only when
  // at most this many do (8): it decides only when it leaves a single candidate, so a name
  // as common as محمد would add hundreds of candidates that can only dilute the others'
  // evidence.
  std::size_t max_given_name_entities = 8;
  // A surname (a one-word name, or the last word of a full name against the entities known
  // by that word alone) is matched against at most this many entities bearing it, the most
  // mentioned that are spelled alike (8): when an undecided surname has made dozens of
  // one-word entities (ترامب, نيمار), the rest can only dilute the evidence of the likely
  // ones, and looking them all up was most of the cost of matching a person.
  std::size_t max_surname_entities = 8;
};

// Filters of Resolver::List. Empty fields do not filter.
struct ListOptions {
  std::optional<doc::EntityType> type;
  std::string doc;   // only entities of this document
  std::string name;  // only entities this name refers to, in any spelling (Lookup)
};

// What Resolver::Prepare reads of a document for Resolver::Commit, the part of the work
// that needs no table: its role phrases and the readings of its name mentions. It
// describes the document as Prepare left it.
struct PreparedDoc {
  TitleScan titles;    // TitleFinder::Describe of the prepared document
  DocReadings names;   // DocLinker::Read of the prepared document
};

class Resolver {
 public:
  // `analyzer` must outlive the resolver and be the one that analysed the documents.
  explicit Resolver(const text::Analyzer& analyzer, ResolverOptions options = {});
  ~Resolver();
  Resolver(Resolver&&) noexcept;
  Resolver& operator=(Resolver&&) noexcept;

  // Resolves the entities of `doc` and updates the table: Prepare(doc), then Commit(doc).
  void Add(doc::AnalyzedDoc* doc);

  // The part of the stage that needs no table: trims role words that the name tagger put
  // at the front of a person mention (الرئيس بوتين → الرئيس + بوتين), replaces the
  // document's title mentions (kTitle) by those it finds, clears mention.entity and sorts
  // doc->mentions by position. Thread-safe, also while Commit runs on another thread (it
  // reads only the lexicon): ingest workers run it in parallel. Returns what Commit then
  // reads of the document (its titles and name readings), so that only the look-ups in the
  // table are left for the writer.
  PreparedDoc Prepare(doc::AnalyzedDoc* doc) const;

  // The rest: links the document's mentions, matches them against the table, updates the
  // table, and sets mention.entity of every name and title mention it resolves (others get
  // none; MISC names are not resolved). A document with the id of one added before
  // replaces it. REQUIRES: Prepare(doc) ran and the mentions did not change since;
  // `prepared` is what it returned. Writer only: documents are committed one at a time, in
  // ingest order.
  void Commit(doc::AnalyzedDoc* doc, PreparedDoc prepared);
  // The same when Prepare's result was not kept: reads the prepared document again.
  void Commit(doc::AnalyzedDoc* doc);

  // Removes a document's contributions (its mentions, names, titles, co-occurrences). Its
  // entities keep their ids; an entity left without mentions is no longer listed. Returns
  // false when the document is unknown.
  bool Remove(std::string_view doc_id);

  // The entities `name` refers to, in any spelling (variant key, aliases; a one-word name
  // also by surname, then by given name; then titles), most mentioned first.
  std::vector<EntityId> Lookup(std::string_view name) const;
  // The entity `id`, or nullopt when unknown or without mentions.
  std::optional<Entity> Get(EntityId id) const;
  // The entities passing `options`, most mentioned first (ties by id).
  std::vector<Entity> List(const ListOptions& options = {}) const;
  // Ids of the entities of document `doc_id` (empty when unknown), by first mention.
  std::vector<EntityId> EntitiesOf(std::string_view doc_id) const;
  // Ids of the documents that mention entity `id`, oldest first (empty when unknown): with
  // Lookup, what search's entity: filter needs (name → entity ids → documents).
  std::vector<std::string> DocumentsOf(EntityId id) const;

  std::size_t entity_count() const;    // entities with mentions
  std::size_t document_count() const;  // documents added and not removed

  // The table as bytes (docs/formats/entities.md): a versioned, checksummed format.
  std::string Encode() const;
  // Restores a table from Encode() bytes. Corruption when damaged, NotSupported for an
  // unknown format version.
  static Result<Resolver> Decode(const text::Analyzer& analyzer, std::string_view bytes,
                                 ResolverOptions options = {});
  // Same, with the analyzer, options and language data of `like` (no lexicon to build).
  static Result<Resolver> Decode(const Resolver& like, std::string_view bytes);
  // What changed since the table was created, decoded, or last saved (TakeDelta,
  // MarkSaved), as bytes (docs/formats/entities.md, "Delta"): the documents added and
  // removed since, in order, from which ApplyDeltas replays what each record gained or lost
  // (no record is written). Empty when nothing changed. The table is then saved.
  std::string TakeDelta();
  // The table as it stands is saved (its Encode() bytes were stored): the next delta starts
  // from here.
  void MarkSaved();
  // Applies `deltas` in order, each made by TakeDelta on a table equal to this one when it
  // applies (of format version 1 or 2), then rebuilds the derived indexes once:
  // Decode(snapshot) then ApplyDeltas(the deltas stored since) restores the table.
  // Corruption when a delta is damaged or made for a table of other sizes (the message says
  // which delta, counting from 1), NotSupported for an unknown version; after an error the
  // table is in an unspecified state and must be discarded.
  Status ApplyDeltas(const std::vector<std::string>& deltas);
  // An empty table with the analyzer, options and language data of this one (cheap).
  Resolver EmptyLike() const;

  const EntityLexicon& lexicon() const;
  const TitleFinder& title_finder() const;
  const DocLinker& linker() const;

 private:
  struct State;
  explicit Resolver(std::unique_ptr<State> state);
  static Result<Resolver> DecodePayload(std::unique_ptr<State> state, std::string_view payload);
  std::unique_ptr<State> state_;
};

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_RESOLVER_H_
