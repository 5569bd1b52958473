// The embedded Store backend: one SQLite database in WAL mode (docs/formats/store.md).
// Every Write is one transaction; with synchronous=NORMAL a committed transaction survives
// the death of the process at any moment (kill -9), and the database is never left half
// written. Statements are prepared once and reused.
#include <sqlite3.h>

#include <charconv>
#include <iterator>
#include <map>
#include <mutex>

#include "marsad/io/env.h"
#include "marsad/store/blob.h"
#include "marsad/store/store.h"

namespace marsad::store {

// WriteBatch -------------------------------------------------------------------------------

void WriteBatch::PutDocument(PreparedDocument doc) {
  Op op{OpKind::kPutDocument, std::move(doc), {}, {}, {}, {}};
  ops_.push_back(std::move(op));
}

void WriteBatch::DeleteDocument(std::string id) {
  Op op{OpKind::kDeleteDocument, {}, {}, std::move(id), {}, {}};
  ops_.push_back(std::move(op));
}

void WriteBatch::PutDuplicate(DuplicateRow row) {
  Op op{OpKind::kPutDuplicate, {}, std::move(row), {}, {}, {}};
  ops_.push_back(std::move(op));
}

void WriteBatch::PutRecord(std::string id, RecordKind kind, std::string bytes) {
  Op op{OpKind::kPutRecord, {}, {}, std::move(id), std::move(bytes), kind};
  ops_.push_back(std::move(op));
}

void WriteBatch::PutMeta(std::string key, std::string value) {
  Op op{OpKind::kPutMeta, {}, {}, std::move(key), std::move(value), {}};
  ops_.push_back(std::move(op));
}

void WriteBatch::Append(WriteBatch&& other) {
  if (ops_.empty()) {
    ops_ = std::move(other.ops_);
  } else {
    ops_.insert(ops_.end(), std::make_move_iterator(other.ops_.begin()), std::make_move_iterator(other.ops_.end()));
  }
  other.ops_.clear();
}

PreparedDocument PrepareDocument(DocumentRow row, const BlobDictionary* text_dictionary) {
  PreparedDocument p;
  p.text_len = row.text.size();
  p.raw_len = row.raw.size();
  p.text_blob = CompressBlob(row.text, {}, text_dictionary);
  p.raw_blob = CompressBlob(row.raw, row.text);  // raw repeats the text: refer back into it
  row.text.clear();
  row.text.shrink_to_fit();
  row.raw.clear();
  row.raw.shrink_to_fit();
  p.row = std::move(row);
  return p;
}

std::string CatalogPath(const std::string& dir) { return dir + "/catalog.sqlite"; }

namespace {
constexpr std::string_view kTextDictionaryPrefix = "text_dictionary.";
}  // namespace

std::string TextDictionaryKey(std::uint32_t id) { return std::string(kTextDictionaryPrefix) + std::to_string(id); }

namespace {

// "MRSD": marks the SQLite file as a marsad store (PRAGMA application_id).
constexpr int kApplicationId = 0x4D525344;

constexpr const char* kSchema = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE docs(
  num INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT NOT NULL,
  author TEXT NOT NULL,
  category TEXT NOT NULL,
  published INTEGER,
  text_len INTEGER NOT NULL,
  text BLOB NOT NULL,
  raw_len INTEGER NOT NULL,
  raw BLOB NOT NULL,
  origin TEXT NOT NULL,
  content_hash INTEGER NOT NULL,
  simhash INTEGER NOT NULL,
  words INTEGER NOT NULL);
CREATE TABLE duplicates(
  id TEXT PRIMARY KEY,
  duplicate_of TEXT NOT NULL,
  kind INTEGER NOT NULL,
  distance INTEGER NOT NULL,
  origin TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE records(
  doc INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY(doc, kind)) WITHOUT ROWID;
)SQL";

constexpr const char* kDocColumns =
    "num, id, title, source, url, author, category, published, text_len, text, raw_len, raw, "
    "origin, content_hash, simhash, words";

// A prepared statement, reset after each use.
class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(stmt_); }

