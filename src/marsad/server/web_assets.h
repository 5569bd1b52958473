// The web page's files (src/marsad/server/web/), embedded in the binary at build time by
// marsad_embed_text, so `marsad serve` needs nothing on disk but the store.
#ifndef MARSAD_SERVER_WEB_ASSETS_H_
#define MARSAD_SERVER_WEB_ASSETS_H_

#include <string_view>

namespace marsad::server {

struct WebAsset {
  std::string_view path;     // "/index.html"
  std::string_view type;     // Content-Type
  std::string_view content;  // the file's bytes
};

// The asset served at `path`, or nullptr.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace marsad::server

#endif  // MARSAD_SERVER_WEB_ASSETS_H_
