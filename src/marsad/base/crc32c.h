// CRC-32C (Castagnoli), as in iSCSI, ext4 and leveldb: the checksum every marsad file and
// record format carries (index segments, the entity table, story state, the NER and
// transliteration models). One implementation for all of them; Debian 12 packages no
// CRC-32C library (zlib's crc32 is another polynomial).
#ifndef MARSAD_BASE_CRC32C_H_
#define MARSAD_BASE_CRC32C_H_

#include <cstdint>
#include <string_view>

namespace marsad::base {

// The CRC-32C of `data`; pass the CRC of the bytes before it to extend it
// (Crc32c(b, Crc32c(a)) == Crc32c(a + b)). Uses SSE4.2's crc32 instruction where the CPU has
// it. Thread-safe.
std::uint32_t Crc32c(std::string_view data, std::uint32_t crc = 0);

namespace internal {
// The table-driven (slicing-by-8) CRC-32C that Crc32c uses without SSE4.2 (tests compare the
// two).
std::uint32_t Crc32cPortable(std::string_view data, std::uint32_t crc = 0);
}  // namespace internal

}  // namespace marsad::base

#endif  // MARSAD_BASE_CRC32C_H_
