// Reading articles from JSON: one object per line (JSONL) or an array of objects, with
// simdjson. The field names of ../shared/data (ANT multisource, ANT JawharaFM, SaudiNewsNet)
// are recognised without options; other names are given by a FieldMap.
#ifndef MARSAD_INGEST_JSON_READER_H_
#define MARSAD_INGEST_JSON_READER_H_

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/ingest/article.h"

namespace marsad::ingest {

// The article fields a JSON object may fill. DO NOT REORDER: FieldMap indexes by it.
enum class Field { kId, kTitle, kText, kDate, kSource, kUrl, kAuthor, kCategory, kCount };

std::string_view FieldName(Field f);  // "id", "title", "text", ...

// For each field, the JSON keys that fill it, best first. Default(): id|docno|_id|guid,
// title|headline, text|content|body|article, date|time|published|pubDate|date_extracted|datetime,
// source|src|outlet|site, url|link, author|byline|creator, category|section|cat.
class FieldMap {
 public:
  static FieldMap Default();
  // Parses "text=body,title=headline,date=when": each named field is read from that key
  // only; the others keep their defaults. InvalidArgument naming a bad entry.
  static Result<FieldMap> Parse(std::string_view spec);

  const std::vector<std::string>& keys(Field f) const { return keys_[static_cast<std::size_t>(f)]; }
  // The field `key` fills and its rank among the field's keys (0 best); false when none.
  bool Lookup(std::string_view key, Field* field, std::size_t* rank) const;

 private:
  std::array<std::vector<std::string>, static_cast<std::size_t>(Field::kCount)> keys_;
};

// Bytes that simdjson may read past the end of a JSON text. Buffers given to JsonReader
// must have this many readable bytes after the text (read_input.h pads them).
inline constexpr std::size_t kJsonPadding = 64;

// A reusable JSON parser (it keeps its buffers). Not thread-safe: one per thread.
class JsonReader {
 public:
  explicit JsonReader(FieldMap fields = FieldMap::Default());
  ~JsonReader();
  JsonReader(const JsonReader&) = delete;
  JsonReader& operator=(const JsonReader&) = delete;

  // Parses one JSON object (a JSONL line) into *out's document fields and date_text;
  // raw is set to `json`. InvalidArgument for malformed JSON, a value that is not an object,
  // invalid UTF-8 or trailing content. REQUIRES: kJsonPadding readable bytes after `json`.
  Status ParseObject(std::string_view json, Article* out);

  // Parses a JSON array of objects, appending one Article per element (line = its 1-based
  // position, raw = the element's JSON). Elements that are not objects are reported in
  // *errors as "item N: ..." and skipped; a malformed array stops with InvalidArgument
  // after the articles read so far. REQUIRES: kJsonPadding readable bytes after `json`.
  Status ParseArray(std::string_view json, std::vector<Article>* out,
                    std::vector<std::pair<std::size_t, std::string>>* errors);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_JSON_READER_H_
