// index_tool: drives marsad's index without the store, for side-by-side runs with the
// Lucene and Xapian peers (bench/search.sh). Same verbs and JSON lines as the peers:
//   index_tool index CORPUS.jsonl INDEX_DIR [--repeat N] [--no-merge]
//       indexes {"id","text"[,"title","date","source"]} per line, end to end (read, parse,
//       analyse, invert, write, commit; then merges to one segment like the Lucene peer).
//       --repeat N indexes the corpus N times, ids suffixed "#r" (for the growth curve).
//   index_tool sizes INDEX_DIR [WORDS.txt]
//       bytes of each section of each segment: per term space the postings' skip tables,
//       doc ids, frequencies, forms and positions; the dictionary; the document table. With
//       a word list, also the same summed over those words' body stem lists.
//   index_tool search INDEX_DIR QUERIES.tsv K RUN_OUT [--warmup N]
//       runs each qid<TAB>query line; per-query latency covers parsing, analysis, top-K
//       retrieval and id lookup; writes a TREC run.
// Single-threaded.
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/base/cpu_clock.h"
#include "marsad/index/file_footer.h"
#include "marsad/base/byte_coding.h"
#include "marsad/index/index_writer.h"
#include "marsad/index/postings.h"
#include "marsad/index/segment_reader.h"
#include "marsad/index/query_parser.h"
#include "marsad/index/searcher.h"
#include "marsad/io/env.h"
#include "marsad/text/analyzer.h"

