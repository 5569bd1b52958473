// Character classes the tokenizer needs, one byte per BMP code point, built once from
// utf8proc's Unicode categories (a well-kept table) and then read without locks.
#ifndef MARSAD_TEXT_CHAR_CLASS_H_
#define MARSAD_TEXT_CHAR_CLASS_H_

#include <cstdint>

namespace marsad::text {

enum class CharClass : std::uint8_t {
  kOther = 0,       // unassigned, control, private use
  kSpace,           // white space of any kind, including NBSP, line and paragraph separators
  kArabicLetter,    // a letter of the Arabic script (incl. tatweel and presentation forms)
  kLetter,          // a letter of any other script
  kMark,            // a combining mark (harakat and the like): joins the word it follows
  kDigit,           // a decimal digit of any script (ASCII, Arabic-Indic, Persian, ...)
  kPunctuation,     // quotation marks, brackets, dashes, ، ؛ ؟ . ! ...
  kSymbol,          // currency, math, emoji, other symbols
  kFormat,          // ZWNJ, ZWJ, bidi marks, BOM, soft hyphen: invisible, ignored
};

// Returns the class of `c`. Thread-safe.
CharClass ClassOf(char32_t c);

// Value 0-9 of a decimal digit in any script, or -1.
int DigitValue(char32_t c);

// True for the Arabic blocks (0600-06FF, 0750-077F, 08A0-08FF, FB50-FDFF, FE70-FEFF).
constexpr bool IsArabicBlock(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

namespace internal {
// The BMP table; entries beyond it are looked up in utf8proc directly.
const std::uint8_t* CharClassTable();
}  // namespace internal

inline CharClass ClassOfFast(char32_t c) {
  static const std::uint8_t* const table = internal::CharClassTable();
  if (c < 0x10000) return static_cast<CharClass>(table[c]);
  return ClassOf(c);
}

}  // namespace marsad::text

#endif  // MARSAD_TEXT_CHAR_CLASS_H_
