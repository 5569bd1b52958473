// Bit packing; see bitpack.h.
#include "marsad/index/bitpack.h"

#include <array>
#include <cstring>
#include <utility>

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

}  // namespace marsad::index
