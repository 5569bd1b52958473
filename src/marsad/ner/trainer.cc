// Averaged structured perceptron training; see trainer.h.
#include "marsad/ner/trainer.h"

#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <utility>

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

// Extracts every token's feature keys (Model::Key of each feature).
std::vector<std::vector<std::uint64_t>> SentenceKeysOf(const FeatureExtractor& extractor,
                                                       const AlignedSentence& s) {
  std::vector<std::vector<std::uint64_t>> features;
  extractor.Extract(ViewTokens(s.text, s.analysis, 0, s.analysis.tokens.size()), &features);
  for (auto& fs : features) {
    for (std::uint64_t& f : fs) f = Model::Key(f);
  }
  return features;
}

class Perceptron {
 public:
  Perceptron(std::size_t features, int tags)
      : t_(static_cast<std::size_t>(tags)),
        w_(features * t_, 0.0F),
        u_(features * t_, 0.0),
        wt_((t_ + 1) * (t_ + 1), 0.0),
        ut_((t_ + 1) * (t_ + 1), 0.0) {}

  // Decodes `s` with the current (or averaged) weights into *tags.
  void Decode(const Encoded& s, const float* weights, const float* transitions,
              std::vector<std::uint8_t>* tags) {
    const std::size_t n = s.n();
    emissions_.assign(n * t_, 0.0F);
    for (std::size_t i = 0; i < n; ++i) {
      float* out = emissions_.data() + i * t_;
      for (std::uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
        const float* w = weights + std::size_t{s.ids[k]} * t_;
        for (std::size_t y = 0; y < t_; ++y) out[y] += w[y];
      }
    }
    tags->resize(n);
    Viterbi(emissions_.data(), n, static_cast<int>(t_), transitions, tags->data(), &scratch_);
  }

