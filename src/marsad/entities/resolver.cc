// The entities stage: titles, in-document links, matching against the entity table; see
// resolver.h and docs/entities.md.
#include "marsad/entities/resolver.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <span>
#include <tuple>
#include <unordered_set>

#include "marsad/entities/resolver_state.h"
#include "marsad/entities/word_shape.h"

namespace marsad::entities {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
// Spelling checks against a record with at least this many names go through the memo
// (State::spelling_memo); fewer names are compared directly, which costs less than a
// look-up.
constexpr std::size_t kMemoNames = 4;

std::size_t TypeSlot(doc::EntityType t) {
  switch (t) {
    case doc::EntityType::kPerson: return 0;
    case doc::EntityType::kLocation: return 1;
    default: return 2;
  }
}

template <typename T>
void AddUnique(std::vector<T>* v, T x) {
  if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
}

// Adds n to the count of `text`; returns true when it was not there.
bool Bump(std::vector<CountedText>* v, std::string_view text, std::uint32_t n) {
  for (CountedText& c : *v) {
    if (c.text == text) {
      c.count += n;
      return false;
    }
  }
  v->push_back({std::string(text), n});
  return true;
}

void DropPair(std::vector<std::pair<std::uint32_t, std::uint32_t>>* v, std::uint32_t key) {
  for (std::size_t i = 0; i < v->size(); ++i) {
    if ((*v)[i].first != key) continue;
    if (--(*v)[i].second == 0) v->erase(v->begin() + static_cast<std::ptrdiff_t>(i));
    return;
  }
}

bool HasPair(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& v, std::uint32_t key) {
  for (const auto& p : v) {
    if (p.first == key) return true;
  }
  return false;
}

const std::vector<std::uint32_t>* Find(const StringMap<std::vector<std::uint32_t>>& m,
                                       std::string_view key) {
  return m.Find(key);
}

}  // namespace

doc::EntityType Record::type() const {
  if (description) return doc::EntityType::kOrganization;
  std::size_t best = 0;
  for (std::size_t t = 1; t < 3; ++t) {
    if (type_votes[t] > type_votes[best]) best = t;
  }
  return best == 0 ? doc::EntityType::kPerson
                   : best == 1 ? doc::EntityType::kLocation : doc::EntityType::kOrganization;
}

void Record::PackFirst() {
  first_words = 0;
  if (name_spellings.size() != 1) return;
  const NameSpelling& ns = name_spellings.front();
  const SpellingSignature& sig = ns.signature;
  if (!sig.spelled || sig.words != ns.words || ns.words == 0 || ns.words > 0xff || sig.size > 0xff ||
      ns.spellings > 0xff) {
    return;
  }
  first_letters = sig.letters;
  first_size = static_cast<std::uint8_t>(sig.size);
  first_spellings = static_cast<std::uint8_t>(ns.spellings);
  first_words = static_cast<std::uint8_t>(ns.words);
  first_prints = {};
  if (ns.words <= ns.prints.size()) {  // made by AppendDerived
    std::copy_n(ns.prints.begin(), ns.words, first_prints.begin());
  } else if (ns.words <= first_prints.size()) {
    WordPrints(Spelled(0), std::span<WordPrint>(first_prints.data(), ns.words));
  }
}

void Record::AppendDerived(const NameForm& form) {
  NameSpelling ns;
  ns.signature = SignatureOf(form);
  ns.at = static_cast<std::uint32_t>(name_letters.size());
  ns.spellings = static_cast<std::uint32_t>(form.spellings.size());
  ns.words = static_cast<std::uint32_t>(form.keys.size());
  if (ns.signature.spelled && ns.words <= ns.prints.size()) {
    WordPrints(SpelledNameOf(form), std::span<WordPrint>(ns.prints.data(), ns.words));
  }
  name_letters += form.spellings;
  name_letters += form.skeletons;
  name_spellings.push_back(ns);
  // Sized and copied once: this runs for every name new to a record.
  std::size_t size = form.first_stem.size() + form.key.size() + 2;
  for (const std::string& key : form.keys) size += key.size() + 1;
  std::string& parts = name_keys.emplace_back().parts;
  parts.resize(size);
  char* p = parts.data();
  auto put = [&p](std::string_view part) {
    std::memcpy(p, part.data(), part.size());
    p += part.size();
    *p++ = NameKeys::kEnd;
  };
  put(form.first_stem);
  put(form.key);
  for (const std::string& key : form.keys) put(key);
  if (ns.words >= 2) ++multi_word_names;
  if (name_spellings.size() <= 2) PackFirst();  // packed, or a second name unpacks it
}

void Record::AppendDerived(const Record& other, std::size_t j) {
  NameSpelling ns = other.name_spellings[j];
  const SpelledName from = other.Spelled(j);
  ns.at = static_cast<std::uint32_t>(name_letters.size());
  name_letters += from.spellings;
  name_letters += from.skeletons;
  name_spellings.push_back(ns);
  name_keys.push_back(other.name_keys[j]);
  if (ns.words >= 2) ++multi_word_names;
  if (name_spellings.size() <= 2) PackFirst();  // packed, or a second name unpacks it
}

void Record::EraseDerived(std::size_t j) {
  const std::size_t at = name_spellings[j].at;
  const std::size_t end = j + 1 < name_spellings.size() ? name_spellings[j + 1].at : name_letters.size();
  name_letters.erase(at, end - at);
  for (std::size_t i = j + 1; i < name_spellings.size(); ++i) {
    name_spellings[i].at -= static_cast<std::uint32_t>(end - at);
  }
  if (name_spellings[j].words >= 2) --multi_word_names;
  name_spellings.erase(name_spellings.begin() + static_cast<std::ptrdiff_t>(j));
  name_keys.erase(name_keys.begin() + static_cast<std::ptrdiff_t>(j));
  PackFirst();
}

NameForm Record::IndexedForm(std::size_t j) const {
  NameForm f;
  const std::string& parts = name_keys[j].parts;
  std::size_t from = 0;
  auto next = [&]() {
    const std::size_t end = parts.find(NameKeys::kEnd, from);
    const std::string_view part = std::string_view(parts).substr(from, end - from);
    from = end + 1;
    return part;
  };
  f.first_stem = next();
  f.key = next();
  while (from < parts.size()) f.keys.emplace_back(next());
  return f;
}

Resolver::State::State(const text::Analyzer& a, ResolverOptions o,
                       std::shared_ptr<const LanguageData> d)
    : analyzer(a),
      options(o),
      data(d ? std::move(d) : std::make_shared<const LanguageData>(a)),
      lexicon(data->lexicon),
      titles(data->titles),
      linker(data->linker) {}

std::string_view FirstLastKey(std::string_view first, std::string_view last, std::string* out) {
  out->assign(first);
  out->push_back('\x1f');
  out->append(last);
  return *out;
}

