// The entity tagger's trainer: an averaged structured perceptron (Collins 2002, "Discriminative
// Training Methods for Hidden Markov Models"; the averaging trick of Daumé III, "A Course in
// Machine Learning", ch. 4) over first-order Viterbi decoding, in two stages: the second
// learns from document features built on the first stage's jackknifed predictions (Ratinov
// & Roth 2009). Deterministic given the seed: the only randomness is the order of sentences
// in each epoch.
#ifndef MARSAD_NER_TRAINER_H_
#define MARSAD_NER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string_view>
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
  // Perceptrons trained per stage (each on its own sentence order, from `seed`) whose
  // averaged weights are then averaged: less dependence on the order, `seeds` times the
  // training time.
  int seeds = 1;
  // Features seen fewer times than this in the training data are not used.
  int min_count = 1;
  // Features whose largest averaged weight (in absolute value) is below this are dropped
  // from the model (smaller file, same decisions in practice).
  float prune = 0;
  // Added to every token's score for O when decoding (the dev set and the saved model): a
  // negative value trades precision for recall.
  float o_bias = 0;
  // A second stage with document features (DocMemory), trained on the first stage's
  // findings from `folds`-fold jackknifing; documents are runs of `doc_sentences`
  // consecutive training sentences (a CoNLL file has no document boundaries).
  bool two_stage = true;
  int folds = 5;
  int doc_sentences = 20;
  // The corpus memory keeps words seen at least this often in the corpus, of which at least
  // this percentage was tagged inside an entity.
  std::uint32_t corpus_min_count = 3;
  std::uint32_t corpus_min_percent = 5;
};

// An unlabeled corpus for the corpus memory: calls `visit` with the text and the analysis
// (text::Analyzer, default options, with sentences) of each of its documents, in a fixed
// order; returns an error (naming the file) when a document cannot be read.
using CorpusVisitor = std::function<void(std::string_view text, const text::TextAnalysis& analysis)>;
using CorpusSource = std::function<Status(const CorpusVisitor& visit)>;

// Where the corpus memories of a training (one per jackknife fold, then the whole training
// set) may be kept between trainings that would build the same ones: `load` returns true
// when it filled *memories, `save` keeps them. Either may be empty. The caller keys them on
// everything that decides the base taggers (data, resources, MemoryFeatures(flags), seed,
// seeds, epochs, o_bias, min_count, folds), so a feature tried on top reuses them.
struct CorpusMemoryCache {
  std::function<Result<bool>(std::vector<CorpusMemory>* memories)> load;
  std::function<Status(const std::vector<CorpusMemory>& memories)> save;
};

// The features of the base taggers that build the corpus memory: the model's, less those
// that only the final tagger uses (the clitic-name and sports features, the document split), so that a feature
// compared on top is compared with the same memory.
inline std::uint32_t MemoryFeatures(std::uint32_t flags) {
  return flags & ~(static_cast<std::uint32_t>(kFeatCliticName) | kFeatSports | kFeatCohesionDocs);
}

struct EpochReport {
  int stage = 0;               // 0: the base tagger for the corpus memory; 1; 2: documents
  int epoch = 0;               // 1-based
  std::size_t mistakes = 0;    // training sentences decoded wrongly during the epoch
  std::size_t sentences = 0;   // (with TrainOptions::seeds > 1: summed over the runs)
  std::size_t features = 0;    // distinct features in use
  bool has_dev = false;
  NerScore dev;                // the averaged model's entity scores on the dev sentences
  double seconds = 0;          // the epoch's training time (dev scoring excluded)
};

// Trains a model on `train` (AlignedSentence::gold, in document order) with `clusters` and
// `lexicon` as its resources, scoring the averaged model on `dev` (which may be empty)
// after every epoch of each stage and passing each epoch's report to `on_epoch` (may be
// empty; the jackknife's own trainings are not reported). With a `corpus`, a base tagger
// (and one per jackknife fold) first tags it to build the model's CorpusMemory.
// InvalidArgument when `train` is empty or the options are out of range; the corpus's
// error when it cannot be read.
Result<Model> TrainTagger(const std::vector<AlignedSentence>& train,
                          const std::vector<AlignedSentence>& dev, WordClusters clusters,
                          Lexicon lexicon, const TrainOptions& options,
                          const std::function<void(const EpochReport&)>& on_epoch,
                          const CorpusSource& corpus = nullptr,
                          const CorpusMemoryCache& cache = {});

}  // namespace marsad::ner

#endif  // MARSAD_NER_TRAINER_H_
