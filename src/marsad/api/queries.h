// Queries over a store shared by the command line and the HTTP server, so `marsad show`
// and `GET /api/docs/{id}` answer from the same code: look up one document with its records,
// list documents by date and source.
#ifndef MARSAD_API_QUERIES_H_
#define MARSAD_API_QUERIES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/mention.h"
#include "marsad/doc/quote.h"
#include "marsad/entities/entity.h"
#include "marsad/entities/resolver.h"
#include "marsad/store/store.h"

namespace marsad::api {

class StoryTable;  // story_queries.h

// One stored document with the records later stages attached to it.
struct DocumentRecord {
  store::DocumentRow row;
  std::vector<doc::Quote> quotes;      // empty when the quotes stage has not run
  std::vector<doc::Mention> mentions;  // empty when the ner stage has not run
  std::optional<StoryId> story;        // when the stories stage ran (merged stories followed)
  std::vector<entities::Entity> entities;  // the entities it mentions, when the entities stage ran
};

// The tables LookupDocument takes the document's entities and story from, when the caller
// keeps them (a server keeps one of each per store generation). Null `entities`: none.
struct LookupTables {
  const entities::Resolver* entities = nullptr;
  // Follows a story that was merged since the document joined it (StoryTable::StoryOf);
  // null: the story as the stories stage recorded it.
  const StoryTable* stories = nullptr;
};

// The document `id` with its quotes, mentions, story and entities. Without `tables` the
// stored entity table and story state are decoded for the call: fine for one lookup (the
// CLI), a cost a busy server avoids by passing the tables it keeps. NotFound with a message
// saying why when it is not stored: "<id> was not stored: it is an exact duplicate of
// <other> (...)" for a recorded duplicate, "no document with id <id>" otherwise.
// IOError/Corruption from the store. Thread-safe when `store` is (every Store is).
Result<DocumentRecord> LookupDocument(store::Store& store, std::string_view id, const store::ReadOptions& options,
                                      const LookupTables* tables = nullptr);

// Which documents ListDocuments returns.
struct DocumentFilter {
  std::optional<std::int64_t> since;  // published at or after (seconds since the epoch, UTC)
  std::optional<std::int64_t> until;  // published before
  std::string source;                 // exact source name; empty for any
  std::size_t offset = 0;             // skip this many of the matching documents
  std::size_t limit = 50;             // return at most this many
};

// A page of ListDocuments: `total` matching documents, `docs` (no text) from `offset`.
struct DocumentPage {
  std::size_t total = 0;
  std::vector<store::DocumentRow> docs;
};

// The documents matching `filter`, newest first (undated ones last, then by id). A date
// filter excludes undated documents. Reads the catalog only (no text). Errors from the store.
Result<DocumentPage> ListDocuments(store::Store& store, const DocumentFilter& filter);

// Every document's catalog row (store::Store::ForEachCatalogRow), newest first as
// ListDocuments orders them: a snapshot a server can keep and select pages from.
Result<std::vector<store::DocumentRow>> CatalogNewestFirst(store::Store& store);

// The page of `sorted` (from CatalogNewestFirst) that ListDocuments would return.
DocumentPage SelectDocuments(const std::vector<store::DocumentRow>& sorted, const DocumentFilter& filter);

}  // namespace marsad::api

#endif  // MARSAD_API_QUERIES_H_
