// Sniffing what a byte buffer holds before parsing it: binary data is refused with a
// clear message instead of being analysed as text.
#ifndef MARSAD_IO_CONTENT_KIND_H_
#define MARSAD_IO_CONTENT_KIND_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace marsad::io {

// Returns an empty string when `data` looks like text, otherwise a short reason such as
// "binary file (NUL byte at offset 12)". Looks at the first 64 KiB: a NUL byte, or more
// than 10% control characters other than tab/CR/LF/FF, mark binary data.
std::string BinaryReason(std::string_view data);

}  // namespace marsad::io

#endif  // MARSAD_IO_CONTENT_KIND_H_