void BumpPair(std::vector<std::pair<std::uint32_t, std::uint32_t>>* v, std::uint32_t key,
              std::size_t cap) {
  for (auto& p : *v) {
    if (p.first == key) {
      ++p.second;
      return;
    }
  }
  if (v->size() < cap) {
    v->emplace_back(key, 1);
    return;
  }
  // Full: forget the least seen (the first of them), as a bounded profile must (a cap of 0
  // keeps none). Looked for only here: lists are seldom full.
  if (v->empty()) return;
  auto min = v->begin();
  for (auto it = v->begin() + 1; it != v->end(); ++it) {
    if (it->second < min->second) min = it;
  }
  *min = {key, 1};
}

void DocKeys::Reset(const std::vector<std::uint32_t>& keys) {
  keys_ = &keys;
  // At most a quarter full, so a look-up of an absent key mostly ends at its first slot.
  unsigned bits = 3;
  while ((std::size_t{1} << bits) < 4 * keys.size()) ++bits;
  shift_ = 32 - bits;
  mask_ = (std::uint32_t{1} << bits) - 1;
  table_.assign(std::size_t{1} << bits, {0, kNone});
  low_bits_ = 0;
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    low_bits_ |= std::uint64_t{1} << (keys[i] & 63);
    std::uint32_t h = Slot(keys[i]);
    while (table_[h].second != kNone) h = (h + 1) & mask_;
    table_[h] = {keys[i], i};
  }
}

void BumpPairs(std::vector<std::pair<std::uint32_t, std::uint32_t>>* v, const DocKeys& keys,
               std::uint32_t skip, std::size_t cap, std::vector<std::uint32_t>* place) {
  constexpr std::uint32_t kNone = DocKeys::kNone;
  const std::vector<std::uint32_t>& ks = keys.keys();
  place->assign(ks.size(), kNone);
  // One pass: where each key already is.
  std::size_t present = 0;
  for (std::uint32_t i = 0; i < v->size(); ++i) {
    const std::uint32_t k = keys.Find((*v)[i].first);
    if (k != kNone && ks[k] != skip) {
      (*place)[k] = i;
      ++present;
    }
  }
  // The keys counted: all but `skip` (the keys are distinct), found by one look-up.
  const std::size_t counted = ks.size() - (keys.Find(skip) != kNone ? 1 : 0);
  if (v->size() + (counted - present) <= cap) {
    // Nothing is evicted: BumpPair per key counts the present ones and appends the others in
    // order.
    for (std::size_t j = 0; j < ks.size(); ++j) {
      if (ks[j] == skip) continue;
      if ((*place)[j] != kNone) {
        ++(*v)[(*place)[j]].second;
      } else {
        v->emplace_back(ks[j], 1);
      }
    }
    return;
  }
  // The list fills: replay BumpPair key by key. Each absent key evicts the first least seen
  // pair, which may be a key counted before (or to be counted after: then it is absent by
  // its turn). `min` is that pair's place, or kNone when it must be looked for again; once
  // found, it holds the key just put there, so counting later keys leaves it the least.
  std::uint32_t min = kNone;
  for (std::size_t j = 0; j < ks.size(); ++j) {
    if (ks[j] == skip) continue;
    const std::uint32_t at = (*place)[j];
    if (at != kNone) {
      ++(*v)[at].second;  // never the pair at `min`: that is a key already counted
      continue;
    }
    if (v->size() < cap) {
      (*place)[j] = static_cast<std::uint32_t>(v->size());
      v->emplace_back(ks[j], 1);
      min = kNone;
      continue;
    }
    if (v->empty()) continue;  // a cap of 0
    if (min == kNone) {
      // Counts are at least 1 (pairs come with 1, DropPair erases them at 0, the codec
      // refuses 0): the first pair seen once is the first least seen, and a full list is
      // mostly pairs seen once, so the scan seldom reads far.
      min = 0;
      for (std::uint32_t i = 1; i < v->size() && (*v)[min].second > 1; ++i) {
        if ((*v)[i].second < (*v)[min].second) min = i;
      }
    }
    auto& evicted = (*v)[min];
    const std::uint32_t gone = keys.Find(evicted.first);
    if (gone != kNone) (*place)[gone] = kNone;
    // A count of at least 1 was the least, and none before it was as low: the new pair's 1
    // is still the first least seen.
    const bool still_least = evicted.second >= 1;
    evicted = {ks[j], 1};
    (*place)[j] = min;
    if (!still_least) min = kNone;
  }
}

std::uint32_t Resolver::State::SpellingId(const NameForm& form) {
  // The words' spellings (each closed by NameForm::kWordEnd), after the word count of the
  // keys (SpellingsAgree reads a form without spellings as unchecked).
  std::string& key = spelling_scratch;  // reused: most spellings are interned already
  key.clear();
  const auto words = static_cast<char32_t>(form.keys.size());
  key.append(reinterpret_cast<const char*>(&words), sizeof(char32_t));
  key.append(reinterpret_cast<const char*>(form.spellings.data()), form.spellings.size() * sizeof(char32_t));
  return *spelling_ids.TryEmplace(key, static_cast<std::uint32_t>(spelling_ids.size())).first;
}

void Resolver::State::MarkSaved() {
  journal.records = static_cast<std::uint32_t>(records.size());
  journal.docs = static_cast<std::uint32_t>(docs.size());
  journal.sources = static_cast<std::uint32_t>(sources.size());
  journal.removed.clear();
  journal.dropped.clear();
  journal.new_titles.clear();
}

std::uint32_t Resolver::State::SourceIndex(std::string_view source) {
  auto [i, added] = source_index.TryEmplace(source, static_cast<std::uint32_t>(sources.size()));
  if (added) sources.emplace_back(source);
  return *i;
}

void Resolver::State::IndexName(std::uint32_t e, const NameForm& form) {
  if (form.empty()) return;
  if (records[e].type() == doc::EntityType::kPerson) {
    AddUnique(&person_full[form.key], e);
    if (form.size() >= 2) {
      // Not a father's name as a surname (سلمان of محمد بن سلمان).
      if (!linker.NamesForebear(form.keys, form.size() - 1)) AddUnique(&person_last[form.last()], e);
      AddUnique(&person_first[form.first()], e);
      AddUnique(&person_first_last[FirstLastKey(form.first(), form.last(), &first_last_scratch)], e);
    }
  } else {
    for (const std::string& k : linker.PlaceOrgKeys(form)) AddUnique(&place_keys[k], e);
  }
}

void Resolver::State::AddName(std::uint32_t e, const NameForm& form, std::uint32_t count) {
  Record& r = records[e];
  if (!Bump(&r.names, form.written, count)) return;
  r.AppendDerived(form);
  IndexName(e, form);
}

bool Resolver::State::AddTitle(std::uint32_t e, std::string_view written, std::string_view key,
                               std::uint32_t count) {
  Record& r = records[e];
  if (!Bump(&r.titles, written, count)) return false;
  r.title_keys.emplace_back(key);
  if (!key.empty()) AddUnique(&title_index[key], e);
  return true;
}

