// Numbered event series: round nouns with numbers, process nouns with names, and bare
// "name number" pairs confirmed by the same text.
#include "marsad/stories/event_keys.h"

#include <algorithm>
#include <charconv>
#include <unordered_set>

namespace marsad::stories {
namespace {

using text::TokenKind;

constexpr std::string_view kArticle = "ال";  // also the normalized "الـ" before a number
constexpr std::string_view kFrom = "من";
constexpr std::string_view kIn = "في";
constexpr int kMaxNumber = 999;

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A view of the analysis with the helpers the patterns need.
class Tokens {
 public:
  Tokens(const text::TextAnalysis& a, const StoryLexicon& lex) : a_(a), lex_(lex) {}

  std::size_t size() const { return a_.tokens.size(); }
  TokenKind kind(std::size_t i) const { return a_.tokens[i].token.kind; }
  std::string_view norm(std::size_t i) const { return a_.norm(i); }
  ByteSpan span(std::size_t i) const { return a_.tokens[i].token.span(); }
  bool IsWord(std::size_t i) const {
    return i < size() && (kind(i) == TokenKind::kArabicWord || kind(i) == TokenKind::kWord);
  }
  bool IsPunct(std::size_t i, std::string_view text, char c) const {
    return i < size() && kind(i) == TokenKind::kPunctuation && span(i).In(text) == std::string_view(&c, 1);
  }

  // Series roles of token i, as written or with leading clitics (وللجولة، بمحادثات).
  std::uint8_t Roles(std::size_t i) const {
    if (!IsWord(i)) return 0;
    return lex_.SeriesRolesWithClitics(norm(i));
  }
  bool Has(std::size_t i, SeriesRole r) const {
    return (Roles(i) & static_cast<std::uint8_t>(r)) != 0;
  }

  // A word that can be (part of) a series name: not a stopword, plays no series role,
  // carries no number.
  bool IsNameWord(std::size_t i) const {
    if (!IsWord(i)) return false;
    const std::string_view n = norm(i);
    if (n.size() < 4) return false;  // two Arabic letters at least
    if (lex_.IsStopword(n) || lex_.IsStopword(a_.stem(i))) return false;
    return Roles(i) == 0;
  }

  // The number written at token i: digits (1-999), "ال" + digits (الـ15), or an ordinal in
  // one or two words. Sets *end one past its last token; 0 when there is none.
  int NumberAt(std::size_t i, std::string_view text, std::size_t* end) const {
    if (i >= size()) return 0;
    if (kind(i) == TokenKind::kNumber) {
      const int n = ParseSmall(norm(i));
      if (n > 0) {
        *end = i + 1;
        // Not a number of a range, date or score: 7-9, 15/3, 2:1.
        if (IsPunct(i + 1, text, '/') || IsPunct(i + 1, text, '-') || IsPunct(i + 1, text, ':')) {
          if (i + 2 < size() && kind(i + 2) == TokenKind::kNumber) return 0;
        }
        return n;
      }
      return 0;
    }
    if (IsWord(i) && norm(i) == kArticle && i + 1 < size() && kind(i + 1) == TokenKind::kNumber) {
      return NumberAt(i + 1, text, end);
    }
    if (IsWord(i)) {
      int words = 0;
      const int n = lex_.Ordinal(norm(i), IsWord(i + 1) ? norm(i + 1) : std::string_view(), &words);
      if (n > 0) {
        *end = i + static_cast<std::size_t>(words);
        return n;
      }
    }
    return 0;
  }

  // The series name starting at token i: a name word, and a second one when it is
  // definite (شرم الشيخ، الدوري الإسباني) — an indefinite word after a name is mostly the
  // verb of the sentence (محادثات أستانا تستأنف). Returns one past its last token (== i
  // when there is none).
  std::size_t NameEnd(std::size_t i) const {
    if (!IsNameWord(i)) return i;
    if (IsNameWord(i + 1) && (kind(i + 1) != TokenKind::kArabicWord || StartsWith(norm(i + 1), kArticle))) {
      return i + 2;
    }
    return i + 1;
  }

  // The variant keys of tokens [b, e) joined by a space.
  std::string KeyOf(std::size_t b, std::size_t e) const {
    std::string k;
    for (std::size_t i = b; i < e; ++i) {
      if (!k.empty()) k += ' ';
      k.append(a_.key(i));
    }
    return k;
  }

 private:
  static int ParseSmall(std::string_view digits) {
    int n = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || ptr != digits.data() + digits.size()) return 0;
    return n >= 1 && n <= kMaxNumber ? n : 0;
  }

  const text::TextAnalysis& a_;
  const StoryLexicon& lex_;
};

// The text of tokens [b, e) as written.
std::string_view TextOf(const Tokens& t, std::string_view text, std::size_t b, std::size_t e) {
  const ByteSpan s{t.span(b).begin, t.span(e - 1).end};
  return s.In(text);
}

}  // namespace

