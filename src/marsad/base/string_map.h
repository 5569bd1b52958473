// StringMap: a hash table from byte strings to values, looked up by std::string_view without
// building a std::string. Open addressing over 8-byte slots (32 bits of the key's 64-bit
// hash and the entry's number); the keys' bytes live in one buffer and are compared only
// when the slot's hash bits match, so a miss usually reads one cache line of slots.
#ifndef MARSAD_BASE_STRING_MAP_H_
#define MARSAD_BASE_STRING_MAP_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "marsad/base/flat_map.h"

namespace marsad::base {

// The hash StringMap keys by (tests pass one that collides on purpose).
struct StringMapHash {
  std::uint64_t operator()(std::string_view key) const { return HashBytes(key, 0x5354524D4150ULL); }
};

// Entries keep their insertion order (ForEach). Not thread-safe for writes; concurrent
// reads are. Insertions invalidate pointers to values.
template <typename V, typename Hasher = StringMapHash>
class StringMap {
 public:
  StringMap() = default;

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // The value of `key`, or nullptr.
  const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = Hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.entry == 0) return nullptr;
      if (s.tag == tag && KeyIs(entries_[s.entry - 1], key)) return &entries_[s.entry - 1].value;
    }
  }
  V* Find(std::string_view key) { return const_cast<V*>(std::as_const(*this).Find(key)); }

  // The value of `key`, inserting `init` first when it is absent (then true). As
  // std::unordered_map::try_emplace: a present key keeps its value.
  std::pair<V*, bool> TryEmplace(std::string_view key, V init = V()) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    const std::uint64_t h = Hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.entry == 0) {
        entries_.push_back({h, static_cast<std::uint32_t>(keys_.size()),
                            static_cast<std::uint32_t>(key.size()), std::move(init)});
        keys_.append(key);
        s = {tag, static_cast<std::uint32_t>(entries_.size())};
        return {&entries_.back().value, true};
      }
      if (s.tag == tag && KeyIs(entries_[s.entry - 1], key)) return {&entries_[s.entry - 1].value, false};
    }
  }
  V& operator[](std::string_view key) { return *TryEmplace(key).first; }

  // Removes every entry, keeping the memory of the slots.
  void Clear() {
    std::fill(slots_.begin(), slots_.end(), Slot());
    entries_.clear();
    keys_.clear();
  }

  // Calls fn(key, value) for every entry, in the order they were inserted.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const Entry& e : entries_) fn(KeyOf(e), e.value);
  }

 private:
  struct Slot {
    std::uint32_t tag = 0;    // the high half of the key's hash
    std::uint32_t entry = 0;  // 1 + its place in entries_; 0: empty
  };
  struct Entry {
    std::uint64_t hash;
    std::uint32_t key_offset;  // in keys_
    std::uint32_t key_size;
    V value;
  };

  static std::uint64_t Hash(std::string_view key) { return Hasher()(key); }
  std::string_view KeyOf(const Entry& e) const { return {keys_.data() + e.key_offset, e.key_size}; }
  bool KeyIs(const Entry& e, std::string_view key) const {
    return e.key_size == key.size() &&
           (key.empty() || std::memcmp(keys_.data() + e.key_offset, key.data(), key.size()) == 0);
  }
  void Rehash(std::size_t cap) {
    slots_.assign(cap, Slot());
    mask_ = cap - 1;
    for (std::size_t n = 0; n < entries_.size(); ++n) {
      const std::uint64_t h = entries_[n].hash;
      std::size_t i = h & mask_;
      while (slots_[i].entry != 0) i = (i + 1) & mask_;
      slots_[i] = {static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(n + 1)};
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<Entry> entries_;
  std::string keys_;  // every key's bytes, back to back
};

}  // namespace marsad::base

#endif  // MARSAD_BASE_STRING_MAP_H_
