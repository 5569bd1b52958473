// Coreference inside one document; see doc_linker.h.
#include "marsad/entities/doc_linker.h"

#include <algorithm>
#include <numeric>
#include <span>
#include <utility>

#include "marsad/base/string_map.h"
#include "marsad/entities/word_shape.h"

namespace marsad::entities {
namespace {

// A name mention being linked: its reading, linked in place (Read's readings are Link's
// own, so the forms are not moved into another list first).
using Item = NameReading;

bool Person(const Item& it) { return it.type == doc::EntityType::kPerson; }

// Over n elements, in *parent (kept by the caller, so that its memory is reused).
class UnionFind {
 public:
  UnionFind(std::size_t n, std::vector<std::size_t>* parent) : parent_(*parent) {
    parent_.resize(n);
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  std::size_t Find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The root of the earlier element stays the root.
  void Union(std::size_t a, std::size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<std::size_t>& parent_;
};

// Link's per-document tables, kept per thread: Link runs once per document, and building
// them afresh cost a dozen allocations per table as they grew.
struct LinkScratch {
  base::StringMap<int> support;
  base::StringMap<bool> person_words;
  std::vector<std::uint32_t> glued;  // the items with a bare reading
  std::vector<bool> attested;        // per glued item
  base::StringMap<std::size_t> place_first;
  base::StringMap<int> by_key;
  std::vector<int> item_at;  // per token
  // Per token (and one past the last), -1 between documents: only the entries a document
  // sets are reset, not every token of it.
  std::vector<int> person_item_at;
  std::vector<int> person_item_ending;
  // Person groups: (key, item) pairs, the items by key, the groups, candidates, roots.
  std::vector<std::pair<std::string_view, std::size_t>> keyed;
  std::vector<std::size_t> members;
  std::vector<std::span<const std::size_t>> order;
  std::vector<std::span<const std::size_t>> cands;
  std::vector<std::size_t> roots;
  std::vector<std::uint32_t> root_items;  // per item: the items whose root it is
  std::vector<std::uint32_t> forebear_items;  // one-word person names written as a forebear's
  std::vector<std::string> key_pool;      // the place/organisation items' keys
  // Per item: the union-find's parents, its range of key_pool, its cluster (and the one of
  // which it is the root) and its place in its cluster's forms. Five allocations a document
  // on the writer when they were Link's own.
  std::vector<std::size_t> parent;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> place_keys;
  std::vector<int> cluster_of_root;
  std::vector<int> cluster_of_item;
  std::vector<std::uint32_t> form_of_item;
};

// `map` emptied for the next document. One that a long document made large is dropped
// rather than cleared, so that every later document does not clear its slots.
template <typename Map>
Map& Fresh(Map& map) {
  constexpr std::size_t kKeep = 256;  // entries
  if (map.size() > kKeep) {
    map = Map();
  } else {
    map.Clear();
  }
  return map;
}

bool IsComma(std::string_view tok) { return tok == "\xd8\x8c" || tok == ","; }  // ، ,

// Whether the relational adjective `nisba` stood without the article before token `end` (قال
// مسؤول روسي، قال دبلوماسي فرنسي): an unnamed person whom a later "المسؤول الروسي" refers back to.
bool IndefiniteBefore(const text::TextAnalysis& a, std::uint32_t end, std::string_view nisba) {
  for (std::uint32_t k = 1; k < end; ++k) {
    if (a.norm(k) == nisba) return true;
  }
  return false;
}

std::size_t WordCount(std::string_view key) {
  return key.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' '));
}

// Whether every space-separated word of `words` is a word of `key` (both keys of TitleMatch).
bool HoldsEveryWord(std::string_view key, std::string_view words) {
  while (!words.empty()) {
    const std::size_t space = words.find(' ');
    const std::string_view w = words.substr(0, space);
    bool found = false;
    for (std::size_t at = key.find(w); at != std::string_view::npos; at = key.find(w, at + 1)) {
      const bool starts = at == 0 || key[at - 1] == ' ';
      const bool ends = at + w.size() == key.size() || key[at + w.size()] == ' ';
      if (starts && ends) {
        found = true;
        break;
      }
    }
    if (!found) return false;
    words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
  }
  return true;
}

// How `part` (the keys of a shorter name) sits in `whole`: 3 the surname or the name without
// its middle, 2 the first part, 1 another contiguous part, 0 not a part. A part that begins
// with a forebear's name (سلمان, سلمان بن عبد العزيز in محمد بن سلمان بن عبد العزيز) is not one,
// -1: it names the father, whom the same document often names too (الملك سلمان).
int SubNamePriority(const std::vector<std::string>& part, const std::vector<std::string>& whole,
                    const DocLinker& linker) {
  const std::size_t p = part.size();
  const std::size_t w = whole.size();
  if (p == 0 || p >= w) return 0;
  const bool tail = std::equal(part.begin(), part.end(), whole.end() - static_cast<std::ptrdiff_t>(p));
  const bool forebear_tail = tail && linker.NamesForebear(whole, w - p);
  if (tail && !forebear_tail) return 3;
  if (p >= 2 && part.front() == whole.front() && part.back() == whole.back()) {
    // a subsequence: the middle parts in order
    std::size_t j = 1;
    for (std::size_t i = 1; i + 1 < p; ++i) {
      while (j + 1 < w && whole[j] != part[i]) ++j;
      if (j + 1 >= w) return 0;
      ++j;
    }
    return 3;
  }
  if (std::equal(part.begin(), part.end(), whole.begin())) return 2;
  bool forebear = forebear_tail;
  for (std::size_t s = 1; s + p < w; ++s) {
    if (std::equal(part.begin(), part.end(), whole.begin() + static_cast<std::ptrdiff_t>(s))) {
      if (!linker.NamesForebear(whole, s)) return 1;
      forebear = true;
    }
  }
  return forebear ? -1 : 0;
}

}  // namespace

const NameForm& DocCluster::FullForm() const {
  std::size_t best = 0;
  std::size_t best_count = 0;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (forms[i].size() < forms[best].size()) continue;
    std::size_t count = 0;
    for (const NameForm& f : forms) count += f.key == forms[i].key ? 1 : 0;
    if (forms[i].size() > forms[best].size() || count > best_count) {
      best = i;
      best_count = count;
    }
  }
  return forms[best];
}

