// Resolver::Encode / Resolver::Decode: the entity table format, docs/formats/entities.md.
#include "marsad/base/byte_coding.h"
#include "marsad/entities/entity_codec.h"
#include "marsad/entities/resolver.h"
#include "marsad/entities/resolver_state.h"

namespace marsad::entities {

using base::ByteReader;
using base::PutSigned;
using base::PutString;
using base::PutVarint;
using base::VarintWriter;

namespace {

constexpr std::uint8_t kFlagDescription = 1;
constexpr std::uint8_t kFlagTimed = 2;
constexpr std::uint8_t kFlagLive = 4;
// A version 2 delta's operations.
constexpr std::uint8_t kOpAdd = 1;
constexpr std::uint8_t kOpRemove = 2;

// The texts of a version 2 delta's documents (names, titles, title keys): each distinct
// text in full where it first occurs (0, then the string), after that by its number in the
// order of first occurrence (1 + the number). A batch names بوتين in hundreds of documents.
class DeltaTextWriter {
 public:
  explicit DeltaTextWriter(StringMap<std::uint32_t>* seen) : seen_(seen) { seen_->Clear(); }
  void Put(std::string* p, std::string_view text) {
    auto [number, added] = seen_->TryEmplace(text, static_cast<std::uint32_t>(seen_->size()));
    if (!added) {
      PutVarint(p, std::uint64_t{*number} + 1);
      return;
    }
    PutVarint(p, 0);
    PutString(p, text);
  }

 private:
  StringMap<std::uint32_t>* seen_;
};

class DeltaTextReader {
 public:
  bool Get(ByteReader* r, std::string* text) {
    std::uint64_t n = 0;
    if (!r->Varint(&n)) return false;
    if (n == 0) {
      if (!r->String(text)) return false;
      texts_.push_back(*text);
      return true;
    }
    if (n > texts_.size()) return false;
    *text = texts_[n - 1];
    return true;
  }

