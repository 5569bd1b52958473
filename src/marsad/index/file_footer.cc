// File footer; see file_footer.h.
#include "marsad/index/file_footer.h"

#include "marsad/base/crc32c.h"
#include "marsad/base/byte_coding.h"

namespace marsad::index {

using base::DecodeFixed32;
using base::DecodeFixed64;
using base::PutFixed32;
using base::PutFixed64;

void AppendFooter(FileKind kind, std::uint32_t version, std::string* file,
                  std::uint32_t crc_of_earlier_bytes) {
  PutFixed64(file, static_cast<std::uint64_t>(kind));
  PutFixed32(file, version);
  PutFixed32(file, base::Crc32c(*file, crc_of_earlier_bytes));
}

Result<std::string_view> CheckFooter(std::string_view file, FileKind kind, std::uint32_t version,
                                     const std::string& path) {
  if (file.size() < kFooterSize) {
    return Status::Corruption(path + ": file is too short to hold a footer (" +
                              std::to_string(file.size()) + " bytes)");
  }
  const char* f = file.data() + file.size() - kFooterSize;
  if (DecodeFixed64(f) != static_cast<std::uint64_t>(kind)) {
    return Status::Corruption(path + ": not a marsad index file of the expected kind (bad magic)");
  }
  const std::uint32_t got_version = DecodeFixed32(f + 8);
  const std::uint32_t stored_crc = DecodeFixed32(f + 12);
  if (base::Crc32c(file.substr(0, file.size() - 4)) != stored_crc) {
    return Status::Corruption(path + ": checksum mismatch (the file is damaged)");
  }
  if (got_version != version) {
    return Status::NotSupported(path + ": format version " + std::to_string(got_version) +
                                " is not supported (this build reads version " +
                                std::to_string(version) + ")");
  }
  return file.substr(0, file.size() - kFooterSize);
}

}  // namespace marsad::index
