// Ordering articles and quotes by the day they happened.
#include "marsad/stories/timeline.h"

#include <algorithm>
#include <tuple>

#include "marsad/dates/date_field.h"

namespace marsad::stories {
namespace {

bool InRange(const std::optional<dates::CivilDate>& d, const TimelineOptions& o) {
  if (!d) return !o.since && !o.until;
  if (o.since && *d < *o.since) return false;
  if (o.until && *o.until < *d) return false;
  return true;
}

// The variant key of the words of `span` (joined by spaces).
std::string SpanKey(const text::TextAnalysis& a, ByteSpan span) {
  std::string key;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const text::Token& t = a.tokens[i].token;
    if (t.begin < span.begin || t.end > span.end || !text::IsWordLike(t.kind)) continue;
    if (!key.empty()) key += ' ';
    key.append(a.key(i));
  }
  return key;
}

// True when `key` (words joined by spaces) contains the words of `part` in a row.
bool ContainsWords(const std::string& key, const std::string& part) {
  return (" " + key + " ").find(" " + part + " ") != std::string::npos;
}

}  // namespace

std::string_view TimelineKindName(TimelineKind k) {
  return k == TimelineKind::kArticle ? "article" : "quote";
}

std::vector<TimelineEntry> BuildTimeline(std::span<const TimelineDoc> docs,
                                         const TimelineOptions& options,
                                         const dates::DateFinder& finder) {
  std::vector<TimelineEntry> out;
  struct Key {
    std::size_t index;
    std::uint32_t offset;
  };
  std::vector<Key> order;
  for (const TimelineDoc& td : docs) {
    if (td.doc == nullptr) continue;
    const doc::AnalyzedDoc& d = *td.doc;
    const doc::Document& document = d.document;
    std::optional<dates::CivilDate> day = td.event_day;
    std::optional<dates::CivilDate> published_day;
    if (document.published) published_day = dates::CivilDateOf(*document.published);
    if (!day) day = published_day;
    auto entry = [&](TimelineKind kind) {
      TimelineEntry e;
      e.kind = kind;
      e.date = day;
      e.published = document.published;
      e.doc = document.id;
      e.source = document.source;
      e.title = document.title;
      return e;
    };
    if (options.articles && InRange(day, options)) {
      order.push_back({out.size(), 0});
      out.push_back(entry(TimelineKind::kArticle));
    }
    if (!options.quotes || d.quotes.empty()) continue;
    std::vector<dates::DateMention> mentioned;
    bool dated = false;
    for (const doc::Quote& q : d.quotes) {
      if (q.span.end > document.text.size()) continue;
      if (options.speaker && q.speaker.entity != options.speaker) continue;
      if (!options.speaker && !options.speaker_key.empty()) {
        if (!q.speaker.mention) continue;
        if (!ContainsWords(SpanKey(d.analysis, *q.speaker.mention), options.speaker_key)) continue;
      }
      if (!dated) {
        mentioned = finder.Find(d.analysis, document.text, published_day);
        dated = true;
      }
      TimelineEntry e = entry(TimelineKind::kQuote);
      // A day named in the quote's sentence dates it.
      ByteSpan sentence = q.span;
      for (const text::Sentence& s : d.analysis.sentences) {
        if (s.span.Overlaps(q.span)) {
          sentence = {std::min(s.span.begin, q.span.begin), std::max(s.span.end, q.span.end)};
          break;
        }
      }
      for (const dates::DateMention& m : mentioned) {
        if (m.granularity != dates::Granularity::kDay || !sentence.Contains(m.span) || !published_day) continue;
        const std::int64_t back = dates::DaysFromCivil(*published_day) - dates::DaysFromCivil(m.date);
        if (back >= -1 && back <= options.quote_day_window) {
          e.date = m.date;
          break;
        }
      }
      if (!InRange(e.date, options)) continue;
      e.text = std::string(q.span.In(document.text));
      e.span = q.span;
      e.quote_kind = q.kind;
      e.speaker_entity = q.speaker.entity;
      if (!q.speaker.name.empty()) {
        e.speaker = q.speaker.name;
      } else if (q.speaker.mention && q.speaker.mention->end <= document.text.size()) {
        e.speaker = std::string(q.speaker.mention->In(document.text));
      }
      order.push_back({out.size(), q.span.begin + 1});
      out.push_back(std::move(e));
    }
  }
  std::vector<std::size_t> idx(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) idx[i] = i;
  auto rank = [&](std::size_t i) {
    const TimelineEntry& e = out[order[i].index];
    const bool undated = !e.date;
    const dates::CivilDate d = e.date.value_or(dates::CivilDate{});
    const std::int64_t pub = e.published ? e.published->seconds : 0;
    return std::make_tuple(undated, d, pub, std::string_view(e.doc), order[i].offset);
  };
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
  std::vector<TimelineEntry> sorted;
  sorted.reserve(out.size());
  for (std::size_t i : idx) sorted.push_back(std::move(out[order[i].index]));
  return sorted;
}

}  // namespace marsad::stories
