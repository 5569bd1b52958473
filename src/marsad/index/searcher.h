// Searcher: runs a query over a Snapshot and returns the top-k documents. The query text is
// parsed (query_parser.h) and analysed with the same text::Analyzer that analysed the
// indexed documents (one analysis chain for both, STYLE.md habit 6).
//
// Ranking: for each query word and each field (title, body), BM25 over three views of the
// word, summed with tuned weights: the exact normalized form, the light stem and the
// spelling-variant key. A document with the exact spelling collects all three; one with
// another spelling of the same name only the key's share, so exact spellings rank first
// while every spelling still matches. Other forms of a query word (query_variants.h: the
// past tense of a headline's present-tense verb, a noun without its preposition) add
// lighter stem terms. Phrases add a BM25 bonus on their frequency.
//
// Stopwords (stopwords.h): their stem lists have no positions (segment format 9), so a
// phrase keeps their places as gaps that any one word fills ("X في Y" matches X, any word,
// Y). They are scored as any word, so a query of stopwords only is ranked by BM25 as before.
//
// Pruning: MaxScore (Turtle & Flood 1995) with block-max bounds (Ding & Suel 2011): terms
// whose summed upper bounds cannot lift a document into the top k are only probed for
// documents the others produce, and blocks whose impact bound is too low are skipped
// without being scored.
#ifndef MARSAD_INDEX_SEARCHER_H_
#define MARSAD_INDEX_SEARCHER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/index/bm25.h"
#include "marsad/index/index_writer.h"
#include "marsad/index/query.h"
#include "marsad/index/query_variants.h"
#include "marsad/index/schema.h"
#include "marsad/index/stopwords.h"
#include "marsad/text/analyzer.h"

namespace marsad::index {

struct RankingOptions {
  // Per field: body, title, lead. Tuned on news-known-item dev (docs/search.md).
  Bm25Params bm25[kNumFields] = {{1.2F, 0.9F}, {1.2F, 0.75F}, {0.8F, 0.75F}};
  float view_weight[kNumViews] = {0.35F, 1.0F, 0.25F};  // exact, stem, key
  float field_weight[kNumFields] = {1.0F, 1.5F, 1.0F};  // body, title, lead (stem only)
  float phrase_weight = 0.3F;
  // Each stem of a query word's other forms (QueryVariants: a present-tense verb's past
  // tense, a noun without its leading preposition) scores as a stem-view term of this weight.
  float variant_weight = 0.45F;
  std::size_t max_prefix_terms = 64;  // expansions of one word*
};

struct SearchOptions {
  std::size_t k = 10;
  // When set: only these documents may match (ids, sorted ascending as std::string
  // compares them). The engine fills it from entity: filters once entities resolve names to
  // documents (engine::SearchService). Must outlive the Search call.
  const std::vector<std::string>* only_ids = nullptr;
};

struct Hit {
  std::string id;
  float score = 0;
  std::optional<std::int64_t> date;
  std::string source;
  std::uint32_t segment = 0;  // index in the snapshot
  std::uint32_t doc = 0;      // local id in that segment
};

// A query word as analysed, to highlight it in snippets.
struct QueryWord {
  std::string norm, stem, key;
  bool prefix = false;  // norm is a prefix (word*)
};

struct SearchResults {
  std::vector<Hit> hits;
  // Documents found to match while searching. Pruning skips documents that cannot reach
  // the top k without counting them, so this is a lower bound unless total_exact.
  std::uint64_t total = 0;
  bool total_exact = false;
  std::vector<std::string> warnings;  // from the parser and the analysis of the query
  std::vector<QueryWord> words;       // positive words, for highlighting
};

// Immutable; thread-safe. Keeps a reference to the analyzer.
class Searcher {
 public:
  // `variants` (kept by reference) gives the other forms of query words.
  explicit Searcher(const text::Analyzer& analyzer, RankingOptions options = {},
                    const QueryVariants& variants = QueryVariants::Embedded());

  // Parses `query` (never fails: problems become warnings) and searches `snapshot`.
  SearchResults Search(const Snapshot& snapshot, std::string_view query,
                       const SearchOptions& options) const;
  SearchResults Search(const Snapshot& snapshot, const ParsedQuery& query,
                       const SearchOptions& options) const;

  const RankingOptions& ranking() const { return options_; }
  const text::Analyzer& analyzer() const { return analyzer_; }

 private:
  const text::Analyzer& analyzer_;
  RankingOptions options_;
  const QueryVariants& variants_;
  const Stopwords& stopwords_ = Stopwords::Embedded();
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_SEARCHER_H_
