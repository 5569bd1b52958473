// Tagger and its per-thread cache; see tagger.h.
#include "marsad/ner/tagger.h"

#include <algorithm>
#include <cstring>

namespace marsad::ner {

void TaggerCache::Clear() {
  index_ = FlatMap<std::uint64_t, std::uint32_t>();
  entries_.clear();
  scores_.clear();
  bytes_.clear();
}

Tagger::Tagger(const Model& model)
    : model_(model), extractor_(model.clusters(), model.lexicon(), model.feature_options()) {
  const std::size_t t = static_cast<std::size_t>(model_.num_tags());
  bos_scores_.assign(kOffsets * t, 0.0F);
  eos_scores_.assign(kOffsets * t, 0.0F);
  FillScores(extractor_.SentenceStart(), bos_scores_.data());
  FillScores(extractor_.SentenceEnd(), eos_scores_.data());
}

void Tagger::FillScores(const TypeFeatures& type, float* scores) const {
  const int t = model_.num_tags();
  const auto add = [&](float* row, std::uint64_t feature) {
    if (const float* w = model_.Weights(feature)) {
      for (int y = 0; y < t; ++y) row[y] += w[y];
    }
  };
  std::fill(scores, scores + kOffsets * static_cast<std::size_t>(t), 0.0F);
  for (int d = -kWindow; d <= kWindow; ++d) {
    float* row = scores + static_cast<std::size_t>(d + kWindow) * static_cast<std::size_t>(t);
    if (d == 0) {
      for (std::uint64_t f : type.own) add(row, f);
      continue;
    }
    for (std::uint64_t a : type.context) add(row, FeatureExtractor::AtOffset(a, d));
    if (d == -1 || d == 1) {
      for (std::uint64_t a : type.near) add(row, FeatureExtractor::AtOffset(a, d));
    }
  }
}

std::uint32_t Tagger::Lookup(std::string_view text, const text::TextAnalysis& analysis,
                             std::size_t i, TaggerCache* cache) const {
  const text::Token& tok = analysis.tokens[i].token;
  const std::string_view bytes = tok.In(text);
  const std::uint64_t key = NonZero(HashBytes(bytes, 0x1000 + static_cast<std::uint64_t>(tok.kind)));
  const std::size_t row = kOffsets * static_cast<std::size_t>(model_.num_tags());
  std::uint32_t* slot = cache->index_.Find(key);
  if (slot != nullptr) {
    const TaggerCache::Entry& e = cache->entries_[*slot];
    if (std::string_view(cache->bytes_).substr(e.bytes_pos, e.bytes_len) == bytes) return *slot;
    // Another token with the same 64-bit hash (practically never): its entry is replaced.
  }
  if (slot == nullptr && cache->entries_.size() >= TaggerCache::kMaxEntries) {
    cache->Clear();
  }
  const TokenView view{bytes, analysis.norm(i), analysis.stem(i), tok.kind};
  extractor_.Describe(view, &cache->describe_);
  std::uint32_t id;
  if (slot != nullptr) {
    id = *slot;
  } else {
    id = static_cast<std::uint32_t>(cache->entries_.size());
    cache->entries_.emplace_back();
    cache->scores_.resize(cache->scores_.size() + row);
    cache->index_.FindOrInsert(key) = id;
  }
  TaggerCache::Entry& e = cache->entries_[id];
  e.bytes_pos = static_cast<std::uint32_t>(cache->bytes_.size());
  e.bytes_len = static_cast<std::uint32_t>(bytes.size());
  cache->bytes_.append(bytes);
  e.keys = cache->describe_.keys;
  FillScores(cache->describe_, cache->scores_.data() + std::size_t{id} * row);
  return id;
}

void Tagger::ComputeEmissions(std::string_view text, const text::TextAnalysis& analysis,
                              std::size_t first, std::size_t end, TaggerCache* cache) const {
  if (cache->model_ != &model_) {
    cache->Clear();
    cache->model_ = &model_;
  }
  const std::size_t n = end - first;
  const std::size_t t = static_cast<std::size_t>(model_.num_tags());
  const std::size_t row = kOffsets * t;
  cache->ids_.resize(n);
  for (std::size_t k = 0; k < n; ++k) cache->ids_[k] = Lookup(text, analysis, first + k, cache);

  cache->emissions_.assign(n * t, 0.0F);
  float* em = cache->emissions_.data();
  const float* scores = cache->scores_.data();
  for (std::size_t k = 0; k < n; ++k) {
    float* out = em + k * t;
    for (int d = -kWindow; d <= kWindow; ++d) {
      const auto j = static_cast<std::ptrdiff_t>(k) + d;
      const float* src = j < 0                               ? bos_scores_.data()
                         : j >= static_cast<std::ptrdiff_t>(n) ? eos_scores_.data()
                                                             : scores + cache->ids_[static_cast<std::size_t>(j)] * row;
      const float* r = src + static_cast<std::size_t>(d + kWindow) * t;
      for (std::size_t y = 0; y < t; ++y) out[y] += r[y];
    }
  }
  // Sentence features.
  std::vector<SentenceKeys>& keys = cache->keys_;
  keys.resize(n);
  for (std::size_t k = 0; k < n; ++k) keys[k] = cache->entries_[cache->ids_[k]].keys;
  extractor_.ForEachSentenceFeature(keys.data(), n, &cache->sentence_,
                                    [&](std::size_t i, std::uint64_t f, SentenceFeatureName) {
                                      if (const float* w = model_.Weights(f)) {
                                        float* out = em + i * t;
                                        for (std::size_t y = 0; y < t; ++y) out[y] += w[y];
                                      }
                                    });
}

void Tagger::ComputeEmissionsUncached(std::string_view text, const text::TextAnalysis& analysis,
                                      std::size_t first, std::size_t end,
                                      TaggerCache* cache) const {
  const std::size_t n = end - first;
  const std::size_t t = static_cast<std::size_t>(model_.num_tags());
  std::vector<std::vector<std::uint64_t>> features;
  extractor_.Extract(ViewTokens(text, analysis, first, end), &features);
  cache->emissions_.assign(n * t, 0.0F);
  for (std::size_t k = 0; k < n; ++k) {
    float* out = cache->emissions_.data() + k * t;
    for (std::uint64_t f : features[k]) {
      if (const float* w = model_.Weights(f)) {
        for (std::size_t y = 0; y < t; ++y) out[y] += w[y];
      }
    }
  }
}

std::vector<float> Tagger::Emissions(std::string_view text, const text::TextAnalysis& analysis,
                                     std::size_t first, std::size_t end,
                                     TaggerCache* cache) const {
  if (cache != nullptr) {
    ComputeEmissions(text, analysis, first, end, cache);
    return cache->emissions_;
  }
  TaggerCache local;
  ComputeEmissionsUncached(text, analysis, first, end, &local);
  return local.emissions_;
}

std::vector<EntitySpan> Tagger::TagSentence(std::string_view text,
                                            const text::TextAnalysis& analysis, std::size_t first,
                                            std::size_t end, TaggerCache* cache,
                                            std::vector<std::uint8_t>* tags) const {
  TaggerCache local;
  if (cache == nullptr) cache = &local;
  std::vector<std::uint8_t> own_tags;
  if (tags == nullptr) tags = &own_tags;
  const std::size_t n = end > first ? end - first : 0;
  tags->assign(n, 0);
  if (n == 0) return {};
  ComputeEmissions(text, analysis, first, end, cache);
  Viterbi(cache->emissions_.data(), n, model_.num_tags(), model_.transitions(), tags->data(),
          &cache->viterbi_);
  return model_.tags().Decode(tags->data(), n);
}

void Tagger::Tag(doc::AnalyzedDoc* doc, TaggerCache* cache) const {
  TaggerCache local;
  if (cache == nullptr) cache = &local;
  doc->mentions.clear();
  const std::string_view text = doc->document.text;
  const text::TextAnalysis& a = doc->analysis;
  const auto tag_range = [&](std::size_t first, std::size_t end) {
    for (const EntitySpan& s : TagSentence(text, a, first, end, cache)) {
      doc::Mention m;
      m.first_token = static_cast<std::uint32_t>(first + s.begin);
      m.end_token = static_cast<std::uint32_t>(first + s.end);
      m.span = {a.tokens[m.first_token].token.begin, a.tokens[m.end_token - 1].token.end};
      m.type = s.type;
      doc->mentions.push_back(m);
    }
  };
  if (a.sentences.empty()) {
    tag_range(0, a.tokens.size());
    return;
  }
  for (const text::Sentence& s : a.sentences) tag_range(s.first_token, s.end_token);
}

}  // namespace marsad::ner