bool Resolver::State::CountContributions(const DocEntry& entry, std::vector<std::string>* new_title_keys,
                                         std::size_t* next_key) {
  for (const Contribution& c : entry.contributions) {
    Record& r = records[c.entity];
    r.mentions += c.mentions;
    for (std::size_t t = 0; t < 3; ++t) r.type_votes[t] += c.type_votes[t];
    for (const ContribText& n : entry.Names(c)) {
      if (!Bump(&r.names, entry.Text(n), n.count)) continue;
      r.AppendDerived(linker.names().FromWritten(entry.Text(n)));  // indexed by the Reindex after the replay
    }
    for (const ContribText& t : entry.Titles(c)) {
      if (!Bump(&r.titles, entry.Text(t), t.count)) continue;
      if (*next_key == new_title_keys->size()) return false;
      r.title_keys.push_back(std::move((*new_title_keys)[(*next_key)++]));
    }
    for (const ContribText& k : entry.KnownTitles(c)) Bump(&r.known_titles, entry.Text(k), k.count);
  }
  return true;
}

void Resolver::State::LinkDocument(std::uint32_t number, const DocEntry& entry,
                                   const std::vector<std::uint32_t>& entities, std::size_t max_cooccurring) {
  doc_keys.Reset(entities);
  for (std::uint32_t e : entities) {
    Record& r = records[e];
    if (r.docs.empty() || r.docs.back() != number) r.docs.push_back(number);
    BumpPair(&r.sources, entry.source, std::size_t{1} << 16);
    if (entry.timed) {
      if (!r.timed) {
        r.timed = true;
        r.first_seen = r.last_seen = entry.time;
      }
      r.first_seen = std::min(r.first_seen, entry.time);
      r.last_seen = std::max(r.last_seen, entry.time);
    }
    BumpPairs(&r.cooccurring, doc_keys, e, max_cooccurring, &pair_place);
  }
}

void Resolver::State::Reindex() {
  person_full.Clear();
  person_last.Clear();
  person_first.Clear();
  person_first_last.Clear();
  place_keys.Clear();
  title_index.Clear();
  spelling_memo.Clear();  // names may have been taken away: the counts compared no longer hold
  for (std::uint32_t e = 0; e < records.size(); ++e) {
    Record& r = records[e];
    for (std::size_t j = 0; j < r.name_keys.size(); ++j) IndexName(e, r.IndexedForm(j));
    for (const std::string& k : r.title_keys) {
      if (!k.empty()) AddUnique(&title_index[k], e);
    }
  }
}

Resolver::Resolver(const text::Analyzer& analyzer, ResolverOptions options)
    : state_(std::make_unique<State>(analyzer, options)) {}
Resolver::Resolver(std::unique_ptr<State> state) : state_(std::move(state)) {}
Resolver::~Resolver() = default;

Resolver Resolver::EmptyLike() const {
  return Resolver(std::make_unique<State>(state_->analyzer, state_->options, state_->data));
}
Resolver::Resolver(Resolver&&) noexcept = default;
Resolver& Resolver::operator=(Resolver&&) noexcept = default;

const EntityLexicon& Resolver::lexicon() const { return state_->lexicon; }
const TitleFinder& Resolver::title_finder() const { return state_->titles; }
const DocLinker& Resolver::linker() const { return state_->linker; }

namespace {

// Two people the name tagger took for one, cut apart:
//  - coordinated (كيم وترامب, كيم جونغ أون ودونالد ترامب): cut before a word that is و + a
//    word the document begins another person's name with (محمد وليد stays whole unless the
//    document names someone ليد);
//  - run together over a verb or two (كيم جونغ أون شكر مون جاي): cut when the span begins
//    with a name the document writes on its own, and after at most two more words goes on
//    with the beginning of another name it writes on its own (مون جاي إن). Both people must
//    be attested apart, and one of the two parts must have two words or more: محمد علي stays
//    whole beside محمد and علي, محمد بن سلمان بن عبد العزيز beside عبد الله.
void SplitJoinedPersons(doc::AnalyzedDoc* doc) {
  const text::TextAnalysis& a = doc->analysis;
  constexpr std::string_view kWaw = "\xd9\x88";  // و
  auto is_person = [&](const doc::Mention& m) {
    return m.kind == doc::MentionKind::kName && m.type == doc::EntityType::kPerson &&
           m.first_token < m.end_token && m.end_token <= a.tokens.size();
  };
  struct Name {
    std::uint32_t first, end;
  };
  std::vector<Name> names;
  std::unordered_set<std::string_view> first_words;
  for (const doc::Mention& m : doc->mentions) {
    if (!is_person(m)) continue;
    names.push_back({m.first_token, m.end_token});
    first_words.insert(a.norm(m.first_token));
  }
  // Whether words [from, to) are, word for word, the whole of a person name of the document
  // written elsewhere (not at `from`).
  auto written_apart = [&](std::uint32_t from, std::uint32_t to) {
    for (const Name& n : names) {
      if (n.first == from || n.end - n.first != to - from) continue;
      bool same = true;
      for (std::uint32_t i = 0; i < to - from && same; ++i) same = a.norm(n.first + i) == a.norm(from + i);
      if (same) return true;
    }
    return false;
  };
  // How many words [from, to) and a person name written elsewhere have alike, when they
  // begin alike for all the words of the shorter (the most over such names; 0: none).
  auto begins_apart = [&](std::uint32_t from, std::uint32_t to) {
    std::uint32_t best = 0;
    for (const Name& n : names) {
      if (n.first == from) continue;
      const std::uint32_t len = std::min(to - from, n.end - n.first);
      bool same = true;
      for (std::uint32_t i = 0; i < len && same; ++i) same = a.norm(n.first + i) == a.norm(from + i);
      if (same) best = std::max(best, len);
    }
    return best;
  };
  // Cuts *m before the second person; returns that person's part (the words between the
  // two, if any, are dropped).
  auto cut = [&](doc::Mention* m) -> std::optional<doc::Mention> {
    if (!is_person(*m)) return std::nullopt;
    auto split = [&](std::uint32_t head_end, std::uint32_t tail_first) {
      doc::Mention tail = *m;
      tail.first_token = tail_first;
      tail.span.begin = a.tokens[tail_first].token.begin;
      m->end_token = head_end;
      m->span.end = a.tokens[head_end - 1].token.end;
      return tail;
    };
    for (std::uint32_t t = m->first_token + 1; t < m->end_token; ++t) {
      if (a.tokens[t].token.kind != text::TokenKind::kArabicWord) continue;
      const std::string_view w = a.norm(t);
      if (!w.starts_with(kWaw) || w.size() < kWaw.size() + 6) continue;  // 3 letters after و
      if (first_words.count(w.substr(kWaw.size())) == 0) continue;
      return split(t, t);
    }
    for (std::uint32_t p = m->end_token - 1; p > m->first_token; --p) {
      if (!written_apart(m->first_token, p)) continue;
      for (std::uint32_t q = p; q < m->end_token && q <= p + 2; ++q) {
        if (a.tokens[q].token.kind != text::TokenKind::kArabicWord) continue;
        // One word on each side (محمد علي) is too little to say they are two people.
        const std::uint32_t tail = begins_apart(q, m->end_token);
        if (tail > 0 && (p - m->first_token >= 2 || tail >= 2)) return split(p, q);
      }
    }
    return std::nullopt;
  };
  std::vector<doc::Mention> pending;
  for (doc::Mention& m : doc->mentions) {
    if (auto tail = cut(&m)) pending.push_back(*tail);
  }
  // A tail may hold a third person (أ وب وج).
  while (!pending.empty()) {
    doc::Mention m = pending.back();
    pending.pop_back();
    if (auto tail = cut(&m)) pending.push_back(*tail);
    doc->mentions.push_back(m);
  }
}

// Role words the name tagger may have put at the front of a person mention
// (الرئيس الروسي فلاديمير بوتين): heads and title modifiers written with the article, or
// followed inside the mention by such a word (رئيس الوزراء ...). An indefinite head alone
// is left: it may be a given name (أمير, سلطان, أمين).
void TrimPersonMentions(const EntityLexicon& lex, doc::AnalyzedDoc* doc) {
  const text::TextAnalysis& a = doc->analysis;
  thread_local std::vector<CliticSplit> splits;  // per thread: Prepare runs per document
  // 0: not a role word; 1: a role word without the article; 2: with the article.
  auto role_word = [&](std::uint32_t t) -> int {
    if (a.tokens[t].token.kind != text::TokenKind::kArabicWord) return 0;
    SplitProclitics(a.norm(t), 2, &splits,
                    !text::StartsWithHamzatedAlefLam(a.tokens[t].token.In(doc->document.text)));
    int best = 0;
    for (const CliticSplit& s : splits) {
      if (s.conjunction) continue;
      const bool role = lex.HeadType(s.stem).has_value() ||
                        lex.Modifier(s.stem) != ModifierKind::kNone ||
                        (s.article && IsNisbaStem(s.stem));
      if (role) best = std::max(best, s.article ? 2 : 1);
    }
    return best;
  };
  for (doc::Mention& m : doc->mentions) {
    if (m.kind != doc::MentionKind::kName || m.type != doc::EntityType::kPerson) continue;
    std::uint32_t first = m.first_token;
    while (first + 1 < m.end_token && first + 1 < a.tokens.size()) {
      const int here = role_word(first);
      if (here == 0) break;
      if (here == 1 && role_word(first + 1) != 2) break;
      ++first;
    }
    if (first != m.first_token) {
      m.first_token = first;
      m.span.begin = a.tokens[first].token.begin;
    }
  }
  SplitJoinedPersons(doc);
}

}  // namespace

