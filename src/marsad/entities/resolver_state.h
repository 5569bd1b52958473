// The Resolver's table (private to resolver.cc and resolver_codec.cc): entity records,
// the documents that contributed to them, and the indexes rebuilt from both.
#ifndef MARSAD_ENTITIES_RESOLVER_STATE_H_
#define MARSAD_ENTITIES_RESOLVER_STATE_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "marsad/base/flat_map.h"
#include "marsad/entities/doc_linker.h"
#include "marsad/entities/entity_lexicon.h"
#include "marsad/entities/name_form.h"
#include "marsad/entities/resolver.h"
#include "marsad/entities/title_finder.h"

namespace marsad::base {
class ByteReader;  // byte_coding.h
}  // namespace marsad::base

namespace marsad::entities {

// A written form and how many mentions used it.
struct CountedText {
  std::string text;
  std::uint32_t count = 0;
};

// A record name's spelling, packed for Commit's spelling checks (derived, parallel to the
// names): its signature, and where its spellings and skeletons are in the record's
// name_letters, so that a check reads one block of the record instead of a NameForm and
// its two strings.
struct NameSpelling {
  SpellingSignature signature;
  std::uint32_t at = 0;         // its spellings, then its skeletons up to the next name's
  std::uint32_t spellings = 0;  // how many of the letters are its spellings
  std::uint32_t words = 0;      // NameForm::size()
  // Its words' prints when it is spelled and of two words or fewer (in what was padding):
  // a check the signature passes reads the letters only when these pass too.
  std::array<WordPrint, 2> prints{};
  std::span<const WordPrint> Prints() const {
    return std::span<const WordPrint>(prints.data(), signature.spelled && words <= prints.size() ? words : 0);
  }
};
static_assert(sizeof(NameSpelling) == 32, "the prints in the padding");

// What the indexes read of a record name (derived, parallel to the names), in one string
// (one allocation): the first word's stem (DocLinker::PlaceOrgKeys), the name's key, then
// its words' keys, each closed by kEnd. The record keeps this and its packed spelling
// instead of the name's NameForm and its strings.
struct NameKeys {
  static constexpr char kEnd = '\x1f';  // in no stem or key (FirstLastKey joins by it too)
  std::string parts;
};

// One entity. Its id is its index + 1.
// Aligned to a cache line, with everything Commit reads of a candidate first: the filters'
// counts, Commit's marks and name 0's spelling packed in the first line, the evidence's
// time span and lists (outlets, co-occurring entities, known titles) in the next, the name
// spellings' list and letters in the third. A candidate costs three lines at most, and
// most (refused by their spelling) one; before, the evidence's fields lay 180-300 bytes
// into an unaligned record, four to five lines with the filters', and the marks were a
// line of an array of their own (5% of the stage's LL read misses on the late slice).
struct alignas(64) Record {
  // Name 0's spelling when it is the record's only name, packed here from name_spellings
  // (derived, by AppendDerived and EraseDerived): a candidate of one name (most are, and
  // most are refused by their spelling) is checked from this line, its letters read only
  // when its words' prints pass. Packed when spelled and its counts fit a byte; first_words
  // 0: not packed (or more names than one), read name_spellings.
  std::uint64_t first_letters = 0;            // SpellingSignature::letters
  std::array<std::uint32_t, 3> type_votes{};  // PER, LOC, ORG mentions
  std::uint32_t mentions = 0;
  std::uint32_t multi_word_names = 0;  // names of two words or more (derived)
  // Commit's scratch (State::cand_stamp): the cluster that last looked at this record as a
  // candidate and what came of it (its place among the candidates; -1: its spelling
  // disagreed).
  std::uint32_t cand_stamp = 0;
  std::int32_t cand_slot = 0;
  // Commit's scratch (State::context_stamp): the document whose context holds this record.
  std::uint32_t context_stamp = 0;
  std::array<WordPrint, 3> first_prints{};  // its words' (first_words of them, when 3 or fewer)
  bool description = false;  // an organisation known by a description title, no name
  std::uint8_t first_words = 0;      // NameSpelling::words (= its signature's)
  std::uint8_t first_size = 0;       // SpellingSignature::size
  std::uint8_t first_spellings = 0;  // NameSpelling::spellings
  bool timed = false;
  std::int64_t first_seen = 0;  // seconds since the epoch
  std::int64_t last_seen = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> sources;      // source index, docs
  std::vector<std::pair<std::uint32_t, std::uint32_t>> cooccurring;  // entity index, docs
  // Title keys and how often a document's own words bound them to this entity (apposition,
  // or the same title bound so elsewhere in it): what the entity is known by. Titles bound
  // only because the entity was known by them do not count, so an error cannot feed itself.
  std::vector<CountedText> known_titles;
  std::vector<NameSpelling> name_spellings;  // parallel to names (derived)
  std::u32string name_letters;               // the names' spellings and skeletons (derived)
  // Read when the record is chosen, not while it is a candidate.
  std::vector<NameKeys> name_keys;           // parallel to names (derived)
  std::vector<CountedText> names;
  std::vector<CountedText> titles;
  std::vector<std::string> title_keys;  // parallel to titles
  std::vector<std::uint32_t> docs;      // document numbers, increasing

