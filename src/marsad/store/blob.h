// Compressed blobs of the store: a one-byte codec tag then the payload. Tag 1 is a zstd
// frame with its content checksum, so a damaged blob is detected when it is read.
#ifndef MARSAD_STORE_BLOB_H_
#define MARSAD_STORE_BLOB_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/base/result.h"

namespace marsad::store {

// DO NOT CHANGE THESE VALUES: stored (docs/formats/store.md).
enum class BlobCodec : std::uint8_t {
  kEmpty = 0,
  kZstd = 1,          // a zstd frame with its content checksum
  kZstdPrefixed = 2,  // the same, compressed with another blob's content as zstd prefix
};

// Compresses `data` (zstd level 1, checksummed). Empty input gives an empty blob. With a
// non-empty `prefix`, zstd may refer back into it (the raw input of a document repeats its
// text, so the raw blob costs little); the same prefix is then needed to decompress.
// Thread-safe (one compression context per thread).
std::string CompressBlob(std::string_view data, std::string_view prefix = {});

// Decompresses a CompressBlob result (given the same prefix); Corruption when the tag,
// frame, checksum or the decompressed length (`expected_len`) is wrong.
Result<std::string> DecompressBlob(std::string_view blob, std::uint64_t expected_len,
                                   std::string_view prefix = {});

}  // namespace marsad::store

#endif  // MARSAD_STORE_BLOB_H_
