// Frame-of-reference bit packing: n unsigned values written with one bit width each
// (postings blocks, docs/formats/index.md "Blocks"). Little-endian bit order.
#ifndef MARSAD_INDEX_BITPACK_H_
#define MARSAD_INDEX_BITPACK_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace marsad::index {

// Bits needed for `v` (0 for 0).
inline int BitWidth(std::uint32_t v) { return static_cast<int>(std::bit_width(v)); }

// Bits needed for the largest of values[0, n).
int MaxBitWidth(const std::uint32_t* values, std::size_t n);

// Bytes that n values of `bits` bits occupy.
constexpr std::size_t PackedBytes(std::size_t n, int bits) {
  return (n * static_cast<std::size_t>(bits) + 7) / 8;
}

// Appends values[0, n) packed with `bits` bits each (every value must fit).
void Pack(const std::uint32_t* values, std::size_t n, int bits, std::string* out);

// Reads n values of `bits` bits from `in` into out[0, n). `avail`: bytes readable from
// `in` (a faster path reads a little past the packed data when they allow).
// REQUIRES: avail >= PackedBytes(n, bits); 0 <= bits <= 32.
void Unpack(const char* in, std::size_t n, int bits, std::uint32_t* out, std::size_t avail = 0);

// How many of the values [from, from + n) of packed data `in` (`bytes` long, width
// `bits`) equal `value`, without unpacking the rest. REQUIRES: the values exist.
// A plain loop: a document's occurrences are few (a SWAR version, 56 / bits values per
// load, ran 3% more instructions on the dev queries).
inline std::uint32_t CountEqualPacked(const char* in, std::size_t bytes, std::size_t from,
                                      std::size_t n, int bits, std::uint32_t value) {
  if (bits == 0) return value == 0 ? static_cast<std::uint32_t>(n) : 0;
  const std::uint64_t mask = bits == 32 ? 0xFFFFFFFFULL : (std::uint64_t{1} << bits) - 1;
  std::uint32_t count = 0;
  std::size_t bit = from * static_cast<std::size_t>(bits);
  for (std::size_t i = 0; i < n; ++i, bit += static_cast<std::size_t>(bits)) {
    const std::size_t byte = bit >> 3;
    std::uint64_t w = 0;
    if (byte + 8 <= bytes) {
      std::memcpy(&w, in + byte, 8);  // one unaligned load covers any value
    } else {
      std::memcpy(&w, in + byte, bytes - byte);
    }
    count += ((w >> (bit & 7)) & mask) == value ? 1U : 0U;
  }
  return count;
}

}  // namespace marsad::index

#endif  // MARSAD_INDEX_BITPACK_H_
