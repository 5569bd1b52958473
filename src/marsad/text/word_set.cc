// WordSet's table: an arena of words and a linear-probing index over it.
#include "marsad/text/word_set.h"

#include <cstring>

#include "marsad/text/word_list.h"

namespace marsad::text {

WordSet::WordSet(std::string_view list, const Normalizer& normalizer) {
  ForEachListEntry(list, [&](std::string_view w) { Insert(normalizer.Normalize(w)); });
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
