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
  const std::size_t t = Stride() + 1;
  transitions_.assign(t * t, 0.0F);
  ApplyConstraints();
}

float* Model::AddFeature(std::uint64_t feature) {
  std::uint32_t& row = index_.FindOrInsert(Key(feature), 0xFFFFFFFFu);
  if (row == 0xFFFFFFFFu) {
    row = static_cast<std::uint32_t>(weights_.size() / Stride());
    weights_.resize(weights_.size() + Stride(), 0.0F);
  }
  return weights_.data() + std::size_t{row} * Stride();
}

void Model::SetTransition(int prev, int next, float w) {
  const int t = num_tags();
  const std::size_t r = static_cast<std::size_t>(prev < 0 ? t : prev);
  const std::size_t c = static_cast<std::size_t>(next < 0 ? t : next);
  transitions_[r * static_cast<std::size_t>(t + 1) + c] = w;
}

void Model::ApplyConstraints() {
  const int t = num_tags();
  for (int prev = -1; prev < t; ++prev) {
    for (int next = -1; next < t; ++next) {
      if (prev == -1 && next == -1) continue;
      if (!tags_.Allowed(prev, next)) {
        SetTransition(prev, next, -std::numeric_limits<float>::infinity());
      }
    }
  }
}

std::size_t Model::MemoryBytes() const {
  return weights_.capacity() * sizeof(float) + index_.MemoryBytes() +
         transitions_.capacity() * sizeof(float) + clusters_.MemoryBytes() +
         lexicon_.MemoryBytes();
}

Result<std::string> Model::Serialize() const {
  ByteWriter w;
  w.PutU8(static_cast<std::uint8_t>(tags_.scheme()));
  w.PutVarint(features_.flags);
  w.PutString(info_);
  const int t = num_tags();
  w.PutVarint(transitions_.size());
  for (float v : transitions_) w.PutFloat(v);

  float max_abs = 0;
  for (float v : weights_) max_abs = std::max(max_abs, std::fabs(v));
  const float scale = max_abs > 0 ? max_abs / kQuantMax : 1.0F;
  w.PutFloat(scale);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> rows;
  rows.reserve(index_.size());
  index_.ForEach([&](std::uint64_t k, std::uint32_t r) { rows.emplace_back(k, r); });
  std::sort(rows.begin(), rows.end());
  // Rows whose weights all quantize to zero are dropped.
  ByteWriter body;
  std::size_t kept = 0;
  std::uint64_t prev = 0;
  std::vector<std::int64_t> q(static_cast<std::size_t>(t));
  for (const auto& [key, row] : rows) {
    const float* ws = weights_.data() + std::size_t{row} * Stride();
    std::uint64_t mask = 0;
    for (int y = 0; y < t; ++y) {
      q[static_cast<std::size_t>(y)] = std::llround(ws[y] / scale);
      if (q[static_cast<std::size_t>(y)] != 0) mask |= std::uint64_t{1} << y;
    }
    if (mask == 0) continue;
    body.PutVarint(key - prev);
    body.PutVarint(mask);
    for (int y = 0; y < t; ++y) {
      if ((mask >> y) & 1) body.PutVarint(ZigZag(q[static_cast<std::size_t>(y)]));
    }
    prev = key;
    ++kept;
  }
  w.PutVarint(kept);
  w.PutBytes(body.data());
  clusters_.Write(&w);
  lexicon_.Write(&w);
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
  const int t = model.num_tags();
  std::uint64_t n_trans = 0;
  MARSAD_RETURN_IF_ERROR(in.GetVarint(&n_trans));
  if (n_trans != model.transitions_.size()) return in.Error("transition matrix of the wrong size");
  for (float& v : model.transitions_) {
    MARSAD_RETURN_IF_ERROR(in.GetFloat(&v));
    if (std::isnan(v)) return in.Error("NaN transition weight");
  }
  model.ApplyConstraints();

  float scale = 0;
  MARSAD_RETURN_IF_ERROR(in.GetFloat(&scale));
  if (!(scale > 0) || !std::isfinite(scale)) return in.Error("bad weight scale");
  std::uint64_t n_rows = 0;
  MARSAD_RETURN_IF_ERROR(in.GetVarint(&n_rows));
  if (n_rows > in.remaining()) return in.Error("implausible number of features");
  model.index_.Reserve(static_cast<std::size_t>(n_rows));
  model.weights_.reserve(static_cast<std::size_t>(n_rows) * model.Stride());
  std::uint64_t key = 0;
  for (std::uint64_t i = 0; i < n_rows; ++i) {
    std::uint64_t delta = 0, mask = 0;
    MARSAD_RETURN_IF_ERROR(in.GetVarint(&delta));
    MARSAD_RETURN_IF_ERROR(in.GetVarint(&mask));
    key += delta;
    if (key == 0 || (i > 0 && delta == 0)) return in.Error("unsorted feature keys");
    if (mask == 0 || mask >> t != 0) return in.Error("bad weight mask");
    float* row = model.AddFeature(key << 24);
    for (int y = 0; y < t; ++y) {
      if (((mask >> y) & 1) == 0) continue;
      std::uint64_t z = 0;
      MARSAD_RETURN_IF_ERROR(in.GetVarint(&z));
      const std::int64_t q = UnZigZag(z);
      if (q > 32767 || q < -32767) return in.Error("weight out of range");
      row[y] = static_cast<float>(q) * scale;
    }
  }
  MARSAD_ASSIGN_OR_RETURN(model.clusters_, WordClusters::Read(&in));
  MARSAD_ASSIGN_OR_RETURN(model.lexicon_, Lexicon::Read(&in));
  if (in.remaining() != 0) return in.Error("trailing bytes");
  return model;
}

}  // namespace marsad::ner
