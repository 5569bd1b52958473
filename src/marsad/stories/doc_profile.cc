// Building a document's story profile: terms, names, event keys and dates.
#include "marsad/stories/doc_profile.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "marsad/dates/date_field.h"
#include "marsad/text/word_set.h"

namespace marsad::stories {
namespace {

using text::TokenKind;

constexpr std::string_view kWaw = "و";
constexpr std::string_view kArticle = "ال";

bool IsTermKind(TokenKind k) {
  return k == TokenKind::kArabicWord || k == TokenKind::kWord || k == TokenKind::kHashtag;
}

// The distinct terms of one article: an open-addressing index over the features vector,
// so counting a term costs one probe and no allocation (stems fit in std::string's
// in-place buffer).
class TermCounter {
 public:
  TermCounter(std::vector<Feature>* out, std::size_t expected, FeatureKind kind = FeatureKind::kTerm)
      : out_(out), kind_(kind) {
    std::size_t n = 64;
    while (n < expected * 2) n *= 2;
    slots_.assign(n, 0);
  }
  void Add(std::string_view stem, float by) {
    const std::uint64_t h = text::WordSet::Hash(stem);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) {
        out_->push_back({kind_, std::string(stem), by});
        slots_[i] = static_cast<std::uint32_t>(out_->size());
        if (out_->size() * 2 > slots_.size()) Grow();
        return;
      }
      Feature& f = (*out_)[slots_[i] - 1];
      if (f.kind == kind_ && f.key == stem) {
        f.tf += by;
        return;
      }
    }
  }

 private:
  void Grow() {
    std::vector<std::uint32_t> old = std::move(slots_);
    slots_.assign(old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t v : old) {
      if (v == 0) continue;
      std::size_t i = text::WordSet::Hash((*out_)[v - 1].key) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = v;
    }
  }
  std::vector<Feature>* out_;
  FeatureKind kind_;
  std::vector<std::uint32_t> slots_;
};

// One past the last token of the first `n` sentences (all tokens when there are fewer).
std::size_t EndOfSentences(const text::TextAnalysis& a, int n) {
  if (n <= 0) return 0;
  if (a.sentences.size() <= static_cast<std::size_t>(n)) return a.tokens.size();
  return a.sentences[static_cast<std::size_t>(n) - 1].end_token;
}

}  // namespace

std::string MentionKey(const text::TextAnalysis& analysis, const doc::Mention& m) {
  std::string key;
  for (std::uint32_t i = m.first_token; i < m.end_token && i < analysis.tokens.size(); ++i) {
    if (!text::IsWordLike(analysis.tokens[i].token.kind)) continue;
    if (!key.empty()) key += ' ';
    key.append(analysis.key(i));
  }
  return key;
}

ProfileBuilder::ProfileBuilder(const text::Analyzer& analyzer, ProfileOptions options,
                               const StoryLexicon& lexicon, const dates::DateFinder& date_finder)
    : analyzer_(analyzer),
      options_(options),
      lexicon_(lexicon),
      date_finder_(date_finder),
      events_(lexicon) {}

bool ProfileBuilder::TermOf(const text::TextAnalysis& a, std::size_t i,
                            std::string_view* stem) const {
  if (!IsTermKind(a.tokens[i].token.kind)) return false;
  const std::string_view s = a.stem(i);
  if (s.size() < options_.min_term_bytes) return false;
  if (lexicon_.IsStopword(s) || lexicon_.IsStopword(a.norm(i))) return false;
  *stem = s;
  return true;
}

