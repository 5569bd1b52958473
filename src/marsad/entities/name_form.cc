// NameForm building; see name_form.h.
#include "marsad/entities/name_form.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "marsad/entities/word_shape.h"
#include "marsad/text/arabic_letters.h"
#include "marsad/text/utf8.h"

namespace marsad::entities {
namespace {

// A word of a name: its normalized form and where it is written.
struct Word {
  std::string norm;
  std::uint32_t begin = 0;  // bytes of the token (or hashtag) in the text
  std::uint32_t end = 0;
  bool hashtag = false;
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

bool IsVowelLetter(char32_t c) {
  return c == text::ar::kAlef || c == text::ar::kWaw || c == text::ar::kYeh;
}

// The word's letters by class, before AppendSpelling drops the vowel letters.
std::u32string WordSpelling(const text::LightStemmer& stemmer, std::string_view norm) {
  while (!norm.empty() && (norm.front() == '#' || norm.front() == '@')) norm.remove_prefix(1);
  const std::string_view w = stemmer.StripPrefixes(norm, /*article_possible=*/true, /*min_article_rest=*/3);
  std::u32string out;
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
    if (!out.empty() && out.back() == text::ar::kTeh &&
        (c == text::ar::kSheen || c == text::ar::kSeen || c == text::ar::kZain)) {
      out.back() = c;
      continue;
    }
    if (!out.empty() && out.back() == c) continue;  // a letter written twice
    out.push_back(c);
  }
  for (char32_t& c : out) c = LetterClass(c);
  // Final vowel letters vary (أستانا / أستانة, سوريا / سورية), as in the key.
  while (out.size() > 3 && (out.back() == text::ar::kAlef || out.back() == text::ar::kHeh ||
                            out.back() == text::ar::kYeh)) {
    out.pop_back();
  }
  return out;
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
bool WordsAgree(const NameForm& a, std::size_t i, const NameForm& b, std::size_t j) {
  const std::u32string& ca = a.skeletons[i];
  const std::u32string& cb = b.skeletons[j];
  const std::size_t shortest = std::min(ca.size(), cb.size());
  if (shortest < 3) return a.spellings[i] == b.spellings[j];
  return EditDistance(ca, cb, 1) <= (shortest >= 4 ? 1 : 0);
}

}  // namespace

void AppendSpelling(const text::LightStemmer& stemmer, std::string_view norm, NameForm* form) {
  std::u32string spelling = WordSpelling(stemmer, norm);
  std::u32string skeleton;
  for (char32_t c : spelling) {
    if (!IsVowelLetter(c)) skeleton.push_back(c);
  }
  form->spellings.push_back(std::move(spelling));
  form->skeletons.push_back(std::move(skeleton));
}

bool SpellingsAgree(const NameForm& a, const NameForm& b) {
  const std::size_t n = a.spellings.size(), m = b.spellings.size();
  if (n != a.keys.size() || m != b.keys.size() || a.skeletons.size() != n || b.skeletons.size() != m) {
    return true;  // a form built without spellings: nothing to check
  }
  if (n == 0 || m == 0) return true;
  if (n == 1 && m == 1) return WordsAgree(a, 0, b, 0);
  if (n == m) {
    std::size_t letters = 0, edits = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::u32string& x = a.skeletons[i];
      const std::u32string& y = b.skeletons[i];
      letters += std::min(x.size(), y.size());
      const std::size_t d = EditDistance(x, y, 2);
      if (d > 0 && d >= std::max(x.size(), y.size())) return false;  // a whole word differs
      edits += d;
      if (edits > 1) return false;
    }
    return edits <= (letters >= 4 ? 1 : 0);
  }
  const bool a_shorter = n < m;
  const NameForm& shorter = a_shorter ? a : b;
  const NameForm& longer = a_shorter ? b : a;
  std::size_t j = 0;
  for (std::size_t i = 0; i < shorter.spellings.size(); ++i) {
    while (j < longer.spellings.size() && !WordsAgree(shorter, i, longer, j)) ++j;
    if (j == longer.spellings.size()) return false;
    ++j;
  }
  return true;
}

NameFormBuilder::NameFormBuilder(const EntityLexicon& lexicon) : lexicon_(lexicon) {}

MentionName NameFormBuilder::Build(std::string_view text, const text::TextAnalysis& analysis,
                                   std::uint32_t first, std::uint32_t end) const {
  MentionName out;
  std::vector<Word> words;
  for (std::uint32_t i = first; i < end && i < analysis.tokens.size(); ++i) {
    const text::Token& t = analysis.tokens[i].token;
    if (t.kind == text::TokenKind::kHashtag || t.kind == text::TokenKind::kMention) {
      // #كيم_جونغ_أون: the words between underscores; the written form is the hashtag as
      // it stands, sigil included.
      std::string_view n = analysis.norm(i);
      while (!n.empty()) {
        const std::size_t us = n.find('_');
        if (us != 0) words.push_back({std::string(n.substr(0, us)), t.begin, t.end, true});
        if (us == std::string_view::npos) break;
        n = n.substr(us + 1);
      }
      continue;
    }
    if (!text::IsWordLike(t.kind) && t.kind != text::TokenKind::kNumber) continue;
    words.push_back({std::string(analysis.norm(i)), t.begin, t.end});
  }
  // Leading honorifics (السيد, الدكتور) are not part of the name, when a name remains.
  std::size_t skip = 0;
  while (skip + 1 < words.size() && lexicon_.IsHonorific(words[skip].norm)) ++skip;
  if (skip == words.size()) return out;

  const text::VariantKeyer& keyer = lexicon_.analyzer().keyer();
  const text::LightStemmer& stemmer = lexicon_.analyzer().stemmer();
  NameForm& form = out.form;
  for (std::size_t w = skip; w < words.size(); ++w) {
    std::string k;
    keyer.AppendKey(words[w].norm, &k);
    form.keys.push_back(std::move(k));
    AppendSpelling(stemmer, words[w].norm, &form);
  }
  for (const std::string& k : form.keys) {
    if (!form.key.empty()) form.key += ' ';
    form.key += k;
  }

  // The written form: from the first kept word to the last, parentheses removed, without
  // the conjunction or preposition that the key ignores on the first word.
  const Word& head = words[skip];
  const std::string_view first_norm = head.norm;
  const std::string_view stripped =
      stemmer.StripPrefixes(first_norm, /*article_possible=*/true, /*min_article_rest=*/3);
  const std::size_t peeled = Letters(first_norm) - Letters(stripped);
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
  std::string written = DropLeadingLetters(text.substr(wbegin, wend - wbegin), drop, restore_article);
  // Remove parentheses and collapse the spaces they leave.
  std::string clean;
  clean.reserve(written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    const char c = written[i];
    if (c == '(' || c == ')' || c == '[' || c == ']') continue;
    if ((c == ' ' || c == '\n' || c == '\t') && (clean.empty() || clean.back() == ' ')) continue;
    clean += (c == '\n' || c == '\t') ? ' ' : c;
  }
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  form.written = std::move(clean);
  form.first_stem = std::string(stripped);

  // The reading without a glued preposition (لبوتين → بوتين) when the first word, after the
  // conjunction the key already ignores, begins with ل ب ك (not followed by the article,
  // which StripPrefixes handles) and keeps three letters without it.
  const bool article_peeled = restore_article || (peeled > drop);
  if (!article_peeled && !head.hashtag && Letters(stripped) >= 4) {
    std::vector<CliticSplit> splits;
    SplitProclitics(stripped, 3, &splits);
    for (const CliticSplit& s : splits) {
      if (s.letters != 1 || s.preposition == 0) continue;
      NameForm alt = form;
      alt.keys.front().clear();
      keyer.AppendKey(s.stem, &alt.keys.front());
      {
        NameForm bare;
        AppendSpelling(stemmer, s.stem, &bare);
        alt.spellings.front() = std::move(bare.spellings.front());
        alt.skeletons.front() = std::move(bare.skeletons.front());
      }
      alt.key.clear();
      for (const std::string& k : alt.keys) {
        if (!alt.key.empty()) alt.key += ' ';
        alt.key += k;
      }
      alt.written = DropLeadingLetters(form.written, 1, false);
      alt.first_stem = std::string(s.stem);
      if (alt.key != form.key) out.without_preposition = std::move(alt);
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
