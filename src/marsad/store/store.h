// Store: marsad's document store behind a narrow, typed interface. It holds each document
// (catalog fields, stored text, raw input, fingerprints), the duplicates found at ingest,
// per-document records attached by later stages (analysis, mentions, quotes, entities,
// stories) through typed codecs, and a few metadata values. The embedded backend is SQLite
// in WAL mode (sqlite_store.cc); a later backend on a distributed engine implements the same
// class. On-disk format: docs/formats/store.md.
#ifndef MARSAD_STORE_STORE_H_
#define MARSAD_STORE_STORE_H_

#include <concepts>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/ids.h"
#include "marsad/base/result.h"
#include "marsad/base/status.h"
#include "marsad/store/blob.h"

namespace marsad::store {

// The newest format version this code writes and reads (docs/formats/store.md). A store is
// created at version 1 and becomes version 2 in the transaction that stores its first text
// dictionary, so stores without one stay readable by older builds.
inline constexpr int kFormatVersion = 2;
inline constexpr int kOldestFormatVersion = 1;

// DO NOT CHANGE THESE VALUES: they are stored in the records table.
enum class RecordKind : std::uint8_t {
  kAnalysis = 1,  // tokens and sentences of the stored text
  kMentions = 2,  // named-entity mentions
  kQuotes = 3,    // quotes with their speakers
  kEntities = 4,  // the document's resolved entities
  kStory = 5,     // the story the document belongs to
};

// What duplicate detection needs about a stored document's content.
struct Fingerprint {
  std::uint64_t content = 0;  // hash of the normalized content (exact duplicates)
  std::uint64_t simhash = 0;  // SimHash over word shingles (near duplicates)
  std::uint32_t words = 0;    // number of words the hashes cover
};

// One stored document. Strings are UTF-8.
struct DocumentRow {
  std::string id;  // the user-visible id: JSONL id/docno or the file name's stem
  DocId num;       // dense number assigned by the store; filled on read, ignored on write
  std::string title;
  std::string source;
  std::string url;
  std::string author;
  std::string category;
  std::optional<std::int64_t> published;  // seconds since the Unix epoch, UTC
  std::string text;    // stored text (boilerplate removed): what every offset refers to
  std::string raw;     // the input the document was read from
  std::string origin;  // where it was read: "path" or "path:line"
  Fingerprint fingerprint;
};

// DO NOT CHANGE THESE VALUES: stored.
enum class DuplicateKind : std::uint8_t { kExact = 0, kNear = 1 };

// A document recognised as a duplicate of a stored one: recorded, not stored again.
struct DuplicateRow {
  std::string id;
  std::string duplicate_of;
  DuplicateKind kind = DuplicateKind::kExact;
  int distance = 0;  // SimHash Hamming distance (0 for exact duplicates)
  std::string origin;
};

// A DocumentRow whose text and raw input are already compressed. PrepareDocument is the
// expensive part of a write, so ingest workers call it in parallel and the single writer
// only inserts.
struct PreparedDocument {
  DocumentRow row;  // text and raw are empty; the blobs hold them
  std::string text_blob;
  std::string raw_blob;
  std::uint64_t text_len = 0;
  std::uint64_t raw_len = 0;
};

// Compresses row.text and row.raw (zstd with a content checksum); the text with
// `text_dictionary` when given, which must then be stored (PutTextDictionary) in the same
// Write or an earlier one. Thread-safe.
PreparedDocument PrepareDocument(DocumentRow row, const BlobDictionary* text_dictionary = nullptr);

// The meta key a text dictionary is stored under: "text_dictionary.<id>".
std::string TextDictionaryKey(std::uint32_t id);

// A typed codec for a per-document record: `Value` is the type later stages attach,
// `kKind` where it is stored. Codecs live with their types (engine/record_codecs.h), not here.
template <typename C>
concept RecordCodec = requires(const typename C::Value& v, std::string* out, std::string_view in) {
  { C::kKind } -> std::convertible_to<RecordKind>;
  C::Encode(v, out);
  { C::Decode(in) } -> std::same_as<Result<typename C::Value>>;
};

// Changes applied together by Store::Write: all of them or none.
class WriteBatch {
 public:
  // Stores the document, replacing one with the same id (its records are dropped and its
  // dense number kept) and forgetting a duplicate entry with that id.
  void PutDocument(PreparedDocument doc);
  void PutDocument(DocumentRow row) { PutDocument(PrepareDocument(std::move(row))); }
  // Removes the document and its records; no effect when absent.
  void DeleteDocument(std::string id);
  // Records a duplicate, removing a stored document with the same id.
  void PutDuplicate(DuplicateRow row);
  // Attaches a record to the document `id` (which must be stored by then).
  void PutRecord(std::string id, RecordKind kind, std::string bytes);
  template <RecordCodec C>
  void Put(std::string id, const typename C::Value& value) {
    std::string bytes;
    C::Encode(value, &bytes);
    PutRecord(std::move(id), C::kKind, std::move(bytes));
  }
  void PutMeta(std::string key, std::string value);
  // Stores a dictionary that texts are compressed with (under TextDictionaryKey).
  void PutTextDictionary(const BlobDictionary& dictionary) {
    PutMeta(TextDictionaryKey(dictionary.id()), dictionary.bytes());
  }
  // Moves `other`'s changes after this batch's, leaving `other` empty.
  void Append(WriteBatch&& other);

