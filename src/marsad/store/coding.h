// Byte coding helpers for the typed record codecs: little-endian fixed integers, LEB128
// varints and length-prefixed strings (leveldb util/coding.h), with a bounds-checked reader.
#ifndef MARSAD_STORE_CODING_H_
#define MARSAD_STORE_CODING_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::store {

inline void PutVarint(std::string* out, std::uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

inline void PutFixed32(std::string* out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

inline void PutFixed64(std::string* out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

inline void PutLengthPrefixed(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

// Reads what the Put* functions wrote. Every Get* returns false (and leaves the reader
// failed) instead of reading past the end, so a corrupt record is detected, never a crash.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}

  bool GetVarint(std::uint64_t* v) {
    std::uint64_t result = 0;
    for (int shift = 0; shift <= 63; shift += 7) {
      if (in_.empty()) return Fail();
      const auto b = static_cast<unsigned char>(in_.front());
      in_.remove_prefix(1);
      result |= std::uint64_t{b & 0x7Fu} << shift;
      if ((b & 0x80) == 0) {
        *v = result;
        return true;
      }
    }
    return Fail();
  }
  template <typename T>
  bool GetVarintAs(T* v) {
    std::uint64_t x = 0;
    if (!GetVarint(&x)) return false;
    *v = static_cast<T>(x);
    return static_cast<std::uint64_t>(*v) == x || Fail();
  }
  bool GetFixed32(std::uint32_t* v) {
    if (in_.size() < 4) return Fail();
    std::uint32_t r = 0;
    for (int i = 0; i < 4; ++i) r |= std::uint32_t{static_cast<unsigned char>(in_[i])} << (8 * i);
    in_.remove_prefix(4);
    *v = r;
    return true;
  }
  bool GetFixed64(std::uint64_t* v) {
    if (in_.size() < 8) return Fail();
    std::uint64_t r = 0;
    for (int i = 0; i < 8; ++i) r |= std::uint64_t{static_cast<unsigned char>(in_[i])} << (8 * i);
    in_.remove_prefix(8);
    *v = r;
    return true;
  }
  bool GetLengthPrefixed(std::string_view* s) {
    std::uint64_t n = 0;
    if (!GetVarint(&n) || n > in_.size()) return Fail();
    *s = in_.substr(0, n);
    in_.remove_prefix(n);
    return true;
  }
  bool done() const { return in_.empty(); }
  bool failed() const { return failed_; }

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }
  std::string_view in_;
  bool failed_ = false;
};

}  // namespace marsad::store

#endif  // MARSAD_STORE_CODING_H_
