// Test helper (tests only): builds an AnalyzedDoc by hand from marked text, the way
// STYLE.md B4 #10 asks — mentions set by hand, no tagger model. "{PER|فلاديمير بوتين}" marks
// a name mention of type PER (also LOC, ORG, MISC); the braces and the label are removed
// from the text. Render() prints a document's mentions with their entities in one line.
#ifndef MARSAD_ENTITIES_TEST_DOC_H_
#define MARSAD_ENTITIES_TEST_DOC_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/doc/analyzed_doc.h"
#include "marsad/text/analyzer.h"

namespace marsad::entities::testing {

inline doc::AnalyzedDoc MakeDoc(const text::Analyzer& analyzer, std::string id,
                                std::string_view marked, std::string source = "",
                                std::optional<std::int64_t> day = std::nullopt) {
  doc::AnalyzedDoc d;
  d.document.id = std::move(id);
  d.document.source = std::move(source);
  if (day) d.document.published = doc::Timestamp{*day * 86400};
  struct Span {
    std::uint32_t begin, end;
    doc::EntityType type;
  };
  std::vector<Span> spans;
  std::string& text = d.document.text;
  for (std::size_t i = 0; i < marked.size();) {
    if (marked[i] == '{') {
      const std::size_t bar = marked.find('|', i);
      const std::size_t close = marked.find('}', i);
      const auto type = doc::ParseEntityType(marked.substr(i + 1, bar - i - 1));
      const auto begin = static_cast<std::uint32_t>(text.size());
      text.append(marked.substr(bar + 1, close - bar - 1));
      spans.push_back({begin, static_cast<std::uint32_t>(text.size()), type.value()});
      i = close + 1;
    } else {
      text.push_back(marked[i++]);
    }
  }
  analyzer.Analyze(text, &d.analysis);
  for (const Span& s : spans) {
    doc::Mention m;
    m.span = {s.begin, s.end};
    m.type = s.type;
    // A tagger marks whole tokens: a mark inside a token (و{PER|بوتين}) covers all of it.
    const auto& toks = d.analysis.tokens;
    for (std::uint32_t t = 0; t < toks.size(); ++t) {
      if (toks[t].token.begin <= s.begin && s.begin < toks[t].token.end) {
        m.first_token = t;
        m.span.begin = toks[t].token.begin;
      }
      if (toks[t].token.begin < s.end && s.end <= toks[t].token.end) {
        m.end_token = t + 1;
        m.span.end = toks[t].token.end;
      }
    }
    d.mentions.push_back(m);
  }
  return d;
}

// "فلاديمير بوتين#1 [الرئيس الروسي]#1 بوتن#1 [الرئيس]#-": names as written, titles in
// brackets, '#' and the entity id, or '-' when unresolved. With `renumber`, ids are
// replaced by their order of first appearance in the line (a, b, c ...) so expectations
// do not depend on the table's numbering.
inline std::string Render(const doc::AnalyzedDoc& d, bool renumber = true) {
  std::string out;
  std::map<std::uint64_t, char> letters;
  for (const doc::Mention& m : d.mentions) {
    if (!out.empty()) out += ' ';
    const std::string_view t = m.span.In(d.document.text);
    if (m.kind == doc::MentionKind::kTitle) {
      out += '[';
      out += t;
      out += ']';
    } else {
      out += t;
    }
    out += '#';
    if (!m.entity) {
      out += '-';
    } else if (renumber) {
      auto [it, fresh] = letters.emplace(m.entity->value(), static_cast<char>('a' + letters.size()));
      out += it->second;
    } else {
      out += std::to_string(m.entity->value());
    }
  }
  return out;
}

}  // namespace marsad::entities::testing

#endif  // MARSAD_ENTITIES_TEST_DOC_H_
