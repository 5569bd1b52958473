// Tests of ordered stages on lanes (Pipeline::UseStageLanes, StageLane): documents reach a
// lane stage in order on a thread of its own, its records join the batch at EndBatch after
// the writer's own, its errors name the document, and the stage's CPU is still counted.
#include "marsad/engine/stage_lane.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "marsad/engine/pipeline.h"

namespace marsad::engine {
namespace {

// An ordered stage that writes a record naming the documents it has seen so far, and fails
// on a document whose id is "bad".
class SequenceStage : public Stage {
 public:
  SequenceStage(std::string name, bool alone) : name_(std::move(name)), alone_(alone) {}
  std::string_view name() const override { return name_; }
  bool ordered() const override { return true; }
  bool in_order_alone() const override { return alone_; }
  Status ProcessInOrder(doc::AnalyzedDoc* d, const OrderedContext& ctx) override {
    if (d->document.id == "bad") return Status::InvalidArgument("cannot take it");
    seen_ += d->document.id;
    thread_ = std::this_thread::get_id();
    if (ctx.batch != nullptr) ctx.batch->PutRecord(d->document.id, store::RecordKind::kStory, name_ + ":" + seen_);
    return Status::Ok();
  }
  std::thread::id thread() const { return thread_; }

 private:
  std::string name_;
  bool alone_;
  std::string seen_;
  std::thread::id thread_;
};

// A pipeline of SequenceStages, (name, in_order_alone) each, with lanes on.
struct Fixture {
  explicit Fixture(std::vector<std::pair<std::string, bool>> specs = {{"writer", false}, {"lane", true}}) {
    std::vector<std::unique_ptr<Stage>> stages;
    for (const auto& [name, alone] : specs) {
      stages.push_back(std::make_unique<SequenceStage>(name, alone));
      seq.push_back(static_cast<SequenceStage*>(stages.back().get()));
    }
    pipeline = std::make_unique<Pipeline>(analyzer, std::move(stages));
    pipeline->UseStageLanes();
  }
  text::Analyzer analyzer;
  std::vector<SequenceStage*> seq;
  std::unique_ptr<Pipeline> pipeline;
};

std::vector<std::string> Records(const store::WriteBatch& batch) {
  std::vector<std::string> out;
  for (const store::WriteBatch::Op& op : batch.ops()) out.push_back(op.key + "=" + op.bytes);
  return out;
}

TEST(StageLaneTest, LaneStageRunsInOrderOnItsOwnThreadAndItsRecordsJoinAtEndBatch) {
  Fixture f;
  std::vector<doc::AnalyzedDoc> docs(3);
  const char* ids[] = {"a", "b", "c"};
  store::WriteBatch batch;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    docs[i].document.id = ids[i];
    ASSERT_TRUE(f.pipeline->RunInOrder(&docs[i], OrderedContext{&batch}).ok());
  }
  ASSERT_TRUE(f.pipeline->EndBatch(OrderedContext{&batch}).ok());
  EXPECT_EQ(Records(batch), (std::vector<std::string>{"a=writer:a", "b=writer:ab", "c=writer:abc", "a=lane:a",
                                                      "b=lane:ab", "c=lane:abc"}));
  EXPECT_EQ(f.seq[0]->thread(), std::this_thread::get_id());
  EXPECT_NE(f.seq[1]->thread(), std::this_thread::get_id());
  // The next batch starts empty on the lane's side too.
  store::WriteBatch next;
  doc::AnalyzedDoc d;
  d.document.id = "d";
  ASSERT_TRUE(f.pipeline->RunInOrder(&d, OrderedContext{&next}).ok());
  ASSERT_TRUE(f.pipeline->EndBatch(OrderedContext{&next}).ok());
  EXPECT_EQ(Records(next), (std::vector<std::string>{"d=writer:abcd", "d=lane:abcd"}));
}

TEST(StageLaneTest, AnErrorOnTheLaneNamesTheDocumentAndSkipsTheRestOfTheBatch) {
  Fixture f({{"lane", true}});
  std::vector<doc::AnalyzedDoc> docs(3);
  const char* ids[] = {"a", "bad", "c"};
  store::WriteBatch batch;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    docs[i].document.id = ids[i];
    ASSERT_TRUE(f.pipeline->RunInOrder(&docs[i], OrderedContext{&batch}).ok());  // queued only
  }
  Status s = f.pipeline->EndBatch(OrderedContext{&batch});
  EXPECT_EQ(s.message(), "stage lane: bad: cannot take it");
  EXPECT_EQ(Records(batch), (std::vector<std::string>{"a=lane:a"}));  // c was skipped
  EXPECT_NE(f.seq[0]->thread(), std::this_thread::get_id());
  // Nothing is left running: the next wait is clean.
  EXPECT_TRUE(f.pipeline->Drain(OrderedContext{}).ok());
}

TEST(StageLaneTest, WithoutLanesEveryStageRunsOnTheCallersThread) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<SequenceStage>("lane", true));
  auto* lane = static_cast<SequenceStage*>(stages[0].get());
  text::Analyzer analyzer;
  Pipeline pipeline(analyzer, std::move(stages));
  doc::AnalyzedDoc d;
  d.document.id = "a";
  store::WriteBatch batch;
  ASSERT_TRUE(pipeline.RunInOrder(&d, OrderedContext{&batch}).ok());
  EXPECT_EQ(Records(batch), (std::vector<std::string>{"a=lane:a"}));  // at once
  EXPECT_EQ(lane->thread(), std::this_thread::get_id());
}

TEST(StageLaneTest, RecordsWaitForADrainThatHasABatch) {
  Fixture f;
  doc::AnalyzedDoc d;
  d.document.id = "a";
  store::WriteBatch batch;
  ASSERT_TRUE(f.pipeline->RunInOrder(&d, OrderedContext{&batch}).ok());
  ASSERT_TRUE(f.pipeline->Drain(OrderedContext{}).ok());
  EXPECT_EQ(Records(batch), (std::vector<std::string>{"a=writer:a"}));
  ASSERT_TRUE(f.pipeline->Drain(OrderedContext{&batch}).ok());
  EXPECT_EQ(Records(batch), (std::vector<std::string>{"a=writer:a", "a=lane:a"}));
}

TEST(StageLaneTest, TheLanesCpuTimeIsChargedToItsStage) {
  Fixture f;
  std::vector<doc::AnalyzedDoc> docs(2000);
  store::WriteBatch batch;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    docs[i].document.id = std::to_string(i % 10);
    ASSERT_TRUE(f.pipeline->RunInOrder(&docs[i], OrderedContext{&batch}).ok());
  }
  ASSERT_TRUE(f.pipeline->EndBatch(OrderedContext{&batch}).ok());
  const auto cpu = f.pipeline->CpuSeconds();
  ASSERT_EQ(cpu.size(), 3u);
  EXPECT_EQ(cpu[2].first, "lane");
  EXPECT_GT(cpu[2].second, 0.0);
}

}  // namespace
}  // namespace marsad::engine
