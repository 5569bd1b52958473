// Segment file encoding and reading; see segment_reader.h and docs/formats/index.md.
#include "marsad/index/segment_reader.h"

#include <limits>
#include <unordered_map>

#include "marsad/base/byte_coding.h"
#include "marsad/index/file_footer.h"

namespace marsad::index {

using base::ByteReader;
using base::DecodeFixed64;
using base::PutFixed32;
using base::PutFixed64;
using base::PutString;
using base::PutVarint;
namespace {

constexpr std::int64_t kNoDate = std::numeric_limits<std::int64_t>::min();

std::uint64_t ZigZag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
std::int64_t UnZigZag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

constexpr char kRebuild[] =
    "; rebuild the index: delete the index directory (<store>/index) and run "
    "`marsad ingest --stages index`, which re-indexes every stored document";

}  // namespace

std::string EncodeSegment(std::string_view postings, std::string_view dict,
                          const std::vector<DocRecord>& docs) {
  FileSink sink(nullptr);
  sink.buffer()->reserve(postings.size() + dict.size() + docs.size() * 32 + 128);
  sink.Append(postings);
  const std::uint64_t dict_off = sink.offset();
  sink.Append(dict);
  (void)FinishSegment(dict_off, docs, &sink);  // no file: cannot fail
  return sink.TakeBuffer();
}

Status FinishSegment(std::uint64_t dict_off, const std::vector<DocRecord>& docs, FileSink* sink) {
  std::string& out = *sink->buffer();
  const std::uint64_t docs_off = sink->offset();
  PutVarint(&out, docs.size());
  PutVarint(&out, kNumFields);
  for (int f = 0; f < kNumFields; ++f) {
    std::uint64_t total = 0;
    for (const DocRecord& d : docs) total += d.len[f];
    PutVarint(&out, total);
  }
  for (const DocRecord& d : docs) {
    for (int f = 0; f < kNumFields; ++f) PutVarint(&out, d.len[f]);
  }
  std::unordered_map<std::string_view, std::uint32_t> codes;
  std::vector<std::string_view> table;
  std::string source_codes;
  for (const DocRecord& d : docs) {
    auto [it, inserted] = codes.emplace(d.source, static_cast<std::uint32_t>(table.size()));
    if (inserted) table.push_back(d.source);
    PutVarint(&source_codes, it->second);
  }
  PutVarint(&out, table.size());
  for (std::string_view s : table) PutString(&out, s);
  out.append(source_codes);
  for (const DocRecord& d : docs) PutVarint(&out, d.date ? ZigZag(*d.date) + 1 : 0);
  for (const DocRecord& d : docs) PutFixed64(&out, d.version);
  // Ids front-coded against the previous document's (format 7): ids of one source share
  // most of their bytes (news-known-item's: 888 KB as they are, 379 KB coded).
  std::string_view prev_id;
  for (const DocRecord& d : docs) {
    const std::string_view id = d.id;
    std::size_t shared = 0;
    while (shared < id.size() && shared < prev_id.size() && id[shared] == prev_id[shared]) ++shared;
    PutVarint(&out, shared);
    PutString(&out, id.substr(shared));
    prev_id = id;
  }
  PutFixed32(&out, Stopwords::Embedded().fingerprint());
  const std::uint64_t end = sink->offset();
  PutFixed64(&out, 0);  // postings offset
  PutFixed64(&out, dict_off);
  PutFixed64(&out, docs_off);
  PutFixed64(&out, end);
  return sink->Finish(FileKind::kSegment, kSegmentFormatVersion);
}

Result<std::shared_ptr<const SegmentReader>> SegmentReader::Open(io::Env* env,
                                                                 const std::string& path) {
  auto file = env->OpenReadOnly(path);
  if (!file.ok()) return file.status();
  std::shared_ptr<SegmentReader> r(new SegmentReader());
  r->file_ = std::move(file).value();
  r->data_ = r->file_->data();
  MARSAD_RETURN_IF_ERROR(r->Parse(path));
  return std::shared_ptr<const SegmentReader>(std::move(r));
}

Result<std::shared_ptr<const SegmentReader>> SegmentReader::FromBytes(std::string bytes,
                                                                      const std::string& name) {
  std::shared_ptr<SegmentReader> r(new SegmentReader());
  r->owned_ = std::move(bytes);
  r->data_ = r->owned_;
  MARSAD_RETURN_IF_ERROR(r->Parse(name));
  return std::shared_ptr<const SegmentReader>(std::move(r));
}

Status SegmentReader::Parse(const std::string& path) {
  path_ = path;
  Result<std::string_view> checked = CheckFooter(data_, FileKind::kSegment, kSegmentFormatVersion, path);
  if (checked.status().code() == StatusCode::kNotSupported) {
    // Older segments are not converted in place (format 2 kept exact-view posting lists;
    // format 3 a form id per occurrence instead of (form, tf) pairs per document; format 4
    // packed a full block's doc gaps and freqs as a row instead of in 4 lanes, and positions in
    // frame-of-reference blocks instead of coded by document length; format 5 the lead field's
    // own posting lists instead of its frequencies inside the body stem lists; format 6 a full
    // skip entry in lists of one block; format 7 each list's df and kind in its header, the
    // minima of one-block lists, forms sections in one-form lists, three varints a form ref,
    // unpacked dictionary suffixes; format 8 indexed stopwords, which searches now skip).
    return Status::NotSupported(checked.status().message() + kRebuild);
  }
  if (!checked.ok()) return checked.status();
  const std::string_view body = *checked;
  auto bad = [&path](const std::string& what) { return Status::Corruption(path + ": " + what); };
  if (body.size() < 32) return bad("segment trailer is truncated");
  const char* t = body.data() + body.size() - 32;
  const std::uint64_t post_off = DecodeFixed64(t), dict_off = DecodeFixed64(t + 8),
                      docs_off = DecodeFixed64(t + 16), end = DecodeFixed64(t + 24);
  if (post_off != 0 || dict_off > docs_off || docs_off > end || end != body.size() - 32) {
    return bad("segment section table is damaged");
  }
  postings_ = body.substr(0, dict_off);
  Status s = dict_.Init(body.substr(dict_off, docs_off - dict_off));
  if (!s.ok()) return bad(s.message());
  ByteReader d(body.substr(docs_off, end - docs_off));
  std::uint64_t n = 0, nf = 0;
  if (!d.Varint(&n) || !d.Varint(&nf) || nf != kNumFields || n > d.left()) {
    return bad("document table header is damaged");
  }
  for (auto& total : totals_) {
    if (!d.Varint(&total)) return bad("document table is truncated");
  }
  for (auto& l : lens_) l.resize(n);
  for (std::uint64_t i = 0; i < n; ++i) {
    for (auto& l : lens_) {
      if (!d.Varint32(&l[i])) return bad("document lengths are truncated");
    }
  }
  std::uint64_t ns = 0;
  if (!d.Varint(&ns) || ns > d.left()) return bad("source table is damaged");
  sources_.resize(ns);
  for (auto& src : sources_) {
    std::string_view v;
    if (!d.StringView(&v)) return bad("source table is truncated");
    src.assign(v);
  }
  source_of_.resize(n);
  for (auto& c : source_of_) {
    if (!d.Varint32(&c) || c >= ns) return bad("document sources are damaged");
  }
  dates_.resize(n);
  for (auto& date : dates_) {
    std::uint64_t v = 0;
    if (!d.Varint(&v)) return bad("document dates are truncated");
    date = v == 0 ? kNoDate : UnZigZag(v - 1);
  }
  versions_.resize(n);
  for (auto& version : versions_) {
    if (!d.Fixed64(&version)) return bad("document versions are truncated");
  }
  id_offsets_.resize(n + 1);
  id_offsets_[0] = 0;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t shared = 0;
    std::string_view suffix;
    const std::uint32_t prev = i == 0 ? 0 : id_offsets_[i - 1];
    if (!d.Varint(&shared) || !d.StringView(&suffix)) return bad("document ids are truncated");
    if (shared > id_offsets_[i] - prev) return bad("document ids are damaged");
    ids_.append(ids_, prev, static_cast<std::size_t>(shared));  // the previous id's prefix
    ids_.append(suffix);
    id_offsets_[i + 1] = static_cast<std::uint32_t>(ids_.size());
  }
  // Which lists have positions follows from the stopword set (ListKindOf): a segment
  // written with another set would be misread, so it is refused like another format.
  std::uint32_t stopwords = 0;
  if (!d.Fixed32(&stopwords)) return bad("stopword fingerprint is truncated");
  if (!d.done()) return bad("document table has trailing bytes");
  if (stopwords != Stopwords::Embedded().fingerprint()) {
    return Status::NotSupported(path + ": indexed with another stopword list (fingerprint " +
                                std::to_string(stopwords) + ", this build's " +
                                std::to_string(Stopwords::Embedded().fingerprint()) + ")" + kRebuild);
  }
  return Status::Ok();
}

