// Role phrase finding; see title_finder.h.
#include "marsad/entities/title_finder.h"

#include <optional>

#include "marsad/entities/word_shape.h"
#include "marsad/text/light_stemmer.h"

namespace marsad::entities {
namespace {

// Prepositions that link a complement to a role (normalized): إلى, في, لدى, باسم, عن.
constexpr std::string_view kPrepositions[] = {"\xd8\xa7\xd9\x84\xd9\x8a", "\xd9\x81\xd9\x8a",
                                              "\xd9\x84\xd8\xaf\xd9\x8a",
                                              "\xd8\xa8\xd8\xa7\xd8\xb3\xd9\x85",
                                              "\xd8\xb9\xd9\x86"};
constexpr std::string_view kBismi = "\xd8\xa8\xd8\xa7\xd8\xb3\xd9\x85";  // باسم

bool IsPreposition(std::string_view norm) {
  for (std::string_view p : kPrepositions) {
    if (norm == p) return true;
  }
  return false;
}

bool IsQuoteMark(std::string_view tok) {
  return tok == "\"" || tok == "\xc2\xab" || tok == "\xc2\xbb" || tok == "\xe2\x80\x9c" ||
         tok == "\xe2\x80\x9d" || tok == "'";
}

// What the last consumed part of a phrase was.
enum class Part { kHead, kNoun, kAdjective, kName, kPreposition };

constexpr std::string_view kArticle = "\xd8\xa7\xd9\x84";  // ال
constexpr std::string_view kTehMarbuta = "\xd8\xa9";         // ة

// A possessive reading with ه is wrong when the word was written with ة (مؤسسة).
bool TehMarbutaNotPronoun(const TitleWord& w, std::string_view original) {
  return w.possessive && w.suffix_heh && original.ends_with(kTehMarbuta);
}

// A relational adjective with the article and nothing else before it (الروسي): its stem.
std::string_view NisbaStem(std::string_view norm) {
  if (!norm.starts_with(kArticle)) return {};
  const std::string_view stem = norm.substr(kArticle.size());
  return IsNisbaStem(stem) ? stem : std::string_view();
}

}  // namespace

TitleFinder::TitleFinder(const EntityLexicon& lexicon) : lexicon_(lexicon) {}

void TitleFinder::NameMentionAt(const doc::AnalyzedDoc& doc, std::vector<int>* out) {
  std::vector<int>& mention_at = *out;
  mention_at.assign(doc.analysis.tokens.size(), -1);
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const doc::Mention& mm = doc.mentions[m];
    if (mm.kind != doc::MentionKind::kName) continue;
    for (std::uint32_t t = mm.first_token; t < mm.end_token && t < mention_at.size(); ++t) {
      mention_at[t] = static_cast<int>(m);
    }
  }
}

TitleScan TitleFinder::Find(const doc::AnalyzedDoc& doc) const {
  TitleScan scan;
  scan.titles = FindTitles(doc);
  scan.introductions = FindIntroductions(doc);
  return scan;
}

std::vector<TitleMatch> TitleFinder::FindTitles(const doc::AnalyzedDoc& doc) const {
  std::vector<TitleMatch> titles;
  const text::TextAnalysis& a = doc.analysis;
  thread_local std::vector<int> mention_at;
  NameMentionAt(doc, &mention_at);
  const std::size_t n = a.tokens.size();
  // With the lexicon's tags (the ingest's analyzer) a word that is no role word is passed by
  // its token alone. Without them every word's normalized bytes are read (the filter's hash)
  // from the analysis cache's arena, where they lie far apart and mostly outside the CPU
  // caches by now (the name tagger ran in between): asking for a word's bytes some words
  // ahead overlaps those misses instead of waiting for each in turn. A prefetch changes no
  // result.
  const bool tagged = lexicon_.Tagged(a);
  // A title that begins at token i, when there is one; returns the last token read (i, or
  // the title's last).
  auto title_at = [&](std::size_t i) -> std::size_t {
    if (mention_at[i] >= 0 || a.tokens[i].token.kind != text::TokenKind::kArabicWord) return i;
    const TitleWord* head = lexicon_.TitleWordOf(a.norm(i));
    if (head == nullptr || !head->head) return i;
    std::optional<TitleMatch> t = ParseAt(doc, static_cast<std::uint32_t>(i), mention_at, head);
    if (!t) return i;
    const std::size_t last = t->end_token - 1;
    titles.push_back(std::move(*t));
    return last;
  };
  if (tagged) {
    // A loop of its own: it reads one byte of most tokens (the tag), and testing `tagged`
    // per token cost as much again.
    for (std::size_t i = 0; i < n; ++i) {
      if ((a.tokens[i].token.tag & EntityLexicon::kTitleWordTag) != 0) i = title_at(i);
    }
    return titles;
  }
  constexpr std::size_t kAhead = 8;
  for (std::size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      const std::string_view ahead = a.norm(i + kAhead);
      __builtin_prefetch(ahead.data());
      if (!ahead.empty()) __builtin_prefetch(ahead.data() + ahead.size() - 1);
    }
    i = title_at(i);
  }
  return titles;
}

