// Sentence splitter; see sentence_splitter.h.
#include "marsad/text/sentence_splitter.h"

#include <array>

#include "marsad/text/utf8.h"

namespace marsad::text {
namespace {

char32_t FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  int len;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  return DecodeUtf8(p, p + s.size(), &len);
}

bool IsTerminal(std::string_view tok) {
  if (tok.empty()) return false;
  if (tok[0] == '.' || tok == "!" || tok == "?") return true;
  switch (FirstCodePoint(tok)) {
    case 0x061F:  // ؟
    case 0x2026:  // …
    case 0x06D4:  // ۔
    case 0x203C:  // ‼
      return true;
    default:
      return false;
  }
}

bool IsCloser(std::string_view tok) {
  switch (FirstCodePoint(tok)) {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x201D: case 0x2019: case 0x00BB: case 0x201C:  // ” ’ » and “ used as a closer
      return true;
    default:
      return false;
  }
}

// Latin abbreviations that end in a full stop inside a sentence.
constexpr std::array<std::string_view, 14> kLatinAbbreviations = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "No", "Inc", "Co", "Gen"};

bool IsAbbreviation(std::string_view text, const Token& word) {
  std::string_view w = word.In(text);
  if (CountCodePoints(w) == 1) return true;  // initials and أ.ف.ب, د. (doctor), م. (engineer)
  if (word.kind == TokenKind::kWord) {
    for (std::string_view a : kLatinAbbreviations) {
      if (w == a) return true;
    }
  }
  return false;
}

bool HasLineBreak(std::string_view gap) { return gap.find('\n') != std::string_view::npos; }

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  const std::size_t n = tokens.size();
  std::size_t first = 0;
  auto close = [&](std::size_t end_token) {
    if (end_token > first) {
      out.push_back(Sentence{{tokens[first].begin, tokens[end_token - 1].end},
                             static_cast<std::uint32_t>(first),
                             static_cast<std::uint32_t>(end_token)});
    }
    first = end_token;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    // Most gaps are one space; only longer ones can hold a line break.
    if (i > first && (t.begin - tokens[i - 1].end) > 0 &&
        (t.begin - tokens[i - 1].end > 1 || text[tokens[i - 1].end] == '\n') &&
        HasLineBreak(text.substr(tokens[i - 1].end, t.begin - tokens[i - 1].end))) {
      close(i);
    }
    if (t.kind != TokenKind::kPunctuation || !IsTerminal(t.In(text))) continue;
    std::string_view mark = t.In(text);
    if (mark == "." && i > first) {
      const Token& prev = tokens[i - 1];
      const bool attached = prev.end == t.begin;
      if (attached && IsWordLike(prev.kind) && IsAbbreviation(text, prev)) continue;
      // "a.b" with no space after the dot is not a sentence end either.
      if (i + 1 < n && tokens[i + 1].begin == t.end && IsWordLike(tokens[i + 1].kind)) continue;
    }
    std::size_t end = i + 1;
    // Closing quotes and brackets written right after the mark belong to this sentence,
    // as do further marks ("?!").
    while (end < n && tokens[end].begin == tokens[end - 1].end &&
           tokens[end].kind == TokenKind::kPunctuation &&
           (IsCloser(tokens[end].In(text)) || IsTerminal(tokens[end].In(text)))) {
      ++end;
    }
    close(end);
    i = end - 1;
  }
  close(n);
  return out;
}

}  // namespace marsad::text
