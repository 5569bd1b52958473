// Merges segments: the live documents of several segments, in order, become one segment
// (deleted documents are dropped and the rest renumbered).
#ifndef MARSAD_INDEX_SEGMENT_MERGER_H_
#define MARSAD_INDEX_SEGMENT_MERGER_H_

#include <string>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/index/index_writer.h"

namespace marsad::index {

// Returns the merged segment file (footer included). Corruption when an input's posting
// list is damaged.
Result<std::string> MergeSegmentFiles(const std::vector<SegmentView>& inputs);

}  // namespace marsad::index

#endif  // MARSAD_INDEX_SEGMENT_MERGER_H_
