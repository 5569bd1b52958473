// The articles of ../shared/data/ant-multisource-news the micro-benchmarks run on: the first
// MARSAD_BENCH_DOCS articles with text of each outlet (else `default_per_outlet`), with id,
// title, outlet and publication date, analysed once with one cache, as ingest has them by
// the time a stage runs. Empty when the corpus is absent (the benchmarks then skip).
#ifndef MARSAD_BENCH_ANT_ARTICLES_H_
#define MARSAD_BENCH_ANT_ARTICLES_H_

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "marsad/dates/date_field.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/text/analyzer.h"

namespace marsad::bench {

inline std::vector<doc::AnalyzedDoc> LoadAntArticles(const text::Analyzer& analyzer, std::size_t default_per_outlet) {
  const char* n_env = std::getenv("MARSAD_BENCH_DOCS");
  const std::size_t per_outlet = n_env != nullptr ? std::strtoul(n_env, nullptr, 10) : default_per_outlet;
  const std::string dir = std::string(MARSAD_SHARED_DATA_DIR) + "/ant-multisource-news/";
  std::vector<doc::AnalyzedDoc> docs;
  text::AnalysisCache cache;
  for (const char* outlet : {"Alarabia", "BBC", "CNN", "France24", "SkyNews"}) {
    std::ifstream in(dir + outlet + ".jsonl");
    std::string line;
    for (std::size_t n = 0; n < per_outlet && std::getline(in, line);) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      doc::AnalyzedDoc d;
      d.document.text = j["text"].get<std::string>();
      if (d.document.text.empty()) continue;
      d.document.id = j.value("docno", "");
      d.document.title = j.value("title", "");
      d.document.source = outlet;
      d.document.published = dates::ParseDateField(j.value("time", ""));
      analyzer.Analyze(d.document.text, &d.analysis, &cache);
      docs.push_back(std::move(d));
      ++n;
    }
  }
  return docs;
}

}  // namespace marsad::bench

#endif  // MARSAD_BENCH_ANT_ARTICLES_H_
