// LightStemmer; see light_stemmer.h. Works on UTF-8 bytes: after normalization every
// Arabic letter is two bytes, so affixes are compared as byte strings.
#include "marsad/text/light_stemmer.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "marsad/text/embedded_data.h"
#include "marsad/text/utf8.h"

namespace marsad::text {
namespace {

// After normalization an Arabic letter of the basic block is two UTF-8 bytes, so affixes
// are compared as 16-bit loads (little-endian byte pairs).
constexpr std::uint16_t Pair(char32_t c) {
  return static_cast<std::uint16_t>((0xC0 | (c >> 6)) | (0x80 | (c & 0x3F)) << 8);
}
constexpr std::uint16_t kAlefPair = Pair(U'ا');
constexpr std::uint16_t kLamPair = Pair(U'ل');
constexpr std::uint16_t kWawPair = Pair(U'و');
constexpr std::uint16_t kFehPair = Pair(U'ف');
constexpr std::uint16_t kBehPair = Pair(U'ب');
constexpr std::uint16_t kKafPair = Pair(U'ك');

inline std::uint16_t LetterAt(std::string_view w, std::size_t byte) {
  std::uint16_t v;
  std::memcpy(&v, w.data() + byte, 2);
  return v;
}

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

// Letters in `w`: code points, counted as bytes that do not continue a sequence
// (10xxxxxx), eight bytes at a time.
std::size_t Letters(std::string_view w) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::size_t n = 0;
  std::size_t i = 0;
  for (; i + 8 <= w.size(); i += 8) {
    std::uint64_t v;
    std::memcpy(&v, w.data() + i, 8);
    // bit 7 of each byte: set unless the byte is 10xxxxxx.
    n += static_cast<std::size_t>(__builtin_popcountll((~v | (v << 1)) & kHigh));
  }
  for (; i < w.size(); ++i) n += (static_cast<unsigned char>(w[i]) & 0xC0) != 0x80;
  return n;
}

// Light10's suffixes after normalization (ة→ه), applied in this order, each at most once,
// plus a final alef (tanween al-fath, and names that end in ا or ة by outlet: سوريا /
// سورية, أستانا / أستانة), which needs three letters left.
struct Suffix {
  std::string_view text;
  std::size_t letters;
  std::size_t min_rest;
};
constexpr std::array<Suffix, 9> kSuffixes = {{{"ها", 2, 2}, {"ان", 2, 2}, {"ات", 2, 2},
                                               {"ون", 2, 2}, {"ين", 2, 2}, {"يه", 2, 2},
                                               {"ه", 1, 2}, {"ا", 1, 3}, {"ي", 1, 2}}};

}  // namespace

bool StartsWithHamzatedAlefLam(std::string_view original) {
  // أ U+0623 = D8 A3, إ U+0625 = D8 A5, آ U+0622 = D8 A2; ل U+0644 = D9 84;
  // harakat U+064B..U+0652 = D9 8B..D9 92.
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(original[i]); };
  if (original.size() < 4 || byte(0) != 0xD8) return false;
  if (byte(1) != 0xA3 && byte(1) != 0xA5 && byte(1) != 0xA2) return false;
  std::size_t i = 2;
  while (i + 1 < original.size() && byte(i) == 0xD9 && byte(i + 1) >= 0x8B && byte(i + 1) <= 0x92) {
    i += 2;
  }
  return i + 1 < original.size() && byte(i) == 0xD9 && byte(i + 1) == 0x84;
}

LightStemmer::LightStemmer(const Normalizer& normalizer)
    : keep_article_(data::kArticleExceptions, normalizer),
      keep_waw_(data::kWawExceptions, normalizer) {}

std::string_view LightStemmer::StripPrefixes(std::string_view word, bool article_possible,
                                             std::size_t min_article_rest) const {
  if (word.size() < 6) return word;  // fewer than three letters: nothing to strip
  const std::uint16_t c0 = LetterAt(word, 0), c1 = LetterAt(word, 2), c2 = LetterAt(word, 4);
  const bool waw = c0 == kWawPair;
  // The prefixes are: the article ال; a conjunction or preposition before it (وال فال بال
  // كال); لل (li + al) alone or after و/ف (ولل فلل); and the conjunction و alone.
  const bool clitic_before_article =
      (waw || c0 == kFehPair || c0 == kBehPair || c0 == kKafPair) && c1 == kAlefPair && c2 == kLamPair;
  const bool article = c0 == kAlefPair && c1 == kLamPair;
  const bool lil = (c0 == kLamPair && c1 == kLamPair) ||
                   ((waw || c0 == kFehPair) && c1 == kLamPair && c2 == kLamPair);
  if (!waw && !clitic_before_article && !article && !lil && c0 != kLamPair) return word;
  // A one-letter clitic before a listed ال-word strips only the clitic (والله → الله).
  if ((clitic_before_article || (c0 == kLamPair && c1 == kAlefPair && c2 == kLamPair)) &&
      keep_article_.Contains(word.substr(2))) {
    return word.substr(2);
  }
  const std::size_t n = Letters(word);
  if (article_possible && (article || clitic_before_article || lil)) {
    // Longest prefix first; the article and its combinations need `min_article_rest`
    // letters left (two in Light10).
    std::size_t prefix = 0;
    if (clitic_before_article || (lil && c0 != kLamPair)) {
      prefix = 3;
    } else {
      prefix = 2;  // ال or لل
    }
    if (n >= prefix + min_article_rest && !keep_article_.Contains(word)) {
      return word.substr(prefix * 2);
    }
    // A three-letter combination too long for the word may still leave the article: no
    // shorter prefix of وال/ولل is itself a prefix, so nothing else applies.
  }
  // The conjunction و needs three letters left, and a word not listed as starting with
  // it (وزير, واشنطن). ف, ب, ل, ك alone are not stripped: too many words begin with them.
  if (waw && n >= 4 && !keep_waw_.Contains(word)) return word.substr(2);
  return word;
}

std::string_view LightStemmer::Stem(std::string_view word, StemMode mode,
                                    bool article_possible) const {
  std::string_view w = StripPrefixes(word, article_possible);
  if (mode == StemMode::kCliticsOnly) return w;
  std::size_t n = Letters(w);
  for (const Suffix& s : kSuffixes) {
    if (n >= s.letters + s.min_rest && EndsWith(w, s.text)) {
      w.remove_suffix(s.text.size());
      n -= s.letters;
    }
  }
  return w;
}

}  // namespace marsad::text
