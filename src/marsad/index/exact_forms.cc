// Exact-form records; see exact_forms.h and docs/formats/index.md "Forms".
#include "marsad/index/exact_forms.h"

#include <utility>

#include "marsad/base/byte_coding.h"

namespace marsad::index {

using base::ByteReader;
using base::PutVarint;
namespace {

// One ref (format 8). Its first varint h says how the stem is given:
//   h & 1 == 0: the stem is norm[at, norm.size() - cut) with at and cut below 16 bytes (light
//               stemming takes short affixes off: most refs): at = h >> 1 & 15, cut =
//               h >> 5 & 15, form = h >> 9; two bytes for a form id below 32;
//   h & 3 == 1: the stem is norm.substr(at, length): form = h >> 2, then varint at and
//               varint length;
//   h & 3 == 3: otherwise: form = h >> 2, then varint length and the stem's bytes.
// Format 7 wrote varint form, then varint (offset << 1) and varint length, or varint
// (length << 1 | 1) and the bytes: three bytes for most refs.
constexpr std::uint64_t kShortAffix = 16;

bool DecodeOne(std::string_view norm, ByteReader* d, std::uint32_t* form, std::string_view* stem) {
  std::uint64_t h = 0, at = 0, len = 0;
  if (!d->Varint(&h)) return false;
  if ((h & 1) == 0) {
    at = h >> 1 & (kShortAffix - 1);
    const std::uint64_t cut = h >> 5 & (kShortAffix - 1);
    if ((h >> 9) > 0xFFFFFFFFULL || at + cut > norm.size()) return false;
    *form = static_cast<std::uint32_t>(h >> 9);
    len = norm.size() - at - cut;
  } else {
    if ((h >> 2) > 0xFFFFFFFFULL || !d->Varint(&len)) return false;
    *form = static_cast<std::uint32_t>(h >> 2);
    if ((h & 2) != 0) return d->Bytes(static_cast<std::size_t>(len), stem);
    if (!d->Varint(&at)) return false;
    std::swap(at, len);  // written: at, then length
    if (at > norm.size() || len > norm.size() - at) return false;
  }
  *stem = norm.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(len));
  return true;
}

}  // namespace

void EncodeFormRefs(std::string_view norm, const std::vector<FormRef>& refs, std::string* out) {
  for (const FormRef& r : refs) {
    const std::size_t at = r.stem.empty() ? 0 : norm.find(r.stem);
    const std::uint64_t form = r.form;
    if (at == std::string_view::npos) {
      PutVarint(out, form << 2 | 3);
      PutVarint(out, r.stem.size());
      out->append(r.stem);
      continue;
    }
    const std::size_t cut = norm.size() - at - r.stem.size();
    if (at < kShortAffix && cut < kShortAffix) {
      PutVarint(out, form << 9 | cut << 5 | at << 1);
    } else {
      PutVarint(out, form << 2 | 1);
      PutVarint(out, at);
      PutVarint(out, r.stem.size());
    }
  }
}

bool DecodeFormRefs(std::string_view norm, std::string_view record, std::vector<FormRef>* refs) {
  refs->clear();
  ByteReader d(record);
  while (!d.done()) {
    FormRef r;
    std::string_view stem;
    if (!DecodeOne(norm, &d, &r.form, &stem)) return false;
    r.stem.assign(stem);
    refs->push_back(std::move(r));
  }
  return true;
}

std::optional<std::uint32_t> FindFormRef(std::string_view norm, std::string_view record,
                                         std::string_view stem) {
  ByteReader d(record);
  while (!d.done()) {
    std::uint32_t form = 0;
    std::string_view s;
    if (!DecodeOne(norm, &d, &form, &s)) return std::nullopt;
    if (s == stem) return form;
  }
  return std::nullopt;
}

}  // namespace marsad::index