  doc::EntityType type() const;
  // Derives what the record keeps of a name appended to `names` (its spelling packed, its
  // keys, multi_word_names), from its form; or from name j of `other`.
  void AppendDerived(const NameForm& form);
  void AppendDerived(const Record& other, std::size_t j);
  // Takes name j's derived parts away (the name was erased from `names`).
  void EraseDerived(std::size_t j);
  // What SpellingsAgree reads of name j.
  SpelledName Spelled(std::size_t j) const {
    const NameSpelling& ns = name_spellings[j];
    const std::size_t end = j + 1 < name_spellings.size() ? name_spellings[j + 1].at : name_letters.size();
    const char32_t* p = name_letters.data() + ns.at;
    return {ns.words, {p, ns.spellings}, {p + ns.spellings, end - ns.at - ns.spellings}};
  }
  // The form of name j as far as the indexes read it (keys, key, first_stem).
  NameForm IndexedForm(std::size_t j) const;
  // Name 0's signature, prints and spelling from the packed copy. REQUIRES: first_words
  // != 0 (one name: its letters run to the end of name_letters).
  SpellingSignature FirstSignature() const {
    SpellingSignature sig;
    sig.letters = first_letters;
    sig.size = first_size;
    sig.words = first_words;
    sig.spelled = true;
    return sig;
  }
  std::span<const WordPrint> FirstPrints() const {
    return std::span<const WordPrint>(first_prints.data(), first_words <= first_prints.size() ? first_words : 0);
  }
  SpelledName FirstSpelled() const {
    const char32_t* p = name_letters.data();
    return {first_words, {p, first_spellings}, {p + first_spellings, name_letters.size() - first_spellings}};
  }

 private:
  // Packs name 0's spelling into the first line (after its names changed).
  void PackFirst();
};
static_assert(offsetof(Record, first_seen) + sizeof(Record::first_seen) <= 64 &&
                  offsetof(Record, cooccurring) + sizeof(Record::cooccurring) <= 128 &&
                  offsetof(Record, name_letters) + 16 <= 192 && sizeof(Record) == 320,
              "a candidate's lines: the spelling check and filters, the evidence, the names' spellings");

// One text a document gave an entity (a name as written, a title as written, a known
// title's key) and how many times: the text is in its document's `texts`.
struct ContribText {
  std::uint32_t at = 0;
  std::uint32_t size = 0;
  std::uint32_t count = 0;
};

// What one document added to one entity (to take it back when the document is replaced).
// Its texts are its document's items [begin, names_end) (names), [names_end, titles_end)
// (titles), [titles_end, end) (known titles' keys): a document's contributions hold no
// memory of their own (~270 k of them on 26.5 k articles each had three vectors and a string
// per text).
struct Contribution {
  std::uint32_t entity = 0;  // index
  std::uint32_t mentions = 0;
  std::array<std::uint32_t, 3> type_votes{};
  std::uint32_t begin = 0;
  std::uint32_t names_end = 0;
  std::uint32_t titles_end = 0;
  std::uint32_t end = 0;
};

struct DocEntry {
  std::string id;
  bool live = true;
  std::uint32_t source = 0;  // index in State::sources
  bool timed = false;
  std::int64_t time = 0;
  std::vector<Contribution> contributions;  // by first mention
  std::vector<ContribText> items;           // the contributions' texts, in their order
  std::string texts;                        // the items' bytes