namespace {

using Clock = std::chrono::steady_clock;
double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

marsad::text::AnalyzerOptions Options() {
  marsad::text::AnalyzerOptions o;
  o.sentences = false;  // the index does not use sentences
  return o;
}

std::uint64_t DirBytes(marsad::io::Env* env, const std::string& dir) {
  std::uint64_t n = 0;
  auto names = env->ListDir(dir);
  if (!names.ok()) return 0;
  for (const auto& name : *names) {
    auto s = env->FileSize(dir + "/" + name);
    if (s.ok()) n += *s;
  }
  return n;
}

int Fail(const std::string& msg) {
  std::fprintf(stderr, "index_tool: %s\n", msg.c_str());
  return 1;
}

int Index(const std::string& corpus, const std::string& dir, int repeat, bool merge, int flush_threads) {
  using namespace marsad;
  const auto t0 = Clock::now();
  io::Env* env = io::Env::Default();
  // A fresh index: remove what a previous run left.
  if (auto names = env->ListDir(dir); names.ok()) {
    for (const auto& n : *names) (void)env->RemoveFile(dir + "/" + n);
  }
  index::IndexOptions iopt;
  if (const char* lead = std::getenv("MARSAD_LEAD_TOKENS")) iopt.lead_tokens = static_cast<std::uint32_t>(std::atoi(lead));
  auto writer = index::IndexWriter::Open(env, dir, iopt);
  if (!writer.ok()) return Fail(writer.status().ToString());
  const text::Analyzer analyzer(Options());
  text::AnalysisCache cache;
  text::TextAnalysis title_a, body_a;
  simdjson::ondemand::parser parser;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(corpus).get(json) != simdjson::SUCCESS) {
    return Fail(corpus + ": cannot read");
  }
  std::uint64_t docs = 0, bytes = 0;
  for (int r = 0; r < repeat; ++r) {
    simdjson::ondemand::document_stream stream;
    if (parser.iterate_many(json, 1 << 24).get(stream) != simdjson::SUCCESS) {
      return Fail(corpus + ": not JSON lines");
    }
    for (auto doc_result : stream) {
      simdjson::ondemand::object obj;
      if (doc_result.get_object().get(obj) != simdjson::SUCCESS) return Fail(corpus + ": a line is not an object");
      index::IndexDoc d;
      std::string_view title, text;
      for (auto field : obj) {
        std::string_view key;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS) continue;
        std::string_view v;
        if (field.value().get_string().get(v) != simdjson::SUCCESS) continue;
        if (key == "id" || key == "docno") {
          d.id.assign(v);
        } else if (key == "text") {
          text = v;
          body_a.tokens.clear();
          analyzer.Analyze(v, &body_a, &cache);
        } else if (key == "title") {
          title = v;
          analyzer.Analyze(v, &title_a, &cache);
        } else if (key == "source") {
          d.source.assign(v);
        } else if (key == "date" || key == "time") {
          if (auto day = index::ParseDay(v.substr(0, 10))) d.date = day->from;
        }
      }
      if (r > 0) {
        d.id.push_back('#');
        d.id.append(std::to_string(r));
      }
      d.body = text.empty() ? nullptr : &body_a;
      d.title = title.empty() ? nullptr : &title_a;
      bytes += text.size() + title.size();
      if (auto s = (*writer)->Add(d); !s.ok()) return Fail(s.ToString());
      ++docs;
    }
  }
  // The final flush (SegmentBuilder::Finish) timed apart: the one step no document overlaps.
  (*writer)->set_flush_threads(flush_threads);
  const auto commit_t0 = Clock::now();
  const double commit_cpu0 = ProcessCpuSeconds();
  if (auto s = (*writer)->Commit(); !s.ok()) return Fail(s.ToString());
  const double commit_secs = Since(commit_t0);
  const double commit_cpu = ProcessCpuSeconds() - commit_cpu0;
  if (merge) {
    if (auto s = (*writer)->ForceMerge(1); !s.ok()) return Fail(s.ToString());
    if (auto s = (*writer)->Commit(); !s.ok()) return Fail(s.ToString());
  }
  const double secs = Since(t0);
  std::printf(
      "{\"engine\":\"marsad\",\"verb\":\"index\",\"docs\":%llu,\"bytes\":%llu,\"seconds\":%.4f,"
      "\"docs_per_s\":%.1f,\"MB_per_s\":%.3f,\"index_bytes\":%llu,\"segments\":%zu,\"commit_seconds\":%.4f,\"commit_cpu_seconds\":%.4f}\n",
      static_cast<unsigned long long>(docs), static_cast<unsigned long long>(bytes), secs,
      static_cast<double>(docs) / secs, static_cast<double>(bytes) / 1e6 / secs,
      static_cast<unsigned long long>(DirBytes(env, dir)), (*writer)->snapshot()->segments.size(), commit_secs, commit_cpu);
  return 0;
}

double Pct(const std::vector<double>& sorted, double p) {  // nearest rank, as the peers
  if (sorted.empty()) return 0;
  long k = static_cast<long>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
  k = std::max(1L, std::min(static_cast<long>(sorted.size()), k));
  return sorted[static_cast<std::size_t>(k - 1)];
}

