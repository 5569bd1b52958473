// Segment merging; see segment_merger.h.
#include "marsad/index/segment_merger.h"

#include <queue>

#include "marsad/index/postings.h"
#include "marsad/index/term_dict.h"

namespace marsad::index {

Result<std::string> MergeSegmentFiles(const std::vector<SegmentView>& inputs) {
  // New local ids: live documents in input order.
  std::vector<DocRecord> docs;
  std::vector<std::vector<std::uint32_t>> remap(inputs.size());
  for (std::size_t s = 0; s < inputs.size(); ++s) {
    const SegmentReader& r = *inputs[s].reader;
    remap[s].assign(r.num_docs(), kNoMoreDocs);
    for (std::uint32_t d = 0; d < r.num_docs(); ++d) {
      if (inputs[s].IsDeleted(d)) continue;
      remap[s][d] = static_cast<std::uint32_t>(docs.size());
      docs.push_back(r.Record(d));
    }
  }
  // K-way merge of the dictionaries.
  std::vector<TermDict::Iterator> its;
  its.reserve(inputs.size());
  for (const SegmentView& v : inputs) its.push_back(v.reader->dict().Seek(""));
  using Head = std::pair<std::string, std::size_t>;
  std::priority_queue<Head, std::vector<Head>, std::greater<>> heap;
  for (std::size_t s = 0; s < its.size(); ++s) {
    if (its[s].Valid()) heap.emplace(std::string(its[s].term()), s);
  }
  std::string postings;
  TermDictWriter dict;
  PostingsWriter w;
  PostingCursor c;
  std::vector<std::size_t> group;
  while (!heap.empty()) {
    const std::string term = heap.top().first;
    group.clear();
    while (!heap.empty() && heap.top().first == term) {
      group.push_back(heap.top().second);
      heap.pop();
    }
    std::sort(group.begin(), group.end());  // keep input order: new ids increase
    const bool positional = SpaceHasPositions(term[0]);
    const int field = IsTextSpace(term[0]) ? static_cast<int>(FieldOfSpace(term[0])) : -1;
    w.Start(positional);
    std::uint32_t df = 0;
    for (std::size_t s : group) {
      const SegmentReader& r = *inputs[s].reader;
      Status st = c.Init(r.Postings(its[s].info()));
      if (!st.ok()) return Status::Corruption(r.path() + ": " + st.message());
      for (; c.doc() != kNoMoreDocs; c.Next()) {
        const std::uint32_t nd = remap[s][c.doc()];
        if (nd == kNoMoreDocs) continue;
        w.Add(nd, c.freq(), positional ? c.Positions() : nullptr, field < 0 ? 1 : docs[nd].len[field]);
        ++df;
      }
      its[s].Next();
      if (its[s].Valid()) heap.emplace(std::string(its[s].term()), s);
    }
    if (df == 0) continue;  // every document with the term was deleted
    const std::uint64_t start = postings.size();
    w.Finish(&postings);
    dict.Add(term, TermInfo{df, start, postings.size() - start});
  }
  std::string dict_bytes;
  dict.Finish(&dict_bytes);
  return EncodeSegment(postings, dict_bytes, docs);
}

}  // namespace marsad::index