DocLinker::DocLinker(const EntityLexicon& lexicon)
    : lexicon_(lexicon),
      names_(lexicon),
      son_key_(lexicon.analyzer().keyer().Key("\xd8\xa8\xd9\x86")),  // بن
      daughter_key_(lexicon.analyzer().keyer().Key("\xd8\xa8\xd9\x86\xd8\xaa")) {}  // بنت

std::vector<std::string> DocLinker::PlaceOrgKeys(const NameForm& form) const {
  std::vector<std::string> keys;
  keys.reserve(2);
  AppendPlaceOrgKeys(form, &keys);
  return keys;
}

void DocLinker::AppendPlaceOrgKeys(const NameForm& form, std::vector<std::string>* out) const {
  const std::size_t begin = out->size();
  // The key is copied once, as the alias group's key when it has one.
  auto add = [&](std::string_view key) {
    std::string_view canonical = lexicon_.AliasCanonical(key);
    if (!canonical.empty()) key = canonical;
    if (std::find(out->begin() + static_cast<std::ptrdiff_t>(begin), out->end(), key) == out->end()) {
      out->emplace_back(key);
    }
  };
  add(form.key);
  if (form.size() >= 2 && lexicon_.IsOrgGenericHead(form.first_stem)) {
    std::string rest;
    for (std::size_t i = 1; i < form.keys.size(); ++i) {
      if (!rest.empty()) rest += ' ';
      rest += form.keys[i];
    }
    add(rest);
  }
}

namespace {

constexpr std::uint32_t kNoMention = ~std::uint32_t{0};

// Whether tokens [f1, e1) and [f2, e2) of `a` are the same to NameFormBuilder::Build: the same
// kinds, normalized forms and keys, laid out alike (their text being equal, checked apart).
bool SameNameTokens(const text::TextAnalysis& a, std::uint32_t f1, std::uint32_t e1, std::uint32_t f2,
                    std::uint32_t e2) {
  if (e1 - f1 != e2 - f2) return false;
  const std::uint32_t b1 = a.tokens[f1].token.begin;
  const std::uint32_t b2 = a.tokens[f2].token.begin;
  for (std::uint32_t k = 0; k < e1 - f1; ++k) {
    const text::AnalyzedToken& x = a.tokens[f1 + k];
    const text::AnalyzedToken& y = a.tokens[f2 + k];
    if (x.token.kind != y.token.kind || x.token.begin - b1 != y.token.begin - b2 ||
        x.token.end - b1 != y.token.end - b2 || (x.strings.key_len == 0) != (y.strings.key_len == 0) ||
        a.norm(f1 + k) != a.norm(f2 + k) || a.key(f1 + k) != a.key(f2 + k)) {
      return false;
    }
  }
  return true;
}

}  // namespace

