// The byte coding of marsad's stored records and state files (docs/formats/): LEB128
// varints, zig-zag signed values, little-endian fixed integers and floats, and
// length-prefixed strings, with a reader that checks every bound. One coding, so the store,
// index, entities, stories and translit formats agree on what a varint is. (The NER model
// files keep their own reader, which reports Status with byte offsets; the index's posting
// blocks are bit-packed by bitpack.h.)
#ifndef MARSAD_BASE_BYTE_CODING_H_
#define MARSAD_BASE_BYTE_CODING_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace marsad::base {

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

// Zig-zag: small magnitudes of either sign take few bytes.
inline void PutSigned(std::string* out, std::int64_t v) {
  PutVarint(out, (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

inline void PutFixed16(std::string* out, std::uint16_t v) {
  const char b[2] = {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
  out->append(b, 2);
}

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

// IEEE 754 single precision, little endian.
inline void PutFloat(std::string* out, float v) { PutFixed32(out, std::bit_cast<std::uint32_t>(v)); }

// A varint length, then the bytes.
inline void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

inline std::uint32_t DecodeFixed32(const char* data) {
  const auto* p = reinterpret_cast<const unsigned char*>(data);
  return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
}

inline std::uint64_t DecodeFixed64(const char* data) {
  return std::uint64_t{DecodeFixed32(data)} | std::uint64_t{DecodeFixed32(data + 4)} << 32;
}

// Writes what PutVarint and push_back would, through a local buffer appended to *out every
// ~250 bytes and on Flush or destruction: no call and no growth check per byte, for long
// lists of small numbers. Nothing else may write to *out while it holds bytes.
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

// Reads what the Put functions wrote. A read past the end, a varint longer than 64 bits or
// a value that does not fit fails, and every later read fails too (the reader empties), so
// callers may check ok() once after a group of reads; a corrupt record is detected, never
// read past.
class ByteReader {
 public:
  ByteReader() = default;
  explicit ByteReader(std::string_view in) : p_(in.data()), end_(in.data() + in.size()) {}

  bool Varint(std::uint64_t* v) {
    std::uint64_t result = 0;
    for (int shift = 0; shift <= 63 && p_ < end_; shift += 7) {
      const auto b = static_cast<unsigned char>(*p_++);
      result |= std::uint64_t{b & 0x7Fu} << shift;
      if ((b & 0x80) == 0) {
        *v = result;
        return true;
      }
    }
    return Fail();
  }
  bool Varint32(std::uint32_t* v) { return VarintAs(v); }
  // A varint into a narrower unsigned type; fails when the value does not fit. (Checked
  // before *v is written: the query path reads list headers into cursor fields.)
  template <typename T>
  bool VarintAs(T* v) {
    static_assert(std::is_unsigned_v<T>);
    std::uint64_t x = 0;
    if (!Varint(&x) || x > std::numeric_limits<T>::max()) return Fail();
    *v = static_cast<T>(x);
    return true;
  }
  bool Signed(std::int64_t* v) {
    std::uint64_t x = 0;
    if (!Varint(&x)) return false;
    *v = static_cast<std::int64_t>(x >> 1) ^ -static_cast<std::int64_t>(x & 1);
    return true;
  }
  bool Byte(std::uint8_t* b) {
    if (p_ >= end_) return Fail();
    *b = static_cast<std::uint8_t>(*p_++);
    return true;
  }
  bool Fixed16(std::uint16_t* v) {
    if (left() < 2) return Fail();
    const auto* p = reinterpret_cast<const unsigned char*>(p_);
    *v = static_cast<std::uint16_t>(p[0] | (p[1] << 8));
    p_ += 2;
    return true;
  }
  bool Fixed32(std::uint32_t* v) {
    if (left() < 4) return Fail();
    *v = DecodeFixed32(p_);
    p_ += 4;
    return true;
  }
  bool Fixed64(std::uint64_t* v) {
    if (left() < 8) return Fail();
    *v = DecodeFixed64(p_);
    p_ += 8;
    return true;
  }
  bool Float(float* v) {
    std::uint32_t x = 0;
    if (!Fixed32(&x)) return false;
    *v = std::bit_cast<float>(x);
    return true;
  }
  // The next `n` bytes as they are.
  bool Bytes(std::size_t n, std::string_view* s) {
    if (n > left()) return Fail();
    *s = std::string_view(p_, n);
    p_ += n;
    return true;
  }
  // A length-prefixed string, as a view into the input or as a copy.
  bool StringView(std::string_view* s) {
    std::uint64_t n = 0;
    if (!Varint(&n)) return false;
    if (n > left()) return Fail();
    return Bytes(static_cast<std::size_t>(n), s);
  }
  bool String(std::string* s) {
    std::string_view v;
    if (!StringView(&v)) return false;
    s->assign(v);
    return true;
  }
  // A count of items that take at least `min_bytes` each: fails when they cannot fit in
  // the bytes left, so a corrupt count never makes the caller reserve gigabytes.
  bool Count(std::uint32_t* n, std::size_t min_bytes = 1) {
    if (!Varint32(n)) return false;
    if (min_bytes > 0 && *n > left() / min_bytes) return Fail();
    return true;
  }

  bool done() const { return p_ >= end_; }
  bool ok() const { return ok_; }
  std::size_t left() const { return static_cast<std::size_t>(end_ - p_); }
  // Where the next read starts (a list's blocks follow its header).
  const char* data() const { return p_; }

 private:
  bool Fail() {
    ok_ = false;
    p_ = end_;
    return false;
  }
  const char* p_ = nullptr;
  const char* end_ = nullptr;
  bool ok_ = true;
};

}  // namespace marsad::base

#endif  // MARSAD_BASE_BYTE_CODING_H_
