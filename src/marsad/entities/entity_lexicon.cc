// EntityLexicon loading; see entity_lexicon.h.
#include "marsad/entities/entity_lexicon.h"

#include <algorithm>

#include "marsad/text/word_list.h"

namespace marsad::entities {
namespace {

// Splits "a b" at the last space: {"a", "b"}; {"a b", ""} when there is none.
std::pair<std::string_view, std::string_view> SplitLast(std::string_view line) {
  const std::size_t sp = line.find_last_of(' ');
  if (sp == std::string_view::npos) return {line, {}};
  std::string_view word = line.substr(0, sp);
  while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
  return {word, line.substr(sp + 1)};
}

}  // namespace

EntityLexicon::EntityLexicon(const text::Analyzer& analyzer) : analyzer_(analyzer) {
  Load(data::kTitleHeads, data::kTitleModifiers, data::kHonorifics, data::kOrgGenericHeads,
       data::kAliases);
}

EntityLexicon::EntityLexicon(const text::Analyzer& analyzer, std::string_view heads,
                 std::string_view modifiers, std::string_view honorifics,
                 std::string_view org_heads, std::string_view aliases)
    : analyzer_(analyzer) {
  Load(heads, modifiers, honorifics, org_heads, aliases);
}

void EntityLexicon::Load(std::string_view heads, std::string_view modifiers,
                   std::string_view honorifics, std::string_view org_heads,
                   std::string_view aliases) {
  const text::Normalizer& norm = analyzer_.normalizer();
  text::ForEachListEntry(heads, [&](std::string_view line) {
    auto [word, type] = SplitLast(line);
    // ROLE: a person's head that names no office (مسؤول), PER for everything but IsGenericRole.
    const bool role = type == "ROLE";
    std::optional<doc::EntityType> t = role ? doc::EntityType::kPerson : doc::ParseEntityType(type);
    if (word.empty() || !t) return;  // malformed lines: CheckLexiconData (entity_lexicon_test)
    heads_.TryEmplace(norm.Normalize(word), *t);
    if (role) generic_roles_.emplace_back(norm.Normalize(word));
  });
  text::ForEachListEntry(modifiers, [&](std::string_view line) {
    auto [word, kind] = SplitLast(line);
    if (word.empty()) return;
    ModifierKind k = kind == "ADJ"     ? ModifierKind::kAdjective
                     : kind == "NOUN"  ? ModifierKind::kNoun
                     : kind == "VAGUE" ? ModifierKind::kVague
                                       : ModifierKind::kNone;
    if (k != ModifierKind::kNone) modifiers_.TryEmplace(norm.Normalize(word), k);
  });
  // Every surface form of the heads and modifiers: (و|ف)? (ل|ب|ك)? (ال)? word, with لل for
  // ل + ال, and head + ها/ه without the article. A surface that reads several ways keeps the
  // reading that peels the fewest letters (a head before a modifier).
  const std::string_view conjunctions[] = {"", "\xd9\x88", "\xd9\x81"};            // و ف
  const char preposition_codes[] = {0, 'l', 'b', 'k'};
  const std::string_view prepositions[] = {"", "\xd9\x84", "\xd8\xa8", "\xd9\x83"};  // ل ب ك
  const std::string_view article = "\xd8\xa7\xd9\x84";                            // ال
  const std::string_view lam_lam = "\xd9\x84\xd9\x84";                            // لل
  const std::string_view suffixes[] = {"\xd9\x87\xd8\xa7", "\xd9\x87"};             // ها ه
  struct Surface {
    int priority;
    std::string form;
    TitleWord word;
  };
  std::vector<Surface> surfaces;
  auto expand = [&](const std::string& stem, std::optional<doc::EntityType> head, ModifierKind mod) {
    for (std::size_t c = 0; c < 3; ++c) {
      for (std::size_t p = 0; p < 4; ++p) {
        for (int art = 0; art < 2; ++art) {
          std::string form(conjunctions[c]);
          if (art == 1 && p == 1) {
            form += lam_lam;
          } else {
            form += prepositions[p];
            if (art == 1) form += article;
          }
          form += stem;
          TitleWord w;
          w.head = head;
          w.modifier = mod;
          w.stem = stem;
          w.conjunction = c != 0;
          w.preposition = preposition_codes[p];
          w.article = art == 1;
          w.letters = static_cast<std::uint8_t>((c != 0) + (p != 0) + 2 * art - (art == 1 && p == 1));
          const int rank = 2 * w.letters + (head ? 0 : 1);
          if (art == 0 && head) {
            for (std::string_view suffix : suffixes) {
              TitleWord ws = w;
              ws.possessive = true;
              ws.suffix_heh = suffix == suffixes[1];
              surfaces.push_back({rank + 1, form + std::string(suffix), ws});
            }
          }
          surfaces.push_back({rank, std::move(form), w});
        }
      }
    }
  };
  std::vector<std::pair<std::string, doc::EntityType>> head_list;
  heads_.ForEach([&](std::string_view w, doc::EntityType t) { head_list.emplace_back(w, t); });
  std::vector<std::pair<std::string, ModifierKind>> mods;
  modifiers_.ForEach([&](std::string_view w, ModifierKind k) { mods.emplace_back(w, k); });
  std::sort(head_list.begin(), head_list.end());
  std::sort(mods.begin(), mods.end());
  for (const auto& [stem, type] : head_list) expand(stem, type, ModifierKind::kNone);
  for (const auto& [stem, kind] : mods) expand(stem, std::nullopt, kind);
  std::stable_sort(surfaces.begin(), surfaces.end(),
                   [](const Surface& x, const Surface& y) { return x.priority < y.priority; });
  for (Surface& sf : surfaces) {
    const std::uint64_t h = SurfaceHash(sf.form);
    title_filter_->set(h & kFilterMask);
    title_filter_->set((h >> 32) & kFilterMask);
    title_words_.TryEmplace(sf.form, std::move(sf.word));
  }
  honorifics_ = text::WordSet(honorifics, norm);
  org_heads_ = text::WordSet(org_heads, norm);
  text::ForEachListEntry(aliases, [&](std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    std::string canonical;
    std::string_view rest = line.substr(colon + 1);
    while (!rest.empty()) {
      const std::size_t bar = rest.find('|');
      std::string_view name = text::TrimBlanks(rest.substr(0, bar));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      if (name.empty()) continue;
      std::string key = NameKeyOfWords(analyzer_.keyer(), NormalizedWords(analyzer_, name));
      if (key.empty()) continue;
      if (canonical.empty()) canonical = key;
      aliases_.TryEmplace(key, canonical);
    }
  });
}

std::optional<doc::EntityType> EntityLexicon::HeadType(std::string_view stem) const {
  const doc::EntityType* t = heads_.Find(stem);
  if (t == nullptr) return std::nullopt;
  return *t;
}

ModifierKind EntityLexicon::Modifier(std::string_view stem) const {
  const ModifierKind* k = modifiers_.Find(stem);
  return k == nullptr ? ModifierKind::kNone : *k;
}

std::string_view EntityLexicon::AliasCanonical(std::string_view key) const {
  const std::string* canonical = aliases_.Find(key);
  return canonical == nullptr ? std::string_view() : std::string_view(*canonical);
}

Status CheckLexiconData(std::string_view heads, std::string_view modifiers,
                        std::string_view aliases) {
  Status status;
  auto check = [&](std::string_view file, std::string_view list, auto ok) {
    if (!status.ok()) return;
    status = text::ForEachListLine(list, [&](std::size_t line_no, std::string_view line) -> Status {
      if (ok(line)) return Status::Ok();
      return text::ListLineError(file, line_no, "malformed entry '" + std::string(line) + "'");
    });
  };
  check("data/entities/title_heads_ar.txt", heads, [](std::string_view line) {
    auto [word, type] = SplitLast(line);
    return !word.empty() && (type == "PER" || type == "ORG" || type == "ROLE");
  });
  check("data/entities/title_modifiers_ar.txt", modifiers, [](std::string_view line) {
    auto [word, kind] = SplitLast(line);
    return !word.empty() && (kind == "ADJ" || kind == "NOUN" || kind == "VAGUE");
  });
  check("data/entities/aliases_ar.txt", aliases, [](std::string_view line) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return false;
    const std::string_view type = text::TrimBlanks(line.substr(0, colon));
    return (type == "LOC" || type == "ORG") && line.find('|', colon) != std::string_view::npos;
  });
  return status;
}

std::string NameKeyOfWords(const text::VariantKeyer& keyer, const std::vector<std::string>& words) {
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key += ' ';
    keyer.AppendKey(w, &key);
  }
  return key;
}

std::vector<std::string> NormalizedWords(const text::Analyzer& analyzer, std::string_view text) {
  text::TextAnalysis a;
  analyzer.Analyze(text, &a);
  std::vector<std::string> words;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const text::TokenKind kind = a.tokens[i].token.kind;
    if (!text::IsWordLike(kind) && kind != text::TokenKind::kNumber) continue;
    std::string_view n = a.norm(i);
    if (kind == text::TokenKind::kHashtag || kind == text::TokenKind::kMention) {
      while (!n.empty()) {
        const std::size_t us = n.find('_');
        if (us != 0) words.emplace_back(n.substr(0, us));
        if (us == std::string_view::npos) break;
        n = n.substr(us + 1);
      }
      continue;
    }
    words.emplace_back(n);
  }
  return words;
}

}  // namespace marsad::entities
