// Evaluation of quote extraction against hand-made gold (../shared/data/marsad-gold-dev and its
// held-out sibling): quote recall by anchor, precision, speaker accuracy on found quotes,
// direct and reported separately, and violations of the "not the speaker" traps. The
// definitions are in docs/quotes.md ("Evaluation"); `marsad eval quotes` prints the figures.
#ifndef MARSAD_QUOTES_QUOTE_EVAL_H_
#define MARSAD_QUOTES_QUOTE_EVAL_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/base/result.h"
#include "marsad/doc/mention.h"
#include "marsad/doc/quote.h"
#include "marsad/quotes/cue_lexicon.h"
#include "marsad/text/analyzer.h"

namespace marsad::quotes {

// The gold file, typed (schema in ../shared/data/marsad-gold-dev/SOURCE.md).
struct GoldEntity {
  std::string id;                                          // "putin"
  std::string type;                                        // "PER" | "ORG" | "LOC"
  std::map<std::string, std::vector<std::string>> names;   // docno -> verbatim names
  std::map<std::string, std::vector<std::string>> titles;  // docno -> verbatim titles
};
struct GoldQuote {
  std::string doc;
  std::optional<std::string> speaker;  // entity id; nullopt: unattributed (وقيل إن)
  doc::QuoteKind kind = doc::QuoteKind::kDirect;
  std::string anchor;                  // verbatim, inside the quote
};
struct GoldTrap {
  std::string doc;
  std::string anchor;
  std::string wrong_speaker;
};
struct QuoteGold {
  std::vector<std::string> docs;
  std::vector<GoldEntity> entities;
  std::vector<GoldQuote> quotes;
  std::vector<GoldTrap> traps;
};

// One document as the system processed it.
struct EvalDoc {
  std::string id;
  std::string text;                 // what the quotes' and mentions' offsets refer to
  std::vector<doc::Quote> quotes;
  // The document's mentions with the entities stage's ids (empty without it): a speaker's
  // entity maps to the gold id its mentions in this document name.
  std::vector<doc::Mention> mentions = {};
};

// How a predicted speaker was mapped to a gold id (for the counts of the report).
enum class SpeakerMapping : std::uint8_t {
  kNone = 0,     // no gold id
  kWords = 1,    // a gold name or title of the document inside the speaker's words
  kEntity = 2,   // the speaker's entity: the gold id its mentions in the document name
  kPartial = 3,  // the speaker's words are part of a gold name (زاخاروفا of ماريا زاخاروفا)
};

struct KindFigures {
  std::size_t gold = 0;           // gold quotes of this kind
  std::size_t found = 0;          // of them, contained in some predicted quote
  std::size_t speaker_right = 0;  // of the found, whose speaker maps to the gold id
  std::size_t predicted = 0;      // predicted quotes of this kind
  std::size_t matched = 0;        // of them, on a gold quote (see docs/quotes.md)
  std::size_t vague = 0;          // unmatched ones whose speaker is an unnamed source
  double recall = 0;              // found / gold
  double speaker_accuracy = 0;    // speaker_right / found
  double precision = 0;           // matched / (predicted - vague)
  double precision_strict = 0;    // matched / predicted
};

struct QuoteExample {
  std::string doc;
  std::string kind;       // "direct" | "indirect"
  std::string text;       // anchor (gold) or quote text (predicted), cut to 160 bytes
  std::string gold;       // gold speaker id, or wrong_speaker for a trap
  std::string predicted;  // predicted speaker mention, and the gold id it maps to
};

struct QuoteEvalReport {
  std::size_t docs = 0;
  std::size_t docs_missing = 0;  // gold docs not given
  KindFigures direct, indirect, all;
  std::size_t traps = 0;
  std::size_t trap_violations = 0;
  // How the found quotes' speakers were mapped (index: SpeakerMapping).
  std::size_t mapped_by[4] = {0, 0, 0, 0};
  std::vector<QuoteExample> missed;          // gold quotes no prediction contains
  std::vector<QuoteExample> wrong_speakers;  // found, speaker wrong
  std::vector<QuoteExample> unmatched;       // predicted quotes on no gold quote (not vague)
  std::vector<QuoteExample> violations;      // trap violations
};

// Scores `predicted` against `gold`. A gold quote is found when the text of a predicted quote
// of its document contains its anchor. A predicted speaker maps to a gold id by, in order:
//   1. its words: the gold entity whose names or titles for that document lie inside the
//      speaker's words, compared as light stems word by word, a contained match giving way
//      to the one containing it, a person before an organisation before a place, then the
//      rightmost;
//   2. its entity (the entities stage's resolution): the gold id that the document's
//      mentions of that entity name by rule 1, the most mentions winning (so a title or a
//      surname the gold does not list still maps when the pipeline resolved it);
//   3. its words as part of a gold name.
// InvalidArgument when the gold has no quotes. Thread-safe.
Result<QuoteEvalReport> EvaluateQuotes(const QuoteGold& gold, const std::vector<EvalDoc>& predicted,
                                       const text::Analyzer& analyzer, const CueLexicon& lexicon);

// The gold entity id the speaker of `quote` maps to in document `doc` (its text and
// mentions), or nullopt; `how` says which rule mapped it. Exposed for tests; EvaluateQuotes
// uses it.
std::optional<std::string> MapSpeakerToGold(const QuoteGold& gold, const EvalDoc& doc, const doc::Quote& quote,
                                            const text::Analyzer& analyzer, SpeakerMapping* how = nullptr);

}  // namespace marsad::quotes

#endif  // MARSAD_QUOTES_QUOTE_EVAL_H_
