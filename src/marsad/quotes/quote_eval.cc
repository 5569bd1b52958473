// Evaluation of quote extraction; see quote_eval.h and docs/quotes.md.
#include "marsad/quotes/quote_eval.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace marsad::quotes {
namespace {

constexpr std::string_view kWaw = "\xD9\x88";  // و

// Light stems of the word tokens of `s`; a hashtag counts as its words (#كيم_جونغ_أون).
// `conjunct`, when given, gets per word whether it opens a conjunct: the word و alone, or a
// word whose stem the stemmer found after a glued و (ونظيرته، وماي; not وزير).
std::vector<std::string> Stems(const text::Analyzer& analyzer, std::string_view s,
                               std::vector<bool>* conjunct = nullptr) {
  std::string plain(s);
  for (char& c : plain) {
    if (c == '#' || c == '_') c = ' ';
  }
  text::TextAnalysis a;
  analyzer.Analyze(plain, &a);
  std::vector<std::string> out;
  if (conjunct != nullptr) conjunct->clear();
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const text::TokenKind k = a.tokens[i].token.kind;
    if (!text::IsWordLike(k) && k != text::TokenKind::kNumber) continue;
    out.emplace_back(a.stem(i));
    if (conjunct != nullptr) {
      const std::string_view norm = a.norm(i);
      const bool glued = norm.starts_with(kWaw) && a.tokens[i].strings.stem_off >= kWaw.size();
      conjunct->push_back(norm == kWaw || glued);
    }
  }
  return out;
}

// Every position where `needle` occurs in `hay` as a run.
std::vector<std::size_t> Occurrences(const std::vector<std::string>& hay,
                                     const std::vector<std::string>& needle) {
  std::vector<std::size_t> at;
  if (needle.empty() || needle.size() > hay.size()) return at;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (std::equal(needle.begin(), needle.end(), hay.begin() + static_cast<std::ptrdiff_t>(i))) {
      at.push_back(i);
    }
  }
  return at;
}

int TypeRank(const std::string& type) {
  if (type == "PER") return 3;
  if (type == "ORG") return 2;
  if (type == "LOC") return 1;
  return 0;
}

struct Match {
  const GoldEntity* entity;
  std::size_t begin, end;  // word range in the mention
  bool reverse;            // the mention is inside the gold form, not the other way
};

std::string Cut(std::string_view s, std::size_t max_bytes = 160) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // a code point boundary
  return std::string(s.substr(0, n)) + "…";
}

std::string_view KindName(doc::QuoteKind k) { return k == doc::QuoteKind::kDirect ? "direct" : "indirect"; }

// Whether the speaker of `q` is an unnamed source (مصدر مطلع، مسؤول أمريكي كبير): at most
// three words, the first of them (without ال) a vague head, and no entity.
bool VagueSpeaker(std::string_view text, const doc::Quote& q, const text::Analyzer& analyzer,
                  const CueLexicon& lexicon) {
  if (!q.speaker.mention || q.speaker.entity) return false;
  text::TextAnalysis a;
  analyzer.Analyze(q.speaker.mention->In(text), &a);
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (text::IsWordLike(a.tokens[i].token.kind)) words.push_back(a.norm(i));
  }
  if (words.empty() || words.size() > 3) return false;
  std::string_view head = words[0];
  if (lexicon.Is(head, kVague)) return true;
  // The article: المصدر، المسؤولون.
  static constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
  return head.starts_with(kArticle) && lexicon.Is(head.substr(kArticle.size()), kVague);
}

void Finish(KindFigures* k) {
  k->recall = k->gold ? static_cast<double>(k->found) / static_cast<double>(k->gold) : 0.0;
  k->speaker_accuracy = k->found ? static_cast<double>(k->speaker_right) / static_cast<double>(k->found) : 0.0;
  const std::size_t judged = k->predicted - k->vague;
  k->precision = judged ? static_cast<double>(k->matched) / static_cast<double>(judged) : 0.0;
  k->precision_strict = k->predicted ? static_cast<double>(k->matched) / static_cast<double>(k->predicted) : 0.0;
}

}  // namespace

