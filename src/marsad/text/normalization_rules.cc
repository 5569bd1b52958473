// The normalization rules; see normalization_rules.h.
#include "marsad/text/normalization_rules.h"

#include <utf8proc.h>

#include <cstdlib>

#include "marsad/text/arabic_letters.h"
#include "marsad/text/char_class.h"
#include "marsad/text/utf8.h"

namespace marsad::text {

namespace {
bool Replace(std::u32string* out, std::u32string_view with) {
  out->clear();  // a loop: gcc 12 misreports assign() of a short view (-Wrestrict)
  for (char32_t c : with) out->push_back(c);
  return true;
}
bool Replace(std::u32string* out, char32_t with) {
  out->assign(1, with);
  return true;
}
bool Delete(std::u32string* out) {
  out->clear();
  return true;
}
}  // namespace

bool DecomposePresentationForms(char32_t c, std::u32string* out) {
  const bool arabic_forms = (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
  const bool fullwidth = c >= 0xFF01 && c <= 0xFF5E;
  if (!arabic_forms && !fullwidth) return false;
  // NFKC of the one character: compatibility decomposition, then canonical composition
  // (so ﻷ gives lam + أ, not lam + alef + combining hamza).
  char in[4];
  const int in_len = EncodeUtf8(c, in);
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(in), in_len, &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (n <= 0) {
    std::free(mapped);
    return false;
  }
  std::u32string seq;
  const auto* p = reinterpret_cast<const unsigned char*>(mapped);
  const auto* end = p + n;
  while (p < end) {
    int len;
    seq.push_back(DecodeUtf8(p, end, &len));
    p += len;
  }
  std::free(mapped);
  // No change, or a whole phrase (ﷺ): leave it.
  if (seq.size() > 4 || (seq.size() == 1 && seq[0] == c)) return false;
  out->clear();
  for (char32_t x : seq) out->push_back(x);
  return true;
}

bool RemoveFormatControls(char32_t c, std::u32string* out) {
  switch (c) {
    case 0x00AD:  // soft hyphen
    case 0x061C:  // ALM
    case 0x180E:  // Mongolian vowel separator
    case 0xFEFF:  // BOM / ZWNBSP
      return Delete(out);
    default:
      break;
  }
  if ((c >= 0x200B && c <= 0x200F) ||  // ZWSP, ZWNJ, ZWJ, LRM, RLM
      (c >= 0x202A && c <= 0x202E) ||  // bidi embeddings and overrides
      (c >= 0x2060 && c <= 0x2064) ||  // word joiner, invisible operators
      (c >= 0x2066 && c <= 0x2069)) {  // bidi isolates
    return Delete(out);
  }
  return false;
}

bool RemoveDiacritics(char32_t c, std::u32string* out) {
  if ((c >= ar::kFathatan && c <= ar::kLastArabicMark) || c == ar::kSuperscriptAlef) {
    return Delete(out);
  }
  return false;
}

bool RemoveQuranicMarks(char32_t c, std::u32string* out) {
  if (c >= ar::kQuranicSignFirst && c <= ar::kQuranicSignLast) return Delete(out);
  if (c >= ar::kSmallHighFirst && c <= ar::kSmallHighLast) {
    // 06DD (end of ayah), 06DE (rub el hizb), 06E5/06E6 (small waw/yeh), 06E9 (place of
    // sajdah) are signs or letters rather than marks on a letter.
    if (c == 0x06DD || c == 0x06DE || c == 0x06E5 || c == 0x06E6 || c == 0x06E9) return false;
    return Delete(out);
  }
  if (c >= ar::kExtendedMarksFirst && c <= ar::kExtendedMarksLast && c != 0x08E2) {
    return Delete(out);
  }
  return false;
}

bool RemoveTatweel(char32_t c, std::u32string* out) {
  return c == ar::kTatweel ? Delete(out) : false;
}

bool NormalizeAlef(char32_t c, std::u32string* out) {
  switch (c) {
    case ar::kAlefMadda:
    case ar::kAlefHamzaAbove:
    case ar::kAlefHamzaBelow:
    case ar::kAlefWasla:
    case ar::kAlefWavyHamzaAbove:
    case ar::kAlefWavyHamzaBelow:
    case ar::kHighHamzaAlef:
      return Replace(out, ar::kAlef);
    default:
      return false;
  }
}

bool NormalizeHamzaSeats(char32_t c, std::u32string* out) {
  switch (c) {
    case ar::kWawHamzaAbove:
    case ar::kYehHamzaAbove:
    case ar::kHighHamza:
    case ar::kHighHamzaWaw:
    case ar::kHighHamzaYeh:
      return Replace(out, ar::kHamza);
    default:
      return false;
  }
}

bool NormalizeAlefMaksura(char32_t c, std::u32string* out) {
  return c == ar::kAlefMaksura ? Replace(out, ar::kYeh) : false;
}

bool NormalizeTehMarbuta(char32_t c, std::u32string* out) {
  return c == ar::kTehMarbuta ? Replace(out, ar::kHeh) : false;
}

bool NormalizePersianLetters(char32_t c, std::u32string* out) {
  char32_t to = 0;
  switch (c) {
    case ar::kFarsiYeh:
    case ar::kYehBarree:
      to = ar::kYeh;
      break;
    case ar::kKeheh:
    case ar::kGaf:
      to = ar::kKaf;
      break;
    case ar::kHehYehAbove:
    case ar::kAe:
    case ar::kHehGoal:
    case ar::kHehDoachashmee:
      to = ar::kHeh;
      break;
    case ar::kVeh:
      to = ar::kFeh;
      break;
    case ar::kPeh:
      to = ar::kBeh;
      break;
    case ar::kTcheh:
      to = ar::kJeem;
      break;
    default:
      return false;
  }
  return Replace(out, to);
}

bool NormalizeDigits(char32_t c, std::u32string* out) {
  if (c == ar::kArabicDecimalSeparator) return Replace(out, U".");
  if (c == ar::kArabicThousandsSeparator) return Replace(out, U",");
  if (c == ar::kArabicPercent) return Replace(out, U"%");
  if (c < 0x80) return false;
  int v = DigitValue(c);
  if (v < 0) return false;
  char32_t d = U'0' + static_cast<char32_t>(v);
  return Replace(out, d);
}

bool NormalizeSpaces(char32_t c, std::u32string* out) {
  if (c == ' ') return false;
  return ClassOf(c) == CharClass::kSpace ? Replace(out, U" ") : false;
}

bool FoldCase(char32_t c, std::u32string* out) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') {
      char32_t lower = c + 32;
      return Replace(out, lower);
    }
    return false;
  }
  if (IsArabicBlock(c)) return false;
  auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
  if (lower == c) return false;
  return Replace(out, lower);
}

std::string ApplyRule(NormalizationRuleFn rule, std::string_view s) {
  std::string result;
  std::u32string repl;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    int len;
    char32_t c = DecodeUtf8(p, end, &len);
    if (rule(c, &repl)) {
      for (char32_t r : repl) AppendUtf8(r, &result);
    } else {
      result.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(len));
    }
    p += len;
  }
  return result;
}

}  // namespace marsad::text
