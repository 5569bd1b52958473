// Interning strings with an arena and linear probing.
#include "marsad/stories/string_table.h"

#include <cstring>

namespace marsad::stories {

std::uint64_t StringTable::Hash(std::uint8_t kind, std::string_view text) {
  // Eight bytes at a time (keys are short: a stem is one or two loads), each mixed with a
  // multiply, with a final mix so that the high bits (stored as tags) are as good as the
  // low. The kind and the length seed it, so zero padding cannot make two keys collide.
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = ((text.size() << 8 | kind) + 1) * kMul;
  const char* p = text.data();
  std::size_t n = text.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
  }
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
  return Intern(k, t, Hash(k, t), added);
}

void StringTable::Prefetch(std::uint64_t hash) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
}

std::uint32_t StringTable::Intern(std::uint8_t k, std::string_view t, std::uint64_t h, bool* added) {
  if ((offsets_.size() + 1) * 2 > slots_.size()) Grow();
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
