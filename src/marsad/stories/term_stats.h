// TermStats: the document frequencies story vectors weight their terms by (TF-IDF), as an
// interface this module declares and the engine implements over the search index (as
// tantivy's Bm25StatisticsProvider); CountingTermStats counts them by itself.
#ifndef MARSAD_STORIES_TERM_STATS_H_
#define MARSAD_STORIES_TERM_STATS_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace marsad::stories {

// Statistics over a collection of documents. Terms are light stems (text::Analyzer's
// `stem`) of the documents' bodies. Implementations need not be thread-safe: the
// clusterer calls them from its one writer thread only.
class TermStats {
 public:
  virtual ~TermStats() = default;
  // Documents in the collection.
  virtual std::uint64_t DocCount() const = 0;
  // Documents whose body contains the stem `stem` at least once.
  virtual std::uint64_t DocFreq(std::string_view stem) const = 0;
};

// The inverse document frequency marsad weights story terms by: ln(1 + N / df), with df
// taken as at least 1 (a term never seen counts as seen once).
double InverseDocFreq(std::uint64_t doc_count, std::uint64_t doc_freq);

// TermStats counted from the documents given to it. Not thread-safe.
class CountingTermStats final : public TermStats {
 public:
  // Counts one document with these distinct terms (the caller deduplicates).
  void AddDocument(std::span<const std::string_view> distinct_terms);
  // Forgets one document counted with AddDocument and these same terms.
  void RemoveDocument(std::span<const std::string_view> distinct_terms);

  std::uint64_t DocCount() const override { return docs_; }
  std::uint64_t DocFreq(std::string_view stem) const override;
  std::size_t distinct_terms() const { return df_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::uint64_t docs_ = 0;
  std::unordered_map<std::string, std::uint64_t, Hash, std::equal_to<>> df_;
};

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_TERM_STATS_H_