  // One perceptron step on `s`; returns whether the prediction was wrong.
  bool Step(const Encoded& s, const TagSet& tagset) {
    Transitions(tagset, wt_, 0, &trans_);
    Decode(s, w_.data(), trans_.data(), &pred_);
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
  void Average(std::vector<float>* w, std::vector<float>* trans, const TagSet& tagset) const {
    w->resize(w_.size());
    for (std::size_t i = 0; i < w_.size(); ++i) {
      (*w)[i] = static_cast<float>(static_cast<double>(w_[i]) - u_[i] / c_);
    }
    Transitions(tagset, wt_, 1, trans);
  }

 private:
  // The float transition matrix with the constraints as -infinity; `averaged`: w - u / c.
  void Transitions(const TagSet& tagset, const std::vector<double>& wt, int averaged,
                   std::vector<float>* out) const {
    const int t = static_cast<int>(t_);
    out->resize(wt.size());
    for (int prev = -1; prev < t; ++prev) {
      for (int next = -1; next < t; ++next) {
        const std::size_t r = static_cast<std::size_t>(prev < 0 ? t : prev);
        const std::size_t c = static_cast<std::size_t>(next < 0 ? t : next);
        const std::size_t i = r * (t_ + 1) + c;
        float v = static_cast<float>(averaged != 0 ? wt[i] - ut_[i] / c_ : wt[i]);
        if ((prev != -1 || next != -1) && !tagset.Allowed(prev, next)) {
          v = -std::numeric_limits<float>::infinity();
        }
        (*out)[i] = v;
      }
    }
  }

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

}  // namespace

Result<Model> TrainTagger(const std::vector<AlignedSentence>& train,
                          const std::vector<AlignedSentence>& dev, WordClusters clusters,
                          Lexicon lexicon, const TrainOptions& options,
                          const std::function<void(const EpochReport&)>& on_epoch) {
  if (train.empty()) return Status::InvalidArgument("no training sentences");
  if (options.epochs < 1 || options.epochs > 1000) {
    return Status::InvalidArgument("epochs must be between 1 and 1000");
  }
  Model model(options.scheme, options.features, std::move(clusters), std::move(lexicon));
  const FeatureExtractor extractor(model.clusters(), model.lexicon(), options.features);
  const TagSet& tagset = model.tags();
  const int t = tagset.size();

  // Features of the training sentences, counted; ids for those seen often enough.
  std::vector<std::vector<std::vector<std::uint64_t>>> train_keys;
  train_keys.reserve(train.size());
  FlatMap<std::uint64_t, std::uint32_t> counts;
  for (const AlignedSentence& s : train) {
    train_keys.push_back(SentenceKeysOf(extractor, s));
    for (const auto& fs : train_keys.back()) {
      for (std::uint64_t k : fs) ++counts.FindOrInsert(k, 0);
    }
  }
  FlatMap<std::uint64_t, std::uint32_t> ids;
  std::vector<std::uint64_t> id_keys;
  const auto encode = [&](const AlignedSentence& s, const std::vector<std::vector<std::uint64_t>>& keys,
                          bool add) {
    Encoded e;
    e.offsets.push_back(0);
    for (const auto& fs : keys) {
      for (std::uint64_t k : fs) {
        const std::uint32_t* id = ids.Find(k);
        const std::uint32_t* count = add && id == nullptr ? counts.Find(k) : nullptr;
        if (count != nullptr && static_cast<int>(*count) >= options.min_count) {
          std::uint32_t& nid = ids.FindOrInsert(k, static_cast<std::uint32_t>(id_keys.size()));
          id_keys.push_back(k);
          id = &nid;
        }
        if (id != nullptr) e.ids.push_back(*id);
      }
      e.offsets.push_back(static_cast<std::uint32_t>(e.ids.size()));
    }
    e.gold = tagset.Encode(s.gold, s.analysis.tokens.size());
    return e;
  };
  std::vector<Encoded> encoded;
  encoded.reserve(train.size());
  for (std::size_t i = 0; i < train.size(); ++i) {
    encoded.push_back(encode(train[i], train_keys[i], true));
    train_keys[i].clear();
    train_keys[i].shrink_to_fit();
  }
  std::vector<Encoded> dev_encoded;
  for (const AlignedSentence& s : dev) dev_encoded.push_back(encode(s, SentenceKeysOf(extractor, s), false));

  Perceptron perceptron(id_keys.size(), t);
  std::vector<std::size_t> order(encoded.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<float> avg, avg_trans;
  std::vector<std::uint8_t> tags;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    const auto t0 = std::chrono::steady_clock::now();
    // Fisher-Yates with the raw generator, so the order is the same on every platform.
    for (std::size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[rng() % (i + 1)]);
    EpochReport report;
    report.epoch = epoch;
    report.sentences = encoded.size();
    report.features = id_keys.size();
    for (std::size_t i : order) {
      if (encoded[i].n() == 0) continue;
      report.mistakes += perceptron.Step(encoded[i], tagset) ? 1 : 0;
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!dev_encoded.empty()) {
      report.has_dev = true;
      perceptron.Average(&avg, &avg_trans, tagset);
      for (std::size_t i = 0; i < dev_encoded.size(); ++i) {
        if (dev_encoded[i].n() == 0) continue;
        perceptron.Decode(dev_encoded[i], avg.data(), avg_trans.data(), &tags);
        const std::vector<EntitySpan> spans = tagset.Decode(tags.data(), tags.size());
        report.dev.Add(dev[i].gold_conll, ToConllSpans(dev[i], spans));
      }
    }
    if (on_epoch) on_epoch(report);
  }

  perceptron.Average(&avg, &avg_trans, tagset);
  for (std::size_t id = 0; id < id_keys.size(); ++id) {
    const float* w = avg.data() + id * static_cast<std::size_t>(t);
    float largest = 0;
    for (int y = 0; y < t; ++y) largest = std::max(largest, std::fabs(w[y]));
    if (largest == 0 || largest < options.prune) continue;
    float* row = model.AddFeature(id_keys[id] << 24);
    for (int y = 0; y < t; ++y) row[y] = w[y];
  }
  for (int prev = -1; prev < t; ++prev) {
    for (int next = -1; next < t; ++next) {
      if (prev == -1 && next == -1) continue;
      const std::size_t r = static_cast<std::size_t>(prev < 0 ? t : prev);
      const std::size_t c = static_cast<std::size_t>(next < 0 ? t : next);
      model.SetTransition(prev, next, avg_trans[r * static_cast<std::size_t>(t + 1) + c]);
    }
  }
  model.ApplyConstraints();
  return model;
}

}  // namespace marsad::ner