void Resolver::Add(doc::AnalyzedDoc* doc) { Commit(doc, Prepare(doc)); }

PreparedDoc Resolver::Prepare(doc::AnalyzedDoc* doc) const {
  const State& s = *state_;
  // Earlier titles go; every resolution is redone.
  std::erase_if(doc->mentions, [](const doc::Mention& m) { return m.kind == doc::MentionKind::kTitle; });
  for (doc::Mention& m : doc->mentions) m.entity.reset();
  TrimPersonMentions(s.lexicon, doc);
  PreparedDoc out;
  out.titles.titles = s.titles.FindTitles(*doc);
  doc->mentions.reserve(doc->mentions.size() + out.titles.titles.size());  // grown once
  for (const TitleMatch& tm : out.titles.titles) {
    doc::Mention m;
    m.span = tm.span;
    m.kind = doc::MentionKind::kTitle;
    m.first_token = tm.first_token;
    m.end_token = tm.end_token;
    m.type = tm.type;
    doc->mentions.push_back(m);
  }
  auto in_text_order = [](const doc::Mention& x, const doc::Mention& y) {
    if (x.span.begin != y.span.begin) return x.span.begin < y.span.begin;
    return x.span.end > y.span.end;
  };
  // The titles were found in text order: when the names before them are in order too (the
  // tagger's are, unless a joined span was cut), merging the two is the stable sort's result
  // in one pass.
  const auto titles_begin = doc->mentions.end() - static_cast<std::ptrdiff_t>(out.titles.titles.size());
  if (std::is_sorted(doc->mentions.begin(), titles_begin, in_text_order)) {
    std::inplace_merge(doc->mentions.begin(), titles_begin, doc->mentions.end(), in_text_order);
  } else {
    std::stable_sort(doc->mentions.begin(), doc->mentions.end(), in_text_order);
  }
  // Find's titles are what Describe reads back from the sorted mentions (the same phrases,
  // in text order: they overlap neither each other nor the names); the introductions name
  // mentions by index, so they are found after the sort.
  out.titles.introductions = s.titles.FindIntroductions(*doc);
  out.names = s.linker.Read(*doc);
  return out;
}

void Resolver::Commit(doc::AnalyzedDoc* doc) {
  const State& s = *state_;
  PreparedDoc prepared;
  prepared.titles = s.titles.Describe(*doc);
  prepared.names = s.linker.Read(*doc);
  Commit(doc, std::move(prepared));
}