  Status Prepare(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) {
      return Status::IOError(std::string("cannot prepare statement: ") + sqlite3_errmsg(db));
    }
    return Status::Ok();
  }
  sqlite3_stmt* get() { return stmt_; }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  void Bind(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
  }
  void BindBlob(int i, std::string_view s) {
    sqlite3_bind_blob(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
  }
  void Bind(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }
  int Step() { return sqlite3_step(stmt_); }

  std::string_view Text(int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p == nullptr ? std::string_view() : std::string_view(p, sqlite3_column_bytes(stmt_, col));
  }
  std::string_view Blob(int col) {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p == nullptr ? std::string_view() : std::string_view(p, sqlite3_column_bytes(stmt_, col));
  }
  std::int64_t Int(int col) { return sqlite3_column_int64(stmt_, col); }
  bool IsNull(int col) { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// A document's catalog columns, the first eight of every query that reads documents (num,
// id, title, source, url, author, category, published): stored before the blobs, so a query
// of these alone never reads the blobs' overflow pages.
DocumentRow CatalogColumns(Stmt& s) {
  DocumentRow r;
  r.num = DocId(static_cast<std::uint32_t>(s.Int(0)));
  r.id = s.Text(1);
  r.title = s.Text(2);
  r.source = s.Text(3);
  r.url = s.Text(4);
  r.author = s.Text(5);
  r.category = s.Text(6);
  if (!s.IsNull(7)) r.published = s.Int(7);
  return r;
}

class SqliteStore final : public Store {
 public:
  SqliteStore(std::string dir, sqlite3* db) : dir_(std::move(dir)), path_(CatalogPath(dir_)), db_(db) {}
  ~SqliteStore() override {
    // Statements must be finalized before the connection closes.
    stmts_.reset();
    sqlite3_close_v2(db_);
  }

  Status Init(const StoreOptions& options);

  Result<WriteResult> Write(const WriteBatch& batch) override;
  Result<DocumentRow> GetDocument(std::string_view id, const ReadOptions& options) override;
  Result<std::optional<DuplicateRow>> GetDuplicate(std::string_view id) override;
  Status ForEachDocument(const ReadOptions& options,
                         const std::function<bool(DocumentRow&&)>& fn) override;
  Status ForEachCatalogRow(const std::function<bool(DocumentRow&&)>& fn) override;
  Status ForEachFingerprint(
      const std::function<void(std::string_view, std::string_view, const Fingerprint&)>& fn) override;
  Result<std::string> GetRecord(std::string_view id, RecordKind kind) override;
  Result<std::optional<std::string>> GetMeta(std::string_view key) override;
  Result<std::shared_ptr<const BlobDictionary>> TextDictionary() override;
  Result<std::uint64_t> CountDocuments() override { return Count("SELECT count(*) FROM docs"); }
  Result<std::uint64_t> CountDuplicates() override { return Count("SELECT count(*) FROM duplicates"); }
  Result<std::uint64_t> Generation() override {
    return Count("SELECT coalesce((SELECT value FROM meta WHERE key='generation'), 0)");
  }
  Status CheckIntegrity() override;
  const std::string& dir() const override { return dir_; }

 private:
  struct Statements {
    Stmt find_num, insert_doc, update_doc, delete_doc, delete_records, delete_dup, put_dup,
        put_record, put_meta, get_doc, get_dup, get_record, get_meta;
  };

  Status Error(std::string_view what) const {
    return Status::IOError(path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
  }
  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err != nullptr ? err : "unknown error";
      sqlite3_free(err);
      return Status::IOError(path_ + ": " + msg);
    }
    return Status::Ok();
  }
  Result<std::int64_t> PragmaInt(const char* sql);
  Result<std::uint64_t> Count(const char* sql);
  Result<std::optional<std::int64_t>> FindNum(std::string_view id);
  Status ApplyOp(const WriteBatch::Op& op, WriteResult* result);
  Status RemoveDocument(std::string_view id, bool* removed);
  Result<DocumentRow> ReadRow(Stmt& s, const ReadOptions& options);
  // The stored dictionary `id`, loaded once. REQUIRES: mu_ held.
  Result<const BlobDictionary*> Dictionary(std::uint32_t id);
  Result<std::optional<std::string>> GetMetaLocked(std::string_view key);

  std::string dir_;
  std::string path_;
  sqlite3* db_;
  std::mutex mu_;
  std::unique_ptr<Statements> stmts_;
  std::int64_t version_ = 0;  // PRAGMA user_version as opened or upgraded
  std::map<std::uint32_t, std::shared_ptr<const BlobDictionary>> dictionaries_;
};

Result<std::int64_t> SqliteStore::PragmaInt(const char* sql) {
  Stmt s;
  MARSAD_RETURN_IF_ERROR(s.Prepare(db_, sql));
  if (s.Step() != SQLITE_ROW) return Error(sql);
  return s.Int(0);
}

Result<std::uint64_t> SqliteStore::Count(const char* sql) {
  std::lock_guard<std::mutex> lock(mu_);
  MARSAD_ASSIGN_OR_RETURN(std::int64_t n, PragmaInt(sql));
  return static_cast<std::uint64_t>(n);
}

Status SqliteStore::Init(const StoreOptions& options) {
  sqlite3_busy_timeout(db_, 10000);
  // The first read of the header tells whether this is an SQLite file at all.
  auto app_id = PragmaInt("PRAGMA application_id");
  if (!app_id.ok()) {
    return Status::InvalidArgument(path_ + ": not a marsad store (" + sqlite3_errmsg(db_) + ")");
  }
  MARSAD_ASSIGN_OR_RETURN(std::int64_t tables, PragmaInt("SELECT count(*) FROM sqlite_master"));
  if (*app_id == 0 && tables == 0) {
    if (options.read_only) return Status::NotFound(path_ + ": no store here");
    MARSAD_RETURN_IF_ERROR(Exec("PRAGMA journal_mode=WAL"));
    MARSAD_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status s = Exec(kSchema);
    if (s.ok()) {
      const std::string pragmas = "PRAGMA application_id=" + std::to_string(kApplicationId) +
                                  "; PRAGMA user_version=" + std::to_string(kOldestFormatVersion) + ";";
      s = Exec(pragmas.c_str());
    }
    if (s.ok()) {
      const std::string meta = "INSERT INTO meta VALUES('format_version', '" +
                               std::to_string(kOldestFormatVersion) + "')";
      s = Exec(meta.c_str());
    }
    if (!s.ok()) {
      (void)Exec("ROLLBACK");
      return s;
    }
    MARSAD_RETURN_IF_ERROR(Exec("COMMIT"));
  } else if (*app_id != kApplicationId) {
    return Status::InvalidArgument(path_ + ": not a marsad store (an SQLite database of another application)");
  }
  MARSAD_ASSIGN_OR_RETURN(std::int64_t version, PragmaInt("PRAGMA user_version"));
  if (version < kOldestFormatVersion || version > kFormatVersion) {
    return Status::NotSupported(path_ + ": store format version " + std::to_string(version) +
                                " is not supported (this marsad reads versions " +
                                std::to_string(kOldestFormatVersion) + " to " + std::to_string(kFormatVersion) +
                                ")");
  }
  version_ = version;
  if (!options.read_only) {
    MARSAD_RETURN_IF_ERROR(Exec("PRAGMA journal_mode=WAL"));
    // NORMAL in WAL mode: a commit is durable once the process has written the WAL, which
    // is what survives kill -9; only a power loss may roll back the last commits.
    MARSAD_RETURN_IF_ERROR(Exec("PRAGMA synchronous=NORMAL"));
  }
  // An 8 MiB page cache: enough for the pages a batch of inserts touches (the rightmost
  // leaves of the tables, the id index). A larger one only grows with every page a long
  // ingest writes, and each new page of it costs a page fault: with 64 MiB that was half of
  // the writer thread's CPU time (the operating system caches the file for readers anyway).
  MARSAD_RETURN_IF_ERROR(Exec("PRAGMA cache_size=-8192; PRAGMA temp_store=MEMORY"));
  if (!options.read_only) {
    // Checkpoint (copy the WAL into the database, with fsyncs) every 256 MiB of WAL rather
    // than every 4 MiB: bulk ingest writes hundreds of MB, and each checkpoint costs syncs.
    MARSAD_RETURN_IF_ERROR(Exec("PRAGMA wal_autocheckpoint=65536"));
  }

  stmts_ = std::make_unique<Statements>();
  Statements& st = *stmts_;
  const std::string get_doc = std::string("SELECT ") + kDocColumns + " FROM docs WHERE id=?1";
  struct {
    Stmt* stmt;
    const char* sql;
  } const all[] = {
      {&st.find_num, "SELECT num FROM docs WHERE id=?1"},
      {&st.insert_doc,
       "INSERT INTO docs(id, title, source, url, author, category, published, text_len, text, "
       "raw_len, raw, origin, content_hash, simhash, words) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?16)"},
      {&st.update_doc,
       "UPDATE docs SET id=?1, title=?2, source=?3, url=?4, author=?5, category=?6, published=?7, "
       "text_len=?8, text=?9, raw_len=?10, raw=?11, origin=?12, content_hash=?13, simhash=?14, words=?16 "
       "WHERE num=?15"},
      {&st.delete_doc, "DELETE FROM docs WHERE num=?1"},
      {&st.delete_records, "DELETE FROM records WHERE doc=?1"},
      {&st.delete_dup, "DELETE FROM duplicates WHERE id=?1"},
      {&st.put_dup, "INSERT OR REPLACE INTO duplicates VALUES(?1, ?2, ?3, ?4, ?5)"},
      {&st.put_record, "INSERT OR REPLACE INTO records VALUES(?1, ?2, ?3)"},
      {&st.put_meta, "INSERT OR REPLACE INTO meta VALUES(?1, ?2)"},
      {&st.get_doc, get_doc.c_str()},
      {&st.get_dup, "SELECT id, duplicate_of, kind, distance, origin FROM duplicates WHERE id=?1"},
      {&st.get_record,
       "SELECT data FROM records WHERE kind=?2 AND doc=(SELECT num FROM docs WHERE id=?1)"},
      {&st.get_meta, "SELECT value FROM meta WHERE key=?1"},
  };
  for (const auto& s : all) {
    Status p = s.stmt->Prepare(db_, s.sql);
    if (!p.ok()) return p.WithContext(path_);
  }
  return Status::Ok();
}

Result<std::optional<std::int64_t>> SqliteStore::FindNum(std::string_view id) {
  Stmt& s = stmts_->find_num;
  s.Bind(1, id);
  const int rc = s.Step();
  std::optional<std::int64_t> num;
  if (rc == SQLITE_ROW) num = s.Int(0);
  s.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("looking up a document");
  return num;
}

Status SqliteStore::RemoveDocument(std::string_view id, bool* removed) {
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::int64_t> num, FindNum(id));
  *removed = num.has_value();
  if (!num) return Status::Ok();
  for (Stmt* s : {&stmts_->delete_records, &stmts_->delete_doc}) {
    s->Bind(1, *num);
    const int rc = s->Step();
    s->Reset();
    if (rc != SQLITE_DONE) return Error("deleting a document");
  }
  return Status::Ok();
}

