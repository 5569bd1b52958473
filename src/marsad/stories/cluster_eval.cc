// B-cubed precision, recall and F1 over gold documents, with split and merged groups.
#include "marsad/stories/cluster_eval.h"

#include <map>
#include <set>
#include <unordered_map>

namespace marsad::stories {

ClusterEvalReport EvaluateClusters(
    const std::vector<GoldGroup>& gold,
    const std::function<std::optional<std::string>(std::string_view doc)>& cluster_of) {
  ClusterEvalReport r;
  struct Item {
    std::size_t group;
    std::string cluster;
  };
  std::vector<Item> items;
  std::unordered_map<std::string, bool> seen;
  r.groups = gold.size();
  for (std::size_t g = 0; g < gold.size(); ++g) {
    GroupOutcome o;
    o.name = gold[g].name;
    for (const std::string& d : gold[g].docs) {
      if (!seen.emplace(d, true).second) continue;
      std::optional<std::string> c = cluster_of(d);
      std::string label;
      if (c) {
        label = "c:" + *c;
      } else {
        label = "doc:" + d;  // a singleton of its own
        ++r.unclustered;
      }
      items.push_back({g, label});
      o.docs.push_back(d);
      o.clusters.push_back(c.value_or(""));
    }
    r.outcomes.push_back(std::move(o));
  }
  r.docs = items.size();
  if (items.empty()) return r;
  // Sizes of clusters (restricted to gold documents), groups, and their intersections.
  std::map<std::string, std::size_t> cluster_size;
  std::map<std::pair<std::string, std::size_t>, std::size_t> both;
  std::vector<std::size_t> group_size(gold.size(), 0);
  for (const Item& it : items) {
    ++cluster_size[it.cluster];
    ++both[{it.cluster, it.group}];
    ++group_size[it.group];
  }
  double p = 0, rec = 0;
  for (const Item& it : items) {
    const double common = static_cast<double>(both[{it.cluster, it.group}]);
    p += common / static_cast<double>(cluster_size[it.cluster]);
    rec += common / static_cast<double>(group_size[it.group]);
  }
  r.precision = p / static_cast<double>(items.size());
  r.recall = rec / static_cast<double>(items.size());
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  // Split and merged groups.
  std::map<std::string, std::set<std::size_t>> groups_of_cluster;
  for (const Item& it : items) groups_of_cluster[it.cluster].insert(it.group);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    std::set<std::string> clusters;
    std::set<std::size_t> others;
    for (const Item& it : items) {
      if (it.group != g) continue;
      clusters.insert(it.cluster);
      for (std::size_t o : groups_of_cluster[it.cluster]) {
        if (o != g) others.insert(o);
      }
    }
    GroupOutcome& o = r.outcomes[g];
    o.pieces = clusters.size();
    for (std::size_t x : others) o.merged_with.push_back(gold[x].name);
    if (clusters.size() > 1) ++r.split_groups;
    if (!others.empty()) ++r.merged_groups;
  }
  return r;
}

}  // namespace marsad::stories