void Resolver::Commit(doc::AnalyzedDoc* doc, PreparedDoc prepared) {
  State& s = *state_;
  const ResolverOptions& opt = s.options;
  const std::string& id = doc->document.id;
  if (s.doc_index.find(id) != s.doc_index.end()) Remove(id);
  for (doc::Mention& m : doc->mentions) m.entity.reset();

  const TitleScan& scan = prepared.titles;
  // The per-document lists are the State's, cleared here, so that their memory is reused.
  State::CommitScratch& sc = s.scratch;
  std::vector<std::size_t>& title_mention = sc.title_mention;  // scan.titles index -> doc->mentions index
  title_mention.clear();
  for (std::size_t m = 0; m < doc->mentions.size(); ++m) {
    if (doc->mentions[m].kind == doc::MentionKind::kTitle) title_mention.push_back(m);
  }
  const KnownKeyFn known = [&s](bool person, std::string_view key) -> std::size_t {
    const std::vector<std::uint32_t>* v = Find(person ? s.person_full : s.place_keys, key);
    std::size_t mentions = 0;
    if (v != nullptr) {
      for (std::uint32_t e : *v) mentions += s.records[e].mentions;
    }
    return mentions;
  };
  DocLinks links = s.linker.Link(*doc, scan, std::move(prepared.names), known);
  std::vector<DocCluster>& clusters = links.clusters;

  const auto doc_number = static_cast<std::uint32_t>(s.docs.size());
  DocEntry entry;
  entry.id = id;
  entry.source = s.SourceIndex(doc->document.source);
  if (doc->document.published) {
    entry.timed = true;
    entry.time = doc->document.published->seconds;
  }

  // Matching: places, organisations and full person names first; their entities are the
  // context that decides the surnames and given names that follow.
  std::vector<std::vector<std::string_view>>& cluster_title_keys = sc.cluster_title_keys;  // scan's keys
  if (cluster_title_keys.size() < clusters.size()) cluster_title_keys.resize(clusters.size());
  for (std::size_t c = 0; c < clusters.size(); ++c) cluster_title_keys[c].clear();
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    for (std::uint32_t t : clusters[c].titles) AddUnique(&cluster_title_keys[c], std::string_view(scan.titles[t].key));
  }
  std::vector<std::size_t>& order = sc.order;
  order.resize(clusters.size());
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
  // Each cluster's pass, found once (FullForm compares every pair of its forms' keys; the
  // sort asked it again for every comparison).
  std::vector<std::uint8_t>& pass = sc.pass;
  pass.resize(clusters.size());
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    const DocCluster& cl = clusters[c];
    pass[c] = cl.type != doc::EntityType::kPerson || cl.description ? 0 : cl.FullForm().size() >= 2 ? 1 : 2;
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return pass[x] < pass[y]; });

  std::vector<std::uint32_t>& entity_of = sc.entity_of;
  entity_of.assign(clusters.size(), 0);
  std::vector<std::uint32_t>& context = sc.context;  // entities of this document decided so far
  context.clear();
  if (++s.context_stamp == 0) {  // wrapped around: old marks would look current
    for (Record& r : s.records) r.context_stamp = 0;
    s.context_stamp = 1;
  }
  auto in_context = [&s](std::uint32_t e) {
    return e < s.records.size() && s.records[e].context_stamp == s.context_stamp;
  };
  // The context's entities as bits (entity mod 256): a candidate's co-occurring entities are
  // mostly not in it, and the bit tells so without reading the marks (a miss per entity).
  ContextBits context_bits;
  std::vector<Candidate>& cands = sc.cands;
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& most = sc.most;  // cand_most's (mentions, entity)
  std::string& first_last = sc.first_last;  // FirstLastKey's bytes
  std::vector<const NameForm*>& spelled_forms = sc.spelled_forms;
  std::vector<SpellingSignature>& spelled_signatures = sc.spelled_signatures;  // theirs
  std::vector<WordPrint>& spelled_prints = sc.spelled_prints;  // their words', one after the other
  std::vector<std::uint32_t>& spelled_prints_at = sc.spelled_prints_at;  // where each form's begin
  std::vector<std::uint32_t>& spelled_ids = sc.spelled_ids;  // their SpellingIds, made when first needed
  for (std::size_t c : order) {
    const DocCluster& cl = clusters[c];
    cands.clear();
    // A shared key is not enough: the key is lossy (كوريا, القاهرة and الفجيرة share one), so
    // some name of the cluster must be written like some name of the entity.
    bool check_spelling = !cl.description;
    // The cluster's readings, each spelling once (a name mentioned ten times is compared
    // once): SpellingsAgree reads only the spellings and skeletons.
    spelled_forms.clear();
    for (const NameForm& f : cl.forms) {
      const bool seen = std::any_of(spelled_forms.begin(), spelled_forms.end(), [&](const NameForm* g) {
        return g->keys.size() == f.keys.size() && g->spellings == f.spellings && g->skeletons == f.skeletons;
      });
      if (!seen) spelled_forms.push_back(&f);
    }
    spelled_signatures.clear();
    for (const NameForm* f : spelled_forms) spelled_signatures.push_back(SignatureOf(*f));
    spelled_prints_at.clear();  // the prints are made when a record's signature first passes
    // Reading i's words' prints (none when it is not spelled).
    auto prints_of = [&](std::size_t i) {
      if (spelled_prints_at.empty()) {
        spelled_prints.clear();
        for (std::size_t j = 0; j < spelled_forms.size(); ++j) {
          spelled_prints_at.push_back(static_cast<std::uint32_t>(spelled_prints.size()));
          if (!spelled_signatures[j].spelled) continue;
          const std::size_t words = spelled_forms[j]->size();
          spelled_prints.resize(spelled_prints.size() + words);
          WordPrints(SpelledNameOf(*spelled_forms[j]), std::span<WordPrint>(spelled_prints).last(words));
        }
        spelled_prints_at.push_back(static_cast<std::uint32_t>(spelled_prints.size()));
      }
      return std::span<const WordPrint>(spelled_prints).subspan(spelled_prints_at[i],
                                                                spelled_prints_at[i + 1] - spelled_prints_at[i]);
    };
    // Whether reading i may agree with a record name whose words have `prints` (none: not
    // kept), as far as the words' prints tell; false only when SpellingsAgree would be.
    auto may_agree_by_word = [&](std::size_t i, std::span<const WordPrint> prints) {
      return prints.empty() || !spelled_signatures[i].spelled || MaySpellAlikeByWord(prints_of(i), prints);
    };
    spelled_ids.clear();
    // Whether name i of the cluster's and name j of record r's agree; most that do not are
    // told by their signatures, without reading the names.
    auto agree = [&](std::size_t i, const Record& r, std::size_t j) {
      const NameSpelling& ns = r.name_spellings[j];
      return MaySpellAlike(spelled_signatures[i], ns.signature) && may_agree_by_word(i, ns.Prints()) &&
             SpellingsAgree(SpelledNameOf(*spelled_forms[i]), r.Spelled(j));
    };
    auto spelled_alike = [&](std::uint32_t e) {
      const Record& r = s.records[e];
      if (r.first_words != 0) {  // one name: agree(i, r, 0) from the first line
        const SpellingSignature sig = r.FirstSignature();
        const std::span<const WordPrint> prints = r.FirstPrints();
        for (std::size_t i = 0; i < spelled_forms.size(); ++i) {
          // Its words' prints (of three words or fewer), when the reading has them too.
          if (MaySpellAlike(spelled_signatures[i], sig) && may_agree_by_word(i, prints) &&
              SpellingsAgree(SpelledNameOf(*spelled_forms[i]), r.FirstSpelled())) {
            return true;
          }
        }
        return false;
      }
      if (r.name_spellings.size() < kMemoNames) {
        for (std::size_t i = 0; i < spelled_forms.size(); ++i) {
          for (std::size_t j = 0; j < r.name_spellings.size(); ++j) {
            if (agree(i, r, j)) return true;
          }
        }
        return false;
      }
      if (spelled_ids.empty()) {
        for (const NameForm* f : spelled_forms) spelled_ids.push_back(s.SpellingId(*f));
      }
      const auto names = static_cast<std::uint32_t>(r.name_spellings.size());
      for (std::size_t i = 0; i < spelled_forms.size(); ++i) {
        std::uint32_t& done = s.spelling_memo.FindOrInsert((std::uint64_t{spelled_ids[i]} + 1) << 32 | e);
        if (done == State::kSpellingAgreed) return true;
        for (; done < names; ++done) {
          if (agree(i, r, done)) {
            done = State::kSpellingAgreed;
            return true;
          }
        }
      }
      return false;
    };
    // Each entity is looked at once per cluster (marks), however many keys lead to it.
    if (++s.cand_stamp == 0) {  // wrapped around: old marks would look current
      for (Record& r : s.records) r.cand_stamp = 0;
      s.cand_stamp = 1;
    }
    // Offers entity e as a candidate with name agreement `name`; returns whether it is one.
    auto cand = [&](std::uint32_t e, double name) {
      Record& r = s.records[e];
      if (r.mentions == 0) return false;  // emptied by removals: not a candidate
      std::uint32_t& stamp = r.cand_stamp;
      std::int32_t& slot = r.cand_slot;
      if (stamp == s.cand_stamp && slot >= 0) {
        Candidate& k = cands[static_cast<std::size_t>(slot)];
        k.name = std::max(k.name, name);
        return true;
      }
      if (check_spelling && (stamp == s.cand_stamp || !spelled_alike(e))) {
        stamp = s.cand_stamp;
        slot = -1;  // spelled otherwise (an alias key may still take it)
        return false;
      }
      stamp = s.cand_stamp;
      slot = static_cast<std::int32_t>(cands.size());
      cands.push_back({e, name, 0});
      return true;
    };
    // Offers the entities of `v` that `keep` keeps, most mentioned first (ties: the older),
    // until max_surname_entities of them are candidates; `name_of` gives their agreement.
    auto cand_most = [&](const std::vector<std::uint32_t>& v, auto keep, auto name_of) {
      most.clear();
      for (std::uint32_t e : v) {
        const Record& r = s.records[e];
        if (r.mentions > 0 && keep(r)) most.emplace_back(r.mentions, e);
      }
      OfferMostMentioned(&most, opt.max_surname_entities,
                         [&](std::uint32_t e) { return cand(e, name_of(s.records[e])); });
    };
    bool person = false;
    if (cl.description) {
      for (const std::string& k : cl.keys) {
        if (auto* v = Find(s.title_index, k)) {
          for (std::uint32_t e : *v) {
            if (s.records[e].description) cand(e, opt.exact_name);
          }
        }
      }
    } else if (cl.type != doc::EntityType::kPerson) {
      for (const std::string& k : cl.keys) {
        // Alias groups (داعش = تنظيم الدولة) are matched by their canonical key alone.
        check_spelling = s.lexicon.AliasCanonical(k).empty();
        if (auto* v = Find(s.place_keys, k)) {
          for (std::uint32_t e : *v) {
            if (s.records[e].type() != doc::EntityType::kPerson) cand(e, opt.exact_name);
          }
        }
      }
    } else {
      person = true;
      const NameForm& full = cl.FullForm();
      for (const NameForm& f : cl.forms) {
        if (f.size() < 2) continue;
        if (auto* v = Find(s.person_full, f.key)) {
          for (std::uint32_t e : *v) cand(e, opt.exact_name);
        }
      }
      if (full.size() >= 2) {
        // Same surname: the same person when the given names agree or the entity is known
        // by its surname only; a different given name is a different person.
        if (auto* v = Find(s.person_first_last, FirstLastKey(full.first(), full.last(), &first_last))) {
          for (std::uint32_t e : *v) cand(e, opt.first_and_last);
        }
        const std::vector<std::uint32_t>* v =
            s.linker.NamesForebear(full.keys, full.size() - 1) ? nullptr : Find(s.person_full, full.last());
        if (v != nullptr) {
          cand_most(*v, [](const Record& r) { return r.multi_word_names == 0; },
                    [&opt](const Record&) { return opt.surname; });
        }
      } else {
        const std::string_view k = full.key;
        // Entities some document already named by this word alone: a surname (or a family
        // name first, as كيم for كيم جونغ أون), whatever its place in the full name.
        if (auto* v = Find(s.person_full, k)) {
          cand_most(*v, [](const Record&) { return true; }, [&opt](const Record& r) {
            return r.multi_word_names > 0 ? opt.surname : opt.single_name;
          });
        }
        bool surname_of_someone = false;
        // Not for a word this document writes as a father's name (سلمان beside محمد بن
        // سلمان): a given name there, not the surname of whoever bears it as one.
        if (auto* v = cl.forebear ? nullptr : Find(s.person_last, k)) {
          cand_most(*v, [](const Record&) { return true; }, [&opt](const Record&) { return opt.surname; });
          surname_of_someone = !v->empty();
        }
        if (auto* v = Find(s.person_first, k); v != nullptr && v->size() <= opt.max_given_name_entities) {
          for (std::uint32_t e : *v) cand(e, opt.given_name);
        }
        // An entity known by this one word only is no stronger a match than the people
        // whose surname it is: the evidence decides between them.
        if (surname_of_someone) {
          for (Candidate& k2 : cands) k2.name = std::min(k2.name, opt.surname);
        }
      }
    }

    // Evidence.
    std::uint64_t mention_sum = 0;
    for (const Candidate& k : cands) mention_sum += s.records[k.entity].mentions;
    for (Candidate& k : cands) {
      const Record& r = s.records[k.entity];
      double ev = 0;
      std::size_t shared_titles = 0;
      for (const std::string_view tk : cluster_title_keys[c]) {
        for (const CountedText& kt : r.known_titles) {
          if (kt.text == tk) ++shared_titles;
        }
      }
      ev += opt.title * static_cast<double>(std::min<std::size_t>(shared_titles, 2));
      // The context's entities other than the candidate, and how many of them it was seen
      // with (its co-occurring entities are distinct).
      const std::size_t others = context.size() - (in_context(k.entity) ? 1 : 0);
      std::size_t shared = 0;
      if (others > 0) {
        // The share counts up to `enough` (then it is 1): the scan of the list (up to
        // max_cooccurring) stops there.
        const std::size_t enough = std::min<std::size_t>(others, 5);
        shared = CountInContext(r.cooccurring, k.entity, enough, [&](std::uint32_t o) {
          return context_bits.MayHold(o) && in_context(o);
        });
        ev += opt.cooccurrence * std::min(1.0, static_cast<double>(shared) / static_cast<double>(enough));
      }
      if (HasPair(r.sources, entry.source)) ev += opt.same_source;
      if (entry.timed && r.timed) {
        std::int64_t d = 0;
        if (entry.time < r.first_seen) d = r.first_seen - entry.time;
        if (entry.time > r.last_seen) d = entry.time - r.last_seen;
        if (d <= opt.near_days * kSecondsPerDay) {
          ev += opt.near_time;
        } else if (d <= opt.recent_days * kSecondsPerDay) {
          ev += opt.recent_time;
        }
      }
      if (mention_sum > 0) {
        ev += opt.popularity * static_cast<double>(r.mentions) / static_cast<double>(mention_sum);
      }
      k.evidence = ev;
    }
    std::sort(cands.begin(), cands.end(), [&](const Candidate& x, const Candidate& y) {
      if (x.total() != y.total()) return x.total() > y.total();
      return x.entity < y.entity;
    });

    // Decision.
    std::optional<std::uint32_t> chosen;
    if (!cands.empty()) {
      const Candidate& best = cands.front();
      if (best.name >= opt.strong_name || !person) {
        chosen = best.entity;
      } else {
        std::vector<const Candidate*>& surname_level = sc.surname_level;
        surname_level.clear();
        for (const Candidate& k : cands) {
          if (k.name >= opt.surname) surname_level.push_back(&k);
        }
        if (surname_level.size() == 1) {
          chosen = surname_level.front()->entity;
        } else if (surname_level.size() >= 2) {
          const Candidate& b = *surname_level[0];
          const Candidate& second = *surname_level[1];
          if (b.evidence >= opt.min_evidence && b.total() - second.total() >= opt.margin) {
            chosen = b.entity;
          }
        } else if (cands.size() == 1 && best.evidence >= opt.given_name_evidence) {
          chosen = best.entity;
        }
      }
    }
    if (!chosen) {
      chosen = static_cast<std::uint32_t>(s.records.size());
      s.records.emplace_back();
      Record& r = s.records.back();
      r.description = cl.description;
    }
    entity_of[c] = *chosen;
    if (!in_context(*chosen)) {
      context.push_back(*chosen);
      context_bits.Add(*chosen);
      s.records[*chosen].context_stamp = s.context_stamp;
    }
  }

  // Person titles the document leaves open: the one entity named in it whose known titles
  // include this one.
  for (std::size_t t = 0; t < scan.titles.size(); ++t) {
    const TitleMatch& tm = scan.titles[t];
    if (links.title_cluster[t] >= 0 || tm.bare || tm.type != doc::EntityType::kPerson) continue;
    int found = -1;
    bool unique = true;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].type != doc::EntityType::kPerson || clusters[c].description) continue;
      const Record& r = s.records[entity_of[c]];
      const bool known_title =
          std::any_of(r.known_titles.begin(), r.known_titles.end(), [&](const CountedText& kt) {
            return kt.text == tm.key && kt.count >= opt.known_title_count;
          });
      if (!known_title) continue;
      if (found >= 0 && static_cast<std::uint32_t>(found) != c) unique = false;
      found = static_cast<int>(c);
    }
    if (found >= 0 && unique) {
      links.title_cluster[t] = found;
      clusters[static_cast<std::size_t>(found)].titles.push_back(static_cast<std::uint32_t>(t));
    }
  }

  // The table.
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& first_seen = sc.first_seen;  // (position, cluster)
  first_seen.clear();
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    std::uint32_t pos = clusters[c].first_token;
    for (std::uint32_t t : clusters[c].titles) pos = std::min(pos, scan.titles[t].first_token);
    first_seen.emplace_back(pos, static_cast<std::uint32_t>(c));
  }
  std::sort(first_seen.begin(), first_seen.end());
  // The document's entities, distinct, by first mention: one contribution each.
  std::vector<std::uint32_t>& doc_entities = sc.doc_entities;
  doc_entities.clear();
  for (const auto& [pos, c] : first_seen) AddUnique(&doc_entities, entity_of[c]);
  // Gathered by entity in the scratch lists, then laid out in the entry in one piece.
  using Pending = State::CommitScratch::Pending;
  std::vector<Pending>& pending = sc.pending;
  sc.npending = 0;
  auto bump = [](std::vector<std::pair<std::string_view, std::uint32_t>>* v, std::string_view text) {
    for (auto& [t, n] : *v) {
      if (t == text) {
        ++n;
        return;
      }
    }
    v->emplace_back(text, 1);
  };
  for (const auto& [pos, c] : first_seen) {
    DocCluster& cl = clusters[c];
    const std::uint32_t e = entity_of[c];
    Pending* contrib = nullptr;
    for (std::size_t k = 0; k < sc.npending; ++k) {
      if (pending[k].entity == e) contrib = &pending[k];
    }
    if (contrib == nullptr) {
      if (sc.npending == pending.size()) pending.emplace_back();
      contrib = &pending[sc.npending++];
      contrib->entity = e;
      contrib->mentions = 0;
      contrib->type_votes = {};
      contrib->names.clear();
      contrib->titles.clear();
      contrib->known_titles.clear();
    }
    const EntityId eid(e + 1);
    for (std::size_t i = 0; i < cl.names.size(); ++i) {
      doc::Mention& m = doc->mentions[cl.names[i]];
      const std::size_t slot = TypeSlot(m.type);
      ++s.records[e].type_votes[slot];
      ++contrib->type_votes[slot];
      bump(&contrib->names, cl.forms[i].written);
      s.AddName(e, cl.forms[i], 1);
      ++contrib->mentions;
      m.entity = eid;
    }
    for (std::uint32_t t : cl.titles) {
      const TitleMatch& tm = scan.titles[t];
      // A title new to the record: the delta carries its key (a replay cannot make it).
      if (s.AddTitle(e, tm.written, tm.key, 1)) s.journal.new_titles.push_back({doc_number, e, tm.key});
      bump(&contrib->titles, tm.written);
      if (links.title_evidenced[t] && !tm.bare) {
        Bump(&s.records[e].known_titles, tm.key, 1);
        bump(&contrib->known_titles, tm.key);
      }
      ++contrib->mentions;
    }
    Record& r = s.records[e];
    r.mentions += static_cast<std::uint32_t>(cl.names.size() + cl.titles.size());
  }
  std::size_t nitems = 0, nbytes = 0;
  for (std::size_t k = 0; k < sc.npending; ++k) {
    for (const auto* v : {&pending[k].names, &pending[k].titles, &pending[k].known_titles}) {
      nitems += v->size();
      for (const auto& [t, n] : *v) nbytes += t.size();
    }
  }
  entry.contributions.reserve(sc.npending);
  entry.items.reserve(nitems);
  entry.texts.reserve(nbytes);
  for (std::size_t k = 0; k < sc.npending; ++k) {
    const Pending& p = pending[k];
    Contribution& c = entry.contributions.emplace_back();
    c.entity = p.entity;
    c.mentions = p.mentions;
    c.type_votes = p.type_votes;
    c.begin = entry.item_count();
    for (const auto& [t, n] : p.names) entry.AddItem(t, n);
    c.names_end = entry.item_count();
    for (const auto& [t, n] : p.titles) entry.AddItem(t, n);
    c.titles_end = entry.item_count();
    for (const auto& [t, n] : p.known_titles) entry.AddItem(t, n);
    c.end = entry.item_count();
  }
  s.LinkDocument(doc_number, entry, doc_entities, opt.max_cooccurring);

  // Title mentions take the type and entity of what they stand for.
  for (std::size_t t = 0; t < scan.titles.size(); ++t) {
    if (links.title_cluster[t] < 0) continue;
    const auto c = static_cast<std::size_t>(links.title_cluster[t]);
    doc::Mention& m = doc->mentions[title_mention[t]];
    m.type = clusters[c].type;
    m.entity = EntityId(entity_of[c] + 1);
  }

  s.docs.push_back(std::move(entry));
  s.doc_index[id] = doc_number;
}

