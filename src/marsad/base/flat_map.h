// FlatMap: an open-addressing hash table from non-zero integer keys (hashes of strings or
// features, packed ids) to small values, and the 64-bit string hash it is keyed with (ner's
// models, base::StringMap). Read-only use is thread-safe: lookups touch one or two cache
// lines and never allocate.
#ifndef MARSAD_BASE_FLAT_MAP_H_
#define MARSAD_BASE_FLAT_MAP_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace marsad::base {

// murmur3's 64-bit finalizer: every input bit reaches every output bit.
constexpr std::uint64_t Mix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 33);
}

// A hash of `s` seeded by `seed`, 8 bytes at a time. Stable across builds and machines:
// model files store such hashes (DO NOT CHANGE without bumping the model version).
inline std::uint64_t HashBytes(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = Mix64(seed ^ 0x9E3779B97F4A7C15ULL) ^ (s.size() * 0x100000001B3ULL);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);  // little-endian machines only (x86-64, aarch64)
    h = (h ^ Mix64(v)) * 0x9FB21C651E98DF25ULL;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ Mix64(v ^ 0xA5A5A5A5ULL)) * 0x9FB21C651E98DF25ULL;
  }
  return Mix64(h);
}

// Combines two hashes (order matters).
constexpr std::uint64_t HashPair(std::uint64_t a, std::uint64_t b) {
  return Mix64(a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL);
}

// Key 0 is reserved for empty slots: callers map a zero hash to another value (NonZero).
template <typename K>
constexpr K NonZero(K k) {
  return k == 0 ? K{1} : k;
}

template <typename K, typename V>
class FlatMap {
 public:
  FlatMap() = default;

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Bytes of the table (for memory reports).
  std::size_t MemoryBytes() const { return slots_.capacity() * sizeof(Slot); }

  // Makes room for `n` keys without rehashing.
  void Reserve(std::size_t n) {
    std::size_t cap = 16;
    while (cap < n * 2) cap *= 2;
    if (cap > slots_.size()) Rehash(cap);
  }

  // Returns the value of `key`, or nullptr. REQUIRES: key != 0.
  const V* Find(K key) const {
    if (slots_.empty()) return nullptr;
    std::size_t i = Slot0(key);
    while (true) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s.value;
      if (s.key == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  V* Find(K key) { return const_cast<V*>(std::as_const(*this).Find(key)); }

  // Returns the value of `key`, inserting `init` first when absent. REQUIRES: key != 0.
  // Invalidates pointers returned earlier.
  V& FindOrInsert(K key, V init = V()) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    std::size_t i = Slot0(key);
    while (true) {
      Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) {
        s.key = key;
        s.value = std::move(init);
        ++size_;
        return s.value;
      }
      i = (i + 1) & mask_;
    }
  }

  // Removes every entry, keeping the slots' memory.
  void Clear() {
    std::fill(slots_.begin(), slots_.end(), Slot());
    size_ = 0;
  }

  // Calls fn(key, value) for every entry, in slot order.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const Slot& s : slots_) {
      if (s.key != 0) fn(s.key, s.value);
    }
  }

 private:
  struct Slot {
    K key = 0;
    V value{};
  };
  std::size_t Slot0(K key) const {
    return static_cast<std::size_t>(Mix64(static_cast<std::uint64_t>(key))) & mask_;
  }
  void Rehash(std::size_t cap) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(cap, Slot());
    mask_ = cap - 1;
    size_ = 0;
    for (Slot& s : old) {
      if (s.key != 0) FindOrInsert(s.key, std::move(s.value));
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace marsad::base

#endif  // MARSAD_BASE_FLAT_MAP_H_