namespace {

// The gold forms of one document as stems, by entity.
struct GoldForms {
  const GoldEntity* entity;
  std::vector<std::string> stems;
  bool name;  // a name (not a title)
};

std::vector<GoldForms> DocForms(const QuoteGold& gold, const std::string& doc_id, const text::Analyzer& analyzer) {
  std::vector<GoldForms> out;
  for (const GoldEntity& e : gold.entities) {
    for (const auto* table : {&e.names, &e.titles}) {
      auto it = table->find(doc_id);
      if (it == table->end()) continue;
      for (const std::string& form : it->second) {
        std::vector<std::string> f = Stems(analyzer, form);
        if (!f.empty()) out.push_back({&e, std::move(f), table == &e.names});
      }
    }
  }
  return out;
}

// The best of `matches`: a match inside another entity's longer match gives way (روسيا in
// الرئيس الروسي); then a person before an organisation before a place, the rightmost (the
// name after its title), the longest — except that of two entities of one type joined by و
// the first conjunct wins (كازنوف وماي), as the gold's guideline gives a joint subject to it.
// `conjunct` (may be empty): per word, whether it opens a conjunct (see Stems).
const GoldEntity* Pick(const std::vector<Match>& matches, const std::vector<bool>& conjunct = {}) {
  // Whether `later` is in a conjunct after `earlier`'s.
  auto joined = [&](const Match& earlier, const Match& later) {
    for (std::size_t w = earlier.end; w <= later.begin && w < conjunct.size(); ++w) {
      if (conjunct[w]) return true;
    }
    return false;
  };
  std::vector<Match> kept;
  for (const Match& m : matches) {
    bool inside = false;
    for (const Match& o : matches) {
      if (o.entity != m.entity && o.begin <= m.begin && m.end <= o.end && (o.end - o.begin) > (m.end - m.begin)) {
        inside = true;
      }
    }
    if (!inside) kept.push_back(m);
  }
  const Match* best = nullptr;
  for (const Match& m : kept) {
    if (best == nullptr) {
      best = &m;
      continue;
    }
    const int rm = TypeRank(m.entity->type), rb = TypeRank(best->entity->type);
    if (rm != rb) {
      if (rm > rb) best = &m;
      continue;
    }
    if (m.entity != best->entity) {
      if (best->end <= m.begin && joined(*best, m)) continue;
      if (m.end <= best->begin && joined(m, *best)) {
        best = &m;
        continue;
      }
    }
    if (m.end != best->end ? m.end > best->end : m.end - m.begin > best->end - best->begin) best = &m;
  }
  return best != nullptr ? best->entity : nullptr;
}

// Rule 1: the gold entity one of whose forms lies inside `words`.
const GoldEntity* ByWords(const std::vector<GoldForms>& forms, const std::vector<std::string>& words,
                         const std::vector<bool>& conjunct = {}) {
  std::vector<Match> matches;
  for (const GoldForms& f : forms) {
    for (std::size_t at : Occurrences(words, f.stems)) matches.push_back({f.entity, at, at + f.stems.size(), false});
  }
  return Pick(matches, conjunct);
}

// Rule 3: `words` are part of a gold name (زاخاروفا in ماريا زاخاروفا); not of a title,
// whose head word (الزعيم، الرئيس) names no one in particular.
const GoldEntity* PartOfName(const std::vector<GoldForms>& forms, const std::vector<std::string>& words) {
  std::vector<Match> matches;
  for (const GoldForms& f : forms) {
    if (f.name && !Occurrences(f.stems, words).empty()) matches.push_back({f.entity, 0, words.size(), true});
  }
  return Pick(matches);
}

}  // namespace