DocProfile ProfileBuilder::Build(const doc::AnalyzedDoc& d, text::AnalysisCache* cache) const {
  DocProfile p;
  const doc::Document& document = d.document;
  const text::TextAnalysis& a = d.analysis;
  p.id = document.id;
  p.title = document.title;
  p.source = document.source;
  p.published = document.published;

  // Terms: body, lead, title.
  p.features.reserve(a.tokens.size() / 2 + 16);
  TermCounter terms(&p.features, a.tokens.size() / 2 + 16);
  const std::size_t lead_end_token = EndOfSentences(a, options_.lead_sentences);
  std::string_view stem;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (!TermOf(a, i, &stem)) continue;
    terms.Add(stem, i < lead_end_token ? 1.0F + options_.lead_boost : 1.0F);
  }
  if (!document.title.empty()) {
    text::TextAnalysis title;
    analyzer_.Analyze(document.title, &title, cache);
    for (std::size_t i = 0; i < title.tokens.size(); ++i) {
      if (TermOf(title, i, &stem)) terms.Add(stem, options_.title_boost);
    }
  }

  // Names: resolved entities, else the variant keys of name mentions.
  std::unordered_map<std::string, std::size_t> name_index;
  for (const doc::Mention& m : d.mentions) {
    if (m.type == doc::EntityType::kMisc) continue;
    if (m.kind == doc::MentionKind::kPronoun) continue;
    if (m.kind == doc::MentionKind::kTitle && !m.entity) continue;
    if (m.span.end > document.text.size()) continue;
    std::string key = m.entity ? std::to_string(m.entity->value()) : MentionKey(a, m);
    if (key.empty()) continue;
    auto [it, added] = name_index.emplace(key, p.names.size());
    if (added) {
      NamedRef r;
      r.entity = m.entity;
      r.key = std::move(key);
      r.name = std::string(m.span.In(document.text));
      r.type = m.type;
      p.names.push_back(std::move(r));
    }
    ++p.names[it->second].count;
  }
  std::stable_sort(p.names.begin(), p.names.end(),
                   [](const NamedRef& x, const NamedRef& y) { return x.count > y.count; });
  for (const NamedRef& r : p.names) {
    p.features.push_back({r.entity ? FeatureKind::kEntity : FeatureKind::kName, r.key,
                          static_cast<float>(r.count)});
  }

  // Without name mentions (no name tagger ran), a stand-in: the spelling-variant keys of
  // name-like words, so that زوكربيرغ and زوكربرغ, بوتين and بوتن meet.
  if (d.mentions.empty() && options_.name_stand_in) {
    std::vector<Feature> keys;
    TermCounter names(&keys, 32, FeatureKind::kName);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      if (!TermOf(a, i, &stem) || a.tokens[i].token.kind != TokenKind::kArabicWord) continue;
      std::string_view n = a.norm(i);
      if (n.substr(0, kWaw.size()) == kWaw) n.remove_prefix(kWaw.size());
      if (n.substr(0, kArticle.size()) == kArticle) continue;
      const std::string_view key = a.key(i);
      if (key.size() < options_.min_name_key_bytes) continue;
      names.Add(key, i < lead_end_token ? 1.0F + options_.lead_boost : 1.0F);
    }
    for (Feature& f : keys) p.features.push_back(std::move(f));
  }

  // Numbered event series.
  p.events = events_.Find(a, document.text);
  for (const EventKey& e : p.events) {
    if (e.named) p.features.push_back({FeatureKind::kEvent, e.Key(), 1.0F});
  }

  // Dates of the lead, and the day of the reported event.
  std::optional<dates::CivilDate> anchor;
  if (document.published) anchor = dates::CivilDateOf(*document.published);
  const std::size_t date_end_token = EndOfSentences(a, options_.date_sentences);
  const std::vector<dates::DateMention> found =
      date_finder_.Find(a, document.text, anchor, date_end_token);
  const std::uint32_t lead_end_byte =
      lead_end_token > 0 ? a.tokens[lead_end_token - 1].token.end : 0;
  for (const dates::DateMention& m : found) {
    if (p.dates.size() < options_.max_dates) {
      p.dates.push_back({m.date, m.granularity, m.relative, m.span});
    }
    if (!p.event_day && anchor && m.granularity == dates::Granularity::kDay &&
        m.span.end <= lead_end_byte) {
      const std::int64_t back = dates::DaysFromCivil(*anchor) - dates::DaysFromCivil(m.date);
      if (back >= 0 && back <= options_.event_day_window) p.event_day = m.date;
    }
  }
  if (!p.event_day) p.event_day = anchor;
  if (p.event_day) {
    p.features.push_back(
        {FeatureKind::kDay, std::to_string(dates::DaysFromCivil(*p.event_day)), 1.0F});
  }
  return p;
}

}  // namespace marsad::stories
