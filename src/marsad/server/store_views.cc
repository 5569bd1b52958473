// The server's per-generation views; see store_views.h.
#include "marsad/server/store_views.h"

#include <cstdio>
#include <utility>

#include "marsad/engine/entities_stage.h"

namespace marsad::server {

ViewKeeper::ViewKeeper(std::string store_dir, StorePool* pool, ViewOptions options)
    : dir_(std::move(store_dir)), pool_(pool), options_(options) {}

ViewKeeper::~ViewKeeper() { Stop(); }

Result<std::shared_ptr<const StoreViews>> ViewKeeper::Current() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (views_ != nullptr) return views_;
  }
  std::lock_guard<std::mutex> building(build_mu_);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (views_ != nullptr) return views_;  // built while this thread waited
  }
  std::uint64_t generation = 0;
  {
    auto store = pool_->Acquire();
    MARSAD_ASSIGN_OR_RETURN(generation, store->Generation());
  }
  MARSAD_ASSIGN_OR_RETURN(std::shared_ptr<const StoreViews> fresh, Build(generation, nullptr));
  std::lock_guard<std::mutex> lock(mu_);
  views_ = fresh;
  return fresh;
}

Result<std::shared_ptr<const StoreViews>> ViewKeeper::Build(std::uint64_t generation, const StoreViews* previous) {
  auto v = std::make_shared<StoreViews>();
  v->generation = generation;
  v->built = std::chrono::steady_clock::now();
  {
    auto store = pool_->Acquire();
    MARSAD_ASSIGN_OR_RETURN(std::vector<store::DocumentRow> rows, api::CatalogNewestFirst(*store));
    auto published = std::make_shared<api::StoryTable::PublishedMap>();
    published->reserve(rows.size());
    for (const store::DocumentRow& row : rows) published->emplace(row.id, row.published);
    v->published = std::move(published);
    v->catalog = std::make_shared<const std::vector<store::DocumentRow>>(std::move(rows));
    MARSAD_ASSIGN_OR_RETURN(std::optional<entities::Resolver> table, engine::LoadEntityTable(*store));
    if (table.has_value()) v->entities = std::make_shared<const entities::Resolver>(std::move(*table));
    if (previous != nullptr && previous->stories != nullptr &&
        v->built - previous->stories_built < options_.stories_interval) {
      v->stories = previous->stories;
      v->stories_built = previous->stories_built;
      v->stories_generation = previous->stories_generation;
    } else {
      MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<api::StoryTable> stories, api::StoryTable::Load(*store));
      v->stories = std::move(stories);
      v->stories_built = std::chrono::steady_clock::now();
      v->stories_generation = generation;
    }
  }
  // The search service reads its hits through a handle of its own: a pool handle would be
  // held by the views for their whole life.
  store::StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> search_store, store::OpenStore(dir_, so));
  v->search_store = std::move(search_store);
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<engine::SearchService> search,
                          engine::SearchService::Open(v->search_store.get(), v->entities));
  v->search = std::move(search);
  return std::shared_ptr<const StoreViews>(std::move(v));
}

void ViewKeeper::Start() {
  std::lock_guard<std::mutex> lock(mu_);
  if (thread_.joinable()) return;
  stop_ = false;
  thread_ = std::thread([this] { Loop(); });
}

void ViewKeeper::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ViewKeeper::Loop() {
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (cv_.wait_for(lock, options_.refresh_interval, [this] { return stop_; })) return;
    }
    std::shared_ptr<const StoreViews> current;
    {
      std::lock_guard<std::mutex> lock(mu_);
      current = views_;
    }
    if (current == nullptr) continue;  // nobody asked yet: the first request builds them
    auto generation = [this] {
      auto store = pool_->Acquire();
      return store->Generation();
    }();
    if (!generation.ok()) {
      std::fprintf(stderr, "marsad serve: %s: reading the store generation: %s\n", dir_.c_str(),
                   generation.status().message().c_str());
      continue;
    }
    const bool stories_stale = current->stories_generation != *generation &&
                               std::chrono::steady_clock::now() - current->stories_built >= options_.stories_interval;
    if (*generation == current->generation && !stories_stale) {
      // The index may commit after the store (the index stage merges at the end of an
      // ingest): re-read its manifest, which is cheap when it did not change.
      (void)current->search->Refresh();
      continue;
    }
    std::lock_guard<std::mutex> building(build_mu_);
    auto fresh = Build(*generation, current.get());
    if (!fresh.ok()) {
      // Keep answering from the views we have; try again at the next interval.
      std::fprintf(stderr, "marsad serve: %s: rebuilding the views: %s\n", dir_.c_str(),
                   fresh.status().message().c_str());
      continue;
    }
    std::lock_guard<std::mutex> lock(mu_);
    views_ = std::move(fresh).value();
  }
}

}  // namespace marsad::server