std::optional<std::string> MapSpeakerToGold(const QuoteGold& gold, const EvalDoc& doc, const doc::Quote& quote,
                                            const text::Analyzer& analyzer, SpeakerMapping* how) {
  if (how != nullptr) *how = SpeakerMapping::kNone;
  const doc::Speaker& sp = quote.speaker;
  const std::vector<GoldForms> forms = DocForms(gold, doc.id, analyzer);
  std::vector<std::string> words;
  std::vector<bool> conjunct;
  if (sp.mention && sp.mention->end <= doc.text.size()) {
    words = Stems(analyzer, sp.mention->In(doc.text), &conjunct);
  }
  auto found = [&](const GoldEntity* e, SpeakerMapping m) {
    if (how != nullptr) *how = m;
    return std::optional<std::string>(e->id);
  };
  if (!words.empty()) {
    if (const GoldEntity* e = ByWords(forms, words, conjunct)) return found(e, SpeakerMapping::kWords);
  }
  if (sp.entity) {
    // The gold ids the document's mentions of this entity name, by count.
    std::vector<std::pair<const GoldEntity*, std::size_t>> votes;
    for (const doc::Mention& m : doc.mentions) {
      if (m.entity != sp.entity || m.span.end > doc.text.size()) continue;
      const GoldEntity* e = ByWords(forms, Stems(analyzer, m.span.In(doc.text)));
      if (e == nullptr) continue;
      auto it = std::find_if(votes.begin(), votes.end(), [&](const auto& v) { return v.first == e; });
      if (it == votes.end()) {
        votes.emplace_back(e, 1);
      } else {
        ++it->second;
      }
    }
    const std::pair<const GoldEntity*, std::size_t>* best = nullptr;
    for (const auto& v : votes) {  // the most mentions; the first named on ties
      if (best == nullptr || v.second > best->second) best = &v;
    }
    if (best != nullptr) return found(best->first, SpeakerMapping::kEntity);
  }
  if (!words.empty()) {
    if (const GoldEntity* e = PartOfName(forms, words)) return found(e, SpeakerMapping::kPartial);
  }
  return std::nullopt;
}

