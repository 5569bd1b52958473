// BinaryReason; see content_kind.h.
#include "marsad/io/content_kind.h"

#include <algorithm>

namespace marsad::io {

std::string BinaryReason(std::string_view data) {
  const std::size_t n = std::min<std::size_t>(data.size(), 64 * 1024);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(data[i]);
    if (b == 0) return "binary file (NUL byte at offset " + std::to_string(i) + ")";
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') ++controls;
  }
  if (n > 0 && controls * 10 > n) {
    return "binary file (" + std::to_string(controls) + " control bytes in the first " +
           std::to_string(n) + ")";
  }
  return "";
}

}  // namespace marsad::io
