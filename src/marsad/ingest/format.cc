// DetectFormat; see format.h.
#include "marsad/ingest/format.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "marsad/io/content_kind.h"

namespace marsad::ingest {
namespace {

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char want, char c) { return std::tolower(static_cast<unsigned char>(c)) == want; });
}

// `data` without a UTF-8 byte order mark and leading white space.
std::string_view SkipLeading(std::string_view data) {
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  const std::size_t i = data.find_first_not_of(" \t\r\n\f");
  return i == std::string_view::npos ? std::string_view() : data.substr(i);
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
  return it != hay.end();
}

}  // namespace

std::string_view FormatName(Format f) {
  switch (f) {
    case Format::kText: return "text";
    case Format::kJsonLines: return "JSON lines";
    case Format::kJsonArray: return "JSON array";
    case Format::kHtml: return "HTML";
    case Format::kFeed: return "feed";
    case Format::kZip: return "zip";
  }
  return "?";
}

bool HasInputExtension(std::string_view name) {
  for (std::string_view ext : {".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml", ".xml",
                               ".rss", ".atom", ".zip"}) {
    if (EndsWithNoCase(name, ext)) return true;
  }
  return false;
}

std::string_view FileStem(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const std::size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return path;
}

Result<Format> DetectFormat(std::string_view name, std::string_view data) {
  if (data.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      data.substr(0, 4) == std::string_view("PK\x05\x06", 4)) {
    return Format::kZip;
  }
  if (std::string reason = io::BinaryReason(data); !reason.empty()) {
    return Status::InvalidArgument(reason + ", not a text, JSON, HTML, feed or zip file");
  }
  const std::string_view head = SkipLeading(data);
  if (head.empty()) return Status::InvalidArgument("empty file, nothing to ingest");
  if (head.front() == '{') return Format::kJsonLines;
  if (head.front() == '[') return Format::kJsonArray;
  if (head.front() == '<') {
    const std::string_view prefix = head.substr(0, 4096);
    if (ContainsNoCase(prefix, "<rss") || ContainsNoCase(prefix, "<feed") ||
        ContainsNoCase(prefix, "<rdf:rdf")) {
      return Format::kFeed;
    }
    if (ContainsNoCase(prefix, "<html") || ContainsNoCase(prefix, "<!doctype html") ||
        ContainsNoCase(prefix, "<body") || ContainsNoCase(prefix, "<head")) {
      return Format::kHtml;
    }
  }
  // Content did not decide: the extension does.
  if (EndsWithNoCase(name, ".jsonl") || EndsWithNoCase(name, ".json")) return Format::kJsonLines;
  if (EndsWithNoCase(name, ".html") || EndsWithNoCase(name, ".htm")) return Format::kHtml;
  if (EndsWithNoCase(name, ".xml") || EndsWithNoCase(name, ".rss") || EndsWithNoCase(name, ".atom")) {
    return Format::kFeed;
  }
  return Format::kText;
}

}  // namespace marsad::ingest
