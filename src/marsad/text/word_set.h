// WordSet: a set of normalized words looked up by string_view without allocating.
#ifndef MARSAD_TEXT_WORD_SET_H_
#define MARSAD_TEXT_WORD_SET_H_

#include <functional>
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
    ForEachListEntry(list, [&](std::string_view w) { words_.insert(normalizer.Normalize(w)); });
  }
  void Insert(std::string word) { words_.insert(std::move(word)); }
  bool Contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  std::size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_WORD_SET_H_
