// JSONL articles for the story commands' development path.
#include "marsad/cli/story_input.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "marsad/cli/json_lines.h"
#include "marsad/dates/date_field.h"
#include "marsad/io/env.h"

namespace marsad::cli {
namespace {

constexpr std::size_t kMaxErrorsKept = 20;

std::string StringField(const nlohmann::json& j, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    auto it = j.find(n);
    if (it != j.end() && it->is_string()) return it->get<std::string>();
    if (it != j.end() && it->is_number_integer()) return std::to_string(it->get<long long>());
  }
  return {};
}

void AddError(ReadArticlesStats* stats, std::string e) {
  ++stats->error_count;
  if (stats->errors.size() < kMaxErrorsKept) stats->errors.push_back(std::move(e));
}

Status ReadFile(const std::string& path, std::vector<doc::Document>* out, ReadArticlesStats* stats) {
  auto content = io::Env::Default()->ReadFile(path, std::uint64_t{4} << 30);
  if (!content.ok()) return content.status();
  ForEachJsonLine(*content, [&](std::size_t line_no, std::string_view line) {
    ++stats->lines;
    const std::string where = path + ":" + std::to_string(line_no);
    const std::optional<nlohmann::json> object = ParseJsonObject(line);
    if (!object) {
      AddError(stats, where + ": not a JSON object");
      return true;
    }
    const nlohmann::json& j = *object;
    doc::Document d;
    d.id = StringField(j, {"id", "docno"});
    d.title = StringField(j, {"title"});
    d.text = StringField(j, {"text"});
    d.source = StringField(j, {"source"});
    d.url = StringField(j, {"url"});
    d.category = StringField(j, {"category"});
    if (d.id.empty()) {
      AddError(stats, where + ": no \"id\" or \"docno\"");
      return true;
    }
    if (d.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      ++stats->empty_text;
      return true;
    }
    d.published = dates::ParseDateField(StringField(j, {"date", "time"}));
    if (!d.published) ++stats->undated;
    out->push_back(std::move(d));
    return true;
  });
  return Status::Ok();
}

}  // namespace

Status ReadJsonlArticles(const std::string& path, std::vector<doc::Document>* out,
                         ReadArticlesStats* stats) {
  io::Env* env = io::Env::Default();
  if (env->IsDirectory(path)) {
    auto names = env->ListDir(path);
    if (!names.ok()) return names.status();
    std::vector<std::string> files;
    for (const std::string& n : *names) {
      if (n.size() > 6 && n.compare(n.size() - 6, 6, ".jsonl") == 0) files.push_back(n);
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::NotFound(path + ": no .jsonl files in this folder");
    for (const std::string& n : files) MARSAD_RETURN_IF_ERROR(ReadFile(path + "/" + n, out, stats));
    return Status::Ok();
  }
  return ReadFile(path, out, stats);
}

}  // namespace marsad::cli
