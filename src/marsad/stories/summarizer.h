// Summarizer: an extractive summary of a story (or of what several articles say about one
// entity): the most central sentences of its articles that do not repeat each other, with
// the article each comes from.
//
// Centrality is LexRank (Erkan & Radev, "LexRank: Graph-based lexical centrality as
// salience in text summarization", JAIR 2004): sentences are TF-IDF vectors of the story
// terms (ProfileBuilder::TermOf), linked when their cosine reaches `edge_threshold`, and
// ranked by PageRank over the weighted graph. The ranking is then tilted towards sentences
// that report speech (a quote of the quotes stage, or quotation marks without it) and that
// name entities (mentions of the name tagger), and towards the first sentences of the
// articles, where news states the event. Sentences are chosen by Maximal Marginal Relevance
// (Carbonell & Goldstein, SIGIR 1998): each next sentence maximizes
// lambda * relevance - (1 - lambda) * (its highest cosine to a chosen one), and a sentence
// nearly the same as a chosen one (`redundancy`) is never taken.
#ifndef MARSAD_STORIES_SUMMARIZER_H_
#define MARSAD_STORIES_SUMMARIZER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/base/span.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/stories/doc_profile.h"
#include "marsad/stories/term_stats.h"

namespace marsad::stories {

// Defaults in parentheses.
struct SummaryOptions {
  std::size_t sentences = 3;           // sentences in a summary (3)
  std::size_t max_docs = 30;           // articles read: the first ones given (30)
  std::size_t sentences_per_doc = 8;   // candidate sentences from the top of each article (8)
  std::size_t min_tokens = 6;          // shorter sentences are not candidates (6)
  // A line that ends without . ! ? ؟ … is a heading, photo caption, dateline or byline
  // unless it has at least this many words (12).
  std::size_t min_tokens_unterminated = 12;
  std::size_t max_tokens = 80;         // nor longer ones (80)
  double edge_threshold = 0.1;         // cosine that links two sentences in the graph (0.1)
  double damping = 0.85;               // PageRank damping (0.85)
  int iterations = 50;                 // PageRank iterations at most (50)
  double lambda = 0.7;                 // MMR: relevance against novelty (0.7)
  double redundancy = 0.5;             // cosine to a chosen sentence that excludes (0.5)
  double quote_bonus = 0.3;            // relevance x (1 + this) for reported speech (0.3)
  double entity_bonus = 0.1;           // ... x (1 + this per named entity, up to 3) (0.1)
  double lead_bonus = 0.3;             // ... x (1 + this) for an article's first sentence (0.3)
};

// Only sentences about one entity: one of the sentence's mentions resolves to `entity`, or
// (without entity ids) its words' spelling-variant keys contain `name_key` ("بتن").
struct SummaryFocus {
  std::optional<EntityId> entity;
  std::string name_key;
};

struct SummarySentence {
  std::string doc;     // article id
  std::string source;  // outlet
  ByteSpan span;       // bytes of the sentence in the article text
  std::string text;    // the sentence as written
  double score = 0;    // relevance (centrality with the bonuses), 0-1
  bool quote = false;  // reports speech
  std::uint32_t entities = 0;  // named entity mentions in it
};

// Immutable; thread-safe.
class Summarizer {
 public:
  // `terms` decides which words count (and must outlive the summarizer); `stats`, when
  // given (and outliving it), supplies document frequencies, else the candidate sentences
  // are the collection.
  explicit Summarizer(const ProfileBuilder& terms, const TermStats* stats = nullptr,
                      SummaryOptions options = {});

  // The summary of `docs`, most relevant sentence first. Articles earlier in `docs` are
  // preferred when there are more than max_docs (give the most central first). Articles
  // must be analysed (their mentions and quotes are used when present). With `focus`,
  // only sentences about that entity are candidates. Empty when no sentence qualifies.
  std::vector<SummarySentence> Summarize(std::span<const doc::AnalyzedDoc* const> docs,
                                         const SummaryFocus* focus = nullptr) const;

  const SummaryOptions& options() const { return options_; }

 private:
  const ProfileBuilder& terms_;
  const TermStats* stats_;
  SummaryOptions options_;
};

// The summary sentences joined into one paragraph (the `summary` string of the contract).
std::string JoinSummary(const std::vector<SummarySentence>& sentences);

// True when `sentence` ends as a sentence does: with . ! ? ؟ … ۔, maybe followed by
// closing quotation marks or brackets (not a heading, caption or dateline line).
bool EndsLikeASentence(std::string_view sentence);

// Where a sentence's own text begins: after a dateline such as "دبي، الإمارات العربية
// المتحدة (CNN)-- " at its start. Returns `span` unchanged when there is none.
ByteSpan StripDateline(std::string_view text, ByteSpan span);

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_SUMMARIZER_H_