  std::string_view Text(const ContribText& t) const { return std::string_view(texts).substr(t.at, t.size); }
  std::span<const ContribText> Names(const Contribution& c) const { return Items(c.begin, c.names_end); }
  std::span<const ContribText> Titles(const Contribution& c) const { return Items(c.names_end, c.titles_end); }
  std::span<const ContribText> KnownTitles(const Contribution& c) const { return Items(c.titles_end, c.end); }
  // Appends a text to the last contribution's items (names, then titles, then known titles;
  // the caller sets the contribution's ends).
  void AddItem(std::string_view text, std::uint32_t count) {
    items.push_back({static_cast<std::uint32_t>(texts.size()), static_cast<std::uint32_t>(text.size()), count});
    texts.append(text);
  }
  std::uint32_t item_count() const { return static_cast<std::uint32_t>(items.size()); }
  // Forgets the contributions and frees their memory (a removed document).
  void ClearContributions() {
    contributions = {};
    items = {};
    texts = {};
  }

 private:
  std::span<const ContribText> Items(std::uint32_t b, std::uint32_t e) const {
    return std::span<const ContribText>(items).subspan(b, e - b);
  }
};

// The language data a resolver reads and never changes: built once (about 10 ms), shared by
// the tables made from one another (Resolver::EmptyLike, Resolver::Decode(like, ...)).
struct LanguageData {
  explicit LanguageData(const text::Analyzer& analyzer)
      : lexicon(analyzer), titles(lexicon), linker(lexicon) {}
  EntityLexicon lexicon;
  TitleFinder titles;
  DocLinker linker;
};

// The person_first_last key of a name's first and last words (variant keys), made in `out`
// (reused by callers, so a look-up allocates nothing); the view is of *out.
std::string_view FirstLastKey(std::string_view first, std::string_view last, std::string* out);

// Adds one to the count of `key` in *v, or appends (key, 1); when *v holds `cap` pairs, the
// least seen pair (the first of them) makes room: a bounded profile of what an entity was
// seen with.
void BumpPair(std::vector<std::pair<std::uint32_t, std::uint32_t>>* v, std::uint32_t key,
              std::size_t cap);

// A document's entities (distinct) in a small open-addressing table, built once per
// document, so each co-occurrence list is matched against all of them in one pass.
class DocKeys {
 public:
  static constexpr std::uint32_t kNone = 0xffffffffU;
  void Reset(const std::vector<std::uint32_t>& keys);
  // The index of `key` in the keys given to Reset, or kNone.
  std::uint32_t Find(std::uint32_t key) const {
    // Most keys of a list are not the document's: one bit of a word tells most of them.
    if ((low_bits_ >> (key & 63) & 1) == 0) return kNone;
    for (std::uint32_t h = Slot(key);; h = (h + 1) & mask_) {
      if (table_[h].first == key) return table_[h].second;
      if (table_[h].second == kNone) return kNone;
    }
  }
  const std::vector<std::uint32_t>& keys() const { return *keys_; }

