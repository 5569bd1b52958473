// NameForm building; see name_form.h.
#include "marsad/entities/name_form.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string_view>
#include <utility>

#include "marsad/entities/word_shape.h"
#include "marsad/text/arabic_letters.h"
#include "marsad/text/utf8.h"

namespace marsad::entities {
namespace {

// A word of a name: its normalized form and where it is written.
struct Word {
  std::string_view norm;  // into the analysis' strings, which outlive Build
  std::uint32_t begin = 0;  // bytes of the token (or hashtag) in the text
  std::uint32_t end = 0;
  bool hashtag = false;
  // The word's variant key when the analysis holds it (an Arabic word whose key is not its
  // normalized form), else null: Build then computes it.
  const char* key = nullptr;
  std::uint32_t key_size = 0;
};

// The class a letter is compared by: only the merges transliteration makes.
char32_t LetterClass(char32_t c) {
  switch (c) {
    case text::ar::kJeem:
    case text::ar::kGhain:
    case text::ar::kQaf:
      return text::ar::kKaf;
    case text::ar::kTheh:
    case text::ar::kSad:
      return text::ar::kSeen;
    case text::ar::kThal:
    case text::ar::kZah:
      return text::ar::kZain;
    case text::ar::kTah:
      return text::ar::kTeh;
    case text::ar::kDad:
      return text::ar::kDal;
    default:
      return c;
  }
}

// Whether a normalized word begins with ل, ب or ك (two bytes each in UTF-8), a one-letter
// preposition that may be glued on.
bool BeginsWithPreposition(std::string_view w) {
  return w.size() >= 2 && ((w[0] == '\xd9' && (w[1] == '\x84' || w[1] == '\x83')) ||  // ل ك
                           (w[0] == '\xd8' && w[1] == '\xa8'));                        // ب
}

bool IsVowelLetter(char32_t c) {
  return c == text::ar::kAlef || c == text::ar::kWaw || c == text::ar::kYeh;
}

// The word's letters by class, before AppendSpelling drops the vowel letters.
// `w`: the word without its sigils and the prefixes StripPrefixes strips.
void AppendStrippedWordSpelling(std::string_view w, std::u32string* to) {
  std::u32string& out = *to;
  const std::size_t start = out.size();  // the word's letters are out[start...]
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  const auto* end = p + w.size();
  while (p < end) {
    int len;
    char32_t c = text::DecodeUtf8(p, end, &len);
    p += len;
    switch (c) {
      case text::ar::kAlefHamzaAbove:
      case text::ar::kAlefHamzaBelow:
      case text::ar::kAlefMadda:
      case text::ar::kAlefWasla:
        c = text::ar::kAlef;
        break;
      case text::ar::kWawHamzaAbove:
        c = text::ar::kWaw;
        break;
      case text::ar::kYehHamzaAbove:
      case text::ar::kAlefMaksura:
        c = text::ar::kYeh;
        break;
      case text::ar::kTehMarbuta:
        c = text::ar::kHeh;
        break;
      case text::ar::kHamza:
      case text::ar::kTatweel:
        continue;
      default:
        break;
    }
    if (c == U'-' || c == U'_') continue;
    // تش (ch) is ش, تس / تز (ts, tz) are س / ز, as in the key.
    if (out.size() > start && out.back() == text::ar::kTeh &&
        (c == text::ar::kSheen || c == text::ar::kSeen || c == text::ar::kZain)) {
      out.back() = c;
      continue;
    }
    if (out.size() > start && out.back() == c) continue;  // a letter written twice
    out.push_back(c);
  }
  for (std::size_t i = start; i < out.size(); ++i) out[i] = LetterClass(out[i]);
  // Final vowel letters vary (أستانا / أستانة, سوريا / سورية), as in the key.
  while (out.size() - start > 3 && (out.back() == text::ar::kAlef || out.back() == text::ar::kHeh ||
                                    out.back() == text::ar::kYeh)) {
    out.pop_back();
  }
}

// Whether `a` and `b` are at most one edit (substitution, insertion or deletion) apart:
// EditDistance(a, b, 1) <= 1 in one pass, without the table.
bool WithinOneEdit(std::u32string_view a, std::u32string_view b) {
  if (a.size() < b.size()) std::swap(a, b);  // a is the longer
  if (a.size() - b.size() > 1) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i == b.size()) return true;  // equal, or one letter more at the end
  // The first difference: a substitution (same sizes) or a letter of a skipped.
  return a.size() == b.size() ? a.substr(i + 1) == b.substr(i + 1) : a.substr(i + 1) == b.substr(i);
}

// Levenshtein distance, stopping early past `limit` (returns limit + 1).
std::size_t EditDistance(std::u32string_view a, std::u32string_view b, std::size_t limit) {
  if (a == b) return 0;
  const std::size_t n = a.size(), m = b.size();
  constexpr std::size_t kMax = 64;
  if (m >= kMax) return limit + 1;  // too long to be one name's word (and not equal)
  if (limit <= 1) return WithinOneEdit(a, b) ? 1 : limit + 1;  // not equal: 1 at best
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Every cell read is written first (prev for j <= m, cur from 0 up): no initialization.
  std::array<std::uint32_t, kMax + 1> prev, cur;  // NOLINT(cppcoreguidelines-pro-type-member-init)
  for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<std::uint32_t>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<std::uint32_t>(i);
    std::uint32_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0U : 1U)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min<std::size_t>(prev[m], limit + 1);
}