TitleScan TitleFinder::Describe(const doc::AnalyzedDoc& doc) const {
  TitleScan scan;
  std::vector<int> mention_at;
  NameMentionAt(doc, &mention_at);
  for (const doc::Mention& m : doc.mentions) {
    if (m.kind != doc::MentionKind::kTitle) continue;
    std::optional<TitleMatch> t = ParseAt(doc, m.first_token, mention_at);
    if (!t || t->end_token != m.end_token) {
      // Not the phrase this lexicon reads there (a title found by another version, or set
      // by hand): its words without clitics.
      TitleMatch f;
      f.first_token = m.first_token;
      f.end_token = m.end_token;
      f.type = m.type;
      f.written = std::string(m.span.In(doc.document.text));
      f.key = KeyOf(f.written);
      f.head = f.key.substr(0, f.key.find(' '));
      t = std::move(f);
    }
    t->span = m.span;
    scan.titles.push_back(std::move(*t));
  }
  scan.introductions = FindIntroductions(doc);
  return scan;
}

std::vector<OrgIntroduction> TitleFinder::FindIntroductions(const doc::AnalyzedDoc& doc) const {
  std::vector<OrgIntroduction> out;
  const text::TextAnalysis& a = doc.analysis;
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const doc::Mention& mm = doc.mentions[m];
    if (mm.kind != doc::MentionKind::kName || mm.type != doc::EntityType::kOrganization) continue;
    std::uint32_t t = mm.first_token;
    if (t > 0 && a.tokens[t - 1].token.kind == text::TokenKind::kPunctuation &&
        IsQuoteMark(a.tokens[t - 1].token.In(doc.document.text))) {
      --t;  // شركة "فيسبوك"
    }
    if (t == 0) continue;
    const TitleWord* w = lexicon_.TitleWordAt(a, t - 1);
    if (w == nullptr || w->conjunction) continue;
    if (w->head == doc::EntityType::kOrganization ||
        (w->modifier == ModifierKind::kNoun && lexicon_.IsOrgGenericHead(w->stem))) {
      out.push_back({static_cast<std::uint32_t>(m), w->stem});
    }
  }
  return out;
}

