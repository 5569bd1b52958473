// Typed codecs for the per-document records later stages attach in the store (the
// store::RecordCodec concept): mentions and quotes, as varint-coded binary, not JSON.
// Byte layouts: docs/formats/store.md.
#ifndef MARSAD_ENGINE_RECORD_CODECS_H_
#define MARSAD_ENGINE_RECORD_CODECS_H_

#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/mention.h"
#include "marsad/doc/quote.h"
#include "marsad/store/store.h"

namespace marsad::engine {

struct MentionsCodec {
  using Value = std::vector<doc::Mention>;
  static constexpr store::RecordKind kKind = store::RecordKind::kMentions;
  static void Encode(const Value& mentions, std::string* out);
  static Result<Value> Decode(std::string_view in);  // Corruption when malformed
};

struct QuotesCodec {
  using Value = std::vector<doc::Quote>;
  static constexpr store::RecordKind kKind = store::RecordKind::kQuotes;
  static void Encode(const Value& quotes, std::string* out);
  static Result<Value> Decode(std::string_view in);  // Corruption when malformed
};

static_assert(store::RecordCodec<MentionsCodec>);
static_assert(store::RecordCodec<QuotesCodec>);

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_RECORD_CODECS_H_