// Word i of `a` against word j of `b`, as names of their own.
// The words of a form's spellings or skeletons (NameForm::kWordEnd after each), in order.
class WordCursor {
 public:
  explicit WordCursor(std::u32string_view s) : rest_(s) {}
  std::u32string_view Next() {
    const std::size_t e = rest_.find(NameForm::kWordEnd);
    const std::u32string_view w = rest_.substr(0, e);
    rest_.remove_prefix(e == std::u32string_view::npos ? rest_.size() : e + 1);
    return w;
  }

 private:
  std::u32string_view rest_;
};

// Whether two words (their spellings and skeletons) are written alike.
bool WordsAgree(std::u32string_view spelling_a, std::u32string_view skeleton_a, std::u32string_view spelling_b,
                std::u32string_view skeleton_b) {
  const std::size_t shortest = std::min(skeleton_a.size(), skeleton_b.size());
  if (shortest < 3) return spelling_a == spelling_b;
  return EditDistance(skeleton_a, skeleton_b, 1) <= (shortest >= 4 ? 1 : 0);
}

// `norm` without the sigils (#, @) AppendSpelling drops first.
std::string_view WithoutSigils(std::string_view norm) {
  while (!norm.empty() && (norm.front() == '#' || norm.front() == '@')) norm.remove_prefix(1);
  return norm;
}

// AppendSpelling of a word whose StripPrefixes (of WithoutSigils) is `stripped`.
void AppendStrippedSpelling(std::string_view stripped, NameForm* form) {
  const std::size_t start = form->spellings.size();
  AppendStrippedWordSpelling(stripped, &form->spellings);
  for (std::size_t i = start; i < form->spellings.size(); ++i) {
    if (!IsVowelLetter(form->spellings[i])) form->skeletons.push_back(form->spellings[i]);
  }
  form->spellings.push_back(NameForm::kWordEnd);
  form->skeletons.push_back(NameForm::kWordEnd);
}

}  // namespace

void AppendSpelling(const text::LightStemmer& stemmer, std::string_view norm, NameForm* form) {
  AppendStrippedSpelling(stemmer.StripPrefixes(WithoutSigils(norm), /*article_possible=*/true, /*min_article_rest=*/3),
                         form);
}

bool SpellingsAgree(const NameForm& a, const NameForm& b) {
  return SpellingsAgree(SpelledNameOf(a), SpelledNameOf(b));
}

