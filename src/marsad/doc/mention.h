// Mention: a span of a document's text that names a person, place, organisation or other
// named thing (as tagged by ner::Tagger), later linked to a cross-document entity.
#ifndef MARSAD_DOC_MENTION_H_
#define MARSAD_DOC_MENTION_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "marsad/base/ids.h"
#include "marsad/base/span.h"

namespace marsad::doc {

// DO NOT REORDER: stored.
enum class EntityType : std::uint8_t {
  kPerson = 0,        // PER (ANERcorp: PERS)
  kLocation = 1,      // LOC
  kOrganization = 2,  // ORG
  kMisc = 3,          // MISC
};

std::string_view EntityTypeName(EntityType type);             // "PER", "LOC", "ORG", "MISC"
std::optional<EntityType> ParseEntityType(std::string_view s);  // accepts PER/PERS, LOC, ORG, MISC

// DO NOT REORDER: stored.
enum class MentionKind : std::uint8_t {
  kName = 0,     // a proper name (ner::Tagger): لافرينتيف, وكالة سانا
  kTitle = 1,    // a role phrase standing for an entity: رئيس الوفد الروسي (entities stage)
  kPronoun = 2,  // reserved for pronoun / verb-agreement references
};

struct Mention {
  ByteSpan span;                  // bytes of the document text
  MentionKind kind = MentionKind::kName;
  std::uint32_t first_token = 0;  // token range in the document's analysis
  std::uint32_t end_token = 0;    // one past the last token
  EntityType type = EntityType::kPerson;
  float confidence = 1.0F;
  std::optional<EntityId> entity;  // set by entity resolution
};

}  // namespace marsad::doc

#endif  // MARSAD_DOC_MENTION_H_
