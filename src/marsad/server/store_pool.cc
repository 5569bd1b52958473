// Pool of read-only store handles; see store_pool.h.
#include "marsad/server/store_pool.h"

#include <algorithm>

namespace marsad::server {

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& dir, std::size_t size) {
  std::unique_ptr<StorePool> pool(new StorePool());
  store::StoreOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  for (std::size_t i = 0; i < std::max<std::size_t>(1, size); ++i) {
    MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> s, store::OpenStore(dir, options));
    pool->free_.push_back(s.get());
    pool->stores_.push_back(std::move(s));
  }
  return pool;
}

StorePool::Lease::~Lease() {
  if (store_ != nullptr) pool_->Release(store_);
}

StorePool::Lease StorePool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return !free_.empty(); });
  store::Store* s = free_.back();
  free_.pop_back();
  return Lease(this, s);
}

void StorePool::Release(store::Store* store) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(store);
  }
  cv_.notify_one();
}

}  // namespace marsad::server
