// Posting list encoding and cursor; see postings.h and docs/formats/index.md.
#include "marsad/index/postings.h"

#include <algorithm>

#include "marsad/index/bitpack.h"
#include "marsad/index/coding.h"

namespace marsad::index {

void PostingsWriter::Start(bool positions, bool forms) {
  positions_ = positions;
  forms_ = positions && forms;
  df_ = 0;
  prev_last_ = 0;
  docs_.clear();
  freqs_.clear();
  pos_.clear();
  form_ids_.clear();
  skip_.clear();
  blocks_.clear();
  max_tf_ = 0;
  min_len_ = 0;
  max_form_tf_ = 0;
}

void PostingsWriter::Add(std::uint32_t doc, std::uint32_t freq, const std::uint32_t* pos,
                         std::uint32_t field_len, const std::uint32_t* forms) {
  docs_.push_back(doc);
  freqs_.push_back(freq);
  if (positions_) pos_.insert(pos_.end(), pos, pos + freq);
  if (docs_.size() == 1 || freq > max_tf_) max_tf_ = freq;
  if (docs_.size() == 1 || field_len < min_len_) min_len_ = field_len;
  if (forms_) {
    form_ids_.insert(form_ids_.end(), forms, forms + freq);
    // The largest frequency of one form in this document, for the block's impact.
    tmp_.assign(forms, forms + freq);
    std::sort(tmp_.begin(), tmp_.end());
    if (docs_.size() == 1) max_form_tf_ = 0;
    std::uint32_t run = 0;
    for (std::size_t i = 0; i < tmp_.size(); ++i) {
      run = i > 0 && tmp_[i] == tmp_[i - 1] ? run + 1 : 1;
      max_form_tf_ = std::max(max_form_tf_, run);
    }
  }
  ++df_;
  if (docs_.size() == kBlockSize) FlushBlock();
}

void PostingsWriter::FlushBlock() {
  const std::size_t n = docs_.size();
  if (n == 0) return;
  const std::size_t start = blocks_.size();
  tmp_.resize(n);
  std::uint32_t prev = prev_last_;
  for (std::size_t i = 0; i < n; ++i) {
    tmp_[i] = docs_[i] - prev;  // first: doc - (previous last + 1); then gap - 1
    prev = docs_[i] + 1;
  }
  int bits = MaxBitWidth(tmp_.data(), n);
  blocks_.push_back(static_cast<char>(bits));
  Pack(tmp_.data(), n, bits, &blocks_);
  for (std::size_t i = 0; i < n; ++i) tmp_[i] = freqs_[i] - 1;
  bits = MaxBitWidth(tmp_.data(), n);
  blocks_.push_back(static_cast<char>(bits));
  Pack(tmp_.data(), n, bits, &blocks_);
  if (positions_) {
    // Per document: the first position as is, then each gap - 1.
    tmp_.resize(pos_.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t p0 = 0;
      for (std::uint32_t f = 0; f < freqs_[i]; ++f, ++k) {
        tmp_[k] = f == 0 ? pos_[k] : pos_[k] - p0 - 1;
        p0 = pos_[k];
      }
    }
    bits = MaxBitWidth(tmp_.data(), k);
    blocks_.push_back(static_cast<char>(bits));
    Pack(tmp_.data(), k, bits, &blocks_);
  }
  if (forms_) {
    bits = MaxBitWidth(form_ids_.data(), form_ids_.size());
    blocks_.push_back(static_cast<char>(bits));
    Pack(form_ids_.data(), form_ids_.size(), bits, &blocks_);
  }
  const std::uint32_t last = docs_.back();
  PutVarint(&skip_, last + 1 - prev_last_);
  PutVarint(&skip_, blocks_.size() - start);
  PutVarint(&skip_, max_tf_);
  PutVarint(&skip_, min_len_);
  if (forms_) PutVarint(&skip_, max_form_tf_);
  prev_last_ = last + 1;
  docs_.clear();
  freqs_.clear();
  pos_.clear();
  form_ids_.clear();
}

std::uint32_t PostingsWriter::Finish(std::string* out) {
  FlushBlock();
  PutVarint(out, (static_cast<std::uint64_t>(df_) << 2) | (forms_ ? 2U : 0U) | (positions_ ? 1U : 0U));
  PutVarint(out, skip_.size());
  out->append(skip_);
  out->append(blocks_);
  return df_;
}

Status PostingCursor::Init(std::string_view list, std::uint32_t form_filter) {
  Decoder d(list);
  std::uint64_t head = 0, skip_len = 0;
  std::string_view skip;
  if (!d.GetVarint(&head) || !d.GetVarint(&skip_len) ||
      !d.GetBytes(static_cast<std::size_t>(skip_len), &skip) || (head >> 2) > 0xFFFFFFFFULL) {
    return Status::Corruption("posting list header is truncated");
  }
  df_ = static_cast<std::uint32_t>(head >> 2);
  positions_ = (head & 1) != 0;
  forms_ = (head & 2) != 0;
  if (forms_ && !positions_) return Status::Corruption("posting list has forms without positions");
  if (form_filter != kAllForms && !forms_) return Status::Corruption("posting list has no forms to filter by");
  form_filter_ = form_filter;
  blocks_ = d.pos();
  blocks_size_ = d.remaining();
  const std::uint32_t nb = (df_ + kBlockSize - 1) / kBlockSize;
  skips_.resize(nb);
  impacts_.resize(nb);
  Decoder s(skip);
  std::uint64_t last = 0, off = 0;
  list_impact_ = {};
  for (std::uint32_t b = 0; b < nb; ++b) {
    std::uint64_t dl = 0, size = 0;
    std::uint32_t tf = 0, len = 0, form_tf = 0;
    if (!s.GetVarint(&dl) || !s.GetVarint(&size) || !s.GetVarint32(&tf) || !s.GetVarint32(&len) ||
        (forms_ && !s.GetVarint32(&form_tf)) || dl == 0 || last + dl > 0xFFFFFFFFULL ||
        off + size > blocks_size_) {
      return Status::Corruption("posting list skip table is damaged");
    }
    last += dl;
    skips_[b] = {static_cast<std::uint32_t>(last - 1), static_cast<std::uint32_t>(off),
                 static_cast<std::uint32_t>(size)};
    off += size;
    // Filtered, the frequency is one form's.
    impacts_[b] = {form_filter_ == kAllForms ? tf : form_tf, len, form_tf};
    list_impact_.max_tf = std::max(list_impact_.max_tf, impacts_[b].max_tf);
    list_impact_.max_form_tf = std::max(list_impact_.max_form_tf, form_tf);
    list_impact_.min_len = b == 0 ? len : std::min(list_impact_.min_len, len);
  }
  if (nb == 0) {
    doc_ = kNoMoreDocs;
    return Status::Ok();
  }
  LoadBlock(0);
  return Status::Ok();
}

void PostingCursor::LoadBlock(std::uint32_t b) {
  for (;;) {
    block_ = b;
    n_ = b + 1 == skips_.size() ? df_ - b * kBlockSize : kBlockSize;
    const char* p = blocks_ + skips_[b].offset;
    const char* end = p + skips_[b].size;
    std::uint32_t base = b == 0 ? 0 : skips_[b - 1].last_doc + 1;
    int bits = static_cast<unsigned char>(*p++);
    if (bits > 32 || p + PackedBytes(n_, bits) > end) bits = 0;  // damaged: read as zeros
    Unpack(p, n_, bits, docs_, blocks_size_ - static_cast<std::size_t>(p - blocks_));
    p += PackedBytes(n_, bits);
    for (std::uint32_t i = 0; i < n_; ++i) {
      base += docs_[i];
      docs_[i] = base;
      ++base;
    }
    freq_data_ = p;
    freqs_decoded_ = false;
    pos_data_ = nullptr;
    pos_indexed_ = false;
    pos_decoded_ = false;
    forms_decoded_ = false;
    idx_ = 0;
    doc_ = docs_[0];
    if (form_filter_ == kAllForms) return;
    FilterBlock();
    if (n_ > 0) return;
    if (++b == skips_.size()) {
      doc_ = kNoMoreDocs;
      return;
    }
  }
}

void PostingCursor::FilterBlock() {
  const std::uint32_t* forms = Forms();  // of document 0: the block's from there on
  std::uint32_t kept = 0;
  for (std::uint32_t i = 0; i < n_; ++i) {
    std::uint32_t count = 0;
    for (std::uint32_t k = pos_start_[i]; k < pos_start_[i + 1]; ++k) count += forms[k] == form_filter_ ? 1U : 0U;
    if (count == 0) continue;
    docs_[kept] = docs_[i];
    freqs_[kept] = count;
    ++kept;
  }
  n_ = kept;
  idx_ = 0;
  doc_ = kept > 0 ? docs_[0] : kNoMoreDocs;
}

void PostingCursor::DecodeFreqs() {
  const char* p = freq_data_;
  const char* end = blocks_ + skips_[block_].offset + skips_[block_].size;
  int bits = p < end ? static_cast<unsigned char>(*p++) : 0;
  if (bits > 32 || p + PackedBytes(n_, bits) > end) bits = 0;
  Unpack(p, n_, bits, freqs_, blocks_size_ - static_cast<std::size_t>(p - blocks_));
  for (std::uint32_t i = 0; i < n_; ++i) ++freqs_[i];
  pos_data_ = p + PackedBytes(n_, bits);
  freqs_decoded_ = true;
}

void PostingCursor::Next() {
  if (doc_ == kNoMoreDocs) return;
  if (++idx_ < n_) {
    doc_ = docs_[idx_];
    return;
  }
  if (block_ + 1 < skips_.size()) {
    LoadBlock(block_ + 1);
  } else {
    doc_ = kNoMoreDocs;
  }
}

bool PostingCursor::LoadBlockOf(std::uint32_t target) {
  if (skips_[block_].last_doc >= target) return true;
  const auto it = std::partition_point(skips_.begin() + block_ + 1, skips_.end(),
                                       [target](const Skip& s) { return s.last_doc < target; });
  const auto b = static_cast<std::uint32_t>(it - skips_.begin());
  if (b == skips_.size()) {
    doc_ = kNoMoreDocs;
    return false;
  }
  LoadBlock(b);
  return true;
}

void PostingCursor::Advance(std::uint32_t target) {
  if (doc_ >= target) return;
  if (form_filter_ != kAllForms) {
    AdvanceFiltered(target);
    return;
  }
  if (!LoadBlockOf(target)) return;
  while (docs_[idx_] < target) ++idx_;
  doc_ = docs_[idx_];
}

// A filtered block may hold no document >= target although its last document is.
void PostingCursor::AdvanceFiltered(std::uint32_t target) {
  if (!LoadBlockOf(target)) return;
  while (doc_ < target) Next();
}

bool PostingCursor::ShallowBlock(std::uint32_t target, std::uint32_t* block_last,
                                 BlockImpact* impact) const {
  const auto it = std::partition_point(skips_.begin() + block_, skips_.end(),
                                       [target](const Skip& s) { return s.last_doc < target; });
  if (it == skips_.end()) return false;
  const auto b = static_cast<std::size_t>(it - skips_.begin());
  *block_last = skips_[b].last_doc;
  *impact = impacts_[b];
  return true;
}

void PostingCursor::IndexPositions() {
  if (!freqs_decoded_) DecodeFreqs();
  pos_start_[0] = 0;
  for (std::uint32_t i = 0; i < n_; ++i) pos_start_[i + 1] = pos_start_[i] + freqs_[i];
  const char* end = blocks_ + skips_[block_].offset + skips_[block_].size;
  int bits = pos_data_ < end ? static_cast<unsigned char>(*pos_data_) : 0;
  if (bits > 32 || pos_data_ + 1 + PackedBytes(pos_start_[n_], bits) > end) bits = 0;
  forms_data_ = std::min(end, pos_data_ + 1 + PackedBytes(pos_start_[n_], bits));
  forms_bits_ = 0;
  forms_packed_ = forms_data_;
  forms_bytes_ = 0;
  if (forms_ && forms_data_ < end) {
    const int fb = static_cast<unsigned char>(*forms_data_);
    if (fb <= 32 && forms_data_ + 1 + PackedBytes(pos_start_[n_], fb) <= end) {  // else damaged: zeros
      forms_bits_ = fb;
      forms_packed_ = forms_data_ + 1;
      forms_bytes_ = PackedBytes(pos_start_[n_], fb);
    }
  }
  pos_indexed_ = true;
}

const std::uint32_t* PostingCursor::Positions() {
  if (!pos_decoded_) {
    if (!pos_indexed_) IndexPositions();
    const std::uint32_t total = pos_start_[n_];
    pos_.resize(total);
    const char* end = blocks_ + skips_[block_].offset + skips_[block_].size;
    int bits = pos_data_ < end ? static_cast<unsigned char>(*pos_data_) : 0;
    if (bits > 32 || pos_data_ + 1 + PackedBytes(total, bits) > end) bits = 0;
    Unpack(pos_data_ + 1, total, bits, pos_.data());
    for (std::uint32_t i = 0; i < n_; ++i) {
      std::uint32_t* p = pos_.data() + pos_start_[i];
      for (std::uint32_t f = 1; f < freqs_[i]; ++f) p[f] += p[f - 1] + 1;
    }
    pos_decoded_ = true;
  }
  return pos_.data() + pos_start_[idx_];
}

const std::uint32_t* PostingCursor::Forms() {
  if (!forms_decoded_) {
    if (!pos_indexed_) IndexPositions();
    const std::uint32_t total = pos_start_[n_];
    form_of_.resize(total);
    const char* end = blocks_ + skips_[block_].offset + skips_[block_].size;
    if (forms_data_ >= end) {  // damaged: read as zeros
      std::fill(form_of_.begin(), form_of_.end(), 0U);
    } else {
      int bits = static_cast<unsigned char>(*forms_data_);
      if (bits > 32 || forms_data_ + 1 + PackedBytes(total, bits) > end) bits = 0;
      Unpack(forms_data_ + 1, total, bits, form_of_.data(),
             blocks_size_ - static_cast<std::size_t>(forms_data_ + 1 - blocks_));
    }
    forms_decoded_ = true;
  }
  return form_of_.data() + pos_start_[idx_];
}

}  // namespace marsad::index