bool SpellingsAgree(const SpelledName& a, const SpelledName& b) {
  // A form built without spellings has nothing to check; a built form has one word of
  // spellings and skeletons per key.
  if (a.spellings.empty() || b.spellings.empty()) return true;
  const std::size_t n = a.words, m = b.words;
  if (n == 1 && m == 1) {
    return WordsAgree(a.spellings.substr(0, a.spellings.size() - 1), a.skeletons.substr(0, a.skeletons.size() - 1),
                      b.spellings.substr(0, b.spellings.size() - 1), b.skeletons.substr(0, b.skeletons.size() - 1));
  }
  if (n == m) {
    WordCursor xs(a.skeletons), ys(b.skeletons);
    std::size_t letters = 0, edits = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::u32string_view x = xs.Next();
      const std::u32string_view y = ys.Next();
      letters += std::min(x.size(), y.size());
      const std::size_t d = EditDistance(x, y, 2);
      if (d > 0 && d >= std::max(x.size(), y.size())) return false;  // a whole word differs
      edits += d;
      if (edits > 1) return false;
    }
    return edits <= (letters >= 4 ? 1 : 0);
  }
  const bool a_shorter = n < m;
  const SpelledName& shorter = a_shorter ? a : b;
  const SpelledName& longer = a_shorter ? b : a;
  const std::size_t longer_words = std::max(n, m);
  WordCursor short_spellings(shorter.spellings), short_skeletons(shorter.skeletons);
  WordCursor long_spellings(longer.spellings), long_skeletons(longer.skeletons);
  std::size_t j = 0;
  for (std::size_t i = 0; i < std::min(n, m); ++i) {
    const std::u32string_view spelling = short_spellings.Next();
    const std::u32string_view skeleton = short_skeletons.Next();
    bool agreed = false;
    for (; j < longer_words && !agreed; ++j) {
      agreed = WordsAgree(spelling, skeleton, long_spellings.Next(), long_skeletons.Next());
    }
    if (!agreed) return false;
  }
  return true;
}

SpellingSignature SignatureOf(const NameForm& form) {
  SpellingSignature sig;
  if (form.spellings.empty() || form.keys.size() > 0xffff) return sig;
  std::size_t words = 0;
  for (const char32_t c : form.skeletons) {
    if (c == NameForm::kWordEnd) {
      ++words;
    } else {
      sig.letters |= std::uint64_t{1} << (c & 63U);  // Arabic letters are 42 in a row: apart
      ++sig.size;
    }
  }
  if (words != form.keys.size()) return sig;  // SpellingsAgree reads them otherwise: no claim
  sig.words = static_cast<std::uint16_t>(words);
  sig.spelled = true;
  return sig;
}

bool MaySpellAlike(const SpellingSignature& a, const SpellingSignature& b) {
  if (!a.spelled || !b.spelled) return true;
  // The letters each side has of its own. Counted only where a count is compared: without
  // -mpopcnt std::popcount is a call into libgcc, and "at most one" needs no count.
  const std::uint64_t a_own = a.letters & ~b.letters;
  const std::uint64_t b_own = b.letters & ~a.letters;
  auto at_most_one = [](std::uint64_t x) { return (x & (x - 1)) == 0; };
  if (a.words == b.words) {
    // One word: fewer than four skeleton letters on either side must be spelled the same;
    // else, as several words of one count, at most one edit in all.
    if (a.words == 1 && std::min(a.size, b.size) < 4) return a.letters == b.letters && a.size == b.size;
    const std::uint32_t size_gap = a.size > b.size ? a.size - b.size : b.size - a.size;
    return size_gap <= 1 && at_most_one(a_own) && at_most_one(b_own);
  }
  // Each word of the shorter name agrees with a word of the longer: spelled the same, or
  // one edit apart (one letter of its own, at most one letter longer).
  const bool a_shorter = a.words < b.words;
  const SpellingSignature& shorter = a_shorter ? a : b;
  const SpellingSignature& longer = a_shorter ? b : a;
  return shorter.size <= longer.size + shorter.words &&
         std::popcount(a_shorter ? a_own : b_own) <= static_cast<int>(shorter.words);
}

NameFormBuilder::NameFormBuilder(const EntityLexicon& lexicon) : lexicon_(lexicon) {}

