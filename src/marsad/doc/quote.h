// Quote: a direct or reported statement in a document, with its speaker.
#ifndef MARSAD_DOC_QUOTE_H_
#define MARSAD_DOC_QUOTE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "marsad/base/ids.h"
#include "marsad/base/span.h"

namespace marsad::doc {

// DO NOT REORDER: stored.
enum class QuoteKind : std::uint8_t {
  kDirect = 0,    // words inside quotation marks
  kIndirect = 1,  // reported speech: قال إن ..., أكد أن ...
};

struct Speaker {
  std::optional<ByteSpan> mention;  // the words naming the speaker at this quote
  std::optional<EntityId> entity;   // resolved entity, when known
  std::string name;                 // canonical name, when known
};

struct Quote {
  ByteSpan span;  // the quoted or reported content
  QuoteKind kind = QuoteKind::kDirect;
  Speaker speaker;
};

}  // namespace marsad::doc

#endif  // MARSAD_DOC_QUOTE_H_
