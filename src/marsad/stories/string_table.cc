// Interning strings with an arena and linear probing.
#include "marsad/stories/string_table.h"

namespace marsad::stories {

std::uint64_t StringTable::Hash(std::uint8_t kind, std::string_view text) {
  // FNV-1a, with a final mix so that the high bits (stored as tags) are as good as the low.
  std::uint64_t h = 0xcbf29ce484222325ULL;
  h = (h ^ kind) * 0x100000001b3ULL;
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

std::uint32_t StringTable::Find(std::uint8_t k, std::string_view t) const {
  if (slots_.empty()) return kMissing;
  const std::uint64_t h = Hash(k, t);
  const std::uint64_t tag = h >> 32;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t s = slots_[i];
    if (s == 0) return kMissing;
    if ((s >> 32) != tag) continue;
    const auto id = static_cast<std::uint32_t>((s & 0xFFFFFFFFu) - 1);
    if (kind(id) == k && text(id) == t) return id;
  }
}

std::uint32_t StringTable::Intern(std::uint8_t k, std::string_view t, bool* added) {
  if ((offsets_.size() + 1) * 2 > slots_.size()) Grow();
  const std::uint64_t h = Hash(k, t);
  const std::uint64_t tag = h >> 32;
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    const std::uint64_t s = slots_[i];
    if (s == 0) break;
    if ((s >> 32) != tag) continue;
    const auto id = static_cast<std::uint32_t>((s & 0xFFFFFFFFu) - 1);
    if (kind(id) == k && text(id) == t) {
      if (added != nullptr) *added = false;
      return id;
    }
  }
  const auto id = static_cast<std::uint32_t>(offsets_.size());
  offsets_.push_back(static_cast<std::uint32_t>(arena_.size()));
  arena_.push_back(static_cast<char>(k));
  arena_.append(t);
  slots_[i] = (tag << 32) | (static_cast<std::uint64_t>(id) + 1);
  if (added != nullptr) *added = true;
  return id;
}

void StringTable::Grow() {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint32_t id = 0; id < offsets_.size(); ++id) {
    const std::uint64_t h = Hash(kind(id), text(id));
    std::size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = ((h >> 32) << 32) | (static_cast<std::uint64_t>(id) + 1);
  }
}

}  // namespace marsad::stories
