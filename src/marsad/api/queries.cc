// Store queries shared by the CLI and the server; see queries.h.
#include "marsad/api/queries.h"

#include <algorithm>

#include "marsad/api/story_queries.h"
#include "marsad/engine/entities_stage.h"
#include "marsad/engine/record_codecs.h"
#include "marsad/engine/stories_stage.h"
#include "marsad/text/analyzer.h"

namespace marsad::api {

Result<DocumentRecord> LookupDocument(store::Store& store, std::string_view id, const store::ReadOptions& options,
                                      const LookupTables* tables) {
  auto row = store.GetDocument(id, options);
  if (!row.ok()) {
    if (!row.status().IsNotFound()) return row.status();
    auto dup = store.GetDuplicate(id);
    if (!dup.ok()) return dup.status();
    if (dup->has_value()) {
      const store::DuplicateRow& d = **dup;
      return Status::NotFound(std::string(id) + " was not stored: it is a" +
                              (d.kind == store::DuplicateKind::kExact ? "n exact" : " near") + " duplicate of " +
                              d.duplicate_of + " (marsad show " + d.duplicate_of + ")");
    }
    return Status::NotFound("no document with id " + std::string(id));
  }
  DocumentRecord record;
  record.row = std::move(row).value();
  auto quotes = store.Get<engine::QuotesCodec>(id);
  if (quotes.ok()) {
    record.quotes = std::move(quotes).value();
  } else if (!quotes.status().IsNotFound()) {
    return quotes.status();
  }
  auto mentions = store.Get<engine::MentionsCodec>(id);
  if (mentions.ok()) {
    record.mentions = std::move(mentions).value();
  } else if (!mentions.status().IsNotFound()) {
    return mentions.status();
  }
  // The story as the stories stage assigned it, followed through the saved clusters when
  // it was merged into another since.
  if (auto r = store.Get<engine::StoryRecordCodec>(id); r.ok()) {
    record.story = r->story;
    if (tables != nullptr) {
      if (tables->stories != nullptr) {
        if (auto now = tables->stories->StoryOf(id)) record.story = *now;
      }
    } else if (auto c = engine::ReadStoriesState(store); c.ok()) {
      if (auto now = c->StoryOf(id)) record.story = *now;
    }
  }
  std::optional<entities::Resolver> loaded;
  const entities::Resolver* table = nullptr;
  if (tables != nullptr) {
    table = tables->entities;
  } else {
    MARSAD_ASSIGN_OR_RETURN(loaded, engine::LoadEntityTable(store));
    if (loaded.has_value()) table = &*loaded;
  }
  if (table != nullptr) {
    for (EntityId e : table->EntitiesOf(id)) {
      if (auto entity = table->Get(e)) record.entities.push_back(std::move(*entity));
    }
    // Speakers' canonical names as the table has them now (as ForEachStoredQuote does).
    for (doc::Quote& q : record.quotes) {
      if (!q.speaker.entity) continue;
      if (auto e = table->Get(*q.speaker.entity)) q.speaker.name = e->name;
    }
  }
  return record;
}

Result<std::vector<store::DocumentRow>> CatalogNewestFirst(store::Store& store) {
  std::vector<store::DocumentRow> rows;
  Status s = store.ForEachCatalogRow([&](store::DocumentRow&& row) {
    rows.push_back(std::move(row));
    return true;
  });
  if (!s.ok()) return s;
  std::sort(rows.begin(), rows.end(), [](const store::DocumentRow& a, const store::DocumentRow& b) {
    if (a.published.has_value() != b.published.has_value()) return a.published.has_value();
    if (a.published && *a.published != *b.published) return *a.published > *b.published;
    return a.id < b.id;
  });
  return rows;
}

DocumentPage SelectDocuments(const std::vector<store::DocumentRow>& sorted, const DocumentFilter& filter) {
  const bool dated = filter.since || filter.until;
  DocumentPage page;
  for (const store::DocumentRow& row : sorted) {
    if (!filter.source.empty() && row.source != filter.source) continue;
    if (dated) {
      if (!row.published) continue;
      if (filter.since && *row.published < *filter.since) continue;
      if (filter.until && *row.published >= *filter.until) continue;
    }
    if (page.total >= filter.offset && page.docs.size() < filter.limit) page.docs.push_back(row);
    ++page.total;
  }
  return page;
}

Result<DocumentPage> ListDocuments(store::Store& store, const DocumentFilter& filter) {
  MARSAD_ASSIGN_OR_RETURN(std::vector<store::DocumentRow> sorted, CatalogNewestFirst(store));
  return SelectDocuments(sorted, filter);
}

}  // namespace marsad::api
