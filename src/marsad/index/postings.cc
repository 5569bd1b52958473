// Posting list encoding and cursor; see postings.h and docs/formats/index.md.
#include "marsad/index/postings.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "marsad/index/bitpack.h"
#include "marsad/base/byte_coding.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad::index {

using base::ByteReader;
using base::PutVarint;
namespace {

// Doc ids from a block's stored gaps (doc - base, then gap - 1), in place: d[i] = base - 1 +
// the sum of (gap + 1) up to i; with SSE2 as a running sum four lanes at a time (the
// scalar loop was a tenth of query instructions, callgrind).
void PrefixDocs(std::uint32_t* d, std::uint32_t n, std::uint32_t base) {
  std::uint32_t i = 0;
#if defined(__SSE2__)
  __m128i carry = _mm_set1_epi32(static_cast<int>(base - 1));
  const __m128i one = _mm_set1_epi32(1);
  for (; i + 4 <= n; i += 4) {
    __m128i v = _mm_add_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i)), one);
    v = _mm_add_epi32(v, _mm_slli_si128(v, 4));
    v = _mm_add_epi32(v, _mm_slli_si128(v, 8));
    v = _mm_add_epi32(v, carry);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d + i), v);
    carry = _mm_shuffle_epi32(v, 0xFF);
  }
  if (i > 0) base = d[i - 1] + 1;
#endif
  for (; i < n; ++i) {
    base += d[i];
    d[i] = base;
    ++base;
  }
}

// One packed section at p: its width byte, then `count` values into out, which has room for
// kBlockSize values when count <= kBlockSize (the full-block decode writes them all). A
// damaged section (no width byte, a width over 32 or data past `end`) reads as zeros.
// `limit`: the end of the readable bytes. Returns where the section ends.
const char* UnpackSection(const char* p, const char* end, const char* limit, std::uint32_t count,
                          std::uint32_t* out) {
  int bits = p < end ? static_cast<unsigned char>(*p++) : 0;
  if (bits > 32 || p + PackedBytes(count, bits) > end) bits = 0;
  const auto avail = static_cast<std::size_t>(limit - p);
  if (count <= kBlockSize) {
    UnpackUpTo128(p, count, bits, out, avail);
  } else {
    Unpack(p, count, bits, out, avail);
  }
  return p + PackedBytes(count, bits);
}

// A block's lead section is sparse only with at most this many lead documents: a reader
// expands a sparse one value by value (~15 instructions each) where it unpacks a dense one
// 4 values at a time, and the essential lists read every document's (docs/search.md).
constexpr std::size_t kMaxSparseLeads = 16;

// Bytes of a sparse lead section after its head byte, for a block of n documents of which k
// have lead occurrences packed at `bits`: k, the bitmap of them, their values.
std::size_t SparseLeadBytes(std::size_t n, std::size_t k, int bits) { return 1 + (n + 7) / 8 + PackedBytes(k, bits); }

// Positions are coded per document with its field length L as the model (PutPositions):
// one occurrence (3 in 4 documents) as a truncated binary code in [0, L), about log2 L
// bits; more as Rice codes of the gaps with the parameter from L / tf. Binary interpolative
// coding was 0.8% smaller but decoded 1.8x slower (docs/search.md, format 5).
// docs/formats/index.md "Positions".
class BitWriter {
 public:
  explicit BitWriter(std::string* out) : out_(out) {}
  void Put(std::uint64_t v, int bits) {  // REQUIRES: bits <= 32, v < 2^bits
    acc_ |= v << n_;
    n_ += bits;
    while (n_ >= 8) {
      out_->push_back(static_cast<char>(acc_ & 0xFF));
      acc_ >>= 8;
      n_ -= 8;
    }
  }
  void Flush() {
    if (n_ > 0) out_->push_back(static_cast<char>(acc_ & 0xFF));
    acc_ = 0;
    n_ = 0;
  }

 private:
  std::string* out_;
  std::uint64_t acc_ = 0;
  int n_ = 0;
};

// Reads bits from [p, end); bits past `end` read as 0. `limit` (>= end): the end of the
// readable bytes, so most reads are one 8-byte load (what lies past `end` is masked off).
class BitReader {
 public:
  BitReader(const char* p, const char* end, const char* limit, std::uint64_t bit)
      : p_(p),
        size_(static_cast<std::size_t>(end - p)),
        fast_(limit - p >= 8 ? static_cast<std::size_t>(limit - p - 8) : 0),
        bit_(bit) {}
  // The next 57 bits or more (not consumed).
  std::uint64_t Window() const {
    const std::size_t byte = static_cast<std::size_t>(bit_ >> 3);
    std::uint64_t w = 0;
    if (byte < size_ && byte <= fast_) {
      std::memcpy(&w, p_ + byte, 8);
    } else if (byte < size_) {
      std::memcpy(&w, p_ + byte, size_ - byte);
    }
    return w >> (bit_ & 7);
  }
  std::uint64_t Get(int bits) {  // REQUIRES: bits <= 32
    const std::uint64_t v = Window() & ((std::uint64_t{1} << bits) - 1);
    bit_ += static_cast<std::uint64_t>(bits);
    return v;
  }
  std::uint64_t Peek(int bits) {
    const std::uint64_t v = Get(bits);
    bit_ -= static_cast<std::uint64_t>(bits);
    return v;
  }
  void Skip(int bits) { bit_ += static_cast<std::uint64_t>(bits); }
  std::uint64_t bit() const { return bit_; }

 private:
  const char* p_;
  std::size_t size_;
  std::size_t fast_;  // an 8-byte load at byte <= fast_ stays readable
  std::uint64_t bit_;
};

