// One small named rule per orthographic phenomenon (CAMeL's normalize_alef_ar style).
// Each rule looks at one code point: when it applies it writes the replacement (possibly
// empty, meaning "delete") to *out and returns true; otherwise it returns false and leaves
// *out alone. Rules are pure and thread-safe; Normalizer fuses the chosen ones into a table.
// Every rule, with examples, is listed in docs/analysis.md.
#ifndef MARSAD_TEXT_NORMALIZATION_RULES_H_
#define MARSAD_TEXT_NORMALIZATION_RULES_H_

#include <string>
#include <string_view>

namespace marsad::text {

using NormalizationRuleFn = bool (*)(char32_t c, std::u32string* out);

// Arabic presentation forms (FB50-FDFF, FE70-FEFF) and lam-alef ligatures (ﻻ ﻷ ﻹ ﻵ) to
// their base letters; fullwidth ASCII (FF01-FF5E) to ASCII. Uses Unicode's compatibility
// decompositions; word ligatures longer than four letters (ﷺ) are left alone.
bool DecomposePresentationForms(char32_t c, std::u32string* out);
// ZWNJ, ZWJ, ZWSP, LRM/RLM/ALM, bidi embeddings and isolates, BOM, soft hyphen: deleted.
bool RemoveFormatControls(char32_t c, std::u32string* out);
// Harakat (tanween, fatha, damma, kasra, shadda, sukun), the further marks 0653-065F and
// the superscript (dagger) alef: deleted.
bool RemoveDiacritics(char32_t c, std::u32string* out);
// Quranic annotation signs (0610-061A, 06D6-06ED small high/low signs, 08D3-08FF): deleted.
bool RemoveQuranicMarks(char32_t c, std::u32string* out);
// Tatweel (kashida) ـ: deleted.
bool RemoveTatweel(char32_t c, std::u32string* out);
// أ إ آ ٱ ٲ ٳ ٵ → ا
bool NormalizeAlef(char32_t c, std::u32string* out);
// Hamza on a seat (ؤ ئ, and the high-hamza letters ٶ ٸ ٴ) → bare ء, so مسؤول and مسئول meet.
bool NormalizeHamzaSeats(char32_t c, std::u32string* out);
// ى → ي
bool NormalizeAlefMaksura(char32_t c, std::u32string* out);
// ة → ه
bool NormalizeTehMarbuta(char32_t c, std::u32string* out);
// Persian and Urdu letters to the Arabic letters they stand for: ی ے → ي, ک → ك,
// ۀ ە ہ ھ → ه, ڤ → ف, پ → ب, چ → ج, گ → ك.
bool NormalizePersianLetters(char32_t c, std::u32string* out);
// Decimal digits of every script (٠-٩, ۰-۹, ...) → 0-9; ٫ → '.', ٬ → ',', ٪ → '%'.
bool NormalizeDigits(char32_t c, std::u32string* out);
// NBSP, thin and other spaces, line/paragraph separators, tabs → ' '.
bool NormalizeSpaces(char32_t c, std::u32string* out);
// Latin (and Greek, Cyrillic) upper case → lower case.
bool FoldCase(char32_t c, std::u32string* out);

// Applies one rule to every code point of UTF-8 `s`; for tests and docs.
std::string ApplyRule(NormalizationRuleFn rule, std::string_view s);

}  // namespace marsad::text

#endif  // MARSAD_TEXT_NORMALIZATION_RULES_H_
