// Tokenizer: a single forward scan with one character-class lookup per code point.
#include "marsad/text/tokenizer.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "marsad/text/char_class.h"
#include "marsad/text/utf8.h"

namespace marsad::text {

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kArabicWord: return "arabic";
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kMention: return "mention";
    case TokenKind::kPunctuation: return "punct";
    case TokenKind::kSymbol: return "symbol";
  }
  return "?";
}

namespace {

using Byte = unsigned char;

struct Cursor {
  const Byte* begin;
  const Byte* end;
  const std::uint8_t* classes;  // internal::CharClassTable(), fetched once per call

  // Decodes at p; an invalid byte gives kOther class so callers treat it as a separator.
  [[gnu::always_inline]] CharClass ClassAt(const Byte* p, char32_t* c, int* len) const {
    const Byte b = *p;
    if (b < 0x80) {
      *c = b;
      *len = 1;
      return static_cast<CharClass>(classes[b]);
    }
    // Two-byte sequences (Arabic, Latin-1, Cyrillic...) without the general decoder.
    if (b >= 0xC2 && b <= 0xDF && p + 1 < end && (p[1] & 0xC0) == 0x80) {
      *c = (char32_t{b} & 0x1F) << 6 | (p[1] & 0x3F);
      *len = 2;
      return static_cast<CharClass>(classes[*c]);
    }
    *c = DecodeUtf8(p, end, len);
    if (*c == kReplacementChar && *len == 1) return CharClass::kOther;
    return *c < 0x10000 ? static_cast<CharClass>(classes[*c]) : ClassOf(*c);
  }
};

bool IsAsciiAlnum(Byte b) {
  return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

bool StartsWithNoCase(const Byte* p, const Byte* end, std::string_view prefix) {
  if (static_cast<std::size_t>(end - p) < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    Byte b = p[i];
    if (b >= 'A' && b <= 'Z') b = static_cast<Byte>(b | 0x20);
    if (b != static_cast<Byte>(prefix[i])) return false;
  }
  return true;
}

// Characters that end a URL: white space, quotes, angle brackets.
bool EndsUrl(const Cursor& cur, const Byte* p) {
  char32_t c;
  int len;
  CharClass cls = cur.ClassAt(p, &c, &len);
  if (cls == CharClass::kSpace || cls == CharClass::kOther) return true;
  switch (c) {
    case '"': case '\'': case '<': case '>': case 0x201C: case 0x201D: case 0x00AB:
    case 0x00BB: case 0x2018: case 0x2019: case 0x060C:  // ، never occurs inside a URL
      return true;
    default:
      return false;
  }
}

// Trailing characters that belong to the sentence, not the URL.
bool IsUrlTrailer(Byte b) {
  switch (b) {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}':
      return true;
    default:
      return false;
  }
}

// Returns the end of a URL starting at p, or nullptr.
const Byte* ScanUrl(const Cursor& cur, const Byte* p) {
  std::size_t skip;
  if (StartsWithNoCase(p, cur.end, "https://")) {
    skip = 8;
  } else if (StartsWithNoCase(p, cur.end, "http://")) {
    skip = 7;
  } else if (StartsWithNoCase(p, cur.end, "www.")) {
    skip = 4;
  } else {
    return nullptr;
  }
  const Byte* q = p + skip;
  if (q >= cur.end || !IsAsciiAlnum(*q)) return nullptr;
  while (q < cur.end && !EndsUrl(cur, q)) {
    int len;
    DecodeUtf8(q, cur.end, &len);
    q += len;
  }
  while (q > p + skip && IsUrlTrailer(q[-1])) --q;
  return q;
}

bool IsEmailLocalChar(Byte b) {
  return IsAsciiAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-';
}

// Returns the end of an e-mail address starting at p, or nullptr.
const Byte* ScanEmail(const Cursor& cur, const Byte* p) {
  const Byte* q = p;
  while (q < cur.end && IsEmailLocalChar(*q)) ++q;
  if (q == p || q >= cur.end || *q != '@') return nullptr;
  ++q;
  const Byte* domain = q;
  while (q < cur.end && (IsAsciiAlnum(*q) || *q == '-' || *q == '.')) ++q;
  while (q > domain && q[-1] == '.') --q;  // a sentence's full stop
  const Byte* last_dot = q;
  while (last_dot > domain && *(last_dot - 1) != '.') --last_dot;
  --last_dot;  // now at the dot, or before `domain` when there is none
  if (last_dot <= domain) return nullptr;
  // The top-level domain: two or more letters.
  int tld = 0;
  for (const Byte* t = last_dot + 1; t < q; ++t) {
    if (!((*t | 0x20) >= 'a' && (*t | 0x20) <= 'z')) return nullptr;
    ++tld;
  }
  return tld >= 2 ? q : nullptr;
}

// Scans a hashtag/mention body: letters, marks, digits, underscores, joiners.
const Byte* ScanTagBody(const Cursor& cur, const Byte* p) {
  const Byte* q = p;
  while (q < cur.end) {
    char32_t c;
    int len;
    CharClass cls = cur.ClassAt(q, &c, &len);
    if (cls == CharClass::kArabicLetter || cls == CharClass::kLetter || cls == CharClass::kMark ||
        cls == CharClass::kDigit || c == '_' || c == 0x200C || c == 0x200D) {
      q += len;
    } else {
      break;
    }
  }
  return q;
}

// Drops invisible format characters from the end of a token (the slow path of TrimFormat).
[[gnu::noinline]] const Byte* TrimFormatSlow(const Cursor& cur, const Byte* start, const Byte* q) {
  while (q > start) {
    const Byte* back = q - 1;
    while (back > start && (*back & 0xC0) == 0x80) --back;
    char32_t c;
    int len;
    if (cur.ClassAt(back, &c, &len) != CharClass::kFormat) break;
    q = back;
  }
  return q;
}

// Drops invisible format characters from the end of a token. Format characters are
// three bytes (ZWNJ, RLM, ...), ALM (D8 9C) or the soft hyphen (C2 AD): a token ending in
// ASCII or in any other two-byte character needs no check.
inline const Byte* TrimFormat(const Cursor& cur, const Byte* start, const Byte* q) {
  if (q[-1] < 0x80) return q;
  if (q - start >= 2 && (q[-2] & 0xE0) == 0xC0 && !(q[-2] == 0xD8 && q[-1] == 0x9C) &&
      !(q[-2] == 0xC2 && q[-1] == 0xAD)) {
    return q;
  }
  return TrimFormatSlow(cur, start, q);
}

// For every 16-bit value read (little-endian) at a position: 1 when its two bytes are a
// letter or mark of the basic Arabic block U+0600..U+06FF (lead byte D8..DB), the
// characters of nearly every Arabic word; 2 when it is a letter (a word may start there).
// One load checks UTF-8 validity and class together.
struct ArabicPairTable {
  std::array<std::uint8_t, 65536> word_char{};
  ArabicPairTable() {
    for (unsigned lead = 0xD8; lead <= 0xDB; ++lead) {
      for (unsigned b1 = 0x80; b1 < 0xC0; ++b1) {
        const char32_t c = (lead & 0x1F) << 6 | (b1 & 0x3F);
        const CharClass cc = ClassOf(c);
        word_char[lead | b1 << 8] = cc == CharClass::kArabicLetter ? 2 : cc == CharClass::kMark ? 1 : 0;
      }
    }
  }
};

const ArabicPairTable& ArabicPairs() {
  static const ArabicPairTable* const table = new ArabicPairTable();  // immutable, never freed
  return *table;
}

// 0, 1 (mark) or 2 (letter) for the two bytes at p. REQUIRES: p + 1 < end.
[[gnu::always_inline]] inline unsigned BasicArabicPair(const std::uint8_t* pairs, const Byte* p) {
  std::uint16_t v;
  std::memcpy(&v, p, 2);
  return pairs[v];
}

#if defined(__SSE2__)
// The 16-bit lanes of `v` (two bytes each, read little-endian) that are U+0620..U+065F in
// UTF-8 (D8 A0..D8 BF, D9 80..D9 9F: the Arabic letters hamza..yeh, tatweel and the
// harakat, nearly every character of an Arabic word), as a 16-bit movemask (two bits per
// lane). All of them are letters or marks (tokenizer_test checks).
[[gnu::always_inline]] inline unsigned CommonArabicPairs(__m128i v) {
  // Big-endian lanes, biased for signed compares: [D8A0, D99F] minus [D8C0, D97F].
  const __m128i w = _mm_xor_si128(_mm_or_si128(_mm_slli_epi16(v, 8), _mm_srli_epi16(v, 8)),
                                  _mm_set1_epi16(static_cast<short>(0x8000)));
  const auto biased = [](int x) { return _mm_set1_epi16(static_cast<short>(x ^ 0x8000)); };
  const __m128i in_block = _mm_and_si128(_mm_cmpgt_epi16(w, biased(0xD89F)),
                                         _mm_cmplt_epi16(w, biased(0xD9A0)));
  const __m128i gap = _mm_and_si128(_mm_cmpgt_epi16(w, biased(0xD8BF)),
                                    _mm_cmplt_epi16(w, biased(0xD980)));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(gap, in_block)));
}
#endif