bool Resolver::State::TakeBack(std::uint32_t number) {
  DocEntry& d = docs[number];
  bool dirty = false;
  auto take = [&dirty, &d](std::vector<CountedText>* v, std::span<const ContribText> minus, auto on_erase) {
    for (const ContribText& m : minus) {
      const std::string_view text = d.Text(m);
      for (std::size_t i = 0; i < v->size(); ++i) {
        if ((*v)[i].text != text) continue;
        (*v)[i].count -= std::min((*v)[i].count, m.count);
        if ((*v)[i].count == 0) {
          v->erase(v->begin() + static_cast<std::ptrdiff_t>(i));
          on_erase(i);
          dirty = true;
        }
        break;
      }
    }
  };
  for (const Contribution& c : d.contributions) {
    Record& r = records[c.entity];
    r.mentions -= std::min(r.mentions, c.mentions);
    for (std::size_t t = 0; t < 3; ++t) r.type_votes[t] -= std::min(r.type_votes[t], c.type_votes[t]);
    take(&r.names, d.Names(c), [&r](std::size_t i) { r.EraseDerived(i); });
    take(&r.titles, d.Titles(c), [&r](std::size_t i) {
      r.title_keys.erase(r.title_keys.begin() + static_cast<std::ptrdiff_t>(i));
    });
    take(&r.known_titles, d.KnownTitles(c), [](std::size_t) {});
    std::erase(r.docs, number);
    DropPair(&r.sources, d.source);
    for (const Contribution& o : d.contributions) {
      if (o.entity != c.entity) DropPair(&r.cooccurring, o.entity);
    }
  }
  d.live = false;
  d.ClearContributions();
  return dirty;
}

