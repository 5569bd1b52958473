// Graphone: the unit of the joint-sequence transliteration model — a chunk of Arabic
// letters together with the Latin letters it is written as in one name (ب→b, تش→ch,
// ي→ie, ع→""). A name pair is a sequence of graphones; see docs/translit.md.
#ifndef MARSAD_TRANSLIT_GRAPHONE_H_
#define MARSAD_TRANSLIT_GRAPHONE_H_

#include <cstddef>
#include <string>

namespace marsad::translit {

// Upper bounds on chunk lengths, whatever the training options say; they bound the
// decoder's work per input letter and the size of a graphone in the model file.
inline constexpr std::size_t kMaxSourceChunk = 3;  // Arabic code points
inline constexpr std::size_t kMaxTargetChunk = 4;  // Latin bytes

struct Graphone {
  std::u32string source;  // 1..kMaxSourceChunk normalized Arabic code points
  std::string target;     // 0..kMaxTargetChunk lower-case Latin bytes ("" = silent)

  friend bool operator==(const Graphone&, const Graphone&) = default;
  friend auto operator<=>(const Graphone&, const Graphone&) = default;
};

// "ب→b", "ع→∅": for debugging output and test expectations.
std::string GraphoneToString(const Graphone& g);

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_GRAPHONE_H_
