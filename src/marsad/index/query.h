// The parsed form of a search query (the query language of docs/search.md):
//   words           ranked, any may match (the default operator is OR)
//   "a phrase"      the words in this order; outside +/- it ranks documents that have it
//                   first without excluding others
//   +word  -word    must / must not occur ( +"a phrase", -"a phrase" too)
//   a AND b         both required;  a OR b  either (the default, accepted for clarity)
//   word*           any word starting with it (normalized form)
//   source:X        only documents from outlet X (several: any of them)
//   date:2018-03-01..2018-03-31, date:2018-03, date:..2018-03-31, date:2018
//   entity:ID       only documents mentioning the entity (once entities are indexed)
#ifndef MARSAD_INDEX_QUERY_H_
#define MARSAD_INDEX_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace marsad::index {

enum class Occur : std::uint8_t { kShould, kMust, kMustNot };

struct QueryClause {
  enum class Kind : std::uint8_t { kWord, kPhrase, kPrefix };
  Kind kind = Kind::kWord;
  Occur occur = Occur::kShould;
  std::string text;  // the user's text, operators removed (analysed by the searcher)
};

// [from, to): seconds since the Unix epoch, UTC; either end may be open.
struct DateRange {
  std::optional<std::int64_t> from;
  std::optional<std::int64_t> to;
};

struct ParsedQuery {
  std::vector<QueryClause> clauses;
  std::vector<std::string> sources;   // source: values; a document must match one
  std::optional<DateRange> date;      // date: filter
  std::vector<std::string> entities;  // entity: values; a document must match all
  // What the parser could not use, one clear sentence each; the rest still runs.
  std::vector<std::string> warnings;

  // A compact canonical form for tests and logs, e.g. `+w(a) "p(b c)" -w(d) pre(e*)
  // source:BBC date:[1519862400,1522540800)`.
  std::string ToString() const;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_QUERY_H_
