// A fast 64-bit string hash for fingerprints that are stored (so it must not change between
// builds or standard libraries): MurmurHash64A by Austin Appleby (public domain), written
// here from its description, followed by a splitmix64 finaliser for mixing two hashes.
#ifndef MARSAD_INGEST_HASH_H_
#define MARSAD_INGEST_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace marsad::ingest {

inline std::uint64_t Hash64(std::string_view s, std::uint64_t seed = 0x9E3779B97F4A7C15ULL) {
  constexpr std::uint64_t m = 0xc6a4a7935bd1e995ULL;
  constexpr int r = 47;
  std::uint64_t h = seed ^ (s.size() * m);
  const char* p = s.data();
  const char* end = p + (s.size() & ~std::size_t{7});
  for (; p != end; p += 8) {
    std::uint64_t k;
    std::memcpy(&k, p, 8);
    k *= m;
    k ^= k >> r;
    k *= m;
    h ^= k;
    h *= m;
  }
  // The last 1-7 bytes as a little-endian integer, loaded without a loop over them (two
  // overlapping loads; the overlapping bytes are equal, so OR-ing them changes nothing).
  const std::size_t tail = s.size() & 7;
  std::uint64_t t = 0;
  if (tail >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + tail - 4, 4);
    t = a | std::uint64_t{b} << (8 * (tail - 4));
  } else if (tail > 0) {
    const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i); };
    t = byte(0) | byte(tail / 2) | byte(tail - 1);
  }
  if (tail != 0) {
    h ^= t;
    h *= m;
  }
  h ^= h >> r;
  h *= m;
  h ^= h >> r;
  return h;
}

// Combines two hashes (splitmix64 of a ^ rotated b).
inline std::uint64_t HashMix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t z = a ^ ((b << 29) | (b >> 35)) ^ 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_HASH_H_
