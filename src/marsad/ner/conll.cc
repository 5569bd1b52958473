// CoNLL reading and conlleval scoring; see conll.h.
#include "marsad/ner/conll.h"

#include <algorithm>

namespace marsad::ner {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Splits `line` at runs of spaces and tabs.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsSpace(line[i])) ++i;
    std::size_t j = i;
    while (j < line.size() && !IsSpace(line[j])) ++j;
    if (j > i) fields.push_back(line.substr(i, j - i));
    i = j;
  }
  return fields;
}

}  // namespace

Result<std::vector<ConllSentence>> ParseConll(std::string_view content, std::string_view name) {
  std::vector<ConllSentence> sentences;
  ConllSentence current;
  std::size_t line_no = 0;
  auto flush = [&] {
    if (!current.tokens.empty()) sentences.push_back(std::move(current));
    current = ConllSentence();
  };
  while (!content.empty()) {
    const std::size_t nl = content.find('\n');
    const std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
    ++line_no;
    const std::vector<std::string_view> fields = Fields(line);
    if (fields.empty()) {
      flush();
      continue;
    }
    if (fields[0] == "-DOCSTART-") {
      flush();
      continue;
    }
    const std::string where = std::string(name) + ":" + std::to_string(line_no) + ": ";
    if (fields.size() < 2) {
      return Status::InvalidArgument(where + "expected 'token TAG', got '" + std::string(line) +
                                     "'");
    }
    Result<Label> label = ParseLabel(fields.back());
    if (!label.ok()) return Status::InvalidArgument(where + label.status().message());
    if (current.tokens.empty()) current.line = line_no;
    current.tokens.emplace_back(fields[0]);
    current.labels.push_back(*label);
  }
  flush();
  if (sentences.empty()) return Status::InvalidArgument(std::string(name) + ": no tokens");
  return sentences;
}

AlignedSentence AlignSentence(const ConllSentence& sentence, const text::Analyzer& analyzer) {
  AlignedSentence out;
  out.conll_tokens = sentence.tokens.size();
  std::vector<std::uint32_t> starts;  // byte offset of each CoNLL token in out.text
  for (const std::string& t : sentence.tokens) {
    if (!out.text.empty()) out.text.push_back(' ');
    starts.push_back(static_cast<std::uint32_t>(out.text.size()));
    out.text += t;
  }
  analyzer.Analyze(out.text, &out.analysis);
  out.conll_of.resize(out.analysis.tokens.size());
  std::size_t c = 0;
  for (std::size_t i = 0; i < out.analysis.tokens.size(); ++i) {
    const std::uint32_t b = out.analysis.tokens[i].token.begin;
    while (c + 1 < starts.size() && starts[c + 1] <= b) ++c;
    out.conll_of[i] = static_cast<std::uint32_t>(c);
  }
  out.gold_conll = SpansFromLabels(sentence.labels);
  // Gold over marsad tokens: the marsad tokens inside the entity's CoNLL tokens.
  for (const EntitySpan& g : out.gold_conll) {
    std::uint32_t first = 0xFFFFFFFFu, end = 0;
    for (std::size_t i = 0; i < out.conll_of.size(); ++i) {
      if (out.conll_of[i] >= g.begin && out.conll_of[i] < g.end) {
        first = std::min(first, static_cast<std::uint32_t>(i));
        end = static_cast<std::uint32_t>(i + 1);
      }
    }
    if (end > 0) out.gold.push_back({first, end, g.type});
  }
  return out;
}

std::vector<EntitySpan> ToConllSpans(const AlignedSentence& sentence,
                                     const std::vector<EntitySpan>& spans) {
  std::vector<EntitySpan> out;
  for (const EntitySpan& s : spans) {
    if (s.end <= s.begin || s.end > sentence.conll_of.size()) continue;
    const EntitySpan c{sentence.conll_of[s.begin], sentence.conll_of[s.end - 1] + 1, s.type};
    if (!out.empty() && c.begin < out.back().end) continue;
    out.push_back(c);
  }
  return out;
}

void NerScore::Add(const std::vector<EntitySpan>& gold, const std::vector<EntitySpan>& predicted) {
  for (const EntitySpan& g : gold) ++gold_[Index(g.type)];
  for (const EntitySpan& p : predicted) {
    ++predicted_[Index(p.type)];
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) ++correct_[Index(p.type)];
  }
}

void NerScore::Merge(const NerScore& other) {
  for (std::size_t t = 0; t < gold_.size(); ++t) {
    gold_[t] += other.gold_[t];
    predicted_[t] += other.predicted_[t];
    correct_[t] += other.correct_[t];
  }
}

Prf NerScore::FromCounts(std::size_t correct, std::size_t gold, std::size_t predicted) {
  Prf r;
  r.precision = predicted > 0 ? static_cast<double>(correct) / static_cast<double>(predicted) : 0;
  r.recall = gold > 0 ? static_cast<double>(correct) / static_cast<double>(gold) : 0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

std::size_t NerScore::total_gold() const {
  std::size_t n = 0;
  for (std::size_t v : gold_) n += v;
  return n;
}
std::size_t NerScore::total_predicted() const {
  std::size_t n = 0;
  for (std::size_t v : predicted_) n += v;
  return n;
}
std::size_t NerScore::total_correct() const {
  std::size_t n = 0;
  for (std::size_t v : correct_) n += v;
  return n;
}

Prf NerScore::Micro() const { return FromCounts(total_correct(), total_gold(), total_predicted()); }

Prf NerScore::Type(doc::EntityType type) const {
  return FromCounts(correct_[Index(type)], gold_[Index(type)], predicted_[Index(type)]);
}

std::string_view NerErrorName(NerError e) {
  switch (e) {
    case NerError::kMissed:
      return "missed";
    case NerError::kWrongType:
      return "type";
    case NerError::kWrongBoundary:
      return "boundary";
    case NerError::kWrongBoundaryAndType:
      return "boundary+type";
    case NerError::kSpurious:
      return "spurious";
  }
  return "?";
}

void NerErrors::Add(const std::vector<EntitySpan>& gold, const std::vector<EntitySpan>& predicted) {
  const auto overlap = [](const EntitySpan& a, const EntitySpan& b) {
    return a.begin < b.end && b.begin < a.end;
  };
  const auto add = [&](doc::EntityType t, NerError e) {
    ++counts_[static_cast<std::size_t>(t)][static_cast<std::size_t>(e)];
  };
  for (const EntitySpan& g : gold) {
    if (std::find(predicted.begin(), predicted.end(), g) != predicted.end()) continue;
    bool any = false, same_span = false, same_type = false;
    for (const EntitySpan& p : predicted) {
      if (!overlap(g, p)) continue;
      any = true;
      same_span = same_span || (p.begin == g.begin && p.end == g.end);
      same_type = same_type || p.type == g.type;
    }
    add(g.type, !any        ? NerError::kMissed
                : same_span ? NerError::kWrongType
                : same_type ? NerError::kWrongBoundary
                            : NerError::kWrongBoundaryAndType);
  }
  for (const EntitySpan& p : predicted) {
    if (std::none_of(gold.begin(), gold.end(), [&](const EntitySpan& g) { return overlap(g, p); })) {
      add(p.type, NerError::kSpurious);
    }
  }
}

}  // namespace marsad::ner
