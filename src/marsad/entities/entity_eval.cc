// Entity resolution evaluation; see entity_eval.h.
#include "marsad/entities/entity_eval.h"

#include <algorithm>
#include <unordered_map>

#include "marsad/entities/entity_lexicon.h"
#include "marsad/entities/word_shape.h"
#include "marsad/text/utf8.h"

namespace marsad::entities {
namespace {

bool IsWordChar(char32_t c) {
  return (c >= 0x0621 && c <= 0x065F) || (c >= 0x0660 && c <= 0x0669) ||
         (c >= 0x0670 && c <= 0x06FF) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || c == 0x0640;
}

bool IsClitic(char32_t c) {
  return c == 0x0648 || c == 0x0641 || c == 0x0644 || c == 0x0628 || c == 0x0643;  // و ف ل ب ك
}

// The code point ending just before byte `pos`, and where it starts.
char32_t Before(std::string_view s, std::size_t pos, std::size_t* start) {
  std::size_t b = pos;
  while (b > 0 && (static_cast<unsigned char>(s[b - 1]) & 0xC0) == 0x80) --b;
  if (b > 0) --b;
  *start = b;
  int len = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + b;
  return text::DecodeUtf8(p, reinterpret_cast<const unsigned char*>(s.data()) + pos, &len);
}

bool WordStartAt(std::string_view text, std::size_t pos) {
  // Up to two glued clitic letters (وب, ول, فل ...) may precede the string.
  for (int clitics = 0; clitics <= 2; ++clitics) {
    if (pos == 0) return true;
    std::size_t start = 0;
    const char32_t c = Before(text, pos, &start);
    if (!IsWordChar(c)) return true;
    if (!IsClitic(c)) return false;
    pos = start;
  }
  return false;
}

bool WordEndAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return true;
  int len = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const char32_t c =
      text::DecodeUtf8(p, reinterpret_cast<const unsigned char*>(text.data()) + text.size(), &len);
  return !IsWordChar(c) || (c >= 0x064B && c <= 0x065F);
}

}  // namespace

std::vector<GoldMention> FindGoldMentions(const GoldSet& gold, std::string_view doc_id,
                                          std::string_view text) {
  std::vector<GoldMention> found;
  for (std::size_t e = 0; e < gold.entities.size(); ++e) {
    for (int kind = 0; kind < 2; ++kind) {
      const auto& lists = kind == 0 ? gold.entities[e].names : gold.entities[e].titles;
      auto it = lists.find(std::string(doc_id));
      if (it == lists.end()) continue;
      for (const std::string& s : it->second) {
        if (s.empty()) continue;
        for (std::size_t pos = text.find(s); pos != std::string_view::npos; pos = text.find(s, pos + 1)) {
          const bool starts = s.front() == '#' || WordStartAt(text, pos);
          if (!starts || !WordEndAt(text, pos + s.size())) continue;
          GoldMention g;
          g.doc = std::string(doc_id);
          g.span = {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + s.size())};
          g.entity = e;
          g.title = kind == 1;
          g.text = s;
          found.push_back(std::move(g));
        }
      }
    }
  }
  // Longest first; an occurrence overlapping a longer one is dropped.
  std::stable_sort(found.begin(), found.end(), [](const GoldMention& a, const GoldMention& b) {
    return a.span.size() > b.span.size();
  });
  std::vector<GoldMention> kept;
  for (GoldMention& g : found) {
    bool overlaps = false;
    for (const GoldMention& k : kept) overlaps = overlaps || k.span.Overlaps(g.span);
    if (!overlaps) kept.push_back(std::move(g));
  }
  std::sort(kept.begin(), kept.end(),
            [](const GoldMention& a, const GoldMention& b) { return a.span.begin < b.span.begin; });
  return kept;
}

