// Term dictionary; see term_dict.h and docs/formats/index.md.
#include "marsad/index/term_dict.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "marsad/base/byte_coding.h"

namespace marsad::index {

using base::ByteReader;
using base::DecodeFixed32;
using base::PutFixed32;
using base::PutVarint;

// Entry: lengths byte, suffix, varint df, varint list size; the first entry of a block
// (shared = 0) adds varint absolute offset. The lists lie back to back in dictionary order,
// so every other entry's list starts where the previous one ends and its offset is not
// stored (format 5). The lengths byte is shared << 4 | suffix length when shared < 16 and
// suffix length < 15 (95% of the news-known-item entries); otherwise it is 0x0F followed by
// varint shared and varint suffix length.
//
// The suffix is stored packed (format 8): most terms are Arabic, two UTF-8 bytes a letter, so
// a code point in U+0600..U+067E is one byte 0x80 + (cp - 0x600); ASCII bytes are themselves;
// any other byte is 0xFF and the byte. The shared prefix never ends inside a character, so
// a suffix starts on one. The suffix length in the lengths byte counts packed bytes.
namespace {

constexpr unsigned char kRawByte = 0xFF;

// A term's bytes from index `from`, packed, appended to *out.
void PackSuffix(std::string_view term, std::size_t from, std::string* out) {
  for (std::size_t i = from; i < term.size(); ++i) {
    const auto b = static_cast<unsigned char>(term[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b));
      continue;
    }
    if ((b == 0xD8 || b == 0xD9) && i + 1 < term.size()) {
      const auto c = static_cast<unsigned char>(term[i + 1]);
      const unsigned cp = (b & 0x1FU) << 6 | (c & 0x3FU);
      if ((c & 0xC0) == 0x80 && cp < 0x67F) {
        out->push_back(static_cast<char>(0x80 + cp - 0x600));
        ++i;
        continue;
      }
    }
    out->push_back(static_cast<char>(kRawByte));
    out->push_back(static_cast<char>(b));
  }
}

// A packed byte's UTF-8 bytes (as a little-endian u16) and their count: 0 for the escape.
struct Unpacked {
  std::array<std::uint16_t, 256> bytes;
  std::array<std::uint8_t, 256> count;
};
constexpr Unpacked MakeUnpacked() {
  Unpacked t{};
  for (unsigned b = 0; b < 256; ++b) {
    if (b < 0x80) {
      t.bytes[b] = static_cast<std::uint16_t>(b);
      t.count[b] = 1;
    } else if (b != kRawByte) {
      const unsigned cp = b + (0x600 - 0x80);
      t.bytes[b] = static_cast<std::uint16_t>((0xC0 | cp >> 6) | (0x80 | (cp & 0x3F)) << 8);
      t.count[b] = 2;
    }
  }
  return t;
}
constexpr Unpacked kUnpacked = MakeUnpacked();

// Unpacks a stored suffix to `out`, which has room for 2 * packed.size() bytes; returns the
// end of what it wrote, or null when the suffix is damaged (an escape without its byte).
// Table-driven, two bytes stored per packed byte: the scans of Seek unpack every entry
// they pass (a byte-at-a-time push_back cost 1.7% of search instructions).
char* UnpackSuffix(std::string_view packed, char* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(packed.data());
  const auto* const end = p + packed.size();
  while (p < end) {
    const unsigned b = *p++;
    const unsigned n = kUnpacked.count[b];
    if (n == 0) {  // escaped
      if (p == end) return nullptr;
      *out++ = static_cast<char>(*p++);
      continue;
    }
    const std::uint16_t v = kUnpacked.bytes[b];
    std::memcpy(out, &v, 2);  // the second byte is overwritten next when n is 1
    out += n;
  }
  return out;
}

// The same onto a string.
bool UnpackSuffix(std::string_view packed, std::string* term) {
  const std::size_t at = term->size();
  term->resize(at + 2 * packed.size());
  char* const end = UnpackSuffix(packed, term->data() + at);
  term->resize(end == nullptr ? at : static_cast<std::size_t>(end - term->data()));
  return end != nullptr;
}

constexpr unsigned kLengthsEscape = 0x0F;

void PutLengths(std::string* out, std::size_t shared, std::size_t suffix) {
  if (shared < 16 && suffix < kLengthsEscape) {
    out->push_back(static_cast<char>(shared << 4 | suffix));
    return;
  }
  out->push_back(static_cast<char>(kLengthsEscape));
  PutVarint(out, shared);
  PutVarint(out, suffix);
}

// The shared-prefix length and the suffix of an entry.
bool GetLengths(ByteReader* d, std::uint64_t* shared, std::string_view* suffix) {
  std::uint8_t b = 0;
  if (!d->Byte(&b)) return false;
  if ((b & 0x0F) != kLengthsEscape) {
    *shared = b >> 4;
    return d->Bytes(b & 0x0F, suffix);
  }
  return b == kLengthsEscape && d->Varint(shared) && d->StringView(suffix);
}

}  // namespace

