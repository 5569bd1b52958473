// TriggerMiner: organisation names mined after trigger words; see trigger_miner.h.
#include "marsad/ner/trigger_miner.h"

#include <algorithm>

#include "marsad/base/flat_map.h"
#include "marsad/ner/lexicon.h"
#include "marsad/text/word_list.h"

namespace marsad::ner {

namespace {

constexpr std::uint64_t kMinerSeed = 0x545249474D494E45ULL;  // "TRIGMINE"

std::size_t Letters(std::string_view w) {
  std::size_t n = 0;
  for (char c : w) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The forms of an Arabic word as a name (NameForms); the last is the barest.
int Forms(std::string_view norm, std::string* buf, std::string_view* forms) {
  buf->resize(norm.size() + 4);
  return NameForms(norm, buf->data(), forms);
}

}  // namespace

TriggerMiner::TriggerMiner(std::string_view triggers, const text::Normalizer& normalizer) {
  text::ForEachListEntry(triggers, [&](std::string_view entry) {
    std::string norm = normalizer.Normalize(entry);
    if (!norm.empty()) triggers_.insert(std::move(norm));
  });
}

void TriggerMiner::Add(const text::TextAnalysis& analysis) {
  std::string buf;
  std::string_view forms[kMaxNameForms];
  bool after_trigger = false;
  std::string trigger;  // the trigger before the previous word, or before this one
  std::string pair;     // "TRIGGER W1" when the previous word followed a trigger
  for (std::size_t i = 0; i < analysis.tokens.size(); ++i) {
    const bool word = analysis.tokens[i].token.kind == text::TokenKind::kArabicWord;
    if (!word) {
      after_trigger = false;
      pair.clear();
      continue;
    }
    ++tokens_;
    const std::string_view norm = analysis.norm(i);
    const int n = Forms(norm, &buf, forms);
    int trigger_form = -1;
    for (int f = 0; f < n && trigger_form < 0; ++f) {
      if (triggers_.count(std::string(forms[f])) > 0) trigger_form = f;
    }
    const bool is_trigger = trigger_form >= 0;
    const std::string_view bare = forms[n - 1];
    ++total_[base::HashBytes(bare, kMinerSeed)];
    if (!pair.empty() && !is_trigger) ++triples_[pair + ' ' + std::string(norm)];
    pair.clear();
    if (after_trigger && !is_trigger) {
      ++after_[std::string(bare)];
      ++hits_;
      pair = trigger + ' ' + std::string(norm);
      Pair& p = pairs_[pair];
      if (p.count++ == 0) p.bare = std::string(bare);
    }
    after_trigger = is_trigger;
    if (is_trigger) trigger = std::string(forms[trigger_form]);
  }
}

std::vector<std::string> TriggerMiner::Mine(std::uint32_t min_count, std::uint32_t min_percent) const {
  std::vector<std::string> out;
  for (const auto& [w, after] : after_) {
    if (after < min_count || Letters(w) < 3 || triggers_.count(w) > 0) continue;
    const auto it = total_.find(base::HashBytes(w, kMinerSeed));
    const std::uint64_t total = it == total_.end() ? after : it->second;
    if (std::uint64_t{after} * 100 >= total * min_percent) out.push_back(w);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> TriggerMiner::MinePhrases(std::uint32_t min_count, std::uint32_t min_percent,
                                                  std::uint32_t continue_percent) const {
  const std::vector<std::string> words = Mine(min_count, min_percent);
  std::vector<std::string> out;
  for (const auto& [pair, p] : pairs_) {
    if (p.count < min_count || !std::binary_search(words.begin(), words.end(), p.bare)) continue;
    out.push_back(pair);
  }
  for (const auto& [triple, count] : triples_) {
    if (count < min_count) continue;
    const std::size_t last = triple.rfind(' ');
    const auto it = pairs_.find(triple.substr(0, last));
    if (it == pairs_.end() || it->second.count < min_count ||
        !std::binary_search(words.begin(), words.end(), it->second.bare) ||
        std::uint64_t{count} * 100 < std::uint64_t{it->second.count} * continue_percent ||
        Letters(std::string_view(triple).substr(last + 1)) < 3) {
      continue;
    }
    out.push_back(triple);
    out.push_back(triple.substr(triple.find(' ') + 1));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace marsad::ner