std::optional<std::int64_t> SegmentReader::date(std::uint32_t doc) const {
  if (dates_[doc] == kNoDate) return std::nullopt;
  return dates_[doc];
}

DocRecord SegmentReader::Record(std::uint32_t doc) const {
  DocRecord r;
  r.id.assign(doc_id(doc));
  for (int f = 0; f < kNumFields; ++f) r.len[f] = lens_[f][doc];
  r.date = date(doc);
  r.source.assign(source(doc));
  r.version = version(doc);
  return r;
}

std::shared_ptr<const std::vector<float>> SegmentReader::LengthNorms(Field f, float a, float b) const {
  const std::lock_guard<std::mutex> lock(norms_mu_);
  NormCache& c = norms_[static_cast<int>(f)];
  if (c.norms == nullptr || c.a != a || c.b != b) {
    const std::vector<std::uint32_t>& lens = lens_[static_cast<int>(f)];
    auto norms = std::make_shared<std::vector<float>>(lens.size());
    // The expression the scorer used per posting, so scores stay bit-identical.
    for (std::size_t d = 0; d < lens.size(); ++d) (*norms)[d] = a + b * static_cast<float>(lens[d]);
    c = {a, b, std::move(norms)};
  }
  return c.norms;
}

}  // namespace marsad::index
