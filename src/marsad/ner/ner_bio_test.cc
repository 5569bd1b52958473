#include "marsad/ner/bio.h"

#include <gtest/gtest.h>

#include <sstream>

namespace marsad::ner {
namespace {

// "PER[0,2) LOC[3,4)"
std::string Render(const std::vector<EntitySpan>& spans) {
  std::string s;
  for (const EntitySpan& e : spans) {
    if (!s.empty()) s += ' ';
    s += std::string(doc::EntityTypeName(e.type)) + "[" + std::to_string(e.begin) + "," +
         std::to_string(e.end) + ")";
  }
  return s;
}

std::vector<Label> Labels(const std::string& line) {
  std::vector<Label> labels;
  std::istringstream in(line);
  std::string tag;
  while (in >> tag) {
    Result<Label> l = ParseLabel(tag);
    EXPECT_TRUE(l.ok()) << tag;
    labels.push_back(l.ok() ? *l : Label::O());
  }
  return labels;
}

std::vector<std::uint8_t> Tags(const TagSet& set, const std::string& line) {
  std::vector<std::uint8_t> tags;
  std::istringstream in(line);
  std::string name;
  while (in >> name) {
    int found = -1;
    for (int t = 0; t < set.size(); ++t) {
      if (set.Name(t) == name) found = t;
    }
    EXPECT_GE(found, 0) << name;
    tags.push_back(static_cast<std::uint8_t>(found < 0 ? 0 : found));
  }
  return tags;
}

std::string TagNames(const TagSet& set, const std::vector<std::uint8_t>& tags) {
  std::string s;
  for (std::uint8_t t : tags) {
    if (!s.empty()) s += ' ';
    s += set.Name(t);
  }
  return s;
}

TEST(LabelTest, Parse) {
  struct Case {
    const char* in;
    const char* want;  // LabelName, or "error"
  };
  constexpr Case kCases[] = {
      {"O", "O"},          {"B-PER", "B-PER"},   {"B-PERS", "B-PER"},  // ANERcorp's PERS
      {"I-PERS", "I-PER"}, {"I-LOC", "I-LOC"},   {"B-ORG", "B-ORG"},
      {"I-MISC", "I-MISC"}, {"B-", "error"},     {"B-FOO", "error"},
      {"E-PER", "error"},  {"o", "error"},       {"", "error"},
  };
  for (const Case& c : kCases) {
    Result<Label> l = ParseLabel(c.in);
    EXPECT_EQ(l.ok() ? LabelName(*l) : "error", c.want) << c.in;
  }
  EXPECT_NE(ParseLabel("B-FOO").status().message().find("B-FOO"), std::string::npos);
}

TEST(SpansFromLabelsTest, ConllevalRules) {
  struct Case {
    const char* labels;
    const char* spans;
  };
  constexpr Case kCases[] = {
      {"B-PER I-PER O B-LOC", "PER[0,2) LOC[3,4)"},
      {"O I-PER I-PER O", "PER[1,3)"},             // I- without B- starts an entity
      {"I-ORG", "ORG[0,1)"},                       // ... also at the sentence start
      {"B-PER I-LOC", "PER[0,1) LOC[1,2)"},        // a type change starts a new one
      {"B-PER B-PER I-PER", "PER[0,1) PER[1,3)"},  // B- after an entity starts a new one
      {"I-PER O I-PER", "PER[0,1) PER[2,3)"},
      {"B-MISC I-MISC I-MISC", "MISC[0,3)"},
      {"O O", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(Render(SpansFromLabels(Labels(c.labels))), c.spans) << c.labels;
}

TEST(SpansFromLabelsTest, RoundTrip) {
  const std::vector<EntitySpan> spans = {{0, 2, doc::EntityType::kPerson},
                                         {2, 3, doc::EntityType::kPerson},
                                         {5, 6, doc::EntityType::kLocation}};
  const std::vector<Label> labels = LabelsFromSpans(spans, 7);
  std::string s;
  for (const Label& l : labels) s += LabelName(l) + " ";
  EXPECT_EQ(s, "B-PER I-PER B-PER O O B-LOC O ");
  EXPECT_EQ(SpansFromLabels(labels), spans);
}

TEST(TagSetTest, Sizes) {
  EXPECT_EQ(TagSet(TagScheme::kBio).size(), 9);
  EXPECT_EQ(TagSet(TagScheme::kBilou).size(), 17);
  EXPECT_EQ(TagSet(TagScheme::kBilou).Name(0), "O");
  EXPECT_EQ(TagSet(TagScheme::kBilou).Name(1), "B-PER");
  EXPECT_EQ(TagSet(TagScheme::kBilou).Name(8), "U-LOC");
  EXPECT_EQ(TagSet(TagScheme::kBio).Name(4), "I-LOC");
}

TEST(TagSetTest, Encode) {
  const std::vector<EntitySpan> spans = {{0, 3, doc::EntityType::kPerson},
                                         {4, 5, doc::EntityType::kLocation},
                                         {5, 7, doc::EntityType::kOrganization}};
  const TagSet bio(TagScheme::kBio), bilou(TagScheme::kBilou);
  EXPECT_EQ(TagNames(bio, bio.Encode(spans, 8)), "B-PER I-PER I-PER O B-LOC B-ORG I-ORG O");
  EXPECT_EQ(TagNames(bilou, bilou.Encode(spans, 8)), "B-PER I-PER L-PER O U-LOC B-ORG L-ORG O");
  EXPECT_EQ(bio.Decode(bio.Encode(spans, 8).data(), 8), spans);
  EXPECT_EQ(bilou.Decode(bilou.Encode(spans, 8).data(), 8), spans);
}

TEST(TagSetTest, DecodeIllFormed) {
  struct Case {
    const char* tags;
    const char* spans;
  };
  constexpr Case kBilou[] = {
      {"I-PER L-PER", "PER[0,2)"},          // no B-: still one entity
      {"L-PER", "PER[0,1)"},
      {"B-PER O", "PER[0,1)"},              // no L-: ends at the O
      {"B-PER I-LOC L-LOC", "PER[0,1) LOC[1,3)"},
      {"U-PER L-PER", "PER[0,1) PER[1,2)"},  // U- closes its entity
      {"B-PER I-PER L-PER I-PER", "PER[0,3) PER[3,4)"},
  };
  const TagSet bilou(TagScheme::kBilou);
  for (const Case& c : kBilou) {
    const std::vector<std::uint8_t> tags = Tags(bilou, c.tags);
    EXPECT_EQ(Render(bilou.Decode(tags.data(), tags.size())), c.spans) << c.tags;
  }
  const TagSet bio(TagScheme::kBio);
  const std::vector<std::uint8_t> tags = Tags(bio, "O I-LOC I-LOC B-LOC");
  EXPECT_EQ(Render(bio.Decode(tags.data(), tags.size())), "LOC[1,3) LOC[3,4)");
}

TEST(TagSetTest, Allowed) {
  const TagSet bilou(TagScheme::kBilou);
  const auto tag = [&](const char* name) { return Tags(bilou, name)[0]; };
  EXPECT_TRUE(bilou.Allowed(-1, tag("B-PER")));
  EXPECT_FALSE(bilou.Allowed(-1, tag("I-PER")));
  EXPECT_FALSE(bilou.Allowed(-1, tag("L-PER")));
  EXPECT_TRUE(bilou.Allowed(tag("B-PER"), tag("L-PER")));
  EXPECT_FALSE(bilou.Allowed(tag("B-PER"), tag("L-LOC")));
  EXPECT_FALSE(bilou.Allowed(tag("B-PER"), 0));
  EXPECT_FALSE(bilou.Allowed(tag("I-PER"), -1));
  EXPECT_TRUE(bilou.Allowed(tag("U-PER"), tag("B-LOC")));
  EXPECT_TRUE(bilou.Allowed(tag("L-PER"), -1));
  EXPECT_FALSE(bilou.Allowed(0, tag("I-ORG")));
  const TagSet bio(TagScheme::kBio);
  EXPECT_FALSE(bio.Allowed(0, 2));   // O -> I-PER
  EXPECT_TRUE(bio.Allowed(1, 2));    // B-PER -> I-PER
  EXPECT_FALSE(bio.Allowed(1, 4));   // B-PER -> I-LOC
  EXPECT_FALSE(bio.Allowed(-1, 2));  // start -> I-PER
  EXPECT_TRUE(bio.Allowed(2, -1));
}

}  // namespace
}  // namespace marsad::ner
