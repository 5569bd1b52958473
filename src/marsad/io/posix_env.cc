// Env::Default(): the POSIX filesystem.
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "marsad/io/env.h"

namespace marsad::io {
namespace {

Status PosixError(const std::string& path, int err) {
  std::string msg = path + ": " + std::strerror(err);
  if (err == ENOENT) return Status::NotFound(msg);
  return Status::IOError(msg);
}

class MappedFile final : public ReadOnlyFile {
 public:
  MappedFile(void* base, std::size_t size) : base_(base), size_(size) {}
  ~MappedFile() override {
    if (base_ != nullptr) munmap(base_, size_);
  }
  std::string_view data() const override {
    return size_ == 0 ? std::string_view() : std::string_view(static_cast<const char*>(base_), size_);
  }

 private:
  void* base_;
  std::size_t size_;
};

// A file read into anonymous memory: `size` bytes of content, then padding, in a mapping
// of `capacity` bytes.
class ReadBuffer final : public ReadOnlyFile {
 public:
  ReadBuffer(char* base, std::size_t capacity, std::size_t size)
      : base_(base), capacity_(capacity), size_(size) {}
  ~ReadBuffer() override { munmap(base_, capacity_); }
  std::string_view data() const override { return std::string_view(base_, size_); }

 private:
  char* base_;
  std::size_t capacity_;
  std::size_t size_;
};

constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Rounds up to whole pages (huge pages for large buffers, so that the kernel maps them in
// a few faults instead of one per 4 KiB).
std::size_t MappingSize(std::size_t bytes) {
  const std::size_t unit = bytes >= kHugePage ? kHugePage : 4096;
  return (bytes + unit - 1) / unit * unit;
}

char* MapAnonymous(std::size_t capacity) {
  void* p = ::mmap(nullptr, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  if (capacity >= kHugePage) ::madvise(p, capacity, MADV_HUGEPAGE);  // a hint
  return static_cast<char*>(p);
}

class PosixWritableFile final : public WritableFile {
 public:
  PosixWritableFile(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  ~PosixWritableFile() override {
    if (fd_ >= 0) ::close(fd_);
  }
  Status Append(std::string_view data) override {
    if (fd_ < 0) return Status::IOError(path_ + ": file is closed");
    while (!data.empty()) {
      ssize_t n = ::write(fd_, data.data(), data.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return PosixError(path_, errno);
      }
      data.remove_prefix(static_cast<std::size_t>(n));
    }
    return Status::Ok();
  }
  Status Sync() override {
    if (fd_ < 0) return Status::IOError(path_ + ": file is closed");
    if (::fdatasync(fd_) != 0) return PosixError(path_, errno);
    return Status::Ok();
  }
  Status Close() override {
    if (fd_ < 0) return Status::IOError(path_ + ": file is closed");
    Status s = Sync();
    if (::close(fd_) != 0 && s.ok()) s = PosixError(path_, errno);
    fd_ = -1;
    return s;
  }

 private:
  std::string path_;
  int fd_;
};

std::string DirOf(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Status TooLarge(const std::string& path, std::uint64_t max_bytes) {
  return Status::InvalidArgument(path + ": file is larger than the limit of " + std::to_string(max_bytes) +
                                 " bytes");
}

// Opens `path` for reading: its descriptor, with the size fstat gives in *size. A directory,
// or a file whose size is over `max_bytes`, is InvalidArgument (the descriptor closed).
Result<int> OpenForRead(const std::string& path, std::uint64_t max_bytes, std::uint64_t* size) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return PosixError(path, errno);
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return PosixError(path, err);
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status::InvalidArgument(path + ": is a directory");
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return TooLarge(path, max_bytes);
  }
  *size = static_cast<std::uint64_t>(st.st_size);
  return fd;
}

class PosixEnv final : public Env {
 public:
  Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) override {
    std::uint64_t size = 0;
    MARSAD_ASSIGN_OR_RETURN(const int fd, OpenForRead(path, max_bytes, &size));
    std::string out;
    out.resize(static_cast<std::size_t>(size));
    std::size_t got = 0;
    // Read until EOF: the size may change, and pipes or /proc files report 0.
    while (true) {
      if (got == out.size()) {
        if (out.size() >= max_bytes) {
          char probe;
          ssize_t n = ::read(fd, &probe, 1);
          if (n > 0) {
            ::close(fd);
            return TooLarge(path, max_bytes);
          }
          break;
        }
        out.resize(std::min<std::uint64_t>(max_bytes, std::max<std::size_t>(4096, out.size() * 2)));
      }
      ssize_t n = ::read(fd, out.data() + got, out.size() - got);
      if (n < 0) {
        if (errno == EINTR) continue;
        int err = errno;
        ::close(fd);
        return PosixError(path, err);
      }
      if (n == 0) break;
      got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    out.resize(got);
    return out;
  }

  Result<std::unique_ptr<ReadOnlyFile>> ReadFilePadded(const std::string& path, std::uint64_t max_bytes,
                                                       std::size_t padding) override {
    std::uint64_t size = 0;
    MARSAD_ASSIGN_OR_RETURN(const int fd, OpenForRead(path, max_bytes, &size));
    const auto too_large = [&] { return TooLarge(path, max_bytes); };
    // Room for the size fstat gave (plus the padding); grown when the file turns out longer
    // (pipes and /proc files report 0).
    std::size_t capacity = MappingSize(static_cast<std::size_t>(size) + padding + 1);
    char* base = MapAnonymous(capacity);
    if (base == nullptr) {
      ::close(fd);
      return PosixError(path, errno);
    }
    std::size_t got = 0;
    Status status;
    while (true) {
      if (got + padding == capacity) {
        if (got >= max_bytes) {
          char probe;
          if (::read(fd, &probe, 1) > 0) status = too_large();
          break;
        }
        const std::size_t want =
            MappingSize(std::min<std::uint64_t>(max_bytes, std::max<std::size_t>(4096, got * 2)) + padding);
        void* grown = ::mremap(base, capacity, want, MREMAP_MAYMOVE);
        if (grown == MAP_FAILED) {
          status = PosixError(path, errno);
          break;
        }
        base = static_cast<char*>(grown);
        capacity = want;
      }
      const std::size_t room = std::min<std::uint64_t>(capacity - padding - got, max_bytes + 1 - got);
      ssize_t n = ::read(fd, base + got, room);
      if (n < 0) {
        if (errno == EINTR) continue;
        status = PosixError(path, errno);
        break;
      }
      if (n == 0) break;
      got += static_cast<std::size_t>(n);
      if (got > max_bytes) {
        status = too_large();
        break;
      }
    }
    ::close(fd);
    if (!status.ok()) {
      ::munmap(base, capacity);
      return status;
    }
    std::memset(base + got, ' ', padding);
    return std::unique_ptr<ReadOnlyFile>(new ReadBuffer(base, capacity, got));
  }

  Result<std::unique_ptr<ReadOnlyFile>> OpenReadOnly(const std::string& path) override {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return PosixError(path, errno);
    struct stat st;
    if (::fstat(fd, &st) != 0) {
      int err = errno;
      ::close(fd);
      return PosixError(path, err);
    }
    std::size_t size = static_cast<std::size_t>(st.st_size);
    void* base = nullptr;
    if (size > 0) {
      base = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
      if (base == MAP_FAILED) {
        int err = errno;
        ::close(fd);
        return PosixError(path, err);
      }
    }
    ::close(fd);
    return std::unique_ptr<ReadOnlyFile>(new MappedFile(base, size));
  }

  Result<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) override {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return PosixError(path, errno);
    return std::unique_ptr<WritableFile>(new PosixWritableFile(path, fd));
  }

  Status WriteFileAtomic(const std::string& path, std::string_view data) override {
    std::string tmp = path + ".tmp";
    {
      auto f = NewWritableFile(tmp);
      if (!f.ok()) return f.status();
      Status s = (*f)->Append(data);
      if (s.ok()) s = (*f)->Close();
      if (!s.ok()) {
        ::unlink(tmp.c_str());
        return s;
      }
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
      int err = errno;
      ::unlink(tmp.c_str());
      return PosixError(path, err);
    }
    return SyncDir(DirOf(path));
  }

  bool FileExists(const std::string& path) override { return ::access(path.c_str(), F_OK) == 0; }

  bool IsDirectory(const std::string& path) override {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  }

  Result<std::uint64_t> FileSize(const std::string& path) override {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return PosixError(path, errno);
    return static_cast<std::uint64_t>(st.st_size);
  }

  Result<std::vector<std::string>> ListDir(const std::string& dir) override {
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) return PosixError(dir, errno);
    std::vector<std::string> names;
    while (struct dirent* e = ::readdir(d)) {
      std::string_view n = e->d_name;
      if (n == "." || n == "..") continue;
      names.emplace_back(n);
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    return names;
  }

  Status CreateDirs(const std::string& dir) override {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Status::IOError(dir + ": " + ec.message());
    return Status::Ok();
  }

  Status RemoveFile(const std::string& path) override {
    if (::unlink(path.c_str()) != 0) return PosixError(path, errno);
    return Status::Ok();
  }

  Status RenameFile(const std::string& from, const std::string& to) override {
    if (::rename(from.c_str(), to.c_str()) != 0) return PosixError(from, errno);
    return Status::Ok();
  }

  Status SyncDir(const std::string& dir) override {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return PosixError(dir, errno);
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    if (rc != 0) return PosixError(dir, err);
    return Status::Ok();
  }
};

}  // namespace

Env* Env::Default() {
  static PosixEnv* const env = new PosixEnv();  // never deleted, like leveldb's
  return env;
}

}  // namespace marsad::io