Status SqliteStore::ApplyOp(const WriteBatch::Op& op, WriteResult* result) {
  Statements& st = *stmts_;
  auto step_done = [&](Stmt& s, std::string_view what) {
    const int rc = s.Step();
    s.Reset();
    return rc == SQLITE_DONE ? Status::Ok() : Error(what);
  };
  switch (op.kind) {
    case WriteBatch::OpKind::kPutDocument: {
      const PreparedDocument& d = op.doc;
      const DocumentRow& r = d.row;
      MARSAD_ASSIGN_OR_RETURN(std::optional<std::int64_t> num, FindNum(r.id));
      Stmt& s = num ? st.update_doc : st.insert_doc;
      s.Bind(1, r.id);
      s.Bind(2, r.title);
      s.Bind(3, r.source);
      s.Bind(4, r.url);
      s.Bind(5, r.author);
      s.Bind(6, r.category);
      if (r.published) {
        s.Bind(7, *r.published);
      } else {
        s.BindNull(7);
      }
      s.Bind(8, static_cast<std::int64_t>(d.text_len));
      s.BindBlob(9, d.text_blob);
      s.Bind(10, static_cast<std::int64_t>(d.raw_len));
      s.BindBlob(11, d.raw_blob);
      s.Bind(12, r.origin);
      s.Bind(13, static_cast<std::int64_t>(r.fingerprint.content));
      s.Bind(14, static_cast<std::int64_t>(r.fingerprint.simhash));
      if (num) s.Bind(15, *num);
      s.Bind(16, static_cast<std::int64_t>(r.fingerprint.words));
      MARSAD_RETURN_IF_ERROR(step_done(s, "writing document " + r.id));
      if (num) {
        st.delete_records.Bind(1, *num);
        MARSAD_RETURN_IF_ERROR(step_done(st.delete_records, "dropping old records"));
        ++result->replaced;
      } else {
        ++result->inserted;
      }
      st.delete_dup.Bind(1, r.id);
      return step_done(st.delete_dup, "dropping a duplicate entry");
    }
    case WriteBatch::OpKind::kDeleteDocument: {
      bool removed = false;
      MARSAD_RETURN_IF_ERROR(RemoveDocument(op.key, &removed));
      if (removed) ++result->deleted;
      st.delete_dup.Bind(1, op.key);
      return step_done(st.delete_dup, "dropping a duplicate entry");
    }
    case WriteBatch::OpKind::kPutDuplicate: {
      const DuplicateRow& r = op.duplicate;
      bool removed = false;
      MARSAD_RETURN_IF_ERROR(RemoveDocument(r.id, &removed));
      Stmt& s = st.put_dup;
      s.Bind(1, r.id);
      s.Bind(2, r.duplicate_of);
      s.Bind(3, static_cast<std::int64_t>(r.kind));
      s.Bind(4, static_cast<std::int64_t>(r.distance));
      s.Bind(5, r.origin);
      ++result->duplicates;
      return step_done(s, "recording duplicate " + r.id);
    }
    case WriteBatch::OpKind::kPutRecord: {
      MARSAD_ASSIGN_OR_RETURN(std::optional<std::int64_t> num, FindNum(op.key));
      if (!num) {
        return Status::InvalidArgument(path_ + ": record for document " + op.key + ", which is not stored");
      }
      Stmt& s = st.put_record;
      s.Bind(1, *num);
      s.Bind(2, static_cast<std::int64_t>(op.record));
      s.BindBlob(3, op.bytes);
      return step_done(s, "writing a record of " + op.key);
    }
    case WriteBatch::OpKind::kPutMeta: {
      // The first text dictionary makes the store version 2 (blobs of codec 3), in the
      // transaction that stores it.
      if (op.key.starts_with(kTextDictionaryPrefix) && version_ < 2) {
        MARSAD_RETURN_IF_ERROR(Exec("PRAGMA user_version=2; UPDATE meta SET value='2' WHERE key='format_version'"));
        version_ = 2;
      }
      Stmt& s = st.put_meta;
      s.Bind(1, op.key);
      s.BindBlob(2, op.bytes);
      return step_done(s, "writing metadata " + op.key);
    }
  }
  return Status::InvalidArgument("unknown write operation");
}

