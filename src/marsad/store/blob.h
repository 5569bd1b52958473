// Compressed blobs of the store: a one-byte codec tag then the payload. Tag 1 is a zstd
// frame with its content checksum, so a damaged blob is detected when it is read; tag 3
// the same compressed with a trained dictionary the store keeps (docs/formats/store.md).
#ifndef MARSAD_STORE_BLOB_H_
#define MARSAD_STORE_BLOB_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"

namespace marsad::store {

// DO NOT CHANGE THESE VALUES: stored (docs/formats/store.md).
enum class BlobCodec : std::uint8_t {
  kEmpty = 0,
  kZstd = 1,          // a zstd frame with its content checksum
  kZstdPrefixed = 2,  // the same, compressed with another blob's content as zstd prefix
  kZstdDictionary = 3,  // the dictionary's id (fixed32), then a zstd frame made with it
};

// A zstd dictionary trained on stored texts. News texts are short (a few KB): with a
// dictionary of their common phrases each frame starts with a history, which makes the
// blobs smaller and compressing them faster (docs/search.md, session 21). Immutable once
// made; safe to share between threads.
class BlobDictionary {
 public:
  // The dictionary of at most `max_bytes` trained on `samples`; nullptr when zstd cannot
  // train one on them (too few or too small samples). Deterministic for given samples.
  static std::shared_ptr<const BlobDictionary> Train(const std::vector<std::string_view>& samples,
                                                     std::size_t max_bytes = 64 * 1024);
  // A dictionary from its bytes (as bytes() gave them); Corruption when they are not a
  // zstd dictionary.
  static Result<std::shared_ptr<const BlobDictionary>> Load(std::string bytes);

  ~BlobDictionary();
  BlobDictionary(const BlobDictionary&) = delete;
  BlobDictionary& operator=(const BlobDictionary&) = delete;

  // The id zstd gave it (never 0): blobs of codec 3 name their dictionary by it.
  std::uint32_t id() const { return id_; }
  const std::string& bytes() const { return bytes_; }

 private:
  struct Contexts;
  BlobDictionary(std::string bytes, std::uint32_t id, std::unique_ptr<Contexts> contexts);
  friend std::string CompressBlob(std::string_view, std::string_view, const BlobDictionary*);
  friend Result<std::string> DecompressBlob(std::string_view, std::uint64_t, std::string_view,
                                            const BlobDictionary*);

  std::string bytes_;
  std::uint32_t id_;
  std::unique_ptr<Contexts> contexts_;  // the digested dictionary, for each direction
};

// Compresses `data` (zstd level 1, checksummed). Empty input gives an empty blob. With a
// non-empty `prefix`, zstd may refer back into it (the raw input of a document repeats its
// text, so the raw blob costs little; level -1 then); the same prefix is then needed to
// decompress.
// Otherwise, with a `dictionary`, the blob is of codec 3 and needs that dictionary.
// Thread-safe (one compression context per thread).
std::string CompressBlob(std::string_view data, std::string_view prefix = {},
                         const BlobDictionary* dictionary = nullptr);

// The id of the dictionary a blob of codec 3 was made with; nullopt for other blobs.
std::optional<std::uint32_t> BlobDictionaryId(std::string_view blob);

// Decompresses a CompressBlob result (given the same prefix, and for codec 3 the
// dictionary BlobDictionaryId names); Corruption when the tag, frame, checksum or the
// decompressed length (`expected_len`) is wrong, or when the dictionary is missing or not
// the one the blob names.
Result<std::string> DecompressBlob(std::string_view blob, std::uint64_t expected_len,
                                   std::string_view prefix = {}, const BlobDictionary* dictionary = nullptr);

}  // namespace marsad::store

#endif  // MARSAD_STORE_BLOB_H_
