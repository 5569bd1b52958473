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
// Pronoun suffixes of a coordinated head: ورئيسها, ورئيسه.
constexpr std::string_view kPronounHa = "\xd9\x87\xd8\xa7";  // ها
constexpr std::string_view kPronounHu = "\xd9\x87";          // ه

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

struct HeadHit {
  doc::EntityType type;
  CliticSplit split;
  bool possessive = false;  // with a pronoun suffix: رئيسها
};

}  // namespace

TitleFinder::TitleFinder(const Lexicon& lexicon) : lexicon_(lexicon) {}

TitleScan TitleFinder::Find(const doc::AnalyzedDoc& doc) const {
  TitleScan scan;
  const text::TextAnalysis& a = doc.analysis;
  const std::string_view text = doc.document.text;
  const std::size_t n = a.tokens.size();
  // The name mention starting at / covering each token.
  std::vector<int> mention_at(n, -1);
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const doc::Mention& mm = doc.mentions[m];
    if (mm.kind != doc::MentionKind::kName) continue;
    for (std::uint32_t t = mm.first_token; t < mm.end_token && t < n; ++t) {
      mention_at[t] = static_cast<int>(m);
    }
  }
  std::vector<CliticSplit> splits;
  // A head, or a head with a possessive pronoun (رئيسها, its head: definite).
  auto match_head = [&](std::size_t i) -> std::optional<HeadHit> {
    const bool article_possible = !text::StartsWithHamzatedAlefLam(a.tokens[i].token.In(text));
    SplitProclitics(a.norm(i), 2, &splits, article_possible);
    for (const CliticSplit& s : splits) {
      if (auto t = lexicon_.HeadType(s.stem)) return HeadHit{*t, s, false};
    }
    for (const CliticSplit& s : splits) {
      if (s.article) continue;
      for (std::string_view suffix : {kPronounHa, kPronounHu}) {
        if (!s.stem.ends_with(suffix) || Letters(s.stem) < 2 + Letters(suffix)) continue;
        const std::string_view bare = s.stem.substr(0, s.stem.size() - suffix.size());
        if (auto t = lexicon_.HeadType(bare)) {
          CliticSplit b = s;
          b.stem = bare;
          return HeadHit{*t, b, true};
        }
      }
    }
    return std::nullopt;
  };
  auto strip_key_word = [&](std::string_view norm) {
    return lexicon_.analyzer().stemmer().StripPrefixes(norm, true, 2);
  };

  for (std::size_t i = 0; i < n; ++i) {
    if (mention_at[i] >= 0 || a.tokens[i].token.kind != text::TokenKind::kArabicWord) continue;
    if (!lexicon_.MayBeHead(a.norm(i))) continue;
    const std::optional<HeadHit> head = match_head(i);
    if (!head) continue;
    bool definite = head->split.article || head->possessive;
    std::string key(head->split.stem);
    const std::string head_stem(head->split.stem);
    std::size_t last_end = i + 1;
    Part prev = Part::kHead;
    bool first_complement = true;
    bool introduces_org = false;
    std::string org_noun;  // the last institution noun that can introduce an organisation
    int introduced_mention = -1;
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
        if (mm.type == doc::EntityType::kOrganization) {
          if (first_complement && head->type == doc::EntityType::kOrganization) {
            introduces_org = true;
            introduced_mention = m;
          } else if (!org_noun.empty() && (prev == Part::kNoun || prev == Part::kHead)) {
            // مؤسس شركة فيسبوك: the title's شركة introduces فيسبوك too.
            scan.introductions.push_back({static_cast<std::uint32_t>(m), org_noun});
          }
        }
        for (std::uint32_t t = mm.first_token; t < mm.end_token && t < n; ++t) {
          key += ' ';
          key += strip_key_word(a.norm(t));
        }
        definite = true;
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
      SplitProclitics(norm, 2, &splits, !text::StartsWithHamzatedAlefLam(tok_text));
      bool matched = false;
      for (const CliticSplit& s : splits) {
        if (s.conjunction) {
          // و + the head kind with a pronoun: مؤسس شركة فيسبوك ورئيسها التنفيذي.
          if (s.preposition != 0 || s.article || prev == Part::kPreposition) continue;
          std::string_view bare = s.stem;
          if (bare.ends_with(kPronounHa)) {
            bare.remove_suffix(kPronounHa.size());
          } else if (bare.ends_with(kPronounHu)) {
            bare.remove_suffix(kPronounHu.size());
          } else {
            continue;
          }
          if (lexicon_.HeadType(bare) == head->type) {
            consume(j + 1, bare, Part::kHead);
            matched = true;
            break;
          }
          continue;
        }
        if (const auto t = lexicon_.HeadType(s.stem)) {
          definite = definite || s.article;
          org_noun = *t == doc::EntityType::kOrganization ? std::string(s.stem) : std::string();
          consume(j + 1, s.stem, Part::kHead);
          matched = true;
          break;
        }
        const ModifierKind mod = lexicon_.Modifier(s.stem);
        if (mod == ModifierKind::kNoun) {
          definite = definite || s.article;
          org_noun = lexicon_.HeadType(s.stem) == doc::EntityType::kOrganization ||
                             lexicon_.IsOrgGenericHead(s.stem)
                         ? std::string(s.stem)
                         : std::string();
          consume(j + 1, s.stem, Part::kNoun);
          matched = true;
          break;
        }
        if (prev == Part::kPreposition || s.preposition != 0) continue;
        if ((mod == ModifierKind::kAdjective && (s.article || !definite)) ||
            (s.article && IsNisbaStem(s.stem))) {
          consume(j + 1, s.stem, Part::kAdjective);
          matched = true;
          break;
        }
      }
      if (!matched) break;
    }
    if (introduces_org) {
      scan.introductions.push_back({static_cast<std::uint32_t>(introduced_mention), head_stem});
      i = last_end - 1;
      continue;
    }
    if (!definite) continue;
    // Drop the words of a trailing preposition that found no complement.
    if (prev == Part::kPreposition) {
      const std::size_t sp = key.find_last_of(' ');
      if (sp != std::string::npos) key.resize(sp);
    }
    TitleMatch t;
    t.first_token = static_cast<std::uint32_t>(i);
    t.end_token = static_cast<std::uint32_t>(last_end);
    t.span = {a.tokens[i].token.begin, a.tokens[last_end - 1].token.end};
    t.type = head->type;
    t.bare = last_end == i + 1;
    t.head = head_stem;
    t.key = std::move(key);
    const CliticSplit& s = head->split;
    const bool lam_article = s.preposition == 'l' && s.article;
    const std::size_t drop = (s.conjunction ? 1 : 0) + (lam_article ? 2 : (s.preposition ? 1 : 0));
    t.written = DropLeadingLetters(t.span.In(text), drop, lam_article);
    scan.titles.push_back(std::move(t));
    i = last_end - 1;
  }
  return scan;
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
