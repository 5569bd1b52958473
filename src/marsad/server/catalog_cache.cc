// The catalog snapshot of the server; see catalog_cache.h.
#include "marsad/server/catalog_cache.h"

#include "marsad/api/queries.h"

namespace marsad::server {

Result<std::shared_ptr<const CatalogCache::Rows>> CatalogCache::Get(store::Store& store) {
  std::shared_ptr<const Rows> current;
  {
    std::lock_guard<std::mutex> lock(mu_);
    current = rows_;
    if (current && std::chrono::steady_clock::now() - built_ < ttl_) return current;
  }
  // Stale or missing: one thread rebuilds; the others answer from the stale snapshot.
  std::unique_lock<std::mutex> rebuilding(rebuild_mu_, std::defer_lock);
  if (current) {
    if (!rebuilding.try_lock()) return current;
  } else {
    rebuilding.lock();
    std::lock_guard<std::mutex> lock(mu_);
    if (rows_) return rows_;  // built while this thread waited
  }
  MARSAD_ASSIGN_OR_RETURN(Rows rows, api::CatalogNewestFirst(store));
  auto fresh = std::make_shared<const Rows>(std::move(rows));
  std::lock_guard<std::mutex> lock(mu_);
  rows_ = fresh;
  built_ = std::chrono::steady_clock::now();
  return fresh;
}

}  // namespace marsad::server
