// EntitiesStage and the entity table in the store; see entities_stage.h.
#include "marsad/engine/entities_stage.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <string>
#include <utility>
#include <vector>

#include "marsad/entities/entity_codec.h"

namespace marsad::engine {

void EntityMentionsCodec::Encode(const Value& mentions, std::string* out) {
  entities::EncodeDocMentions(mentions, out);
}

Result<EntityMentionsCodec::Value> EntityMentionsCodec::Decode(std::string_view in) {
  return entities::DecodeDocMentions(in);
}

namespace {

std::unique_ptr<text::Analyzer> NewAnalyzer() { return std::make_unique<text::Analyzer>(); }

// The tables kept by KeepEntityTablesAtExit, reachable from here until the process ends.
struct KeptTable {
  std::unique_ptr<text::Analyzer> analyzer;
  entities::Resolver table;
};
std::atomic<bool> keep_tables{false};
std::mutex kept_mu;
std::vector<KeptTable>* kept_tables = nullptr;  // never freed

}  // namespace

void KeepEntityTablesAtExit() { keep_tables.store(true); }

std::size_t KeptEntityTables() {
  std::lock_guard<std::mutex> lock(kept_mu);
  return kept_tables == nullptr ? 0 : kept_tables->size();
}

EntitiesStage::~EntitiesStage() {
  if (!keep_tables.load()) return;
  std::lock_guard<std::mutex> lock(kept_mu);
  if (kept_tables == nullptr) kept_tables = new std::vector<KeptTable>();
  kept_tables->push_back({std::move(own_analyzer_), std::move(resolver_)});
}

EntitiesStage::EntitiesStage(EntityTableSaving saving)
    : own_analyzer_(NewAnalyzer()), resolver_(*own_analyzer_), saving_(saving) {}

EntitiesStage::EntitiesStage(entities::Resolver resolver, EntityTableSaving saving)
    : resolver_(std::move(resolver)), saving_(saving) {}

Status EntitiesStage::Process(doc::AnalyzedDoc* doc, WorkerContext* /*ctx*/) const {
  Pending p{doc->document.id, resolver_.Prepare(doc)};
  std::lock_guard<std::mutex> lock(mu_);
  pending_.insert_or_assign(doc, std::move(p));
  return Status::Ok();
}

Status EntitiesStage::Open(store::Store& store) {
  MARSAD_ASSIGN_OR_RETURN(std::optional<entities::Resolver> table, ReadEntityTable(store, resolver_, &saved_));
  if (table) {
    resolver_ = std::move(*table);
  } else {
    resolver_ = resolver_.EmptyLike();
    saved_ = {};
  }
  return Status::Ok();
}

Status EntitiesStage::ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) {
  std::optional<entities::PreparedDoc> prepared;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = pending_.find(doc);
    if (it != pending_.end()) {
      if (it->second.id == doc->document.id) prepared = std::move(it->second.prepared);
      pending_.erase(it);
    }
  }
  if (prepared) {
    resolver_.Commit(doc, std::move(*prepared));
  } else {
    resolver_.Commit(doc);  // Process did not run for it (a direct caller)
  }
  if (ctx.batch != nullptr) ctx.batch->Put<EntityMentionsCodec>(doc->document.id, doc->mentions);
  return Status::Ok();
}

Status EntitiesStage::EndBatch(const OrderedContext& ctx) {
  if (ctx.batch == nullptr) return Status::Ok();
  std::string delta = resolver_.TakeDelta();
  if (delta.empty()) return Status::Ok();
  const std::size_t grown = saved_.delta_bytes + delta.size();
  const double limit = std::max(static_cast<double>(saving_.compact_min_bytes),
                                saving_.compact_ratio * static_cast<double>(saved_.snapshot_bytes));
  if (static_cast<double>(grown) > limit || saved_.deltas + 1 > saving_.max_deltas) {
    // A new snapshot in place of the deltas; the old delta values are emptied.
    std::string snapshot = resolver_.Encode();
    saved_.snapshot_bytes = snapshot.size();
    ctx.batch->PutMeta(std::string(kMetaEntityTable), std::move(snapshot));
    for (std::size_t i = 1; i <= saved_.deltas; ++i) ctx.batch->PutMeta(EntityDeltaKey(i), "");
    ctx.batch->PutMeta(std::string(kMetaEntityDeltas), "0");
    saved_.deltas = 0;
    saved_.delta_bytes = 0;
    return Status::Ok();
  }
  ++saved_.deltas;
  saved_.delta_bytes += delta.size();
  ctx.batch->PutMeta(EntityDeltaKey(saved_.deltas), std::move(delta));
  ctx.batch->PutMeta(std::string(kMetaEntityDeltas), std::to_string(saved_.deltas));
  return Status::Ok();
}

Result<std::unique_ptr<Stage>> NewEntitiesStage() {
  return std::unique_ptr<Stage>(std::make_unique<EntitiesStage>());
}

Result<std::optional<entities::Resolver>> LoadEntityTable(store::Store& store) {
  // Never destroyed: tables loaded with it may outlive any local scope.
  static const text::Analyzer* const analyzer = new text::Analyzer();
  return LoadEntityTable(store, *analyzer);
}

std::string EntityDeltaKey(std::size_t i) { return "entities_delta." + std::to_string(i); }

Result<std::optional<entities::Resolver>> ReadEntityTable(store::Store& store, const entities::Resolver& like,
                                                          SavedEntityTable* saved) {
  SavedEntityTable read;
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> snapshot, store.GetMeta(kMetaEntityTable));
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> count, store.GetMeta(kMetaEntityDeltas));
  std::size_t n = 0;
  if (count && !count->empty()) {
    const auto [end, ec] = std::from_chars(count->data(), count->data() + count->size(), n);
    if (ec != std::errc() || end != count->data() + count->size()) {
      return Status::Corruption(store.dir() + ": metadata " + std::string(kMetaEntityDeltas) + ": not a count: " +
                                *count);
    }
  }
  if (!snapshot && n == 0) return std::optional<entities::Resolver>();
  entities::Resolver table = like.EmptyLike();
  if (snapshot && !snapshot->empty()) {
    auto decoded = entities::Resolver::Decode(like, *snapshot);
    if (!decoded.ok()) return decoded.status().WithContext(store.dir() + ": entity table");
    table = std::move(decoded).value();
    read.snapshot_bytes = snapshot->size();
  }
  std::vector<std::string> deltas;
  deltas.reserve(n);
  for (std::size_t i = 1; i <= n; ++i) {
    const std::string key = EntityDeltaKey(i);
    MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> delta, store.GetMeta(key));
    if (!delta) return Status::Corruption(store.dir() + ": metadata " + key + " is missing");
    read.delta_bytes += delta->size();
    deltas.push_back(std::move(*delta));
  }
  read.deltas = n;
  Status s = table.ApplyDeltas(deltas);
  if (!s.ok()) return s.WithContext(store.dir() + ": entity table");
  if (saved != nullptr) *saved = read;
  return std::optional<entities::Resolver>(std::move(table));
}

Result<std::optional<entities::Resolver>> LoadEntityTable(store::Store& store,
                                                          const text::Analyzer& analyzer) {
  return ReadEntityTable(store, entities::Resolver(analyzer));
}

}  // namespace marsad::engine
