// StorePool: a fixed set of read-only store handles shared by the server's request threads.
// A Store serialises its calls on one mutex, so one handle per concurrent reader lets reads
// run side by side (SQLite WAL: readers never wait for a writer, in this process or another).
#ifndef MARSAD_SERVER_STORE_POOL_H_
#define MARSAD_SERVER_STORE_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/store/store.h"

namespace marsad::server {

// Thread-safe.
class StorePool {
 public:
  // Opens `size` (>= 1) read-only handles on the store in `dir`. Errors from store::OpenStore
  // (NotFound when there is no store there).
  static Result<std::unique_ptr<StorePool>> Open(const std::string& dir, std::size_t size);

  // A handle borrowed from the pool, returned when the lease is destroyed.
  class Lease {
   public:
    Lease(StorePool* pool, store::Store* store) : pool_(pool), store_(store) {}
    Lease(Lease&& other) noexcept : pool_(other.pool_), store_(other.store_) { other.store_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    store::Store& operator*() const { return *store_; }
    store::Store* operator->() const { return store_; }

   private:
    StorePool* pool_;
    store::Store* store_;
  };

  // Borrows a handle, waiting while all of them are in use.
  Lease Acquire();

  std::size_t size() const { return stores_.size(); }

 private:
  StorePool() = default;
  void Release(store::Store* store);

  std::vector<std::unique_ptr<store::Store>> stores_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<store::Store*> free_;  // guarded by mu_
};

}  // namespace marsad::server

#endif  // MARSAD_SERVER_STORE_POOL_H_
