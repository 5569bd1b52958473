// Graphone: printing.
#include "marsad/translit/graphone.h"

#include "marsad/text/utf8.h"

namespace marsad::translit {

std::string GraphoneToString(const Graphone& g) {
  std::string out;
  for (char32_t c : g.source) text::AppendUtf8(c, &out);
  out += "→";
  out += g.target.empty() ? "∅" : g.target;
  return out;
}

}  // namespace marsad::translit
