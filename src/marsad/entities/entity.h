// Entity: one real-world person, place or organisation across all documents, as the
// Resolver shows it (the `marsad entities` record of ../shared/CONTRACT.md, without the
// Latin rendering, which the caller adds).
#ifndef MARSAD_ENTITIES_ENTITY_H_
#define MARSAD_ENTITIES_ENTITY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/doc/mention.h"

namespace marsad::entities {

struct Entity {
  EntityId id;
  doc::EntityType type = doc::EntityType::kPerson;
  std::string name;                   // canonical: its most frequent full form as written
  std::vector<std::string> variants;  // every spelling as written, most frequent first
  std::vector<std::string> titles;    // role phrases used for it, most frequent first
  std::vector<std::string> docs;      // ids of the documents that mention it, oldest first
  std::uint32_t mentions = 0;         // name and title mentions, all documents
};

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_ENTITY_H_
