// Fuzzes the query parser and the searcher on arbitrary query bytes: parsing never fails
// (problems are warnings, clauses are never empty, at most kMaxClauses), and searching a small
// in-memory index returns at most k hits in score order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "marsad/index/index_writer.h"
#include "marsad/index/query_parser.h"
#include "marsad/index/searcher.h"
#include "marsad/io/env.h"
#include "marsad/text/analyzer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

struct Fixture {
  marsad::text::Analyzer analyzer;
  std::unique_ptr<marsad::io::Env> env = marsad::io::NewMemEnv();
  std::unique_ptr<marsad::index::IndexWriter> writer;
  Fixture() {
    writer = std::move(marsad::index::IndexWriter::Open(env.get(), "/f")).value();
    const char* bodies[] = {"قال لافرينتيف في أستانة إن الجولة المقبلة", "خفض التصعيد في إدلب",
                            "Trump and Putin met in Helsinki", "٢٠١٨ عام الانتخابات"};
    int i = 0;
    for (const char* b : bodies) {
      marsad::text::TextAnalysis a;
      analyzer.Analyze(b, &a);
      marsad::index::IndexDoc d;
      d.id = std::string(1, static_cast<char>('a' + i++));
      d.body = &a;
      d.title = &a;
      d.source = i % 2 == 0 ? "BBC" : "CNN";
      d.date = 1520000000 + i * 86400;
      Check(writer->Add(d).ok());
    }
    Check(writer->Commit().ok());
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture* const f = new Fixture();
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  const marsad::index::ParsedQuery q = marsad::index::ParseQuery(query);
  Check(q.clauses.size() <= marsad::index::kMaxClauses);
  for (const auto& c : q.clauses) Check(!c.text.empty());
  const marsad::index::Searcher searcher(f->analyzer);
  const auto r = searcher.Search(*f->writer->snapshot(), q, marsad::index::SearchOptions{3});
  Check(r.hits.size() <= 3);
  for (std::size_t i = 1; i < r.hits.size(); ++i) Check(r.hits[i - 1].score >= r.hits[i].score);
  return 0;
}
