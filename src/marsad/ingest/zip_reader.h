// Reading the entries of a .zip archive with libzip, safely: entries with absolute paths or
// '..' components are refused, and the total uncompressed size is capped as it is read
// (the sizes an archive declares are not trusted), so a zip bomb stops at the cap.
#ifndef MARSAD_INGEST_ZIP_READER_H_
#define MARSAD_INGEST_ZIP_READER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "marsad/base/status.h"

namespace marsad::ingest {

struct ZipLimits {
  std::uint64_t max_total_bytes = std::uint64_t{2} << 30;  // all entries together: 2 GiB
  std::uint64_t max_entry_bytes = std::uint64_t{1} << 30;  // one entry: 1 GiB
  std::uint64_t max_entries = 1'000'000;
};

// Why an entry name is unsafe ("absolute path", "'..' component", ...), or empty when safe.
std::string UnsafeEntryReason(std::string_view name);

// Calls on_entry(name, bytes) for each file entry of the archive `data`, in archive order,
// and on_error(name, message) for each entry refused (unsafe name, encrypted, unreadable).
// Returns InvalidArgument when `data` is not a readable zip archive, and Aborted when the
// limits are reached (after the entries read before that). Thread-safe.
Status ReadZip(std::string_view data, const ZipLimits& limits,
               const std::function<void(std::string_view name, std::string bytes)>& on_entry,
               const std::function<void(std::string_view name, std::string_view error)>& on_error);

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_ZIP_READER_H_