// x in [0, r), r >= 1: with k = floor(log2 r) and u = 2^(k+1) - r, the u smallest values in
// k bits, the others as x + u in k + 1 bits (its high k bits first, then its low bit).
void PutTruncated(BitWriter* w, std::uint64_t x, std::uint64_t r) {
  if (r <= 1) return;
  const int k = std::bit_width(r) - 1;
  const std::uint64_t u = (std::uint64_t{2} << k) - r;
  if (x < u) {
    w->Put(x, k);
  } else {
    w->Put((x + u) >> 1, k);
    w->Put((x + u) & 1, 1);
  }
}

// Always a value in [0, r), whatever the bits.
std::uint64_t GetTruncated(BitReader* b, std::uint64_t r) {
  if (r <= 1) return 0;
  const int k = std::bit_width(r) - 1;
  const std::uint64_t u = (std::uint64_t{2} << k) - r;
  const std::uint64_t v = b->Get(k);
  if (v < u) return v;
  return ((v << 1) | b->Get(1)) - u;
}

// Rice parameter of a document's gaps: about log2 of the mean gap.
int RiceBits(std::uint64_t len, std::uint32_t f) {
  return std::max(0, static_cast<int>(std::bit_width(len / f)) - 1);
}

// g >> k in unary (that many 1 bits, then a 0), then g's low k bits; a quotient of 31 or more
// is 31 1 bits and g in 32 bits.
void PutRice(BitWriter* w, std::uint64_t g, int k) {
  const std::uint64_t q = g >> k;
  if (q < 31) {
    w->Put((std::uint64_t{1} << q) - 1, static_cast<int>(q) + 1);
    w->Put(g & ((std::uint64_t{1} << k) - 1), k);
  } else {
    w->Put(0x7FFFFFFF, 31);
    w->Put(g, 32);
  }
}

std::uint64_t GetRice(BitReader* r, int k) {
  // Mostly one load: the unary part and the low bits from one window.
  const std::uint64_t w = r->Window();
  auto q = static_cast<int>(std::countr_one(w));
  if (q < 31 && q + 1 + k <= 57) {
    r->Skip(q + 1 + k);
    return (static_cast<std::uint64_t>(q) << k) | ((w >> (q + 1)) & ((std::uint64_t{1} << k) - 1));
  }
  q = static_cast<int>(std::countr_one(r->Peek(31)));
  if (q < 31) {
    r->Skip(q + 1);
    return (static_cast<std::uint64_t>(q) << k) | r->Get(k);
  }
  r->Skip(31);
  return r->Get(32);
}

// One document's f positions in [0, len) (len >= f): none when they fill the range, one
// as a truncated binary code, more as Rice-coded gaps - 1.
void PutPositions(BitWriter* w, const std::uint32_t* p, std::uint32_t f, std::uint64_t len) {
  if (len == f) return;
  if (f == 1) {
    PutTruncated(w, p[0], len);
    return;
  }
  const int k = RiceBits(len, f);
  std::uint64_t next = 0;
  for (std::uint32_t i = 0; i < f; ++i) {
    PutRice(w, p[i] - next, k);
    next = static_cast<std::uint64_t>(p[i]) + 1;
  }
}

void GetPositions(BitReader* r, std::uint32_t* p, std::uint32_t f, std::uint64_t len) {
  if (len == f) {
    for (std::uint32_t i = 0; i < f; ++i) p[i] = i;
    return;
  }
  if (f == 1) {
    p[0] = static_cast<std::uint32_t>(GetTruncated(r, len));
    return;
  }
  const int k = RiceBits(len, f);
  const std::uint64_t mask = (std::uint64_t{1} << k) - 1;
  // Several codes from one window: `used` of its 57 bits are consumed, `w` holds the rest.
  std::uint64_t next = 0, w = r->Window();
  int used = 0;
  for (std::uint32_t i = 0; i < f; ++i) {
    auto q = static_cast<int>(std::countr_one(w));
    if (q >= 31 || used + q + 1 + k > 57) {
      r->Skip(used);
      used = 0;
      w = r->Window();
      q = static_cast<int>(std::countr_one(w));
      if (q >= 31 || q + 1 + k > 57) {  // the escape or a code longer than a window
        next += GetRice(r, k);
        p[i] = static_cast<std::uint32_t>(next);
        ++next;
        w = r->Window();
        continue;
      }
    }
    next += (static_cast<std::uint64_t>(q) << k) | ((w >> (q + 1)) & mask);
    w >>= q + 1 + k;
    used += q + 1 + k;
    p[i] = static_cast<std::uint32_t>(next);
    ++next;
  }
  r->Skip(used);
}

}  // namespace

void FormPairsOf(const std::uint32_t* forms, std::uint32_t n, std::vector<FormTf>* out) {
  out->clear();
  // Insertion into a sorted vector: a document holds few forms of one stem.
  for (std::uint32_t i = 0; i < n; ++i) {
    auto it = out->begin();
    while (it != out->end() && it->form < forms[i]) ++it;
    if (it != out->end() && it->form == forms[i]) {
      ++it->tf;
    } else {
      out->insert(it, FormTf{forms[i], 1});
    }
  }
}

void PostingsWriter::ClearBlock() {
  docs_.clear();
  freqs_.clear();
  pos_.clear();
  lens_.clear();
  lead_.clear();
  gap_.clear();
  other_counts_.clear();
  other_forms_.clear();
  other_tfs_.clear();
  lead_tfs_.clear();
  mixed_ = false;
}

