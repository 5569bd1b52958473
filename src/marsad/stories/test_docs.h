// Hand-built articles for the stories tests: analysed with one shared Analyzer, dated, with
// name mentions and quotes marked by their words (as ner, entities and quotes would), so the
// tests need no trained model. Header-only; tests only.
#ifndef MARSAD_STORIES_TEST_DOCS_H_
#define MARSAD_STORIES_TEST_DOCS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/dates/date_field.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/text/analyzer.h"

namespace marsad::stories::testing {

inline const text::Analyzer& TestAnalyzer() {
  static const text::Analyzer* const kAnalyzer = new text::Analyzer();
  return *kAnalyzer;
}

struct TestArticle {
  std::string id;
  std::string source;
  std::string date;  // ISO 8601 ("2018-03-19T07:00:00Z"); empty: undated
  std::string title;
  std::string text;
};

inline doc::AnalyzedDoc MakeDoc(const TestArticle& a) {
  doc::AnalyzedDoc d;
  d.document.id = a.id;
  d.document.source = a.source;
  d.document.title = a.title;
  d.document.text = a.text;
  if (!a.date.empty()) d.document.published = dates::ParseDateField(a.date);
  TestAnalyzer().Analyze(d.document.text, &d.analysis);
  return d;
}

// The byte span of the first occurrence of `words` in the text at or after `from`.
inline ByteSpan Find(const doc::AnalyzedDoc& d, std::string_view words, std::size_t from = 0) {
  const std::size_t at = d.document.text.find(words, from);
  assert(at != std::string::npos && "the words must occur in the text");
  return ByteSpan{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + words.size())};
}

// Marks every occurrence of `name` as a name mention of `type` (resolved to `entity`).
inline void AddMentions(doc::AnalyzedDoc* d, std::string_view name, doc::EntityType type,
                        std::optional<EntityId> entity = std::nullopt) {
  for (std::size_t at = d->document.text.find(name); at != std::string::npos;
       at = d->document.text.find(name, at + name.size())) {
    doc::Mention m;
    m.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + name.size())};
    m.type = type;
    m.entity = entity;
    const auto& toks = d->analysis.tokens;
    for (std::uint32_t i = 0; i < toks.size(); ++i) {
      if (toks[i].token.begin == m.span.begin) m.first_token = i;
      if (toks[i].token.end == m.span.end) m.end_token = i + 1;
    }
    d->mentions.push_back(m);
  }
}

// Marks `words` as a quote said by the person named by `speaker_words` (both must occur).
inline void AddQuote(doc::AnalyzedDoc* d, std::string_view words, std::string_view speaker_words,
                     doc::QuoteKind kind, std::optional<EntityId> entity = std::nullopt,
                     std::string name = {}) {
  doc::Quote q;
  q.span = Find(*d, words);
  q.kind = kind;
  q.speaker.mention = Find(*d, speaker_words);
  q.speaker.entity = entity;
  q.speaker.name = std::move(name);
  d->quotes.push_back(q);
}

}  // namespace marsad::stories::testing

#endif  // MARSAD_STORIES_TEST_DOCS_H_
