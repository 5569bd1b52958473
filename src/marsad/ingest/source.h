// The inputs of an ingest as a stream of parsing work: InputWalker expands paths (files,
// folders recursively (files with an input extension only), zip archives, '-' for JSON lines on stdin) into Items, one per
// article file, JSONL line, JSON array or feed; ParseItem turns an Item into Articles with
// their ids. Errors name the file (and line) and never stop the walk.
#ifndef MARSAD_INGEST_SOURCE_H_
#define MARSAD_INGEST_SOURCE_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/ingest/article.h"
#include "marsad/ingest/format.h"
#include "marsad/ingest/json_reader.h"
#include "marsad/ingest/zip_reader.h"
#include "marsad/io/env.h"

namespace marsad::ingest {

struct SourceOptions {
  std::uint64_t max_file_bytes = std::uint64_t{2} << 30;     // a file read whole: 2 GiB
  std::uint64_t max_article_bytes = std::uint64_t{32} << 20;  // one article: 32 MiB
  ZipLimits zip;
};

// A failure tied to an input: path, 1-based line (0 when the whole file), message.
struct ItemError {
  std::string path;
  std::size_t line = 0;
  std::string error;
};

// One unit of parsing work.
struct Item {
  std::shared_ptr<const void> buffer;  // owns `bytes`, with kJsonPadding bytes after
  std::string_view bytes;
  std::string path;      // the file, or "archive.zip/entry"
  std::size_t line = 0;  // JSONL line number; 0 otherwise
  Format format = Format::kText;
};

// Not thread-safe: one walker feeds one ingest.
class InputWalker {
 public:
  InputWalker(io::Env* env, std::vector<std::string> paths, SourceOptions options);

  // Appends up to `max` items to *items and the errors met on the way to *errors. Returns
  // false when every input has been walked (nothing appended).
  bool Next(std::size_t max, std::vector<Item>* items, std::vector<ItemError>* errors);

  // Bytes read from inputs so far.
  std::uint64_t bytes_read() const { return bytes_read_; }
  // Bytes handed out as items so far (a JSONL file is read whole, then split as it goes).
  std::uint64_t bytes_done() const { return bytes_read_ - lines_rest_.size(); }

 private:
  // Reads one file (or stdin) into a padded buffer and queues its items.
  void Open(const std::string& path, std::vector<ItemError>* errors);
  // Queues the items of a buffer whose format is known.
  void Queue(std::shared_ptr<const void> buffer, std::string_view bytes, const std::string& path,
             Format format, bool in_archive, std::vector<ItemError>* errors);

  io::Env* env_;
  SourceOptions options_;
  std::deque<std::string> paths_;  // still to open (folders expand in place)
  std::deque<Item> ready_;
  // The JSONL buffer being split into lines.
  std::shared_ptr<const void> lines_buffer_;
  std::string_view lines_rest_;
  std::string lines_path_;
  std::size_t lines_no_ = 0;
  std::uint64_t bytes_read_ = 0;
};

// Parses one item into articles, each with its id: the JSON id/docno, a feed item's guid,
// else the file name's stem ("<stem>-<n>" for the n-th article of a many-article file).
// Problems go to *errors (per line or item); parsing goes on where it can. Thread-safe
// given one JsonReader per thread.
void ParseItem(const Item& item, const SourceOptions& options, JsonReader* json,
               std::vector<Article>* out, std::vector<ItemError>* errors);

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_SOURCE_H_
