// TriggerMiner: mines a gazetteer of organisation names from unlabeled news — the word right
// after a trigger such as نادي، فريق، حزب، صحيفة، شركة (data/ner/org_mining_triggers_ar.txt),
// kept when it follows a trigger often and in a large share of its occurrences (الليكود,
// الترسانه, ارسنال; not الامن of مجلس الامن).
#ifndef MARSAD_NER_TRIGGER_MINER_H_
#define MARSAD_NER_TRIGGER_MINER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "marsad/text/analyzer.h"
#include "marsad/text/normalizer.h"

namespace marsad::ner {

// Single-threaded. Add() every document, then Mine().
class TriggerMiner {
 public:
  // `triggers`: one entry per line ('#' comments), normalized here with `normalizer`.
  TriggerMiner(std::string_view triggers, const text::Normalizer& normalizer);

  // Counts the words of one analysed text (text::Analyzer output of `text`).
  void Add(const text::TextAnalysis& analysis);

  // The words (normalized, proclitics removed as by NameForms) seen right after a trigger
  // at least `min_count` times and in at least `min_percent`% of all their occurrences,
  // sorted. Words of fewer than 3 letters and triggers themselves are never kept.
  std::vector<std::string> Mine(std::uint32_t min_count, std::uint32_t min_percent) const;

  // Multi-word names with their trigger, as normalized text (words separated by spaces),
  // sorted: "TRIGGER W1" for each trigger and word W1 of Mine(min_count, min_percent) seen
  // together at least min_count times (حزب الليكود); "TRIGGER W1 W2" and "W1 W2" when a
  // second word W2 followed that pair at least min_count times and in at least
  // `continue_percent`% of its occurrences (نادي ستيوا بوخارست, ستيوا بوخارست). The
  // trigger is written as it matched (its NameForms form), the names as normalized.
  std::vector<std::string> MinePhrases(std::uint32_t min_count, std::uint32_t min_percent,
                                       std::uint32_t continue_percent) const;

  std::size_t triggers() const { return triggers_.size(); }
  std::uint64_t tokens() const { return tokens_; }
  std::uint64_t trigger_hits() const { return hits_; }

 private:
  std::unordered_set<std::string> triggers_;
  std::unordered_map<std::uint64_t, std::uint32_t> total_;  // by hash of the bare form
  std::unordered_map<std::string, std::uint32_t> after_;    // bare form → times after a trigger
  struct Pair {
    std::string bare;  // W1's bare form (Mine's key)
    std::uint32_t count = 0;
  };
  std::unordered_map<std::string, Pair> pairs_;              // "TRIGGER W1" (W1 normalized)
  std::unordered_map<std::string, std::uint32_t> triples_;  // "TRIGGER W1 W2"
  std::uint64_t tokens_ = 0;
  std::uint64_t hits_ = 0;
};

// The embedded trigger list (data/ner/org_mining_triggers_ar.txt).
namespace data {
extern const std::string_view kOrgMiningTriggers;
}  // namespace data

}  // namespace marsad::ner

#endif  // MARSAD_NER_TRIGGER_MINER_H_
