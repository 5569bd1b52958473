// WordSet: a set of normalized words looked up by string_view without allocating. It is
// consulted for every word of a text (stopwords, stemmer exceptions, honorifics), and most
// words are misses or a few hundred frequent hits, so a lookup is one length check, a hash
// of the word read eight bytes at a time, and one probe of a small, sparse table whose
// slots carry part of the hash: a miss rarely compares bytes, a hit compares them once.
#ifndef MARSAD_TEXT_WORD_SET_H_
#define MARSAD_TEXT_WORD_SET_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text/normalizer.h"

namespace marsad::text {

class WordSet {
 public:
  WordSet() = default;
  // Loads a list (word_list.h format), normalizing each entry with `normalizer`.
  WordSet(std::string_view list, const Normalizer& normalizer);

  // Adds a word (a no-op when present).
  void Insert(std::string_view word);
  bool Contains(std::string_view word) const {
    const std::size_t n = word.size();
    if ((lengths_ & (std::uint64_t{1} << (n < 63 ? n : 63))) == 0) return false;
    const std::uint64_t h = Hash(word);
    const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t s = slots_[i];
      if (s == 0) return false;
      if (static_cast<std::uint32_t>(s >> 32) == tag && Word(static_cast<std::uint32_t>(s) - 1) == word) {
        return true;
      }
    }
  }
  std::size_t size() const { return starts_.size(); }

  // The hash Contains uses (exposed for tests of its spread, and for other tables of short
  // words). Eight bytes at a time (the words are short: one to four loads), each mixed with
  // a multiply and a rotation; the length seeds it so that zero padding cannot collide.
  // Inline: it runs for every word of every text, several times.
  static std::uint64_t Hash(std::string_view word) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
    std::uint64_t h = (word.size() + 1) * kMul;
    const char* p = word.data();
    std::size_t n = word.size();
    while (n >= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      h = ((h ^ v) * kMul);
      h ^= h >> 29;
      p += 8;
      n -= 8;
    }
    if (n > 0) {
      std::uint64_t v = 0;
      std::memcpy(&v, p, n);
      h = ((h ^ v) * kMul);
      h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
    return h;
  }

 private:
  std::string_view Word(std::uint32_t id) const {
    const std::uint32_t b = starts_[id];
    const std::uint32_t e = id + 1 < starts_.size() ? starts_[id + 1] : static_cast<std::uint32_t>(arena_.size());
    return std::string_view(arena_).substr(b, e - b);
  }
  void Place(std::uint32_t id, std::uint64_t h);
  void Grow();

  std::string arena_;                 // the words, in insertion order
  std::vector<std::uint32_t> starts_;  // where each word starts in arena_
  // Power of two, at most a quarter full: (hash high 32 bits << 32) | (id + 1); 0 is empty.
  // Starts with one empty slot so that Contains needs no special case.
  std::vector<std::uint64_t> slots_ = std::vector<std::uint64_t>(1, 0);
  // Bit n: some word has n bytes (bit 63: 63 or more).
  std::uint64_t lengths_ = 0;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_WORD_SET_H_
