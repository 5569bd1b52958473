// CatalogCache: the server's snapshot of every document's catalog row, newest first, so a
// `GET /api/docs` list is a scan of memory rather than of the store. The snapshot is
// rebuilt when it is older than a time-to-live: lists may lag the store by that much while
// an ingest runs (documented in docs/server.md); single documents never do.
#ifndef MARSAD_SERVER_CATALOG_CACHE_H_
#define MARSAD_SERVER_CATALOG_CACHE_H_

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/store/store.h"

namespace marsad::server {

// Thread-safe.
class CatalogCache {
 public:
  using Rows = std::vector<store::DocumentRow>;
  explicit CatalogCache(std::chrono::milliseconds ttl) : ttl_(ttl) {}

  // The current snapshot, rebuilt from `store` first when it is missing or older than the
  // time-to-live. While one thread rebuilds, the others keep getting the previous snapshot
  // (only the very first call waits). Errors from the store.
  Result<std::shared_ptr<const Rows>> Get(store::Store& store);

 private:
  const std::chrono::milliseconds ttl_;
  std::mutex rebuild_mu_;  // held by the one thread rebuilding
  std::mutex mu_;          // guards rows_ and built_
  std::shared_ptr<const Rows> rows_;
  std::chrono::steady_clock::time_point built_;
};

}  // namespace marsad::server

#endif  // MARSAD_SERVER_CATALOG_CACHE_H_
