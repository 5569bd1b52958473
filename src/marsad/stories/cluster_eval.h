// B-cubed evaluation of story clusters against gold event groups (Bagga & Baldwin,
// "Entity-based cross-document coreferencing using the vector space model", 1998;
// Amigó et al., "A comparison of extrinsic clustering evaluation metrics", 2009), restricted
// to the gold documents: clusters are cut down to the gold documents they hold, so
// documents outside the gold set neither help nor hurt. Also counts the groups that the
// clustering splits and merges.
#ifndef MARSAD_STORIES_CLUSTER_EVAL_H_
#define MARSAD_STORIES_CLUSTER_EVAL_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::stories {

struct GoldGroup {
  std::string name;
  std::vector<std::string> docs;
};

struct GroupOutcome {
  std::string name;
  std::vector<std::string> docs;
  std::vector<std::string> clusters;  // the cluster of each doc ("" when it has none)
  std::size_t pieces = 0;             // distinct clusters its docs fall into
  std::vector<std::string> merged_with;  // other gold groups sharing one of those clusters
};

struct ClusterEvalReport {
  double precision = 0, recall = 0, f1 = 0;  // B-cubed, averaged over gold documents
  std::size_t docs = 0;                       // gold documents
  std::size_t unclustered = 0;                // gold documents without a cluster (singletons)
  std::size_t groups = 0;
  std::size_t split_groups = 0;   // groups whose documents fall into more than one cluster
  std::size_t merged_groups = 0;  // groups sharing a cluster with another group
  std::vector<GroupOutcome> outcomes;
};

// `cluster_of` names the cluster of a document (any string), nullopt when it has none
// (counted as a cluster of its own). A document listed in two groups counts in the first.
// Thread-safe if cluster_of is.
ClusterEvalReport EvaluateClusters(
    const std::vector<GoldGroup>& gold,
    const std::function<std::optional<std::string>(std::string_view doc)>& cluster_of);

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_CLUSTER_EVAL_H_
