// ReadInputText; see input_text.h.
#include "marsad/cli/input_text.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <iterator>

#include "marsad/cli/json_lines.h"
#include "marsad/io/content_kind.h"
#include "marsad/io/env.h"
#include "marsad/text/utf8.h"

namespace marsad::cli {

Result<std::string> ReadInputText(const std::string& path, const InputOptions& options) {
  std::string content;
  const std::string name = path == "-" ? "<stdin>" : path;
  if (path == "-") {
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
      content.append(buf, n);
      if (content.size() > options.max_bytes) {
        return Status::InvalidArgument(name + ": input is larger than the limit of " +
                                       std::to_string(options.max_bytes) + " bytes");
      }
    }
  } else {
    auto r = io::Env::Default()->ReadFile(path, options.max_bytes);
    if (!r.ok()) return r.status();
    content = std::move(r).value();
  }
  if (std::string reason = io::BinaryReason(content); !reason.empty()) {
    return Status::InvalidArgument(name + ": " + reason + ", not text");
  }
  if (content.find_first_not_of(" \t\r\n\f") == std::string::npos) {
    return Status::InvalidArgument(name + ": empty file, nothing to analyse");
  }
  std::string fixed;
  Status s = text::CheckUtf8(content, options.replace_invalid_utf8
                                          ? text::InvalidUtf8Policy::kReplace
                                          : text::InvalidUtf8Policy::kReport,
                             &fixed);
  if (!s.ok()) {
    return Status::InvalidArgument(name + ": " + s.message() +
                                   " (--replace-invalid substitutes U+FFFD)");
  }
  if (!fixed.empty()) content = std::move(fixed);
  return content;
}

bool IsJsonLines(const std::string& path, const std::string& content) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(),
                                                        suffix) == 0;
  };
  if (ends_with(".jsonl") || ends_with(".json")) return true;
  if (path != "-") return false;
  std::size_t first = content.find_first_not_of(" \t\r\n");
  return first != std::string::npos && content[first] == '{';
}

std::vector<InputDoc> SplitInputDocs(const std::string& path, const std::string& name, std::string content,
                                     std::vector<std::string>* errors) {
  std::vector<InputDoc> docs;
  if (!IsJsonLines(path, content)) {
    docs.push_back({0, std::move(content)});
    return docs;
  }
  ForEachJsonLine(content, [&](std::size_t line_no, std::string_view line) {
    const std::string where = name + ":" + std::to_string(line_no);
    const std::optional<nlohmann::json> j = ParseJsonObject(line);
    if (!j) {
      errors->push_back(where + ": not a JSON object");
      return true;
    }
    auto it = j->find("text");
    if (it == j->end() || !it->is_string()) {
      errors->push_back(where + ": no \"text\" string field");
      return true;
    }
    docs.push_back({line_no, it->get<std::string>()});
    return true;
  });
  return docs;
}

}  // namespace marsad::cli
