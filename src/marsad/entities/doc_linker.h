// DocLinker: links the mentions of one document that name one entity (coreference inside a
// document), before any other document is consulted:
//  - spellings with one variant key (بوتين / بوتن, وبوتين; hashtag forms #كيم_جونغ_أون);
//  - a preposition glued to a name (لبوتين) when the bare name is the one the document
//    (or the entity table) knows;
//  - a part of a longer name: the surname alone (لافرينتيف → ألكسندر لافرينتيف), a given or
//    family name first (كيم → كيم جونغ أون), a name without its middle part; when several
//    people share the part, the nearest one mentioned before it, and none when only given
//    names are shared;
//  - a name with a parenthesised part (السيد (محمد) علوش); an organisation followed by
//    another of its names in parentheses (تنظيم الدولة (داعش)); alias groups;
//  - an organisation introduced with a generic noun (شركة فيسبوك) and named without it;
//  - titles: in apposition (رئيس الوفد الروسي ألكسندر لافرينتيف; زوكربيرغ، مؤسس فيسبوك،), the
//    same title again elsewhere in the document, and a bare head (الرئيس, الشركة) when exactly
//    one entity introduced with that head was mentioned before it.
// Titles the document does not tie to a name are left for the Resolver (a person title
// may match the known titles of an entity named in the document) or, for organisations,
// stand for a described organisation of their own (الجيش الإسرائيلي).
#ifndef MARSAD_ENTITIES_DOC_LINKER_H_
#define MARSAD_ENTITIES_DOC_LINKER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/doc/analyzed_doc.h"
#include "marsad/entities/name_form.h"
#include "marsad/entities/title_finder.h"

namespace marsad::entities {

// How many mentions the entity table has of the entities known by a name key, for persons
// (`person`) or for places and organisations; 0 when the key is unknown.
using KnownKeyFn = std::function<std::size_t(bool person, std::string_view key)>;

// One entity of one document.
struct DocCluster {
  doc::EntityType type = doc::EntityType::kPerson;
  std::vector<std::uint32_t> names;   // indices of its name mentions in doc.mentions
  std::vector<NameForm> forms;        // the reading of each name mention (parallel to names)
  std::vector<std::uint32_t> titles;  // indices of its titles in TitleScan::titles
  std::vector<std::string> keys;      // every key it is known by (alias-canonical, generic
                                      // head removed), for matching places and organisations
  std::string intro_head;             // organisation head that introduced it (شركه)
  bool description = false;           // an organisation known only by a title (no name)
  // A person named by one word that this document writes as a forebear's name of another
  // (سلمان beside محمد بن سلمان): a given name here, not a surname to look up elsewhere.
  bool forebear = false;
  std::uint32_t first_token = 0;      // where it is first mentioned

  // The reading with the most words (the most frequent among those); REQUIRES: !forms.empty().
  const NameForm& FullForm() const;
};

// One name mention's readings (NameFormBuilder::Build), before the document's other
// mentions and the entity table decide between them.
struct NameReading {
  std::uint32_t mention = 0;  // index in doc.mentions
  doc::EntityType type = doc::EntityType::kPerson;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  NameForm form;                                 // as written
  std::optional<NameForm> without_preposition;  // لبوتين read as بوتين, when it can be
};

// What linking reads of a document alone (DocLinker::Read): the readings of its PER, LOC
// and ORG name mentions, in mention order. Built on ingest workers; DocLinker::Link then
// needs only the entity table's KnownKeyFn.
struct DocReadings {
  std::vector<NameReading> names;
};

struct DocLinks {
  std::vector<DocCluster> clusters;
  std::vector<int> title_cluster;  // per TitleScan::titles entry: its cluster, or -1
  // Per title: bound by the document's own words (apposition, or the same title bound so
  // elsewhere in it), the evidence a title is known for an entity (Resolver).
  std::vector<bool> title_evidenced;
};

// Immutable after construction; thread-safe.
class DocLinker {
 public:
  // `lexicon` must outlive the linker.
  explicit DocLinker(const EntityLexicon& lexicon);

  // Links the PER/LOC/ORG name mentions of `doc` (MISC mentions and title mentions are not
  // read) and the titles of `scan`. `known` (may be empty) tells which readings the entity
  // table knows, to decide glued prepositions.
  // Link(doc, scan, Read(doc), known).
  DocLinks Link(const doc::AnalyzedDoc& doc, const TitleScan& scan, const KnownKeyFn& known) const;
  // The same with the readings of `doc` already made (Read(doc) of the document as it
  // stands), which it consumes.
  DocLinks Link(const doc::AnalyzedDoc& doc, const TitleScan& scan, DocReadings readings,
                const KnownKeyFn& known) const;
  // The readings of the PER/LOC/ORG name mentions of `doc`: the part of linking that needs
  // only the document (the names' words, keys and spellings). Thread-safe.
  DocReadings Read(const doc::AnalyzedDoc& doc) const;

  // The keys a place or organisation name is matched by: its key mapped through the alias
  // groups, and the key without a generic head (شركة فيسبوك → فيسبوك).
  std::vector<std::string> PlaceOrgKeys(const NameForm& form) const;
  // The same appended to `out` (each once among those appended).
  void AppendPlaceOrgKeys(const NameForm& form, std::vector<std::string>* out) const;

  const NameFormBuilder& names() const { return names_; }

  // Whether word `w` of a person name names a forebear, not the person: it follows بن, ابن or
  // بنت after a given name (سلمان in محمد بن سلمان is his father, not a surname, and "سلمان"
  // alone is King Salman). `keys` are a NameForm's keys. What begins with the lineage word
  // (بن سلمان) still names the person, and a first word keyed as بن (بان كي مون) is none.
  bool NamesForebear(const std::vector<std::string>& keys, std::size_t w) const {
    return w >= 2 && w < keys.size() && IsLineageKey(keys[w - 1]);
  }
  // Whether a name word's variant key is that of بن / ابن / بنت (the key of بن is also that
  // of بين, بني, بان: none of them stands inside a person name).
  bool IsLineageKey(std::string_view key) const { return key == son_key_ || key == daughter_key_; }

 private:
  const EntityLexicon& lexicon_;
  NameFormBuilder names_;
  std::string son_key_;       // بن = ابن
  std::string daughter_key_;  // بنت
};

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_DOC_LINKER_H_
