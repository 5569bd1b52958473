// Levenshtein distance over code points: what the evaluations score spellings by
// (variant-key negatives, the transliteration's character error rate). The entities
// module's bounded check for near-spellings is its own (name_form.cc), on its hot path.
#ifndef MARSAD_TEXT_EDIT_DISTANCE_H_
#define MARSAD_TEXT_EDIT_DISTANCE_H_

#include <cstddef>
#include <string_view>

namespace marsad::text {

// The number of code point insertions, deletions and substitutions that turn a into b.
std::size_t EditDistance(std::u32string_view a, std::u32string_view b);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_EDIT_DISTANCE_H_
