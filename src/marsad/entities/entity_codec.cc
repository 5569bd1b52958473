// Framing and the per-document mentions codec; see entity_codec.h.
#include "marsad/entities/entity_codec.h"

#include "marsad/base/byte_coding.h"
#include "marsad/base/crc32c.h"

namespace marsad::entities {

using base::ByteReader;
using base::PutFixed32;
using base::VarintWriter;

namespace {

constexpr std::size_t kHeaderBytes = 8 + 4;
constexpr std::size_t kFooterBytes = 4;

std::uint32_t ReadFixed32(std::string_view s) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
  return v;
}

}  // namespace

std::string Frame(std::string_view magic, std::uint32_t version, std::string_view payload) {
  std::string out;
  out.reserve(kHeaderBytes + payload.size() + kFooterBytes);
  FrameBegin(magic, version, &out);
  out.append(payload);
  FrameEnd(&out);
  return out;
}

void FrameBegin(std::string_view magic, std::uint32_t version, std::string* out) {
  out->assign(magic);
  PutFixed32(out, version);
}

void FrameEnd(std::string* out) { PutFixed32(out, base::Crc32c(*out)); }

Result<std::string_view> Unframe(std::string_view magic, std::uint32_t version,
                                 std::string_view bytes, std::string_view what) {
  std::uint32_t v = 0;
  return Unframe(magic, version, version, bytes, what, &v);
}

Result<std::string_view> Unframe(std::string_view magic, std::uint32_t oldest, std::uint32_t newest,
                                 std::string_view bytes, std::string_view what, std::uint32_t* version) {
  const std::string w(what);
  if (bytes.size() < kHeaderBytes + kFooterBytes || bytes.substr(0, magic.size()) != magic) {
    return Status::Corruption(w + ": not marsad " + w + " data (bad magic or too short)");
  }
  const std::string_view body = bytes.substr(0, bytes.size() - kFooterBytes);
  if (base::Crc32c(body) != ReadFixed32(bytes.substr(bytes.size() - kFooterBytes))) {
    return Status::Corruption(w + ": checksum mismatch");
  }
  const std::uint32_t v = ReadFixed32(bytes.substr(magic.size(), 4));
  if (v < oldest || v > newest) {
    const std::string reads = oldest == newest ? "version " + std::to_string(newest)
                                               : "versions " + std::to_string(oldest) + " to " + std::to_string(newest);
    return Status::NotSupported(w + ": format version " + std::to_string(v) + " (this marsad reads " + reads + ")");
  }
  *version = v;
  return body.substr(kHeaderBytes);
}

std::string EncodeDocMentions(const std::vector<doc::Mention>& mentions) {
  std::string out;
  EncodeDocMentions(mentions, &out);
  return out;
}

void EncodeDocMentions(const std::vector<doc::Mention>& mentions, std::string* out) {
  // Most mentions take 10-14 bytes: mostly one allocation for the record.
  out->reserve(kHeaderBytes + 5 + mentions.size() * 16 + kFooterBytes);
  FrameBegin(kMentionsMagic, kMentionsFormatVersion, out);
  {
    VarintWriter w(out);
    w.Varint(mentions.size());
    for (const doc::Mention& m : mentions) {
      w.Varint(m.span.begin);
      w.Varint(m.span.end - m.span.begin);
      w.Varint(m.first_token);
      w.Varint(m.end_token - m.first_token);
      w.Byte(static_cast<char>(m.kind));
      w.Byte(static_cast<char>(m.type));
      w.Varint(m.entity ? m.entity->value() : 0);  // 0: unresolved (ids start at 1)
      // confidence in 1/1000
      w.Varint(static_cast<std::uint64_t>(m.confidence * 1000.0F + 0.5F));
    }
  }
  FrameEnd(out);
}

Result<std::vector<doc::Mention>> DecodeDocMentions(std::string_view bytes) {
  MARSAD_ASSIGN_OR_RETURN(std::string_view payload,
                          Unframe(kMentionsMagic, kMentionsFormatVersion, bytes, "mentions record"));
  ByteReader r(payload);
  std::uint32_t n = 0;
  if (!r.Count(&n)) return Status::Corruption("mentions record: bad count");
  std::vector<doc::Mention> out;
  out.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t begin = 0, len = 0, first = 0, tokens = 0, conf = 0;
    std::uint8_t kind = 0, type = 0;
    std::uint64_t entity = 0;
    if (!r.Varint32(&begin) || !r.Varint32(&len) || !r.Varint32(&first) || !r.Varint32(&tokens) ||
        !r.Byte(&kind) || !r.Byte(&type) || !r.Varint(&entity) || !r.Varint32(&conf)) {
      return Status::Corruption("mentions record: truncated at mention " + std::to_string(i));
    }
    if (kind > static_cast<std::uint8_t>(doc::MentionKind::kPronoun) ||
        type > static_cast<std::uint8_t>(doc::EntityType::kMisc) ||
        std::uint64_t{begin} + len > 0xFFFFFFFFu || std::uint64_t{first} + tokens > 0xFFFFFFFFu) {
      return Status::Corruption("mentions record: bad mention " + std::to_string(i));
    }
    doc::Mention m;
    m.span = {begin, begin + len};
    m.first_token = first;
    m.end_token = first + tokens;
    m.kind = static_cast<doc::MentionKind>(kind);
    m.type = static_cast<doc::EntityType>(type);
    if (entity != 0) m.entity = EntityId(entity);
    m.confidence = static_cast<float>(conf) / 1000.0F;
    out.push_back(m);
  }
  if (!r.done()) return Status::Corruption("mentions record: trailing bytes");
  return out;
}

}  // namespace marsad::entities
