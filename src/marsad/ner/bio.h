// Entity labels and the tag schemes a sequence tagger uses for them: CoNLL's BIO labels
// (as files carry them), the tagger's internal BIO or BILOU tags (Ratinov & Roth 2009,
// "Design Challenges and Misconceptions in Named Entity Recognition": BILOU learns entity
// ends explicitly), and the conversion of either to entity spans by the conlleval rules.
#ifndef MARSAD_NER_BIO_H_
#define MARSAD_NER_BIO_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/mention.h"

namespace marsad::ner {

inline constexpr int kNumEntityTypes = 4;  // PER, LOC, ORG, MISC (doc::EntityType order)

// A BIO label as a CoNLL file writes it: O, B-TYPE or I-TYPE.
struct Label {
  enum class Prefix : std::uint8_t { kO = 0, kB = 1, kI = 2 };
  Prefix prefix = Prefix::kO;
  doc::EntityType type = doc::EntityType::kPerson;  // meaningless for O

  static Label O() { return {}; }
  static Label B(doc::EntityType t) { return {Prefix::kB, t}; }
  static Label I(doc::EntityType t) { return {Prefix::kI, t}; }
  bool operator==(const Label& o) const {
    return prefix == o.prefix && (prefix == Prefix::kO || type == o.type);
  }
};

// Parses "O", "B-PER", "I-LOC", ... accepting ANERcorp's PERS for PER (doc::ParseEntityType).
// InvalidArgument naming the label otherwise.
Result<Label> ParseLabel(std::string_view s);
// "O", "B-PER", "I-ORG", ...
std::string LabelName(Label label);

// An entity as a half-open token range [begin, end) of one sentence.
struct EntitySpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  doc::EntityType type = doc::EntityType::kPerson;
  bool operator==(const EntitySpan&) const = default;
};

// The entities of a BIO label sequence by the conlleval rules: an entity starts at B-X, or
// at I-X whose predecessor is O or of another type (an I- without its B- still counts),
// and continues over the I-X that follow.
std::vector<EntitySpan> SpansFromLabels(const std::vector<Label>& labels);
// The BIO labels of `n` tokens carrying `spans` (which must not overlap).
std::vector<Label> LabelsFromSpans(const std::vector<EntitySpan>& spans, std::size_t n);

// DO NOT REORDER: stored in model files.
enum class TagScheme : std::uint8_t {
  kBio = 0,    // O, B-X, I-X: 9 tags
  kBilou = 1,  // O, B-X, I-X, L-X (last), U-X (unit): 17 tags
};

// The tagger's tag inventory for one scheme. Tag 0 is O; entity tags are numbered
// 1 + type * parts + part, with parts B, I (BIO) or B, I, L, U (BILOU).
// A value type; thread-safe.
class TagSet {
 public:
  explicit TagSet(TagScheme scheme) : scheme_(scheme) {}

  TagScheme scheme() const { return scheme_; }
  int size() const { return 1 + kNumEntityTypes * parts(); }
  // "O", "B-PER", "L-LOC", ...
  std::string Name(int tag) const;

  // Whether `next` may follow `prev` in a well-formed sequence; prev == -1 is the start
  // of the sentence and next == -1 its end. Decoding with these constraints never yields
  // an I-/L- tag that does not continue an entity.
  bool Allowed(int prev, int next) const;

  // Tags of `n` tokens carrying `spans` (non-overlapping, sorted).
  std::vector<std::uint8_t> Encode(const std::vector<EntitySpan>& spans, std::size_t n) const;
  // Entities of a tag sequence. Ill-formed sequences are read as conlleval reads BIO: a tag
  // that cannot continue the open entity starts a new one.
  std::vector<EntitySpan> Decode(const std::uint8_t* tags, std::size_t n) const;

 private:
  int parts() const { return scheme_ == TagScheme::kBio ? 2 : 4; }
  TagScheme scheme_;
};

}  // namespace marsad::ner

#endif  // MARSAD_NER_BIO_H_
