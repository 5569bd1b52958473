// WordSet: a set of normalized words looked up by string_view without allocating. Most
// lookups are misses (a word list consulted for every word of a text), so a Bloom filter
// answers those before the hash table is touched.
#ifndef MARSAD_TEXT_WORD_SET_H_
#define MARSAD_TEXT_WORD_SET_H_

#include <bitset>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "marsad/text/embedded_data.h"
#include "marsad/text/normalizer.h"

namespace marsad::text {

class WordSet {
 public:
  WordSet() = default;
  // Loads a list (embedded_data.h format), normalizing each entry with `normalizer`.
  WordSet(std::string_view list, const Normalizer& normalizer) {
    ForEachListEntry(list, [&](std::string_view w) { Insert(normalizer.Normalize(w)); });
  }
  void Insert(std::string word) {
    const std::uint64_t h = Fnv1a(word);
    filter_->set(h & kFilterMask);
    filter_->set((h >> 32) & kFilterMask);
    words_.insert(std::move(word));
  }
  bool Contains(std::string_view word) const {
    const std::uint64_t h = Fnv1a(word);
    if (!filter_->test(h & kFilterMask) || !filter_->test((h >> 32) & kFilterMask)) return false;
    return words_.find(word) != words_.end();
  }
  std::size_t size() const { return words_.size(); }

 private:
  static constexpr std::size_t kFilterBits = std::size_t{1} << 16;
  static constexpr std::uint64_t kFilterMask = kFilterBits - 1;
  static std::uint64_t Fnv1a(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 0x100000001b3ULL;
    }
    return h ^ (h >> 29);
  }
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unique_ptr<std::bitset<kFilterBits>> filter_ = std::make_unique<std::bitset<kFilterBits>>();
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_WORD_SET_H_
