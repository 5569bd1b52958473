// The footer every index file ends with: {magic, format version, crc32c of everything
// before the crc} (docs/formats/index.md, "Footer"). Opening a file checks all three.
#ifndef MARSAD_INDEX_FILE_FOOTER_H_
#define MARSAD_INDEX_FILE_FOOTER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/base/result.h"

namespace marsad::index {

// File kinds, one magic number each. DO NOT CHANGE: stored in files.
enum class FileKind : std::uint64_t {
  kSegment = 0x31474553'4453524DULL,   // "MRSDSEG1"
  kManifest = 0x31464E4D'4453524DULL,  // "MRSDMNF1"
  kDeletes = 0x314C4544'4453524DULL,   // "MRSDDEL1"
};

inline constexpr std::size_t kFooterSize = 16;  // magic u64, version u32, crc32c u32

// Appends the footer for `kind`/`version` to `*file` (whose bytes so far are covered).
// A file written in pieces passes the CRC-32C of the bytes already written before `*file`
// (FileSink), so `*file` holds only the rest.
void AppendFooter(FileKind kind, std::uint32_t version, std::string* file,
                  std::uint32_t crc_of_earlier_bytes = 0);

// Checks the footer of `file` (named `path` in errors) and returns the bytes before it.
// Corruption when the file is too short, has another magic or a bad checksum;
// NotSupported when its version is not `version`.
Result<std::string_view> CheckFooter(std::string_view file, FileKind kind, std::uint32_t version,
                                     const std::string& path);

}  // namespace marsad::index

#endif  // MARSAD_INDEX_FILE_FOOTER_H_
