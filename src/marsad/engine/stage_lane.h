// StageLane: a thread of its own for one ordered stage (Stage::in_order_alone), so that its
// ProcessInOrder runs beside the writer thread's other ordered stages instead of after them.
// The writer queues each document as it reaches it; the lane processes them in the order
// queued, writing the stage's records into a WriteBatch of its own, which the writer takes
// at the end of the batch (Wait). The ingest's writer thread is its bottleneck once the
// workers outrun it, so work moved here shortens the ingest rather than only moving CPU.
#ifndef MARSAD_ENGINE_STAGE_LANE_H_
#define MARSAD_ENGINE_STAGE_LANE_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/store/store.h"

namespace marsad::engine {

class Stage;

class StageLane {
 public:
  // `charge(since_ns)` is called on the lane thread after each document, with the thread's
  // CPU clock (ThreadCpuNanos) before it, to put the time on the stage's account.
  StageLane(Stage* stage, std::function<void(std::int64_t)> charge);
  // Stops the thread, finishing the document in hand; documents still queued are not
  // processed (their owner may have freed them after a failure): Wait first.
  ~StageLane();
  StageLane(const StageLane&) = delete;
  StageLane& operator=(const StageLane&) = delete;

  // Queues `doc`; it must stay alive, and what the stage reads of it unchanged, until Wait
  // returns. Writer thread only.
  void Push(doc::AnalyzedDoc* doc);
  // Waits until every queued document is processed, then moves the records the stage
  // wrote to *batch (when null, they wait for the next Wait that has one) and returns the first error since the last Wait,
  // naming the stage and the document. After an error the documents queued behind it are
  // skipped. Writer thread only.
  Status Wait(store::WriteBatch* batch);

 private:
  void Run();

  Stage* const stage_;
  const std::function<void(std::int64_t)> charge_;
  std::mutex mu_;
  std::condition_variable work_, idle_;
  std::vector<doc::AnalyzedDoc*> queue_;
  bool busy_ = false;
  std::atomic<bool> stop_{false};
  Status error_;
  store::WriteBatch batch_;  // the lane thread's while it is busy
  std::thread thread_;       // declared last: it starts once the members above exist
};

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_STAGE_LANE_H_