int Search(const std::string& dir, const std::string& qfile, std::size_t k, const std::string& run_out,
           int warmup) {
  using namespace marsad;
  std::ifstream in(qfile, std::ios::binary);
  if (!in) return Fail(qfile + ": cannot open");
  std::vector<std::pair<std::string, std::string>> qs;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    qs.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  auto writer = index::IndexWriter::Open(io::Env::Default(), dir);
  if (!writer.ok()) return Fail(writer.status().ToString());
  auto snap = (*writer)->snapshot();
  const text::Analyzer analyzer(Options());
  index::RankingOptions ranking;
  if (const char* w = std::getenv("MARSAD_RANKING")) {
    // For tuning: "exact,stem,key,title,phrase,k1,b,lead,lead_k1,variant".
    std::sscanf(w, "%f,%f,%f,%f,%f,%f,%f,%f,%f,%f", &ranking.view_weight[0], &ranking.view_weight[1],
                &ranking.view_weight[2], &ranking.field_weight[1], &ranking.phrase_weight,
                &ranking.bm25[0].k1, &ranking.bm25[0].b, &ranking.field_weight[2], &ranking.bm25[2].k1,
                &ranking.variant_weight);
  }
  const index::Searcher searcher(analyzer, ranking);
  index::SearchOptions opt;
  opt.k = k;
  for (int w = 0; w < warmup; ++w) {
    for (auto& q : qs) (void)searcher.Search(*snap, q.second, opt);
  }
  std::vector<double> lat(qs.size());
  std::vector<std::string> out(qs.size());
  const auto t0 = Clock::now();
  char buf[64];
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const auto a0 = Clock::now();
    index::SearchResults r = searcher.Search(*snap, qs[i].second, opt);
    std::string& o = out[i];
    int rank = 0;
    for (const auto& h : r.hits) {
      std::snprintf(buf, sizeof(buf), " %d %.6f marsad\n", ++rank, static_cast<double>(h.score));
      o += qs[i].first;
      o += " Q0 ";
      o += h.id;
      o += buf;
    }
    lat[i] = std::chrono::duration<double, std::milli>(Clock::now() - a0).count();
  }
  const double total = Since(t0);
  {
    std::ofstream f(run_out, std::ios::binary);
    for (auto& o : out) f << o;
  }
  std::vector<double> s = lat;
  std::sort(s.begin(), s.end());
  double mean = 0;
  for (double x : lat) mean += x;
  if (!lat.empty()) mean /= static_cast<double>(lat.size());
  std::printf(
      "{\"engine\":\"marsad\",\"verb\":\"search\",\"queries\":%zu,\"k\":%zu,\"docs_in_index\":%llu,"
      "\"warmup_passes\":%d,\"seconds\":%.4f,\"mean_ms\":%.4f,\"p50_ms\":%.4f,\"p95_ms\":%.4f,"
      "\"p99_ms\":%.4f,\"qps\":%.1f}\n",
      qs.size(), k, static_cast<unsigned long long>(snap->num_live_docs()), warmup, total, mean,
      Pct(s, 50), Pct(s, 95), Pct(s, 99), static_cast<double>(qs.size()) / total);
  return 0;
}

// Merges the index in `dir` down to one segment and commits.
int Merge(const std::string& dir) {
  using namespace marsad;
  auto writer = index::IndexWriter::Open(io::Env::Default(), dir);
  if (!writer.ok()) return Fail(writer.status().ToString());
  const auto t0 = Clock::now();
  Status s = (*writer)->ForceMerge(1);
  if (s.ok()) s = (*writer)->Commit();
  if (!s.ok()) return Fail(s.ToString());
  std::printf("{\"verb\":\"merge\",\"seconds\":%.3f,\"index_bytes\":%llu}\n", Since(t0),
              static_cast<unsigned long long>(DirBytes(io::Env::Default(), dir)));
  return 0;
}

const char* SpaceName(char space) {
  static const char* const kText[] = {"body exact", "body stem", "body key", "title exact", "title stem",
                                      "title key", "lead exact", "lead stem", "lead key"};
  if (marsad::index::IsTextSpace(space)) return kText[space - 1];
  return space == marsad::index::kEntitySpace ? "entity" : "other";
}

// Adds one list's section sizes to *total.
void AddSections(const marsad::index::ListSections& s, marsad::index::ListSections* total) {
  total->skips += s.skips;
  total->docs += s.docs;
  total->freqs += s.freqs;
  total->leads += s.leads;
  total->forms += s.forms;
  total->positions += s.positions;
}