EventKeyFinder::EventKeyFinder(const StoryLexicon& lexicon) : lexicon_(lexicon) {}

std::vector<EventKey> EventKeyFinder::Find(const text::TextAnalysis& analysis,
                                           std::string_view text) const {
  const Tokens t(analysis, lexicon_);
  std::vector<EventKey> found;
  std::unordered_set<std::string> seen;
  auto add = [&](EventKey k) {
    if (seen.insert(k.Key()).second) found.push_back(std::move(k));
  };
  // Names that the text itself introduces as series (after a process or head noun).
  std::unordered_set<std::string> series_names;
  struct Bare {
    std::size_t name;
    int number;
    std::size_t end;
  };
  std::vector<Bare> bare;

  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t.IsWord(i)) continue;
    const std::uint8_t roles = t.Roles(i);
    std::size_t end = 0;
    if (roles & static_cast<std::uint8_t>(SeriesRole::kRound)) {
      const int n = t.NumberAt(i + 1, text, &end);
      if (n == 0) continue;
      // The series: من/في + [process|head] + name, or ل + process/head (لمهرجان) + name.
      std::size_t p = end;
      if (p < t.size() && t.IsWord(p) && (t.norm(p) == kFrom || t.norm(p) == kIn)) ++p;
      std::size_t name_begin = p, key_begin = p;
      bool head = false;
      if (t.Has(p, SeriesRole::kProcess) || t.Has(p, SeriesRole::kHead)) {
        head = t.Has(p, SeriesRole::kHead);
        name_begin = p;
        key_begin = head ? p : p + 1;
        ++p;
      }
      const std::size_t name_end = t.NameEnd(p);
      EventKey k;
      k.number = n;
      k.span = {t.span(i).begin, t.span((name_end > p ? name_end : end) - 1).end};
      if (name_end > p) {
        k.series = t.KeyOf(key_begin, name_end);
        k.name = std::string(TextOf(t, text, head ? name_begin : p, name_end));
        series_names.insert(t.KeyOf(p, name_end));
      } else {
        k.series = t.KeyOf(i, i + 1);
        k.name = std::string(TextOf(t, text, i, i + 1));
        k.named = false;
      }
      add(std::move(k));
      continue;
    }
    if (roles & (static_cast<std::uint8_t>(SeriesRole::kProcess) | static_cast<std::uint8_t>(SeriesRole::kHead))) {
      const bool head = (roles & static_cast<std::uint8_t>(SeriesRole::kHead)) != 0;
      const std::size_t name_end = t.NameEnd(i + 1);
      if (name_end == i + 1) continue;
      series_names.insert(t.KeyOf(i + 1, name_end));
      // محادثات أستانا 7، مؤتمر جنيف-2
      std::size_t q = name_end;
      if (t.IsPunct(q, text, '-')) ++q;
      const int n = t.NumberAt(q, text, &end);
      if (n == 0 || (q < t.size() && t.kind(q) != text::TokenKind::kNumber)) continue;
      EventKey k;
      k.number = n;
      k.series = t.KeyOf(head ? i : i + 1, name_end);
      k.name = std::string(TextOf(t, text, head ? i : i + 1, name_end));
      k.span = {t.span(i).begin, t.span(end - 1).end};
      add(std::move(k));
      continue;
    }
    // A bare "name number" (أستانا 7، أستانة-6), kept for confirmation.
    if (roles != 0) continue;
    std::size_t q = i + 1;
    if (t.IsPunct(q, text, '-')) ++q;
    if (q >= t.size() || t.kind(q) != TokenKind::kNumber) continue;
    if (!t.IsNameWord(i)) continue;
    if (StartsWith(t.norm(i), kArticle) && t.kind(i) == TokenKind::kArabicWord) continue;
    if (i > 0 && t.Has(i - 1, SeriesRole::kNotSeries)) continue;
    const int n = t.NumberAt(q, text, &end);
    if (n == 0 || n > 99) continue;
    if (t.IsPunct(end, text, '%')) continue;
    bare.push_back({i, n, end});
  }
  for (const Bare& b : bare) {
    std::string key = t.KeyOf(b.name, b.name + 1);
    if (series_names.find(key) == series_names.end()) continue;
    EventKey k;
    k.number = b.number;
    k.series = std::move(key);
    k.name = std::string(TextOf(t, text, b.name, b.name + 1));
    k.span = {t.span(b.name).begin, t.span(b.end - 1).end};
    add(std::move(k));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const EventKey& x, const EventKey& y) { return x.span.begin < y.span.begin; });
  return found;
}

}  // namespace marsad::stories
