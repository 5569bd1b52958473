// The byte-level coding of marsad's NER files (the tagger model and the word clusters):
// little-endian fixed integers, varints, length-prefixed strings, and the sealed envelope
// every such file has — a zstd-compressed payload followed by a footer
// {raw size, crc32c of the compressed bytes, format version, magic}, as leveldb and tantivy
// end their files. docs/ner.md describes the layout.
#ifndef MARSAD_NER_CODEC_H_
#define MARSAD_NER_CODEC_H_

#include <cstdint>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"

namespace marsad::ner {

// Appends values to a byte string.
class ByteWriter {
 public:
  void PutU8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void PutFixed32(std::uint32_t v);
  void PutFixed64(std::uint64_t v);
  void PutFloat(float v);
  void PutVarint(std::uint64_t v);
  // A varint length, then the bytes.
  void PutString(std::string_view s);
  // Strictly increasing nonzero keys (word hashes of a table): their count, then the gaps.
  void PutSortedKeys(std::span<const std::uint32_t> keys);
  void PutBytes(std::string_view s) { out_.append(s); }

  const std::string& data() const { return out_; }
  std::string Release() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads values from a byte string, failing with Corruption (naming `what` and the offset)
// when the data runs out or a varint is malformed. Not thread-safe.
class ByteReader {
 public:
  ByteReader(std::string_view data, std::string_view what) : data_(data), what_(what) {}

  Status GetU8(std::uint8_t* v);
  Status GetFixed32(std::uint32_t* v);
  Status GetFixed64(std::uint64_t* v);
  Status GetFloat(float* v);
  Status GetVarint(std::uint64_t* v);
  Status GetVarint32(std::uint32_t* v);
  Status GetString(std::string_view* s);
  Status GetBytes(std::size_t n, std::string_view* s);
  // What PutSortedKeys wrote; Corruption naming `what` ("cluster keys") when the count does
  // not fit in the bytes left or the keys do not increase.
  Status GetSortedKeys(std::string_view what, std::vector<std::uint32_t>* keys);

  std::size_t remaining() const { return data_.size() - pos_; }
  std::size_t position() const { return pos_; }
  // Corruption("<what>: <message> at byte <offset>").
  Status Error(std::string_view message) const;

 private:
  std::string_view data_;
  std::string_view what_;
  std::size_t pos_ = 0;
};

// The 8-byte magic that names a file kind, e.g. "MRSDNER1".
using Magic = std::string_view;

// Compresses `payload` with zstd (level `level`) and appends the footer.
Result<std::string> SealFile(Magic magic, std::uint32_t version, std::string_view payload,
                             int level = 19);

// Checks the footer of `file` and returns the decompressed payload and its version.
// Errors name `path`: NotSupported for another kind of file or a version above
// `max_version`; Corruption for a bad checksum, a truncated file or a payload that does not
// decompress to the recorded size.
struct Unsealed {
  std::string payload;
  std::uint32_t version = 0;
};
Result<Unsealed> UnsealFile(std::string_view file, Magic magic, std::uint32_t max_version,
                            std::string_view path);

}  // namespace marsad::ner

#endif  // MARSAD_NER_CODEC_H_
