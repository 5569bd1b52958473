// Resolver::Encode / Resolver::Decode: the entity table format, docs/formats/entities.md.
#include "marsad/entities/entity_codec.h"
#include "marsad/entities/coding.h"
#include "marsad/entities/resolver.h"
#include "marsad/entities/resolver_state.h"

namespace marsad::entities {
namespace {

constexpr std::uint8_t kFlagDescription = 1;
constexpr std::uint8_t kFlagTimed = 2;
constexpr std::uint8_t kFlagLive = 4;

void PutCounted(std::string* p, const std::vector<CountedText>& v) {
  PutVarint(p, v.size());
  for (const CountedText& c : v) {
    PutString(p, c.text);
    PutVarint(p, c.count);
  }
}

void PutPairs(std::string* p, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& v) {
  PutVarint(p, v.size());
  for (const auto& [a, b] : v) {
    PutVarint(p, a);
    PutVarint(p, b);
  }
}

bool GetCounted(ByteReader* r, std::vector<CountedText>* v) {
  std::uint32_t n = 0;
  if (!r->Count(&n)) return false;
  v->resize(n);
  for (CountedText& c : *v) {
    if (!r->String(&c.text) || !r->Varint32(&c.count)) return false;
  }
  return true;
}

bool GetPairs(ByteReader* r, std::vector<std::pair<std::uint32_t, std::uint32_t>>* v,
              std::uint32_t max_first) {
  std::uint32_t n = 0;
  if (!r->Count(&n)) return false;
  v->resize(n);
  for (auto& [a, b] : *v) {
    if (!r->Varint32(&a) || !r->Varint32(&b) || a >= max_first) return false;
  }
  return true;
}

}  // namespace

std::string Resolver::Encode() const {
  const State& s = *state_;
  std::string p;
  PutVarint(&p, s.sources.size());
  for (const std::string& src : s.sources) PutString(&p, src);
  PutVarint(&p, s.records.size());
  for (const Record& r : s.records) {
    std::uint8_t flags = 0;
    if (r.description) flags |= kFlagDescription;
    if (r.timed) flags |= kFlagTimed;
    p.push_back(static_cast<char>(flags));
    for (std::uint32_t v : r.type_votes) PutVarint(&p, v);
    PutVarint(&p, r.mentions);
    if (r.timed) {
      PutSigned(&p, r.first_seen);
      PutSigned(&p, r.last_seen);
    }
    PutCounted(&p, r.names);
    PutCounted(&p, r.titles);
    for (const std::string& k : r.title_keys) PutString(&p, k);  // parallel to titles
    PutCounted(&p, r.known_titles);
    PutVarint(&p, r.docs.size());
    std::uint32_t prev = 0;
    for (std::uint32_t d : r.docs) {
      PutVarint(&p, d - prev);
      prev = d;
    }
    PutPairs(&p, r.cooccurring);
    PutPairs(&p, r.sources);
  }
  PutVarint(&p, s.docs.size());
  for (const DocEntry& d : s.docs) {
    PutString(&p, d.id);
    std::uint8_t flags = 0;
    if (d.live) flags |= kFlagLive;
    if (d.timed) flags |= kFlagTimed;
    p.push_back(static_cast<char>(flags));
    PutVarint(&p, d.source);
    if (d.timed) PutSigned(&p, d.time);
    PutVarint(&p, d.contributions.size());
    for (const Contribution& c : d.contributions) {
      PutVarint(&p, c.entity);
      PutVarint(&p, c.mentions);
      for (std::uint32_t v : c.type_votes) PutVarint(&p, v);
      PutCounted(&p, c.names);
      PutCounted(&p, c.titles);
      PutCounted(&p, c.known_titles);
    }
  }
  return Frame(kTableMagic, kTableFormatVersion, p);
}

Result<Resolver> Resolver::Decode(const text::Analyzer& analyzer, std::string_view bytes,
                                  ResolverOptions options) {
  MARSAD_ASSIGN_OR_RETURN(std::string_view payload,
                          Unframe(kTableMagic, kTableFormatVersion, bytes, "entity table"));
  return DecodePayload(std::make_unique<State>(analyzer, options), payload);
}

Result<Resolver> Resolver::Decode(const Resolver& like, std::string_view bytes) {
  MARSAD_ASSIGN_OR_RETURN(std::string_view payload,
                          Unframe(kTableMagic, kTableFormatVersion, bytes, "entity table"));
  const State& l = *like.state_;
  return DecodePayload(std::make_unique<State>(l.analyzer, l.options, l.data), payload);
}

Result<Resolver> Resolver::DecodePayload(std::unique_ptr<State> state, std::string_view payload) {
  State& s = *state;
  ByteReader r(payload);
  auto corrupt = [](std::string_view where) {
    return Status::Corruption("entity table: malformed " + std::string(where));
  };
  std::uint32_t n = 0;
  if (!r.Count(&n)) return corrupt("source list");
  for (std::uint32_t i = 0; i < n; ++i) {
    std::string src;
    if (!r.String(&src)) return corrupt("source list");
    s.SourceIndex(src);
  }
  const auto nsources = static_cast<std::uint32_t>(s.sources.size());
  std::uint32_t nrecords = 0;
  if (!r.Count(&nrecords)) return corrupt("entity count");
  s.records.resize(nrecords);
  std::vector<std::uint32_t> max_doc(nrecords, 0);
  for (std::uint32_t e = 0; e < nrecords; ++e) {
    Record& rec = s.records[e];
    const std::string where = "entity " + std::to_string(e + 1);
    std::uint8_t flags = 0;
    if (!r.Byte(&flags)) return corrupt(where);
    rec.description = (flags & kFlagDescription) != 0;
    rec.timed = (flags & kFlagTimed) != 0;
    for (std::uint32_t& v : rec.type_votes) {
      if (!r.Varint32(&v)) return corrupt(where);
    }
    if (!r.Varint32(&rec.mentions)) return corrupt(where);
    if (rec.timed && (!r.Signed(&rec.first_seen) || !r.Signed(&rec.last_seen))) return corrupt(where);
    if (!GetCounted(&r, &rec.names) || !GetCounted(&r, &rec.titles)) return corrupt(where);
    rec.title_keys.resize(rec.titles.size());
    for (std::string& k : rec.title_keys) {
      if (!r.String(&k)) return corrupt(where);
    }
    if (!GetCounted(&r, &rec.known_titles)) return corrupt(where);
    std::uint32_t ndocs = 0;
    if (!r.Count(&ndocs)) return corrupt(where);
    rec.docs.resize(ndocs);
    std::uint64_t d = 0;
    for (std::uint32_t i = 0; i < ndocs; ++i) {
      std::uint32_t delta = 0;
      if (!r.Varint32(&delta) || (i > 0 && delta == 0)) return corrupt(where);
      d += delta;
      if (d > 0xFFFFFFFFu) return corrupt(where);
      rec.docs[i] = static_cast<std::uint32_t>(d);
    }
    if (ndocs > 0) max_doc[e] = rec.docs.back() + 1;
    if (!GetPairs(&r, &rec.cooccurring, nrecords) || !GetPairs(&r, &rec.sources, nsources)) {
      return corrupt(where);
    }
  }
  std::uint32_t ndocs = 0;
  if (!r.Count(&ndocs)) return corrupt("document count");
  s.docs.resize(ndocs);
  for (std::uint32_t i = 0; i < ndocs; ++i) {
    DocEntry& d = s.docs[i];
    const std::string where = "document " + std::to_string(i);
    std::uint8_t flags = 0;
    std::uint32_t ncontrib = 0;
    if (!r.String(&d.id) || !r.Byte(&flags) || !r.Varint32(&d.source) || d.source >= nsources) {
      return corrupt(where);
    }
    d.live = (flags & kFlagLive) != 0;
    d.timed = (flags & kFlagTimed) != 0;
    if (d.timed && !r.Signed(&d.time)) return corrupt(where);
    if (!r.Count(&ncontrib)) return corrupt(where);
    d.contributions.resize(ncontrib);
    for (Contribution& c : d.contributions) {
      if (!r.Varint32(&c.entity) || c.entity >= nrecords || !r.Varint32(&c.mentions)) return corrupt(where);
      for (std::uint32_t& v : c.type_votes) {
        if (!r.Varint32(&v)) return corrupt(where);
      }
      if (!GetCounted(&r, &c.names) || !GetCounted(&r, &c.titles) ||
          !GetCounted(&r, &c.known_titles)) {
        return corrupt(where);
      }
    }
    if (d.live) {
      if (!s.doc_index.emplace(d.id, i).second) return corrupt(where + " (duplicate id)");
    }
  }
  if (!r.done()) return corrupt("end (trailing bytes)");
  for (std::uint32_t e = 0; e < nrecords; ++e) {
    if (max_doc[e] > ndocs) return corrupt("entity " + std::to_string(e + 1) + " (document number)");
  }
  // Derived parts: name readings and indexes.
  for (Record& rec : s.records) {
    rec.name_forms.reserve(rec.names.size());
    for (const CountedText& c : rec.names) rec.name_forms.push_back(s.linker.names().FromWritten(c.text));
  }
  s.Reindex();
  return Resolver(std::move(state));
}

}  // namespace marsad::entities