DocReadings DocLinker::Read(const doc::AnalyzedDoc& doc) const {
  const text::TextAnalysis& a = doc.analysis;
  const std::string_view text = doc.document.text;
  const std::size_t ntok = a.tokens.size();
  DocReadings out;
  out.names.reserve(doc.mentions.size());
  // A name written again in the document (بوتين ... بوتين) reads as it did the first time:
  // Build is a function of the span's tokens and text alone, so its readings are copied from
  // the first mention written so, not built again. The spans seen so far, by hash: an open
  // table sized to the document's mentions, per thread, so that a document clears only as
  // many slots as it has mentions (a string map cost as much as a third of what it saved).
  struct Seen {
    std::uint64_t hash = 0;
    std::uint32_t mention = kNoMention;  // the first mention written so; kNoMention: empty
    int reading = -1;                    // its reading's index in out.names (-1: none)
  };
  thread_local std::vector<Seen> seen;
  std::size_t slots = 16;
  while (slots < 2 * doc.mentions.size()) slots *= 2;
  seen.assign(slots, Seen());
  const std::size_t mask = slots - 1;
  auto span_of = [&](const doc::Mention& mm) {
    const std::uint32_t begin = a.tokens[mm.first_token].token.begin;
    return text.substr(begin, a.tokens[mm.end_token - 1].token.end - begin);
  };
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const doc::Mention& mm = doc.mentions[m];
    if (mm.kind != doc::MentionKind::kName || mm.type == doc::EntityType::kMisc) continue;
    if (mm.end_token <= mm.first_token || mm.end_token > ntok) continue;
    const std::string_view span = span_of(mm);
    const std::uint64_t hash = base::HashBytes(span, 0x5245414453ULL);
    std::size_t slot = hash & mask;
    int reading = -2;  // -2: not seen
    for (; seen[slot].mention != kNoMention; slot = (slot + 1) & mask) {
      const Seen& e = seen[slot];
      if (e.hash != hash) continue;
      const doc::Mention& fm = doc.mentions[e.mention];
      if (span_of(fm) == span && SameNameTokens(a, fm.first_token, fm.end_token, mm.first_token, mm.end_token)) {
        reading = e.reading;
        break;
      }
    }
    if (reading != -2) {
      if (reading < 0) continue;  // no word to read, as the first time
      // Copied whole and moved in (a default reading assigned a copy cost the construction
      // and the assignment); braces, not emplace_back's parentheses, which clang 14 (the
      // fuzz build) does not take for an aggregate.
      const NameReading& was = out.names[static_cast<std::size_t>(reading)];
      out.names.push_back(NameReading{static_cast<std::uint32_t>(m), mm.type, mm.first_token, mm.end_token,
                                      was.form, was.without_preposition});
      continue;
    }
    // Not seen: `slot` is empty (the table is at most half full).
    seen[slot] = Seen{hash, static_cast<std::uint32_t>(m), -1};
    // Built in place (a reading built apart and moved in cost a move and a destruction of
    // each form); taken back when the span holds no word.
    NameReading& nr = out.names.emplace_back();
    names_.Build(text, a, mm.first_token, mm.end_token, &nr.form, &nr.without_preposition);
    if (nr.form.empty()) {
      out.names.pop_back();
      continue;
    }
    seen[slot].reading = static_cast<int>(out.names.size() - 1);
    nr.mention = static_cast<std::uint32_t>(m);
    nr.type = mm.type;
    nr.first_token = mm.first_token;
    nr.end_token = mm.end_token;
  }
  return out;
}

DocLinks DocLinker::Link(const doc::AnalyzedDoc& doc, const TitleScan& scan,
                         const KnownKeyFn& known) const {
  return Link(doc, scan, Read(doc), known);
}

