// Averaged structured perceptron training, in one or two stages; see trainer.h.
#include "marsad/ner/trainer.h"

#include <chrono>
#include <memory>
#include <cmath>
#include <limits>
#include <random>
#include <utility>

#include "marsad/ner/docsplit.h"
#include "marsad/ner/tagger.h"
#include "marsad/ner/viterbi.h"

namespace marsad::ner {

namespace {

// A sentence as the trainer sees it: per token, the ids of its features.
struct Encoded {
  std::vector<std::uint32_t> offsets;  // token i's features: ids[offsets[i], offsets[i+1])
  std::vector<std::uint32_t> ids;
  std::vector<std::uint8_t> gold;
  std::size_t n() const { return offsets.size() - 1; }
};

// The averaged weights of a trained stage.
struct Weights {
  std::vector<float> w;      // features x tags
  std::vector<float> trans;  // (tags+1)^2, constraints as -infinity
};

class Perceptron {
 public:
  Perceptron(std::size_t features, const TagSet& tagset)
      : tagset_(tagset),
        t_(static_cast<std::size_t>(tagset.size())),
        w_(features * t_, 0.0F),
        u_(features * t_, 0.0),
        wt_((t_ + 1) * (t_ + 1), 0.0),
        ut_((t_ + 1) * (t_ + 1), 0.0) {}

  // Decodes `s` with `weights` into *tags.
  void Decode(const Encoded& s, const Weights& weights, float o_bias,
              std::vector<std::uint8_t>* tags) {
    Decode(s, weights.w.data(), weights.trans.data(), o_bias, tags);
  }

  // One perceptron step on `s`; returns whether the prediction was wrong.
  bool Step(const Encoded& s) {
    Transitions(wt_, false, &trans_);
    Decode(s, w_.data(), trans_.data(), 0, &pred_);
    const std::size_t n = s.n();
    bool wrong = false;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t g = s.gold[i], p = pred_[i];
      if (g == p) continue;
      wrong = true;
      for (std::uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
        const std::size_t row = std::size_t{s.ids[k]} * t_;
        w_[row + g] += 1.0F;
        u_[row + g] += c_;
        w_[row + p] -= 1.0F;
        u_[row + p] -= c_;
      }
    }
    if (wrong) {
      const std::size_t b = t_;  // the boundary
      for (std::size_t i = 0; i <= n; ++i) {
        const std::size_t gp = i == 0 ? b : s.gold[i - 1], gn = i == n ? b : s.gold[i];
        const std::size_t pp = i == 0 ? b : pred_[i - 1], pn = i == n ? b : pred_[i];
        if (gp == pp && gn == pn) continue;
        wt_[gp * (t_ + 1) + gn] += 1.0;
        ut_[gp * (t_ + 1) + gn] += c_;
        wt_[pp * (t_ + 1) + pn] -= 1.0;
        ut_[pp * (t_ + 1) + pn] -= c_;
      }
    }
    c_ += 1.0;
    return wrong;
  }

  // The averaged weights w - u / c.
  Weights Average() const {
    Weights out;
    out.w = w_;
    for (std::size_t i = 0; i < out.w.size(); ++i) {
      out.w[i] = static_cast<float>(static_cast<double>(w_[i]) - u_[i] / c_);
    }
    Transitions(wt_, true, &out.trans);
    return out;
  }

 private:
  void Decode(const Encoded& s, const float* weights, const float* transitions, float o_bias,
              std::vector<std::uint8_t>* tags) {
    const std::size_t n = s.n();
    emissions_.assign(n * t_, 0.0F);
    for (std::size_t i = 0; i < n; ++i) {
      float* out = emissions_.data() + i * t_;
      out[0] = o_bias;
      for (std::uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
        const float* w = weights + std::size_t{s.ids[k]} * t_;
        for (std::size_t y = 0; y < t_; ++y) out[y] += w[y];
      }
    }
    tags->resize(n);
    Viterbi(emissions_.data(), n, static_cast<int>(t_), transitions, tags->data(), &scratch_);
  }