  bool empty() const { return ops_.empty(); }
  std::size_t size() const { return ops_.size(); }
  void Clear() { ops_.clear(); }

  enum class OpKind : std::uint8_t { kPutDocument, kDeleteDocument, kPutDuplicate, kPutRecord, kPutMeta };
  struct Op {
    OpKind kind;
    PreparedDocument doc;     // kPutDocument
    DuplicateRow duplicate;   // kPutDuplicate
    std::string key;          // id (delete, record) or meta key
    std::string bytes;        // record or meta value
    RecordKind record = RecordKind::kAnalysis;
  };
  const std::vector<Op>& ops() const { return ops_; }

 private:
  std::vector<Op> ops_;
};

// What a Write did.
struct WriteResult {
  std::size_t inserted = 0;  // documents whose id was new
  std::size_t replaced = 0;  // documents whose id was already stored
  std::size_t deleted = 0;
  std::size_t duplicates = 0;
};

struct ReadOptions {
  bool text = true;  // decompress the stored text
  bool raw = false;  // decompress the raw input
};

struct StoreOptions {
  bool create_if_missing = true;
  bool read_only = false;
};

// A store is used by one process at a time for writing; readers in other processes may
// open it concurrently (WAL). One Store object may be used from several threads: calls are
// serialised by an internal mutex.
class Store {
 public:
  virtual ~Store() = default;

  // Applies every change of `batch` in one transaction: after a crash at any moment the
  // store holds either all of them or none. IOError/Corruption naming the store on failure.
  virtual Result<WriteResult> Write(const WriteBatch& batch) = 0;

  // The document `id`; NotFound when it is not stored.
  virtual Result<DocumentRow> GetDocument(std::string_view id, const ReadOptions& options) = 0;
  // The duplicate entry for `id`, or nullopt.
  virtual Result<std::optional<DuplicateRow>> GetDuplicate(std::string_view id) = 0;
  // Calls fn for each document in id order until fn returns false.
  virtual Status ForEachDocument(const ReadOptions& options,
                                 const std::function<bool(DocumentRow&&)>& fn) = 0;
  // Calls fn for each document in id order until fn returns false, with only the catalog
  // fields filled (num, id, title, source, url, author, category, published): no text, raw
  // input, origin or fingerprint. Cheap: reads no blobs (listing pages of documents).
  // The default implementation reads through ForEachDocument.
  virtual Status ForEachCatalogRow(const std::function<bool(DocumentRow&&)>& fn) {
    ReadOptions options;
    options.text = false;
    return ForEachDocument(options, [&fn](DocumentRow&& row) {
      row.origin.clear();
      row.fingerprint = {};
      return fn(std::move(row));
    });
  }
  // Calls fn(id, source, fingerprint) for each document, in insertion order (cheap: no text).
  virtual Status ForEachFingerprint(
      const std::function<void(std::string_view id, std::string_view source, const Fingerprint&)>&
          fn) = 0;
  // The record of `kind` attached to `id`: NotFound when absent.
  virtual Result<std::string> GetRecord(std::string_view id, RecordKind kind) = 0;
  template <RecordCodec C>
  Result<typename C::Value> Get(std::string_view id) {
    MARSAD_ASSIGN_OR_RETURN(std::string bytes, GetRecord(id, C::kKind));
    return C::Decode(bytes);
  }
  // A metadata value, or nullopt when unset.
  virtual Result<std::optional<std::string>> GetMeta(std::string_view key) = 0;
  // The dictionary new texts are compressed with: the stored one of lowest key, or nullptr
  // when the store holds none. Corruption when it does not load.
  virtual Result<std::shared_ptr<const BlobDictionary>> TextDictionary() {
    return std::shared_ptr<const BlobDictionary>();
  }

  virtual Result<std::uint64_t> CountDocuments() = 0;
  virtual Result<std::uint64_t> CountDuplicates() = 0;
  // The commit generation: how many Writes were committed to the store (by any process), 0
  // for a store never written since generations were counted. Equal generations mean equal
  // contents, so a reader can keep views built from the store until it changes. Cheap (one
  // row read).
  virtual Result<std::uint64_t> Generation() = 0;

  // Checks the engine's structures, the format version, that every stored text and raw
  // input decompresses with a valid checksum and the recorded length, and that every record
  // belongs to a stored document. Corruption naming the first problem found.
  virtual Status CheckIntegrity() = 0;

  // The store directory.
  virtual const std::string& dir() const = 0;
};

// Opens (or creates) the SQLite store in directory `dir` (file dir/catalog.sqlite).
// NotSupported when it was written by an unknown format version; InvalidArgument when the
// file is not a marsad store; IOError when it cannot be opened.
Result<std::unique_ptr<Store>> OpenStore(const std::string& dir, const StoreOptions& options = {});

// The catalog file inside a store directory.
std::string CatalogPath(const std::string& dir);

}  // namespace marsad::store

#endif  // MARSAD_STORE_STORE_H_