 private:
  std::uint32_t Slot(std::uint32_t key) const { return (key * 0x9E3779B1U) >> shift_ & mask_; }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> table_;  // (key, index); index kNone: empty
  std::uint64_t low_bits_ = 0;  // bit k & 63 of every key k
  std::uint32_t mask_ = 0;
  unsigned shift_ = 0;
  const std::vector<std::uint32_t>* keys_ = nullptr;
};

// BumpPair(v, k, cap) for every k of keys.keys() other than `skip`, in their order, with the
// same list as the result (evictions of a full list included), in one pass over *v; `place`
// is scratch.
void BumpPairs(std::vector<std::pair<std::uint32_t, std::uint32_t>>* v, const DocKeys& keys,
               std::uint32_t skip, std::size_t cap, std::vector<std::uint32_t>* place);

// Calls offer(entity) for the (mentions, entity) pairs of *most, most mentioned first (ties:
// the lower entity), until `max` offers returned true (a max of 0: all of them); in their
// own order when they are no more than `max`. *most is sorted only as far as the offers go:
// a common surname leads to hundreds of entities and the first few are offered. The order
// is total, so the offers are the full sort's.
template <typename Offer>
void OfferMostMentioned(std::vector<std::pair<std::uint32_t, std::uint32_t>>* most, std::size_t max,
                        Offer offer) {
  using Pair = std::pair<std::uint32_t, std::uint32_t>;
  auto before = [](const Pair& x, const Pair& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; };
  const auto at = [most](std::size_t i) { return most->begin() + static_cast<std::ptrdiff_t>(i); };
  std::size_t sorted = most->size() <= max ? most->size() : std::min(most->size(), 2 * max);
  if (most->size() > max && sorted > 0) std::partial_sort(most->begin(), at(sorted), most->end(), before);
  std::size_t taken = 0;
  for (std::size_t i = 0; i < most->size(); ++i) {
    if (i == sorted) {  // more were refused than the sorted part held: the rest in order
      std::sort(at(i), most->end(), before);
      sorted = most->size();
    }
    if (offer((*most)[i].second) && ++taken == max) return;
  }
}

// How many entities of `pairs` (distinct; the first of each pair) other than `skip` `held`
// holds, counted up to `enough` and no further (Commit's co-occurrence evidence is capped
// there, so the scan of a long list stops).
template <typename Held>
std::size_t CountInContext(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs, std::uint32_t skip,
                           std::size_t enough, Held held) {
  std::size_t n = 0;
  if (enough == 0) return 0;
  for (const auto& p : pairs) {
    if (p.first != skip && held(p.first) && ++n == enough) break;
  }
  return n;
}

// A set of entities as 256 bits (entity mod 256), a filter in front of an exact test:
// MayHold is false only for an entity never added.
class ContextBits {
 public:
  void Add(std::uint32_t e) { bits_[e >> 6 & 3] |= std::uint64_t{1} << (e & 63); }
  bool MayHold(std::uint32_t e) const { return (bits_[e >> 6 & 3] >> (e & 63) & 1) != 0; }

 private:
  std::array<std::uint64_t, 4> bits_{};
};

// A candidate entity for one document cluster (Resolver::Commit).
struct Candidate {
  std::uint32_t entity = 0;
  double name = 0;
  double evidence = 0;
  double total() const { return name + evidence; }
};

// Transparent hashing for doc_index, looked up by string_view.
struct DocIdHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct Resolver::State {
  State(const text::Analyzer& analyzer, ResolverOptions options,
        std::shared_ptr<const LanguageData> data = nullptr);

  const text::Analyzer& analyzer;
  ResolverOptions options;
  std::shared_ptr<const LanguageData> data;
  const EntityLexicon& lexicon;
  const TitleFinder& titles;
  const DocLinker& linker;

  std::vector<Record> records;
  std::vector<DocEntry> docs;
  // Live document id -> number (documents are removed, which StringMap does not do).
  std::unordered_map<std::string, std::uint32_t, DocIdHash, std::equal_to<>> doc_index;
  std::vector<std::string> sources;
  StringMap<std::uint32_t> source_index;

