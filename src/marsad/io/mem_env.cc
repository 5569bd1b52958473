// NewMemEnv(): an in-memory filesystem for tests.
#include <map>
#include <mutex>

#include "marsad/io/env.h"

namespace marsad::io {
namespace {

class MemFile final : public ReadOnlyFile {
 public:
  // `padding` bytes of the string are readable after data() but not part of it.
  explicit MemFile(std::string data, std::size_t padding = 0)
      : data_(std::move(data)), padding_(padding) {}
  std::string_view data() const override { return std::string_view(data_).substr(0, data_.size() - padding_); }

 private:
  std::string data_;
  std::size_t padding_;
};

class MemEnv final : public Env {
 public:
  class Writer final : public WritableFile {
   public:
    Writer(MemEnv* env, std::string path) : env_(env), path_(std::move(path)) {}
    Status Append(std::string_view data) override {
      if (closed_) return Status::IOError(path_ + ": file is closed");
      std::lock_guard<std::mutex> lock(env_->mu_);
      env_->files_[path_].append(data);
      return Status::Ok();
    }
    Status Sync() override { return closed_ ? Status::IOError(path_ + ": file is closed") : Status::Ok(); }
    Status Close() override {
      if (closed_) return Status::IOError(path_ + ": file is closed");
      closed_ = true;
      return Status::Ok();
    }

   private:
    MemEnv* env_;
    std::string path_;
    bool closed_ = false;
  };

  Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(path);
    if (it == files_.end()) return Status::NotFound(path + ": No such file or directory");
    if (it->second.size() > max_bytes) {
      return Status::InvalidArgument(path + ": file is larger than the limit of " +
                                     std::to_string(max_bytes) + " bytes");
    }
    return it->second;
  }
  Result<std::unique_ptr<ReadOnlyFile>> ReadFilePadded(const std::string& path, std::uint64_t max_bytes,
                                                       std::size_t padding) override {
    MARSAD_ASSIGN_OR_RETURN(std::string data, ReadFile(path, max_bytes));
    data.append(padding, ' ');
    return std::unique_ptr<ReadOnlyFile>(new MemFile(std::move(data), padding));
  }
  Result<std::unique_ptr<ReadOnlyFile>> OpenReadOnly(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(path);
    if (it == files_.end()) return Status::NotFound(path + ": No such file or directory");
    return std::unique_ptr<ReadOnlyFile>(new MemFile(it->second));
  }
  Result<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    files_[path].clear();
    return std::unique_ptr<WritableFile>(new Writer(this, path));
  }
  Status WriteFileAtomic(const std::string& path, std::string_view data) override {
    std::lock_guard<std::mutex> lock(mu_);
    files_[path] = std::string(data);
    return Status::Ok();
  }
  bool FileExists(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    return files_.count(path) > 0 || IsDirLocked(path);
  }
  bool IsDirectory(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    return IsDirLocked(path);
  }
  Result<std::uint64_t> FileSize(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(path);
    if (it == files_.end()) return Status::NotFound(path + ": No such file or directory");
    return static_cast<std::uint64_t>(it->second.size());
  }
  Result<std::vector<std::string>> ListDir(const std::string& dir) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::string prefix = dir + "/";
    std::vector<std::string> names;
    for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
      if (it->first.compare(0, prefix.size(), prefix) != 0) break;
      std::string rest = it->first.substr(prefix.size());
      std::string name = rest.substr(0, rest.find('/'));
      if (names.empty() || names.back() != name) names.push_back(name);
    }
    if (names.empty() && dirs_.count(dir) == 0) {
      return Status::NotFound(dir + ": No such file or directory");
    }
    return names;
  }
  Status CreateDirs(const std::string& dir) override {
    std::lock_guard<std::mutex> lock(mu_);
    dirs_[dir] = true;
    return Status::Ok();
  }
  Status RemoveFile(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (files_.erase(path) == 0) return Status::NotFound(path + ": No such file or directory");
    return Status::Ok();
  }
  Status RenameFile(const std::string& from, const std::string& to) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(from);
    if (it == files_.end()) return Status::NotFound(from + ": No such file or directory");
    files_[to] = std::move(it->second);
    files_.erase(from);
    return Status::Ok();
  }
  Status SyncDir(const std::string&) override { return Status::Ok(); }

 private:
  bool IsDirLocked(const std::string& path) const {
    if (dirs_.count(path) > 0) return true;
    std::string prefix = path + "/";
    auto it = files_.lower_bound(prefix);
    return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
  }

  std::mutex mu_;
  std::map<std::string, std::string> files_;
  std::map<std::string, bool> dirs_;
};

}  // namespace

std::unique_ptr<Env> NewMemEnv() { return std::make_unique<MemEnv>(); }

}  // namespace marsad::io
