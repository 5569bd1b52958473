// WordSet's table: an arena of words and a linear-probing index over it.
#include "marsad/text/word_set.h"

#include <cstring>

namespace marsad::text {

WordSet::WordSet(std::string_view list, const Normalizer& normalizer) {
  ForEachListEntry(list, [&](std::string_view w) { Insert(normalizer.Normalize(w)); });
}

std::uint64_t WordSet::Hash(std::string_view word) {
  // Eight bytes at a time (the words are short: one to four loads), each mixed with a
  // multiply and a rotation; the length seeds it so that zero padding cannot collide.
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

void WordSet::Insert(std::string_view word) {
  if (Contains(word)) return;
  const auto id = static_cast<std::uint32_t>(starts_.size());
  starts_.push_back(static_cast<std::uint32_t>(arena_.size()));
  arena_.append(word);
  lengths_ |= std::uint64_t{1} << (word.size() < 63 ? word.size() : 63);
  if (starts_.size() * 4 > slots_.size()) {
    Grow();  // places every word, this one included
  } else {
    Place(id, Hash(word));
  }
}

void WordSet::Place(std::uint32_t id, std::uint64_t h) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = ((h >> 32) << 32) | (static_cast<std::uint64_t>(id) + 1);
}

void WordSet::Grow() {
  std::size_t n = 16;
  while (n < starts_.size() * 4) n *= 2;
  slots_.assign(n, 0);
  for (std::uint32_t id = 0; id < starts_.size(); ++id) Place(id, Hash(Word(id)));
}

}  // namespace marsad::text
