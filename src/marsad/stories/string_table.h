// StringTable: interns strings into dense ids (0, 1, 2, ...) with their bytes in one arena
// and an open-addressing index, so that the story clusterer's dictionary of several
// hundred thousand features costs no allocation per entry and one probe per lookup.
// A key is a one-byte kind followed by its text, looked up without building a string.
#ifndef MARSAD_STORIES_STRING_TABLE_H_
#define MARSAD_STORIES_STRING_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::stories {

// Not thread-safe for writing; const methods may run concurrently.
class StringTable {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

  // The id of (kind, text), or kMissing.
  std::uint32_t Find(std::uint8_t kind, std::string_view text) const;
  // The id of (kind, text), adding it when missing. *added tells which.
  std::uint32_t Intern(std::uint8_t kind, std::string_view text, bool* added = nullptr);
  // The same, with `hash` = Hash(kind, text) computed beforehand: a caller interning many keys
  // hashes them all and Prefetches their slots first, so the table's cache misses overlap.
  std::uint32_t Intern(std::uint8_t kind, std::string_view text, std::uint64_t hash, bool* added = nullptr);
  void Prefetch(std::uint64_t hash) const;

  std::size_t size() const { return offsets_.size(); }
  std::uint8_t kind(std::uint32_t id) const {
    return static_cast<std::uint8_t>(arena_[offsets_[id]]);
  }
  std::string_view text(std::uint32_t id) const {
    const std::uint32_t b = offsets_[id] + 1;
    const std::uint32_t e = id + 1 < offsets_.size() ? offsets_[id + 1] : static_cast<std::uint32_t>(arena_.size());
    return std::string_view(arena_).substr(b, e - b);
  }
  // Bytes held (arena and index), for statistics.
  std::size_t bytes() const { return arena_.capacity() + offsets_.capacity() * 4 + slots_.capacity() * 8; }

  static std::uint64_t Hash(std::uint8_t kind, std::string_view text);

 private:
  void Grow();

  std::string arena_;                  // kind byte + text of each key, in id order
  std::vector<std::uint32_t> offsets_;  // where each key starts in arena_
  // Power-of-two sized: (hash high 32 bits << 32) | (id + 1); 0 when empty.
  std::vector<std::uint64_t> slots_;
};

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_STRING_TABLE_H_
