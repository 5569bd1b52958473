// Reading RSS 2.0, RSS 1.0 (RDF) and Atom feeds with libxml2: one Article per item/entry,
// with title, link, date, author, category, the channel's title as the default outlet, and the
// item's content (or description/summary) as text, its HTML turned into lines.
#ifndef MARSAD_INGEST_FEED_READER_H_
#define MARSAD_INGEST_FEED_READER_H_

#include <string_view>
#include <vector>

#include "marsad/base/status.h"
#include "marsad/ingest/article.h"

namespace marsad::ingest {

// Appends the feed's items to *out (line = the item's 1-based position; id = its guid,
// Atom id or link, else empty; raw = the item's XML). Network access and external entities
// are disabled. InvalidArgument naming the line and libxml2's message for malformed XML,
// and for a document that is not a feed. Thread-safe.
Status ParseFeed(std::string_view xml, std::vector<Article>* out);

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_FEED_READER_H_
