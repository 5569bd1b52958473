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
  VarintWriter w(p);
  w.Varint(v.size());
  for (const auto& [a, b] : v) {
    w.Varint(a);
    w.Varint(b);
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

// A record as the formats store it. Its documents from the `kept`-th on (all of them in a
// snapshot; in a delta those after the ones the reader already has), as increasing deltas
// from the last kept one.
void PutRecord(std::string* p, const Record& r, std::uint32_t kept) {
  std::uint8_t flags = 0;
  if (r.description) flags |= kFlagDescription;
  if (r.timed) flags |= kFlagTimed;
  p->push_back(static_cast<char>(flags));
  for (std::uint32_t v : r.type_votes) PutVarint(p, v);
  PutVarint(p, r.mentions);
  if (r.timed) {
    PutSigned(p, r.first_seen);
    PutSigned(p, r.last_seen);
  }
  PutCounted(p, r.names);
  PutCounted(p, r.titles);
  for (const std::string& k : r.title_keys) PutString(p, k);  // parallel to titles
  PutCounted(p, r.known_titles);
  {
    VarintWriter w(p);
    w.Varint(r.docs.size() - kept);
    std::uint32_t prev = kept > 0 ? r.docs[kept - 1] : 0;
    for (std::size_t i = kept; i < r.docs.size(); ++i) {
      w.Varint(r.docs[i] - prev);
      prev = r.docs[i];
    }
  }
  PutPairs(p, r.cooccurring);
  PutPairs(p, r.sources);
}

// Reads what PutRecord wrote into *rec, whose `docs` already holds the kept documents.
// Document numbers must stay below `ndocs`, entity indexes below `nrecords`, source indexes
// below `nsources`.
bool GetRecord(ByteReader* r, Record* rec, std::uint32_t nrecords, std::uint32_t ndocs,
               std::uint32_t nsources) {
  std::uint8_t flags = 0;
  if (!r->Byte(&flags)) return false;
  rec->description = (flags & kFlagDescription) != 0;
  rec->timed = (flags & kFlagTimed) != 0;
  for (std::uint32_t& v : rec->type_votes) {
    if (!r->Varint32(&v)) return false;
  }
  if (!r->Varint32(&rec->mentions)) return false;
  if (rec->timed && (!r->Signed(&rec->first_seen) || !r->Signed(&rec->last_seen))) return false;
  if (!GetCounted(r, &rec->names) || !GetCounted(r, &rec->titles)) return false;
  rec->title_keys.resize(rec->titles.size());
  for (std::string& k : rec->title_keys) {
    if (!r->String(&k)) return false;
  }
  if (!GetCounted(r, &rec->known_titles)) return false;
  std::uint32_t n = 0;
  if (!r->Count(&n)) return false;
  const bool kept = !rec->docs.empty();
  std::uint64_t d = kept ? rec->docs.back() : 0;
  rec->docs.reserve(rec->docs.size() + n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t delta = 0;
    if (!r->Varint32(&delta) || ((i > 0 || kept) && delta == 0)) return false;
    d += delta;
    if (d >= ndocs) return false;
    rec->docs.push_back(static_cast<std::uint32_t>(d));
  }
  if (kept && rec->docs.back() >= ndocs) return false;
  return GetPairs(r, &rec->cooccurring, nrecords) && GetPairs(r, &rec->sources, nsources);
}

void PutDoc(std::string* p, const DocEntry& d) {
  PutString(p, d.id);
  std::uint8_t flags = 0;
  if (d.live) flags |= kFlagLive;
  if (d.timed) flags |= kFlagTimed;
  p->push_back(static_cast<char>(flags));
  PutVarint(p, d.source);
  if (d.timed) PutSigned(p, d.time);
  PutVarint(p, d.contributions.size());
  for (const Contribution& c : d.contributions) {
    PutVarint(p, c.entity);
    PutVarint(p, c.mentions);
    for (std::uint32_t v : c.type_votes) PutVarint(p, v);
    PutCounted(p, c.names);
    PutCounted(p, c.titles);
    PutCounted(p, c.known_titles);
  }
}

bool GetDoc(ByteReader* r, DocEntry* d, std::uint32_t nrecords, std::uint32_t nsources) {
  std::uint8_t flags = 0;
  std::uint32_t ncontrib = 0;
  if (!r->String(&d->id) || !r->Byte(&flags) || !r->Varint32(&d->source) || d->source >= nsources) {
    return false;
  }
  d->live = (flags & kFlagLive) != 0;
  d->timed = (flags & kFlagTimed) != 0;
  if (d->timed && !r->Signed(&d->time)) return false;
  if (!r->Count(&ncontrib)) return false;
  d->contributions.resize(ncontrib);
  for (Contribution& c : d->contributions) {
    if (!r->Varint32(&c.entity) || c.entity >= nrecords || !r->Varint32(&c.mentions)) return false;
    for (std::uint32_t& v : c.type_votes) {
      if (!r->Varint32(&v)) return false;
    }
    if (!GetCounted(r, &c.names) || !GetCounted(r, &c.titles) || !GetCounted(r, &c.known_titles)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string Resolver::Encode() const {
  const State& s = *state_;
  std::string p;
  // Framed in place: a table of megabytes is not copied into a second string. (Not reserved
  // by the last size: Encode is const, and readers may call it from several threads.)
  FrameBegin(kTableMagic, kTableFormatVersion, &p);
  PutVarint(&p, s.sources.size());
  for (const std::string& src : s.sources) PutString(&p, src);
  PutVarint(&p, s.records.size());
  for (const Record& r : s.records) PutRecord(&p, r, 0);
  PutVarint(&p, s.docs.size());
  for (const DocEntry& d : s.docs) PutDoc(&p, d);
  FrameEnd(&p);
  return p;
}

void Resolver::MarkSaved() { state_->MarkSaved(); }

std::string Resolver::TakeDelta() {
  State& s = *state_;
  const State::Journal& j = s.journal;
  if (j.changed.empty() && j.removed.empty() && j.records == s.records.size() &&
      j.docs == s.docs.size() && j.sources == s.sources.size()) {
    return {};
  }
  std::string p;
  // Framed in place and reserved as large as the last delta (+1/4): 1-2 MB neither copied nor
  // grown by doubling (each step a large block freed for the heap to consolidate).
  p.reserve(s.delta_bytes + s.delta_bytes / 4);
  FrameBegin(kDeltaMagic, kDeltaFormatVersion, &p);
  PutVarint(&p, j.records);
  PutVarint(&p, j.docs);
  PutVarint(&p, j.sources);
  PutVarint(&p, s.records.size());
  PutVarint(&p, s.docs.size());
  PutVarint(&p, s.sources.size() - j.sources);
  for (std::size_t i = j.sources; i < s.sources.size(); ++i) PutString(&p, s.sources[i]);
  PutVarint(&p, j.removed.size());
  for (std::uint32_t d : j.removed) PutVarint(&p, d);
  PutVarint(&p, j.changed.size());
  for (const auto& [e, kept] : j.changed) {
    PutVarint(&p, e);
    PutVarint(&p, kept);
    PutRecord(&p, s.records[e], kept);
  }
  for (std::size_t e = j.records; e < s.records.size(); ++e) PutRecord(&p, s.records[e], 0);
  for (std::size_t d = j.docs; d < s.docs.size(); ++d) PutDoc(&p, s.docs[d]);
  s.MarkSaved();
  FrameEnd(&p);
  s.delta_bytes = p.size();
  return p;
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
  // Document numbers are checked against the count that follows the records.
  constexpr std::uint32_t kAnyDoc = 0xFFFFFFFFu;
  std::vector<std::uint32_t> max_doc(nrecords, 0);
  for (std::uint32_t e = 0; e < nrecords; ++e) {
    Record& rec = s.records[e];
    if (!GetRecord(&r, &rec, nrecords, kAnyDoc, nsources)) return corrupt("entity " + std::to_string(e + 1));
    if (!rec.docs.empty()) max_doc[e] = rec.docs.back() + 1;
  }
  std::uint32_t ndocs = 0;
  if (!r.Count(&ndocs)) return corrupt("document count");
  s.docs.resize(ndocs);
  for (std::uint32_t i = 0; i < ndocs; ++i) {
    DocEntry& d = s.docs[i];
    const std::string where = "document " + std::to_string(i);
    if (!GetDoc(&r, &d, nrecords, nsources)) return corrupt(where);
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
  s.MarkSaved();
  return Resolver(std::move(state));
}

Status Resolver::ApplyDeltas(const std::vector<std::string>& deltas) {
  State& s = *state_;
  for (std::size_t k = 0; k < deltas.size(); ++k) {
    const std::string what = "entity table delta " + std::to_string(k + 1);
    MARSAD_ASSIGN_OR_RETURN(std::string_view payload,
                            Unframe(kDeltaMagic, kDeltaFormatVersion, deltas[k], what));
    auto corrupt = [&](std::string_view where) {
      return Status::Corruption(what + ": malformed " + std::string(where));
    };
    ByteReader r(payload);
    std::uint32_t base_records = 0, base_docs = 0, base_sources = 0, nrecords = 0, ndocs = 0, nnew = 0;
    if (!r.Varint32(&base_records) || !r.Varint32(&base_docs) || !r.Varint32(&base_sources) ||
        !r.Varint32(&nrecords) || !r.Varint32(&ndocs) || !r.Count(&nnew)) {
      return corrupt("header");
    }
    if (base_records != s.records.size() || base_docs != s.docs.size() || base_sources != s.sources.size()) {
      return Status::Corruption(what + ": made for a table of " + std::to_string(base_records) + " entities, " +
                                std::to_string(base_docs) + " documents and " + std::to_string(base_sources) +
                                " sources, not this one of " + std::to_string(s.records.size()) + ", " +
                                std::to_string(s.docs.size()) + " and " + std::to_string(s.sources.size()));
    }
    if (nrecords < base_records || ndocs < base_docs) return corrupt("header (the table shrinks)");
    for (std::uint32_t i = 0; i < nnew; ++i) {
      std::string src;
      if (!r.String(&src)) return corrupt("source list");
      if (s.source_index.Find(src) != nullptr) return corrupt("source list (a known source)");
      s.SourceIndex(src);
    }
    const auto nsources = static_cast<std::uint32_t>(s.sources.size());
    std::uint32_t nremoved = 0;
    if (!r.Count(&nremoved)) return corrupt("removed documents");
    for (std::uint32_t i = 0; i < nremoved; ++i) {
      std::uint32_t d = 0;
      if (!r.Varint32(&d) || d >= base_docs || !s.docs[d].live) return corrupt("removed documents");
      DocEntry& doc = s.docs[d];
      doc.live = false;
      doc.contributions.clear();
      auto it = s.doc_index.find(doc.id);
      if (it != s.doc_index.end() && it->second == d) s.doc_index.erase(it);
    }
    std::uint32_t nchanged = 0;
    if (!r.Count(&nchanged)) return corrupt("changed entities");
    s.records.resize(nrecords);
    for (std::uint32_t i = 0; i < nchanged; ++i) {
      std::uint32_t e = 0, kept = 0;
      if (!r.Varint32(&e) || e >= base_records || !r.Varint32(&kept)) return corrupt("changed entities");
      Record& old = s.records[e];
      const std::string where = "entity " + std::to_string(e + 1);
      if (kept > old.docs.size()) return corrupt(where + " (kept documents)");
      Record rec;
      rec.docs = std::move(old.docs);
      rec.docs.resize(kept);
      if (!GetRecord(&r, &rec, nrecords, ndocs, nsources)) return corrupt(where);
      // Names it had keep their readings.
      rec.name_forms.reserve(rec.names.size());
      for (const CountedText& c : rec.names) {
        std::size_t o = 0;
        while (o < old.names.size() && old.names[o].text != c.text) ++o;
        rec.name_forms.push_back(o < old.name_forms.size() ? std::move(old.name_forms[o])
                                                          : s.linker.names().FromWritten(c.text));
      }
      old = std::move(rec);
    }
    for (std::uint32_t e = base_records; e < nrecords; ++e) {
      Record& rec = s.records[e];
      if (!GetRecord(&r, &rec, nrecords, ndocs, nsources)) return corrupt("entity " + std::to_string(e + 1));
      rec.name_forms.reserve(rec.names.size());
      for (const CountedText& c : rec.names) rec.name_forms.push_back(s.linker.names().FromWritten(c.text));
    }
    s.docs.resize(ndocs);
    for (std::uint32_t i = base_docs; i < ndocs; ++i) {
      DocEntry& d = s.docs[i];
      const std::string where = "document " + std::to_string(i);
      if (!GetDoc(&r, &d, nrecords, nsources)) return corrupt(where);
      if (d.live && !s.doc_index.emplace(d.id, i).second) return corrupt(where + " (duplicate id)");
    }
    if (!r.done()) return corrupt("end (trailing bytes)");
  }
  s.Reindex();
  s.MarkSaved();
  return Status::Ok();
}

}  // namespace marsad::entities