EntityEvalReport ScoreEntities(const GoldSet& gold, const std::vector<GoldMention>& gm,
                               const std::vector<SystemMention>& system) {
  EntityEvalReport rep;
  std::vector<std::string> docs;
  for (const GoldMention& g : gm) {
    if (std::find(docs.begin(), docs.end(), g.doc) == docs.end()) docs.push_back(g.doc);
  }
  rep.documents = docs.size();
  // System cluster of each gold mention: the entity of the aligned system mention, or a
  // singleton (negative ids).
  std::vector<std::int64_t> sys(gm.size());
  std::int64_t next_singleton = -1;
  for (std::size_t i = 0; i < gm.size(); ++i) {
    const GoldMention& g = gm[i];
    std::uint32_t best_overlap = 0;
    const SystemMention* best = nullptr;
    for (const SystemMention& s : system) {
      if (s.doc != g.doc || !s.span.Overlaps(g.span)) continue;
      const std::uint32_t ov = std::min(s.span.end, g.span.end) - std::max(s.span.begin, g.span.begin);
      // Most of the gold bytes; then the tightest span; then one with an entity.
      const bool better =
          ov > best_overlap ||
          (ov == best_overlap && best != nullptr &&
           (s.span.size() < best->span.size() ||
            (s.span.size() == best->span.size() && best->entity == 0 && s.entity != 0)));
      if (better) {
        best_overlap = ov;
        best = &s;
      }
    }
    ++rep.gold_mentions;
    (g.title ? rep.gold_title_mentions : rep.gold_name_mentions)++;
    if (best != nullptr && best_overlap * 2 >= g.span.size() && best->entity != 0) {
      sys[i] = static_cast<std::int64_t>(best->entity);
      ++rep.detected;
      (g.title ? rep.detected_titles : rep.detected_names)++;
    } else {
      sys[i] = next_singleton--;
      std::string m = g.doc;
      m += ": ";
      m += g.text;
      m += g.title ? " (title, " : " (name, ";
      m += gold.entities[g.entity].id;
      m += best == nullptr || best_overlap * 2 < g.span.size() ? ") not found" : ") unresolved";
      rep.missed.push_back(std::move(m));
    }
  }
  // B³.
  std::unordered_map<std::int64_t, std::unordered_map<std::size_t, std::size_t>> in_sys;
  std::unordered_map<std::int64_t, std::size_t> sys_size;
  std::unordered_map<std::size_t, std::size_t> gold_size;
  for (std::size_t i = 0; i < gm.size(); ++i) {
    ++in_sys[sys[i]][gm[i].entity];
    ++sys_size[sys[i]];
    ++gold_size[gm[i].entity];
  }
  double p = 0, r = 0;
  for (std::size_t i = 0; i < gm.size(); ++i) {
    const double both = static_cast<double>(in_sys[sys[i]][gm[i].entity]);
    p += both / static_cast<double>(sys_size[sys[i]]);
    r += both / static_cast<double>(gold_size[gm[i].entity]);
  }
  if (!gm.empty()) {
    rep.precision = p / static_cast<double>(gm.size());
    rep.recall = r / static_cast<double>(gm.size());
    rep.f1 = rep.precision + rep.recall > 0
                 ? 2 * rep.precision * rep.recall / (rep.precision + rep.recall)
                 : 0;
  }
  // Violations, merges, splits.
  for (const auto& [a, b] : gold.must_not_merge) {
    for (const auto& [id, members] : in_sys) {
      if (id < 0) continue;
      bool has_a = false, has_b = false;
      for (const auto& [e, n] : members) {
        has_a = has_a || gold.entities[e].id == a;
        has_b = has_b || gold.entities[e].id == b;
      }
      if (has_a && has_b) rep.violations.emplace_back(a, b);
    }
  }
  auto describe = [&](std::int64_t id, std::size_t entity) {
    std::map<std::string, std::size_t> forms;
    for (std::size_t i = 0; i < gm.size(); ++i) {
      if (sys[i] == id && gm[i].entity == entity) ++forms[gm[i].text];
    }
    std::string s;
    for (const auto& [f, n] : forms) {
      if (!s.empty()) s += ", ";
      s += f;
      s += " ×";
      s += std::to_string(n);
    }
    return s;
  };
  std::vector<std::int64_t> sys_ids;
  for (const auto& [id, m] : in_sys) sys_ids.push_back(id);
  std::sort(sys_ids.begin(), sys_ids.end());
  for (std::int64_t id : sys_ids) {
    const auto& members = in_sys[id];
    if (id < 0 || members.size() < 2) continue;
    std::string s = "#";
    s += std::to_string(id);
    s += ':';
    for (const auto& [e, n] : std::map<std::size_t, std::size_t>(members.begin(), members.end())) {
      s += ' ';
      s += gold.entities[e].id;
      s += " {";
      s += describe(id, e);
      s += '}';
    }
    rep.merges.push_back(std::move(s));
  }
  for (std::size_t e = 0; e < gold.entities.size(); ++e) {
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < gm.size(); ++i) {
      if (gm[i].entity == e && std::find(ids.begin(), ids.end(), sys[i]) == ids.end()) ids.push_back(sys[i]);
    }
    if (ids.size() < 2) continue;
    std::string s = gold.entities[e].id;
    s += ':';
    for (std::int64_t id : ids) {
      if (id < 0) {
        s += " none {";
      } else {
        s += " #";
        s += std::to_string(id);
        s += " {";
      }
      s += describe(id, e);
      s += '}';
    }
    rep.splits.push_back(std::move(s));
  }
  return rep;
}