  // The float transition matrix with the constraints as -infinity; `averaged`: w - u / c.
  void Transitions(const std::vector<double>& wt, bool averaged, std::vector<float>* out) const {
    const int t = static_cast<int>(t_);
    out->assign(wt.size(), 0.0F);
    for (int prev = -1; prev < t; ++prev) {
      for (int next = -1; next < t; ++next) {
        const std::size_t r = static_cast<std::size_t>(prev < 0 ? t : prev);
        const std::size_t c = static_cast<std::size_t>(next < 0 ? t : next);
        const std::size_t i = r * (t_ + 1) + c;
        float v = static_cast<float>(averaged ? wt[i] - ut_[i] / c_ : wt[i]);
        if ((prev != -1 || next != -1) && !tagset_.Allowed(prev, next)) {
          v = -std::numeric_limits<float>::infinity();
        }
        (*out)[i] = v;
      }
    }
  }

  const TagSet& tagset_;
  std::size_t t_;
  std::vector<float> w_;
  std::vector<double> u_;
  std::vector<double> wt_;
  std::vector<double> ut_;
  double c_ = 1.0;
  std::vector<float> emissions_;
  std::vector<float> trans_;
  std::vector<std::uint8_t> pred_;
  ViterbiScratch scratch_;
};

// Feature ids: features seen at least min_count times in the training data get one.
class FeatureIds {
 public:
  explicit FeatureIds(int min_count) : min_count_(min_count) {}
  void Count(std::uint64_t key) { ++counts_.FindOrInsert(key, 0); }
  // The id of `key`, assigned on first use when `add` and it was counted often enough;
  // nullptr when it has none.
  const std::uint32_t* Id(std::uint64_t key, bool add) {
    const std::uint32_t* id = ids_.Find(key);
    if (id != nullptr || !add) return id;
    const std::uint32_t* count = counts_.Find(key);
    if (count == nullptr || static_cast<int>(*count) < min_count_) return nullptr;
    std::uint32_t& nid = ids_.FindOrInsert(key, static_cast<std::uint32_t>(keys_.size()));
    keys_.push_back(key);
    return &nid;
  }
  std::size_t size() const { return keys_.size(); }
  std::uint64_t key(std::size_t id) const { return keys_[id]; }

 private:
  int min_count_;
  base::FlatMap<std::uint64_t, std::uint32_t> counts_;
  base::FlatMap<std::uint64_t, std::uint32_t> ids_;
  std::vector<std::uint64_t> keys_;
};

// What the trainer keeps of a sentence's features: the keys (Model::Key) per token, and the
// tokens' sentence keys for document features.
struct SentenceFeatures {
  std::vector<std::vector<std::uint64_t>> keys;
  std::vector<SentenceKeys> sentence_keys;
};

SentenceFeatures Extract(const FeatureExtractor& extractor, const AlignedSentence& s) {
  SentenceFeatures out;
  extractor.Extract(ViewTokens(s.text, s.analysis, 0, s.analysis.tokens.size()), &out.keys,
                    nullptr, &out.sentence_keys);
  for (auto& fs : out.keys) {
    for (std::uint64_t& f : fs) f = Model::Key(f);
  }
  return out;
}

Encoded Encode(const std::vector<std::vector<std::uint64_t>>& keys,
               const std::vector<std::vector<std::uint64_t>>* extra, FeatureIds* ids, bool add,
               std::vector<std::uint8_t> gold) {
  Encoded e;
  e.offsets.push_back(0);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (std::uint64_t k : keys[i]) {
      if (const std::uint32_t* id = ids->Id(k, add)) e.ids.push_back(*id);
    }
    if (extra != nullptr) {
      for (std::uint64_t k : (*extra)[i]) {
        if (const std::uint32_t* id = ids->Id(k, add)) e.ids.push_back(*id);
      }
    }
    e.offsets.push_back(static_cast<std::uint32_t>(e.ids.size()));
  }
  e.gold = std::move(gold);
  return e;
}

