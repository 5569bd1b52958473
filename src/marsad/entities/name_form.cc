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
constexpr char32_t LetterClass(char32_t c) {
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

// A letter as the spelling reads it: hamza seats and teh marbuta as their letters; kDropped
// for what it skips (hamza, tatweel, '-' and '_').
constexpr char32_t kDropped = 0xFFFFFFFF;
constexpr char32_t SpelledAs(char32_t c) {
  switch (c) {
    case text::ar::kAlefHamzaAbove:
    case text::ar::kAlefHamzaBelow:
    case text::ar::kAlefMadda:
    case text::ar::kAlefWasla:
      return text::ar::kAlef;
    case text::ar::kWawHamzaAbove:
      return text::ar::kWaw;
    case text::ar::kYehHamzaAbove:
    case text::ar::kAlefMaksura:
      return text::ar::kYeh;
    case text::ar::kTehMarbuta:
      return text::ar::kHeh;
    case text::ar::kHamza:
    case text::ar::kTatweel:
    case U'-':
    case U'_':
      return kDropped;
    default:
      return c;
  }
}

// SpelledAs and its LetterClass at once, for U+0600-U+06FF (two UTF-8 bytes, D8-DB and a
// continuation byte), by the lead byte's two low bits and the continuation's six: decoding,
// the mapping and the class of an Arabic letter were most of AppendSpelling's instructions.
struct SpelledLetter {
  char32_t letter;  // SpelledAs
  char32_t cls;     // LetterClass(letter)
};
constexpr std::array<SpelledLetter, 256> MakeArabicSpelling() {
  std::array<SpelledLetter, 256> t{};
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char32_t letter = SpelledAs(static_cast<char32_t>(0x600 + i));
    t[i] = {letter, letter == kDropped ? kDropped : LetterClass(letter)};
  }
  return t;
}
constexpr std::array<SpelledLetter, 256> kArabicSpelling = MakeArabicSpelling();

// The word's letters by class (spellings) and the same without the vowel letters ا و ي
// (skeletons), each closed by NameForm::kWordEnd. One pass writes both: a second pass over
// the spelling for its skeleton cost a read and a test per letter.
// `w`: the word without its sigils and the prefixes StripPrefixes strips.
void AppendStrippedSpelling(std::string_view w, NameForm* form) {
  std::u32string& out = form->spellings;
  std::u32string& skel = form->skeletons;
  const std::size_t start = out.size();  // the word's letters are out[start...]
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  const auto* end = p + w.size();
  // The tests below read letters as spelled, before their class: the last one kept.
  char32_t last = kDropped;
  while (p < end) {
    SpelledLetter s;
    if (p[0] >= 0xD8 && p[0] <= 0xDB && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
      s = kArabicSpelling[static_cast<std::size_t>((p[0] & 3U) << 6 | (p[1] & 0x3FU))];
      p += 2;
    } else {
      int len;
      const char32_t letter = SpelledAs(text::DecodeUtf8(p, end, &len));
      p += len;
      s = {letter, letter == kDropped ? kDropped : LetterClass(letter)};
    }
    if (s.letter == kDropped) continue;
    // تش (ch) is ش, تس / تز (ts, tz) are س / ز, as in the key (each its own class). ت is
    // no vowel letter: it ends the skeleton too.
    if (last == text::ar::kTeh &&
        (s.letter == text::ar::kSheen || s.letter == text::ar::kSeen || s.letter == text::ar::kZain)) {
      out.back() = s.cls;
      skel.back() = s.cls;
      last = s.letter;
      continue;
    }
    if (last == s.letter) continue;  // a letter written twice
    out.push_back(s.cls);
    if (!IsVowelLetter(s.cls)) skel.push_back(s.cls);
    last = s.letter;
  }
  // Final vowel letters vary (أستانا / أستانة, سوريا / سورية), as in the key. Of those
  // dropped only ه is in the skeleton, and it is the skeleton's last letter then (what
  // follows it in the spelling, ا or ي, is not in the skeleton).
  while (out.size() - start > 3) {
    const char32_t c = out.back();
    if (c == text::ar::kHeh) {
      skel.pop_back();
    } else if (c != text::ar::kAlef && c != text::ar::kYeh) {
      break;
    }
    out.pop_back();
  }
  out.push_back(NameForm::kWordEnd);
  skel.push_back(NameForm::kWordEnd);
}

// Whether `a` and `b` are at most one edit (substitution, insertion or deletion) apart,
// in one pass.
bool WithinOneEdit(std::u32string_view a, std::u32string_view b) {
  if (a.size() < b.size()) std::swap(a, b);  // a is the longer
  if (a.size() - b.size() > 1) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i == b.size()) return true;  // equal, or one letter more at the end
  // The first difference: a substitution (same sizes) or a letter of a skipped.
  return a.size() == b.size() ? a.substr(i + 1) == b.substr(i + 1) : a.substr(i + 1) == b.substr(i);
}

