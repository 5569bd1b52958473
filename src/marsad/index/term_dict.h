// The term dictionary of a segment: every term (a space byte, then UTF-8 bytes) in byte
// order with its document frequency and where its posting list lies. Terms are
// front-coded in blocks of kDictBlock with the first term of each block whole, so a
// lookup binary-searches the block heads and scans one block, and a prefix query scans a
// contiguous range (docs/formats/index.md "Term dictionary").
#ifndef MARSAD_INDEX_TERM_DICT_H_
#define MARSAD_INDEX_TERM_DICT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/status.h"

namespace marsad::index {

inline constexpr std::uint32_t kDictBlock = 32;

struct TermInfo {
  std::uint32_t df = 0;
  std::uint64_t offset = 0;  // of the posting list in the segment's postings section
  std::uint64_t size = 0;
};

// Builds a dictionary. Not thread-safe.
class TermDictWriter {
 public:
  // InvalidArgument unless `term` sorts after the previous term and, within a block, its
  // list starts where the previous term's list ends (the offset is derived, not stored).
  Status Add(std::string_view term, const TermInfo& info);
  // Appends the dictionary to *out.
  void Finish(std::string* out);
  std::uint32_t size() const { return count_; }

 private:
  std::string data_;
  std::vector<std::uint32_t> block_offsets_;
  std::string last_;
  std::string packed_;  // Add's scratch: the packed suffix
  std::uint64_t last_end_ = 0;
  std::uint32_t count_ = 0;
};

// Reads a dictionary held in memory that outlives it. Immutable; thread-safe.
class TermDict {
 public:
  // Corruption when the layout is inconsistent.
  Status Init(std::string_view data);

  std::uint32_t size() const { return count_; }
  // The term's info, or nullopt.
  std::optional<TermInfo> Find(std::string_view term) const;

  // Iterates terms in order from the first term >= `from`.
  class Iterator {
   public:
    bool Valid() const { return valid_; }
    std::string_view term() const { return {term_.data(), len_}; }
    const TermInfo& info() const { return info_; }
    void Next();

   private:
    friend class TermDict;
    bool DecodeEntry();
    const TermDict* dict_ = nullptr;
    std::uint32_t block_ = 0;
    std::uint32_t in_block_ = 0;
    const char* p_ = nullptr;
    const char* end_ = nullptr;
    // The current term is term_[0, len_); term_ only grows (DecodeEntry unpacks into it).
    std::string term_;
    std::size_t len_ = 0;
    TermInfo info_;
    std::uint64_t prev_end_ = 0;
    bool valid_ = false;
  };
  Iterator Seek(std::string_view from) const;

 private:
  std::string_view BlockHead(std::uint32_t b) const;
  void StartBlock(std::uint32_t b, Iterator* it) const;

  std::string_view data_;
  std::vector<std::uint32_t> block_offsets_;
  std::vector<std::string> heads_;  // first term of each block (decoded)
  std::uint32_t count_ = 0;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_TERM_DICT_H_
