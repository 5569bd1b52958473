// Byte coding for the entities formats (docs/formats/entities.md): LEB128 varints,
// length-prefixed strings, a bounds-checked reader, and CRC-32C (Castagnoli) checksums.
#ifndef MARSAD_ENTITIES_CODING_H_
#define MARSAD_ENTITIES_CODING_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::entities {

void PutVarint(std::string* out, std::uint64_t v);
// Zig-zag encoded signed value.
void PutSigned(std::string* out, std::int64_t v);
void PutString(std::string* out, std::string_view s);
void PutFixed32(std::string* out, std::uint32_t v);  // little endian

// Writes what PutVarint and push_back would, through a local buffer appended to *out every
// ~250 bytes and on Flush or destruction: no call and no growth check per byte, for the
// lists of small numbers the deltas and mention records are made of. Nothing else may write
// to *out while it holds bytes.
class VarintWriter {
 public:
  explicit VarintWriter(std::string* out) : out_(out) {}
  VarintWriter(const VarintWriter&) = delete;
  VarintWriter& operator=(const VarintWriter&) = delete;
  ~VarintWriter() { Flush(); }
  void Varint(std::uint64_t v) {
    if (n_ > sizeof(buf_) - 10) Flush();  // a varint takes at most 10 bytes
    while (v >= 0x80) {
      buf_[n_++] = static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    buf_[n_++] = static_cast<char>(v);
  }
  void Byte(char c) {
    if (n_ == sizeof(buf_)) Flush();
    buf_[n_++] = c;
  }
  void Flush() {
    out_->append(buf_, n_);
    n_ = 0;
  }

 private:
  std::string* out_;
  std::size_t n_ = 0;
  char buf_[256];
};

// Reads what the Put functions wrote. Every read fails (returns false, and keeps failing)
// instead of reading past the end.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool Varint(std::uint64_t* v);
  bool Varint32(std::uint32_t* v);  // fails when the value does not fit
  bool Signed(std::int64_t* v);
  bool String(std::string* s);
  bool Byte(std::uint8_t* b);
  // Reads a count of items that each take at least one byte: fails when it exceeds the
  // bytes left, so a corrupt count cannot make the caller reserve gigabytes.
  bool Count(std::uint32_t* n);
  bool done() const { return in_.empty(); }
  bool ok() const { return ok_; }

 private:
  bool Fail() {
    ok_ = false;
    in_ = {};
    return false;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_CODING_H_