MentionName NameFormBuilder::Build(std::string_view text, const text::TextAnalysis& analysis,
                                   std::uint32_t first, std::uint32_t end) const {
  MentionName out;
  // Build runs per name mention on the workers: a per-thread scratch list, so the words
  // cost no allocation once it has grown.
  thread_local std::vector<Word> words;
  words.clear();
  for (std::uint32_t i = first; i < end && i < analysis.tokens.size(); ++i) {
    const text::Token& t = analysis.tokens[i].token;
    if (t.kind == text::TokenKind::kHashtag || t.kind == text::TokenKind::kMention) {
      // #كيم_جونغ_أون: the words between underscores; the written form is the hashtag as
      // it stands, sigil included.
      std::string_view n = analysis.norm(i);
      while (!n.empty()) {
        const std::size_t us = n.find('_');
        if (us != 0) words.push_back({n.substr(0, us), t.begin, t.end, true});
        if (us == std::string_view::npos) break;
        n = n.substr(us + 1);
      }
      continue;
    }
    if (!text::IsWordLike(t.kind) && t.kind != text::TokenKind::kNumber) continue;
    Word& w = words.emplace_back(Word{analysis.norm(i), t.begin, t.end});
    if (t.kind == text::TokenKind::kArabicWord) {
      // The analyzer keyed the word with the same keyer (resolver.h: the analyzer that
      // analysed the documents); a key stored apart from the norm is that key.
      const std::string_view key = analysis.key(i);
      if (key.data() != w.norm.data()) {
        w.key = key.data();
        w.key_size = static_cast<std::uint32_t>(key.size());
      }
    }
  }
  // Leading honorifics (السيد, الدكتور) are not part of the name, when a name remains.
  std::size_t skip = 0;
  while (skip + 1 < words.size() && lexicon_.IsHonorific(words[skip].norm)) ++skip;
  if (skip == words.size()) return out;

  const text::VariantKeyer& keyer = lexicon_.analyzer().keyer();
  const text::LightStemmer& stemmer = lexicon_.analyzer().stemmer();
  NameForm& form = out.form;
  // Sized once: growing them word by word cost an allocation per doubling, per mention.
  std::size_t norm_bytes = 0;
  for (std::size_t w = skip; w < words.size(); ++w) norm_bytes += words[w].norm.size() + 1;
  form.keys.reserve(words.size() - skip);
  form.spellings.reserve(norm_bytes);  // a code point per byte at most, and the word ends
  form.skeletons.reserve(norm_bytes);
  // The first word's prefixes are stripped once, for its spelling and its written form
  // below (a word with a sigil is stripped without it for the spelling).
  const Word& head = words[skip];
  const std::string_view first_norm = head.norm;
  const std::string_view stripped =
      stemmer.StripPrefixes(first_norm, /*article_possible=*/true, /*min_article_rest=*/3);
  std::size_t key_bytes = 0;
  for (std::size_t w = skip; w < words.size(); ++w) {
    std::string& k = form.keys.emplace_back();
    if (words[w].key != nullptr) {
      k.assign(words[w].key, words[w].key_size);
    } else {
      keyer.AppendKey(words[w].norm, &k);
    }
    key_bytes += k.size() + 1;
    if (w == skip && WithoutSigils(first_norm).size() == first_norm.size()) {
      AppendStrippedSpelling(stripped, &form);
    } else {
      AppendSpelling(stemmer, words[w].norm, &form);
    }
  }
  form.key.reserve(key_bytes);
  for (const std::string& k : form.keys) {
    if (!form.key.empty()) form.key += ' ';
    form.key += k;
  }

  // The written form: from the first kept word to the last, parentheses removed, without
  // the conjunction or preposition that the key ignores on the first word.
  // `stripped` ends `first_norm`: the letters peeled are those of the prefix before it
  // (counting the word twice cost more than the rest of this step).
  const std::size_t peeled = Letters(first_norm.substr(0, first_norm.size() - stripped.size()));
  std::size_t drop = 0;
  bool restore_article = false;
  if (peeled > 0 && !head.hashtag) {
    // The peeled prefix is و, or (و|ف|ب|ك)?ال, or (و|ف)?لل.
    const std::string_view prefix = first_norm.substr(0, first_norm.size() - stripped.size());
    const bool has_lam_lam = prefix.ends_with("\xd9\x84\xd9\x84");  // لل
    const bool has_article = prefix.ends_with("\xd8\xa7\xd9\x84");  // ال
    if (has_lam_lam) {
      drop = peeled;
      restore_article = true;
    } else if (has_article) {
      drop = peeled - 2;
    } else {
      drop = peeled;
    }
  }
  const std::uint32_t wbegin = head.begin;
  const std::uint32_t wend = words.back().end;
  // The text without the dropped letters goes through a per-thread buffer: only the
  // cleaned form is the mention's own.
  thread_local std::string written;
  DropLeadingLetters(text.substr(wbegin, wend - wbegin), drop, restore_article, &written);
  // Remove parentheses and collapse the spaces they leave.
  // Written through a pointer, byte by byte: the bytes of Arabic letters (all 0x80 and
  // above) are copied without a test each, and a string's append per byte cost more than
  // the rest of Build's own work.
  std::string& clean = form.written;
  clean.resize(written.size());
  char* const o = clean.data();
  std::size_t n = 0;
  for (const char c : written) {
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c == '(' || c == ')' || c == '[' || c == ']') continue;
      if (c == ' ' || c == '\n' || c == '\t') {
        if (n == 0 || o[n - 1] == ' ') continue;
        o[n++] = ' ';
        continue;
      }
    }
    o[n++] = c;
  }
  while (n > 0 && o[n - 1] == ' ') --n;
  clean.resize(n);
  form.first_stem = std::string(stripped);

  // The reading without a glued preposition (لبوتين → بوتين) when the first word, after the
  // conjunction the key already ignores, begins with ل ب ك (not followed by the article,
  // which StripPrefixes handles) and keeps three letters without it.
  const bool article_peeled = restore_article || (peeled > drop);
  // SplitProclitics' one-letter reading with a preposition is there exactly when the word
  // begins with ل ب ك: tested on the bytes first, as most names do not.
  if (!article_peeled && !head.hashtag && BeginsWithPreposition(stripped) && Letters(stripped) >= 4) {
    // Per-thread scratch: most mentions that get here have no second reading, and a
    // reading is only kept when its key differs.
    thread_local std::vector<CliticSplit> splits;
    thread_local std::string first_key;
    thread_local NameForm bare;
    SplitProclitics(stripped, 3, &splits);
    for (const CliticSplit& s : splits) {
      if (s.letters != 1 || s.preposition == 0) continue;
      // The keys joined differ exactly when the first word's keys differ.
      first_key.clear();
      keyer.AppendKey(s.stem, &first_key);
      if (first_key == form.keys.front()) break;
      NameForm alt = form;
      alt.keys.front() = first_key;
      {
        // The first word's spelling and skeleton replaced by the stem's.
        bare.spellings.clear();
        bare.skeletons.clear();
        AppendSpelling(stemmer, s.stem, &bare);
        alt.spellings.replace(0, alt.spellings.find(NameForm::kWordEnd) + 1, bare.spellings);
        alt.skeletons.replace(0, alt.skeletons.find(NameForm::kWordEnd) + 1, bare.skeletons);
      }
      alt.key.clear();
      for (const std::string& k : alt.keys) {
        if (!alt.key.empty()) alt.key += ' ';
        alt.key += k;
      }
      DropLeadingLetters(form.written, 1, false, &alt.written);
      alt.first_stem = std::string(s.stem);
      out.without_preposition = std::move(alt);
      break;
    }
  }
  return out;
}

NameForm NameFormBuilder::FromWritten(std::string_view written) const {
  text::TextAnalysis a;
  lexicon_.analyzer().Analyze(written, &a);
  MentionName m = Build(written, a, 0, static_cast<std::uint32_t>(a.tokens.size()));
  return std::move(m.form);
}

}  // namespace marsad::entities
