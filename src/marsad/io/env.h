// Env: the filesystem seam (leveldb's Env). The store and the index take an Env& so tests
// can run on MemEnv or inject faults; production code uses Env::Default() (POSIX).
#ifndef MARSAD_IO_ENV_H_
#define MARSAD_IO_ENV_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/base/status.h"

namespace marsad::io {

// A file read into memory or mapped; the bytes stay valid while the object lives.
class ReadOnlyFile {
 public:
  virtual ~ReadOnlyFile() = default;
  virtual std::string_view data() const = 0;
};

// A file written sequentially. Close() makes the data durable (fsync).
class WritableFile {
 public:
  virtual ~WritableFile() = default;
  virtual Status Append(std::string_view data) = 0;
  virtual Status Sync() = 0;   // flush and fsync
  virtual Status Close() = 0;  // Sync() then close; further calls fail
};

// Implementations are thread-safe.
class Env {
 public:
  virtual ~Env() = default;

  // The POSIX filesystem. Never deleted.
  static Env* Default();

  // Reads the whole file. IOError naming the path when it cannot be read;
  // InvalidArgument when it is larger than `max_bytes`.
  virtual Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) = 0;
  // Reads the whole file into memory followed by `padding` readable bytes (spaces) after
  // data().end(), for parsers that read past the end (simdjson). The POSIX version reads
  // into fresh anonymous memory (huge pages when large): no zero-filling, no copy. Errors
  // as ReadFile.
  virtual Result<std::unique_ptr<ReadOnlyFile>> ReadFilePadded(const std::string& path,
                                                               std::uint64_t max_bytes,
                                                               std::size_t padding) = 0;
  // Maps (or reads) the whole file for random access.
  virtual Result<std::unique_ptr<ReadOnlyFile>> OpenReadOnly(const std::string& path) = 0;
  // Creates or truncates `path` for writing.
  virtual Result<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) = 0;
  // Writes `data` to a temporary file beside `path`, fsyncs it, renames it over `path`
  // and fsyncs the directory: readers see the old or the new content, never a mix.
  virtual Status WriteFileAtomic(const std::string& path, std::string_view data) = 0;

  virtual bool FileExists(const std::string& path) = 0;
  virtual bool IsDirectory(const std::string& path) = 0;
  virtual Result<std::uint64_t> FileSize(const std::string& path) = 0;
  // Names (not paths) of the entries of a directory, sorted.
  virtual Result<std::vector<std::string>> ListDir(const std::string& dir) = 0;
  virtual Status CreateDirs(const std::string& dir) = 0;
  virtual Status RemoveFile(const std::string& path) = 0;
  virtual Status RenameFile(const std::string& from, const std::string& to) = 0;
  // Makes renames and creations in `dir` durable.
  virtual Status SyncDir(const std::string& dir) = 0;
};

// An in-memory filesystem for tests. Paths are plain strings; directories are implied.
std::unique_ptr<Env> NewMemEnv();

}  // namespace marsad::io

#endif  // MARSAD_IO_ENV_H_
