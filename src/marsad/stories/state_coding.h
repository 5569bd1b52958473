// Byte coding for the stories state (docs/formats/stories.md): LEB128 varints, zig-zag
// signed values, floats, length-prefixed strings, a bounds-checked reader, and CRC-32C.
#ifndef MARSAD_STORIES_STATE_CODING_H_
#define MARSAD_STORIES_STATE_CODING_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::stories {

void PutVarint(std::string* out, std::uint64_t v);
void PutSigned(std::string* out, std::int64_t v);  // zig-zag
void PutFloat(std::string* out, float v);          // IEEE 754, little endian
void PutString(std::string* out, std::string_view s);
void PutFixed32(std::string* out, std::uint32_t v);  // little endian

// Reads what the Put functions wrote. A read past the end fails, and every later read
// fails too, so callers may check ok() once after a group of reads.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool Varint(std::uint64_t* v);
  bool Varint32(std::uint32_t* v);  // fails when the value does not fit in 32 bits
  bool Signed(std::int64_t* v);
  bool Float(float* v);
  bool String(std::string* s);
  bool Fixed32(std::uint32_t* v);
  // A count of items that take at least `min_bytes` each: fails when they cannot fit in
  // the bytes left, so a corrupt count never makes the caller reserve gigabytes.
  bool Count(std::uint32_t* n, std::size_t min_bytes = 1);
  bool done() const { return in_.empty(); }
  bool ok() const { return ok_; }
  std::size_t left() const { return in_.size(); }

 private:
  bool Fail() {
    ok_ = false;
    in_ = {};
    return false;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_STATE_CODING_H_
