// Builds the BMP character-class table from utf8proc categories.
#include "marsad/text/char_class.h"

#include <utf8proc.h>

#include <array>
#include <memory>

#include "marsad/text/arabic_letters.h"

namespace marsad::text {
namespace {

CharClass Classify(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85) {
    return CharClass::kSpace;
  }
  // ALM and the bidi controls are format characters to skip, whatever the script block says.
  if (c == ar::kArabicLetterMark) return CharClass::kFormat;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return IsArabicBlock(c) ? CharClass::kArabicLetter : CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunctuation;
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return CharClass::kSymbol;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_CF:
      return CharClass::kFormat;
    default:
      return CharClass::kOther;
  }
}

}  // namespace

const std::uint8_t* internal::CharClassTable() {
  // Immutable after construction; built once on first use (thread-safe static init).
  static const std::unique_ptr<std::array<std::uint8_t, 0x10000>> table = [] {
    auto t = std::make_unique<std::array<std::uint8_t, 0x10000>>();
    for (char32_t c = 0; c < 0x10000; ++c) (*t)[c] = static_cast<std::uint8_t>(Classify(c));
    return t;
  }();
  return table->data();
}

CharClass ClassOf(char32_t c) {
  if (c < 0x10000) return static_cast<CharClass>(internal::CharClassTable()[c]);
  if (c > 0x10FFFF) return CharClass::kOther;
  return Classify(c);
}

int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (ClassOf(c) != CharClass::kDigit) return -1;
  // Every Unicode decimal digit run starts at a zero and counts up in tens (the math
  // alphanumerics hold five runs back to back); utf8proc does not expose numeric values,
  // so find the start of the run by walking back over it.
  char32_t zero = c;
  for (int steps = 0; steps < 64 && zero > 0 && ClassOf(zero - 1) == CharClass::kDigit; ++steps) {
    --zero;
  }
  return static_cast<int>((c - zero) % 10);
}

}  // namespace marsad::text
