// EventKeyFinder: finds numbered event series in a text — the sessions of a long-running
// process that the news counts (أستانا 7، الجولة السابعة من محادثات أستانا، جنيف 8، الدورة
// الـ 71 لمهرجان كان، الجولة الـ 15 من الدوري الإسباني) — and gives each a key that
// different spellings and phrasings share: the series name's spelling-variant key and the
// number ("ستن#7" for أستانا 7, أستانة 7 and الجولة السابعة من محادثات أستانا).
//
// Three shapes are read (words from data/stories/event_series_ar.txt):
//  1. a round noun and a number or ordinal, then the series: الجولة الـ15 من محادثات جنيف،
//     النسخة الثانية من منتدى ...، الدورة 71 لمهرجان كان. A generic process noun (محادثات،
//     مؤتمر، قمة) is left out of the key, a head noun (مهرجان، الدوري، كأس) stays in it.
//     Without a series name the key is the round noun alone and the key is not `named`.
//  2. a process or head noun, a name and a number: محادثات أستانا 7، مؤتمر جنيف 2.
//  3. a bare name and a number (أستانا 7، أستانة-6), only when the same text also names the
//     series in shape 1 or 2 or after a process noun (محادثات أستانا): a bare "word number"
//     is far more often a count or an article number than an event.
// A number is 1-999 written with digits (الـ 15، الـ15) or an ordinal word (السابعة،
// الحادية والعشرين).
#ifndef MARSAD_STORIES_EVENT_KEYS_H_
#define MARSAD_STORIES_EVENT_KEYS_H_

#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/span.h"
#include "marsad/stories/story_lexicon.h"
#include "marsad/text/analyzer.h"

namespace marsad::stories {

struct EventKey {
  std::string series;  // spelling-variant key of the series name ("ستن"), or of the round noun
  std::string name;    // the series name as first written ("أستانا", "مهرجان كان")
  int number = 0;
  ByteSpan span;       // the first expression that gave this key
  bool named = true;   // false: only a round noun ("الجولة الـ 15"), no series name

  // "series#number": the identity of the event.
  std::string Key() const { return series + "#" + std::to_string(number); }
};

// Immutable; thread-safe.
class EventKeyFinder {
 public:
  // `lexicon` must outlive the finder.
  explicit EventKeyFinder(const StoryLexicon& lexicon = StoryLexicon::Default());

  // The distinct event keys of `text` (by Key()), in order of first occurrence.
  // REQUIRES: `analysis` is of `text`, by an Analyzer with NormalizerOptions::Search().
  std::vector<EventKey> Find(const text::TextAnalysis& analysis, std::string_view text) const;

 private:
  const StoryLexicon& lexicon_;
};

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_EVENT_KEYS_H_
