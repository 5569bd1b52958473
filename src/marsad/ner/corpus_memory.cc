// CorpusMemory; see corpus_memory.h.
#include "marsad/ner/corpus_memory.h"

#include <algorithm>
#include <bit>
#include <utility>
#include <vector>

namespace marsad::ner {

void CorpusMemory::Add(std::uint64_t key, int slot) {
  std::uint32_t& c = counts_.FindOrInsert(base::NonZero(key), Counts{})[static_cast<std::size_t>(slot)];
  if (c < 0xFFFFFFFFu) ++c;
  ++occurrences_;
}

void CorpusMemory::Finish(std::uint32_t min_count, std::uint32_t min_percent) {
  counts_.ForEach([&](std::uint64_t key, const Counts& c) {
    std::uint64_t total = 0, in_entity = 0;
    for (std::size_t s = 0; s < c.size(); ++s) {
      total += c[s];
      if (s > 0) in_entity += c[s];
    }
    if (total < min_count || in_entity * 100 < total * min_percent) return;
    Entry e;
    for (int t = 0; t < kNumEntityTypes; ++t) {
      e.percent[static_cast<std::size_t>(t)] =
          static_cast<std::uint8_t>(c[static_cast<std::size_t>(t) + 1] * 100 / total);
    }
    e.frequency = static_cast<std::uint8_t>(std::bit_width(total));
    words_.FindOrInsert(Fingerprint(key)) = e;
  });
  counts_ = base::FlatMap<std::uint64_t, Counts>();
}

void CorpusMemory::Write(ByteWriter* out) const {
  std::vector<std::pair<std::uint32_t, Entry>> entries;
  entries.reserve(words_.size());
  words_.ForEach([&](std::uint32_t k, const Entry& e) { entries.emplace_back(k, e); });
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  out->PutVarint(occurrences_);
  std::vector<std::uint32_t> keys;
  keys.reserve(entries.size());
  for (const auto& [k, e] : entries) keys.push_back(k);
  out->PutSortedKeys(keys);
  // Column by column: alike values compress better.
  for (int t = 0; t < kNumEntityTypes; ++t) {
    for (const auto& [k, e] : entries) out->PutU8(e.percent[static_cast<std::size_t>(t)]);
  }
  for (const auto& [k, e] : entries) out->PutU8(e.frequency);
}

Result<CorpusMemory> CorpusMemory::Read(ByteReader* in) {
  CorpusMemory m;
  MARSAD_RETURN_IF_ERROR(in->GetVarint(&m.occurrences_));
  std::vector<std::uint32_t> keys;
  MARSAD_RETURN_IF_ERROR(in->GetSortedKeys("corpus memory keys", &keys));
  std::vector<Entry> entries(keys.size());
  for (int t = 0; t < kNumEntityTypes; ++t) {
    for (Entry& e : entries) {
      MARSAD_RETURN_IF_ERROR(in->GetU8(&e.percent[static_cast<std::size_t>(t)]));
      if (e.percent[static_cast<std::size_t>(t)] > 100) return in->Error("share above 100%");
    }
  }
  for (Entry& e : entries) MARSAD_RETURN_IF_ERROR(in->GetU8(&e.frequency));
  m.words_.Reserve(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) m.words_.FindOrInsert(keys[i]) = entries[i];
  return m;
}

}  // namespace marsad::ner
