// LargeBuffer on Linux: mmap, madvise(MADV_HUGEPAGE), mremap.
#include "marsad/text/large_buffer.h"

#include <sys/mman.h>

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <utility>

namespace marsad::text {
namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::size_t RoundUp(std::size_t n) {
  // Small buffers in 64 KiB steps, large ones in whole huge pages.
  const std::size_t step = n >= kHugePage ? kHugePage : std::size_t{64} << 10;
  return (n + step - 1) / step * step;
}

[[noreturn]] void OutOfMemory(std::size_t bytes) {
  std::fprintf(stderr, "marsad: out of memory mapping %zu bytes for text analysis\n", bytes);
  std::abort();
}
}  // namespace

LargeBuffer::~LargeBuffer() {
  if (data_ != nullptr) munmap(data_, capacity_);
}

LargeBuffer::LargeBuffer(LargeBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), capacity_(std::exchange(other.capacity_, 0)) {}

LargeBuffer& LargeBuffer::operator=(LargeBuffer&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) munmap(data_, capacity_);
    data_ = std::exchange(other.data_, nullptr);
    capacity_ = std::exchange(other.capacity_, 0);
  }
  return *this;
}

void LargeBuffer::Grow(std::size_t bytes) {
  if (bytes <= capacity_) return;
  std::size_t cap = capacity_ == 0 ? RoundUp(bytes) : RoundUp(std::max(bytes, capacity_ * 2));
  void* p;
  if (data_ == nullptr) {
    p = mmap(nullptr, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  } else {
    p = mremap(data_, capacity_, cap, MREMAP_MAYMOVE);
  }
  if (p == MAP_FAILED) OutOfMemory(cap);
  if (cap >= kHugePage) madvise(p, cap, MADV_HUGEPAGE);  // a hint: ignored where unsupported
  data_ = static_cast<char*>(p);
  capacity_ = cap;
}

}  // namespace marsad::text
