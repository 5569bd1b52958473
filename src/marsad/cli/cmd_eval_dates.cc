// `marsad eval dates`: coverage of ParseDateField on the corpora's date fields, and the
// date expressions FindDates finds in a sample of their articles, by form (docs/dates.md).
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "marsad/cli/command.h"
#include "marsad/cli/json_lines.h"
#include "marsad/dates/date_coverage.h"
#include "marsad/dates/date_field.h"
#include "marsad/io/env.h"

namespace marsad::cli {
namespace {

struct DatesOptions {
  bool json = false;
  std::size_t sample = 1000;   // articles per corpus for FindDates
  std::size_t examples = 3;    // examples per form
  std::uint64_t seed = 1;      // of the article sample
};

// One corpus's records: the date field's value and the article text.
struct DatedRecord {
  std::string date;
  std::string text;
};

// The corpora of ../shared/data with a date field, as they ship.
struct DatedCorpus {
  std::string name;
  std::string field;
  std::vector<std::string> files;  // JSONL files, or zips of JSON arrays
  bool zipped = false;
  std::string text_field;
};

std::vector<DatedCorpus> DatedCorpora(const std::string& data) {
  DatedCorpus ant{"ant-multisource-news", "time", {}, false, "text"};
  for (const char* f : {"Alarabia", "BBC", "CNN", "France24", "SkyNews"}) {
    ant.files.push_back(data + "/ant-multisource-news/" + f + ".jsonl");
  }
  DatedCorpus jawhara{"ant-jawharafm-news", "time", {data + "/ant-jawharafm-news/all.jsonl"}, false,
                      "text"};
  DatedCorpus saudi{"saudinewsnet", "date_extracted", {}, true, "content"};
  const std::string dir = data + "/saudinewsnet/dataset";
  if (auto names = io::Env::Default()->ListDir(dir); names.ok()) {
    for (const std::string& n : *names) {
      if (n.size() > 4 && n.ends_with(".zip")) saudi.files.push_back(dir + "/" + n);
    }
  }
  return {ant, jawhara, saudi};
}

std::string StringField(const nlohmann::json& j, const std::string& key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Calls fn(record) for every record of the corpus. Errors name the file (and line).
template <typename Fn>
Status ForEachRecord(const DatedCorpus& c, Fn&& fn) {
  for (const std::string& path : c.files) {
    auto bytes = io::Env::Default()->ReadFile(path, std::uint64_t{1} << 31);
    if (!bytes.ok()) return bytes.status();
    if (!c.zipped) {
      Status bad;
      ForEachJsonLine(*bytes, [&](std::size_t line_no, std::string_view line) {
        const std::optional<nlohmann::json> j = ParseJsonObject(line);
        if (!j) {
          bad = Status::Corruption(path + ":" + std::to_string(line_no) + ": not a JSON object");
          return false;
        }
        fn(DatedRecord{StringField(*j, c.field), StringField(*j, c.text_field)});
        return true;
      });
      if (!bad.ok()) return bad;
      continue;
    }
    // A zip of JSON arrays (SaudiNewsNet ships one YYYY-MM-DD.json per zip).
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes->data(), bytes->size(), 0, &err);
    zip_t* z = src == nullptr ? nullptr : zip_open_from_source(src, ZIP_RDONLY, &err);
    if (z == nullptr) {
      const std::string msg = path + ": not a readable zip (" + zip_error_strerror(&err) + ")";
      if (src != nullptr) zip_source_free(src);
      zip_error_fini(&err);
      return Status::Corruption(msg);
    }
    zip_error_fini(&err);
    Status status;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t e = 0; e < n && status.ok(); ++e) {
      zip_stat_t st;
      if (zip_stat_index(z, static_cast<zip_uint64_t>(e), 0, &st) != 0 || st.size > (1u << 30)) {
        status = Status::Corruption(path + ": unreadable or oversized entry");
        break;
      }
      const std::string entry = st.name != nullptr ? st.name : "";
      if (!entry.ends_with(".json")) continue;
      std::string json(st.size, '\0');
      zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(e), 0);
      if (f == nullptr || zip_fread(f, json.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
        if (f != nullptr) zip_fclose(f);
        status = Status::Corruption(path + ": cannot read " + entry);
        break;
      }
      zip_fclose(f);
      nlohmann::json arr = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
      if (arr.is_discarded() || !arr.is_array()) {
        status = Status::Corruption(path + ": " + entry + " is not a JSON array");
        break;
      }
      for (const nlohmann::json& j : arr) {
        if (j.is_object()) fn(DatedRecord{StringField(j, c.field), StringField(j, c.text_field)});
      }
    }
    zip_discard(z);
    MARSAD_RETURN_IF_ERROR(status);
  }
  return Status::Ok();
}

struct CorpusDates {
  const DatedCorpus* corpus = nullptr;
  bool present = false;
  dates::FieldTally fields;
  std::vector<DatedRecord> sample;  // a uniform sample of the records (reservoir, fixed seed)
  std::size_t unanchored = 0;       // sampled records whose date field did not parse
};

nlohmann::json MentionJson(const dates::MentionExample& e) {
  return {{"context", e.context},
          {"date", dates::ToIsoString(e.mention.date)},
          {"granularity", dates::GranularityName(e.mention.granularity)},
          {"form", dates::DateFormName(e.mention.form)},
          {"relative", e.mention.relative},
          {"hijri", e.mention.calendar == dates::Calendar::kHijri}};
}

int RunDates(const GlobalOptions& global, const DatesOptions& opt) {
  const std::vector<DatedCorpus> corpora = DatedCorpora(global.data_dir);
  std::vector<CorpusDates> results(corpora.size());
  std::uint64_t rng = opt.seed * 0x9E3779B97F4A7C15ULL + 1;
  auto next_random = [&rng] {  // splitmix64
    std::uint64_t z = (rng += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  };
  for (std::size_t ci = 0; ci < corpora.size(); ++ci) {
    const DatedCorpus& c = corpora[ci];
    CorpusDates& r = results[ci];
    r.corpus = &c;
    r.present = !c.files.empty();
    for (const std::string& f : c.files) r.present = r.present && io::Env::Default()->FileExists(f);
    if (!r.present) continue;  // not in this checkout: reported as skipped
    std::size_t seen = 0;
    Status st = ForEachRecord(c, [&](DatedRecord rec) {
      r.fields.Add(rec.date);
      ++seen;
      if (r.sample.size() < opt.sample) {
        r.sample.push_back(std::move(rec));
      } else if (const std::size_t k = next_random() % seen; k < opt.sample) {
        r.sample[k] = std::move(rec);
      }
    });
    if (!st.ok()) {
      PrintError("eval dates", st);
      return kExitFailed;
    }
  }
  // FindDates over the samples, each anchored at its own publication date.
  dates::TextTally texts(opt.examples);
  std::size_t unanchored = 0;
  const auto start = std::chrono::steady_clock::now();
  for (CorpusDates& r : results) {
    for (const DatedRecord& rec : r.sample) {
      std::optional<dates::CivilDate> anchor;
      if (auto t = dates::ParseDateField(rec.date)) anchor = dates::CivilDateOf(*t);
      if (!anchor) ++unanchored;
      texts.Add(rec.text, anchor);
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double mb = static_cast<double>(texts.bytes()) / 1e6;

  if (opt.json) {
    nlohmann::json out = {{"fields", nlohmann::json::array()}};
    for (const CorpusDates& r : results) {
      nlohmann::json f = {{"corpus", r.corpus->name}, {"field", r.corpus->field}, {"present", r.present}};
      if (r.present) {
        f["fields"] = r.fields.fields();
        f["empty"] = r.fields.empty();
        f["parsed"] = r.fields.parsed();
        f["failures"] = nlohmann::json::array();
        for (const auto& [shape, fail] : r.fields.failures()) {
          f["failures"].push_back({{"shape", shape}, {"count", fail.first}, {"example", fail.second}});
        }
        f["shapes"] = r.fields.shapes();
      }
      out["fields"].push_back(f);
    }
    nlohmann::json by_form = nlohmann::json::object(), by_gran = nlohmann::json::object();
    for (std::size_t k = 0; k < texts.by_form().size(); ++k) {
      by_form[std::string(dates::DateFormName(static_cast<dates::DateForm>(k)))] = texts.by_form()[k];
    }
    for (std::size_t k = 0; k < texts.by_granularity().size(); ++k) {
      by_gran[std::string(dates::GranularityName(static_cast<dates::Granularity>(k)))] =
          texts.by_granularity()[k];
    }
    nlohmann::json examples = nlohmann::json::array();
    for (const auto& e : texts.examples()) examples.push_back(MentionJson(e));
    out["texts"] = {{"docs", texts.docs()},           {"unanchored", unanchored},
                    {"bytes", texts.bytes()},         {"docs_with_dates", texts.docs_with_dates()},
                    {"mentions", texts.mentions()},   {"relative", texts.relative()},
                    {"hijri", texts.hijri()},         {"by_form", by_form},
                    {"by_granularity", by_gran},      {"seconds", seconds},
                    {"mb_per_s", seconds > 0 ? mb / seconds : 0.0},
                    {"examples", examples}};
    std::cout << out.dump(1) << '\n';
  } else {
    std::printf("date fields (ParseDateField), data in %s\n", global.data_dir.c_str());
    for (const CorpusDates& r : results) {
      if (!r.present) {
        std::printf("  %-22s %-15s skipped: not found\n", r.corpus->name.c_str(), r.corpus->field.c_str());
        continue;
      }
      const std::size_t nonempty = r.fields.fields() - r.fields.empty();
      std::printf("  %-22s %-15s %6zu fields, %zu empty, %zu of %zu parsed (%.2f%%)\n",
                  r.corpus->name.c_str(), r.corpus->field.c_str(), r.fields.fields(), r.fields.empty(),
                  r.fields.parsed(), nonempty,
                  nonempty ? 100.0 * static_cast<double>(r.fields.parsed()) / static_cast<double>(nonempty) : 0.0);
      for (const auto& [shape, count] : r.fields.shapes()) {
        std::printf("      %6zu  %s\n", count, shape.c_str());
      }
      for (const auto& [shape, fail] : r.fields.failures()) {
        std::printf("      not parsed: %zu like \"%s\"\n", fail.first, fail.second.c_str());
      }
    }
    std::printf("\ndate expressions (FindDates) in %zu sampled articles (%.1f MB), anchored at their "
                "publication date (%zu without one)\n",
                texts.docs(), mb, unanchored);
    std::printf("  articles with a date  %zu (%.1f%%)\n", texts.docs_with_dates(),
                texts.docs() ? 100.0 * static_cast<double>(texts.docs_with_dates()) / static_cast<double>(texts.docs()) : 0.0);
    std::printf("  mentions              %zu (%.2f per article), %zu relative, %zu Hijri\n", texts.mentions(),
                texts.docs() ? static_cast<double>(texts.mentions()) / static_cast<double>(texts.docs()) : 0.0,
                texts.relative(), texts.hijri());
    std::printf("  by form\n");
    for (std::size_t k = 0; k < texts.by_form().size(); ++k) {
      std::printf("    %-15s %6zu\n", std::string(dates::DateFormName(static_cast<dates::DateForm>(k))).c_str(),
                  texts.by_form()[k]);
    }
    std::printf("  by granularity\n");
    for (std::size_t k = 0; k < texts.by_granularity().size(); ++k) {
      std::printf("    %-15s %6zu\n",
                  std::string(dates::GranularityName(static_cast<dates::Granularity>(k))).c_str(),
                  texts.by_granularity()[k]);
    }
    std::printf("  time                  %.2f s (%.1f MB/s)\n", seconds, seconds > 0 ? mb / seconds : 0.0);
    std::printf("  examples\n");
    for (const auto& e : texts.examples()) {
      std::printf("    %-14s %s%s  %s\n", std::string(dates::DateFormName(e.mention.form)).c_str(),
                  dates::ToIsoString(e.mention.date).c_str(), e.mention.relative ? "~" : " ",
                  e.context.c_str());
    }
  }
  // Fails only when no corpus was found at all.
  for (const CorpusDates& r : results) {
    if (r.present) return kExitOk;
  }
  PrintError("eval dates", "no dated corpus found under " + global.data_dir + " (see --data)");
  return kExitFailed;
}

}  // namespace

void RegisterEvalDates(CLI::App& eval, GlobalOptions& global, CommandRunner* runner) {
  auto d = std::make_shared<DatesOptions>();
  CLI::App* dates_cmd = eval.add_subcommand(
      "dates", "Date fields parsed, and date expressions found by form, on the news corpora");
  dates_cmd->add_option("--sample", d->sample, "Articles sampled per corpus for FindDates (default 1000)");
  dates_cmd->add_option("--examples", d->examples, "Examples printed per form (default 3)");
  dates_cmd->add_option("--seed", d->seed, "Seed of the article sample (default 1)");
  dates_cmd->add_flag("--json", d->json, "Print JSON");
  dates_cmd->callback([&global, d, runner] { *runner = [&global, d] { return RunDates(global, *d); }; });
}

}  // namespace marsad::cli
