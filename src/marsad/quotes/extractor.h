// Extractor: the quotes stage. Finds the direct quotes (words in quotation marks) and the
// reported speech (قال إن ..., أكد أن ..., أشار إلى أن ...) of an analysed document and
// attributes each to its speaker: the subject of the speech verb (a name, a title, an
// organisation), the person a relaying medium quotes (نقلت وكالة ... عن X), or — for a verb
// with no subject (وأضاف، مضيفا، وقال إن) — the previous speaker whose gender and number
// agree with the verb. docs/quotes.md describes the rules with examples.
//
//   Requires: analysis (tokens with `norm`, of document.text); mentions (optional: used to
//             delimit the speaker's name and to read its entity id)
//   Assigns:  quotes (byte spans into document.text, in text order)
#ifndef MARSAD_QUOTES_EXTRACTOR_H_
#define MARSAD_QUOTES_EXTRACTOR_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/quotes/cue_lexicon.h"
#include "marsad/quotes/quote_marks.h"
#include "marsad/text/analyzer.h"

namespace marsad::quotes {

struct ExtractorOptions {
  // Most words in a speaker's name or title (المتحدث باسم وزارة الخارجية الروسية ماريا زاخاروفا).
  std::uint32_t max_subject_tokens = 9;
  // Most tokens between a speech verb and the start of its content (subject, addressee,
  // "in a statement on Sunday" ...).
  std::uint32_t max_complement_distance = 22;
  // A quoted part of a reported clause with fewer words belongs to the clause (“صائبا”).
  std::uint32_t min_nested_words = 2;
  // A quoted span right after a speech verb with fewer words than this is a name or a scare
  // quote when a name word (تنظيم، حركة ...) precedes it.
  std::uint32_t max_name_words = 3;
  // A paragraph that is one quote of at least this many words, right after a paragraph that
  // ends with a quote, continues that quote's speaker.
  std::uint32_t min_continuation_words = 4;
  // Most tokens from a verbal noun of saying to its أن (منذ إعلان الرئيس في خطابه أمس أن ...).
  std::uint32_t max_noun_complement_distance = 12;
  // Reported content needs at least this many words.
  std::uint32_t min_reported_words = 2;
  // Content after a preposition (شدد على ..., دعا إلى ...) needs at least this many words.
  std::uint32_t min_prepositional_words = 3;
};

// How a quote's speaker was found.
enum class Attribution : std::uint8_t {
  kExplicit = 0,      // the verb's subject, after it (قال الوزير) or before it (الوزير قال)
  kCarried = 1,       // no subject (وأضاف، مضيفا): the previous speaker that agrees
  kRelayed = 2,       // نقلت وكالة ... عن X: X
  kSource = 3,        // بحسب X، وفق ما قال X
  kUnattributed = 4,  // قيل إن: deliberately no speaker
  kUnknown = 5,       // no agreeing previous speaker
};

// How the quote itself was found.
enum class Found : std::uint8_t {
  kAfterCue = 0,      // قال X: "..."، قال X إن ...
  kBeforeCue = 1,     // "..."، قال X / "..." بحسب X
  kNested = 2,        // a quoted part inside reported content
  kContinuation = 3,  // a quote paragraph after a quote paragraph
};

// Why a quote was extracted; parallel to the quotes Extract returns.
struct QuoteTrace {
  std::uint32_t cue_token = kNoToken;  // the speech verb or source word, when there is one
  Found found = Found::kAfterCue;
  Attribution attribution = Attribution::kExplicit;
};

std::string_view AttributionName(Attribution a);
std::string_view FoundName(Found f);

// Buffers Extract reuses from one document to the next (as text::AnalysisCache does for
// analysis), so extraction allocates little. Not thread-safe: one per thread.
class ExtractScratch {
 public:
  ExtractScratch();
  ~ExtractScratch();
  ExtractScratch(const ExtractScratch&) = delete;
  ExtractScratch& operator=(const ExtractScratch&) = delete;

  struct Buffers;  // defined in extractor.cc

 private:
  friend class Extractor;
  std::unique_ptr<Buffers> buffers_;
};

// Immutable after construction; thread-safe (per-call state is on the stack or in the
// caller's ExtractScratch).
class Extractor {
 public:
  // Builds the extractor with the embedded lexicon (data/quotes), normalized and stemmed by
  // `analyzer`, which must be the Analyzer of the documents.
  static Result<Extractor> Create(const text::Analyzer& analyzer, ExtractorOptions options = {});
  Extractor(CueLexicon lexicon, ExtractorOptions options);

  // Returns the quotes of `doc` in text order. `doc.analysis` must be the analysis of
  // `doc.document.text`; mentions are optional. With `trace`, also says why each quote was
  // found (parallel vector). Never fails; speakers it cannot find are left empty.
  // With `scratch` (one per thread), reuses its buffers.
  std::vector<doc::Quote> Extract(const doc::AnalyzedDoc& doc, std::vector<QuoteTrace>* trace = nullptr,
                                  ExtractScratch* scratch = nullptr) const;

  // doc->quotes = Extract(*doc).
  void Process(doc::AnalyzedDoc* doc, ExtractScratch* scratch = nullptr) const {
    doc->quotes = Extract(*doc, nullptr, scratch);
  }

  const CueLexicon& lexicon() const { return lexicon_; }
  const ExtractorOptions& options() const { return options_; }

 private:
  CueLexicon lexicon_;
  ExtractorOptions options_;
};

// Sets each quote's speaker.entity from `mentions`, for when entity resolution ran after
// extraction (the pipeline extracts on worker threads, entities assigns ids in order): the
// best mention inside the words naming the speaker — a person's name, else an
// organisation's, else a title, else any; the rightmost on ties; those with an entity first.
// Leaves a speaker none of whose mentions has an entity as it is. Thread-safe.
void AssignSpeakerEntities(const std::vector<doc::Mention>& mentions, std::vector<doc::Quote>* quotes);

}  // namespace marsad::quotes

#endif  // MARSAD_QUOTES_EXTRACTOR_H_