Result<QuoteEvalReport> EvaluateQuotes(const QuoteGold& gold, const std::vector<EvalDoc>& predicted,
                                       const text::Analyzer& analyzer, const CueLexicon& lexicon) {
  if (gold.quotes.empty()) return Status::InvalidArgument("gold has no quotes");
  std::unordered_map<std::string, const EvalDoc*> by_id;
  for (const EvalDoc& d : predicted) by_id[d.id] = &d;
  QuoteEvalReport r;
  for (const std::string& id : gold.docs) {
    if (by_id.count(id) != 0) {
      ++r.docs;
    } else {
      ++r.docs_missing;
    }
  }
  auto figures = [&](doc::QuoteKind k) -> KindFigures& {
    return k == doc::QuoteKind::kDirect ? r.direct : r.indirect;
  };
  auto speaker_text = [&](const EvalDoc& d, const doc::Quote& q) {
    std::string s = q.speaker.mention && q.speaker.mention->end <= d.text.size()
                        ? std::string(q.speaker.mention->In(d.text))
                        : std::string("-");
    SpeakerMapping how = SpeakerMapping::kNone;
    auto id = MapSpeakerToGold(gold, d, q, analyzer, &how);
    static constexpr const char* kHow[] = {"", " (words)", " (entity)", " (part of a name)"};
    return s + " → " + (id ? *id : std::string("null")) + kHow[static_cast<int>(how)];
  };

  // Recall and speaker accuracy over gold quotes.
  for (const GoldQuote& g : gold.quotes) {
    KindFigures& k = figures(g.kind);
    ++k.gold;
    auto it = by_id.find(g.doc);
    const doc::Quote* best = nullptr;
    if (it != by_id.end()) {
      const EvalDoc& d = *it->second;
      for (const doc::Quote& q : d.quotes) {
        if (q.span.end > d.text.size() || q.span.In(d.text).find(g.anchor) == std::string_view::npos) continue;
        // Prefer a quote of the gold's kind, then the shortest.
        if (best == nullptr || (q.kind == g.kind && best->kind != g.kind) ||
            (q.kind == best->kind && q.span.size() < best->span.size())) {
          best = &q;
        }
      }
    }
    if (best == nullptr) {
      r.missed.push_back({g.doc, std::string(KindName(g.kind)), Cut(g.anchor), g.speaker.value_or("null"), ""});
      continue;
    }
    ++k.found;
    const EvalDoc& d = *it->second;
    SpeakerMapping how = SpeakerMapping::kNone;
    auto id = MapSpeakerToGold(gold, d, *best, analyzer, &how);
    ++r.mapped_by[static_cast<int>(how)];
    if (id == g.speaker) {
      ++k.speaker_right;
    } else {
      r.wrong_speakers.push_back({g.doc, std::string(KindName(g.kind)), Cut(g.anchor),
                                  g.speaker.value_or("null"), speaker_text(d, *best)});
    }
  }

  // Precision over predicted quotes of the gold documents.
  for (const std::string& doc_id : gold.docs) {
    auto it = by_id.find(doc_id);
    if (it == by_id.end()) continue;
    const EvalDoc& d = *it->second;
    // Where the anchors of this document are (every anchor occurs once).
    std::vector<ByteSpan> anchors;
    auto add_anchor = [&](const std::string& a) {
      std::size_t at = d.text.find(a);
      if (at != std::string::npos) {
        anchors.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + a.size())});
      }
    };
    for (const GoldQuote& g : gold.quotes) {
      if (g.doc == doc_id) add_anchor(g.anchor);
    }
    for (const GoldTrap& t : gold.traps) {
      if (t.doc == doc_id) add_anchor(t.anchor);
    }
    std::vector<char> matched(d.quotes.size(), 0);
    for (std::size_t i = 0; i < d.quotes.size(); ++i) {
      for (const ByteSpan& a : anchors) {
        if (d.quotes[i].span.Overlaps(a)) matched[i] = 1;
      }
    }
    // A quote inside a matched one (a quoted part of a reported clause) is on it too.
    for (std::size_t i = 0; i < d.quotes.size(); ++i) {
      for (std::size_t j = 0; j < d.quotes.size() && !matched[i]; ++j) {
        if (j != i && matched[j] && d.quotes[j].span.Contains(d.quotes[i].span)) matched[i] = 1;
      }
    }
    for (std::size_t i = 0; i < d.quotes.size(); ++i) {
      const doc::Quote& q = d.quotes[i];
      KindFigures& k = figures(q.kind);
      ++k.predicted;
      if (matched[i]) {
        ++k.matched;
      } else if (VagueSpeaker(d.text, q, analyzer, lexicon)) {
        ++k.vague;
      } else {
        r.unmatched.push_back({d.id, std::string(KindName(q.kind)), Cut(q.span.In(d.text)), "",
                               speaker_text(d, q)});
      }
    }
  }

  // Traps: a quote on the trap's anchor must not map to the wrong speaker.
  for (const GoldTrap& t : gold.traps) {
    ++r.traps;
    auto it = by_id.find(t.doc);
    if (it == by_id.end()) continue;
    const EvalDoc& d = *it->second;
    const std::size_t at = d.text.find(t.anchor);
    if (at == std::string::npos) continue;
    const ByteSpan a{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + t.anchor.size())};
    for (const doc::Quote& q : d.quotes) {
      if (!q.span.Overlaps(a)) continue;
      auto id = MapSpeakerToGold(gold, d, q, analyzer);
      if (id && *id == t.wrong_speaker) {
        ++r.trap_violations;
        r.violations.push_back({t.doc, std::string(KindName(q.kind)), Cut(t.anchor), t.wrong_speaker,
                                speaker_text(d, q)});
        break;
      }
    }
  }

  for (KindFigures* k : {&r.direct, &r.indirect}) {
    r.all.gold += k->gold;
    r.all.found += k->found;
    r.all.speaker_right += k->speaker_right;
    r.all.predicted += k->predicted;
    r.all.matched += k->matched;
    r.all.vague += k->vague;
  }
  Finish(&r.direct);
  Finish(&r.indirect);
  Finish(&r.all);
  return r;
}

}  // namespace marsad::quotes
