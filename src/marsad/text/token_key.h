// TokenKey: what the analysis cache looks a token up by (its first 16 bytes, zero-padded,
// and a hash of all its bytes and its kind), made by the tokenizer while the token's bytes
// are at hand so that a text is read once. The hash lives in memory only (never stored).
#ifndef MARSAD_TEXT_TOKEN_KEY_H_
#define MARSAD_TEXT_TOKEN_KEY_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "marsad/text/token.h"

namespace marsad::text {

struct TokenKey {
  static constexpr std::size_t kHead = 16;
  std::uint64_t lo = 0, hi = 0;  // the first kHead bytes, zero-padded, little-endian
  std::uint64_t hash = 0;
};

namespace internal {

// Loads 1..8 bytes as a little-endian integer without a variable-length memcpy call.
inline std::uint64_t LoadTail(const char* p, std::size_t n) {
  std::uint64_t v = 0;
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = a | (std::uint64_t{b} << 32);  // overlapping halves: still a function of the bytes
  } else if (n > 0) {
    v = static_cast<unsigned char>(p[0]) |
        static_cast<unsigned>(static_cast<unsigned char>(p[n / 2])) << 8 |
        static_cast<unsigned>(static_cast<unsigned char>(p[n - 1])) << 16;
  }
  return v;
}

// Masks keeping the first n bytes (n = 0..16) of a little-endian 16-byte load.
struct HeadMasks {
  std::uint64_t lo[17], hi[17];
  constexpr HeadMasks() : lo(), hi() {
    for (int n = 0; n <= 16; ++n) {
      lo[n] = n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
      hi[n] = n >= 16 ? ~std::uint64_t{0} : n <= 8 ? 0 : (std::uint64_t{1} << (8 * (n - 8))) - 1;
    }
  }
};
inline constexpr HeadMasks kHeadMasks;

// Multiplies a by b into 128 bits and folds the halves together (wyhash's "mum"): one
// multiply whose every input bit reaches the low bits that pick a slot.
__extension__ using Uint128 = unsigned __int128;  // g++ and clang on 64-bit targets
[[gnu::always_inline]] inline std::uint64_t MulFold(std::uint64_t a, std::uint64_t b) {
  const Uint128 m = static_cast<Uint128>(a) * b;
  return static_cast<std::uint64_t>(m) ^ static_cast<std::uint64_t>(m >> 64);
}

// Salts of the hash. Each has a 0xFF byte where a valid UTF-8 token has none (the top
// byte), so a salted half is never zero and the product never collapses to zero.
inline constexpr std::uint64_t kSaltLo = 0xFFA0761D6478BD64ULL;
inline constexpr std::uint64_t kSaltHi = 0xFFE7037ED1A0B428ULL;

// Mixes the bytes of a token after its first 16 into h, 8 at a time (long tokens only).
[[gnu::noinline]] inline std::uint64_t HashTokenRest(std::uint64_t h, const char* p,
                                                     std::size_t n) {
  while (n > 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = MulFold(h ^ v, kSaltLo);
    p += 8;
    n -= 8;
  }
  return MulFold(h ^ LoadTail(p, n), kSaltHi);
}

// The hash of a token given its zero-padded first 16 bytes (lo, hi): one 128-bit multiply
// of the two salted halves (the length and kind in the second), then, for tokens longer
// than 16 bytes, one more per 8 bytes after the 16th.
[[gnu::always_inline]] inline std::uint64_t HashTokenHead(std::uint64_t lo, std::uint64_t hi,
                                                          const char* p, std::size_t n,
                                                          TokenKind kind) {
  // n <= kMaxTokenBytes and kind < 2^8 stay below the top byte of the second half.
  std::uint64_t h =
      MulFold(lo ^ kSaltLo, hi ^ kSaltHi ^ (n * 0x100 + static_cast<std::uint64_t>(kind)));
  if (n > TokenKey::kHead) [[unlikely]] {
    h = HashTokenRest(h, p + TokenKey::kHead, n - TokenKey::kHead);
  }
  return h;
}

}  // namespace internal

// The key of the n bytes at p, a token of `kind`. `limit` is the end of the readable
// memory around p: when 16 bytes are readable (nearly always) they are loaded and masked.
[[gnu::always_inline]] inline TokenKey MakeTokenKey(const char* p, std::size_t n,
                                                    const char* limit, TokenKind kind) {
  TokenKey k;
  const std::size_t head = std::min(n, TokenKey::kHead);
  if (limit - p >= static_cast<std::ptrdiff_t>(TokenKey::kHead)) [[likely]] {
    std::memcpy(&k.lo, p, 8);
    std::memcpy(&k.hi, p + 8, 8);
  } else {
    char buf[TokenKey::kHead] = {};
    std::memcpy(buf, p, head);
    std::memcpy(&k.lo, buf, 8);
    std::memcpy(&k.hi, buf + 8, 8);
  }
  k.lo &= internal::kHeadMasks.lo[head];
  k.hi &= internal::kHeadMasks.hi[head];
  k.hash = internal::HashTokenHead(k.lo, k.hi, p, n, kind);
  return k;
}

}  // namespace marsad::text

#endif  // MARSAD_TEXT_TOKEN_KEY_H_
