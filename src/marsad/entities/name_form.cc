// NameForm building; see name_form.h.
#include "marsad/entities/name_form.h"

#include "marsad/entities/word_shape.h"

namespace marsad::entities {
namespace {

// A word of a name: its normalized form and where it is written.
struct Word {
  std::string norm;
  std::uint32_t begin = 0;  // bytes of the token (or hashtag) in the text
  std::uint32_t end = 0;
  bool hashtag = false;
};

}  // namespace

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
