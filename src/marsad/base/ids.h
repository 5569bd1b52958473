// Strong integer ids: an EntityId will not compile where a DocId is expected (pisa's Integer<Tag,T>).
#ifndef MARSAD_BASE_IDS_H_
#define MARSAD_BASE_IDS_H_

#include <compare>
#include <cstdint>
#include <functional>

namespace marsad {

template <class Tag, class T = std::uint32_t>
class StrongId {
 public:
  using value_type = T;
  constexpr StrongId() = default;
  constexpr explicit StrongId(T v) : value_(v) {}
  constexpr T value() const { return value_; }
  constexpr auto operator<=>(const StrongId&) const = default;

 private:
  T value_ = 0;
};

using DocId = StrongId<struct DocIdTag>;            // dense, per store
using TermId = StrongId<struct TermIdTag>;          // per index segment
using EntityId = StrongId<struct EntityIdTag, std::uint64_t>;
using StoryId = StrongId<struct StoryIdTag, std::uint64_t>;

}  // namespace marsad

template <class Tag, class T>
struct std::hash<marsad::StrongId<Tag, T>> {
  std::size_t operator()(marsad::StrongId<Tag, T> id) const noexcept {
    return std::hash<T>()(id.value());
  }
};

#endif  // MARSAD_BASE_IDS_H_
