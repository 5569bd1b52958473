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

// Vertical packing of a full block of 128 values in 4 lanes (SIMD-BP128, Lemire & Boytsov,
// "Decoding billions of integers per second through vectorization"): value i is lane i % 4,
// row i / 4; each lane packs its 32 values least significant bit first into 32-bit words
// and the lanes' words interleave (word k of lane l is the little-endian u32 at 4 * (4k + l)),
// so one 16-byte load serves all four lanes and a row is four consecutive values. Same size
// as Pack (PackedBytes(128, bits) = 16 * bits bytes); readers read nothing past it.
inline constexpr std::size_t kVerticalValues = 128;
// Values per chunk of UnpackVerticalRunningSum: 8 rows.
inline constexpr int kVerticalChunk = 32;

// Appends values[0, 128) packed vertically with `bits` bits each (every value must fit).
void PackVertical(const std::uint32_t* values, int bits, std::string* out);

// out[i] = value i + add for the 128 values of vertical block `in`.
// REQUIRES: 0 <= bits <= 32; PackedBytes(128, bits) bytes readable at `in`.
void UnpackVertical(const char* in, int bits, std::uint32_t add, std::uint32_t* out);

// A posting block's doc ids from its vertically packed gaps v: for the chunks [first_chunk,
// first_chunk + num_chunks) of 32 values, out[i] = base - 1 + the sum of (v_j + 1) for j from
// the first chunk's first value to i (`base`: the document before that chunk + 1, or the
// block's base). Values outside those chunks are left as they are; with SSE2 the sum runs
// in registers, four lanes at a time. REQUIRES: as UnpackVertical; first_chunk >= 0,
// num_chunks >= 1, first_chunk + num_chunks <= 4.
void UnpackVerticalRunningSum(const char* in, int bits, int first_chunk, int num_chunks, std::uint32_t base,
                              std::uint32_t* out);

// The portable code of the two above, which they run where SSE2 is not available (tests
// check that both give the same).
namespace bitpack_scalar {
void UnpackVertical(const char* in, int bits, std::uint32_t add, std::uint32_t* out);
void UnpackVerticalRunningSum(const char* in, int bits, int first_chunk, int num_chunks, std::uint32_t base,
                              std::uint32_t* out);
}  // namespace bitpack_scalar

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
