// AnalyzedDoc: the one object passed between pipeline stages (spaCy's Doc). Each stage
// reads what earlier stages assigned and assigns its own part:
//   text::Analyzer        assigns analysis (tokens, sentences)
//   ner::Tagger           requires analysis; assigns mentions
//   entities::Resolver    requires mentions; assigns mention.entity
//   quotes::Extractor     requires analysis, mentions; assigns quotes
#ifndef MARSAD_DOC_ANALYZED_DOC_H_
#define MARSAD_DOC_ANALYZED_DOC_H_

#include <vector>

#include "marsad/doc/document.h"
#include "marsad/doc/mention.h"
#include "marsad/doc/quote.h"
#include "marsad/text/analyzer.h"

namespace marsad::doc {

struct AnalyzedDoc {
  Document document;
  text::TextAnalysis analysis;  // of document.text
  std::vector<Mention> mentions;
  std::vector<Quote> quotes;
};

}  // namespace marsad::doc

#endif  // MARSAD_DOC_ANALYZED_DOC_H_
