// Table tests of quotes::Extractor on hand-written sentences (written for marsad, not taken
// from any article): every quote mark, reported speech, carried speakers with gender and
// number, relays, organisations, statements, and the traps (names in quotes, scare quotes,
// a quote that names someone else). Docs are built by hand, mentions set directly.
//
// The helpers of those tests, shared by extractor_test.cc and the extractor_*_test.cc files
// (split by concern: docs/quotes.md, Layout). Internal to the tests (not installed). Made
// from the one-file extractor_test.cc by scripts/split_extractor_test.py; edit it as any source.
#ifndef MARSAD_QUOTES_EXTRACTOR_TEST_SUPPORT_H_
#define MARSAD_QUOTES_EXTRACTOR_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/quotes/extractor.h"
#include "marsad/text/analyzer.h"

namespace marsad::quotes::extractor_test {

// The types and kinds the tests give their hand-set mentions.
constexpr auto kPer = doc::EntityType::kPerson;
constexpr auto kOrg = doc::EntityType::kOrganization;
constexpr auto kLoc = doc::EntityType::kLocation;
constexpr auto kTitle = doc::MentionKind::kTitle;

inline const text::Analyzer& TheAnalyzer() {
  static const text::Analyzer* const analyzer = new text::Analyzer();
  return *analyzer;
}

inline const Extractor& TheExtractor() {
  static const Extractor* const extractor = [] {
    auto e = Extractor::Create(TheAnalyzer());
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return new Extractor(std::move(e).value());
  }();
  return *extractor;
}

struct MentionSpec {
  const char* text;  // a substring of the document (its first occurrence after `after`)
  doc::EntityType type;
  std::uint64_t entity;  // 0: none
  doc::MentionKind kind = doc::MentionKind::kName;
};

inline doc::AnalyzedDoc MakeDoc(const std::string& text, const std::vector<MentionSpec>& mentions = {}) {
  doc::AnalyzedDoc d;
  d.document.id = "test";
  d.document.text = text;
  TheAnalyzer().Analyze(d.document.text, &d.analysis);
  std::size_t from = 0;
  for (const MentionSpec& m : mentions) {
    const std::size_t at = text.find(m.text, from);
    EXPECT_NE(at, std::string::npos) << m.text;
    if (at == std::string::npos) continue;
    from = at + 1;
    doc::Mention men;
    men.span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::string(m.text).size())};
    men.kind = m.kind;
    men.type = m.type;
    if (m.entity != 0) men.entity = EntityId(m.entity);
    for (std::uint32_t i = 0; i < d.analysis.tokens.size(); ++i) {
      const text::Token& t = d.analysis.tokens[i].token;
      if (t.end <= men.span.begin) men.first_token = i + 1;
      if (t.begin < men.span.end) men.end_token = i + 1;
    }
    d.mentions.push_back(men);
  }
  return d;
}

// "D[text]<speaker" or "I[text]<speaker", speaker "-" when none, "#id" after it when the
// speaker has an entity; quotes joined by " | ".
inline std::string Render(const doc::AnalyzedDoc& d, const std::vector<doc::Quote>& quotes) {
  std::string out;
  for (const doc::Quote& q : quotes) {
    if (!out.empty()) out += " | ";
    out += q.kind == doc::QuoteKind::kDirect ? "D[" : "I[";
    out += std::string(q.span.In(d.document.text));
    out += "]<";
    out += q.speaker.mention ? std::string(q.speaker.mention->In(d.document.text)) : "-";
    if (q.speaker.entity) {
      out += '#';
      out += std::to_string(q.speaker.entity->value());
    }
  }
  return out;
}

inline std::string Extract(const std::string& text, const std::vector<MentionSpec>& mentions = {}) {
  doc::AnalyzedDoc d = MakeDoc(text, mentions);
  return Render(d, TheExtractor().Extract(d));
}

struct Case {
  const char* name;
  const char* text;
  const char* want;
};

inline void RunCases(const Case* cases, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    EXPECT_EQ(Extract(cases[i].text), cases[i].want) << cases[i].name << ": " << cases[i].text;
  }
}

}  // namespace marsad::quotes::extractor_test

#endif  // MARSAD_QUOTES_EXTRACTOR_TEST_SUPPORT_H_