bool Resolver::Remove(std::string_view doc_id) {
  State& s = *state_;
  auto it = s.doc_index.find(doc_id);
  if (it == s.doc_index.end()) return false;
  const std::uint32_t number = it->second;
  State::Journal& j = s.journal;
  j.removed.emplace_back(static_cast<std::uint32_t>(s.docs.size()) - j.docs, number);
  if (number >= j.docs) j.dropped.emplace_back(number, s.docs[number]);
  const bool dirty = s.TakeBack(number);
  s.doc_index.erase(it);
  if (dirty) s.Reindex();
  return true;
}

std::vector<EntityId> Resolver::Lookup(std::string_view name) const {
  const State& s = *state_;
  const NameForm f = s.linker.names().FromWritten(name);
  const SpelledName spelled = SpelledNameOf(f);
  std::vector<std::uint32_t> hits;
  // By name: entities sharing the key that also have a name written alike (the key alone
  // makes القاهرة and كوريا one); by title or alias: the key alone.
  auto add = [&](const StringMap<std::vector<std::uint32_t>>& m, std::string_view key,
                 bool check_spelling) {
    if (auto* v = Find(m, key)) {
      for (std::uint32_t e : *v) {
        const Record& r = s.records[e];
        if (r.mentions == 0) continue;
        if (check_spelling) {
          bool alike = false;
          for (std::size_t j = 0; j < r.name_spellings.size() && !alike; ++j) {
            alike = SpellingsAgree(spelled, r.Spelled(j));
          }
          if (!alike) continue;
        }
        AddUnique(&hits, e);
      }
    }
  };
  if (!f.empty()) {
    add(s.person_full, f.key, true);
    for (const std::string& k : s.linker.PlaceOrgKeys(f)) {
      add(s.place_keys, k, s.lexicon.AliasCanonical(k).empty());
    }
    if (hits.empty() && f.size() == 1) add(s.person_last, f.key, true);
    if (hits.empty() && f.size() == 1) add(s.person_first, f.key, true);
  }
  if (hits.empty()) {
    const std::string tk = s.titles.KeyOf(name);
    if (!tk.empty()) add(s.title_index, tk, false);
  }
  std::sort(hits.begin(), hits.end(), [&](std::uint32_t x, std::uint32_t y) {
    if (s.records[x].mentions != s.records[y].mentions) {
      return s.records[x].mentions > s.records[y].mentions;
    }
    return x < y;
  });
  std::vector<EntityId> ids;
  ids.reserve(hits.size());
  for (std::uint32_t e : hits) ids.emplace_back(e + 1);
  return ids;
}