Result<WriteResult> SqliteStore::Write(const WriteBatch& batch) {
  std::lock_guard<std::mutex> lock(mu_);
  WriteResult result;
  if (batch.empty()) return result;
  const std::int64_t version = version_;
  auto rollback = [&](Status s) {
    (void)Exec("ROLLBACK");
    version_ = version;  // an upgrade in the transaction is undone with it
    return s;
  };
  MARSAD_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  for (const WriteBatch::Op& op : batch.ops()) {
    Status s = ApplyOp(op, &result);
    if (!s.ok()) return rollback(s);
  }
  // The commit generation (Store::Generation) counts in the same transaction.
  Status s = Exec("INSERT INTO meta VALUES('generation', 1) ON CONFLICT(key) DO UPDATE SET value = value + 1");
  if (s.ok()) s = Exec("COMMIT");
  if (!s.ok()) return rollback(s);
  return result;
}

Result<DocumentRow> SqliteStore::ReadRow(Stmt& s, const ReadOptions& options) {
  DocumentRow r = CatalogColumns(s);
  // The raw blob is compressed with the text as its prefix: reading it needs the text.
  if (options.text || options.raw) {
    const BlobDictionary* dictionary = nullptr;
    if (const std::optional<std::uint32_t> id = BlobDictionaryId(s.Blob(9))) {
      auto d = Dictionary(*id);
      if (!d.ok()) return d.status().WithContext(path_ + ": text of document " + r.id);
      dictionary = *d;
    }
    auto t = DecompressBlob(s.Blob(9), static_cast<std::uint64_t>(s.Int(8)), {}, dictionary);
    if (!t.ok()) return t.status().WithContext(path_ + ": text of document " + r.id);
    r.text = std::move(t).value();
  }
  if (options.raw) {
    auto t = DecompressBlob(s.Blob(11), static_cast<std::uint64_t>(s.Int(10)), r.text);
    if (!t.ok()) return t.status().WithContext(path_ + ": raw input of document " + r.id);
    r.raw = std::move(t).value();
  }
  if (!options.text) r.text.clear();
  r.origin = s.Text(12);
  r.fingerprint.content = static_cast<std::uint64_t>(s.Int(13));
  r.fingerprint.simhash = static_cast<std::uint64_t>(s.Int(14));
  r.fingerprint.words = static_cast<std::uint32_t>(s.Int(15));
  return r;
}

