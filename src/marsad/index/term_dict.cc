// Term dictionary; see term_dict.h and docs/formats/index.md.
#include "marsad/index/term_dict.h"

#include <algorithm>

#include "marsad/index/coding.h"

namespace marsad::index {

// Entry: lengths byte, suffix, varint df, varint list size; the first entry of a block
// (shared = 0) adds varint absolute offset. The lists lie back to back in dictionary order,
// so every other entry's list starts where the previous one ends and its offset is not
// stored (format 5). The lengths byte is shared << 4 | suffix length when shared < 16 and
// suffix length < 15 (95% of the news-known-item entries); otherwise it is 0x0F followed by
// varint shared and varint suffix length.
namespace {

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
bool GetLengths(Decoder* d, std::uint64_t* shared, std::string_view* suffix) {
  std::uint8_t b = 0;
  if (!d->GetByte(&b)) return false;
  if ((b & 0x0F) != kLengthsEscape) {
    *shared = b >> 4;
    return d->GetBytes(b & 0x0F, suffix);
  }
  return b == kLengthsEscape && d->GetVarint(shared) && d->GetLengthPrefixed(suffix);
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
  }
  PutLengths(&data_, shared, term.size() - shared);
  data_.append(term.substr(shared));
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
    Decoder d(data_.substr(block_offsets_[b]));
    std::uint64_t shared = 0;
    std::string_view s;
    if (!GetLengths(&d, &shared, &s) || shared != 0) {
      return Status::Corruption("term dictionary block head is damaged");
    }
    heads_[b] = s;
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
  it->term_.clear();
  it->valid_ = it->DecodeEntry();
}

bool TermDict::Iterator::DecodeEntry() {
  Decoder d(std::string_view(p_, static_cast<std::size_t>(end_ - p_)));
  std::uint64_t shared = 0, size = 0;
  std::uint32_t df = 0;
  std::string_view suffix;
  if (!GetLengths(&d, &shared, &suffix) || shared > term_.size() ||
      !d.GetVarint32(&df) || !d.GetVarint(&size)) {
    return false;
  }
  std::uint64_t offset = prev_end_;
  if (in_block_ == 0 && !d.GetVarint(&offset)) return false;
  term_.resize(static_cast<std::size_t>(shared));
  term_.append(suffix);
  info_ = {df, offset, size};
  prev_end_ = info_.offset + info_.size;
  p_ = d.pos();
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
