// Tagger and its per-thread cache; see tagger.h.
#include "marsad/ner/tagger.h"

#include <algorithm>
#include <cstring>

namespace marsad::ner {

namespace {

// The DocMemory slot of every token: 0 outside entities, 1 + type inside.
void SlotsFromSpans(const std::vector<EntitySpan>& spans, std::size_t n,
                    std::vector<std::uint8_t>* slots) {
  slots->assign(n, 0);
  for (const EntitySpan& s : spans) {
    for (std::uint32_t i = s.begin; i < s.end && i < n; ++i) {
      (*slots)[i] = static_cast<std::uint8_t>(1 + static_cast<int>(s.type));
    }
  }
}

}  // namespace

void TaggerCache::Clear() {
  index_ = base::FlatMap<std::uint64_t, std::uint32_t>();
  entries_.clear();
  scores_.clear();
  bytes_.clear();
}

Tagger::Tagger(const Model& model)
    : model_(model),
      extractor_(model.clusters(), model.lexicon(), model.feature_options(), model.corpus()) {
  bos_scores_.assign(EntryFloats(), 0.0F);
  eos_scores_.assign(EntryFloats(), 0.0F);
  const std::size_t per_stage = kOffsets * static_cast<std::size_t>(model_.num_tags());
  for (int stage = 0; stage < model_.num_stages(); ++stage) {
    FillScores(extractor_.SentenceStart(), stage, bos_scores_.data() + stage * per_stage);
    FillScores(extractor_.SentenceEnd(), stage, eos_scores_.data() + stage * per_stage);
  }
}

std::size_t Tagger::EntryFloats() const {
  return static_cast<std::size_t>(model_.num_stages()) * kOffsets *
         static_cast<std::size_t>(model_.num_tags());
}

void Tagger::FillScores(const TypeFeatures& type, int stage, float* scores) const {
  const int t = model_.num_tags();
  const auto add = [&](float* row, std::uint64_t feature) {
    if (const float* w = model_.Weights(feature, stage)) {
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
  const std::uint64_t key =
      base::NonZero(base::HashBytes(bytes, 0x1000 + static_cast<std::uint64_t>(tok.kind)));
  const std::size_t floats = EntryFloats();
  std::uint32_t* slot = cache->index_.Find(key);
  if (slot != nullptr) {
    const TaggerCache::Entry& e = cache->entries_[*slot];
    if (std::string_view(cache->bytes_).substr(e.bytes_pos, e.bytes_len) == bytes) return *slot;
    // Another token with the same 64-bit hash (practically never): its entry is replaced.
  }
  if (slot == nullptr && cache->entries_.size() >= TaggerCache::kMaxEntries) cache->Clear();
  const TokenView view{bytes, analysis.norm(i), analysis.stem(i), tok.kind};
  extractor_.Describe(view, &cache->describe_);
  std::uint32_t id;
  if (slot != nullptr) {
    id = *slot;
  } else {
    id = static_cast<std::uint32_t>(cache->entries_.size());
    cache->entries_.emplace_back();
    cache->scores_.resize(cache->scores_.size() + floats);
    cache->index_.FindOrInsert(key) = id;
  }
  TaggerCache::Entry& e = cache->entries_[id];
  e.bytes_pos = static_cast<std::uint32_t>(cache->bytes_.size());
  e.bytes_len = static_cast<std::uint32_t>(bytes.size());
  cache->bytes_.append(bytes);
  e.keys = cache->describe_.keys;
  const std::size_t per_stage = kOffsets * static_cast<std::size_t>(model_.num_tags());
  for (int stage = 0; stage < model_.num_stages(); ++stage) {
    FillScores(cache->describe_, stage,
               cache->scores_.data() + std::size_t{id} * floats + stage * per_stage);
  }
  return id;
}

void Tagger::ComputeEmissions(const SentenceRef& s, int stage, TaggerCache* cache) const {
  if (cache->model_ != &model_) {
    cache->Clear();
    cache->model_ = &model_;
  }
  const std::size_t n = s.end - s.first;
  const std::size_t t = static_cast<std::size_t>(model_.num_tags());
  const std::size_t floats = EntryFloats();
  const std::size_t stage_offset = static_cast<std::size_t>(stage) * kOffsets * t;
  cache->ids_.resize(n);
  for (std::size_t k = 0; k < n; ++k) cache->ids_[k] = Lookup(s.text, *s.analysis, s.first + k, cache);

  cache->emissions_.assign(n * t, 0.0F);
  float* em = cache->emissions_.data();
  const float* scores = cache->scores_.data();
  for (std::size_t k = 0; k < n; ++k) {
    float* out = em + k * t;
    for (int d = -kWindow; d <= kWindow; ++d) {
      const auto j = static_cast<std::ptrdiff_t>(k) + d;
      const float* src = j < 0 ? bos_scores_.data()
                         : j >= static_cast<std::ptrdiff_t>(n)
                             ? eos_scores_.data()
                             : scores + cache->ids_[static_cast<std::size_t>(j)] * floats;
      const float* r = src + stage_offset + static_cast<std::size_t>(d + kWindow) * t;
      for (std::size_t y = 0; y < t; ++y) out[y] += r[y];
    }
  }
  std::vector<SentenceKeys>& keys = cache->keys_;
  keys.resize(n);
  for (std::size_t k = 0; k < n; ++k) keys[k] = cache->entries_[cache->ids_[k]].keys;
  extractor_.ForEachSentenceFeature(keys.data(), n, &cache->sentence_,
                                    [&](std::size_t i, std::uint64_t f, SentenceFeatureName) {
                                      if (const float* w = model_.Weights(f, stage)) {
                                        float* out = em + i * t;
                                        for (std::size_t y = 0; y < t; ++y) out[y] += w[y];
                                      }
                                    });
}

void Tagger::ComputeEmissionsUncached(const SentenceRef& s, int stage, TaggerCache* cache) const {
  const std::size_t n = s.end - s.first;
  const std::size_t t = static_cast<std::size_t>(model_.num_tags());
  std::vector<std::vector<std::uint64_t>> features;
  extractor_.Extract(ViewTokens(s.text, *s.analysis, s.first, s.end), &features);
  cache->emissions_.assign(n * t, 0.0F);
  for (std::size_t k = 0; k < n; ++k) {
    float* out = cache->emissions_.data() + k * t;
    for (std::uint64_t f : features[k]) {
      if (const float* w = model_.Weights(f, stage)) {
        for (std::size_t y = 0; y < t; ++y) out[y] += w[y];
      }
    }
  }
}

void Tagger::AddDocFeatures(const SentenceRef& s, const std::uint8_t* slots, int stage,
                            int topic_level, TaggerCache* cache) const {
  const std::size_t t = static_cast<std::size_t>(model_.num_tags());
  float* em = cache->emissions_.data();
  const auto add = [&](std::size_t i, std::uint64_t f, SentenceFeatureName) {
    if (const float* w = model_.Weights(f, stage)) {
      float* out = em + i * t;
      for (std::size_t y = 0; y < t; ++y) out[y] += w[y];
    }
  };
  ForEachDocFeature(cache->memory_, cache->keys_.data(), slots, s.end - s.first, add);
  ForEachTopicFeature(topic_level, cache->keys_.data(), slots, s.end - s.first, add);
}

void Tagger::Decode(std::size_t n, int stage, TaggerCache* cache) const {
  const std::size_t t = static_cast<std::size_t>(model_.num_tags());
  const float bias = model_.o_bias(stage);
  if (bias != 0) {
    for (std::size_t i = 0; i < n; ++i) cache->emissions_[i * t] += bias;
  }
  cache->tags_.assign(n, 0);
  Viterbi(cache->emissions_.data(), n, model_.num_tags(), model_.transitions(stage),
          cache->tags_.data(), &cache->viterbi_);
}

std::vector<std::vector<EntitySpan>> Tagger::TagDocument(const std::vector<SentenceRef>& sentences,
                                                         TaggerCache* cache) const {
  TaggerCache local;
  if (cache == nullptr) cache = &local;
  std::vector<std::vector<EntitySpan>> out(sentences.size());
  const bool two_stage = model_.num_stages() > 1;
  std::size_t topic_words = 0;
  if (two_stage) {
    cache->memory_.Clear();
    cache->doc_slots_.resize(sentences.size());
  }
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const SentenceRef& s = sentences[k];
    const std::size_t n = s.end > s.first ? s.end - s.first : 0;
    if (n == 0) continue;
    ComputeEmissions(s, 0, cache);
    Decode(n, 0, cache);
    out[k] = model_.tags().Decode(cache->tags_.data(), n);
    if (two_stage) {
      std::vector<std::uint8_t>& slots = cache->doc_slots_[k];
      SlotsFromSpans(out[k], n, &slots);
      for (std::size_t i = 0; i < n; ++i) {
        cache->memory_.Add(cache->keys_[i].doc_key, slots[i]);
        topic_words += cache->keys_[i].topic;
      }
    }
  }
  if (!two_stage) return out;
  const int topic_level = extractor_.options().Has(kFeatSports) ? TopicLevel(topic_words) : 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const SentenceRef& s = sentences[k];
    const std::size_t n = s.end > s.first ? s.end - s.first : 0;
    if (n == 0) continue;
    ComputeEmissions(s, 1, cache);
    AddDocFeatures(s, cache->doc_slots_[k].data(), 1, topic_level, cache);
    Decode(n, 1, cache);
    out[k] = model_.tags().Decode(cache->tags_.data(), n);
  }
  return out;
}

std::vector<float> Tagger::Emissions(std::string_view text, const text::TextAnalysis& analysis,
                                     std::size_t first, std::size_t end, TaggerCache* cache,
                                     int stage) const {
  const SentenceRef s{text, &analysis, first, end};
  if (cache != nullptr) {
    ComputeEmissions(s, stage, cache);
    return cache->emissions_;
  }
  TaggerCache local;
  ComputeEmissionsUncached(s, stage, &local);
  return local.emissions_;
}

std::vector<EntitySpan> Tagger::TagSentence(std::string_view text,
                                            const text::TextAnalysis& analysis, std::size_t first,
                                            std::size_t end, TaggerCache* cache,
                                            std::vector<std::uint8_t>* tags) const {
  TaggerCache local;
  if (cache == nullptr) cache = &local;
  std::vector<std::vector<EntitySpan>> spans =
      TagDocument({SentenceRef{text, &analysis, first, end > first ? end : first}}, cache);
  if (tags != nullptr) {
    if (end > first) {
      *tags = cache->tags_;
    } else {
      tags->clear();
    }
  }
  return std::move(spans[0]);
}

void Tagger::DocKeys(const SentenceRef& s, TaggerCache* cache,
                     std::vector<std::uint64_t>* keys) const {
  if (cache->model_ != &model_) {
    cache->Clear();
    cache->model_ = &model_;
  }
  keys->clear();
  for (std::size_t i = s.first; i < s.end; ++i) {
    keys->push_back(cache->entries_[Lookup(s.text, *s.analysis, i, cache)].keys.doc_key);
  }
}

void Tagger::Tag(doc::AnalyzedDoc* doc, TaggerCache* cache) const {
  doc->mentions.clear();
  const std::string_view text = doc->document.text;
  const text::TextAnalysis& a = doc->analysis;
  std::vector<SentenceRef> sentences;
  if (a.sentences.empty()) {
    sentences.push_back({text, &a, 0, a.tokens.size()});
  } else {
    for (const text::Sentence& s : a.sentences) sentences.push_back({text, &a, s.first_token, s.end_token});
  }
  const std::vector<std::vector<EntitySpan>> spans = TagDocument(sentences, cache);
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    for (const EntitySpan& s : spans[k]) {
      doc::Mention m;
      m.first_token = static_cast<std::uint32_t>(sentences[k].first + s.begin);
      m.end_token = static_cast<std::uint32_t>(sentences[k].first + s.end);
      m.span = {a.tokens[m.first_token].token.begin, a.tokens[m.end_token - 1].token.end};
      m.type = s.type;
      doc->mentions.push_back(m);
    }
  }
}

}  // namespace marsad::ner
