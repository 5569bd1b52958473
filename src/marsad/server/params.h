// Validation of HTTP request parameters for `marsad serve`: every query value is checked for
// length, type, range and UTF-8 before a handler uses it, and a failure becomes a 400 with a
// message naming the parameter. Pure functions, no HTTP types: unit-tested by tables.
#ifndef MARSAD_SERVER_PARAMS_H_
#define MARSAD_SERVER_PARAMS_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/base/result.h"

namespace marsad::server {

// Longest accepted text parameter (a query, a name, a source), in bytes.
inline constexpr std::size_t kMaxTextParamBytes = 512;
// Longest accepted document or entity id, in bytes.
inline constexpr std::size_t kMaxIdBytes = 512;

// The decoded query parameters of one request (name -> every value given).
using ParamMap = std::multimap<std::string, std::string>;

// InvalidArgument naming the first parameter not in `allowed`, or one given more than once.
Status CheckParamNames(const ParamMap& params, std::initializer_list<std::string_view> allowed);

// The value of `name`, or nullopt when absent. InvalidArgument when it is longer than
// `max_bytes`, not valid UTF-8, or holds control characters (tab, newline and friends).
Result<std::optional<std::string>> TextParam(const ParamMap& params, std::string_view name,
                                             std::size_t max_bytes = kMaxTextParamBytes);

// Like TextParam, and InvalidArgument when absent or empty.
Result<std::string> RequiredTextParam(const ParamMap& params, std::string_view name,
                                      std::size_t max_bytes = kMaxTextParamBytes);

// A decimal integer in [min, max]; `fallback` when absent. InvalidArgument for anything
// else (signs, spaces, overflow, out of range), naming the parameter and the range.
Result<std::int64_t> IntParam(const ParamMap& params, std::string_view name, std::int64_t min, std::int64_t max,
                              std::int64_t fallback);

// A date "YYYY-MM-DD" (midnight UTC) or "YYYY-MM-DDTHH:MM:SSZ" as seconds since the epoch;
// nullopt when absent. InvalidArgument when malformed or not a real day/time.
Result<std::optional<std::int64_t>> DateParam(const ParamMap& params, std::string_view name);

// Checks an id taken from the path (already percent-decoded): 1..kMaxIdBytes bytes, valid
// UTF-8, no control characters. InvalidArgument naming `what` otherwise.
Status CheckId(std::string_view id, std::string_view what);

}  // namespace marsad::server

#endif  // MARSAD_SERVER_PARAMS_H_
