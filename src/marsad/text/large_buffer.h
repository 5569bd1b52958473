// LargeBuffer: a growable block of memory for the analysis arenas, mapped with
// mmap and marked for transparent huge pages, grown in place with mremap. On the
// virtual machines marsad runs on, a page fault costs microseconds; a 2 MiB huge page
// takes one fault where 4 KiB pages take 512.
#ifndef MARSAD_TEXT_LARGE_BUFFER_H_
#define MARSAD_TEXT_LARGE_BUFFER_H_

#include <cstddef>
#include <cstring>
#include <type_traits>

namespace marsad::text {

// Owns its mapping; movable, not copyable. Contents are zero when first touched (mmap),
// and kept across Grow(). Not thread-safe.
class LargeBuffer {
 public:
  LargeBuffer() = default;
  ~LargeBuffer();
  LargeBuffer(LargeBuffer&& other) noexcept;
  LargeBuffer& operator=(LargeBuffer&& other) noexcept;
  LargeBuffer(const LargeBuffer&) = delete;
  LargeBuffer& operator=(const LargeBuffer&) = delete;

  // Makes capacity() at least `bytes` (rounded up), keeping the contents.
  // Aborts with a message when the system has no memory left.
  void Grow(std::size_t bytes);
  char* data() const { return data_; }
  std::size_t capacity() const { return capacity_; }

 private:
  char* data_ = nullptr;
  std::size_t capacity_ = 0;
};

// An array of trivially copyable T in a LargeBuffer. New elements are zero-initialised
// only when freshly mapped: push_back() value-initialises explicitly.
template <typename T>
class LargeArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() const { return reinterpret_cast<T*>(buffer_.data()); }
  T& operator[](std::size_t i) { return data()[i]; }
  const T& operator[](std::size_t i) const { return data()[i]; }
  T* begin() const { return data(); }
  T* end() const { return data() + size_; }
  T& push_back() {
    if ((size_ + 1) * sizeof(T) > buffer_.capacity()) buffer_.Grow((size_ + 1) * sizeof(T));
    T* slot = data() + size_++;
    *slot = T{};
    return *slot;
  }
  // Resizes to `n` elements, all zero.
  void AssignZeros(std::size_t n) {
    buffer_.Grow(n * sizeof(T));
    size_ = n;
    std::memset(static_cast<void*>(data()), 0, n * sizeof(T));
  }
  void clear() { size_ = 0; }

 private:
  LargeBuffer buffer_;
  std::size_t size_ = 0;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_LARGE_BUFFER_H_
