// Document boundaries for text that has none, such as a CoNLL file (ANERcorp's training file
// is 3,963 blank-line chunks from some 300 articles, with no article markers): a new
// document starts where the words of the sentences before and after stop overlapping
// (lexical cohesion, after TextTiling: Hearst 1997, "TextTiling: Segmenting Text into
// Multi-paragraph Subtopic Passages"). The tagger's document features (what the first stage
// found for the same word elsewhere in the document) pay where names recur, which is what
// such a split keeps together.
#ifndef MARSAD_NER_DOCSPLIT_H_
#define MARSAD_NER_DOCSPLIT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "marsad/ner/conll.h"
#include "marsad/text/analyzer.h"

namespace marsad::ner {

struct CohesionOptions {
  int window = 3;           // sentences compared on each side of a candidate boundary
  // A boundary where the similarity is below this. 0.02 splits ANERcorp's training file into
  // 435 documents of 9.1 chunks on average, which keep more repeated gold entities together
  // (54% of mentions) than runs of 20 chunks do (52%; runs of 9: 45%); chosen on the dev
  // set among 0.015-0.05, the most consistent over four seeds (docs/ner.md, stop 21).
  double threshold = 0.02;
};

// The content words of an analysed sentence, as hashes: the light stems of its word tokens
// of at least three letters (the stem drops و، ال and the like, so الحزب and والحزب match).
std::vector<std::uint64_t> ContentWords(const text::TextAnalysis& analysis);

// The first sentence of each document (0 first, ascending) for sentences whose content
// words are `words`: a document starts before sentence i when the tf-idf cosine between the
// words of sentences [i - window, i) and [i, i + window) is below the threshold (idf over
// these sentences). Empty for no sentences.
std::vector<std::size_t> CohesionStarts(const std::vector<std::vector<std::uint64_t>>& words,
                                        const CohesionOptions& options = {});

// Documents of `n` sentences as the starts of runs of `per_doc` sentences (per_doc >= 1).
std::vector<std::size_t> RunStarts(std::size_t n, std::size_t per_doc);

// The documents of a file of sentences: CohesionStarts over their ContentWords when
// `cohesion` (a model trained with kFeatCohesionDocs), else RunStarts(per_doc).
std::vector<std::size_t> DocumentStarts(const std::vector<AlignedSentence>& sentences,
                                        bool cohesion, std::size_t per_doc);

}  // namespace marsad::ner

#endif  // MARSAD_NER_DOCSPLIT_H_