std::optional<TitleMatch> TitleFinder::ParseAt(const doc::AnalyzedDoc& doc, std::uint32_t i,
                                               const std::vector<int>& mention_at, const TitleWord* head) const {
  const text::TextAnalysis& a = doc.analysis;
  const std::string_view text = doc.document.text;
  const std::size_t n = a.tokens.size();
  if (i >= n || a.tokens[i].token.kind != text::TokenKind::kArabicWord) return std::nullopt;
  auto strip_key_word = [&](std::string_view norm) {
    return lexicon_.analyzer().stemmer().StripPrefixes(norm, true, 2);
  };
  if (head == nullptr) head = lexicon_.TitleWordAt(a, i);
  if (head == nullptr || !head->head) return std::nullopt;
  if (TehMarbutaNotPronoun(*head, a.tokens[i].token.In(text))) return std::nullopt;
  // أل of أليكسي is no article.
  if (head->article && head->letters == 2 && text::StartsWithHamzatedAlefLam(a.tokens[i].token.In(text))) {
    return std::nullopt;
  }
  const doc::EntityType head_type = *head->head;
  bool definite = head->article || head->possessive;
  // The key is built in a per-thread buffer and copied once into a match: a head that
  // makes no title costs no allocation, one that does no regrowth.
  thread_local std::string key;
  key = head->stem;
  std::size_t last_end = i + 1;
  bool specific = false;
  Part prev = Part::kHead;
  bool first_complement = true;
  bool introduces_org = false;
  std::size_t j = i + 1;
  auto consume = [&](std::size_t end, std::string_view word, Part part) {
    if (!word.empty()) {
      key += ' ';
      key += word;
    }
    j = end;
    last_end = end;
    prev = part;
    first_complement = false;
  };
  while (j < n) {
    const text::Token& tok = a.tokens[j].token;
    const int m = mention_at[j];
    if (m >= 0) {
      const doc::Mention& mm = doc.mentions[static_cast<std::size_t>(m)];
      if (mm.first_token != j) break;
      if (mm.type == doc::EntityType::kPerson &&
          !(prev == Part::kPreposition && a.norm(j - 1) == kBismi)) {
        break;  // apposition: the person the role is about
      }
      // شركة فيسبوك introduces the organisation (FindIntroductions); it is no title.
      if (mm.type == doc::EntityType::kOrganization && first_complement &&
          head_type == doc::EntityType::kOrganization) {
        introduces_org = true;
      }
      for (std::uint32_t t = mm.first_token; t < mm.end_token && t < n; ++t) {
        key += ' ';
        key += strip_key_word(a.norm(t));
      }
      definite = true;
      specific = true;
      consume(mm.end_token, {}, Part::kName);
      continue;
    }
    const std::string_view tok_text = tok.In(text);
    if (tok.kind == text::TokenKind::kPunctuation) {
      // A quoted name after an institution noun: شركة "فيسبوك".
      if (IsQuoteMark(tok_text) && (prev == Part::kNoun || prev == Part::kHead)) {
        std::size_t k = j + 1;
        while (k < n && k <= j + 5 && text::IsWordLike(a.tokens[k].token.kind) &&
               (mention_at[k] < 0 ||
                doc.mentions[static_cast<std::size_t>(mention_at[k])].type != doc::EntityType::kPerson)) {
          ++k;
        }
        if (k < n && k > j + 1 && a.tokens[k].token.kind == text::TokenKind::kPunctuation &&
            IsQuoteMark(a.tokens[k].token.In(text))) {
          for (std::size_t t = j + 1; t < k; ++t) {
            key += ' ';
            key += strip_key_word(a.norm(t));
          }
          definite = true;
          specific = true;
          consume(k + 1, {}, Part::kName);
          continue;
        }
      }
      break;
    }
    if (tok.kind == text::TokenKind::kHashtag || tok.kind == text::TokenKind::kWord) {
      // #فيسبوك after a noun or preposition; a Latin name after a noun (شركة Vue).
      const bool ok = tok.kind == text::TokenKind::kHashtag
                          ? (prev == Part::kNoun || prev == Part::kHead ||
                             prev == Part::kPreposition)
                          : (prev == Part::kNoun || prev == Part::kName);
      if (!ok) break;
      definite = true;
      specific = true;
      consume(j + 1, a.norm(j), Part::kName);
      continue;
    }
    if (tok.kind != text::TokenKind::kArabicWord) break;
    const std::string_view norm = a.norm(j);
    if (IsPreposition(norm)) {
      if (prev == Part::kPreposition) break;
      prev = Part::kPreposition;
      key += ' ';
      key += norm;
      ++j;
      continue;
    }
    const TitleWord* w = lexicon_.TitleWordAt(a, j);
    if (w != nullptr && w->conjunction) {
      // و + the head kind with a pronoun: مؤسس شركة فيسبوك ورئيسها التنفيذي.
      if (w->possessive && w->preposition == 0 && w->head == head_type && prev != Part::kPreposition &&
          !TehMarbutaNotPronoun(*w, tok_text)) {
        consume(j + 1, w->stem, Part::kHead);
        continue;
      }
      break;
    }
    if (w != nullptr && w->head) {
      definite = definite || w->article;
      consume(j + 1, w->stem, Part::kHead);
      continue;
    }
    if (w != nullptr && w->modifier == ModifierKind::kNoun) {
      definite = definite || w->article;
      consume(j + 1, w->stem, Part::kNoun);
      continue;
    }
    if (prev == Part::kPreposition) break;
    if (w != nullptr && w->modifier == ModifierKind::kAdjective && w->preposition == 0 &&
        (w->article || !definite)) {
      consume(j + 1, w->stem, Part::kAdjective);
      continue;
    }
    if (w != nullptr && w->modifier == ModifierKind::kVague && w->preposition == 0 && w->article &&
        !w->conjunction) {
      consume(j + 1, w->stem, Part::kAdjective);
      continue;
    }
    if (const std::string_view nisba = NisbaStem(norm); !nisba.empty()) {
      specific = true;
      consume(j + 1, nisba, Part::kAdjective);
      continue;
    }
    break;
  }
  if (introduces_org || !definite) return std::nullopt;
  // Drop the words of a trailing preposition that found no complement.
  if (prev == Part::kPreposition) {
    const std::size_t sp = key.find_last_of(' ');
    if (sp != std::string::npos) key.resize(sp);
  }
  TitleMatch t;
  t.first_token = static_cast<std::uint32_t>(i);
  t.end_token = static_cast<std::uint32_t>(last_end);
  t.span = {a.tokens[i].token.begin, a.tokens[last_end - 1].token.end};
  t.type = head_type;
  t.bare = last_end == i + 1 && !head->possessive;
  t.possessive = head->possessive;
  t.specific = specific;
  t.head = head->stem;
  t.key = key;
  const bool lam_article = head->preposition == 'l' && head->article;
  const std::size_t drop =
      (head->conjunction ? 1 : 0) + (lam_article ? 2 : (head->preposition != 0 ? 1 : 0));
  t.written = DropLeadingLetters(t.span.In(text), drop, lam_article);
  return t;
}

std::string TitleFinder::KeyOf(std::string_view written) const {
  doc::AnalyzedDoc d;
  d.document.text = std::string(written);
  lexicon_.analyzer().Analyze(d.document.text, &d.analysis);
  TitleScan scan = Find(d);
  if (!scan.titles.empty() && scan.titles.front().first_token == 0) {
    return std::move(scan.titles.front().key);
  }
  // Not a phrase the finder reads (a title stored by an older lexicon): its words without
  // clitics.
  std::string key;
  for (std::size_t i = 0; i < d.analysis.tokens.size(); ++i) {
    if (!text::IsWordLike(d.analysis.tokens[i].token.kind)) continue;
    if (!key.empty()) key += ' ';
    key += lexicon_.analyzer().stemmer().StripPrefixes(d.analysis.norm(i), true, 2);
  }
  return key;
}

}  // namespace marsad::entities
