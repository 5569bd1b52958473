// Byte coding helpers of the index formats: little-endian fixed-width integers and LEB128
// varints (docs/formats/index.md). Readers check bounds and report truncation.
#ifndef MARSAD_INDEX_CODING_H_
#define MARSAD_INDEX_CODING_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace marsad::index {

inline void PutFixed32(std::string* out, std::uint32_t v) {
  char b[4];
  for (int i = 0; i < 4; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
  out->append(b, 4);
}

inline void PutFixed64(std::string* out, std::uint64_t v) {
  char b[8];
  for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
  out->append(b, 8);
}

inline std::uint32_t DecodeFixed32(const char* p) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

inline std::uint64_t DecodeFixed64(const char* p) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

// Writes v as a varint at out, which has room for 10 bytes; returns the bytes written.
inline std::size_t EncodeVarint(std::uint64_t v, char* out) {
  std::size_t n = 0;
  while (v >= 0x80) {
    out[n++] = static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out[n++] = static_cast<char>(v);
  return n;
}

inline void PutVarint(std::string* out, std::uint64_t v) {
  char b[10];
  out->append(b, EncodeVarint(v, b));
}

// Appends `s` preceded by its length as a varint.
inline void PutLengthPrefixed(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

// A cursor over encoded bytes. Every Get* returns false (and sets failed()) on truncation
// or overflow instead of reading past the end.
class Decoder {
 public:
  Decoder() = default;
  explicit Decoder(std::string_view data) : p_(data.data()), end_(data.data() + data.size()) {}

  bool GetVarint(std::uint64_t* v) {
    std::uint64_t r = 0;
    for (int shift = 0; shift <= 63 && p_ < end_; shift += 7) {
      const auto byte = static_cast<unsigned char>(*p_++);
      r |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) {
        *v = r;
        return true;
      }
    }
    failed_ = true;
    return false;
  }
  bool GetVarint32(std::uint32_t* v) {
    std::uint64_t w = 0;
    if (!GetVarint(&w) || w > 0xFFFFFFFFULL) {
      failed_ = true;
      return false;
    }
    *v = static_cast<std::uint32_t>(w);
    return true;
  }
  bool GetFixed32(std::uint32_t* v) {
    if (end_ - p_ < 4) return Fail();
    *v = DecodeFixed32(p_);
    p_ += 4;
    return true;
  }
  bool GetFixed64(std::uint64_t* v) {
    if (end_ - p_ < 8) return Fail();
    *v = DecodeFixed64(p_);
    p_ += 8;
    return true;
  }
  bool GetByte(std::uint8_t* v) {
    if (p_ >= end_) return Fail();
    *v = static_cast<std::uint8_t>(*p_++);
    return true;
  }
  bool GetBytes(std::size_t n, std::string_view* out) {
    if (static_cast<std::size_t>(end_ - p_) < n) return Fail();
    *out = std::string_view(p_, n);
    p_ += n;
    return true;
  }
  bool GetLengthPrefixed(std::string_view* out) {
    std::uint64_t n = 0;
    return GetVarint(&n) && GetBytes(static_cast<std::size_t>(n), out);
  }
  bool Skip(std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) < n) return Fail();
    p_ += n;
    return true;
  }

  const char* pos() const { return p_; }
  std::size_t remaining() const { return static_cast<std::size_t>(end_ - p_); }
  bool empty() const { return p_ >= end_; }
  bool failed() const { return failed_; }

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }
  const char* p_ = nullptr;
  const char* end_ = nullptr;
  bool failed_ = false;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_CODING_H_
