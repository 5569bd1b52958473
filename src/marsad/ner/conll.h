// CoNLL named-entity files (one `token TAG` per line, a blank line between sentences, as
// ANERcorp and the CAMeL split write them) and their entity-level scoring by the rules of
// conlleval (CoNLL-2000 shared task): an entity counts only when both its boundaries and
// its type match exactly.
#ifndef MARSAD_NER_CONLL_H_
#define MARSAD_NER_CONLL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/ner/bio.h"
#include "marsad/text/analyzer.h"

namespace marsad::ner {

struct ConllSentence {
  std::vector<std::string> tokens;
  std::vector<Label> labels;  // one per token
  std::size_t line = 0;       // 1-based line of the first token, for messages
};

// Parses a CoNLL file. Each non-blank line holds a token and, as its last
// white-space-separated field, a BIO label (ParseLabel); fields in between are ignored and
// `-DOCSTART-` lines are skipped. `name` prefixes error messages, which give the line:
// "NAME:LINE: expected 'token TAG'" or "NAME:LINE: unknown label ...".
Result<std::vector<ConllSentence>> ParseConll(std::string_view content, std::string_view name);

// A CoNLL sentence prepared for the tagger, which works on marsad's own tokens: the CoNLL
// tokens joined by spaces and analysed by text::Analyzer, each marsad token mapped back to
// the CoNLL token it lies in (a CoNLL token such as "(د" may hold several marsad tokens).
// Evaluation then scores on the file's own tokens.
struct AlignedSentence {
  std::string text;
  text::TextAnalysis analysis;
  std::vector<std::uint32_t> conll_of;     // per marsad token: index of its CoNLL token
  std::vector<EntitySpan> gold_conll;      // gold entities over CoNLL tokens
  std::vector<EntitySpan> gold;            // the same over marsad tokens (for training)
  std::size_t conll_tokens = 0;
};

// REQUIRES: `analyzer` splits no sentences (AnalyzerOptions::sentences = false is not
// required, but sentences are ignored).
AlignedSentence AlignSentence(const ConllSentence& sentence, const text::Analyzer& analyzer);

// Entities over marsad tokens mapped to CoNLL tokens: each covers the CoNLL tokens its
// first and last marsad tokens lie in; an entity that would overlap the previous one is
// dropped.
std::vector<EntitySpan> ToConllSpans(const AlignedSentence& sentence,
                                     const std::vector<EntitySpan>& spans);

// Precision, recall and F1 as fractions (0..1).
struct Prf {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// Entity counts of gold and predicted entities; accumulate sentence by sentence.
class NerScore {
 public:
  // Adds one sentence's gold and predicted entities.
  void Add(const std::vector<EntitySpan>& gold, const std::vector<EntitySpan>& predicted);
  // Adds another score's counts.
  void Merge(const NerScore& other);

  Prf Micro() const;                      // over all types: conlleval's "overall"
  Prf Type(doc::EntityType type) const;   // one type
  std::size_t gold(doc::EntityType t) const { return gold_[Index(t)]; }
  std::size_t predicted(doc::EntityType t) const { return predicted_[Index(t)]; }
  std::size_t correct(doc::EntityType t) const { return correct_[Index(t)]; }
  std::size_t total_gold() const;
  std::size_t total_predicted() const;
  std::size_t total_correct() const;

 private:
  static std::size_t Index(doc::EntityType t) { return static_cast<std::size_t>(t); }
  static Prf FromCounts(std::size_t correct, std::size_t gold, std::size_t predicted);
  std::array<std::size_t, kNumEntityTypes> gold_{};
  std::array<std::size_t, kNumEntityTypes> predicted_{};
  std::array<std::size_t, kNumEntityTypes> correct_{};
};

// What a tagger did with an entity it did not get exactly right, for error analysis: a gold
// entity no prediction overlaps (missed), one predicted over its exact tokens with another
// type, one overlapped by a prediction of its type with other boundaries, one overlapped only
// by predictions of other types and boundaries; and a predicted entity that overlaps no gold
// one (spurious). DO NOT REORDER: indexes NerErrors.
enum class NerError : std::uint8_t {
  kMissed = 0,
  kWrongType = 1,
  kWrongBoundary = 2,
  kWrongBoundaryAndType = 3,
  kSpurious = 4,
};
inline constexpr int kNumNerErrors = 5;
// "missed", "type", "boundary", "boundary+type", "spurious".
std::string_view NerErrorName(NerError e);

// Counts of NerError by entity type (the gold entity's type; a spurious one's predicted
// type); accumulate sentence by sentence.
class NerErrors {
 public:
  // Adds one sentence's gold and predicted entities (each list without overlaps).
  void Add(const std::vector<EntitySpan>& gold, const std::vector<EntitySpan>& predicted);
  std::size_t count(doc::EntityType type, NerError e) const {
    return counts_[static_cast<std::size_t>(type)][static_cast<std::size_t>(e)];
  }

 private:
  std::array<std::array<std::size_t, kNumNerErrors>, kNumEntityTypes> counts_{};
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_CONLL_H_
