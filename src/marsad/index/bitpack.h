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

// As Unpack, for n <= 128 values into out[0, 128): when `avail` >= PackedBytes(128, bits) + 8
// it unpacks 128 values with the unrolled full-block code (those past n are garbage), so
// a list's last, partial block (every block of most lists) decodes as fast as a full one.
void UnpackUpTo128(const char* in, std::size_t n, int bits, std::uint32_t* out, std::size_t avail);

// The values [8 * first_group, 8 * (first_group + num_groups)) of a block of 128 laid out
// as UnpackUpTo128 reads it, into out[8 * first_group, ...): a probe decodes only the
// groups up to its target. REQUIRES: 0 < bits <= 32, first_group + num_groups <= 16 and
// avail (bytes readable from `in`) >= PackedBytes(128, bits) + 8 (CanUnpackGroups).
void UnpackGroups(const char* in, int bits, int first_group, int num_groups, std::uint32_t* out);
// Whether the full-block code (UnpackGroups, and Unpack's and UnpackUpTo128's fast path) may
// read a block of width `bits` with `avail` bytes readable.
inline bool CanUnpackGroups(int bits, std::size_t avail) {
  return bits > 0 && bits <= 32 && avail >= PackedBytes(128, static_cast<int>(bits)) + 8;
}

// Value i of packed data `in` (`bytes` long, width `bits`), without unpacking the rest.
// REQUIRES: PackedBytes(i + 1, bits) <= bytes; 0 <= bits <= 32.
inline std::uint32_t ExtractPacked(const char* in, std::size_t bytes, std::size_t i, int bits) {
  if (bits == 0) return 0;
  const std::size_t bit = i * static_cast<std::size_t>(bits);
  const std::size_t byte = bit >> 3;
  std::uint64_t w = 0;
  if (byte + 8 <= bytes) {
    std::memcpy(&w, in + byte, 8);  // one unaligned load covers any value
  } else {
    std::memcpy(&w, in + byte, bytes - byte);
  }
  const std::uint64_t mask = bits == 32 ? 0xFFFFFFFFULL : (std::uint64_t{1} << bits) - 1;
  return static_cast<std::uint32_t>((w >> (bit & 7)) & mask);
}

}  // namespace marsad::index

#endif  // MARSAD_INDEX_BITPACK_H_