Result<DocumentRow> SqliteStore::GetDocument(std::string_view id, const ReadOptions& options) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt& s = stmts_->get_doc;
  s.Bind(1, id);
  const int rc = s.Step();
  if (rc != SQLITE_ROW) {
    s.Reset();
    if (rc == SQLITE_DONE) return Status::NotFound("no document with id " + std::string(id));
    return Error("reading a document");
  }
  auto r = ReadRow(s, options);
  s.Reset();
  return r;
}

Result<std::optional<DuplicateRow>> SqliteStore::GetDuplicate(std::string_view id) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt& s = stmts_->get_dup;
  s.Bind(1, id);
  const int rc = s.Step();
  std::optional<DuplicateRow> out;
  if (rc == SQLITE_ROW) {
    DuplicateRow d;
    d.id = s.Text(0);
    d.duplicate_of = s.Text(1);
    d.kind = static_cast<DuplicateKind>(s.Int(2));
    d.distance = static_cast<int>(s.Int(3));
    d.origin = s.Text(4);
    out = std::move(d);
  }
  s.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("reading a duplicate entry");
  return out;
}

Status SqliteStore::ForEachDocument(const ReadOptions& options,
                                    const std::function<bool(DocumentRow&&)>& fn) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt s;
  const std::string sql = std::string("SELECT ") + kDocColumns + " FROM docs ORDER BY id";
  MARSAD_RETURN_IF_ERROR(s.Prepare(db_, sql.c_str()));
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    MARSAD_ASSIGN_OR_RETURN(DocumentRow row, ReadRow(s, options));
    if (!fn(std::move(row))) return Status::Ok();
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("reading documents");
}