Status TermDictWriter::Add(std::string_view term, const TermInfo& info) {
  const bool head = count_ % kDictBlock == 0;
  if (count_ > 0 && term <= last_) {
    return Status::InvalidArgument("term dictionary: terms out of order");
  }
  if (!head && info.offset != last_end_) {
    return Status::InvalidArgument("term dictionary: posting list does not follow the previous one");
  }
  std::size_t shared = 0;
  if (head) {
    block_offsets_.push_back(static_cast<std::uint32_t>(data_.size()));
  } else {
    const std::size_t max = std::min(term.size(), last_.size());
    while (shared < max && term[shared] == last_[shared]) ++shared;
    // Not inside a character: the suffix is packed by characters.
    while (shared > 0 && shared < term.size() && (static_cast<unsigned char>(term[shared]) & 0xC0) == 0x80) --shared;
  }
  packed_.clear();
  PackSuffix(term, shared, &packed_);
  PutLengths(&data_, shared, packed_.size());
  data_.append(packed_);
  PutVarint(&data_, info.df);
  PutVarint(&data_, info.size);
  if (head) PutVarint(&data_, info.offset);
  last_end_ = info.offset + info.size;
  last_.assign(term);
  ++count_;
  return Status::Ok();
}

void TermDictWriter::Finish(std::string* out) {
  out->append(data_);
  for (std::uint32_t off : block_offsets_) PutFixed32(out, off);
  PutFixed32(out, static_cast<std::uint32_t>(block_offsets_.size()));
  PutFixed32(out, count_);
}

Status TermDict::Init(std::string_view data) {
  if (data.size() < 8) return Status::Corruption("term dictionary is truncated");
  const char* tail = data.data() + data.size() - 8;
  const std::uint32_t nb = DecodeFixed32(tail);
  count_ = DecodeFixed32(tail + 4);
  if (static_cast<std::uint64_t>(nb) * 4 + 8 > data.size() ||
      nb != (count_ + kDictBlock - 1) / kDictBlock) {
    return Status::Corruption("term dictionary block table is damaged");
  }
  const std::size_t body = data.size() - 8 - std::size_t{nb} * 4;
  block_offsets_.resize(nb);
  for (std::uint32_t b = 0; b < nb; ++b) {
    block_offsets_[b] = DecodeFixed32(data.data() + body + std::size_t{b} * 4);
    if (block_offsets_[b] >= body || (b > 0 && block_offsets_[b] <= block_offsets_[b - 1])) {
      return Status::Corruption("term dictionary block offsets are damaged");
    }
  }
  data_ = data.substr(0, body);
  heads_.resize(nb);
  for (std::uint32_t b = 0; b < nb; ++b) {
    ByteReader d(data_.substr(block_offsets_[b]));
    std::uint64_t shared = 0;
    std::string_view s;
    heads_[b].clear();
    if (!GetLengths(&d, &shared, &s) || shared != 0 || !UnpackSuffix(s, &heads_[b])) {
      return Status::Corruption("term dictionary block head is damaged");
    }
  }
  return Status::Ok();
}

std::string_view TermDict::BlockHead(std::uint32_t b) const { return heads_[b]; }

void TermDict::StartBlock(std::uint32_t b, Iterator* it) const {
  it->dict_ = this;
  it->block_ = b;
  it->in_block_ = 0;
  const std::size_t end = b + 1 < block_offsets_.size() ? block_offsets_[b + 1] : data_.size();
  it->p_ = data_.data() + block_offsets_[b];
  it->end_ = data_.data() + end;
  it->prev_end_ = 0;
  it->len_ = 0;
  it->valid_ = it->DecodeEntry();
}

bool TermDict::Iterator::DecodeEntry() {
  ByteReader d(std::string_view(p_, static_cast<std::size_t>(end_ - p_)));
  std::uint64_t shared = 0, size = 0;
  std::uint32_t df = 0;
  std::string_view suffix;
  if (!GetLengths(&d, &shared, &suffix) || shared > len_ ||
      !d.Varint32(&df) || !d.Varint(&size)) {
    return false;
  }
  std::uint64_t offset = prev_end_;
  if (in_block_ == 0 && !d.Varint(&offset)) return false;
  const std::size_t need = static_cast<std::size_t>(shared) + 2 * suffix.size();
  if (term_.size() < need) term_.resize(std::max(need, 2 * term_.size()));
  char* const end = UnpackSuffix(suffix, term_.data() + shared);
  if (end == nullptr) return false;
  len_ = static_cast<std::size_t>(end - term_.data());
  info_ = {df, offset, size};
  prev_end_ = info_.offset + info_.size;
  p_ = d.data();
  return true;
}

void TermDict::Iterator::Next() {
  if (!valid_) return;
  ++in_block_;
  if (in_block_ < kDictBlock && p_ < end_) {
    valid_ = DecodeEntry();
    return;
  }
  if (block_ + 1 < dict_->block_offsets_.size()) {
    dict_->StartBlock(block_ + 1, this);
  } else {
    valid_ = false;
  }
}

TermDict::Iterator TermDict::Seek(std::string_view from) const {
  Iterator it;
  it.dict_ = this;
  if (block_offsets_.empty()) return it;
  // The last block whose head is <= from.
  std::uint32_t lo = 0, hi = static_cast<std::uint32_t>(block_offsets_.size());
  while (hi - lo > 1) {
    const std::uint32_t mid = (lo + hi) / 2;
    if (BlockHead(mid) <= from) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  StartBlock(lo, &it);
  while (it.Valid() && std::string_view(it.term()) < from) it.Next();
  return it;
}

std::optional<TermInfo> TermDict::Find(std::string_view term) const {
  Iterator it = Seek(term);
  if (it.Valid() && it.term() == term) return it.info();
  return std::nullopt;
}

}  // namespace marsad::index
