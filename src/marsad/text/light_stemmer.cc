// LightStemmer; see light_stemmer.h. Works on UTF-8 bytes: after normalization every
// Arabic letter is two bytes, so affixes are compared as byte strings.
#include "marsad/text/light_stemmer.h"

#include <array>

#include "marsad/text/utf8.h"

namespace marsad::text {
namespace {

bool StartsWith(std::string_view w, std::string_view p) { return w.substr(0, p.size()) == p; }
bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

// Letters in `w`: code points, counted as bytes that do not continue a sequence.
std::size_t Letters(std::string_view w) {
  std::size_t n = 0;
  for (char c : w) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Article combinations, longest first.
constexpr std::array<std::string_view, 8> kArticlePrefixes = {
    "وال", "بال", "كال", "فال", "ولل", "فلل", "لل", "ال"};
// Light10's suffixes after normalization (ة→ه), applied in this order, each at most once,
// plus a final alef (tanween al-fath, and names that end in ا or ة by outlet: سوريا /
// سورية, أستانا / أستانة), which needs three letters left.
struct Suffix {
  std::string_view text;
  std::size_t min_rest;
};
constexpr std::array<Suffix, 9> kSuffixes = {{{"ها", 2}, {"ان", 2}, {"ات", 2}, {"ون", 2}, {"ين", 2},
                                               {"يه", 2}, {"ه", 2}, {"ا", 3}, {"ي", 2}}};

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
  // Only words that start with و، ف، ب، ك or ل can carry a prefix; the word lists are
  // consulted only for those (a lookup per word would cost more than the stemming).
  const bool waw = StartsWith(word, "و");
  const bool one_letter_clitic =
      waw || StartsWith(word, "ف") || StartsWith(word, "ب") || StartsWith(word, "ك") || StartsWith(word, "ل");
  const bool article = StartsWith(word, "ال") || StartsWith(word, "لل");
  if (!one_letter_clitic && !article) return word;
  const std::size_t n = Letters(word);
  // A one-letter clitic before a listed ال-word strips only the clitic (والله → الله).
  if (one_letter_clitic && StartsWith(word.substr(2), "ال") && keep_article_.Contains(word.substr(2))) {
    return word.substr(2);
  }
  if (article_possible && (article || StartsWith(word.substr(2), "ال")) &&
      !keep_article_.Contains(word)) {
    for (std::string_view p : kArticlePrefixes) {
      // The article and its combinations need two letters left (Light10).
      if (StartsWith(word, p) && n >= Letters(p) + min_article_rest) return word.substr(p.size());
    }
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
  for (const Suffix& s : kSuffixes) {
    if (EndsWith(w, s.text) && Letters(w) >= Letters(s.text) + s.min_rest) {
      w.remove_suffix(s.text.size());
    }
  }
  return w;
}

}  // namespace marsad::text