void PostingsWriter::Start(bool positions, bool forms, bool lead) {
  positions_ = positions;
  forms_ = forms;
  with_lead_ = lead;
  df_ = 0;
  lead_df_ = 0;
  prev_last_ = 0;
  ClearBlock();
  one_form_ = true;
  skip_.clear();
  blocks_.clear();
  block_sizes_.clear();
  max_tf_ = 0;
  min_len_ = 0;
  max_form_tf_ = 0;
  max_lead_tf_ = 0;
  min_lead_len_ = 0;
}

void PostingsWriter::Add(std::uint32_t doc, std::uint32_t freq, const std::uint32_t* pos,
                         std::uint32_t field_len, const FormTf* forms, std::uint32_t num_forms,
                         std::uint32_t lead_tf, std::uint32_t lead_len) {
  docs_.push_back(doc);
  freqs_.push_back(freq);
  if (positions_) {
    pos_.insert(pos_.end(), pos, pos + freq);
    lens_.push_back(field_len);
  }
  if (docs_.size() == 1 || freq > max_tf_) max_tf_ = freq;
  if (docs_.size() == 1 || field_len < min_len_) min_len_ = field_len;
  if (with_lead_) {
    if (docs_.size() == 1) max_lead_tf_ = 0;
    lead_tfs_.push_back(lead_tf);
    if (lead_tf > 0) {
      ++lead_df_;
      if (max_lead_tf_ == 0 || lead_len < min_lead_len_) min_lead_len_ = lead_len;
      max_lead_tf_ = std::max(max_lead_tf_, lead_tf);
    }
  }
  if (forms_) {
    if (docs_.size() == 1) max_form_tf_ = 0;
    // The lead: the most frequent form (the first of equals).
    std::uint32_t lead = 0;
    for (std::uint32_t k = 1; k < num_forms; ++k) {
      if (forms[k].tf > forms[lead].tf) lead = k;
    }
    lead_.push_back(forms[lead].form);
    if (num_forms > 1 || forms[0].form != 0) one_form_ = false;
    if (freq >= 2) gap_.push_back(freq - forms[lead].tf);  // a single occurrence has none
    max_form_tf_ = std::max(max_form_tf_, forms[lead].tf);
    if (num_forms > 1) {
      mixed_ = true;
      other_counts_.push_back(num_forms - 2);
      std::uint32_t written = 0;
      for (std::uint32_t k = 0; k < num_forms; ++k) {
        if (k == lead) continue;
        other_forms_.push_back(forms[k].form);
        // The last other form's tf is the rest of the gap.
        if (++written + 1 < num_forms) other_tfs_.push_back(forms[k].tf - 1);
      }
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
  // A full block's doc gaps, freqs and lead forms are packed vertically (SIMD unpacking);
  // a last, shorter block's as a row of values.
  const auto pack = [&](int width) {
    if (n == kBlockSize) {
      PackVertical(tmp_.data(), width, &blocks_);
    } else {
      Pack(tmp_.data(), n, width, &blocks_);
    }
  };
  int bits = MaxBitWidth(tmp_.data(), n);
  blocks_.push_back(static_cast<char>(bits));
  pack(bits);
  for (std::size_t i = 0; i < n; ++i) tmp_[i] = freqs_[i] - 1;
  bits = MaxBitWidth(tmp_.data(), n);
  blocks_.push_back(static_cast<char>(bits));
  pack(bits);
  if (with_lead_ && max_lead_tf_ > 0) {
    // Beside the freqs; none in a block without lead occurrences (its skip entry says so).
    // Dense: every document's lead tf, packed as the freqs. Sparse (flag 0x80; most blocks,
    // as few of a term's documents have it in their lead): their number k (a byte, so a
    // reader finds the section's end without counting bits), a bitmap of them, then their
    // lead tf - 1 as a row.
    std::copy(lead_tfs_.begin(), lead_tfs_.end(), tmp_.begin());
    const int dense_bits = MaxBitWidth(tmp_.data(), n);
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (lead_tfs_[i] > 0) tmp_[k++] = lead_tfs_[i] - 1;
    }
    const int sparse_bits = MaxBitWidth(tmp_.data(), k);
    if (k <= kMaxSparseLeads && SparseLeadBytes(n, k, sparse_bits) < PackedBytes(n, dense_bits)) {
      blocks_.push_back(static_cast<char>(sparse_bits | 0x80));
      blocks_.push_back(static_cast<char>(k));
      for (std::size_t i = 0; i < n; i += 8) {
        unsigned byte = 0;
        for (std::size_t j = i; j < std::min(n, i + 8); ++j) byte |= (lead_tfs_[j] > 0 ? 1U : 0U) << (j - i);
        blocks_.push_back(static_cast<char>(byte));
      }
      Pack(tmp_.data(), k, sparse_bits, &blocks_);
    } else {
      std::copy(lead_tfs_.begin(), lead_tfs_.end(), tmp_.begin());
      blocks_.push_back(static_cast<char>(dense_bits));
      pack(dense_bits);
    }
  }
  forms_at_ = blocks_.size();
  if (forms_) {
    // Before the positions, so the exact view is read without walking them.
    bits = MaxBitWidth(lead_.data(), n);
    blocks_.push_back(static_cast<char>(bits | (mixed_ ? 0x80 : 0)));
    if (n == kBlockSize) {
      PackVertical(lead_.data(), bits, &blocks_);  // one value per document, as the freqs
    } else {
      Pack(lead_.data(), n, bits, &blocks_);
    }
    if (mixed_) {
      for (const std::vector<std::uint32_t>* v : {&gap_, &other_counts_, &other_forms_, &other_tfs_}) {
        bits = MaxBitWidth(v->data(), v->size());
        blocks_.push_back(static_cast<char>(bits));
        Pack(v->data(), v->size(), bits, &blocks_);
      }
    }
  }
  forms_size_ = blocks_.size() - forms_at_;
  if (positions_) {
    BitWriter w(&blocks_);
    const std::uint32_t* p = pos_.data();
    for (std::size_t i = 0; i < n; ++i) {
      // The range is at least freq wide (a field_len below freq breaks Add's contract).
      const std::uint64_t len = std::max(lens_[i], freqs_[i]);
      PutPositions(&w, p, freqs_[i], len);
      p += freqs_[i];
    }
    w.Flush();
  }
  const std::uint32_t last = docs_.back();
  PutVarint(&skip_, last + 1 - prev_last_);
  block_sizes_.push_back(blocks_.size() - start);
  PutVarint(&skip_, max_tf_);
  PutVarint(&skip_, min_len_);
  if (forms_) PutVarint(&skip_, max_form_tf_);
  if (with_lead_) {
    PutVarint(&skip_, max_lead_tf_);
    if (max_lead_tf_ > 0) PutVarint(&skip_, min_lead_len_);
  }
  prev_last_ = last + 1;
  ClearBlock();
}

std::uint32_t PostingsWriter::Finish(std::string* out) {
  FlushBlock();
  // Neither the df nor the list's kind is stored: the reader has the dictionary's df and
  // the term's space (format 8). The block count follows from the df and the entries are
  // varints, so the table needs no length; the last block ends where the list ends, so its
  // size is not stored (format 5).
  if (block_sizes_.size() == 1) {
    // One block (most lists): its last document and maxima are read from the block when
    // the list is opened (PostingCursor::Init decodes it anyway, format 7), and its minima
    // from the block's documents' lengths in the document table (format 8). A body stem
    // list says in a flags byte whether it has lead occurrences; without them it stores no
    // lead df or lead section.
    // A list with forms whose documents all hold form 0 only (the stem has one form in the
    // segment; most rare stems) says so in the next bit and stores no forms section. The
    // min lengths are not stored: the reader has the document table (format 8).
    const bool lead = with_lead_ && lead_df_ > 0;
    const bool one_form = forms_ && one_form_;
    if (forms_ || with_lead_) {
      std::uint64_t head = 0;
      if (forms_) head = head << 1 | (one_form ? 1U : 0U);
      if (with_lead_) head = head << 1 | (lead ? 1U : 0U);
      out->push_back(static_cast<char>(head));
    }
    if (lead) PutVarint(out, lead_df_);  // the lead term's df (it has no entry of its own)
    if (one_form) {
      out->append(blocks_, 0, forms_at_);
      out->append(blocks_, forms_at_ + forms_size_);
    } else {
      out->append(blocks_);
    }
    return df_;
  }
  if (with_lead_) PutVarint(out, lead_df_);
  out->append(skip_);
  for (std::size_t b = 0; b + 1 < block_sizes_.size(); ++b) PutVarint(out, block_sizes_[b]);
  out->append(blocks_);
  return df_;
}

Status PostingCursor::Init(std::string_view list, std::uint32_t df, ListKind kind, ListLengths lengths,
                           std::uint32_t form_filter) {
  ByteReader d(list);
  df_ = df;
  positions_ = kind.positions;
  forms_ = kind.forms;
  lead_ = kind.lead;
  lead_df_ = 0;
  one_form_ = false;
  if (form_filter != kAllForms && !forms_) return Status::Corruption("posting list has no forms to filter by");
  form_filter_ = form_filter;
  // In 64 bits: a damaged df near 2^32 must not wrap to no blocks.
  const auto nb = static_cast<std::uint32_t>((std::uint64_t{df_} + kBlockSize - 1) / kBlockSize);
  // A damaged df could ask for more entries than the list has bytes (each takes >= 3; a
  // list of one block has none, and may be its two width bytes alone).
  if (nb > 1 && nb > d.left() / 3) return Status::Corruption("posting list skip table is damaged");
  skips_.resize(nb);
  impacts_.resize(nb);
  if (nb == 1) return InitOneBlock(&d, lengths, kind.lengths);
  if (lead_ && (!d.Varint32(&lead_df_) || lead_df_ > df_)) {
    return Status::Corruption("posting list header is truncated");
  }
  std::uint64_t last = 0;
  list_impact_ = {};
  for (std::uint32_t b = 0; b < nb; ++b) {
    std::uint64_t dl = 0;
    std::uint32_t tf = 0, len = 0, form_tf = 0, lead_tf = 0, lead_len = 0;
    if (!d.Varint(&dl) || !d.Varint32(&tf) || !d.Varint32(&len) ||
        (forms_ && !d.Varint32(&form_tf)) || (lead_ && !d.Varint32(&lead_tf)) ||
        (lead_tf > 0 && !d.Varint32(&lead_len)) || dl == 0 || last + dl > 0xFFFFFFFFULL) {
      return Status::Corruption("posting list skip table is damaged");
    }
    last += dl;
    skips_[b] = {static_cast<std::uint32_t>(last - 1), 0, 0};
    // Filtered, the frequency is one form's (and the lead is not read).
    // max_lead_tf stays: it says whether the block has a lead section.
    impacts_[b] = {form_filter_ == kAllForms ? tf : form_tf, len, form_tf, lead_tf, lead_len};
    list_impact_.max_tf = std::max(list_impact_.max_tf, impacts_[b].max_tf);
    list_impact_.max_form_tf = std::max(list_impact_.max_form_tf, form_tf);
    list_impact_.min_len = b == 0 ? len : std::min(list_impact_.min_len, len);
    if (impacts_[b].max_lead_tf > 0) {
      list_impact_.min_lead_len =
          list_impact_.max_lead_tf == 0 ? lead_len : std::min(list_impact_.min_lead_len, lead_len);
      list_impact_.max_lead_tf = std::max(list_impact_.max_lead_tf, impacts_[b].max_lead_tf);
    }
  }
  for (std::uint32_t b = 0; b + 1 < nb; ++b) {
    std::uint64_t size = 0;
    if (!d.Varint(&size) || size > 0xFFFFFFFFULL) {
      return Status::Corruption("posting list skip table is damaged");
    }
    skips_[b].size = static_cast<std::uint32_t>(size);
  }
  blocks_ = d.data();
  blocks_size_ = d.left();
  std::uint64_t off = 0;
  for (std::uint32_t b = 0; b < nb; ++b) {
    if (off > blocks_size_) return Status::Corruption("posting list skip table is damaged");
    const std::uint64_t size = b + 1 < nb ? skips_[b].size : blocks_size_ - off;
    if (off + size > blocks_size_) return Status::Corruption("posting list skip table is damaged");
    skips_[b].offset = static_cast<std::uint32_t>(off);
    skips_[b].size = static_cast<std::uint32_t>(size);
    off += size;
  }
  if (nb == 0) {
    doc_ = kNoMoreDocs;
    return Status::Ok();
  }
  LoadBlock(0);
  return Status::Ok();
}

Status PostingCursor::InitOneBlock(ByteReader* d, ListLengths lengths, bool text) {
  std::uint8_t head = 0;
  // A byte of flags in lists with forms or the lead (format 8): the lead bit lowest, then
  // the one-form bit; without them a list is read as one without the lead.
  if ((forms_ || lead_) && !d->Byte(&head)) return Status::Corruption("posting list skip table is damaged");
  if (lead_) {
    lead_ = (head & 1) != 0;
    head >>= 1;
  }
  if (forms_) {
    one_form_ = (head & 1) != 0;
    head >>= 1;
  }
  if (head != 0 || (lead_ && (!d->Varint32(&lead_df_) || lead_df_ > df_)) || d->left() == 0) {
    return Status::Corruption("posting list skip table is damaged");
  }
  blocks_ = d->data();
  blocks_size_ = d->left();
  skips_[0] = {0, 0, static_cast<std::uint32_t>(blocks_size_)};
  // A max lead tf above 0 says the block has a lead section; the real one is read below.
  impacts_[0] = {0, 0, 0, lead_ ? 1U : 0U, 0};
  // The whole block unfiltered: the last document and the maxima the writer left out.
  const std::uint32_t filter = form_filter_;
  form_filter_ = kAllForms;
  LoadBlock(0);
  form_filter_ = filter;
  skips_[0].last_doc = docs_[n_ - 1];
  DecodeFreqs();
  BlockImpact& im = impacts_[0];
  im.max_tf = *std::max_element(freqs_, freqs_ + n_);
  // The min length from the document table (a list without lengths: every document 1).
  const auto length = [](std::span<const std::uint32_t> lens, std::uint32_t doc) {
    return doc < lens.size() ? lens[doc] : 0U;
  };
  im.min_len = text ? length(lengths.field, docs_[0]) : 1;
  for (std::uint32_t i = 1; text && i < n_; ++i) im.min_len = std::min(im.min_len, length(lengths.field, docs_[i]));
  if (forms_) {
    DecodeForms();
    // A document's lead form is its most frequent, with freq - gap occurrences.
    for (std::uint32_t i = 0; i < n_; ++i) {
      im.max_form_tf = std::max(im.max_form_tf, forms_mixed_ ? freqs_[i] - std::min(gap_of_[i], freqs_[i]) : freqs_[i]);
    }
  }
  if (im.max_lead_tf > 0) {
    DecodeLeads();
    im.max_lead_tf = 0;
    for (std::uint32_t i = 0; i < n_; ++i) {
      if (lead_tfs_[i] == 0) continue;
      const std::uint32_t len = length(lengths.lead, docs_[i]);
      im.min_lead_len = im.max_lead_tf == 0 ? len : std::min(im.min_lead_len, len);
      im.max_lead_tf = std::max(im.max_lead_tf, lead_tfs_[i]);
    }
    // As the writer: a lead length is at least 1 (0 with max lead tf 0: no lead, damaged).
    if (im.max_lead_tf > 0) im.min_lead_len = std::max(im.min_lead_len, 1U);
  }
  if (form_filter_ != kAllForms) im.max_tf = im.max_form_tf;
  list_impact_ = im;
  if (form_filter_ != kAllForms) FilterBlock();  // doc_ = kNoMoreDocs when the form is absent
  return Status::Ok();
}

std::uint32_t PostingCursor::LeadDfOf(std::string_view list, std::uint32_t df) {
  ByteReader d(list);
  std::uint32_t lead_df = 0;
  if (df == 0) return 0;
  // One block: the flags byte's low bit says whether the lead df follows (format 8).
  std::uint8_t flags = 0;
  if (df <= kBlockSize && (!d.Byte(&flags) || (flags & 1) == 0)) return 0;
  if (!d.Varint32(&lead_df)) return 0;
  return lead_df;
}

void PostingCursor::LoadBlock(std::uint32_t b, std::uint32_t target) {
  for (;;) {
    block_ = b;
    n_ = b + 1 == skips_.size() ? df_ - b * kBlockSize : kBlockSize;
    const char* p = blocks_ + skips_[b].offset;
    const char* end = p + skips_[b].size;
    std::uint32_t base = b == 0 ? 0 : skips_[b - 1].last_doc + 1;
    int bits = static_cast<unsigned char>(*p++);
    if (bits > 32 || p + PackedBytes(n_, bits) > end) bits = 0;  // damaged: read as zeros
    const std::size_t avail = blocks_size_ - static_cast<std::size_t>(p - blocks_);
    std::uint32_t first = 0;  // documents before the chunk holding target are < target
    vertical_ = n_ == kBlockSize;
    if (target != kNoMoreDocs && form_filter_ == kAllForms && (vertical_ || CanUnpackGroups(bits, avail))) {
      // A probe: only the chunks up to the target (DecodeMoreDocs does the rest on demand).
      doc_packed_ = p;
      doc_bits_ = bits;
      dec_ = 0;
      DecodeMoreDocs(base);
      while (dec_ < n_ && docs_[dec_ - 1] < target) {
        first = dec_;
        DecodeMoreDocs(docs_[dec_ - 1] + 1);
      }
    } else if (vertical_) {
      UnpackVerticalRunningSum(p, bits, 0, kBlockSize / kVerticalChunk, base, docs_);
      dec_ = n_;
    } else {
      UnpackUpTo128(p, n_, bits, docs_, avail);
      PrefixDocs(docs_, n_, base);
      dec_ = n_;
    }
    p += PackedBytes(n_, bits);
    freq_data_ = p;
    freqs_decoded_ = false;
    leads_decoded_ = false;
    forms_decoded_ = false;
    others_decoded_ = false;
    pos_started_ = false;
    idx_ = first;
    doc_ = docs_[first];
    if (form_filter_ == kAllForms) return;
    FilterBlock();
    if (n_ > 0) return;
    if (++b == skips_.size()) {
      doc_ = kNoMoreDocs;
      return;
    }
  }
}

void PostingCursor::DecodeMoreDocs(std::uint32_t base) {
  // Values per partial decode: 8 rows of a vertical block, or 4 groups of 8 of a shorter one.
  constexpr std::uint32_t kChunk = kVerticalChunk;
  if (vertical_) {
    UnpackVerticalRunningSum(doc_packed_, doc_bits_, static_cast<int>(dec_ / kChunk), 1, base, docs_);
  } else {
    UnpackGroups(doc_packed_, doc_bits_, static_cast<int>(dec_ / 8), kChunk / 8, docs_);
    PrefixDocs(docs_ + dec_, kChunk, base);
  }
  dec_ = std::min(n_, dec_ + kChunk);
}

void PostingCursor::FilterBlock() {
  if (!forms_decoded_) DecodeForms();
  std::uint32_t kept = 0;
  for (std::uint32_t i = 0; i < n_; ++i) {
    const std::uint32_t count = FormFreqAt(i, form_filter_);  // reads freqs_[i] before it is overwritten
    if (count == 0) continue;
    docs_[kept] = docs_[i];
    freqs_[kept] = count;
    ++kept;
  }
  n_ = kept;
  dec_ = kept;
  idx_ = 0;
  doc_ = kept > 0 ? docs_[0] : kNoMoreDocs;
}

void PostingCursor::DecodeFreqs() {
  const char* end = blocks_ + skips_[block_].offset + skips_[block_].size;
  if (vertical_) {
    const char* p = freq_data_;
    int bits = p < end ? static_cast<unsigned char>(*p++) : 0;
    if (bits > 32 || p + PackedBytes(kBlockSize, bits) > end) bits = 0;  // damaged: read as zeros
    UnpackVertical(p, bits, 1, freqs_);
    after_freqs_ = std::min(end, p + PackedBytes(kBlockSize, bits));
  } else {
    after_freqs_ = std::min(end, UnpackSection(freq_data_, end, blocks_ + blocks_size_, n_, freqs_));
    for (std::uint32_t i = 0; i < n_; ++i) ++freqs_[i];
  }
  lead_data_ = after_freqs_;
  if (lead_ && impacts_[block_].max_lead_tf > 0) {
    // The lead-field section (PostingsWriter::FlushBlock): dense or sparse.
    const char* p = lead_data_;
    const int head = p < end ? static_cast<unsigned char>(*p++) : 0;
    const int bits = head & 0x7F;
    std::size_t size = 0;
    if ((head & 0x80) == 0) {
      size = PackedBytes(n_, bits);
    } else {
      const std::uint32_t k = p < end ? static_cast<unsigned char>(*p) : 0;
      size = SparseLeadBytes(n_, k, bits);
    }
    after_freqs_ = std::min(end, p + size);
  }
  freqs_decoded_ = true;
}

// A damaged section (a width over 32 or data past the block) reads as zeros.
void PostingCursor::DecodeLeads() {
  if (!freqs_decoded_) DecodeFreqs();
  leads_decoded_ = true;
  const char* end = blocks_ + skips_[block_].offset + skips_[block_].size;
  const char* limit = blocks_ + blocks_size_;
  const char* p = lead_data_;
  const int head = p < end ? static_cast<unsigned char>(*p++) : 0;
  int bits = head & 0x7F;
  if ((head & 0x80) == 0) {  // dense
    if (bits > 32 || p + PackedBytes(n_, bits) > end) bits = 0;  // damaged: zeros
    if (vertical_) {
      UnpackVertical(p, bits, 0, lead_tfs_);
    } else {
      UnpackUpTo128(p, n_, bits, lead_tfs_, static_cast<std::size_t>(limit - p));
    }
    return;
  }
  // Sparse: k, the bitmap, then lead tf - 1 of the k documents it marks, each read where it
  // lies (k is small: FlushBlock writes no more than kMaxSparseLeads).
  std::fill(lead_tfs_, lead_tfs_ + n_, 0U);
  const std::uint32_t k = std::min<std::uint32_t>(p < end ? static_cast<unsigned char>(*p++) : 0, n_);
  const std::size_t map = (n_ + 7) / 8;
  const char* values = p + map;
  if (bits > 32 || values + PackedBytes(k, bits) > end) return;  // damaged: zeros
  std::uint64_t words[2] = {0, 0};
  std::memcpy(words, p, map);
  const auto readable = static_cast<std::size_t>(limit - values);
  std::uint32_t j = 0;
  for (int w = 0; w < 2; ++w) {
    for (std::uint64_t m = words[w]; m != 0 && j < k; m &= m - 1) {
      const auto i = static_cast<std::uint32_t>(w * 64 + __builtin_ctzll(m));
      if (i >= n_) break;
      lead_tfs_[i] = ExtractPacked(values, readable, j, bits) + 1;
      ++j;
    }
  }
}

void PostingCursor::NextSlow() {
  if (doc_ == kNoMoreDocs) return;
  if (++idx_ < dec_) {
    doc_ = docs_[idx_];
    return;
  }
  if (idx_ < n_) {
    DecodeMoreDocs(docs_[dec_ - 1] + 1);
    doc_ = docs_[idx_];
    return;
  }
  if (block_ + 1 < skips_.size()) {
    LoadBlock(block_ + 1);
  } else {
    doc_ = kNoMoreDocs;
  }
}

// Targets mostly fall in the next few blocks: a short scan before the binary search.
std::size_t PostingCursor::BlockFor(std::uint32_t target, std::size_t from) const {
  const std::size_t n = skips_.size();
  for (std::size_t b = from; b < n && b < from + 4; ++b) {
    if (skips_[b].last_doc >= target) return b;
  }
  if (from + 4 >= n) return n;
  const auto it = std::partition_point(skips_.begin() + static_cast<std::ptrdiff_t>(from + 4), skips_.end(),
                                       [target](const Skip& s) { return s.last_doc < target; });
  return static_cast<std::size_t>(it - skips_.begin());
}

bool PostingCursor::LoadBlockOf(std::uint32_t target) {
  if (skips_[block_].last_doc >= target) return true;
  const auto b = static_cast<std::uint32_t>(BlockFor(target, block_ + 1));
  if (b == skips_.size()) {
    doc_ = kNoMoreDocs;
    return false;
  }
  LoadBlock(b, target);
  return true;
}

void PostingCursor::Advance(std::uint32_t target) {
  if (doc_ >= target) return;
  if (form_filter_ != kAllForms) {
    AdvanceFiltered(target);
    return;
  }
  if (!LoadBlockOf(target)) return;
  std::uint32_t i = idx_;
  while (dec_ < n_ && docs_[dec_ - 1] < target) {
    i = dec_;
    DecodeMoreDocs(docs_[dec_ - 1] + 1);
  }
  if (docs_[dec_ - 1] < target) i = dec_ - 1;  // a damaged block: stay inside it
  while (docs_[i] < target) ++i;
  idx_ = i;
  doc_ = docs_[i];
}

// A filtered block may hold no document >= target although its last document is.
void PostingCursor::AdvanceFiltered(std::uint32_t target) {
  if (!LoadBlockOf(target)) return;
  while (doc_ < target) Next();
}

bool PostingCursor::ShallowBlock(std::uint32_t target, std::uint32_t* block_last,
                                 BlockImpact* impact) const {
  const std::size_t b = BlockFor(target, block_);
  if (b == skips_.size()) return false;
  *block_last = skips_[b].last_doc;
  *impact = impacts_[b];
  return true;
}

// A damaged section (a width over 32 or data past the block) reads as zeros.
void PostingCursor::DecodeForms() {
  if (!freqs_decoded_) DecodeFreqs();
  const char* const end = blocks_ + skips_[block_].offset + skips_[block_].size;
  const char* p = after_freqs_;
  forms_mixed_ = false;
  if (one_form_) {
    std::fill(lead_of_, lead_of_ + n_, 0U);  // no section: every document's one form is 0
  } else if (forms_) {
    const int head = p < end ? static_cast<unsigned char>(*p++) : 0;
    int bits = head & 0x7F;
    forms_mixed_ = (head & 0x80) != 0;
    if (bits > 32 || p + PackedBytes(n_, bits) > end) bits = 0;
    if (vertical_) {
      UnpackVertical(p, bits, 0, lead_of_);
    } else {
      UnpackUpTo128(p, n_, bits, lead_of_, static_cast<std::size_t>(blocks_ + blocks_size_ - p));
    }
    p += PackedBytes(n_, bits);
    if (forms_mixed_) {
      // Gaps of the documents with freq >= 2 only, spread to all.
      std::uint32_t several = 0;
      for (std::uint32_t i = 0; i < n_; ++i) several += freqs_[i] >= 2 ? 1U : 0U;
      std::uint32_t gaps[kBlockSize];
      p = UnpackSection(p, end, blocks_ + blocks_size_, several, gaps);
      for (std::uint32_t i = 0, g = 0; i < n_; ++i) gap_of_[i] = freqs_[i] >= 2 ? gaps[g++] : 0;
    }
  }
  others_at_ = std::min(p, end);
  forms_decoded_ = true;
}

void PostingCursor::DecodeOthers() {
  if (!forms_decoded_) DecodeForms();
  const char* const end = blocks_ + skips_[block_].offset + skips_[block_].size;
  const char* p = others_at_;
  // Every destination below has room for a whole block's values after it.
  const auto section = [&](std::uint32_t count, std::uint32_t* out) {
    p = UnpackSection(p, end, blocks_ + blocks_size_, count, out);
  };
  other_start_[0] = 0;
  if (forms_mixed_) {
    std::uint32_t with = 0;  // documents with other forms have a count
    for (std::uint32_t i = 0; i < n_; ++i) with += gap_of_[i] > 0 ? 1U : 0U;
    section(with, counts_);
    for (std::uint32_t i = 0, c = 0; i < n_; ++i) {
      // Each other form occurs at least once: at most gap of them (a damaged count is cut).
      const std::uint32_t k = gap_of_[i] > 0 ? 1 + std::min(counts_[c++], gap_of_[i] - 1) : 0;
      other_start_[i + 1] = other_start_[i] + k;
    }
    const std::uint32_t others = other_start_[n_];
    if (other_form_.size() < others + kBlockSize) other_form_.resize(others + kBlockSize);
    if (other_tf_.size() < others + kBlockSize) other_tf_.resize(others + kBlockSize);
    section(others, other_form_.data());
    // Stored: tf - 1 of each but a document's last other form. The one of the r-th such
    // document's pair j sits at j - r; read from offset `with` it stays ahead of the
    // front-to-back expansion in place.
    section(others - with, other_tf_.data() + with);
    for (std::uint32_t i = 0, r = 0; i < n_; ++i) {
      if (other_start_[i + 1] == other_start_[i]) continue;
      std::uint32_t rest = gap_of_[i];
      const std::uint32_t last = other_start_[i + 1] - 1;
      for (std::uint32_t j = other_start_[i]; j < last; ++j) {
        const std::uint32_t tf = std::min(rest, other_tf_[with + j - r] + 1);
        other_tf_[j] = tf;
        rest -= tf;
      }
      other_tf_[last] = rest;
      ++r;
    }
  } else {
    for (std::uint32_t i = 0; i < n_; ++i) other_start_[i + 1] = 0;
  }
  pos_data_ = std::min(p, end);
  others_decoded_ = true;
}

std::uint32_t PostingCursor::OtherFormFreq(std::uint32_t i, std::uint32_t form) {
  if (!others_decoded_) DecodeOthers();
  for (std::uint32_t j = other_start_[i]; j < other_start_[i + 1]; ++j) {
    if (other_form_[j] == form) return other_tf_[j];
    if (other_form_[j] > form) break;
  }
  return 0;
}

std::span<const FormTf> PostingCursor::FormPairs() {
  if (!others_decoded_) DecodeOthers();
  pairs_.clear();
  const std::uint32_t lead = lead_of_[idx_];
  bool lead_in = false;
  for (std::uint32_t j = other_start_[idx_]; j < other_start_[idx_ + 1]; ++j) {
    if (!lead_in && lead < other_form_[j]) {
      pairs_.push_back(FormTf{lead, FormFreqAt(idx_, lead)});
      lead_in = true;
    }
    pairs_.push_back(FormTf{other_form_[j], other_tf_[j]});
  }
  if (!lead_in) pairs_.push_back(FormTf{lead, FormFreqAt(idx_, lead)});
  return pairs_;
}

ListSections PostingCursor::Measure(std::string_view list, std::uint32_t df, ListKind kind, ListLengths lengths) {
  ListSections out;
  PostingCursor c;
  if (!c.Init(list, df, kind, lengths).ok()) return out;
  out.skips = static_cast<std::uint64_t>(c.blocks_ - list.data());
  for (std::uint32_t b = 0; b < c.skips_.size(); ++b) {
    c.LoadBlock(b);
    c.DecodeOthers();
    const char* start = c.blocks_ + c.skips_[b].offset;
    const char* end = start + c.skips_[b].size;
    out.docs += static_cast<std::uint64_t>(c.freq_data_ - start);
    const char* leads = c.lead_ ? c.lead_data_ : c.after_freqs_;
    out.freqs += static_cast<std::uint64_t>(leads - c.freq_data_);
    out.leads += static_cast<std::uint64_t>(c.after_freqs_ - leads);
    out.forms += static_cast<std::uint64_t>(c.pos_data_ - c.after_freqs_);
    out.positions += static_cast<std::uint64_t>(end - c.pos_data_);
  }
  return out;
}

const std::uint32_t* PostingCursor::Positions(std::span<const std::uint32_t> field_lens) {
  if (!pos_started_) {
    if (!others_decoded_) DecodeOthers();
    pos_start_[0] = 0;
    for (std::uint32_t i = 0; i < n_; ++i) pos_start_[i + 1] = pos_start_[i] + freqs_[i];
    pos_.resize(pos_start_[n_]);
    pos_docs_ = 0;
    pos_bit_ = 0;
    pos_started_ = true;
  }
  if (pos_docs_ <= idx_) {
    const char* end = blocks_ + skips_[block_].offset + skips_[block_].size;
    BitReader r(pos_data_, end, blocks_ + blocks_size_, pos_bit_);
    for (; pos_docs_ <= idx_; ++pos_docs_) {
      const std::uint32_t d = docs_[pos_docs_], f = freqs_[pos_docs_];
      const std::uint64_t len = std::max(d < field_lens.size() ? field_lens[d] : 0U, f);
      GetPositions(&r, pos_.data() + pos_start_[pos_docs_], f, len);
    }
    pos_bit_ = r.bit();
  }
  return pos_.data() + pos_start_[idx_];
}

}  // namespace marsad::index