// Returns the end of the run of basic-block Arabic letters and marks starting at p, where
// the run breaks off or where fewer than two bytes are left. Words are short (most under 16
// bytes): with SSE2, eight pairs are tested at once for the common letters and marks and
// the first other pair found by counting trailing ones, so a word costs no mispredicted
// loop exit; the pair table decides that pair (a rarer letter continues the run).
[[gnu::always_inline]] inline const Byte* ScanArabicRun(const std::uint8_t* pairs, const Byte* p,
                                                        const Byte* end) {
  while (true) {
#if defined(__SSE2__)
    if (end - p >= 16) {
      const unsigned common =
          CommonArabicPairs(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
      if (common == 0xFFFF) {
        p += 16;
        continue;
      }
      p += __builtin_ctz(~common) & ~1u;  // the first pair not known to be common
    }
#else
    if (end - p >= 17) {  // eight pairs and the byte after them are readable
      unsigned ok = 0;
      for (unsigned j = 0; j < 8; ++j) ok |= (BasicArabicPair(pairs, p + 2 * j) != 0 ? 1u : 0u) << j;
      if (ok == 0xFF) {
        p += 16;
        continue;
      }
      return p + 2 * __builtin_ctz(~ok);
    }
#endif
    if (p + 1 < end && BasicArabicPair(pairs, p) != 0) {
      p += 2;
      continue;
    }
    return p;
  }
}

// Appends the token [s, e) and, when `scan` is given, its key (and a line break seen
// before it, which `line_break` holds until then).
[[gnu::always_inline]] inline void Append(const Cursor& cur, const Byte* s, const Byte* e,
                                          TokenKind kind, std::vector<Token>* out,
                                          TokenScan* scan, bool* line_break) {
  if (scan != nullptr) {
    if (*line_break) [[unlikely]] {
      scan->cues.line_starts.push_back(static_cast<std::uint32_t>(out->size()));
      *line_break = false;
    }
    scan->keys.push_back(MakeTokenKey(reinterpret_cast<const char*>(s),
                                      static_cast<std::size_t>(e - s),
                                      reinterpret_cast<const char*>(cur.end), kind));
  }
  out->push_back(Token{static_cast<std::uint32_t>(s - cur.begin),
                       static_cast<std::uint32_t>(e - cur.begin), kind});
}

// Emits a run longer than kMaxTokenBytes as pieces cut at code point boundaries.
[[gnu::noinline]] void EmitLong(const Cursor& cur, const Byte* s, const Byte* e, TokenKind kind,
                                std::vector<Token>* out, TokenScan* scan, bool* line_break) {
  while (static_cast<std::size_t>(e - s) > kMaxTokenBytes) {
    const Byte* cut = s + kMaxTokenBytes;
    while (cut > s && (*cut & 0xC0) == 0x80) --cut;  // not inside a code point
    Append(cur, s, cut, kind, out, scan, line_break);
    s = cut;
  }
  Append(cur, s, e, kind, out, scan, line_break);
}

// The scan; with kScan it also fills *scan.
template <bool kScan>
void TokenizeImpl(std::string_view text, std::vector<Token>* out, TokenScan* scan) {
  const Cursor cur{reinterpret_cast<const Byte*>(text.data()),
                   reinterpret_cast<const Byte*>(text.data()) + text.size(),
                   internal::CharClassTable()};
  const Byte* p = cur.begin;
  const std::uint8_t* const pairs = ArabicPairs().word_char.data();
  bool line_break = false;  // kScan: a line break since the last token
  const auto emit = [&](const Byte* s, const Byte* e, TokenKind kind) __attribute__((always_inline)) {
    if (static_cast<std::size_t>(e - s) > kMaxTokenBytes) [[unlikely]] {
      EmitLong(cur, s, e, kind, out, kScan ? scan : nullptr, &line_break);
      return;
    }
    Append(cur, s, e, kind, out, kScan ? scan : nullptr, &line_break);
  };

  out->reserve(out->size() + text.size() / 6 + 16);
  if constexpr (kScan) scan->keys.reserve(scan->keys.size() + text.size() / 6 + 16);
  while (p < cur.end) {
    // Fast path for the ASCII space that separates most words.
    if (*p == ' ') {
      ++p;
      continue;
    }
    // Fast path for an Arabic word made only of basic-block letters and marks.
    if (p + 1 < cur.end && BasicArabicPair(pairs, p) == 2) {
      const Byte* start = p;
      p = ScanArabicRun(pairs, p + 2, cur.end);
      if (p >= cur.end || *p < 0x80) {
        emit(start, p, TokenKind::kArabicWord);  // ends in a basic letter: nothing to trim
        continue;
      }
      p = start;  // something else follows (a joiner, another Arabic block): the general path
    }
    char32_t c;
    int len;
    const CharClass cls = cur.ClassAt(p, &c, &len);
    const Byte* start = p;
    switch (cls) {
      case CharClass::kSpace:
      case CharClass::kFormat:
      case CharClass::kOther:
      case CharClass::kMark:  // a stray mark with no letter before it
        if constexpr (kScan) line_break |= c == '\n';
        p += len;
        break;

      case CharClass::kArabicLetter: {
        p += len;
        while (true) {
          // Fast path: letters and marks of the basic Arabic block.
          p = ScanArabicRun(pairs, p, cur.end);
          if (p >= cur.end || *p < 0x80) break;  // ASCII never continues an Arabic word
          char32_t d;
          int dl;
          CharClass dc = cur.ClassAt(p, &d, &dl);
          if (dc != CharClass::kArabicLetter && dc != CharClass::kMark && dc != CharClass::kFormat) {
            break;
          }
          p += dl;
        }
        emit(start, TrimFormat(cur, start, p), TokenKind::kArabicWord);
        break;
      }

      case CharClass::kLetter:
      case CharClass::kDigit: {
        if (c < 0x80) {
          if (const Byte* e = ScanUrl(cur, p)) {
            emit(start, e, TokenKind::kUrl);
            p = e;
            break;
          }
          if (const Byte* e = ScanEmail(cur, p)) {
            emit(start, e, TokenKind::kEmail);
            p = e;
            break;
          }
        }
        bool has_letter = cls == CharClass::kLetter;
        p += len;
        while (p < cur.end) {
          char32_t d;
          int dl;
          CharClass dc = cur.ClassAt(p, &d, &dl);
          if (dc == CharClass::kLetter || dc == CharClass::kMark) {
            // Digits then Latin letters ("5G", "3D") make one word; an Arabic letter
            // after digits ("2018م") starts a new token.
            has_letter = true;
            p += dl;
          } else if (dc == CharClass::kDigit) {
            p += dl;
          } else if (dc == CharClass::kFormat && has_letter) {
            p += dl;
          } else if (!has_letter && (d == '.' || d == ',' || d == ':' || d == 0x066B || d == 0x066C) &&
                     p + dl < cur.end) {
            // An inner separator of a number: 3.5, 1,000, 10:30, ٣٫٥, ١٬٠٠٠.
            char32_t e;
            int el;
            if (cur.ClassAt(p + dl, &e, &el) != CharClass::kDigit) break;
            p += dl + el;
          } else if (has_letter && (d == '\'' || d == 0x2019) && p + dl < cur.end) {
            // An apostrophe inside a Latin word: O'Brien, don't.
            char32_t e;
            int el;
            if (cur.ClassAt(p + dl, &e, &el) != CharClass::kLetter) break;
            p += dl + el;
          } else {
            break;
          }
        }
        emit(start, TrimFormat(cur, start, p), has_letter ? TokenKind::kWord : TokenKind::kNumber);
        break;
      }

      case CharClass::kPunctuation:
      case CharClass::kSymbol: {
        if (c == '#' || c == '@') {
          const bool after_word = start > cur.begin && IsAsciiAlnum(start[-1]);
          const Byte* e = after_word ? p + 1 : ScanTagBody(cur, p + 1);
          if (e > p + 1) {
            emit(start, e, c == '#' ? TokenKind::kHashtag : TokenKind::kMention);
            p = e;
            break;
          }
        }
        p += len;
        if (c == '.') {
          while (p < cur.end && *p == '.') ++p;  // an ellipsis written as dots
        }
        const std::size_t first_new = out->size();
        emit(start, p,
             cls == CharClass::kPunctuation ? TokenKind::kPunctuation : TokenKind::kSymbol);
        if constexpr (kScan) {
          // Each piece when a run of dots was cut (EmitLong), as SplitSentences would test it.
          for (std::size_t k = first_new; cls == CharClass::kPunctuation && k < out->size(); ++k) {
            if (IsSentenceTerminal((*out)[k].In(text))) {
              scan->cues.terminals.push_back(static_cast<std::uint32_t>(k));
            }
          }
        }
        break;
      }
    }
  }
}

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* out) {
  TokenizeImpl<false>(text, out, nullptr);
}

void Tokenize(std::string_view text, std::vector<Token>* out, TokenScan* scan) {
  TokenizeImpl<true>(text, out, scan);
}

}  // namespace marsad::text
