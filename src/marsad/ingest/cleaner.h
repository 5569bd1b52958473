// Boilerplate removal for stored text. Fixed rules drop comment-form and widget lines
// (data/ingest/boilerplate_ar.txt), lines without a letter (lone numbers, separators), a
// line that repeats the one before it (a photo caption printed twice), and the closing
// source line (المصدر: وكالة سانا), whose outlet is kept as metadata. A LineLearner then
// learns, per source, the lines that recur across many different articles (site notices,
// disclaimers) and drops those too.
#ifndef MARSAD_INGEST_CLEANER_H_
#define MARSAD_INGEST_CLEANER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/text/normalizer.h"

namespace marsad::ingest {

struct CleanerOptions {
  // A line containing a listed widget phrase is dropped only when at most this long (code
  // points): a long paragraph that mentions "اقرأ أيضا" is article text.
  std::size_t widget_max_chars = 120;
  // The source line is looked for among this many last lines.
  std::size_t source_line_window = 3;
};

// One kept line: a byte span of the article text, and the hash of its trimmed bytes.
struct Line {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint64_t hash = 0;
};

// An article's text after the fixed rules.
struct CleanText {
  std::vector<Line> lines;
  std::string outlet;  // from a closing "المصدر: ..." line, else empty
  std::size_t dropped = 0;  // lines dropped by the fixed rules
};

class Cleaner {
 public:
  explicit Cleaner(CleanerOptions options = {});

  // Splits `text` into trimmed non-blank lines and applies the fixed rules. Thread-safe.
  // REQUIRES: text.size() < 4 GiB.
  void ApplyRules(std::string_view text, CleanText* out) const;

  const CleanerOptions& options() const { return options_; }

 private:
  bool IsWidgetLine(std::string_view line) const;

  CleanerOptions options_;
  text::Normalizer normalizer_;
  std::vector<std::string> phrases_;  // normalized
  // A prefilter for finding the phrases in a line: for each phrase of 4 bytes or more, its
  // first 4 bytes in a bitset (by hash) and in `by_head_` (sorted), so a line is scanned
  // once instead of once per phrase; shorter phrases are searched for directly.
  std::vector<std::uint64_t> head_bits_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> by_head_;  // (first 4 bytes, phrase)
  std::vector<std::uint32_t> short_phrases_;
};

struct LearnerOptions {
  // A line is boilerplate of a source once it has been seen in this many of its articles
  // with different titles (copies of one article share a title and count once).
  std::size_t min_docs = 8;
  // Only lines up to this many bytes are learned: notices are short, and repeated long
  // paragraphs are usually real background text.
  std::size_t max_line_bytes = 400;
};

// Per-source counts of recurring lines. Not thread-safe: observe from one thread, then read
// from many (IsBoilerplate is const).
class LineLearner {
 public:
  explicit LineLearner(LearnerOptions options = {}) : options_(options) {}

  // Counts the lines of one article of `source` titled `title`.
  void Observe(std::string_view source, std::string_view title, const CleanText& clean);
  // True when `line` (by hash) is boilerplate of `source`.
  bool IsBoilerplate(std::string_view source, const Line& line) const;

  // Text of `clean`'s lines that are not boilerplate of `source`, joined by '\n'.
  std::string Join(std::string_view text, const CleanText& clean, std::string_view source,
                   std::size_t* dropped) const;

  // The counts as bytes (lines seen at least twice), to keep them in the store, and back.
  std::string Serialize() const;
  Status Load(std::string_view bytes);

  // Number of (source, line) pairs currently judged boilerplate.
  std::size_t learned() const;

 private:
  // Open-addressing tables keyed by 64-bit hashes (already well mixed, so their low bits
  // pick the slot): one probe sequence in one array instead of a node per entry, which the
  // per-line counting (on the ingest's one thread between its parallel phases) and the
  // scans of Serialize and learned() would otherwise spend in malloc and cache misses.
  // Counts of keys; a slot is empty while its count is 0.
  class KeyCounts {
   public:
    struct Slot {
      std::uint64_t key;
      std::uint32_t count;
    };
    // The count of `key`, 0 when absent.
    std::uint32_t Get(std::uint64_t key) const;
    // Adds `n` (> 0) to the count of `key`; sets it to `n` (> 0).
    void Add(std::uint64_t key, std::uint32_t n);
    void Set(std::uint64_t key, std::uint32_t n);
    void Clear();
    const std::vector<Slot>& slots() const { return slots_; }

   private:
    // The slot of `key`, claimed for it (count 0) when absent; grows first when full.
    Slot& Find(std::uint64_t key);
    void Grow();
    std::vector<Slot> slots_;  // power-of-two size, at most 3/4 full
    std::size_t used_ = 0;
  };
  // A set of keys; 0 marks an empty slot (the key 0 is kept aside).
  class KeySet {
   public:
    // True when `key` was not in the set (it is now).
    bool Insert(std::uint64_t key);
    std::size_t size() const { return used_ + (has_zero_ ? 1 : 0); }
    void Clear();

   private:
    void Grow();
    std::vector<std::uint64_t> slots_;  // power-of-two size, at most 3/4 full
    std::size_t used_ = 0;
    bool has_zero_ = false;
  };

  static std::uint64_t Key(std::string_view source, std::uint64_t line_hash);

  LearnerOptions options_;
  KeyCounts counts_;  // key -> distinct titles
  KeySet seen_;       // (key, title) pairs
};

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_CLEANER_H_
