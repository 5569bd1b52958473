// The query parser: user text in, ParsedQuery out (syntax in query.h). It never fails:
// whatever it cannot use becomes a warning and the rest of the query still runs.
// Thread-safe (a pure function).
#ifndef MARSAD_INDEX_QUERY_PARSER_H_
#define MARSAD_INDEX_QUERY_PARSER_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "marsad/index/query.h"

namespace marsad::index {

inline constexpr std::size_t kMaxQueryBytes = 4096;
inline constexpr std::size_t kMaxClauses = 64;

ParsedQuery ParseQuery(std::string_view query);

// Parses one date: YYYY, YYYY-MM or YYYY-MM-DD (also with '/'), as the range of seconds
// it covers [first second, first second after). nullopt when it is not a valid date.
std::optional<DateRange> ParseDay(std::string_view s);

}  // namespace marsad::index

#endif  // MARSAD_INDEX_QUERY_PARSER_H_
