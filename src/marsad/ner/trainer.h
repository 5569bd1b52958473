// The entity tagger's trainer: an averaged structured perceptron (Collins 2002, "Discriminative
// Training Methods for Hidden Markov Models"; the averaging trick of Daumé III, "A Course in
// Machine Learning", ch. 4) over first-order Viterbi decoding. Deterministic given the seed:
// the only randomness is the order of sentences in each epoch.
#ifndef MARSAD_NER_TRAINER_H_
#define MARSAD_NER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/ner/bio.h"
#include "marsad/ner/conll.h"
#include "marsad/ner/features.h"
#include "marsad/ner/model.h"

namespace marsad::ner {

struct TrainOptions {
  TagScheme scheme = TagScheme::kBilou;
  FeatureOptions features;
  int epochs = 15;
  std::uint64_t seed = 1;
  // Features seen fewer times than this in the training data are not used.
  int min_count = 1;
  // Features whose largest averaged weight (in absolute value) is below this are dropped
  // from the model (smaller file, same decisions in practice).
  float prune = 0;
};

struct EpochReport {
  int epoch = 0;               // 1-based
  std::size_t mistakes = 0;    // training sentences decoded wrongly during the epoch
  std::size_t sentences = 0;
  std::size_t features = 0;    // distinct features in use
  bool has_dev = false;
  NerScore dev;                // the averaged model's entity scores on the dev sentences
  double seconds = 0;          // the epoch's training time (dev scoring excluded)
};

// Trains a model on `train` (AlignedSentence::gold) with `clusters` and `lexicon` as its
// resources, scoring the averaged model on `dev` (which may be empty) after every epoch and
// passing each epoch's report to `on_epoch` (may be empty). InvalidArgument when `train`
// is empty or the options are out of range.
Result<Model> TrainTagger(const std::vector<AlignedSentence>& train,
                          const std::vector<AlignedSentence>& dev, WordClusters clusters,
                          Lexicon lexicon, const TrainOptions& options,
                          const std::function<void(const EpochReport&)>& on_epoch);

}  // namespace marsad::ner

#endif  // MARSAD_NER_TRAINER_H_