Status SqliteStore::ForEachCatalogRow(const std::function<bool(DocumentRow&&)>& fn) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt s;
  // Only columns stored before the blobs: SQLite then never reads their overflow pages.
  MARSAD_RETURN_IF_ERROR(
      s.Prepare(db_, "SELECT num, id, title, source, url, author, category, published FROM docs ORDER BY id"));
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    if (!fn(CatalogColumns(s))) return Status::Ok();
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("reading the catalog");
}

Status SqliteStore::ForEachFingerprint(
    const std::function<void(std::string_view, std::string_view, const Fingerprint&)>& fn) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt s;
  MARSAD_RETURN_IF_ERROR(
      s.Prepare(db_, "SELECT id, source, content_hash, simhash, words FROM docs ORDER BY num"));
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    Fingerprint f{static_cast<std::uint64_t>(s.Int(2)), static_cast<std::uint64_t>(s.Int(3)),
                  static_cast<std::uint32_t>(s.Int(4))};
    fn(s.Text(0), s.Text(1), f);
  }
  return rc == SQLITE_DONE ? Status::Ok() : Error("reading fingerprints");
}

Result<std::string> SqliteStore::GetRecord(std::string_view id, RecordKind kind) {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt& s = stmts_->get_record;
  s.Bind(1, id);
  s.Bind(2, static_cast<std::int64_t>(kind));
  const int rc = s.Step();
  std::string out;
  if (rc == SQLITE_ROW) out = s.Blob(0);
  s.Reset();
  if (rc == SQLITE_DONE) {
    return Status::NotFound("no record of kind " + std::to_string(static_cast<int>(kind)) +
                            " for document " + std::string(id));
  }
  if (rc != SQLITE_ROW) return Error("reading a record");
  return out;
}

Result<std::optional<std::string>> SqliteStore::GetMeta(std::string_view key) {
  std::lock_guard<std::mutex> lock(mu_);
  return GetMetaLocked(key);
}

Result<std::optional<std::string>> SqliteStore::GetMetaLocked(std::string_view key) {
  Stmt& s = stmts_->get_meta;
  s.Bind(1, key);
  const int rc = s.Step();
  std::optional<std::string> out;
  if (rc == SQLITE_ROW) out = std::string(s.Blob(0));
  s.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("reading metadata");
  return out;
}