std::optional<Entity> Resolver::Get(EntityId id) const {
  const State& s = *state_;
  if (id.value() == 0 || id.value() > s.records.size()) return std::nullopt;
  const auto e = static_cast<std::uint32_t>(id.value() - 1);
  const Record& r = s.records[e];
  if (r.mentions == 0) return std::nullopt;
  Entity out;
  out.id = id;
  out.type = r.type();
  out.mentions = r.mentions;
  auto by_count = [](const std::vector<CountedText>& v) {
    std::vector<std::size_t> idx(v.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(),
                     [&](std::size_t a, std::size_t b) { return v[a].count > v[b].count; });
    return idx;
  };
  const std::vector<std::size_t> names = by_count(r.names);
  for (std::size_t i : names) out.variants.push_back(r.names[i].text);
  for (std::size_t i : by_count(r.titles)) out.titles.push_back(r.titles[i].text);
  // The canonical name: the most frequent full form (for persons, the most frequent name of
  // two words or more; ties go to the longer, then the earlier).
  // Hashtags (#كيم_جونغ_أون) come last.
  const bool person = out.type == doc::EntityType::kPerson;
  auto rank = [&](std::size_t i) {
    const bool hashtag = r.names[i].text.starts_with('#');
    return std::make_tuple(!hashtag, r.names[i].count, r.names[i].text.size());
  };
  std::size_t best = names.size();
  for (std::size_t i : names) {
    if (person && r.name_spellings[i].words < 2) continue;
    if (best == names.size() || rank(i) > rank(best)) best = i;
  }
  if (best == names.size() && !names.empty()) best = names.front();
  if (best < r.names.size()) {
    out.name = r.names[best].text;
  } else if (!out.titles.empty()) {
    out.name = out.titles.front();
  }
  for (std::uint32_t d : r.docs) out.docs.push_back(s.docs[d].id);
  return out;
}

std::vector<Entity> Resolver::List(const ListOptions& options) const {
  const State& s = *state_;
  std::vector<EntityId> ids;
  if (!options.name.empty()) {
    ids = Lookup(options.name);
  } else {
    for (std::size_t e = 0; e < s.records.size(); ++e) {
      if (s.records[e].mentions > 0) ids.emplace_back(e + 1);
    }
  }
  if (!options.doc.empty()) {
    const std::vector<EntityId> in_doc = EntitiesOf(options.doc);
    std::erase_if(ids, [&](EntityId id) {
      return std::find(in_doc.begin(), in_doc.end(), id) == in_doc.end();
    });
  }
  std::vector<Entity> out;
  for (EntityId id : ids) {
    std::optional<Entity> e = Get(id);
    if (!e || (options.type && e->type != *options.type)) continue;
    out.push_back(std::move(*e));
  }
  std::stable_sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) {
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.id < b.id;
  });
  return out;
}

std::vector<EntityId> Resolver::EntitiesOf(std::string_view doc_id) const {
  const State& s = *state_;
  std::vector<EntityId> ids;
  auto it = s.doc_index.find(doc_id);
  if (it == s.doc_index.end()) return ids;
  for (const Contribution& c : s.docs[it->second].contributions) ids.emplace_back(c.entity + 1);
  return ids;
}

std::vector<std::string> Resolver::DocumentsOf(EntityId id) const {
  const State& s = *state_;
  std::vector<std::string> out;
  if (id.value() == 0 || id.value() > s.records.size()) return out;
  const Record& r = s.records[id.value() - 1];
  out.reserve(r.docs.size());
  for (std::uint32_t d : r.docs) out.push_back(s.docs[d].id);
  return out;
}

std::size_t Resolver::entity_count() const {
  std::size_t n = 0;
  for (const Record& r : state_->records) n += r.mentions > 0 ? 1 : 0;
  return n;
}

std::size_t Resolver::document_count() const { return state_->doc_index.size(); }

}  // namespace marsad::entities
