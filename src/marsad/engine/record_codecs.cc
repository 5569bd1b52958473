// MentionsCodec and QuotesCodec; see record_codecs.h.
#include "marsad/engine/record_codecs.h"

#include <cstring>

#include "marsad/base/byte_coding.h"

namespace marsad::engine {
namespace {

constexpr std::uint64_t kVersion = 1;  // first varint of every record

void PutSpan(std::string* out, ByteSpan s) {
  base::PutVarint(out, s.begin);
  base::PutVarint(out, s.end - s.begin);
}

bool GetSpan(base::ByteReader* d, ByteSpan* s) {
  std::uint32_t begin = 0, len = 0;
  if (!d->VarintAs(&begin) || !d->VarintAs(&len)) return false;
  s->begin = begin;
  s->end = begin + len;
  return s->end >= begin;
}

// Optional entity id: 0 absent, else id + 1.
void PutEntity(std::string* out, const std::optional<EntityId>& e) {
  base::PutVarint(out, e ? e->value() + 1 : 0);
}

bool GetEntity(base::ByteReader* d, std::optional<EntityId>* e) {
  std::uint64_t v = 0;
  if (!d->Varint(&v)) return false;
  if (v == 0) {
    e->reset();
  } else {
    *e = EntityId(v - 1);
  }
  return true;
}

bool CheckHeader(base::ByteReader* d, std::uint64_t* n, std::size_t size) {
  std::uint64_t version = 0;
  return d->Varint(&version) && version == kVersion && d->Varint(n) && *n <= size;
}

}  // namespace

void MentionsCodec::Encode(const Value& mentions, std::string* out) {
  base::PutVarint(out, kVersion);
  base::PutVarint(out, mentions.size());
  for (const doc::Mention& m : mentions) {
    PutSpan(out, m.span);
    base::PutVarint(out, m.first_token);
    base::PutVarint(out, m.end_token - m.first_token);
    out->push_back(static_cast<char>(m.type));
    out->push_back(static_cast<char>(m.kind));
    std::uint32_t bits = 0;
    std::memcpy(&bits, &m.confidence, sizeof bits);
    base::PutVarint(out, bits);
    PutEntity(out, m.entity);
  }
}

Result<MentionsCodec::Value> MentionsCodec::Decode(std::string_view in) {
  base::ByteReader d(in);
  std::uint64_t n = 0;
  if (!CheckHeader(&d, &n, in.size())) return Status::Corruption("mentions record: bad header");
  Value out;
  out.reserve(static_cast<std::size_t>(n));
  for (std::uint64_t i = 0; i < n; ++i) {
    doc::Mention m;
    std::uint32_t len = 0, bits = 0;
    std::uint8_t type = 0, kind = 0;
    if (!GetSpan(&d, &m.span) || !d.VarintAs(&m.first_token) || !d.VarintAs(&len) ||
        !d.VarintAs(&type) || type > static_cast<std::uint8_t>(doc::EntityType::kMisc) ||
        !d.VarintAs(&kind) || kind > static_cast<std::uint8_t>(doc::MentionKind::kPronoun) ||
        !d.VarintAs(&bits) || !GetEntity(&d, &m.entity)) {
      return Status::Corruption("mentions record: truncated or invalid at mention " + std::to_string(i));
    }
    m.end_token = m.first_token + len;
    m.type = static_cast<doc::EntityType>(type);
    m.kind = static_cast<doc::MentionKind>(kind);
    std::memcpy(&m.confidence, &bits, sizeof bits);
    out.push_back(m);
  }
  if (!d.done()) return Status::Corruption("mentions record: trailing bytes");
  return out;
}

void QuotesCodec::Encode(const Value& quotes, std::string* out) {
  base::PutVarint(out, kVersion);
  base::PutVarint(out, quotes.size());
  for (const doc::Quote& q : quotes) {
    PutSpan(out, q.span);
    out->push_back(static_cast<char>(q.kind));
    base::PutVarint(out, q.speaker.mention ? 1 : 0);
    if (q.speaker.mention) PutSpan(out, *q.speaker.mention);
    PutEntity(out, q.speaker.entity);
    base::PutString(out, q.speaker.name);
  }
}

Result<QuotesCodec::Value> QuotesCodec::Decode(std::string_view in) {
  base::ByteReader d(in);
  std::uint64_t n = 0;
  if (!CheckHeader(&d, &n, in.size())) return Status::Corruption("quotes record: bad header");
  Value out;
  out.reserve(static_cast<std::size_t>(n));
  for (std::uint64_t i = 0; i < n; ++i) {
    doc::Quote q;
    std::uint8_t kind = 0, has_mention = 0;
    std::string_view name;
    bool ok = GetSpan(&d, &q.span) && d.VarintAs(&kind) &&
              kind <= static_cast<std::uint8_t>(doc::QuoteKind::kIndirect) && d.VarintAs(&has_mention) &&
              has_mention <= 1;
    if (ok && has_mention == 1) {
      ByteSpan s;
      ok = GetSpan(&d, &s);
      q.speaker.mention = s;
    }
    ok = ok && GetEntity(&d, &q.speaker.entity) && d.StringView(&name);
    if (!ok) return Status::Corruption("quotes record: truncated or invalid at quote " + std::to_string(i));
    q.kind = static_cast<doc::QuoteKind>(kind);
    q.speaker.name.assign(name);
    out.push_back(std::move(q));
  }
  if (!d.done()) return Status::Corruption("quotes record: trailing bytes");
  return out;
}

}  // namespace marsad::engine