  // Indexes (derived): key -> entity indices.
  StringMap<std::vector<std::uint32_t>> person_full;   // a person's name key
  StringMap<std::vector<std::uint32_t>> person_last;   // last word of a multi-word name
  StringMap<std::vector<std::uint32_t>> person_first;  // first word of a multi-word name
  StringMap<std::vector<std::uint32_t>> person_first_last;  // FirstLastKey of a multi-word name
  StringMap<std::vector<std::uint32_t>> place_keys;    // PlaceOrgKeys of place/org names
  StringMap<std::vector<std::uint32_t>> title_index;   // title keys (descriptions and lookup)

  // What happened since the table was last saved (Resolver::TakeDelta), for a delta that
  // replays it: documents at or past the saved count were added, in order; `removed` lists
  // the documents removed, in order, each after how many of those additions. Records and
  // sources at or past the saved counts are new. Nothing of the records is kept: a replay
  // derives what they gained from the documents' contributions.
  struct Journal {
    std::uint32_t records = 0;
    std::uint32_t docs = 0;
    std::uint32_t sources = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> removed;  // (additions before, document)
    // The documents added since and removed again, with their contributions as they were
    // added (a replay adds them before it removes them).
    std::vector<std::pair<std::uint32_t, DocEntry>> dropped;  // document number, entry
    // Titles new to their record, in the order Commit added them: the written title alone
    // does not give its key, which a replay needs when the title turns out new.
    struct NewTitle {
      std::uint32_t doc = 0;
      std::uint32_t entity = 0;
      std::string key;
    };
    std::vector<NewTitle> new_titles;
  };
  Journal journal;
  // The size of the last TakeDelta, reserved by the next (a hint only).
  std::size_t delta_bytes = 0;
  // TakeDelta's table of the texts it wrote (kept for its memory).
  StringMap<std::uint32_t> delta_texts;

  // Commit's stamps: the cluster being matched, whose candidates are marked in their
  // records (Record::cand_stamp, cand_slot), and the document, whose context (the entities
  // it decided so far) is marked so (Record::context_stamp), so that a candidate's
  // co-occurring entities are checked against the context in one pass over them.
  std::uint32_t cand_stamp = 0;
  std::uint32_t context_stamp = 0;
  // Commit's per-document lists, kept so that their memory is reused (see Commit).
  struct CommitScratch {
    std::vector<std::size_t> title_mention;
    std::vector<std::vector<std::string_view>> cluster_title_keys;
    std::vector<std::size_t> order;
    std::vector<std::uint8_t> pass;  // per cluster: 0 places, organisations; 1 full names; 2 the rest
    std::vector<std::uint32_t> entity_of;
    std::vector<std::uint32_t> context;
    std::vector<Candidate> cands;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> most;
    std::string first_last;
    std::vector<const NameForm*> spelled_forms;
    std::vector<SpellingSignature> spelled_signatures;
    std::vector<WordPrint> spelled_prints;
    std::vector<std::uint32_t> spelled_prints_at;
    std::vector<std::uint32_t> spelled_ids;
    std::vector<const Candidate*> surname_level;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> first_seen;
    std::vector<std::uint32_t> doc_entities;
    // The document's contributions as Commit gathers them (by entity, in its clusters'
    // order), before they are laid out in its DocEntry; the views are into the document's
    // links and titles. Kept with their lists' memory: `npending` are in use.
    struct Pending {
      std::uint32_t entity = 0;
      std::uint32_t mentions = 0;
      std::array<std::uint32_t, 3> type_votes{};
      std::vector<std::pair<std::string_view, std::uint32_t>> names, titles, known_titles;
    };
    std::vector<Pending> pending;
    std::size_t npending = 0;
  };
  CommitScratch scratch;
  // Commit's co-occurrence scratch: the document's entities, each one's place in a list.
  DocKeys doc_keys;
  std::vector<std::uint32_t> pair_place;

