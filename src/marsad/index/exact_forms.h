// The exact view without posting lists of its own (segment formats 3 and 4): a stem-view
// list stores, per document, which of the stem's forms (normalized spellings, numbered per
// stem and segment by frequency, most frequent 0) it holds and how often. An exact-view term's dictionary
// entry points at a small record naming the stems it is a form of and its form id under
// each, so its documents and frequencies are read from the stem's list
// (docs/formats/index.md "Forms").
#ifndef MARSAD_INDEX_EXACT_FORMS_H_
#define MARSAD_INDEX_EXACT_FORMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::index {

// One stem a normalized form occurs under, and its form id in that stem's list.
struct FormRef {
  std::string stem;  // the stem's bytes (without the space byte)
  std::uint32_t form = 0;
};

// Appends the record of exact form `norm` (refs: most frequent stem first) to *out. A
// stem that is a substring of the norm (the usual case: light stemming takes affixes
// off) is written as its offset and length in the norm.
void EncodeFormRefs(std::string_view norm, const std::vector<FormRef>& refs, std::string* out);
// Decodes a record of `norm`; false when it is damaged.
bool DecodeFormRefs(std::string_view norm, std::string_view record, std::vector<FormRef>* refs);
// The form id of `norm` under `stem` in the record; nullopt when it is not a form of that
// stem here (or the record is damaged).
std::optional<std::uint32_t> FindFormRef(std::string_view norm, std::string_view record,
                                         std::string_view stem);

}  // namespace marsad::index

#endif  // MARSAD_INDEX_EXACT_FORMS_H_
