// Codecs of the entities stage's stored data (docs/formats/entities.md): the Resolver's
// table (Resolver::Encode / Resolver::Decode) and a document's resolved mentions, the
// per-document record the store keeps. Both are framed the same way:
//   magic (8 bytes) | format version (fixed32) | payload | CRC-32C of all before (fixed32)
// A reader refuses another magic or a bad checksum with Corruption and another version
// with NotSupported.
#ifndef MARSAD_ENTITIES_ENTITY_CODEC_H_
#define MARSAD_ENTITIES_ENTITY_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/mention.h"

namespace marsad::entities {

// DO NOT CHANGE: stored.
inline constexpr std::string_view kTableMagic = "MRSDENTT";
inline constexpr std::string_view kMentionsMagic = "MRSDENTM";
inline constexpr std::string_view kDeltaMagic = "MRSDENTD";
// Version 1 deltas wrote the records a batch changed, whole; version 2 writes the
// documents added and removed, which a reader replays. Both are read; 2 is written.
inline constexpr std::uint32_t kDeltaFormatVersion = 2;
inline constexpr std::uint32_t kDeltaFormatVersionV1 = 1;
inline constexpr std::uint32_t kTableFormatVersion = 1;
inline constexpr std::uint32_t kMentionsFormatVersion = 1;

// Frames `payload` (magic, version, checksum).
std::string Frame(std::string_view magic, std::uint32_t version, std::string_view payload);
// The same bytes built in place, without a second copy of the payload: FrameBegin replaces
// *out with the header, the caller appends the payload, FrameEnd appends the checksum.
void FrameBegin(std::string_view magic, std::uint32_t version, std::string* out);
void FrameEnd(std::string* out);
// The payload of framed `bytes`, after checking magic, checksum and version. `what` names
// the data in error messages ("entity table").
Result<std::string_view> Unframe(std::string_view magic, std::uint32_t version,
                                 std::string_view bytes, std::string_view what);
// The same for data read in any version from `oldest` to `newest`; *version gets it.
Result<std::string_view> Unframe(std::string_view magic, std::uint32_t oldest, std::uint32_t newest,
                                 std::string_view bytes, std::string_view what, std::uint32_t* version);

// A document's mentions (names and titles, with their entities) as bytes, and back.
std::string EncodeDocMentions(const std::vector<doc::Mention>& mentions);
// The same into *out (replaced; its capacity is reused).
void EncodeDocMentions(const std::vector<doc::Mention>& mentions, std::string* out);
Result<std::vector<doc::Mention>> DecodeDocMentions(std::string_view bytes);

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_ENTITY_CODEC_H_
