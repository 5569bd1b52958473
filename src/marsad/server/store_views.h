// StoreViews: the server's read-only views of one store generation (store::Store::Generation)
// — the catalog snapshot, the search service, the entity table and the story table — and
// ViewKeeper, which rebuilds them on a background thread when the generation changes and
// hands them to requests as shared_ptr<const StoreViews>. A request answers from the views
// current when it began and never waits behind a rebuild (only the very first request of a
// server waits for the first build).
#ifndef MARSAD_SERVER_STORE_VIEWS_H_
#define MARSAD_SERVER_STORE_VIEWS_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "marsad/api/queries.h"
#include "marsad/api/story_queries.h"
#include "marsad/base/result.h"
#include "marsad/engine/search_service.h"
#include "marsad/entities/resolver.h"
#include "marsad/server/store_pool.h"
#include "marsad/store/store.h"

namespace marsad::server {

// Immutable once built; shared by every request of its generation.
struct StoreViews {
  std::uint64_t generation = 0;
  std::chrono::steady_clock::time_point built;
  // Every document's catalog row, newest first (api::CatalogNewestFirst).
  std::shared_ptr<const std::vector<store::DocumentRow>> catalog;
  // The same as publication times by id (entity timelines count days from it).
  std::shared_ptr<const api::StoryTable::PublishedMap> published;
  std::shared_ptr<const entities::Resolver> entities;  // null: the entities stage never ran
  // The story clusters; may be of an earlier generation (ViewOptions::stories_interval).
  std::shared_ptr<const api::StoryTable> stories;
  std::chrono::steady_clock::time_point stories_built;
  std::uint64_t stories_generation = 0;  // the generation `stories` was loaded at
  std::shared_ptr<store::Store> search_store;  // the read-only handle `search` reads hits from
  std::shared_ptr<engine::SearchService> search;

  // The tables api::LookupDocument takes from these views.
  api::LookupTables tables() const { return {entities.get(), stories.get()}; }
};

struct ViewOptions {
  // How often the store's generation is checked, and the least time between two rebuilds
  // (so a long ingest that commits every few hundred ms costs one rebuild per interval).
  std::chrono::milliseconds refresh_interval{2000};
  // The least time between two rebuilds of the story table: loading it re-clusters the
  // articles stored since the stories stage last saved its state (every 8,192 articles), a
  // few seconds of CPU in the middle of a long ingest, and drops the story details kept
  // (30 s).
  std::chrono::milliseconds stories_interval{30000};
};

// Thread-safe.
class ViewKeeper {
 public:
  // `pool` must outlive the keeper. Does not read the store yet.
  ViewKeeper(std::string store_dir, StorePool* pool, ViewOptions options);
  ~ViewKeeper();
  ViewKeeper(const ViewKeeper&) = delete;
  ViewKeeper& operator=(const ViewKeeper&) = delete;

  // The current views; the first call builds them (the others wait for that build). Errors
  // from the store when the first build fails (the next call tries again).
  Result<std::shared_ptr<const StoreViews>> Current();

  // Starts the background thread that rebuilds the views when the store's generation has
  // changed (checked every refresh_interval). Stop() (or the destructor) ends it.
  void Start();
  void Stop();

 private:
  Result<std::shared_ptr<const StoreViews>> Build(std::uint64_t generation, const StoreViews* previous);
  void Loop();

  const std::string dir_;
  StorePool* const pool_;
  const ViewOptions options_;
  std::mutex build_mu_;  // held while building (first build and refresher)
  std::mutex mu_;        // guards views_, stop_
  std::condition_variable cv_;
  std::shared_ptr<const StoreViews> views_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace marsad::server

#endif  // MARSAD_SERVER_STORE_VIEWS_H_