Result<const BlobDictionary*> SqliteStore::Dictionary(std::uint32_t id) {
  if (auto it = dictionaries_.find(id); it != dictionaries_.end()) return it->second.get();
  // Not loaded yet (or written by another process since this one opened the store).
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> bytes, GetMetaLocked(TextDictionaryKey(id)));
  if (!bytes) return Status::Corruption("text dictionary " + std::to_string(id) + " is not in the store");
  auto d = BlobDictionary::Load(std::move(*bytes));
  if (!d.ok()) return d.status().WithContext("text dictionary " + std::to_string(id));
  if ((*d)->id() != id) {
    return Status::Corruption("text dictionary " + std::to_string(id) + " holds dictionary " +
                              std::to_string((*d)->id()));
  }
  const BlobDictionary* out = d->get();
  dictionaries_.emplace(id, std::move(d).value());
  return out;
}

Result<std::shared_ptr<const BlobDictionary>> SqliteStore::TextDictionary() {
  std::lock_guard<std::mutex> lock(mu_);
  Stmt s;
  MARSAD_RETURN_IF_ERROR(s.Prepare(db_, "SELECT key FROM meta WHERE key > 'text_dictionary.' AND "
                                        "key < 'text_dictionary/' ORDER BY key LIMIT 1"));
  const int rc = s.Step();
  if (rc == SQLITE_DONE) return std::shared_ptr<const BlobDictionary>();
  if (rc != SQLITE_ROW) return Error("reading the text dictionary");
  const std::string key(s.Text(0));
  std::uint32_t id = 0;
  const char* first = key.data() + kTextDictionaryPrefix.size();
  const auto [end, ec] = std::from_chars(first, key.data() + key.size(), id);
  if (ec != std::errc() || end != key.data() + key.size()) {
    return Status::Corruption(path_ + ": bad text dictionary key " + key);
  }
  auto d = Dictionary(id);
  if (!d.ok()) return d.status().WithContext(path_);
  return dictionaries_.at(id);
}

Status SqliteStore::CheckIntegrity() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    Stmt s;
    MARSAD_RETURN_IF_ERROR(s.Prepare(db_, "PRAGMA quick_check"));
    if (s.Step() != SQLITE_ROW) return Error("integrity check");
    if (s.Text(0) != "ok") return Status::Corruption(path_ + ": " + std::string(s.Text(0)));
  }
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> version, GetMeta("format_version"));
  MARSAD_ASSIGN_OR_RETURN(std::uint64_t user_version, Count("PRAGMA user_version"));
  if (!version || *version != std::to_string(user_version)) {
    return Status::Corruption(path_ + ": missing or wrong format_version in meta");
  }
  ReadOptions all;
  all.text = true;
  all.raw = true;
  MARSAD_RETURN_IF_ERROR(ForEachDocument(all, [](DocumentRow&&) { return true; }));
  MARSAD_ASSIGN_OR_RETURN(
      std::uint64_t orphans,
      Count("SELECT count(*) FROM records WHERE doc NOT IN (SELECT num FROM docs)"));
  if (orphans != 0) {
    return Status::Corruption(path_ + ": " + std::to_string(orphans) + " records of missing documents");
  }
  MARSAD_ASSIGN_OR_RETURN(std::uint64_t both,
                          Count("SELECT count(*) FROM duplicates WHERE id IN (SELECT id FROM docs)"));
  if (both != 0) {
    return Status::Corruption(path_ + ": " + std::to_string(both) + " ids both stored and duplicates");
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Store>> OpenStore(const std::string& dir, const StoreOptions& options) {
  io::Env* env = io::Env::Default();
  if (env->FileExists(dir) && !env->IsDirectory(dir)) {
    return Status::InvalidArgument(dir + ": exists and is not a directory (a store is a directory)");
  }
  if (!env->IsDirectory(dir)) {
    if (!options.create_if_missing || options.read_only) {
      return Status::NotFound(dir + ": no store here (run marsad ingest first)");
    }
    Status s = env->CreateDirs(dir);
    if (!s.ok()) return s;
  }
  const std::string path = CatalogPath(dir);
  if (options.read_only && !env->FileExists(path)) {
    return Status::NotFound(dir + ": no store here (run marsad ingest first)");
  }
  sqlite3* db = nullptr;
  const int flags = (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::IOError(path + ": cannot open: " + msg);
  }
  auto store = std::make_unique<SqliteStore>(dir, db);
  MARSAD_RETURN_IF_ERROR(store->Init(options));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace marsad::store
