// B-cubed over gold groups: perfect, split, merged, and documents without a cluster.
#include "marsad/stories/cluster_eval.h"

#include <gtest/gtest.h>

#include <map>

namespace marsad::stories {
namespace {

const std::vector<GoldGroup> kGold = {{"x", {"x1", "x2", "x3", "x4"}}, {"y", {"y1", "y2"}}};

ClusterEvalReport Eval(const std::map<std::string, std::string>& clusters) {
  return EvaluateClusters(kGold, [&](std::string_view d) -> std::optional<std::string> {
    auto it = clusters.find(std::string(d));
    if (it == clusters.end()) return std::nullopt;
    return it->second;
  });
}

TEST(ClusterEvalTest, Perfect) {
  const auto r = Eval({{"x1", "A"}, {"x2", "A"}, {"x3", "A"}, {"x4", "A"}, {"y1", "B"}, {"y2", "B"}});
  EXPECT_DOUBLE_EQ(r.precision, 1.0);
  EXPECT_DOUBLE_EQ(r.recall, 1.0);
  EXPECT_DOUBLE_EQ(r.f1, 1.0);
  EXPECT_EQ(r.split_groups, 0u);
  EXPECT_EQ(r.merged_groups, 0u);
  EXPECT_EQ(r.docs, 6u);
}

TEST(ClusterEvalTest, SplitGroup) {
  // x split 2+2: recall of each x item is 2/4; y perfect. R = (4 * 0.5 + 2 * 1) / 6.
  const auto r = Eval({{"x1", "A"}, {"x2", "A"}, {"x3", "C"}, {"x4", "C"}, {"y1", "B"}, {"y2", "B"}});
  EXPECT_DOUBLE_EQ(r.precision, 1.0);
  EXPECT_DOUBLE_EQ(r.recall, 4.0 / 6.0);
  EXPECT_NEAR(r.f1, 0.8, 1e-12);
  EXPECT_EQ(r.split_groups, 1u);
  EXPECT_EQ(r.merged_groups, 0u);
  EXPECT_EQ(r.outcomes[0].pieces, 2u);
}

TEST(ClusterEvalTest, MergedGroups) {
  // Everything in one cluster: precision of x items 4/6, of y items 2/6.
  const auto r = Eval({{"x1", "A"}, {"x2", "A"}, {"x3", "A"}, {"x4", "A"}, {"y1", "A"}, {"y2", "A"}});
  EXPECT_DOUBLE_EQ(r.precision, (4 * (4.0 / 6) + 2 * (2.0 / 6)) / 6);
  EXPECT_DOUBLE_EQ(r.recall, 1.0);
  EXPECT_EQ(r.merged_groups, 2u);
  EXPECT_EQ(r.outcomes[0].merged_with, std::vector<std::string>{"y"});
}

TEST(ClusterEvalTest, UnclusteredDocumentsAreSingletons) {
  const auto r = Eval({{"x1", "A"}, {"x2", "A"}, {"x3", "A"}, {"y1", "B"}, {"y2", "B"}});
  EXPECT_EQ(r.unclustered, 1u);
  EXPECT_EQ(r.split_groups, 1u);
  EXPECT_DOUBLE_EQ(r.precision, 1.0);
  EXPECT_DOUBLE_EQ(r.recall, (3 * 0.75 + 0.25 + 2) / 6);
}

TEST(ClusterEvalTest, Empty) {
  const auto r = EvaluateClusters({}, [](std::string_view) { return std::optional<std::string>(); });
  EXPECT_EQ(r.docs, 0u);
  EXPECT_DOUBLE_EQ(r.f1, 0.0);
}

}  // namespace
}  // namespace marsad::stories
