// Word shapes the entities stage needs on normalized Arabic words: the proclitic chains
// (و/ف, then ل/ب/ك, then the article ال, with لل for ل + ال) that can be peeled off a word,
// relational (nisba) adjectives (الروسي, الكورية), and the written form of a word without
// the proclitics that were peeled off its normalized form.
#ifndef MARSAD_ENTITIES_WORD_SHAPE_H_
#define MARSAD_ENTITIES_WORD_SHAPE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::entities {

// One way to read a normalized word as proclitics + stem.
struct CliticSplit {
  std::string_view stem;     // what remains (a substring of the word)
  bool conjunction = false;  // و or ف
  char preposition = 0;      // 'l' (ل), 'b' (ب), 'k' (ك) or 0
  bool article = false;      // ال (or the ل of لل)
  std::size_t letters = 0;   // letters peeled off the front of the word
};

// Every reading of `norm` (a search-normalized word) as proclitics + stem that leaves at
// least `min_stem_letters` letters, the word itself first, then by the number of letters
// peeled (fewest first). At most 12 readings. Without `article_possible` (the word as
// written begins with أل/إل/آل, whose alef is no article: أليكسي), no reading peels a word-
// initial ال. Thread-safe.
void SplitProclitics(std::string_view norm, std::size_t min_stem_letters,
                     std::vector<CliticSplit>* out, bool article_possible = true);

// True when `stem` (a word without its proclitics) has the shape of a relational adjective:
// three letters or more ending in ي, or four or more ending in يه (normalized ية).
bool IsNisbaStem(std::string_view stem);

// Number of code points of `s`.
std::size_t Letters(std::string_view s);

// The written word `original` without its first `letters` letters (each with the marks that
// follow it). With `restore_article`, "ال" is put back in front: لل + word (ل + ال with its
// alef elided) is written ال + word once the ل is gone.
std::string DropLeadingLetters(std::string_view original, std::size_t letters,
                               bool restore_article);
// The same into `*out` (replacing what it held; its memory is reused). `original` must not
// be a view of `*out`.
void DropLeadingLetters(std::string_view original, std::size_t letters, bool restore_article,
                        std::string* out);

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_WORD_SHAPE_H_