DocLinks DocLinker::Link(const doc::AnalyzedDoc& doc, const TitleScan& scan, DocReadings readings,
                         const KnownKeyFn& known) const {
  const text::TextAnalysis& a = doc.analysis;
  const std::string_view text = doc.document.text;
  const std::size_t ntok = a.tokens.size();
  auto tok_text = [&](std::size_t i) { return a.tokens[i].token.In(text); };
  thread_local LinkScratch scratch;

  // 1. The name mentions and their readings (Read), linked in place.
  std::vector<Item>& items = readings.names;
  const std::size_t n = items.size();

  // 2. A glued preposition (لبوتين, لروسيا): the reading the document supports (another
  // mention of it), else the one the entity table knows better, else the name as written.
  // Only mentions with a bare reading are decided; a document without one skips the tables.
  std::vector<std::uint32_t>& glued_items = scratch.glued;
  glued_items.clear();
  for (std::size_t i = 0; i < n; ++i) {
    if (items[i].without_preposition) glued_items.push_back(static_cast<std::uint32_t>(i));
  }
  if (!glued_items.empty()) {
    // A reading is attested when it is some mention's name as written. The bare name wins
    // when it is attested (لبوتين beside بوتين), unless the glued form is attested by a
    // mention that has no attested bare reading itself (a name that begins with ل).
    // Flat tables (a few allocations per document, not one node and key per name).
    base::StringMap<int>& support = Fresh(scratch.support);
    for (const Item& it : items) ++support[it.form.key];
    // Words of longer person names attest a one-word bare reading of a person (only built
    // when some such reading is to be decided).
    const bool need_words = std::any_of(glued_items.begin(), glued_items.end(), [&](std::uint32_t i) {
      return Person(items[i]) && items[i].without_preposition->size() == 1;
    });
    base::StringMap<bool>& person_words = scratch.person_words;
    if (need_words) {
      Fresh(person_words);
      for (const Item& it : items) {
        if (Person(it) && it.form.size() >= 2) {
          for (const std::string& k : it.form.keys) person_words[k] = true;
        }
      }
    }
    std::vector<bool>& attested = scratch.attested;  // per glued item
    attested.assign(glued_items.size(), false);
    for (std::size_t g = 0; g < glued_items.size(); ++g) {
      const Item& it = items[glued_items[g]];
      const NameForm& alt = *it.without_preposition;
      attested[g] = support.Find(alt.key) != nullptr ||
                    (Person(it) && alt.size() == 1 && person_words.Find(alt.key) != nullptr);
    }
    // Whether another mention attests the name as written: one with the same name that has
    // no attested bare reading (every mention without a bare reading has none). Decided for
    // all before any form changes.
    std::vector<bool> keep(glued_items.size());
    for (std::size_t g = 0; g < glued_items.size(); ++g) {
      const std::string& key = items[glued_items[g]].form.key;
      int independent = *support.Find(key);
      for (std::size_t h = 0; h < glued_items.size(); ++h) {
        if (attested[h] && items[glued_items[h]].form.key == key) --independent;
      }
      keep[g] = independent - (attested[g] ? 0 : 1) > 0;
    }
    for (std::size_t g = 0; g < glued_items.size(); ++g) {
      if (keep[g]) continue;
      Item& it = items[glued_items[g]];
      const NameForm& alt = *it.without_preposition;
      const bool person = Person(it);
      const std::size_t primary_support = known ? known(person, it.form.key) : 0;
      const std::size_t alt_support = known ? known(person, alt.key) : 0;
      // The alternative is read no more: moved, not copied.
      if (attested[g] || alt_support > primary_support) it.form = std::move(*it.without_preposition);
    }
  }

  UnionFind uf(n, &scratch.parent);
  std::vector<std::uint32_t>& forebear_items = scratch.forebear_items;  // step 5's
  forebear_items.clear();
  // 3. One key, one entity: places and organisations by any of their keys (aliases,
  // generic head removed); persons by their name key in step 5.
  // Each place/organisation item's keys: a range of one list (not a list per item).
  std::vector<std::string>& key_pool = scratch.key_pool;
  key_pool.clear();
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& place_keys = scratch.place_keys;  // [begin, end)
  place_keys.assign(n, {0, 0});
  {
    base::StringMap<std::size_t>& place_first = Fresh(scratch.place_first);
    for (std::size_t i = 0; i < n; ++i) {
      if (!Person(items[i])) {
        const auto begin = static_cast<std::uint32_t>(key_pool.size());
        AppendPlaceOrgKeys(items[i].form, &key_pool);
        place_keys[i] = {begin, static_cast<std::uint32_t>(key_pool.size())};
        for (std::uint32_t ki = begin; ki < place_keys[i].second; ++ki) {
          const std::string& k = key_pool[ki];
          auto [first, fresh] = place_first.TryEmplace(k, i);
          // One key and a spelling alike (the key alone makes القاهرة and كوريا one), or
          // one alias group.
          if (!fresh && (!lexicon_.AliasCanonical(k).empty() ||
                         SpellingsAgree(items[*first].form, items[i].form))) {
            uf.Union(*first, i);
          }
        }
      }
    }
    // الكونغرس الأمريكي and الكونغرس in one document: the name and the name with a
    // relational adjective are one organisation (only inside a document: across documents
    // مجلس النواب may be another country's).
    std::vector<CliticSplit> splits;
    for (std::size_t i = 0; i < n; ++i) {
      const Item& it = items[i];
      // Organisations only: a place with an adjective is usually another place (كوريا
      // الشمالية is not كوريا الجنوبية, nor كوريا).
      if (it.type != doc::EntityType::kOrganization || it.form.size() < 2) continue;
      const std::uint32_t last = it.end_token - 1;
      if (a.tokens[last].token.kind != text::TokenKind::kArabicWord) continue;
      // A stem is the word's end: a word that ends in neither ي nor يه has no nisba reading.
      const std::string_view last_norm = a.norm(last);
      if (!last_norm.ends_with("\xd9\x8a") && !last_norm.ends_with("\xd9\x8a\xd9\x87")) continue;
      SplitProclitics(last_norm, 3, &splits);
      const bool nisba = std::any_of(splits.begin(), splits.end(), [](const CliticSplit& sp) {
        return sp.article && !sp.conjunction && sp.preposition == 0 && IsNisbaStem(sp.stem);
      });
      if (!nisba) continue;
      std::string stripped;
      for (std::size_t k = 0; k + 1 < it.form.keys.size(); ++k) {
        if (!stripped.empty()) stripped += ' ';
        stripped += it.form.keys[k];
      }
      std::string_view canonical = lexicon_.AliasCanonical(stripped);
      if (const std::size_t* found = place_first.Find(canonical.empty() ? std::string_view(stripped) : canonical)) {
        uf.Union(*found, i);
      }
    }
  }

  // 4. Parentheses. السيد (محمد) علوش: the parenthesised given name and the surname after
  // it are one name. (A place followed by a name in parentheses is not linked: "موسكو
  // (رويترز)" is a dateline.)
  {
    // Items by first token, made only when a parenthesised name needs them (rare).
    std::vector<int>& item_at = scratch.item_at;
    bool item_at_made = false;
    for (std::size_t i = 0; i < n; ++i) {
      Item& it = items[i];
      if (it.first_token == 0 || it.end_token >= ntok) continue;
      if (!Person(it) || tok_text(it.first_token - 1) != "(" || tok_text(it.end_token) != ")") continue;
      if (!item_at_made) {
        item_at.assign(ntok, -1);
        for (std::size_t j = 0; j < n; ++j) item_at[items[j].first_token] = static_cast<int>(j);
        item_at_made = true;
      }
      const std::size_t next = it.end_token + 1;
      if (next < ntok && item_at[next] >= 0 && Person(items[static_cast<std::size_t>(item_at[next])])) {
        Item& surname = items[static_cast<std::size_t>(item_at[next])];
        NameForm joined = surname.form;
        joined.keys.insert(joined.keys.begin(), it.form.keys.begin(), it.form.keys.end());
        joined.spellings.insert(0, it.form.spellings);
        joined.skeletons.insert(0, it.form.skeletons);
        joined.key = it.form.key + " " + surname.form.key;
        joined.written = it.form.written + " " + surname.form.written;
        joined.first_stem = it.form.first_stem;
        surname.form = std::move(joined);
        uf.Union(i, static_cast<std::size_t>(item_at[next]));
      }
    }
  }

  // 5. Person names: one key, one entity, unless it is a part (the surname alone) of the
  // names of several people; parts of longer names join them. Longest names first.
  {
    // Key -> items, in key order (views of the items' keys, which no longer change): the
    // (key, item) pairs sorted, each key's run one group, its items in order.
    std::vector<std::pair<std::string_view, std::size_t>>& keyed = scratch.keyed;
    keyed.clear();
    for (std::size_t i = 0; i < n; ++i) {
      if (Person(items[i])) keyed.emplace_back(items[i].form.key, i);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::size_t>& members = scratch.members;
    members.clear();
    for (const auto& ki : keyed) members.push_back(ki.second);
    using Group = std::span<const std::size_t>;
    std::vector<Group>& order = scratch.order;
    order.clear();
    for (std::size_t b = 0, e = 0; b < keyed.size(); b = e) {
      while (e < keyed.size() && keyed[e].first == keyed[b].first) ++e;
      order.emplace_back(members.data() + b, e - b);
    }
    std::stable_sort(order.begin(), order.end(), [&](const Group& x, const Group& y) {
      return items[x.front()].form.size() > items[y.front()].form.size();
    });
    std::vector<Group>& cands = scratch.cands;
    std::vector<std::size_t>& roots = scratch.roots;
    for (const Group& g : order) {
      const std::vector<std::string>& part = items[g.front()].form.keys;
      int best = 0;
      cands.clear();
      bool forebear = false;
      for (const Group& h : order) {
        // Only longer names hold it, and they come first (longest first).
        if (items[h.front()].form.size() <= part.size()) break;
        const int p = SubNamePriority(part, items[h.front()].form.keys, *this);
        forebear = forebear || p < 0;
        if (p <= 0 || p < best) continue;
        if (p > best) {
          best = p;
          cands.clear();
        }
        cands.push_back(h);
      }
      auto join_group = [&] {
        for (std::size_t i : g) uf.Union(g.front(), i);
      };
      if (cands.empty()) {
        join_group();
        if (forebear && part.size() == 1) forebear_items.push_back(static_cast<std::uint32_t>(g.front()));
        continue;
      }
      roots.clear();
      for (const Group& h : cands) {
        const std::size_t r = uf.Find(h.front());
        if (std::find(roots.begin(), roots.end(), r) == roots.end()) roots.push_back(r);
      }
      if (roots.size() == 1) {
        join_group();
        uf.Union(roots.front(), g.front());
        continue;
      }
      if (best < 3) {  // only given names shared: the document does not say who
        join_group();
        continue;
      }
      // Several people share the surname: each mention goes to the one named nearest
      // before it (after it, when none is named before).
      for (std::size_t i : g) {
        std::size_t pick = n;
        std::uint32_t pick_pos = 0;
        bool pick_before = false;
        for (const Group& h : cands) {
          for (std::size_t j : h) {
            const bool before = items[j].first_token < items[i].first_token;
            const std::uint32_t pos = items[j].first_token;
            const bool better = pick == n || (before && !pick_before) ||
                                (before && pick_before && pos > pick_pos) ||
                                (!before && !pick_before && pos < pick_pos);
            if (better) {
              pick = j;
              pick_pos = pos;
              pick_before = before;
            }
          }
        }
        if (pick != n) uf.Union(pick, i);
      }
    }
  }

  // 6. Clusters, in order of first mention.
  DocLinks links;
  std::vector<int>& cluster_of_root = scratch.cluster_of_root;
  cluster_of_root.assign(n, -1);
  std::vector<int>& cluster_of_item = scratch.cluster_of_item;
  cluster_of_item.assign(n, -1);
  std::vector<std::uint32_t>& form_of_item = scratch.form_of_item;  // its place in its cluster's forms
  form_of_item.assign(n, 0);
  // Each cluster's lists sized once (they grew by doubling): its items counted by root,
  // and room for every cluster, the descriptions of step 7c included.
  std::vector<std::uint32_t>& root_items = scratch.root_items;
  root_items.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) ++root_items[uf.Find(i)];
  links.clusters.reserve(n + scan.titles.size());
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t r = uf.Find(i);
    if (cluster_of_root[r] < 0) {
      cluster_of_root[r] = static_cast<int>(links.clusters.size());
      DocCluster& fresh = links.clusters.emplace_back();
      fresh.first_token = items[i].first_token;
      fresh.names.reserve(root_items[r]);
      fresh.forms.reserve(root_items[r]);
    }
    const int c = cluster_of_root[r];
    cluster_of_item[i] = c;
    DocCluster& cl = links.clusters[static_cast<std::size_t>(c)];
    cl.names.push_back(items[i].mention);
    cl.first_token = std::min(cl.first_token, items[i].first_token);
    // The item's keys are read no more: moved into the cluster.
    for (std::uint32_t ki = place_keys[i].first; ki < place_keys[i].second; ++ki) {
      std::string& k = key_pool[ki];
      if (std::find(cl.keys.begin(), cl.keys.end(), k) == cl.keys.end()) cl.keys.push_back(std::move(k));
    }
    if (!Person(items[i]) && cl.intro_head.empty() && items[i].form.size() >= 2 &&
        lexicon_.IsOrgGenericHead(items[i].form.first_stem)) {
      cl.intro_head = items[i].form.first_stem;
    }
    // The form moves to its cluster; what is left to read of it (written) is read there.
    form_of_item[i] = static_cast<std::uint32_t>(cl.forms.size());
    cl.forms.push_back(std::move(items[i].form));
  }
  for (std::uint32_t i : forebear_items) {
    links.clusters[static_cast<std::size_t>(cluster_of_item[i])].forebear = true;
  }
  for (DocCluster& cl : links.clusters) {
    std::size_t votes[4] = {0, 0, 0, 0};
    for (std::uint32_t m : cl.names) ++votes[static_cast<std::size_t>(doc.mentions[m].type)];
    cl.type = doc.mentions[cl.names.front()].type;
    for (std::size_t t = 0; t < 3; ++t) {
      if (votes[t] > votes[static_cast<std::size_t>(cl.type)]) cl.type = static_cast<doc::EntityType>(t);
    }
  }
  for (const OrgIntroduction& intro : scan.introductions) {
    for (std::size_t i = 0; i < n; ++i) {
      if (items[i].mention == intro.mention) {
        DocCluster& cl = links.clusters[static_cast<std::size_t>(cluster_of_item[i])];
        if (cl.intro_head.empty()) cl.intro_head = intro.head;
      }
    }
  }

  // 7. Titles.
  const std::size_t nt = scan.titles.size();
  links.title_cluster.assign(nt, -1);
  links.title_evidenced.assign(nt, false);
  std::vector<int>& person_item_at = scratch.person_item_at;
  std::vector<int>& person_item_ending = scratch.person_item_ending;
  if (person_item_at.size() < ntok) person_item_at.resize(ntok, -1);
  if (person_item_ending.size() < ntok + 1) person_item_ending.resize(ntok + 1, -1);
  for (std::size_t i = 0; i < n; ++i) {
    if (!Person(items[i])) continue;
    person_item_at[items[i].first_token] = static_cast<int>(i);
    person_item_ending[items[i].end_token] = static_cast<int>(i);
  }
  // Whether the reading of an item peeled letters off its first token (وبوتين, لترامب).
  auto glued = [&](std::size_t i) {
    const std::string_view token = tok_text(items[i].first_token);
    const std::string_view written =
        links.clusters[static_cast<std::size_t>(cluster_of_item[i])].forms[form_of_item[i]].written;
    return !written.empty() && written.front() != '#' && !token.starts_with(written.substr(0, 2));
  };
  auto bind = [&](std::size_t t, int cluster) {
    links.title_cluster[t] = cluster;
    links.clusters[static_cast<std::size_t>(cluster)].titles.push_back(static_cast<std::uint32_t>(t));
  };
  // 7a. Apposition: title + name (a comma allowed between), else name، title.
  for (std::size_t t = 0; t < nt; ++t) {
    const TitleMatch& tm = scan.titles[t];
    if (tm.type != doc::EntityType::kPerson) continue;
    std::size_t k = tm.end_token;
    if (k < ntok && IsComma(tok_text(k))) ++k;
    // A name with a glued preposition or conjunction is no apposition: هدية الرئيس الفرنسي
    // لترامب (the French president's gift to Trump).
    if (k < ntok && person_item_at[k] >= 0 &&
        !glued(static_cast<std::size_t>(person_item_at[k]))) {
      bind(t, cluster_of_item[static_cast<std::size_t>(person_item_at[k])]);
      links.title_evidenced[t] = true;
      continue;
    }
    // Name، title — closed by punctuation: "زوكربيرغ، مؤسس فيسبوك، قال"; in a list of
    // leaders ("بوتين، الرئيس التركي أردوغان") the title goes with the name after it.
    const bool closed = tm.end_token >= ntok ||
                        a.tokens[tm.end_token].token.kind == text::TokenKind::kPunctuation;
    if (closed && tm.first_token >= 2 && IsComma(tok_text(tm.first_token - 1)) &&
        person_item_ending[tm.first_token - 1] >= 0) {
      bind(t, cluster_of_item[static_cast<std::size_t>(person_item_ending[tm.first_token - 1])]);
      links.title_evidenced[t] = true;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {  // -1 again for the next document
    if (!Person(items[i])) continue;
    person_item_at[items[i].first_token] = -1;
    person_item_ending[items[i].end_token] = -1;
  }
  // 7b. The same title elsewhere in the document: the binding nearest before it, else the
  // first after it.
  {
    std::vector<std::pair<std::size_t, int>> bound;  // title index, cluster (text order)
    for (std::size_t t = 0; t < nt; ++t) {
      if (links.title_cluster[t] >= 0) bound.emplace_back(t, links.title_cluster[t]);
    }
    for (std::size_t t = 0; t < nt; ++t) {
      if (links.title_cluster[t] >= 0 || scan.titles[t].bare) continue;
      int before = -1;
      int after = -1;
      for (const auto& [bt, c] : bound) {
        if (scan.titles[bt].key != scan.titles[t].key) continue;
        if (bt < t) before = c;
        if (bt > t && after < 0) after = c;
      }
      const int c = before >= 0 ? before : after;
      if (c >= 0) {
        bind(t, c);
        links.title_evidenced[t] = true;
      }
    }
  }
  // 7c. Organisation descriptions that no name stands beside and that say which
  // organisation they mean: one entity per description.
  {
    base::StringMap<int>& by_key = Fresh(scratch.by_key);
    for (std::size_t t = 0; t < nt; ++t) {
      const TitleMatch& tm = scan.titles[t];
      if (links.title_cluster[t] >= 0 || tm.bare || tm.possessive || !tm.specific ||
          tm.type != doc::EntityType::kOrganization) {
        continue;
      }
      auto [cluster, fresh] = by_key.TryEmplace(tm.key, static_cast<int>(links.clusters.size()));
      if (fresh) {
        DocCluster cl;
        cl.type = doc::EntityType::kOrganization;
        cl.description = true;
        cl.first_token = tm.first_token;
        cl.keys.push_back(tm.key);
        links.clusters.push_back(std::move(cl));
      }
      bind(t, *cluster);
    }
  }
  // 7d. Bare heads (الرئيس, الشركة): the one entity introduced with that head before it.
  for (std::size_t t = 0; t < nt; ++t) {
    const TitleMatch& tm = scan.titles[t];
    if (!tm.bare || links.title_cluster[t] >= 0) continue;
    std::vector<int> cands;
    auto add = [&](int c) {
      if (std::find(cands.begin(), cands.end(), c) == cands.end()) cands.push_back(c);
    };
    for (std::size_t u = 0; u < nt; ++u) {
      const int c = links.title_cluster[u];
      if (u == t || c < 0 || scan.titles[u].first_token >= tm.first_token) continue;
      if (scan.titles[u].head == tm.head &&
          (links.clusters[static_cast<std::size_t>(c)].type == doc::EntityType::kPerson) ==
              (tm.type == doc::EntityType::kPerson)) {
        add(c);
      }
    }
    if (tm.type != doc::EntityType::kPerson) {
      for (std::size_t c = 0; c < links.clusters.size(); ++c) {
        const DocCluster& cl = links.clusters[c];
        if (cl.intro_head == tm.head && cl.first_token < tm.first_token) add(static_cast<int>(c));
      }
    }
    if (cands.size() > 1 && tm.type != doc::EntityType::kPerson) {
      // Several organisations were introduced with this head: the most mentioned one so far,
      // when it has at least twice the mentions of any other (the article's topic).
      std::vector<std::size_t> seen(cands.size(), 0);
      for (std::size_t k = 0; k < cands.size(); ++k) {
        for (std::uint32_t m : links.clusters[static_cast<std::size_t>(cands[k])].names) {
          if (doc.mentions[m].first_token < tm.first_token) ++seen[k];
        }
      }
      const std::size_t top = static_cast<std::size_t>(
          std::max_element(seen.begin(), seen.end()) - seen.begin());
      bool dominant = true;
      for (std::size_t k = 0; k < cands.size(); ++k) {
        if (k != top && seen[top] < 2 * seen[k]) dominant = false;
      }
      if (dominant) cands = {cands[top]};
    }
    if (cands.size() == 1) bind(t, cands.front());
  }
  // 7e. A generic role with its modifiers and no name (وتابع المسؤول الروسي قائلا): the one
  // person the document gave, before it, a title holding every modifier (المبعوث الخاص للرئيس
  // الروسي إلى سوريا ألكسندر لافرنتيف). Only a role that names no office (مسؤول, ROLE in the
  // lexicon): a role with an office of its own (الرئيس الفلسطيني after رئيس الوزراء الفلسطيني X)
  // is someone else as often as not. Not a title that is an office and the same modifiers alone
  // (الرئيس الأمريكي، الزعيم الكوري الشمالي): the press names the country's leader by the office,
  // and "the American official" is someone below them. Left open when two persons hold such
  // titles (وزير الخارجية الروسي لافروف ونائبه ميخائيل بوغدانوف، نائب وزير الخارجية الروسي), and
  // when an unnamed one was introduced before it (قال مسؤول روسي، قال دبلوماسي فرنسي ... وأضاف
  // المسؤول الروسي/الفرنسي).
  for (std::size_t t = 0; t < nt; ++t) {
    const TitleMatch& tm = scan.titles[t];
    if (tm.type != doc::EntityType::kPerson || tm.bare || tm.possessive || links.title_cluster[t] >= 0 ||
        !lexicon_.IsGenericRole(tm.head)) {
      continue;
    }
    // The role itself with the article (not "مصدر مسؤول بوزارة الخارجية"), and a relational
    // adjective among its modifiers (not "المسؤول السابق", which says nothing of who).
    if (!tm.written.starts_with("\xd8\xa7\xd9\x84") /* ال */) continue;
    const std::string_view key = tm.key;
    const std::size_t space = key.find(' ');
    if (space == std::string_view::npos) continue;
    const std::string_view modifiers = key.substr(space + 1);
    std::string_view nisba;
    for (std::string_view rest = modifiers; !rest.empty() && nisba.empty();) {
      const std::size_t sp = rest.find(' ');
      const std::string_view w = rest.substr(0, sp);
      if (IsNisbaStem(w)) nisba = w;
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    }
    if (nisba.empty() || IndefiniteBefore(a, tm.first_token, nisba)) continue;
    int found = -1;
    bool several = false;
    for (std::size_t u = 0; u < nt && !several; ++u) {
      const int c = links.title_cluster[u];
      if (c < 0 || c == found || scan.titles[u].first_token >= tm.first_token ||
          links.clusters[static_cast<std::size_t>(c)].type != doc::EntityType::kPerson ||
          !HoldsEveryWord(scan.titles[u].key, modifiers) ||
          WordCount(scan.titles[u].key) == WordCount(key)) {
        continue;
      }
      if (found >= 0) several = true;
      found = c;
    }
    if (found >= 0 && !several) bind(t, found);
  }
  return links;
}

}  // namespace marsad::entities
