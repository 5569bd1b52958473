// Store queries shared by the CLI and the server; see queries.h.
#include "marsad/api/queries.h"

#include <algorithm>

#include "marsad/engine/record_codecs.h"

namespace marsad::api {

Result<DocumentRecord> LookupDocument(store::Store& store, std::string_view id, const store::ReadOptions& options) {
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
  return record;
}

Result<DocumentPage> ListDocuments(store::Store& store, const DocumentFilter& filter) {
  std::vector<store::DocumentRow> rows;
  const bool dated = filter.since || filter.until;
  Status s = store.ForEachCatalogRow([&](store::DocumentRow&& row) {
    if (!filter.source.empty() && row.source != filter.source) return true;
    if (dated) {
      if (!row.published) return true;
      if (filter.since && *row.published < *filter.since) return true;
      if (filter.until && *row.published >= *filter.until) return true;
    }
    rows.push_back(std::move(row));
    return true;
  });
  if (!s.ok()) return s;
  std::sort(rows.begin(), rows.end(), [](const store::DocumentRow& a, const store::DocumentRow& b) {
    if (a.published.has_value() != b.published.has_value()) return a.published.has_value();
    if (a.published && *a.published != *b.published) return *a.published > *b.published;
    return a.id < b.id;
  });
  DocumentPage page;
  page.total = rows.size();
  const std::size_t begin = std::min(filter.offset, rows.size());
  const std::size_t end = begin + std::min(filter.limit, rows.size() - begin);
  page.docs.assign(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(begin)),
                   std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(end)));
  return page;
}

}  // namespace marsad::api
