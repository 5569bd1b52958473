// ReadZip; see zip_reader.h.
#include "marsad/ingest/zip_reader.h"

#include <zip.h>

#include <memory>

namespace marsad::ingest {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

std::string UnsafeEntryReason(std::string_view name) {
  if (name.empty()) return "empty entry name";
  if (name.front() == '/' || name.front() == '\\') return "absolute path";
  if (name.size() >= 2 && name[1] == ':') return "absolute path (drive letter)";
  if (name.find('\0') != std::string_view::npos) return "NUL byte in the name";
  // Components separated by / or \ must not be "..".
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return "'..' component escapes the archive";
    start = end + 1;
  }
  return {};
}

Status ReadZip(std::string_view data, const ZipLimits& limits,
               const std::function<void(std::string_view, std::string)>& on_entry,
               const std::function<void(std::string_view, std::string_view)>& on_error) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(data.data(), data.size(), 0, &error);
  if (src == nullptr) {
    std::string msg = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Status::InvalidArgument("not a readable zip archive: " + msg);
  }
  std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(src, ZIP_RDONLY, &error));
  if (archive == nullptr) {
    zip_source_free(src);
    std::string msg = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Status::InvalidArgument("not a readable zip archive: " + msg);
  }
  zip_error_fini(&error);

  const zip_int64_t n = zip_get_num_entries(archive.get(), 0);
  if (n < 0) return Status::InvalidArgument("not a readable zip archive");
  if (static_cast<std::uint64_t>(n) > limits.max_entries) {
    return Status::Aborted("archive has " + std::to_string(n) + " entries, more than the limit of " +
                           std::to_string(limits.max_entries));
  }
  std::uint64_t total = 0;
  std::string buf;
  for (zip_int64_t i = 0; i < n; ++i) {
    const auto index = static_cast<zip_uint64_t>(i);
    const char* raw_name = zip_get_name(archive.get(), index, ZIP_FL_ENC_GUESS);
    const std::string name = raw_name == nullptr ? std::string() : raw_name;
    if (!name.empty() && (name.back() == '/' || name.back() == '\\')) continue;  // a directory
    if (std::string why = UnsafeEntryReason(name); !why.empty()) {
      on_error(name, "refused archive entry: " + why);
      continue;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive.get(), index, 0, &st) != 0) {
      on_error(name, "unreadable archive entry");
      continue;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE) {
      on_error(name, "encrypted archive entry");
      continue;
    }
    std::unique_ptr<zip_file_t, FileCloser> f(zip_fopen_index(archive.get(), index, 0));
    if (f == nullptr) {
      on_error(name, std::string("unreadable archive entry: ") + zip_strerror(archive.get()));
      continue;
    }
    std::string bytes;
    // The declared size is a hint only: the caps are checked on the bytes actually read.
    if ((st.valid & ZIP_STAT_SIZE) != 0 && st.size <= limits.max_entry_bytes) {
      bytes.reserve(static_cast<std::size_t>(st.size));
    }
    buf.resize(1 << 16);
    bool failed = false;
    while (true) {
      const zip_int64_t got = zip_fread(f.get(), buf.data(), buf.size());
      if (got < 0) {
        on_error(name, std::string("damaged archive entry: ") + zip_file_strerror(f.get()));
        failed = true;
        break;
      }
      if (got == 0) break;
      total += static_cast<std::uint64_t>(got);
      if (bytes.size() + static_cast<std::size_t>(got) > limits.max_entry_bytes ||
          total > limits.max_total_bytes) {
        return Status::Aborted("archive expands beyond the limit of " +
                               std::to_string(bytes.size() + static_cast<std::size_t>(got) >
                                                      limits.max_entry_bytes
                                                  ? limits.max_entry_bytes
                                                  : limits.max_total_bytes) +
                               " bytes at entry " + name + " (zip bomb?); stopped reading it");
      }
      bytes.append(buf.data(), static_cast<std::size_t>(got));
    }
    if (!failed) on_entry(name, std::move(bytes));
  }
  return Status::Ok();
}

}  // namespace marsad::ingest
