// The transliteration corpora in ../shared/data, read into train/dev/test splits:
//   anetac/EN-AR_Translit__{train,dev,test}.{ar,en}   line-aligned words (ANETAC)
//   google-ar2en-translit/ar2en-{train,eval,test}.txt  "arabic<TAB>english"
//   wikidata-en-ar-names/wd_arabic.normalized.aligned.tokens
//       "english<TAB>spaced arabic letters<TAB>count"; split here by a hash of the
//       normalized Arabic (the published 80/20 split is by English word, so 3,009 of its
//       12,022 test spellings also occur in its training part).
// Test and dev names never reach training: a training pair is dropped when its
// search-normalized Arabic equals that of any dev or test item of any corpus.
#ifndef MARSAD_TRANSLIT_CORPUS_H_
#define MARSAD_TRANSLIT_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/io/env.h"
#include "marsad/text/normalizer.h"

namespace marsad::translit {

struct NamePair {
  std::string arabic;  // as in the file
  std::string latin;   // as in the file
};

// One test name with every accepted Latin spelling.
struct TestItem {
  std::string arabic;
  std::vector<std::string> references;
};

struct TestSet {
  std::string name;  // "anetac", "google-ar2en", "wikidata"
  std::string files;  // where it was read from
  std::vector<TestItem> items;
};

struct CorpusSource {
  std::string name;
  std::size_t train_pairs = 0;    // read from the training files
  std::size_t held_out_overlap = 0;  // of those, dropped: a dev/test name
};

struct TranslitCorpus {
  std::vector<NamePair> train;  // all sources, dev/test names removed
  std::vector<TestSet> dev;
  std::vector<TestSet> test;
  std::vector<CorpusSource> sources;
};

// Which of the 10 hash buckets of the wikidata names are held out.
inline constexpr std::uint64_t kWikidataBuckets = 10;
inline constexpr std::uint64_t kWikidataTestBuckets = 2;  // buckets 0-1: test (20%)
inline constexpr std::uint64_t kWikidataDevBuckets = 1;   // bucket 2: dev (10%)

// Reads the three corpora under `data_dir` (../shared/data). Errors name the file (and
// line): NotFound when a file is missing, InvalidArgument when one is malformed.
Result<TranslitCorpus> LoadTranslitCorpus(io::Env& env, const std::string& data_dir);

// Parsers of the individual formats; `name` prefixes error messages.
Result<std::vector<NamePair>> ParseLineAligned(std::string_view arabic, std::string_view latin,
                                               std::string_view name);
Result<std::vector<NamePair>> ParseTabSeparated(std::string_view text, std::string_view name);
Result<std::vector<NamePair>> ParseWikidataTokens(std::string_view text, std::string_view name);

// Groups pairs by Arabic spelling: one item per spelling, references in first-seen order
// (duplicates differing only in letter case dropped).
std::vector<TestItem> GroupReferences(const std::vector<NamePair>& pairs);

// The wikidata bucket (0..kWikidataBuckets-1) of an Arabic spelling: FNV-1a 64 of its
// search-normalized form.
std::uint64_t WikidataBucket(std::string_view arabic, const text::Normalizer& search);

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_CORPUS_H_
