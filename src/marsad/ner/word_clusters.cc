// WordClusters: the class table and its file; see word_clusters.h.
#include "marsad/ner/word_clusters.h"

#include <algorithm>
#include <utility>

namespace marsad::ner {

namespace {

constexpr std::uint64_t kClusterSeed = 0x434C555354455231ULL;  // "CLUSTER1"
constexpr Magic kClustersMagic = "MRSDCLS1";
constexpr std::uint32_t kClustersVersion = 1;
constexpr std::uint64_t kMaxClustersFile = std::uint64_t{1} << 30;

}  // namespace

std::string_view ClusterForm(text::TokenKind kind, std::string_view norm) {
  switch (kind) {
    case text::TokenKind::kNumber: return "<num>";
    case text::TokenKind::kUrl: return "<url>";
    case text::TokenKind::kEmail: return "<email>";
    case text::TokenKind::kMention: return "<handle>";
    default: return norm;
  }
}

WordClusters::WordClusters(std::vector<std::uint32_t> levels) : levels_(std::move(levels)) {}

std::uint32_t WordClusters::Key(std::string_view word) {
  return base::NonZero(static_cast<std::uint32_t>(base::HashBytes(word, kClusterSeed) >> 32));
}

void WordClusters::Set(std::string_view word, const WordClass& c) {
  words_.FindOrInsert(Key(word)) = c;
}

const WordClass* WordClusters::Find(std::string_view word) const {
  return words_.Find(Key(word));
}

void WordClusters::Write(ByteWriter* out) const {
  out->PutVarint(levels_.size());
  for (std::uint32_t k : levels_) out->PutVarint(k);
  std::vector<std::pair<std::uint32_t, WordClass>> entries;
  entries.reserve(words_.size());
  words_.ForEach([&](std::uint32_t k, const WordClass& v) { entries.emplace_back(k, v); });
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::uint32_t> keys;
  keys.reserve(entries.size());
  for (const auto& [k, ids] : entries) keys.push_back(k);
  out->PutSortedKeys(keys);
  // Ids level by level: each level's ids are alike, which zstd compresses better.
  for (std::size_t l = 0; l < levels_.size(); ++l) {
    for (const auto& e : entries) out->PutVarint(e.second.ids[l]);
  }
  for (const auto& e : entries) out->PutU8(e.second.frequency);
}

Result<WordClusters> WordClusters::Read(ByteReader* in) {
  std::uint64_t n_levels = 0;
  MARSAD_RETURN_IF_ERROR(in->GetVarint(&n_levels));
  if (n_levels > kMaxClusterLevels) return in->Error("too many cluster levels");
  std::vector<std::uint32_t> levels(static_cast<std::size_t>(n_levels));
  for (std::uint32_t& k : levels) {
    MARSAD_RETURN_IF_ERROR(in->GetVarint32(&k));
    if (k == 0 || k > 0xFFFF) return in->Error("bad number of classes");
  }
  WordClusters clusters(std::move(levels));
  std::vector<std::uint32_t> keys;
  MARSAD_RETURN_IF_ERROR(in->GetSortedKeys("cluster keys", &keys));
  std::vector<WordClass> ids(keys.size(), WordClass{});
  for (std::size_t l = 0; l < clusters.levels_.size(); ++l) {
    for (WordClass& v : ids) {
      std::uint32_t id = 0;
      MARSAD_RETURN_IF_ERROR(in->GetVarint32(&id));
      if (id >= clusters.levels_[l]) return in->Error("cluster id out of range");
      v.ids[l] = static_cast<std::uint16_t>(id);
    }
  }
  for (WordClass& v : ids) {
    MARSAD_RETURN_IF_ERROR(in->GetU8(&v.frequency));
    if (v.frequency > 64) return in->Error("frequency out of range");
  }
  clusters.words_.Reserve(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) clusters.words_.FindOrInsert(keys[i]) = ids[i];
  return clusters;
}

Status WordClusters::Save(io::Env& env, const std::string& path) const {
  ByteWriter w;
  Write(&w);
  MARSAD_ASSIGN_OR_RETURN(std::string file, SealFile(kClustersMagic, kClustersVersion, w.data()));
  return env.WriteFileAtomic(path, file);
}

Result<WordClusters> WordClusters::Load(io::Env& env, const std::string& path) {
  MARSAD_ASSIGN_OR_RETURN(std::string file, env.ReadFile(path, kMaxClustersFile));
  MARSAD_ASSIGN_OR_RETURN(Unsealed u, UnsealFile(file, kClustersMagic, kClustersVersion, path));
  ByteReader in(u.payload, path);
  MARSAD_ASSIGN_OR_RETURN(WordClusters clusters, Read(&in));
  if (in.remaining() != 0) return in.Error("trailing bytes");
  return clusters;
}

}  // namespace marsad::ner