// Trains one stage on the sentences `use` of `train` for options.epochs epochs; reports
// each epoch, scoring `dev` (decoded with `dev_gold` alignment) when given. With
// options.seeds > 1, trains that many perceptrons on differently shuffled orders and returns
// the mean of their averaged weights; only the mean is scored and reported (as the last
// epoch, its mistakes summed over the runs).
Weights TrainStage(int stage, const std::vector<Encoded>& train, const std::vector<std::size_t>& use,
                   std::size_t n_features, const TagSet& tagset, const TrainOptions& options,
                   const std::vector<Encoded>* dev, const std::vector<AlignedSentence>* dev_sentences,
                   const std::function<void(const EpochReport&)>& on_epoch) {
  const int runs = std::max(1, options.seeds);
  Weights mean;
  EpochReport report;
  report.stage = stage;
  report.sentences = use.size() * static_cast<std::size_t>(runs);
  report.features = n_features;
  std::vector<std::uint8_t> tags;
  // Scores `avg` on dev into `report` (when there is a dev set and someone listens).
  const auto score = [&](Perceptron& perceptron, const Weights& avg) {
    if (dev == nullptr || dev->empty() || !on_epoch) return;
    report.has_dev = true;
    report.dev = NerScore();
    for (std::size_t i = 0; i < dev->size(); ++i) {
      if ((*dev)[i].n() == 0) continue;
      perceptron.Decode((*dev)[i], avg, options.o_bias, &tags);
      const std::vector<EntitySpan> spans = tagset.Decode(tags.data(), tags.size());
      report.dev.Add((*dev_sentences)[i].gold_conll, ToConllSpans((*dev_sentences)[i], spans));
    }
  };
  for (int run = 0; run < runs; ++run) {
    Perceptron perceptron(n_features, tagset);
    std::vector<std::size_t> order = use;
    std::mt19937_64 rng(options.seed + static_cast<std::uint64_t>(stage) * 0x9E3779B97F4A7C15ULL +
                        static_cast<std::uint64_t>(run) * 0xD1B54A32D192ED03ULL);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      const auto t0 = std::chrono::steady_clock::now();
      // Fisher-Yates with the raw generator, so the order is the same on every platform.
      for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      std::size_t mistakes = 0;
      report.epoch = epoch;
      for (std::size_t i : order) {
        if (train[i].n() == 0) continue;
        mistakes += perceptron.Step(train[i]) ? 1 : 0;
      }
      // One run: this epoch's mistakes; several: the sum of their last epochs'.
      if (runs == 1) {
        report.mistakes = mistakes;
      } else if (epoch == options.epochs) {
        report.mistakes += mistakes;
      }
      report.seconds = (runs == 1 ? 0 : report.seconds) +
                       std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (runs == 1 && on_epoch) {
        if (dev != nullptr && !dev->empty()) {
          const Weights avg = perceptron.Average();
          score(perceptron, avg);
        }
        on_epoch(report);
      }
    }
    Weights avg = perceptron.Average();
    if (runs == 1) return avg;
    if (run == 0) {
      mean = std::move(avg);
    } else {
      for (std::size_t i = 0; i < mean.w.size(); ++i) mean.w[i] += avg.w[i];
      for (std::size_t i = 0; i < mean.trans.size(); ++i) mean.trans[i] += avg.trans[i];
    }
    if (run + 1 == runs) {
      const float inv = 1.0f / static_cast<float>(runs);
      for (float& x : mean.w) x *= inv;
      for (float& x : mean.trans) x *= inv;
      if (on_epoch) {
        score(perceptron, mean);
        on_epoch(report);
      }
    }
  }
  return mean;
}

// Decodes each sentence with `weights` into DocMemory slots (0: O, 1 + type: in an entity).
std::vector<std::vector<std::uint8_t>> PredictSlots(const std::vector<Encoded>& sentences,
                                                    const std::vector<std::size_t>& which,
                                                    const Weights& weights, const TagSet& tagset,
                                                    float o_bias,
                                                    std::vector<std::vector<std::uint8_t>>* out) {
  Perceptron decoder(0, tagset);
  std::vector<std::uint8_t> tags;
  for (std::size_t i : which) {
    const std::size_t n = sentences[i].n();
    std::vector<std::uint8_t>& slots = (*out)[i];
    slots.assign(n, 0);
    if (n == 0) continue;
    decoder.Decode(sentences[i], weights, o_bias, &tags);
    for (const EntitySpan& s : tagset.Decode(tags.data(), n)) {
      for (std::uint32_t k = s.begin; k < s.end; ++k) {
        slots[k] = static_cast<std::uint8_t>(1 + static_cast<int>(s.type));
      }
    }
  }
  return *out;
}

