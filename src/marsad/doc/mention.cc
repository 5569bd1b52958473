// Entity type names.
#include "marsad/doc/mention.h"

namespace marsad::doc {

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PER";
    case EntityType::kLocation: return "LOC";
    case EntityType::kOrganization: return "ORG";
    case EntityType::kMisc: return "MISC";
  }
  return "?";
}

std::optional<EntityType> ParseEntityType(std::string_view s) {
  if (s == "PER" || s == "PERS") return EntityType::kPerson;
  if (s == "LOC") return EntityType::kLocation;
  if (s == "ORG") return EntityType::kOrganization;
  if (s == "MISC") return EntityType::kMisc;
  return std::nullopt;
}

}  // namespace marsad::doc