// The words of a form's spellings or skeletons (NameForm::kWordEnd after each), in order.
// A plain scan: the view's find and substr cost most of a check's instructions.
class WordCursor {
 public:
  explicit WordCursor(std::u32string_view s)
      : p_(s.data()), end_(s.data() + s.size()), closed_(!s.empty() && s.back() == NameForm::kWordEnd) {}
  std::u32string_view Next() {
    const char32_t* e = p_;
    if (closed_ && e < end_) {
      while (*e != NameForm::kWordEnd) ++e;  // the last letter is one: no bound per letter
    } else {
      while (e < end_ && *e != NameForm::kWordEnd) ++e;
    }
    const std::u32string_view w(p_, static_cast<std::size_t>(e - p_));
    p_ = e < end_ ? e + 1 : end_;
    return w;
  }

 private:
  const char32_t* p_;
  const char32_t* end_;
  bool closed_;  // the string ends with kWordEnd, as a built form's do
};

// WithinOneEdit, except that a word of 64 letters or more (no name's) agrees only when
// equal, as it did when an edit table of 64 columns decided.
bool AtMostOneEdit(std::u32string_view a, std::u32string_view b) {
  return b.size() < 64 ? WithinOneEdit(a, b) : a == b;
}

// Whether two words (their spellings and skeletons) are written alike.
bool WordsAgree(std::u32string_view spelling_a, std::u32string_view skeleton_a, std::u32string_view spelling_b,
                std::u32string_view skeleton_b) {
  const std::size_t shortest = std::min(skeleton_a.size(), skeleton_b.size());
  if (shortest < 3) return spelling_a == spelling_b;
  return shortest >= 4 ? AtMostOneEdit(skeleton_a, skeleton_b) : skeleton_a == skeleton_b;
}

// `norm` without the sigils (#, @) AppendSpelling drops first.
std::string_view WithoutSigils(std::string_view norm) {
  while (!norm.empty() && (norm.front() == '#' || norm.front() == '@')) norm.remove_prefix(1);
  return norm;
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
  // The same spellings (the skeletons follow from them) agree in every branch below; most
  // checks that pass the signatures are such a name met again.
  if (n == m && a.spellings == b.spellings) return true;
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
      if (x == y) continue;
      // Two edits in a word are too many in all, so a word is equal or one edit apart; a
      // whole word differing (one letter against another or none) is no match.
      if (!AtMostOneEdit(x, y) || std::max(x.size(), y.size()) <= 1) return false;
      if (++edits > 1) return false;
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

WordPrint WordPrintOf(std::u32string_view spelling, std::u32string_view skeleton) {
  const std::size_t size = skeleton.size();
  std::uint32_t bits = 0;
  if (size >= 4) {
    for (const char32_t c : skeleton) bits |= 1U << (c % 12U);
  } else {
    // FNV-1a of the letters WordsAgree compares at this size.
    std::uint32_t h = 2166136261U;
    for (const char32_t c : size < 3 ? spelling : skeleton) h = (h ^ static_cast<std::uint32_t>(c)) * 16777619U;
    bits = (h ^ h >> 12 ^ h >> 24) & 0xfffU;
  }
  return static_cast<WordPrint>(bits << 4 | std::min<std::size_t>(size, 15));
}

void WordPrints(const SpelledName& name, std::span<WordPrint> out) {
  WordCursor spellings(name.spellings), skeletons(name.skeletons);
  for (WordPrint& p : out) p = WordPrintOf(spellings.Next(), skeletons.Next());
}

NameFormBuilder::NameFormBuilder(const EntityLexicon& lexicon) : lexicon_(lexicon) {}

MentionName NameFormBuilder::Build(std::string_view text, const text::TextAnalysis& analysis,
                                   std::uint32_t first, std::uint32_t end) const {
  MentionName out;
  Build(text, analysis, first, end, &out.form, &out.without_preposition);
  return out;
}

void NameFormBuilder::Build(std::string_view text, const text::TextAnalysis& analysis, std::uint32_t first,
                            std::uint32_t end, NameForm* built, std::optional<NameForm>* without_preposition) const {
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
  if (skip == words.size()) return;

  const text::VariantKeyer& keyer = lexicon_.analyzer().keyer();
  const text::LightStemmer& stemmer = lexicon_.analyzer().stemmer();
  NameForm& form = *built;
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
      NameForm& alt = without_preposition->emplace(form);
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
      break;
    }
  }
}

NameForm NameFormBuilder::FromWritten(std::string_view written) const {
  text::TextAnalysis a;
  lexicon_.analyzer().Analyze(written, &a);
  MentionName m = Build(written, a, 0, static_cast<std::uint32_t>(a.tokens.size()));
  return std::move(m.form);
}

}  // namespace marsad::entities