// The distinct body stem terms of the words in `path` (one a line; '#' starts a comment),
// each word analyzed as indexing does.
std::vector<std::string> BodyStemsOf(const std::string& path) {
  using namespace marsad;
  std::vector<std::string> out;
  std::ifstream in(path);
  const text::Analyzer analyzer(Options());
  text::TextAnalysis a;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    analyzer.Analyze(line, &a, nullptr);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      if (!index::IsIndexed(a.tokens[i].token.kind)) continue;
      out.push_back(index::MakeTerm(index::TextSpace(index::Field::kBody, index::View::kStem), a.stem(i)));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Prints one JSON line per term space and one per segment (dictionary, document table);
// with a word list (`words`, may be empty), one more with what those words' body stem lists
// hold (e.g. what stopwords' positions cost).
int Sizes(const std::string& dir, const std::string& words) {
  using namespace marsad;
  io::Env* env = io::Env::Default();
  auto names = env->ListDir(dir);
  if (!names.ok()) return Fail(names.status().ToString());
  for (const auto& name : *names) {
    if (name.size() < 5 || name.substr(name.size() - 5) != ".mseg") continue;
    auto r = index::SegmentReader::Open(env, dir + "/" + name);
    if (!r.ok()) return Fail(r.status().ToString());
    std::map<char, index::ListSections> by_space;
    std::map<char, std::uint64_t> terms, dict_df;
    std::uint64_t postings = 0;
    // Per space and df class (1, 2, 3-128: one block, >128): lists, list bytes, header and
    // skip-table bytes (most terms are rare: what a short list pays per term).
    struct DfClass {
      std::uint64_t lists = 0, bytes = 0, skips = 0, postings = 0;
    };
    std::map<std::pair<char, int>, DfClass> by_df;
    for (auto it = (*r)->dict().Seek(""); it.Valid(); it.Next()) {
      const char space = it.term().empty() ? 0 : it.term()[0];
      ++terms[space];
      index::ListSections s;
      // An exact-view term's entry points at its forms record (index/exact_forms.h), not a list.
      if (index::SpaceIsExactView(space)) {
        s.forms = it.info().size;
      } else {
        s = index::PostingCursor::Measure((*r)->Postings(it.info()), it.info().df, index::ListKindOf(it.term()),
                                          (*r)->LengthsOf(space));
        const std::uint32_t df = it.info().df;
        DfClass& c = by_df[{space, df <= 2 ? static_cast<int>(df) : df <= index::kBlockSize ? 3 : 4}];
        ++c.lists;
        c.bytes += it.info().size;
        c.skips += s.skips;
        c.postings += df;
      }
      AddSections(s, &by_space[space]);
      postings += it.info().size;
    }
    for (const auto& [space, t] : by_space) {
      std::printf(
          "{\"segment\":\"%s\",\"space\":\"%s\",\"terms\":%llu,\"skips\":%llu,\"docs\":%llu,"
          "\"freqs\":%llu,\"leads\":%llu,\"forms\":%llu,\"positions\":%llu}\n",
          name.c_str(), SpaceName(space), static_cast<unsigned long long>(terms[space]),
          static_cast<unsigned long long>(t.skips), static_cast<unsigned long long>(t.docs),
          static_cast<unsigned long long>(t.freqs), static_cast<unsigned long long>(t.leads),
          static_cast<unsigned long long>(t.forms),
          static_cast<unsigned long long>(t.positions));
    }
    static const char* const kDfClass[] = {"0", "1", "2", "3-128", ">128"};
    for (const auto& [key, c] : by_df) {
      std::printf("{\"segment\":\"%s\",\"space\":\"%s\",\"df\":\"%s\",\"lists\":%llu,\"bytes\":%llu,"
                  "\"skips\":%llu,\"postings\":%llu}\n",
                  name.c_str(), SpaceName(key.first), kDfClass[key.second],
                  static_cast<unsigned long long>(c.lists), static_cast<unsigned long long>(c.bytes),
                  static_cast<unsigned long long>(c.skips), static_cast<unsigned long long>(c.postings));
    }
    if (!words.empty()) {
      index::ListSections t;
      std::uint64_t found = 0, word_postings = 0, bytes = 0;
      for (const std::string& term : BodyStemsOf(words)) {
        const auto info = (*r)->dict().Find(term);
        if (!info) continue;
        const index::ListSections s =
            index::PostingCursor::Measure((*r)->Postings(*info), info->df, index::ListKindOf(term), (*r)->LengthsOf(term[0]));
        ++found;
        word_postings += info->df;
        bytes += info->size;
        AddSections(s, &t);
      }
      std::printf("{\"segment\":\"%s\",\"terms_file\":\"%s\",\"body_stem_lists\":%llu,\"postings\":%llu,"
                  "\"bytes\":%llu,\"skips\":%llu,\"docs\":%llu,\"freqs\":%llu,\"leads\":%llu,\"forms\":%llu,"
                  "\"positions\":%llu}\n",
                  name.c_str(), words.c_str(), static_cast<unsigned long long>(found),
                  static_cast<unsigned long long>(word_postings), static_cast<unsigned long long>(bytes),
                  static_cast<unsigned long long>(t.skips), static_cast<unsigned long long>(t.docs),
                  static_cast<unsigned long long>(t.freqs), static_cast<unsigned long long>(t.leads),
                  static_cast<unsigned long long>(t.forms), static_cast<unsigned long long>(t.positions));
    }
    // The section table sits before the footer: postings, dictionary, documents, end.
    auto file = env->OpenReadOnly(dir + "/" + name);
    if (!file.ok()) return Fail(file.status().ToString());
    const std::string_view data = (*file)->data();
    if (data.size() < index::kFooterSize + 32) return Fail(name + ": too short");
    const char* t = data.data() + data.size() - index::kFooterSize - 32;
    const std::uint64_t dict_off = base::DecodeFixed64(t + 8), docs_off = base::DecodeFixed64(t + 16),
                        end = base::DecodeFixed64(t + 24);
    std::printf(
        "{\"segment\":\"%s\",\"file\":%llu,\"postings\":%llu,\"dictionary\":%llu,\"doc_table\":%llu,"
        "\"trailer_footer\":%llu}\n",
        name.c_str(), static_cast<unsigned long long>(data.size()), static_cast<unsigned long long>(dict_off),
        static_cast<unsigned long long>(docs_off - dict_off), static_cast<unsigned long long>(end - docs_off),
        static_cast<unsigned long long>(data.size() - end));
    if (postings != dict_off) std::fprintf(stderr, "index_tool: %s: lists cover %llu of %llu postings bytes\n",
                                           name.c_str(), static_cast<unsigned long long>(postings),
                                           static_cast<unsigned long long>(dict_off));
  }
  return 0;
}

int Usage() {
  std::fprintf(stderr,
               "usage:\n  index_tool index CORPUS.jsonl INDEX_DIR [--repeat N] [--no-merge] [--flush-threads N]\n"
               "  index_tool search INDEX_DIR QUERIES.tsv K RUN_OUT [--warmup N]\n"
               "  index_tool merge INDEX_DIR\n"
               "  index_tool sizes INDEX_DIR [WORDS.txt]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  const std::string verb = argv[1];
  std::vector<std::string> pos;
  int repeat = 1, warmup = 0, flush_threads = 1;
  bool merge = true;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--warmup" && i + 1 < argc) {
      warmup = std::atoi(argv[++i]);
    } else if (a == "--flush-threads" && i + 1 < argc) {
      flush_threads = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--no-merge") {
      merge = false;
    } else {
      pos.push_back(a);
    }
  }
  if (verb == "merge" && pos.size() == 1) return Merge(pos[0]);
  if (verb == "sizes" && (pos.size() == 1 || pos.size() == 2)) return Sizes(pos[0], pos.size() == 2 ? pos[1] : "");
  if (verb == "index" && pos.size() == 2) return Index(pos[0], pos[1], repeat, merge, flush_threads);
  if (verb == "search" && pos.size() == 4) {
    return Search(pos[0], pos[1], static_cast<std::size_t>(std::atol(pos[2].c_str())), pos[3], warmup);
  }
  return Usage();
}
