// Labels, tag schemes and span conversion; see bio.h.
#include "marsad/ner/bio.h"

#include <optional>

namespace marsad::ner {

namespace {

enum Part : int { kPartB = 0, kPartI = 1, kPartL = 2, kPartU = 3 };
constexpr std::string_view kPartNames = "BILU";

doc::EntityType TypeOf(int index) { return static_cast<doc::EntityType>(index); }
int IndexOf(doc::EntityType type) { return static_cast<int>(type); }

}  // namespace

Result<Label> ParseLabel(std::string_view s) {
  if (s == "O") return Label::O();
  if (s.size() > 2 && (s[0] == 'B' || s[0] == 'I') && s[1] == '-') {
    if (std::optional<doc::EntityType> t = doc::ParseEntityType(s.substr(2))) {
      return s[0] == 'B' ? Label::B(*t) : Label::I(*t);
    }
  }
  return Status::InvalidArgument("unknown label '" + std::string(s) +
                                 "' (want O, B-X or I-X with X one of PER, PERS, LOC, ORG, MISC)");
}

std::string LabelName(Label label) {
  if (label.prefix == Label::Prefix::kO) return "O";
  std::string s = label.prefix == Label::Prefix::kB ? "B-" : "I-";
  s += doc::EntityTypeName(label.type);
  return s;
}

std::vector<EntitySpan> SpansFromLabels(const std::vector<Label>& labels) {
  std::vector<EntitySpan> spans;
  bool open = false;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const Label& l = labels[i];
    const auto pos = static_cast<std::uint32_t>(i);
    const bool continues = l.prefix == Label::Prefix::kI && open && spans.back().type == l.type;
    if (continues) {
      spans.back().end = pos + 1;
    } else if (l.prefix == Label::Prefix::kO) {
      open = false;
    } else {  // B-X, or an I-X that cannot continue: a new entity
      spans.push_back({pos, pos + 1, l.type});
      open = true;
    }
  }
  return spans;
}

std::vector<Label> LabelsFromSpans(const std::vector<EntitySpan>& spans, std::size_t n) {
  std::vector<Label> labels(n);
  for (const EntitySpan& s : spans) {
    for (std::uint32_t i = s.begin; i < s.end && i < n; ++i) {
      labels[i] = i == s.begin ? Label::B(s.type) : Label::I(s.type);
    }
  }
  return labels;
}

std::string TagSet::Name(int tag) const {
  if (tag == 0) return "O";
  const int type = (tag - 1) / parts();
  const int part = (tag - 1) % parts();
  std::string s(1, kPartNames[static_cast<std::size_t>(part)]);
  s += '-';
  s += doc::EntityTypeName(TypeOf(type));
  return s;
}

bool TagSet::Allowed(int prev, int next) const {
  const int prev_type = prev > 0 ? (prev - 1) / parts() : -1;
  const int prev_part = prev > 0 ? (prev - 1) % parts() : -1;
  const int next_type = next > 0 ? (next - 1) / parts() : -1;
  const int next_part = next > 0 ? (next - 1) % parts() : -1;
  if (scheme_ == TagScheme::kBio) {
    // I-X continues B-X or I-X; everything else may go anywhere.
    if (next_part == kPartI) return prev_type == next_type;
    return true;
  }
  // BILOU: inside an entity (after B or I) only I or L of the same type may follow.
  const bool inside = prev_part == kPartB || prev_part == kPartI;
  if (inside) return (next_part == kPartI || next_part == kPartL) && next_type == prev_type;
  return next_part != kPartI && next_part != kPartL;
}

std::vector<std::uint8_t> TagSet::Encode(const std::vector<EntitySpan>& spans,
                                         std::size_t n) const {
  std::vector<std::uint8_t> tags(n, 0);
  for (const EntitySpan& s : spans) {
    const int base = 1 + IndexOf(s.type) * parts();
    for (std::uint32_t i = s.begin; i < s.end && i < n; ++i) {
      int part = i == s.begin ? kPartB : kPartI;
      if (scheme_ == TagScheme::kBilou) {
        if (s.end - s.begin == 1) {
          part = kPartU;
        } else if (i + 1 == s.end) {
          part = kPartL;
        }
      }
      tags[i] = static_cast<std::uint8_t>(base + part);
    }
  }
  return tags;
}

std::vector<EntitySpan> TagSet::Decode(const std::uint8_t* tags, std::size_t n) const {
  std::vector<EntitySpan> spans;
  bool open = false;  // spans.back() may still grow
  for (std::size_t i = 0; i < n; ++i) {
    const auto pos = static_cast<std::uint32_t>(i);
    const int tag = tags[i];
    if (tag == 0) {
      open = false;
      continue;
    }
    const doc::EntityType type = TypeOf((tag - 1) / parts());
    const int part = (tag - 1) % parts();
    const bool can_continue = open && spans.back().type == type;
    if ((part == kPartI || part == kPartL) && can_continue) {
      spans.back().end = pos + 1;
    } else {
      spans.push_back({pos, pos + 1, type});
    }
    open = part == kPartB || part == kPartI;
  }
  return spans;
}

}  // namespace marsad::ner
