// Bit packing; see bitpack.h.
#include "marsad/index/bitpack.h"

#include <array>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad::index {

int MaxBitWidth(const std::uint32_t* values, std::size_t n) {
  std::uint32_t acc = 0;
  for (std::size_t i = 0; i < n; ++i) acc |= values[i];
  return BitWidth(acc);
}

void Pack(const std::uint32_t* values, std::size_t n, int bits, std::string* out) {
  if (bits == 0 || n == 0) return;
  const std::size_t start = out->size();
  out->resize(start + PackedBytes(n, bits));
  auto* dst = reinterpret_cast<unsigned char*>(out->data() + start);
  std::uint64_t acc = 0;
  int filled = 0;
  for (std::size_t i = 0; i < n; ++i) {
    acc |= static_cast<std::uint64_t>(values[i]) << filled;
    filled += bits;
    while (filled >= 8) {
      *dst++ = static_cast<unsigned char>(acc & 0xFF);
      acc >>= 8;
      filled -= 8;
    }
  }
  if (filled > 0) *dst = static_cast<unsigned char>(acc & 0xFF);
}

namespace {

// Unpacks with a compile-time width so the compiler unrolls shifts and masks.
template <int kBits>
void UnpackFixed(const unsigned char* in, std::size_t n, std::uint32_t* out) {
  constexpr std::uint64_t kMask = (std::uint64_t{1} << kBits) - 1;
  std::size_t bit = 0;
  const std::size_t bytes = PackedBytes(n, kBits);
  std::size_t i = 0;
  // Fast path: an unaligned 8-byte load covers any value (kBits <= 32, offset < 8 bits).
  for (; i < n && (bit >> 3) + 8 <= bytes; ++i, bit += kBits) {
    std::uint64_t w;
    std::memcpy(&w, in + (bit >> 3), 8);
    out[i] = static_cast<std::uint32_t>((w >> (bit & 7)) & kMask);
  }
  for (; i < n; ++i, bit += kBits) {
    std::uint64_t w = 0;
    const std::size_t byte = bit >> 3;
    std::memcpy(&w, in + byte, bytes - byte);
    out[i] = static_cast<std::uint32_t>((w >> (bit & 7)) & kMask);
  }
}

// A full block of 128 values, in 16 groups of 8: a group is kBits bytes, so each starts on
// a byte and every shift below is a constant (a width of at most 8 takes one load per
// group). Reads up to 8 bytes past the packed data (the caller guarantees they exist).
template <int kBits>
void UnpackGroupsFixed(const unsigned char* in, int groups, std::uint32_t* out) {
  constexpr std::uint64_t kMask = (std::uint64_t{1} << kBits) - 1;
  for (int g = 0; g < groups; ++g, in += kBits, out += 8) {
    if constexpr (kBits <= 8) {
      std::uint64_t w;
      std::memcpy(&w, in, 8);
#pragma GCC unroll 8
      for (int j = 0; j < 8; ++j) out[j] = static_cast<std::uint32_t>((w >> (j * kBits)) & kMask);
    } else {
#pragma GCC unroll 8
      for (int j = 0; j < 8; ++j) {
        std::uint64_t w;
        std::memcpy(&w, in + ((j * kBits) >> 3), 8);
        out[j] = static_cast<std::uint32_t>((w >> ((j * kBits) & 7)) & kMask);
      }
    }
  }
}

template <int kBits>
void Unpack128(const unsigned char* in, std::uint32_t* out) {
  UnpackGroupsFixed<kBits>(in, 16, out);
}

using Unpack128Fn = void (*)(const unsigned char*, std::uint32_t*);
using UnpackGroupsFn = void (*)(const unsigned char*, int, std::uint32_t*);

template <int... kBits>
constexpr auto MakeTableGroups(std::integer_sequence<int, kBits...>) {
  return std::array<UnpackGroupsFn, sizeof...(kBits)>{&UnpackGroupsFixed<kBits + 1>...};
}

template <int... kBits>
constexpr auto MakeTable128(std::integer_sequence<int, kBits...>) {
  return std::array<Unpack128Fn, sizeof...(kBits)>{&Unpack128<kBits + 1>...};
}

using UnpackFn = void (*)(const unsigned char*, std::size_t, std::uint32_t*);

template <int... kBits>
constexpr auto MakeTable(std::integer_sequence<int, kBits...>) {
  return std::array<UnpackFn, sizeof...(kBits)>{&UnpackFixed<kBits + 1>...};
}

}  // namespace

namespace {
constexpr auto kTable128 = MakeTable128(std::make_integer_sequence<int, 32>());
constexpr auto kTableGroups = MakeTableGroups(std::make_integer_sequence<int, 32>());
}  // namespace

void UnpackGroups(const char* in, int bits, int first_group, int num_groups, std::uint32_t* out) {
  kTableGroups[static_cast<std::size_t>(bits - 1)](
      reinterpret_cast<const unsigned char*>(in) + static_cast<std::ptrdiff_t>(first_group) * bits, num_groups,
      out + 8 * first_group);
}

