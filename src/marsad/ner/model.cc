// Model storage and its file format; see model.h and docs/ner.md.
#include "marsad/ner/model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "marsad/ner/codec.h"

namespace marsad::ner {

namespace {

constexpr Magic kModelMagic = "MRSDNER1";
constexpr std::uint64_t kMaxModelFile = std::uint64_t{1} << 30;
constexpr float kQuantMax = 32767.0F;

std::uint64_t ZigZag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
std::int64_t UnZigZag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

}  // namespace

Model::Model(TagScheme scheme, FeatureOptions features, WordClusters clusters, Lexicon lexicon)
    : tags_(scheme),
      features_(features),
      clusters_(std::move(clusters)),
      lexicon_(std::move(lexicon)) {
  AddStage();
}

int Model::AddStage() {
  StageWeights& s = stages_.emplace_back();
  const std::size_t t = Stride() + 1;
  s.transitions.assign(t * t, 0.0F);
  ApplyConstraints();
  return num_stages() - 1;
}

float* Model::AddFeature(std::uint64_t feature, int stage) {
  StageWeights& s = stages_[static_cast<std::size_t>(stage)];
  std::uint32_t& row = s.index.FindOrInsert(Key(feature), 0xFFFFFFFFu);
  if (row == 0xFFFFFFFFu) {
    row = static_cast<std::uint32_t>(s.weights.size() / Stride());
    s.weights.resize(s.weights.size() + Stride(), 0.0F);
  }
  return s.weights.data() + std::size_t{row} * Stride();
}

void Model::SetTransition(int prev, int next, float w, int stage) {
  const int t = num_tags();
  const std::size_t r = static_cast<std::size_t>(prev < 0 ? t : prev);
  const std::size_t c = static_cast<std::size_t>(next < 0 ? t : next);
  stages_[static_cast<std::size_t>(stage)].transitions[r * static_cast<std::size_t>(t + 1) + c] = w;
}

void Model::ApplyConstraints() {
  const int t = num_tags();
  for (int stage = 0; stage < num_stages(); ++stage) {
    for (int prev = -1; prev < t; ++prev) {
      for (int next = -1; next < t; ++next) {
        if (prev == -1 && next == -1) continue;
        if (!tags_.Allowed(prev, next)) {
          SetTransition(prev, next, -std::numeric_limits<float>::infinity(), stage);
        }
      }
    }
  }
}

std::size_t Model::num_features() const {
  std::size_t n = 0;
  for (const StageWeights& s : stages_) n += s.index.size();
  return n;
}

std::size_t Model::MemoryBytes() const {
  std::size_t n = clusters_.MemoryBytes() + lexicon_.MemoryBytes() +
                  (corpus_ ? corpus_->MemoryBytes() : 0);
  for (const StageWeights& s : stages_) {
    n += s.weights.capacity() * sizeof(float) + s.index.MemoryBytes() +
         s.transitions.capacity() * sizeof(float);
  }
  return n;
}

namespace {

void WriteStage(const StageWeights& s, int t, ByteWriter* w) {
  w->PutVarint(s.transitions.size());
  for (float v : s.transitions) w->PutFloat(v);
  w->PutFloat(s.o_bias);
  float max_abs = 0;
  for (float v : s.weights) max_abs = std::max(max_abs, std::fabs(v));
  const float scale = max_abs > 0 ? max_abs / kQuantMax : 1.0F;
  w->PutFloat(scale);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> rows;
  rows.reserve(s.index.size());
  s.index.ForEach([&](std::uint64_t k, std::uint32_t r) { rows.emplace_back(k, r); });
  std::sort(rows.begin(), rows.end());
  // Rows whose weights all quantize to zero are dropped.
  ByteWriter body;
  std::size_t kept = 0;
  std::uint64_t prev = 0;
  const auto tt = static_cast<std::size_t>(t);
  std::vector<std::int64_t> q(tt);
  for (const auto& [key, row] : rows) {
    const float* ws = s.weights.data() + std::size_t{row} * tt;
    std::uint64_t mask = 0;
    for (std::size_t y = 0; y < tt; ++y) {
      q[y] = std::llround(ws[y] / scale);
      if (q[y] != 0) mask |= std::uint64_t{1} << y;
    }
    if (mask == 0) continue;
    body.PutVarint(key - prev);
    body.PutVarint(mask);
    for (std::size_t y = 0; y < tt; ++y) {
      if ((mask >> y) & 1) body.PutVarint(ZigZag(q[y]));
    }
    prev = key;
    ++kept;
  }
  w->PutVarint(kept);
  w->PutBytes(body.data());
}

}  // namespace

Result<std::string> Model::Serialize() const {
  ByteWriter w;
  w.PutU8(static_cast<std::uint8_t>(tags_.scheme()));
  w.PutVarint(features_.flags);
  w.PutString(info_);
  w.PutVarint(static_cast<std::uint64_t>(doc_sentences_));
  w.PutVarint(stages_.size());
  for (const StageWeights& s : stages_) WriteStage(s, num_tags(), &w);
  clusters_.Write(&w);
  lexicon_.Write(&w);
  w.PutU8(corpus_ ? 1 : 0);
  if (corpus_) corpus_->Write(&w);
  return SealFile(kModelMagic, kModelFormatVersion, w.data());
}

Status Model::Save(io::Env& env, const std::string& path) const {
  MARSAD_ASSIGN_OR_RETURN(std::string file, Serialize());
  return env.WriteFileAtomic(path, file);
}

Result<Model> Model::Load(io::Env& env, const std::string& path) {
  MARSAD_ASSIGN_OR_RETURN(std::string file, env.ReadFile(path, kMaxModelFile));
  return Parse(file, path);
}

Status Model::ReadStage(ByteReader* in, int stage) {
  StageWeights& s = stages_[static_cast<std::size_t>(stage)];
  const int t = num_tags();
  std::uint64_t n_trans = 0;
  MARSAD_RETURN_IF_ERROR(in->GetVarint(&n_trans));
  if (n_trans != s.transitions.size()) return in->Error("transition matrix of the wrong size");
  for (float& v : s.transitions) {
    MARSAD_RETURN_IF_ERROR(in->GetFloat(&v));
    if (std::isnan(v)) return in->Error("NaN transition weight");
  }
  MARSAD_RETURN_IF_ERROR(in->GetFloat(&s.o_bias));
  if (!std::isfinite(s.o_bias)) return in->Error("bad O bias");
  float scale = 0;
  MARSAD_RETURN_IF_ERROR(in->GetFloat(&scale));
  if (!(scale > 0) || !std::isfinite(scale)) return in->Error("bad weight scale");
  std::uint64_t n_rows = 0;
  MARSAD_RETURN_IF_ERROR(in->GetVarint(&n_rows));
  if (n_rows > in->remaining()) return in->Error("implausible number of features");
  s.index.Reserve(static_cast<std::size_t>(n_rows));
  s.weights.reserve(static_cast<std::size_t>(n_rows) * Stride());
  std::uint64_t key = 0;
  for (std::uint64_t i = 0; i < n_rows; ++i) {
    std::uint64_t delta = 0, mask = 0;
    MARSAD_RETURN_IF_ERROR(in->GetVarint(&delta));
    MARSAD_RETURN_IF_ERROR(in->GetVarint(&mask));
    key += delta;
    if (key == 0 || (i > 0 && delta == 0)) return in->Error("unsorted feature keys");
    if (mask == 0 || mask >> t != 0) return in->Error("bad weight mask");
    float* row = AddFeature(key << 24, stage);
    for (int y = 0; y < t; ++y) {
      if (((mask >> y) & 1) == 0) continue;
      std::uint64_t z = 0;
      MARSAD_RETURN_IF_ERROR(in->GetVarint(&z));
      const std::int64_t q = UnZigZag(z);
      if (q > 32767 || q < -32767) return in->Error("weight out of range");
      row[y] = static_cast<float>(q) * scale;
    }
  }
  return Status::Ok();
}

Result<Model> Model::Parse(std::string_view file, std::string_view path) {
  MARSAD_ASSIGN_OR_RETURN(Unsealed u, UnsealFile(file, kModelMagic, kModelFormatVersion, path));
  ByteReader in(u.payload, path);
  std::uint8_t scheme = 0;
  MARSAD_RETURN_IF_ERROR(in.GetU8(&scheme));
  if (scheme > static_cast<std::uint8_t>(TagScheme::kBilou)) return in.Error("unknown tag scheme");
  std::uint32_t flags = 0;
  MARSAD_RETURN_IF_ERROR(in.GetVarint32(&flags));
  std::string_view info;
  MARSAD_RETURN_IF_ERROR(in.GetString(&info));
  Model model(static_cast<TagScheme>(scheme), FeatureOptions{flags}, WordClusters(), Lexicon());
  model.info_ = std::string(info);
  std::uint32_t doc_sentences = 0, n_stages = 0;
  MARSAD_RETURN_IF_ERROR(in.GetVarint32(&doc_sentences));
  MARSAD_RETURN_IF_ERROR(in.GetVarint32(&n_stages));
  if (doc_sentences == 0 || doc_sentences > 100000) return in.Error("bad sentences per document");
  if (n_stages < 1 || n_stages > 2) return in.Error("a model has one or two stages");
  model.doc_sentences_ = static_cast<int>(doc_sentences);
  for (std::uint32_t i = 1; i < n_stages; ++i) model.AddStage();
  for (int i = 0; i < model.num_stages(); ++i) MARSAD_RETURN_IF_ERROR(model.ReadStage(&in, i));
  model.ApplyConstraints();
  MARSAD_ASSIGN_OR_RETURN(model.clusters_, WordClusters::Read(&in));
  MARSAD_ASSIGN_OR_RETURN(model.lexicon_, Lexicon::Read(&in));
  std::uint8_t has_corpus = 0;
  MARSAD_RETURN_IF_ERROR(in.GetU8(&has_corpus));
  if (has_corpus > 1) return in.Error("bad corpus memory flag");
  if (has_corpus == 1) {
    MARSAD_ASSIGN_OR_RETURN(CorpusMemory corpus, CorpusMemory::Read(&in));
    model.corpus_ = std::move(corpus);
  }
  if (in.remaining() != 0) return in.Error("trailing bytes");
  return model;
}

}  // namespace marsad::ner