// The document features of every sentence (keys per token), documents starting at the
// sentences `starts` (DocumentStarts).
std::vector<std::vector<std::vector<std::uint64_t>>> DocFeatures(
    const std::vector<SentenceFeatures>& features, const std::vector<std::vector<std::uint8_t>>& slots,
    const std::vector<std::size_t>& starts, bool sports) {
  std::vector<std::vector<std::vector<std::uint64_t>>> out(features.size());
  DocMemory memory;
  for (std::size_t d = 0; d < starts.size(); ++d) {
    const std::size_t first = starts[d];
    const std::size_t end = d + 1 < starts.size() ? starts[d + 1] : features.size();
    memory.Clear();
    std::size_t topic_words = 0;
    for (std::size_t s = first; s < end; ++s) {
      for (std::size_t i = 0; i < slots[s].size(); ++i) {
        memory.Add(features[s].sentence_keys[i].doc_key, slots[s][i]);
        topic_words += features[s].sentence_keys[i].topic;
      }
    }
    const int level = sports ? TopicLevel(topic_words) : 0;
    for (std::size_t s = first; s < end; ++s) {
      out[s].assign(slots[s].size(), {});
      const auto add = [&](std::size_t i, std::uint64_t f, SentenceFeatureName) {
        out[s][i].push_back(Model::Key(f));
      };
      ForEachDocFeature(memory, features[s].sentence_keys.data(), slots[s].data(), slots[s].size(), add);
      ForEachTopicFeature(level, features[s].sentence_keys.data(), slots[s].data(), slots[s].size(), add);
    }
  }
  return out;
}

void StoreStage(const Weights& w, const FeatureIds& ids, int stage, float prune, float o_bias,
                Model* model) {
  const int t = model->num_tags();
  for (std::size_t id = 0; id < ids.size(); ++id) {
    const float* row = w.w.data() + id * static_cast<std::size_t>(t);
    float largest = 0;
    for (int y = 0; y < t; ++y) largest = std::max(largest, std::fabs(row[y]));
    if (largest == 0 || largest < prune) continue;
    float* dst = model->AddFeature(ids.key(id) << 24, stage);
    for (int y = 0; y < t; ++y) dst[y] = row[y];
  }
  for (int prev = -1; prev < t; ++prev) {
    for (int next = -1; next < t; ++next) {
      if (prev == -1 && next == -1) continue;
      const std::size_t r = static_cast<std::size_t>(prev < 0 ? t : prev);
      const std::size_t c = static_cast<std::size_t>(next < 0 ? t : next);
      model->SetTransition(prev, next, w.trans[r * static_cast<std::size_t>(t + 1) + c], stage);
    }
  }
  model->set_o_bias(o_bias, stage);
}

// The first stage's findings over an unlabeled corpus, as CorpusMemory tables: one per
// model in `weights` (all sharing `base`'s resources and the base features).
Status BuildCorpusMemories(const Model& base, const FeatureOptions& base_options,
                           const std::vector<const Weights*>& weights,
                           const FeatureIds& ids, const TrainOptions& options,
                           const CorpusSource& corpus, std::vector<CorpusMemory>* memories) {
  std::vector<std::unique_ptr<Model>> models;
  std::vector<std::unique_ptr<Tagger>> taggers;
  std::vector<std::unique_ptr<TaggerCache>> caches;
  for (const Weights* w : weights) {
    auto m = std::make_unique<Model>(base.tags().scheme(), base_options,
                                     WordClusters(base.clusters()), Lexicon(base.lexicon()));
    StoreStage(*w, ids, 0, 0, options.o_bias, m.get());
    m->ApplyConstraints();
    taggers.push_back(std::make_unique<Tagger>(*m));
    caches.push_back(std::make_unique<TaggerCache>());
    models.push_back(std::move(m));
  }
  memories->assign(weights.size(), CorpusMemory());
  std::vector<SentenceRef> refs;
  std::vector<std::uint64_t> keys;
  std::vector<std::uint8_t> slots;
  MARSAD_RETURN_IF_ERROR(corpus([&](std::string_view text, const text::TextAnalysis& analysis) {
    refs.clear();
    if (analysis.sentences.empty()) {
      refs.push_back({text, &analysis, 0, analysis.tokens.size()});
    } else {
      for (const text::Sentence& s : analysis.sentences) {
        refs.push_back({text, &analysis, s.first_token, s.end_token});
      }
    }
    for (std::size_t m = 0; m < taggers.size(); ++m) {
      const std::vector<std::vector<EntitySpan>> found = taggers[m]->TagDocument(refs, caches[m].get());
      for (std::size_t k = 0; k < refs.size(); ++k) {
        taggers[m]->DocKeys(refs[k], caches[m].get(), &keys);
        slots.assign(keys.size(), 0);
        for (const EntitySpan& e : found[k]) {
          for (std::uint32_t i = e.begin; i < e.end && i < slots.size(); ++i) {
            slots[i] = static_cast<std::uint8_t>(1 + static_cast<int>(e.type));
          }
        }
        for (std::size_t i = 0; i < keys.size(); ++i) (*memories)[m].Add(keys[i], slots[i]);
      }
    }
  }));
  for (CorpusMemory& m : *memories) m.Finish(options.corpus_min_count, options.corpus_min_percent);
  return Status::Ok();
}

