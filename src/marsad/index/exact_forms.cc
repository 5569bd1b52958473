// Exact-form records; see exact_forms.h and docs/formats/index.md "Forms".
#include "marsad/index/exact_forms.h"

#include "marsad/index/coding.h"

namespace marsad::index {
namespace {

// One ref: varint form, then varint (offset << 1) and varint length when the stem is
// norm.substr(offset, length), else varint (length << 1 | 1) and the stem's bytes.
bool DecodeOne(std::string_view norm, Decoder* d, std::uint32_t* form, std::string_view* stem) {
  std::uint64_t head = 0, len = 0;
  if (!d->GetVarint32(form) || !d->GetVarint(&head)) return false;
  if ((head & 1) != 0) return d->GetBytes(static_cast<std::size_t>(head >> 1), stem);
  if (!d->GetVarint(&len)) return false;
  const std::uint64_t at = head >> 1;
  if (at > norm.size() || len > norm.size() - at) return false;
  *stem = norm.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(len));
  return true;
}

}  // namespace

void EncodeFormRefs(std::string_view norm, const std::vector<FormRef>& refs, std::string* out) {
  for (const FormRef& r : refs) {
    PutVarint(out, r.form);
    const std::size_t at = r.stem.empty() ? 0 : norm.find(r.stem);
    if (at != std::string_view::npos) {
      PutVarint(out, std::uint64_t{at} << 1);
      PutVarint(out, r.stem.size());
    } else {
      PutVarint(out, std::uint64_t{r.stem.size()} << 1 | 1);
      out->append(r.stem);
    }
  }
}

bool DecodeFormRefs(std::string_view norm, std::string_view record, std::vector<FormRef>* refs) {
  refs->clear();
  Decoder d(record);
  while (!d.empty()) {
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
  Decoder d(record);
  while (!d.empty()) {
    std::uint32_t form = 0;
    std::string_view s;
    if (!DecodeOne(norm, &d, &form, &s)) return std::nullopt;
    if (s == stem) return form;
  }
  return std::nullopt;
}

}  // namespace marsad::index
