// The table of embedded web assets; see web_assets.h.
#include "marsad/server/web_assets.h"

#include <array>

namespace marsad::server {
namespace web {
// Defined in the generated web_embedded.cc (src/marsad/server/CMakeLists.txt).
extern const std::string_view kIndexHtml;
extern const std::string_view kAppJs;
extern const std::string_view kStyleCss;
}  // namespace web

const WebAsset* FindWebAsset(std::string_view path) {
  static const std::array<WebAsset, 3> kAssets = {{
      {"/index.html", "text/html; charset=utf-8", web::kIndexHtml},
      {"/app.js", "text/javascript; charset=utf-8", web::kAppJs},
      {"/style.css", "text/css; charset=utf-8", web::kStyleCss},
  }};
  for (const WebAsset& a : kAssets) {
    if (a.path == path) return &a;
  }
  return nullptr;
}

}  // namespace marsad::server
