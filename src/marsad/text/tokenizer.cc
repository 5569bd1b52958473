// Tokenizer: a single forward scan with one character-class lookup per code point.
#include "marsad/text/tokenizer.h"

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
  CharClass ClassAt(const Byte* p, char32_t* c, int* len) const {
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

// Drops invisible format characters from the end of a token.
const Byte* TrimFormat(const Cursor& cur, const Byte* start, const Byte* q) {
  // Format characters are three bytes (ZWNJ, RLM, ...) or ALM (D8 9C): a word ending in
  // any other two-byte letter needs no check.
  if (q - start >= 2 && (q[-2] & 0xE0) == 0xC0 && !(q[-2] == 0xD8 && q[-1] == 0x9C)) return q;
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

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* out) {
  const Cursor cur{reinterpret_cast<const Byte*>(text.data()),
                   reinterpret_cast<const Byte*>(text.data()) + text.size(),
                   internal::CharClassTable()};
  const Byte* p = cur.begin;
  auto emit = [&](const Byte* s, const Byte* e, TokenKind kind) {
    out->push_back(Token{static_cast<std::uint32_t>(s - cur.begin),
                         static_cast<std::uint32_t>(e - cur.begin), kind});
  };

  while (p < cur.end) {
    // Fast path for the ASCII space that separates most words.
    if (*p == ' ') {
      ++p;
      continue;
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
        p += len;
        break;

      case CharClass::kArabicLetter: {
        p += len;
        while (true) {
          // Fast path: letters and marks of the basic Arabic block (U+0600..U+06FF, two
          // bytes with lead byte D8..DB), which make up nearly all Arabic words.
          while (p + 1 < cur.end && (p[0] & 0xFC) == 0xD8 && (p[1] & 0xC0) == 0x80) {
            const auto cc = static_cast<CharClass>(cur.classes[(char32_t{p[0]} & 0x1F) << 6 | (p[1] & 0x3F)]);
            if (cc != CharClass::kArabicLetter && cc != CharClass::kMark) break;
            p += 2;
          }
          if (p >= cur.end) break;
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
        emit(start, p,
             cls == CharClass::kPunctuation ? TokenKind::kPunctuation : TokenKind::kSymbol);
        break;
      }
    }
  }
}

}  // namespace marsad::text