 private:
  std::vector<std::string> texts_;
};

// Texts as the snapshot and version 1 deltas write them (`texts` null), or as a version 2
// delta does.
void PutText(std::string* p, std::string_view text, DeltaTextWriter* texts) {
  if (texts == nullptr) {
    PutString(p, text);
  } else {
    texts->Put(p, text);
  }
}

bool GetText(ByteReader* r, std::string* text, DeltaTextReader* texts) {
  return texts == nullptr ? r->String(text) : texts->Get(r, text);
}

void PutCounted(std::string* p, const std::vector<CountedText>& v, DeltaTextWriter* texts = nullptr) {
  PutVarint(p, v.size());
  for (const CountedText& c : v) {
    PutText(p, c.text, texts);
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

bool GetCounted(ByteReader* r, std::vector<CountedText>* v, DeltaTextReader* texts = nullptr) {
  std::uint32_t n = 0;
  if (!r->Count(&n)) return false;
  v->resize(n);
  for (CountedText& c : *v) {
    if (!GetText(r, &c.text, texts) || !r->Varint32(&c.count)) return false;
  }
  return true;
}

bool GetPairs(ByteReader* r, std::vector<std::pair<std::uint32_t, std::uint32_t>>* v,
              std::uint32_t max_first) {
  std::uint32_t n = 0;
  if (!r->Count(&n)) return false;
  v->resize(n);
  for (auto& [a, b] : *v) {
    // A count of 0 is never kept (BumpPairs reads the first count of 1 as the least).
    if (!r->Varint32(&a) || !r->Varint32(&b) || a >= max_first || b == 0) return false;
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

// A document's contribution texts as the formats store them (as PutCounted does).
void PutItems(std::string* p, const DocEntry& d, std::span<const ContribText> items, DeltaTextWriter* texts) {
  PutVarint(p, items.size());
  for (const ContribText& t : items) {
    PutText(p, d.Text(t), texts);
    PutVarint(p, t.count);
  }
}

bool GetItems(ByteReader* r, DocEntry* d, DeltaTextReader* texts, std::string* text) {
  std::uint32_t n = 0;
  if (!r->Count(&n)) return false;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint32_t count = 0;
    if (!GetText(r, text, texts) || !r->Varint32(&count)) return false;
    d->AddItem(*text, count);
  }
  return true;
}

// A document as the formats store it, with the contributions of `from` and `live` in place
// of its own (a delta writes a document as it was added), its contributions' texts as
// `texts` says.
void PutDoc(std::string* p, const DocEntry& d, const DocEntry& from, bool live, DeltaTextWriter* texts = nullptr) {
  PutString(p, d.id);
  std::uint8_t flags = 0;
  if (live) flags |= kFlagLive;
  if (d.timed) flags |= kFlagTimed;
  p->push_back(static_cast<char>(flags));
  PutVarint(p, d.source);
  if (d.timed) PutSigned(p, d.time);
  PutVarint(p, from.contributions.size());
  for (const Contribution& c : from.contributions) {
    PutVarint(p, c.entity);
    PutVarint(p, c.mentions);
    for (std::uint32_t v : c.type_votes) PutVarint(p, v);
    PutItems(p, from, from.Names(c), texts);
    PutItems(p, from, from.Titles(c), texts);
    PutItems(p, from, from.KnownTitles(c), texts);
  }
}

bool GetDoc(ByteReader* r, DocEntry* d, std::uint32_t nrecords, std::uint32_t nsources,
            DeltaTextReader* texts = nullptr) {
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
  d->items.clear();
  d->texts.clear();
  std::string text;
  for (Contribution& c : d->contributions) {
    if (!r->Varint32(&c.entity) || c.entity >= nrecords || !r->Varint32(&c.mentions)) return false;
    for (std::uint32_t& v : c.type_votes) {
      if (!r->Varint32(&v)) return false;
    }
    c.begin = d->item_count();
    if (!GetItems(r, d, texts, &text)) return false;
    c.names_end = d->item_count();
    if (!GetItems(r, d, texts, &text)) return false;
    c.titles_end = d->item_count();
    if (!GetItems(r, d, texts, &text)) return false;
    c.end = d->item_count();
  }
  return true;
}

// What a record derives from its names (their spellings packed, their keys), read again
// from the names as written.
void DeriveNames(const NameFormBuilder& builder, Record* rec) {
  for (const CountedText& c : rec->names) rec->AppendDerived(builder.FromWritten(c.text));
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
  for (const DocEntry& d : s.docs) PutDoc(&p, d, d, d.live);
  FrameEnd(&p);
  return p;
}

void Resolver::MarkSaved() { state_->MarkSaved(); }

std::string Resolver::TakeDelta() {
  State& s = *state_;
  const State::Journal& j = s.journal;
  if (j.removed.empty() && j.records == s.records.size() && j.docs == s.docs.size() &&
      j.sources == s.sources.size()) {
    return {};
  }
  std::string p;
  // Framed in place and reserved as large as the last delta (+1/4): not copied, nor grown by
  // doubling.
  p.reserve(s.delta_bytes + s.delta_bytes / 4);
  FrameBegin(kDeltaMagic, kDeltaFormatVersion, &p);
  PutVarint(&p, j.records);
  PutVarint(&p, j.docs);
  PutVarint(&p, j.sources);
  PutVarint(&p, s.records.size());
  PutVarint(&p, s.docs.size());
  PutVarint(&p, s.options.max_cooccurring);
  PutVarint(&p, s.sources.size() - j.sources);
  for (std::size_t i = j.sources; i < s.sources.size(); ++i) PutString(&p, s.sources[i]);
  for (std::size_t e = j.records; e < s.records.size(); ++e) {
    p.push_back(static_cast<char>(s.records[e].description ? kFlagDescription : 0));
  }
  const auto added = static_cast<std::uint32_t>(s.docs.size() - j.docs);
  PutVarint(&p, added + j.removed.size());
  std::size_t removed = 0;
  std::size_t title = 0;
  DeltaTextWriter texts(&s.delta_texts);
  for (std::uint32_t k = 0;; ++k) {
    for (; removed < j.removed.size() && j.removed[removed].first == k; ++removed) {
      p.push_back(static_cast<char>(kOpRemove));
      PutVarint(&p, j.removed[removed].second);
    }
    if (k == added) break;
    const std::uint32_t number = j.docs + k;
    const DocEntry& d = s.docs[number];
    const DocEntry* added_as = &d;
    if (!d.live) {  // removed since: its contributions as they were added
      for (const auto& [dropped, taken] : j.dropped) {
        if (dropped == number) added_as = &taken;
      }
    }
    p.push_back(static_cast<char>(kOpAdd));
    PutDoc(&p, d, *added_as, true, &texts);
    // The keys of the titles it brought to their records, in the order a replay meets them
    // (by contribution; Commit added them by cluster).
    std::size_t end = title;
    while (end < j.new_titles.size() && j.new_titles[end].doc == number) ++end;
    PutVarint(&p, end - title);
    for (const Contribution& c : added_as->contributions) {
      for (std::size_t t = title; t < end; ++t) {
        if (j.new_titles[t].entity == c.entity) texts.Put(&p, j.new_titles[t].key);
      }
    }
    title = end;
  }
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
  s.ReserveDocs(ndocs);
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
  for (Record& rec : s.records) DeriveNames(s.linker.names(), &rec);
  s.Reindex();
  s.MarkSaved();
  return Resolver(std::move(state));
}

Status Resolver::ApplyDeltas(const std::vector<std::string>& deltas) {
  State& s = *state_;
  for (std::size_t k = 0; k < deltas.size(); ++k) {
    const std::string what = "entity table delta " + std::to_string(k + 1);
    std::uint32_t version = 0;
    MARSAD_ASSIGN_OR_RETURN(
        std::string_view payload,
        Unframe(kDeltaMagic, kDeltaFormatVersionV1, kDeltaFormatVersion, deltas[k], what, &version));
    MARSAD_RETURN_IF_ERROR(version == kDeltaFormatVersionV1 ? s.ApplyDeltaV1(payload, what)
                                                           : s.ApplyDeltaV2(payload, what));
  }
  s.Reindex();
  s.MarkSaved();
  return Status::Ok();
}

namespace {

// The check both versions make first: a delta applies only to the table it was made from.
Status CheckBase(const std::string& what, std::uint32_t base_records, std::uint32_t base_docs,
                 std::uint32_t base_sources, std::size_t records, std::size_t docs, std::size_t sources) {
  if (base_records == records && base_docs == docs && base_sources == sources) return Status::Ok();
  return Status::Corruption(what + ": made for a table of " + std::to_string(base_records) + " entities, " +
                            std::to_string(base_docs) + " documents and " + std::to_string(base_sources) +
                            " sources, not this one of " + std::to_string(records) + ", " + std::to_string(docs) +
                            " and " + std::to_string(sources));
}

}  // namespace

Status Resolver::State::ReadDeltaHead(ByteReader* r, int version, const std::string& what, DeltaHead* head) {
  auto corrupt = [&](std::string_view where) {
    return Status::Corruption(what + ": malformed " + std::string(where));
  };
  std::uint32_t base_sources = 0, nnew = 0;
  if (!r->Varint32(&head->base_records) || !r->Varint32(&head->base_docs) || !r->Varint32(&base_sources) ||
      !r->Varint32(&head->nrecords) || !r->Varint32(&head->ndocs) ||
      (version >= 2 && !r->Varint(&head->max_cooccurring)) || !r->Count(&nnew)) {
    return corrupt("header");
  }
  MARSAD_RETURN_IF_ERROR(CheckBase(what, head->base_records, head->base_docs, base_sources, records.size(),
                                   docs.size(), sources.size()));
  if (head->nrecords < head->base_records || head->ndocs < head->base_docs) {
    return corrupt("header (the table shrinks)");
  }
  for (std::uint32_t i = 0; i < nnew; ++i) {
    std::string src;
    if (!r->String(&src)) return corrupt("source list");
    if (source_index.Find(src) != nullptr) return corrupt("source list (a known source)");
    SourceIndex(src);
  }
  return Status::Ok();
}

Status Resolver::State::ApplyDeltaV2(std::string_view payload, const std::string& what) {
  State& s = *this;
  auto corrupt = [&](std::string_view where) {
    return Status::Corruption(what + ": malformed " + std::string(where));
  };
  ByteReader r(payload);
  DeltaHead head;
  MARSAD_RETURN_IF_ERROR(ReadDeltaHead(&r, 2, what, &head));
  const auto [base_records, base_docs, nrecords, ndocs, max_cooccurring] = head;
  const auto nsources = static_cast<std::uint32_t>(s.sources.size());
  // New records begin empty: the documents' contributions fill them.
  if (nrecords - base_records > payload.size()) return corrupt("new entities");
  s.records.resize(nrecords);
  for (std::uint32_t e = base_records; e < nrecords; ++e) {
    std::uint8_t flags = 0;
    if (!r.Byte(&flags) || (flags & ~kFlagDescription) != 0) return corrupt("new entities");
    s.records[e].description = (flags & kFlagDescription) != 0;
  }
  std::uint32_t nops = 0;
  if (!r.Count(&nops)) return corrupt("operations");
  s.ReserveDocs(ndocs);
  std::vector<std::string> keys;
  std::vector<std::uint32_t> entities;
  DeltaTextReader texts;
  for (std::uint32_t i = 0; i < nops; ++i) {
    std::uint8_t op = 0;
    if (!r.Byte(&op)) return corrupt("operations");
    if (op == kOpRemove) {
      std::uint32_t d = 0;
      if (!r.Varint32(&d) || d >= s.docs.size() || !s.docs[d].live) return corrupt("removed document");
      auto it = s.doc_index.find(s.docs[d].id);
      if (it != s.doc_index.end() && it->second == d) s.doc_index.erase(it);
      s.TakeBack(d);
      continue;
    }
    if (op != kOpAdd) return corrupt("operations (kind " + std::to_string(op) + ")");
    const auto number = static_cast<std::uint32_t>(s.docs.size());
    const std::string where = "document " + std::to_string(number);
    if (number >= ndocs) return corrupt(where + " (past the count)");
    DocEntry& d = s.docs.emplace_back();
    std::uint32_t nkeys = 0;
    if (!GetDoc(&r, &d, nrecords, nsources, &texts) || !d.live || !r.Count(&nkeys)) return corrupt(where);
    keys.resize(nkeys);
    for (std::string& key : keys) {
      if (!texts.Get(&r, &key)) return corrupt(where + " (title keys)");
    }
    entities.clear();
    for (const Contribution& c : d.contributions) {
      if (std::find(entities.begin(), entities.end(), c.entity) != entities.end()) {
        return corrupt(where + " (an entity twice)");
      }
      entities.push_back(c.entity);
    }
    if (!s.doc_index.emplace(d.id, number).second) return corrupt(where + " (duplicate id)");
    std::size_t used = 0;
    if (!s.CountContributions(d, &keys, &used) || used != keys.size()) return corrupt(where + " (title keys)");
    s.LinkDocument(number, d, entities, static_cast<std::size_t>(max_cooccurring));
  }
  if (s.docs.size() != ndocs) return corrupt("operations (documents missing)");
  if (!r.done()) return corrupt("end (trailing bytes)");
  return Status::Ok();
}

Status Resolver::State::ApplyDeltaV1(std::string_view payload, const std::string& what) {
  State& s = *this;
  auto corrupt = [&](std::string_view where) {
    return Status::Corruption(what + ": malformed " + std::string(where));
  };
  ByteReader r(payload);
  DeltaHead head;
  MARSAD_RETURN_IF_ERROR(ReadDeltaHead(&r, 1, what, &head));
  const std::uint32_t base_records = head.base_records, base_docs = head.base_docs, nrecords = head.nrecords,
                      ndocs = head.ndocs;
  const auto nsources = static_cast<std::uint32_t>(s.sources.size());
  std::uint32_t nremoved = 0;
  if (!r.Count(&nremoved)) return corrupt("removed documents");
  for (std::uint32_t i = 0; i < nremoved; ++i) {
    std::uint32_t d = 0;
    if (!r.Varint32(&d) || d >= base_docs || !s.docs[d].live) return corrupt("removed documents");
    DocEntry& doc = s.docs[d];
    doc.live = false;
    doc.ClearContributions();
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
    // Names it had keep what was derived from them.
    for (const CountedText& c : rec.names) {
      std::size_t o = 0;
      while (o < old.names.size() && old.names[o].text != c.text) ++o;
      if (o < old.name_keys.size()) {
        rec.AppendDerived(old, o);
      } else {
        rec.AppendDerived(s.linker.names().FromWritten(c.text));
      }
    }
    old = std::move(rec);
  }
  for (std::uint32_t e = base_records; e < nrecords; ++e) {
    Record& rec = s.records[e];
    if (!GetRecord(&r, &rec, nrecords, ndocs, nsources)) return corrupt("entity " + std::to_string(e + 1));
    DeriveNames(s.linker.names(), &rec);
  }
  s.ReserveDocs(ndocs);
  s.docs.resize(ndocs);
  for (std::uint32_t i = base_docs; i < ndocs; ++i) {
    DocEntry& d = s.docs[i];
    const std::string where = "document " + std::to_string(i);
    if (!GetDoc(&r, &d, nrecords, nsources)) return corrupt(where);
    if (d.live && !s.doc_index.emplace(d.id, i).second) return corrupt(where + " (duplicate id)");
  }
  if (!r.done()) return corrupt("end (trailing bytes)");
  return Status::Ok();
}

}  // namespace marsad::entities
