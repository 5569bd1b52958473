// Training of the transliteration model: name pairs → normalized letter pairs →
// EM alignment into graphones (aligner.h) → Kneser-Ney n-gram model over the graphone
// sequences (ngram_model.h). Deterministic for given pairs and options (seed included).
#ifndef MARSAD_TRANSLIT_TRAINER_H_
#define MARSAD_TRANSLIT_TRAINER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/text/normalizer.h"
#include "marsad/translit/aligner.h"
#include "marsad/translit/corpus.h"
#include "marsad/translit/model.h"
#include "marsad/translit/ngram_model.h"

namespace marsad::translit {

// The input normalization of the shipped model: presentation forms, controls, diacritics,
// tatweel, Persian letters, digits and spaces are folded; the hamza and alef forms, alef
// maksura and teh marbuta are kept, as they tell the model where a glottal stop is and
// how a name ends (the choice is measured in docs/translit.md).
text::NormalizerOptions DefaultModelNormalization();

struct TrainOptions {
  std::uint32_t seed = 1;
  text::NormalizerOptions normalization = DefaultModelNormalization();
  AlignerOptions aligner;
  NgramOptions ngram;
  // Train on each distinct (normalized Arabic, Latin) pair once, however many corpora
  // list it.
  bool deduplicate = true;
};

struct TrainReport {
  std::size_t pairs_in = 0;
  std::size_t dropped_letters = 0;    // a side with characters the model does not use
  std::size_t duplicates = 0;         // the same letter pair again (dropped if deduplicating)
  std::size_t unaligned = 0;          // no segmentation under the aligner's limits
  std::size_t pruned_graphones = 0;   // rare graphones removed by the aligner
  std::size_t pairs_used = 0;
  std::size_t graphones = 0;
  std::size_t ngrams = 0;
  std::vector<double> em_log_likelihood;  // per EM iteration
  double align_seconds = 0;
  double ngram_seconds = 0;
};

// Trains a model on `pairs`. InvalidArgument when no pair is usable or options are bad.
Result<TranslitModel> TrainModel(const std::vector<NamePair>& pairs, const TrainOptions& options,
                                 TrainReport* report);

// The lower-case Latin letters of `latin` when it uses only a-z and the apostrophe
// (after lower-casing ASCII), else "".
std::string TrainingLatin(std::string_view latin);

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_TRAINER_H_
