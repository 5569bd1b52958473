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

}  // namespace

// Tested on the bytes: a token's first byte rules out nearly every other punctuation mark
// at once.
bool IsSentenceTerminal(std::string_view tok) {
  if (tok.empty()) return false;
  const auto b = [&](std::size_t i) { return i < tok.size() ? static_cast<unsigned char>(tok[i]) : 0u; };
  switch (b(0)) {
    case '.': return true;
    case '!': case '?': return tok.size() == 1;
    case 0xD8: return b(1) == 0x9F;                       // ؟ U+061F
    case 0xDB: return b(1) == 0x94;                       // ۔ U+06D4
    case 0xE2: return b(1) == 0x80 && (b(2) == 0xA6 || b(2) == 0xBC);  // … U+2026, ‼ U+203C
    default: return false;
  }
}

namespace {

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
  // Initials and أ.ف.ب, د. (doctor), م. (engineer): one code point, so at most 4 bytes.
  if (w.size() <= 4 && CountCodePoints(w) == 1) return true;
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
  SplitSentences(text, tokens, &out);
  return out;
}

void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<Sentence>* sentences) {
  SentenceCues cues;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    // Most gaps are one space; only longer ones, or a single '\n', can hold a line break.
    // (Evaluated without branches: with no gap, text[prev_end] is this token's first byte.)
    if (i > 0) {
      const std::uint32_t prev_end = tokens[i - 1].end;
      const std::uint32_t gap = t.begin - prev_end;
      if (((gap > 1) | ((gap == 1) & (text[prev_end] == '\n'))) &&
          HasLineBreak(text.substr(prev_end, gap))) {
        cues.line_starts.push_back(static_cast<std::uint32_t>(i));
      }
    }
    if (t.kind == TokenKind::kPunctuation && IsSentenceTerminal(t.In(text))) {
      cues.terminals.push_back(static_cast<std::uint32_t>(i));
    }
  }
  SplitSentences(text, tokens, cues, sentences);
}

void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    const SentenceCues& cues, std::vector<Sentence>* sentences) {
  std::vector<Sentence>& out = *sentences;
  out.clear();
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
  // The cues in token order (a line break before token i comes before a mark at i); a
  // mark's closing quotes and further marks are part of it: cues up to `next` are done.
  constexpr std::uint32_t kNone = ~std::uint32_t{0};
  const std::uint32_t* line = cues.line_starts.data();
  const std::uint32_t* const line_end = line + cues.line_starts.size();
  const std::uint32_t* mark_cue = cues.terminals.data();
  const std::uint32_t* const mark_end = mark_cue + cues.terminals.size();
  std::size_t next = 0;
  while (true) {
    const std::uint32_t li = line != line_end ? *line : kNone;
    const std::uint32_t mi = mark_cue != mark_end ? *mark_cue : kNone;
    if (li == kNone && mi == kNone) break;
    if (li <= mi) {
      ++line;
      if (li >= next && li > first) close(li);
      continue;
    }
    ++mark_cue;
    const std::size_t i = mi;
    if (i < next) continue;
    const Token& t = tokens[i];
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
           (IsCloser(tokens[end].In(text)) || IsSentenceTerminal(tokens[end].In(text)))) {
      ++end;
    }
    close(end);
    next = end;
  }
  close(n);
}

}  // namespace marsad::text
