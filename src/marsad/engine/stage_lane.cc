// StageLane; see stage_lane.h.
#include "marsad/engine/stage_lane.h"

#include <string>
#include <utility>

#include "marsad/base/cpu_clock.h"
#include "marsad/engine/pipeline.h"

namespace marsad::engine {

StageLane::StageLane(Stage* stage, std::function<void(std::int64_t)> charge)
    : stage_(stage), charge_(std::move(charge)), thread_([this] { Run(); }) {}

StageLane::~StageLane() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  work_.notify_one();
  thread_.join();
}

void StageLane::Push(doc::AnalyzedDoc* doc) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.push_back(doc);
  }
  work_.notify_one();
}

Status StageLane::Wait(store::WriteBatch* batch) {
  std::unique_lock<std::mutex> lock(mu_);
  idle_.wait(lock, [&] { return queue_.empty() && !busy_; });
  if (batch != nullptr) batch->Append(std::move(batch_));
  return std::exchange(error_, Status::Ok());
}

void StageLane::Run() {
  std::vector<doc::AnalyzedDoc*> docs;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    work_.wait(lock, [&] { return stop_ || !queue_.empty(); });
    if (stop_) return;  // the queued documents may be gone: see ~StageLane
    docs.swap(queue_);
    busy_ = true;
    bool failed = !error_.ok();
    lock.unlock();
    for (doc::AnalyzedDoc* doc : docs) {
      if (failed || stop_.load(std::memory_order_relaxed)) break;
      const std::int64_t t0 = ThreadCpuNanos();
      Status s = stage_->ProcessInOrder(doc, OrderedContext{&batch_, nullptr});
      charge_(t0);
      if (!s.ok()) {
        lock.lock();
        error_ = s.WithContext("stage " + std::string(stage_->name()) + ": " + doc->document.id);
        lock.unlock();
        failed = true;
      }
    }
    docs.clear();
    lock.lock();
    busy_ = false;
    if (queue_.empty()) idle_.notify_all();
  }
}

}  // namespace marsad::engine
