// QuoteFilter: which quotes `marsad quotes --speaker NAME --doc ID` and GET /api/quotes
// return — the library call the HTTP server shares with the command.
#ifndef MARSAD_QUOTES_QUOTE_FILTER_H_
#define MARSAD_QUOTES_QUOTE_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/doc/quote.h"
#include "marsad/text/analyzer.h"

namespace marsad::quotes {

class QuoteFilter {
 public:
  // `doc`: only this document id ("" = any). `speaker`: NAME as the user typed it ("" = any
  // speaker). `speaker_entities`: the entities NAME refers to in any spelling or title, as the
  // entity table resolves it (the caller's job: quotes may not use entities). `analyzer` must
  // outlive the filter.
  QuoteFilter(const text::Analyzer& analyzer, std::string doc, std::string_view speaker,
              std::vector<EntityId> speaker_entities);

  // True when `quote` of document `doc_id` (whose stored text is `doc_text`) passes: the
  // document matches, and the quote's speaker entity is one of speaker_entities, or — when
  // that does not decide — the words naming its speaker contain NAME's words, compared by
  // spelling-variant key (بوتين = بوتن، الرئيس الروسي = الرئيس الروسي). Thread-safe.
  bool Matches(std::string_view doc_id, std::string_view doc_text, const doc::Quote& quote) const;

  // The variant keys of the word tokens of `s`, in order.
  static std::vector<std::string> WordKeys(const text::Analyzer& analyzer, std::string_view s);

 private:
  const text::Analyzer& analyzer_;
  std::string doc_;
  std::vector<std::string> keys_;
  std::vector<EntityId> entities_;
  bool any_speaker_;
};

// True when `needle` occurs in `hay` as a contiguous run (both non-empty).
bool ContainsRun(const std::vector<std::string>& hay, const std::vector<std::string>& needle);

}  // namespace marsad::quotes

#endif  // MARSAD_QUOTES_QUOTE_FILTER_H_
