// Request parameter validation; see params.h.
#include "marsad/server/params.h"

#include <algorithm>
#include <charconv>

#include "marsad/dates/civil_date.h"
#include "marsad/text/utf8.h"

namespace marsad::server {
namespace {

// Checks a text value: size, UTF-8, control characters.
Status CheckText(std::string_view value, std::string_view name, std::size_t max_bytes) {
  if (value.size() > max_bytes) {
    return Status::InvalidArgument(std::string(name) + ": longer than " + std::to_string(max_bytes) + " bytes");
  }
  if (const std::size_t bad = text::FindInvalidUtf8(value); bad != std::string_view::npos) {
    return Status::InvalidArgument(std::string(name) + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  const bool control = std::any_of(value.begin(), value.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
  });
  if (control) return Status::InvalidArgument(std::string(name) + ": control characters are not allowed");
  return Status::Ok();
}

// Parses exactly `n` digits at s[pos...] into *out.
bool Digits(std::string_view s, std::size_t pos, std::size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

Status CheckParamNames(const ParamMap& params, std::initializer_list<std::string_view> allowed) {
  for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
    const std::string& name = it->first;
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string list;
      for (std::string_view a : allowed) {
        if (!list.empty()) list += ", ";
        list += a;
      }
      std::string shown = name.size() > 40 ? name.substr(0, 40) + "..." : name;
      if (text::FindInvalidUtf8(shown) != std::string_view::npos) shown = text::ReplaceInvalidUtf8(shown);
      return Status::InvalidArgument("unknown parameter '" + shown + "'" +
                                     (list.empty() ? " (this endpoint takes none)" : " (expected: " + list + ")"));
    }
    if (params.count(name) > 1) return Status::InvalidArgument(name + ": given more than once");
  }
  return Status::Ok();
}

Result<std::optional<std::string>> TextParam(const ParamMap& params, std::string_view name, std::size_t max_bytes) {
  auto it = params.find(std::string(name));
  if (it == params.end()) return std::optional<std::string>();
  MARSAD_RETURN_IF_ERROR(CheckText(it->second, name, max_bytes));
  return std::optional<std::string>(it->second);
}

Result<std::string> RequiredTextParam(const ParamMap& params, std::string_view name, std::size_t max_bytes) {
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> value, TextParam(params, name, max_bytes));
  if (!value || value->empty()) return Status::InvalidArgument(std::string(name) + ": required");
  return std::move(*value);
}

Result<std::int64_t> IntParam(const ParamMap& params, std::string_view name, std::int64_t min, std::int64_t max,
                              std::int64_t fallback) {
  auto it = params.find(std::string(name));
  if (it == params.end()) return fallback;
  const std::string& s = it->second;
  const std::string range = " (an integer from " + std::to_string(min) + " to " + std::to_string(max) + ")";
  std::int64_t v = 0;
  const bool digits = !s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
  if (!digits || std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc()) {
    return Status::InvalidArgument(std::string(name) + ": not a number" + range);
  }
  if (v < min || v > max) return Status::InvalidArgument(std::string(name) + ": out of range" + range);
  return v;
}

Result<std::optional<std::int64_t>> DateParam(const ParamMap& params, std::string_view name) {
  auto it = params.find(std::string(name));
  if (it == params.end()) return std::optional<std::int64_t>();
  const std::string& s = it->second;
  const Status bad = Status::InvalidArgument(std::string(name) +
                                             ": not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)");
  if (s.size() != 10 && s.size() != 20) return bad;
  auto day = dates::ParseIsoDate(std::string_view(s).substr(0, 10));
  if (!day) return bad;
  std::int64_t seconds = dates::DaysFromCivil(*day) * 86400;
  if (s.size() == 20) {
    int h = 0, m = 0, sec = 0;
    if (s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z' || !Digits(s, 11, 2, &h) ||
        !Digits(s, 14, 2, &m) || !Digits(s, 17, 2, &sec) || h > 23 || m > 59 || sec > 59) {
      return bad;
    }
    seconds += h * 3600 + m * 60 + sec;
  }
  return std::optional<std::int64_t>(seconds);
}

Status CheckId(std::string_view id, std::string_view what) {
  if (id.empty()) return Status::InvalidArgument(std::string(what) + ": empty");
  return CheckText(id, what, kMaxIdBytes);
}

}  // namespace marsad::server
