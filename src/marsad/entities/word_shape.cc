// Proclitic readings and word shapes; see word_shape.h.
#include "marsad/entities/word_shape.h"

#include <utility>

#include "marsad/text/arabic_letters.h"
#include "marsad/text/utf8.h"

namespace marsad::entities {
namespace {

// Normalized Arabic letters are two bytes in UTF-8.
constexpr std::size_t kLetterBytes = 2;

bool StartsWithLetter(std::string_view s, char32_t letter) {
  if (s.size() < kLetterBytes) return false;
  int len = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  return text::DecodeUtf8(p, p + s.size(), &len) == letter && len == 2;
}

bool IsMark(char32_t c) {
  return (c >= text::ar::kFathatan && c <= text::ar::kLastArabicMark) ||
         c == text::ar::kSuperscriptAlef || c == text::ar::kTatweel || c == 0x200C ||
         c == 0x200D;
}

}  // namespace

std::size_t Letters(std::string_view s) { return text::CountCodePoints(s); }

void SplitProclitics(std::string_view norm, std::size_t min_stem_letters,
                     std::vector<CliticSplit>* out, bool article_possible) {
  out->clear();
  const std::size_t total = Letters(norm);
  auto add = [&](std::size_t letters, bool conj, char prep, bool art) {
    if (letters > total || total - letters < min_stem_letters) return;
    CliticSplit s;
    s.stem = norm.substr(letters * kLetterBytes);
    s.conjunction = conj;
    s.preposition = prep;
    s.article = art;
    s.letters = letters;
    out->push_back(s);
  };
  add(0, false, 0, false);
  // conjunction
  std::size_t pos = 0;
  bool conj = false;
  std::string_view rest = norm;
  for (int c = 0; c < 2; ++c) {
    if (c == 1) {
      if (!(StartsWithLetter(norm, text::ar::kWaw) || StartsWithLetter(norm, text::ar::kFeh))) break;
      conj = true;
      pos = 1;
      rest = norm.substr(kLetterBytes);
      add(1, true, 0, false);
    }
    // preposition, with the article elided after ل (لل)
    char prep = 0;
    if (StartsWithLetter(rest, text::ar::kLam)) prep = 'l';
    if (StartsWithLetter(rest, text::ar::kBeh)) prep = 'b';
    if (StartsWithLetter(rest, text::ar::kKaf)) prep = 'k';
    if (prep != 0) {
      std::string_view after = rest.substr(kLetterBytes);
      add(pos + 1, conj, prep, false);
      if (prep == 'l' && StartsWithLetter(after, text::ar::kLam)) add(pos + 2, conj, prep, true);
      if (prep != 'l' && StartsWithLetter(after, text::ar::kAlef) &&
          StartsWithLetter(after.substr(kLetterBytes), text::ar::kLam)) {
        add(pos + 3, conj, prep, true);
      }
    }
    // the article alone
    if ((c == 1 || article_possible) && StartsWithLetter(rest, text::ar::kAlef) &&
        StartsWithLetter(rest.substr(kLetterBytes), text::ar::kLam)) {
      add(pos + 2, conj, 0, true);
    }
  }
  // Fewest letters peeled first (insertion sort: at most 12 readings, no allocation).
  for (std::size_t i = 1; i < out->size(); ++i) {
    for (std::size_t j = i; j > 0 && (*out)[j].letters < (*out)[j - 1].letters; --j) {
      std::swap((*out)[j], (*out)[j - 1]);
    }
  }
}

bool IsNisbaStem(std::string_view stem) {
  const std::size_t n = Letters(stem);
  const std::string_view yeh = "\xd9\x8a";       // ي
  const std::string_view yeh_heh = "\xd9\x8a\xd9\x87";  // يه (ية normalized)
  if (n >= 4 && stem.ends_with(yeh_heh)) return true;
  return n >= 3 && stem.ends_with(yeh);
}

std::string DropLeadingLetters(std::string_view original, std::size_t letters,
                               bool restore_article) {
  std::string out;
  DropLeadingLetters(original, letters, restore_article, &out);
  return out;
}

void DropLeadingLetters(std::string_view original, std::size_t letters, bool restore_article,
                        std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  const auto* end = p + original.size();
  std::size_t dropped = 0;
  // Skip marks and format characters before the first letter too.
  while (p < end) {
    int len = 0;
    char32_t c = text::DecodeUtf8(p, end, &len);
    if (IsMark(c)) {
      p += len;
      continue;
    }
    if (dropped == letters) break;
    ++dropped;
    p += len;
  }
  out->clear();
  if (restore_article) out->append("\xd8\xa7\xd9\x84");  // ال
  out->append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(end - p));
}

}  // namespace marsad::entities
