// StoryLexicon: the word lists of data/stories/*.txt (stopwords, the words around numbered
// event series, ordinal numbers), normalized once with the search normalizer so they can be
// compared with the `norm` and `stem` of analysed tokens.
#ifndef MARSAD_STORIES_STORY_LEXICON_H_
#define MARSAD_STORIES_STORY_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "marsad/base/result.h"
#include "marsad/text/normalizer.h"
#include "marsad/text/word_set.h"

namespace marsad::stories {

// The text of each list with the name errors cite.
struct StoryLexiconSources {
  struct List {
    std::string_view name;  // e.g. "data/stories/stopwords_ar.txt"
    std::string_view text;
  };
  List stopwords, event_series, ordinals, summary;
  // data/stories/*.txt as embedded at build time.
  static StoryLexiconSources Embedded();
};

// Roles of event_series_ar.txt.
enum class SeriesRole : std::uint8_t {
  kNone = 0,
  kRound = 1,      // الجولة، الدورة، النسخة
  kProcess = 2,    // محادثات، مؤتمر: introduces a series name, not part of its key
  kNotSeries = 4,  // المادة، الساعة، رقم: a number after it names no series
  kHead = 8,       // مهرجان، الدوري، كأس: introduces a series name and is part of it
};

// Immutable after Build; thread-safe.
class StoryLexicon {
 public:
  // Parses and normalizes every list. InvalidArgument naming the file and line for a line
  // with an unknown role or a bad number.
  static Result<StoryLexicon> Build(const StoryLexiconSources& sources,
                                    const text::Normalizer& normalizer);
  // The embedded lists, normalized with dates::Lexicon::SearchNormalizer() (built on first
  // use; lexicon_test checks the data, so this never fails in a tested build).
  static const StoryLexicon& Default();

  // `word` is a normalized form (a token's norm or stem).
  bool IsStopword(std::string_view word) const { return stopwords_.Contains(word); }
  // Bits of SeriesRole for a normalized word (0 when it plays none).
  std::uint8_t SeriesRoles(std::string_view word) const;
  // Same, also for the word with one or two leading clitics (و/ف, then ب/ل/ك; لل for ال):
  // وللجولة, بمحادثات. One lookup: the forms are listed when the lexicon is built.
  std::uint8_t SeriesRolesWithClitics(std::string_view word) const {
    if (!with_clitics_.Contains(word)) return 0;
    auto it = clitic_roles_.find(word);
    return it == clitic_roles_.end() ? 0 : it->second;
  }
  bool Has(std::string_view word, SeriesRole role) const {
    return (SeriesRoles(word) & static_cast<std::uint8_t>(role)) != 0;
  }
  // The number of an ordinal written in one or two normalized words ("السابعه", "الحاديه
  // عشره", "الحاديه والعشرين"): sets *words to how many of them it used. 0 when `first`
  // starts no ordinal.
  int Ordinal(std::string_view first, std::string_view second, int* words) const;

  // True when a sentence starting with the normalized word `word` is outlet boilerplate
  // (للمزيد، اقرأ أيضا) and never part of a summary (summary_ar.txt, skip_start).
  bool IsSkipStart(std::string_view word) const { return skip_starts_.Contains(word); }

  std::size_t stopword_count() const { return stopwords_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  text::WordSet stopwords_;
  text::WordSet skip_starts_;
  std::unordered_map<std::string, std::uint8_t, Hash, std::equal_to<>> series_;
  text::WordSet with_clitics_;  // every form of clitic_roles_ (a Bloom filter for misses)
  std::unordered_map<std::string, std::uint8_t, Hash, std::equal_to<>> clitic_roles_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> ordinals_;  // one or two words
};

}  // namespace marsad::stories

#endif  // MARSAD_STORIES_STORY_LEXICON_H_
