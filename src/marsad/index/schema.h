// What the index holds for a document: two text fields (title, body), each indexed under
// three views of its tokens, plus the catalog values that filters read (source, date,
// entity ids). The views are the exact normalized form (text norm), the light stem (with
// positions, for phrases) and the spelling-variant key (names in any spelling).
#ifndef MARSAD_INDEX_SCHEMA_H_
#define MARSAD_INDEX_SCHEMA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text/analyzer.h"
#include "marsad/text/token.h"

namespace marsad::index {

// DO NOT CHANGE THESE VALUES: they are part of stored terms.
// kLead: the first tokens of the body again (news leads restate the story), stem view only.
enum class Field : std::uint8_t { kBody = 0, kTitle = 1, kLead = 2 };
enum class View : std::uint8_t { kExact = 0, kStem = 1, kKey = 2 };
inline constexpr int kNumFields = 3;
inline constexpr int kNumViews = 3;

// A stored term is its space byte followed by the term's UTF-8 bytes. Text spaces are
// 1 + 3 * field + view; entity ids use kEntitySpace. DO NOT CHANGE: stored.
constexpr char TextSpace(Field f, View v) {
  return static_cast<char>(1 + 3 * static_cast<int>(f) + static_cast<int>(v));
}
inline constexpr char kEntitySpace = 16;

constexpr bool IsTextSpace(char space) { return space >= 1 && space <= 3 * kNumFields; }
// Only the stem view of the title and body stores positions.
constexpr bool SpaceHasPositions(char space) {
  return space >= 1 && space <= 6 && (space - 1) % 3 == static_cast<int>(View::kStem);
}
// Exact-view spaces hold no postings of their own: their forms are stored in the stem
// view's positional lists (segment formats 3 and 4; index/exact_forms.h).
constexpr bool SpaceIsExactView(char space) {
  return IsTextSpace(space) && (space - 1) % 3 == static_cast<int>(View::kExact);
}
// The lists that store each document's forms: the positional ones (title and body stems).
constexpr bool SpaceHasForms(char space) { return SpaceHasPositions(space); }
// The stem-view space of the same field as a text space.
constexpr char StemSpaceOf(char space) {
  return static_cast<char>(space - (space - 1) % 3 + static_cast<int>(View::kStem));
}
// Which views a field is indexed under: all three, except the lead (stem only).
constexpr bool FieldHasView(Field f, View v) { return f != Field::kLead || v == View::kStem; }
// Whether a field's stem view has positions (phrases): not the lead.
constexpr bool FieldHasPositions(Field f) { return f != Field::kLead; }
// The lead field's stem view. Since segment format 6 its terms have neither a dictionary
// entry nor a posting list: each body stem list stores the lead frequencies of its documents
// beside their body frequencies, and the lead term's df in its header (the lead is the body's
// first tokens, so its documents are the body's).
inline constexpr char kLeadSpace = TextSpace(Field::kLead, View::kStem);
// The lists that store each document's lead-field frequency: the body stems.
constexpr bool SpaceHasLead(char space) { return space == TextSpace(Field::kBody, View::kStem); }
// The field a text space belongs to. REQUIRES: IsTextSpace(space).
constexpr Field FieldOfSpace(char space) { return static_cast<Field>((space - 1) / 3); }

inline std::string MakeTerm(char space, std::string_view bytes) {
  std::string t(1, space);
  t.append(bytes);
  return t;
}
// The body stem term whose list holds lead term `lead_key`'s frequencies and df.
// REQUIRES: lead_key[0] == kLeadSpace.
inline std::string LeadBodyTerm(std::string_view lead_key) {
  return MakeTerm(TextSpace(Field::kBody, View::kStem), lead_key.substr(1));
}

// Tokens that are indexed: words, numbers, URLs, e-mail addresses, hashtags, mentions.
// Punctuation and symbols are not, and take no position: a token's position is its
// ordinal among the indexed tokens of its field.
constexpr bool IsIndexed(text::TokenKind k) {
  return k != text::TokenKind::kPunctuation && k != text::TokenKind::kSymbol;
}

// One document as the index receives it: tokens, not articles (the caller analyses the
// text with the one text::Analyzer shared by indexing and queries).
struct IndexDoc {
  std::string id;                           // the document id (unique; re-adding replaces)
  std::optional<std::int64_t> date;         // seconds since the Unix epoch, UTC
  std::string source;                       // the outlet
  const text::TextAnalysis* title = nullptr;  // may be null (no title)
  const text::TextAnalysis* body = nullptr;   // may be null
  std::vector<std::string> entities;        // entity ids, for entity: filters
  // An opaque value stored with the document that tells its versions apart (the engine
  // stores the content fingerprint, to find documents the store changed behind the index).
  std::uint64_t version = 0;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_SCHEMA_H_