// The sentences [a, b) of fold f of n sentences.
std::pair<std::size_t, std::size_t> Fold(std::size_t n, std::size_t f, std::size_t folds) {
  return {n * f / folds, n * (f + 1) / folds};
}

}  // namespace

Result<Model> TrainTagger(const std::vector<AlignedSentence>& train,
                          const std::vector<AlignedSentence>& dev, WordClusters clusters,
                          Lexicon lexicon, const TrainOptions& options,
                          const std::function<void(const EpochReport&)>& on_epoch,
                          const CorpusSource& corpus, const CorpusMemoryCache& cache) {
  if (train.empty()) return Status::InvalidArgument("no training sentences");
  if (options.epochs < 1 || options.epochs > 1000) {
    return Status::InvalidArgument("epochs must be between 1 and 1000");
  }
  if (options.seeds < 1 || options.seeds > 100) {
    return Status::InvalidArgument("seeds must be between 1 and 100");
  }
  const bool jackknife = options.two_stage || corpus;
  if (jackknife && (options.folds < 2 || options.doc_sentences < 1 ||
                    static_cast<std::size_t>(options.folds) > train.size())) {
    return Status::InvalidArgument(
        "document and corpus features need 2 to (training sentences) folds and at least 1 "
        "sentence per document");
  }
  Model model(options.scheme, options.features, std::move(clusters), std::move(lexicon));
  model.set_doc_sentences(options.doc_sentences);
  const TagSet& tagset = model.tags();
  const auto folds = static_cast<std::size_t>(options.folds);
  std::vector<std::size_t> all(train.size()), all_dev(dev.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  for (std::size_t i = 0; i < all_dev.size(); ++i) all_dev[i] = i;
  // The training sentences outside fold f, and those inside it.
  const auto split = [&](std::size_t f, std::vector<std::size_t>* rest, std::vector<std::size_t>* held) {
    const auto [a, b] = Fold(train.size(), f, folds);
    for (std::size_t i = 0; i < train.size(); ++i) (i >= a && i < b ? held : rest)->push_back(i);
  };
  const auto gold = [&](const AlignedSentence& s) {
    return tagset.Encode(s.gold, s.analysis.tokens.size());
  };

  // Sentence features, without corpus features (and, for the corpus memory's base
  // taggers, without the features it leaves out: MemoryFeatures).
  const FeatureOptions base_options{corpus ? MemoryFeatures(options.features.flags)
                                           : options.features.flags};
  const FeatureExtractor base_extractor(model.clusters(), model.lexicon(), base_options);
  std::vector<SentenceFeatures> train_features, dev_features;
  for (const AlignedSentence& s : train) train_features.push_back(Extract(base_extractor, s));
  for (const AlignedSentence& s : dev) dev_features.push_back(Extract(base_extractor, s));

  std::vector<CorpusMemory> memories;  // per fold, then the whole training set
  bool cached = false;
  if (corpus && cache.load) {
    MARSAD_ASSIGN_OR_RETURN(cached, cache.load(&memories));
    if (cached && memories.size() != folds + 1) {
      return Status::InvalidArgument("cached corpus memories do not match the folds");
    }
  }
  if (corpus && !cached) {
    // A base tagger (and one per jackknife fold) tags the unlabeled corpus; what it found
    // becomes the corpus memory, whose features the model then learns to trust.
    FeatureIds base_ids(options.min_count);
    for (const SentenceFeatures& f : train_features) {
      for (const auto& fs : f.keys) {
        for (std::uint64_t k : fs) base_ids.Count(k);
      }
    }
    std::vector<Encoded> encoded, dev_encoded;
    for (std::size_t i = 0; i < train.size(); ++i) {
      encoded.push_back(Encode(train_features[i].keys, nullptr, &base_ids, true, gold(train[i])));
    }
    for (std::size_t i = 0; i < dev.size(); ++i) {
      dev_encoded.push_back(Encode(dev_features[i].keys, nullptr, &base_ids, false, gold(dev[i])));
    }
    std::vector<Weights> base(folds + 1);
    for (std::size_t f = 0; f < folds; ++f) {
      std::vector<std::size_t> rest, held;
      split(f, &rest, &held);
      base[f] = TrainStage(0, encoded, rest, base_ids.size(), tagset, options, nullptr, nullptr, nullptr);
    }
    base[folds] = TrainStage(0, encoded, all, base_ids.size(), tagset, options, &dev_encoded, &dev,
                             on_epoch);
    std::vector<const Weights*> ptrs;
    for (const Weights& w : base) ptrs.push_back(&w);
    MARSAD_RETURN_IF_ERROR(
        BuildCorpusMemories(model, base_options, ptrs, base_ids, options, corpus, &memories));
    if (cache.save) MARSAD_RETURN_IF_ERROR(cache.save(memories));
  }
  if (corpus) {
    // Each training sentence's features read the memory its fold's base tagger built.
    std::vector<std::unique_ptr<FeatureExtractor>> extractors;
    for (const CorpusMemory& m : memories) {
      extractors.push_back(std::make_unique<FeatureExtractor>(model.clusters(), model.lexicon(),
                                                              options.features, &m));
    }
    for (std::size_t f = 0; f < folds; ++f) {
      const auto [a, b] = Fold(train.size(), f, folds);
      for (std::size_t i = a; i < b; ++i) train_features[i] = Extract(*extractors[f], train[i]);
    }
    for (std::size_t i = 0; i < dev.size(); ++i) dev_features[i] = Extract(*extractors[folds], dev[i]);
  }

  // Stage 1: sentence (and corpus) features.
  FeatureIds ids(options.min_count);
  for (const SentenceFeatures& f : train_features) {
    for (const auto& fs : f.keys) {
      for (std::uint64_t k : fs) ids.Count(k);
    }
  }
  std::vector<Encoded> encoded, dev_encoded;
  for (std::size_t i = 0; i < train.size(); ++i) {
    encoded.push_back(Encode(train_features[i].keys, nullptr, &ids, true, gold(train[i])));
  }
  for (std::size_t i = 0; i < dev.size(); ++i) {
    dev_encoded.push_back(Encode(dev_features[i].keys, nullptr, &ids, false, gold(dev[i])));
  }
  const std::size_t stage1_features = ids.size();
  const Weights stage1 = TrainStage(1, encoded, all, stage1_features, tagset, options,
                                    &dev_encoded, &dev, on_epoch);
  StoreStage(stage1, ids, 0, options.prune, options.o_bias, &model);
  if (corpus) model.set_corpus(std::move(memories[folds]));
  if (!options.two_stage) return model;

  // Stage 2: document features from the first stage's findings; on each training sentence
  // they come from a model that did not see it (jackknifing, as the second stage will meet
  // the first stage's errors on new text).
  std::vector<std::vector<std::uint8_t>> train_slots(train.size()), dev_slots(dev.size());
  for (std::size_t f = 0; f < folds; ++f) {
    std::vector<std::size_t> rest, held;
    split(f, &rest, &held);
    const Weights w = TrainStage(1, encoded, rest, stage1_features, tagset, options, nullptr,
                                 nullptr, nullptr);
    PredictSlots(encoded, held, w, tagset, options.o_bias, &train_slots);
  }
  PredictSlots(dev_encoded, all_dev, stage1, tagset, options.o_bias, &dev_slots);
  const bool sports = options.features.Has(kFeatSports);
  const bool cohesion = options.features.Has(kFeatCohesionDocs);
  const auto per_doc = static_cast<std::size_t>(options.doc_sentences);
  const auto train_doc = DocFeatures(train_features, train_slots,
                                     DocumentStarts(train, cohesion, per_doc), sports);
  const auto dev_doc = DocFeatures(dev_features, dev_slots, DocumentStarts(dev, cohesion, per_doc), sports);
  for (const auto& sentence : train_doc) {
    for (const auto& fs : sentence) {
      for (std::uint64_t k : fs) ids.Count(k);
    }
  }
  std::vector<Encoded> encoded2, dev_encoded2;
  for (std::size_t i = 0; i < train.size(); ++i) {
    encoded2.push_back(Encode(train_features[i].keys, &train_doc[i], &ids, true, gold(train[i])));
    encoded[i] = Encoded();
  }
  for (std::size_t i = 0; i < dev.size(); ++i) {
    dev_encoded2.push_back(Encode(dev_features[i].keys, &dev_doc[i], &ids, false, gold(dev[i])));
  }
  const Weights stage2 = TrainStage(2, encoded2, all, ids.size(), tagset, options, &dev_encoded2,
                                    &dev, on_epoch);
  model.AddStage();
  StoreStage(stage2, ids, 1, options.prune, options.o_bias, &model);
  model.ApplyConstraints();
  return model;
}

}  // namespace marsad::ner