void UnpackUpTo128(const char* in, std::size_t n, int bits, std::uint32_t* out, std::size_t avail) {
  if (n > 0 && CanUnpackGroups(bits, avail)) {
    kTable128[static_cast<std::size_t>(bits - 1)](reinterpret_cast<const unsigned char*>(in), out);
    return;
  }
  Unpack(in, n, bits, out, avail);
}

void Unpack(const char* in, std::size_t n, int bits, std::uint32_t* out, std::size_t avail) {
  if (bits == 0) {
    std::memset(out, 0, n * sizeof(std::uint32_t));
    return;
  }
  if (n == 128 && CanUnpackGroups(bits, avail)) {
    kTable128[static_cast<std::size_t>(bits - 1)](reinterpret_cast<const unsigned char*>(in), out);
    return;
  }
  static constexpr auto kTable = MakeTable(std::make_integer_sequence<int, 32>());
  kTable[static_cast<std::size_t>(bits - 1)](reinterpret_cast<const unsigned char*>(in), n, out);
}

// ---- Vertical (4-lane) blocks ----

namespace {

constexpr std::uint32_t LowMask(int bits) { return bits >= 32 ? 0xFFFFFFFFU : (std::uint32_t{1} << bits) - 1; }

std::uint32_t LoadLe32(const unsigned char* p) {
  return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
}

// Value i of a vertical block, one at a time (the portable path and the reference).
std::uint32_t VerticalValue(const unsigned char* in, int bits, int i) {
  if (bits == 0) return 0;
  const int lane = i % 4;
  const int bit = (i / 4) * bits;
  const int word = bit / 32;
  const int shift = bit % 32;
  std::uint64_t w = LoadLe32(in + 16 * word + 4 * lane);
  if (shift + bits > 32) w |= std::uint64_t{LoadLe32(in + 16 * (word + 1) + 4 * lane)} << 32;
  return static_cast<std::uint32_t>(w >> shift) & LowMask(bits);
}

}  // namespace

void PackVertical(const std::uint32_t* values, int bits, std::string* out) {
  if (bits == 0) return;
  const std::size_t start = out->size();
  out->resize(start + PackedBytes(kVerticalValues, bits));
  auto* dst = reinterpret_cast<unsigned char*>(out->data() + start);
  for (int lane = 0; lane < 4; ++lane) {
    std::uint64_t acc = 0;
    int filled = 0, word = 0;
    for (int row = 0; row < 32; ++row) {
      acc |= static_cast<std::uint64_t>(values[4 * row + lane]) << filled;
      filled += bits;
      if (filled >= 32) {
        unsigned char* w = dst + 16 * word + 4 * lane;
        for (int b = 0; b < 4; ++b) w[b] = static_cast<unsigned char>(acc >> (8 * b));
        acc >>= 32;
        filled -= 32;
        ++word;
      }
    }
  }
}

namespace bitpack_scalar {

void UnpackVertical(const char* in, int bits, std::uint32_t add, std::uint32_t* out) {
  const auto* u = reinterpret_cast<const unsigned char*>(in);
  for (int i = 0; i < 128; ++i) out[i] = VerticalValue(u, bits, i) + add;
}

void UnpackVerticalRunningSum(const char* in, int bits, int first_chunk, int num_chunks, std::uint32_t base,
                              std::uint32_t* out) {
  const auto* u = reinterpret_cast<const unsigned char*>(in);
  std::uint32_t next = base;  // the running sum + 1
  for (int i = kVerticalChunk * first_chunk; i < kVerticalChunk * (first_chunk + num_chunks); ++i) {
    next += VerticalValue(u, bits, i);
    out[i] = next;
    ++next;
  }
}

}  // namespace bitpack_scalar