DictionaryTagger::DictionaryTagger(const text::Analyzer& analyzer) : analyzer_(analyzer) {}

void DictionaryTagger::AddName(std::string_view name, doc::EntityType type) {
  std::vector<std::string> words = NormalizedWords(analyzer_, name);
  if (words.empty()) return;
  for (const Entry& e : names_) {
    if (e.words == words) return;
  }
  by_first_[words.front()].push_back(names_.size());
  names_.push_back({std::move(words), type});
}

void DictionaryTagger::Tag(doc::AnalyzedDoc* doc) const {
  doc->mentions.clear();
  const text::TextAnalysis& a = doc->analysis;
  struct Unit {
    std::string_view norm;
    std::uint32_t token;
  };
  std::vector<Unit> units;
  for (std::uint32_t i = 0; i < a.tokens.size(); ++i) {
    const text::TokenKind k = a.tokens[i].token.kind;
    if (!text::IsWordLike(k)) continue;
    std::string_view n = a.norm(i);
    if (k == text::TokenKind::kHashtag || k == text::TokenKind::kMention) {
      while (!n.empty()) {
        const std::size_t us = n.find('_');
        if (us != 0) units.push_back({n.substr(0, us), i});
        if (us == std::string_view::npos) break;
        n = n.substr(us + 1);
      }
      continue;
    }
    units.push_back({n, i});
  }
  std::vector<CliticSplit> splits;
  std::uint32_t covered_to = 0;  // tokens below are taken
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (units[u].token < covered_to) continue;
    std::vector<std::string> firsts = {std::string(units[u].norm)};
    SplitProclitics(units[u].norm, 2, &splits);
    for (const CliticSplit& s : splits) {
      if (s.letters == 0) continue;
      firsts.emplace_back(s.stem);
      if (s.article) firsts.push_back("\xd8\xa7\xd9\x84" + std::string(s.stem));
    }
    const Entry* best = nullptr;
    for (const std::string& f : firsts) {
      auto it = by_first_.find(f);
      if (it == by_first_.end()) continue;
      for (std::size_t idx : it->second) {
        const Entry& e = names_[idx];
        if (u + e.words.size() > units.size()) continue;
        bool ok = true;
        for (std::size_t w = 1; w < e.words.size() && ok; ++w) ok = units[u + w].norm == e.words[w];
        if (ok && (best == nullptr || e.words.size() > best->words.size())) best = &e;
      }
    }
    if (best == nullptr) continue;
    const std::uint32_t first = units[u].token;
    const std::uint32_t last = units[u + best->words.size() - 1].token;
    doc::Mention m;
    m.first_token = first;
    m.end_token = last + 1;
    m.span = {a.tokens[first].token.begin, a.tokens[last].token.end};
    m.type = best->type;
    doc->mentions.push_back(m);
    covered_to = last + 1;
  }
}

}  // namespace marsad::entities