  // Commit's memo of spelling checks against records with many names (SpellingsAgree of a
  // cluster's reading with any name of the record): per (reading, record), how many of the
  // record's names were compared with no agreement, or kSpellingAgreed. A record's names
  // are only appended to between removals, so a check resumes where the last one stopped;
  // Remove clears the memo when it takes names away.
  static constexpr std::uint32_t kSpellingAgreed = 0xffffffffU;
  StringMap<std::uint32_t> spelling_ids;  // SpellingId bytes of a reading -> number
  std::string spelling_scratch;           // SpellingId's bytes being looked up
  // (number + 1) << 32 | record -> names compared (key 0 is FlatMap's empty slot).
  base::FlatMap<std::uint64_t, std::uint32_t> spelling_memo;
  // The number of the spelling `form` is compared by (its words' spellings), interned.
  std::uint32_t SpellingId(const NameForm& form);

  // Counts document `entry`'s contributions in their records, as Commit did when it added
  // the document (a delta's replay of the addition): mentions, type votes, names (read
  // again from their text when new), titles and known titles. A title new to its record
  // takes the next of `new_title_keys` from *next_key; false when they run out.
  bool CountContributions(const DocEntry& entry, std::vector<std::string>* new_title_keys,
                          std::size_t* next_key);
  // Takes document `number`'s contributions back from its records and marks it removed
  // (Resolver::Remove, and a delta's replay of it). Returns whether a name or title left a
  // record (the indexes then need Reindex). Does not touch doc_index or the journal.
  bool TakeBack(std::uint32_t number);
  // What adding document `number` (`entry`, whose contributions are already counted in
  // their records) does to the records of `entities` (its contributions' entities, in
  // order): their document lists, outlets, time span and co-occurring entities, the latter
  // kept to `max_cooccurring` each.
  void LinkDocument(std::uint32_t number, const DocEntry& entry, const std::vector<std::uint32_t>& entities,
                    std::size_t max_cooccurring);
  // The table as it stands is saved: the journal starts again from here.
  void MarkSaved();

  // The delta formats' replays (resolver_codec.cc): `payload` is an unframed delta of
  // version 1 (changed records written whole) or 2 (the documents added and removed, in
  // order), `what` names it in errors. The indexes are left for Reindex.
  Status ApplyDeltaV1(std::string_view payload, const std::string& what);
  Status ApplyDeltaV2(std::string_view payload, const std::string& what);
  // The head both versions begin with: the table the delta was made from (checked against this
  // one), the table's size after it, version 2's co-occurrence cap, and the sources the delta
  // adds, which are added here.
  struct DeltaHead {
    std::uint32_t base_records = 0, base_docs = 0, nrecords = 0, ndocs = 0;
    std::uint64_t max_cooccurring = 0;  // version 2 only
  };
  Status ReadDeltaHead(base::ByteReader* r, int version, const std::string& what, DeltaHead* head);

  // Makes room for n documents with room to grow: a decoded table sized exactly moved all
  // its documents when Commit added the next one (31 k LL misses on a 25 k-document table),
  // and each delta's replay reserved exactly, moving them again per delta.
  void ReserveDocs(std::size_t n) {
    if (n > docs.capacity()) docs.reserve(std::max(n + n / 2, 2 * docs.capacity()));
  }

  std::uint32_t SourceIndex(std::string_view source);
  // Adds the name `written` (with its form) to record `e` `count` times, indexing it.
  void AddName(std::uint32_t e, const NameForm& form, std::uint32_t count);
  // Returns whether the title was new to the record.
  bool AddTitle(std::uint32_t e, std::string_view written, std::string_view key,
                std::uint32_t count);
  // Rebuilds every index from the records (after decoding or removals).
  void Reindex();
  void IndexName(std::uint32_t e, const NameForm& form);
  std::string first_last_scratch;  // IndexName's FirstLastKey
};

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_RESOLVER_STATE_H_