#if defined(__SSE2__)
namespace {

// Row kRow (values 4 kRow .. 4 kRow + 3) of a vertical block of width kBits: every shift
// and mask a constant, a second load only where the row's bits straddle two words.
template <int kBits, int kRow>
inline __m128i VerticalRow(const __m128i* in) {
  if constexpr (kBits == 0) {
    return _mm_setzero_si128();
  } else {
    constexpr int kBit = kRow * kBits;
    constexpr int kWord = kBit / 32;
    constexpr int kShift = kBit % 32;
    __m128i v = _mm_loadu_si128(in + kWord);
    if constexpr (kShift > 0) v = _mm_srli_epi32(v, kShift);
    if constexpr (kShift + kBits > 32) v = _mm_or_si128(v, _mm_slli_epi32(_mm_loadu_si128(in + kWord + 1), 32 - kShift));
    if constexpr (kShift + kBits != 32) v = _mm_and_si128(v, _mm_set1_epi32(static_cast<int>(LowMask(kBits))));
    return v;
  }
}

template <int kBits, int... kRows>
[[gnu::always_inline]] inline void UnpackRows(const __m128i* src, __m128i add, __m128i* dst,
                                              std::integer_sequence<int, kRows...>) {
  (_mm_storeu_si128(dst + kRows, _mm_add_epi32(VerticalRow<kBits, kRows>(src), add)), ...);
}

template <int kBits>
void UnpackVerticalFixed(const unsigned char* in, std::uint32_t add, std::uint32_t* out) {
  UnpackRows<kBits>(reinterpret_cast<const __m128i*>(in), _mm_set1_epi32(static_cast<int>(add)),
                    reinterpret_cast<__m128i*>(out), std::make_integer_sequence<int, 32>());
}

// One row's doc ids: its gaps + 1 summed across the four lanes (two shifted adds) plus the
// carry (the last doc so far, in every lane), stored; returns the row's last doc, the next
// carry. Plain functions on values, not lambdas capturing by reference: the stores through
// `dst` could alias captured state and kept the carry in memory.
template <int kBits, int kRow>
[[gnu::always_inline]] inline __m128i SumRow(const __m128i* src, __m128i carry, __m128i* dst) {
  __m128i v = _mm_add_epi32(VerticalRow<kBits, kRow>(src), _mm_set1_epi32(1));
  v = _mm_add_epi32(v, _mm_slli_si128(v, 4));
  v = _mm_add_epi32(v, _mm_slli_si128(v, 8));
  v = _mm_add_epi32(v, carry);
  _mm_storeu_si128(dst + kRow, v);
  return _mm_shuffle_epi32(v, 0xFF);
}

template <int kBits, int kFirstRow, int... kRows>
[[gnu::always_inline]] inline void SumRows(const __m128i* src, __m128i carry, __m128i* dst,
                                           std::integer_sequence<int, kRows...>) {
  ((carry = SumRow<kBits, kFirstRow + kRows>(src, carry, dst)), ...);
}

// Rows [kFirstRow, kFirstRow + kNumRows) of a block's doc ids.
template <int kBits, int kFirstRow, int kNumRows>
void RunningSumRows(const unsigned char* in, std::uint32_t base, std::uint32_t* out) {
  SumRows<kBits, kFirstRow>(reinterpret_cast<const __m128i*>(in), _mm_set1_epi32(static_cast<int>(base - 1)),
                            reinterpret_cast<__m128i*>(out), std::make_integer_sequence<int, kNumRows>());
}

using VerticalFn = void (*)(const unsigned char*, std::uint32_t, std::uint32_t*);

template <int... kBits>
constexpr auto MakeVerticalTable(std::integer_sequence<int, kBits...>) {
  return std::array<VerticalFn, sizeof...(kBits)>{&UnpackVerticalFixed<kBits>...};
}
template <int... kBits>
constexpr auto MakeBlockSumTable(std::integer_sequence<int, kBits...>) {
  return std::array<VerticalFn, sizeof...(kBits)>{&RunningSumRows<kBits, 0, 32>...};
}
template <int kChunk, int... kBits>
constexpr auto MakeChunkSumTable(std::integer_sequence<int, kBits...>) {
  return std::array<VerticalFn, sizeof...(kBits)>{&RunningSumRows<kBits, 8 * kChunk, 8>...};
}

// Indexed by width 0..32.
constexpr auto kVerticalTable = MakeVerticalTable(std::make_integer_sequence<int, 33>());
constexpr auto kBlockSumTable = MakeBlockSumTable(std::make_integer_sequence<int, 33>());
constexpr std::array<std::array<VerticalFn, 33>, 4> kChunkSumTable = {
    MakeChunkSumTable<0>(std::make_integer_sequence<int, 33>()),
    MakeChunkSumTable<1>(std::make_integer_sequence<int, 33>()),
    MakeChunkSumTable<2>(std::make_integer_sequence<int, 33>()),
    MakeChunkSumTable<3>(std::make_integer_sequence<int, 33>())};

}  // namespace
#endif  // __SSE2__

void UnpackVertical(const char* in, int bits, std::uint32_t add, std::uint32_t* out) {
#if defined(__SSE2__)
  kVerticalTable[static_cast<std::size_t>(bits)](reinterpret_cast<const unsigned char*>(in), add, out);
#else
  bitpack_scalar::UnpackVertical(in, bits, add, out);
#endif
}

void UnpackVerticalRunningSum(const char* in, int bits, int first_chunk, int num_chunks, std::uint32_t base,
                              std::uint32_t* out) {
#if defined(__SSE2__)
  const auto* u = reinterpret_cast<const unsigned char*>(in);
  const auto w = static_cast<std::size_t>(bits);
  if (num_chunks == 1) {  // a probe's chunk (the most frequent call)
    kChunkSumTable[static_cast<std::size_t>(first_chunk)][w](u, base, out);
    return;
  }
  if (first_chunk == 0 && num_chunks == 4) {
    kBlockSumTable[w](u, base, out);
    return;
  }
  for (int c = first_chunk; c < first_chunk + num_chunks; ++c) {
    kChunkSumTable[static_cast<std::size_t>(c)][w](u, base, out);
    base = out[kVerticalChunk * c + kVerticalChunk - 1] + 1;
  }
#else
  bitpack_scalar::UnpackVerticalRunningSum(in, bits, first_chunk, num_chunks, base, out);
#endif
}

}  // namespace marsad::index
