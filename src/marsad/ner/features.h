// Feature extraction for the entity tagger. A feature is a 64-bit hash of a template and a
// value ("the word two to the left is وزير", "the token's 256-class cluster is 17"); the
// model keeps a weight per feature and tag.
//
// Features come in two kinds, and the split is what makes tagging fast:
//  - type features depend on one token's text only: its own features (word, clitic-free
//    forms, stem, affixes, character trigrams, shape, word clusters, lexicon classes) and
//    the attributes it shows to its neighbours, which become features at offsets -2..+2.
//    A tagger computes their weight sums once per distinct token (TaggerCache);
//  - sentence features depend on several tokens: word bigrams and multi-word lexicon
//    matches (titles such as رئيس الوفد, names such as الامم المتحده).
// Training and tagging extract the same features: tests check the cached and uncached
// paths give the same scores.
#ifndef MARSAD_NER_FEATURES_H_
#define MARSAD_NER_FEATURES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/flat_map.h"
#include "marsad/ner/bio.h"
#include "marsad/ner/corpus_memory.h"
#include "marsad/ner/lexicon.h"
#include "marsad/ner/word_clusters.h"
#include "marsad/text/analyzer.h"
#include "marsad/text/token.h"

namespace marsad::ner {

// How far the tagger looks to each side for type features.
inline constexpr int kWindow = 2;
inline constexpr int kOffsets = 2 * kWindow + 1;  // offsets -kWindow..kWindow

// Optional feature templates. DO NOT RENUMBER: stored in model files.
enum FeatureFlag : std::uint32_t {
  kFeatCharTrigrams = 1u << 0,   // character trigrams of the clitic-free form
  kFeatBigrams = 1u << 1,        // word bigrams (w-1 w0, w0 w+1)
  kFeatPhrases = 1u << 2,        // multi-word lexicon matches
  kFeatContextStrip = 1u << 3,   // clitic-free form of the neighbours at -1 and +1
  kFeatContextSuffix = 1u << 4,  // two-letter suffix of the neighbours at -1 and +1
  kFeatStem = 1u << 5,           // the light stem
  kFeatClusterBigrams = 1u << 6, // coarsest clusters of (w-1, w0) and (w0, w+1)
  kFeatFrequency = 1u << 7,      // the word's frequency class in the clustered corpus, alone
                                 // and with its lexicon classes (a listed name that is also
                                 // a very frequent word is rarely a name: في، من، علي)
  kFeatCorpus = 1u << 8,         // CorpusMemory: how a first tagger tagged the word across
                                 // the unlabeled news (needs a model with a corpus memory)
  kFeatQuotes = 1u << 9,         // the token is inside a short quoted or bracketed span
                                 // («...», "...", '...', (...), - ... -): its position there,
                                 // the span's length and the word before the opening mark
                                 // (برنامج « الناس وأنا », محيط - الراي -)
  kFeatCliticName = 1u << 10,    // the word without a ل/ب glued to an article-less name
                                 // (CliticNameForm: لكوفي → كوفي): that form's lexicon
                                 // classes, clusters, corpus memory and (stage 2) what the
                                 // first stage found for it elsewhere in the document
  kFeatSports = 1u << 11,        // stage 2: in a sports report (several of the lexicon's
                                 // topic words in the document), the token's lexicon
                                 // classes, clusters and first-stage type, each joined with
                                 // that fact: a place-like word there is often a club (السد)
  kFeatCohesionDocs = 1u << 12,  // stage 2: a file without document boundaries (CoNLL) is
                                 // split where its sentences' words stop overlapping
                                 // (CohesionStarts), not into runs of doc_sentences
};
inline constexpr std::uint32_t kDefaultFeatures = kFeatCharTrigrams | kFeatBigrams | kFeatPhrases |
                                                  kFeatContextStrip | kFeatStem | kFeatCorpus;

struct FeatureOptions {
  std::uint32_t flags = kDefaultFeatures;
  bool Has(FeatureFlag f) const { return (flags & f) != 0; }
};

// A token as the extractor sees it: its text as written, its search-normalized form and
// light stem (text::Analyzer), and its kind.
struct TokenView {
  std::string_view original;
  std::string_view norm;
  std::string_view stem;
  text::TokenKind kind = text::TokenKind::kWord;
};

// Views of tokens [first, end) of an analysis of `text`.
std::vector<TokenView> ViewTokens(std::string_view text, const text::TextAnalysis& analysis,
                                  std::size_t first, std::size_t end);

// The hashes of one token that sentence features combine.
struct SentenceKeys {
  std::uint64_t word = 0;                         // hash of the normalized form (bigrams)
  std::uint64_t doc_key = 0;                      // hash of the bare form (DocMemory)
  std::uint64_t cluster = 0;                      // hash of the coarsest cluster
  std::uint64_t norm_hash = 0;                    // Lexicon::WordHash(norm)
  std::uint64_t first_forms[kMaxNameForms] = {};  // Lexicon::WordHash of NameForms, 0: none
  std::uint8_t quote = 0;                         // QuoteKind of a quotation mark or bracket
  std::uint64_t clitic_key = 0;                   // doc_key of CliticNameForm (kFeatCliticName), 0: none
  std::uint8_t topic = 0;                         // 1: a topic word (kFeatSports)
  std::uint8_t lex_whole = 0;                     // LexBits of the word's one-word entries
  std::uint16_t clusters[2] = {0xFFFF, 0xFFFF};   // the two coarsest cluster ids, 0xFFFF: none
};

// How strongly a document with `topic_words` topic-word tokens reads as a sports report:
// 0 (not), 1 (two or three), 2 (four or more). One topic word proves little (هدف، فريق).
inline int TopicLevel(std::size_t topic_words) {
  return topic_words >= 4 ? 2 : topic_words >= 2 ? 1 : 0;
}

// Marks that open and close a span (SentenceKeys::quote; DO NOT RENUMBER: hashed into
// feature names). Every kind but brackets closes with a mark of the same kind: « and » are
// written either way round in Arabic text.
enum QuoteKind : std::uint8_t {
  kQuoteNone = 0,
  kQuoteGuillemet = 1,  // « » ‹ ›
  kQuoteDouble = 2,     // " “ ” „
  kQuoteSingle = 3,     // ' ‘ ’
  kQuoteOpenBracket = 4,   // ( [
  kQuoteCloseBracket = 5,  // ) ]
  kQuoteDash = 6,       // - – —
};

// The QuoteKind of a token's text.
QuoteKind QuoteKindOf(std::string_view token);

// Quoted spans longer than this many tokens (dashes: kMaxDashQuoted) are not spans.
inline constexpr std::size_t kMaxQuoted = 8;
inline constexpr std::size_t kMaxDashQuoted = 4;

// What one token type contributes: its own features, the attributes its neighbours see,
// and the hashes the sentence features need.
struct TypeFeatures {
  std::vector<std::uint64_t> own;      // features at offset 0
  std::vector<std::uint64_t> context;  // attributes; the feature at offset d is AtOffset(a, d)
  std::vector<std::uint64_t> near;     // attributes seen only at offsets -1 and +1
  SentenceKeys keys;
  void Clear();
};

// Readable names of the features in a TypeFeatures, parallel to its vectors ("w=قال",
// "suf2=ين", "c1=17", "lex=PER"): for tests and diagnostics, never needed to tag.
struct FeatureNames {
  std::vector<std::string> own;
  std::vector<std::string> context;
  std::vector<std::string> near;
};

// What a sentence feature is, for naming it: "bigram[-1,0]", "phrase=TITLE:B", ...
struct SentenceFeatureName {
  const char* what = "";
  int detail = -1;  // a class and/or position, or -1
};

// "bigram[-1,0]", "phrase=TITLE:B", "doc=PER", "docmaj=O", ...
std::string SentenceFeatureString(SentenceFeatureName name);

// "PER", "LOC", "ORG", "MISC", "TITLE", "ORGTRIG", "LOCTRIG".
std::string_view LexClassName(unsigned c);

// Immutable after construction; thread-safe. The clusters, lexicon and corpus memory must
// outlive it.
class FeatureExtractor {
 public:
  // `corpus` may be null (no corpus features).
  FeatureExtractor(const WordClusters& clusters, const Lexicon& lexicon, FeatureOptions options,
                   const CorpusMemory* corpus = nullptr);

  const FeatureOptions& options() const { return options_; }

  // Fills *out with the type features of `t` (and *names with their names, when given).
  void Describe(const TokenView& t, TypeFeatures* out, FeatureNames* names = nullptr) const;
  // Type features of the positions before the first and after the last token.
  const TypeFeatures& SentenceStart() const { return bos_; }
  const TypeFeatures& SentenceEnd() const { return eos_; }

  // The feature of attribute `a` seen at offset `d` (d != 0, |d| <= kWindow).
  static std::uint64_t AtOffset(std::uint64_t a, int d) { return base::HashPair(a, 0x51u + d); }

  // Calls fn(i, feature, name) for the sentence features of tokens 0..n-1, whose sentence
  // keys are keys[i] (`name` is a SentenceFeatureName). `scratch` is reused between calls.
  struct Scratch {
    std::vector<std::uint64_t> first_hashes;
    std::vector<std::uint64_t> norm_hashes;
    std::vector<PhraseMatch> matches;
  };
  template <typename Fn>
  void ForEachSentenceFeature(const SentenceKeys* keys, std::size_t n, Scratch* scratch,
                              Fn&& fn) const;

  // Every feature of every token (type features at all offsets, then sentence features):
  // (*out)[i] for token i, and their names in (*names)[i] when `names` is given
  // ("w[-1]=قال" for a neighbour's attribute). The slow path, used by training and tests.
  // *keys, when given, receives every token's sentence keys.
  void Extract(const std::vector<TokenView>& tokens, std::vector<std::vector<std::uint64_t>>* out,
               std::vector<std::vector<std::string>>* names = nullptr,
               std::vector<SentenceKeys>* keys = nullptr) const;

 private:
  class Sink;
  // Returns the word's frequency class (0: unknown).
  int AddClusterFeatures(const TokenView& t, Sink* sink) const;
  void AddLexiconFeatures(const std::string_view* forms, int n_forms, int frequency,
                          Sink* sink) const;
  void AddCorpusFeatures(std::uint64_t key, Sink* sink) const;
  // The entity types the corpus memory's entry `e` gives the word (a share of 10% or more,
  // bucketed), as features of the two templates named `what`.
  void AddCorpusShares(const CorpusMemory::Entry& e, std::uint64_t own_template,
                       std::uint64_t context_template, const char* what, Sink* sink) const;
  void AddCliticNameFeatures(std::string_view stripped, Sink* sink) const;

  const WordClusters& clusters_;
  const Lexicon& lexicon_;
  FeatureOptions options_;
  const CorpusMemory* corpus_;
  TypeFeatures bos_;
  TypeFeatures eos_;
};

// What the first stage found in one document: for each word (its bare form, without
// proclitics), how many of its occurrences it tagged O and how many inside an entity of
// each type. The second stage reads it as document features: a name tagged PER in one
// sentence is likely a PER in the others, even where its context says little (Krishnan &
// Manning 2006; Ratinov & Roth 2009's "extended prediction history"). Not thread-safe.
class DocMemory {
 public:
  static constexpr int kSlots = 1 + kNumEntityTypes;  // O, then doc::EntityType order
  using Counts = std::array<std::uint16_t, kSlots>;

  void Clear() { map_ = base::FlatMap<std::uint64_t, Counts>(); }
  // Records one occurrence of the word `key` in `slot` (0: O, 1 + type: in an entity).
  void Add(std::uint64_t key, int slot) {
    std::uint16_t& c = map_.FindOrInsert(base::NonZero(key), Counts{})[static_cast<std::size_t>(slot)];
    if (c < 0xFFFF) ++c;
  }
  Counts Get(std::uint64_t key) const {
    const Counts* c = map_.Find(base::NonZero(key));
    return c == nullptr ? Counts{} : *c;
  }

 private:
  base::FlatMap<std::uint64_t, Counts> map_;
};

// Calls fn(i, feature, name) for the document features of tokens 0..n-1 of a sentence:
// keys[i] its sentence keys, slots[i] the first stage's slot of token i (DocMemory), and
// `memory` the first stage's findings over the whole document (this sentence included; a
// token's own occurrence is left out of its counts).
template <typename Fn>
void ForEachDocFeature(const DocMemory& memory, const SentenceKeys* keys,
                       const std::uint8_t* slots, std::size_t n, Fn&& fn);

// ---------------------------------------------------------------------------------------
// Template ids of sentence features (hashed into feature names; DO NOT RENUMBER).
namespace tpl {
inline constexpr std::uint64_t kBigramPrev = 101;
inline constexpr std::uint64_t kBigramNext = 102;
inline constexpr std::uint64_t kPhraseIn = 103;
inline constexpr std::uint64_t kPhraseBefore = 104;  // the token before a match
inline constexpr std::uint64_t kPhraseAfter = 105;   // the token after a match
inline constexpr std::uint64_t kClusterBigramPrev = 106;
inline constexpr std::uint64_t kClusterBigramNext = 107;
inline constexpr std::uint64_t kDocAny = 108;       // the word was in an entity of type T
inline constexpr std::uint64_t kDocMajor = 109;     // the word's most frequent slot
inline constexpr std::uint64_t kDocNeighbor = 110;  // a neighbour was in an entity of type T
inline constexpr std::uint64_t kQuoteIn = 111;      // kind and position (B I L U) in a span
inline constexpr std::uint64_t kQuoteAfter = 112;   // kind and the word before the opening mark
inline constexpr std::uint64_t kQuoteLength = 113;  // kind and the span's length
inline constexpr std::uint64_t kDocClitic = 114;    // the clitic-free name was in an entity of type T
inline constexpr std::uint64_t kTopic = 115;        // topic level, what (below), value
}  // namespace tpl

// Calls fn(i, feature, name) for the sports features (kFeatSports) of tokens 0..n-1 of a
// sentence of a document of topic level `level` (TopicLevel): keys[i] its sentence keys,
// slots[i] the first stage's slot of token i. Nothing when level is 0.
template <typename Fn>
void ForEachTopicFeature(int level, const SentenceKeys* keys, const std::uint8_t* slots,
                         std::size_t n, Fn&& fn) {
  if (level <= 0) return;
  const auto lv = static_cast<std::uint64_t>(level);
  const auto feature = [&](std::size_t i, std::uint64_t what, std::uint64_t value, int shown) {
    fn(i, base::HashPair(tpl::kTopic, base::HashPair(lv << 8 | what, value)),
       SentenceFeatureName{"topic", level * 1000 + static_cast<int>(what) * 100 + shown});
  };
  for (std::size_t i = 0; i < n; ++i) {
    feature(i, 0, 0, 0);                      // the level alone
    feature(i, 1, slots[i], slots[i]);        // the first stage's slot (LOC → a club?)
    for (unsigned c = 0; c < 8; ++c) {        // each one-word lexicon class
      if ((keys[i].lex_whole & (1u << c)) != 0) feature(i, 2, c, static_cast<int>(c));
    }
    for (int l = 0; l < 2; ++l) {             // the two coarsest clusters
      if (keys[i].clusters[l] != 0xFFFF) feature(i, 3 + static_cast<std::uint64_t>(l), keys[i].clusters[l], 99);
    }
    // The slot joined with the previous word's slot: نادي/فريق before a place name.
    if (i > 0) feature(i, 5, std::uint64_t{slots[i - 1]} * 8 + slots[i], slots[i - 1] * 8 + slots[i]);
  }
}



template <typename Fn>
void ForEachDocFeature(const DocMemory& memory, const SentenceKeys* keys,
                       const std::uint8_t* slots, std::size_t n, Fn&& fn) {
  constexpr int kSlots = DocMemory::kSlots;
  // Counts of each token's other occurrences.
  const auto others = [&](std::size_t i) {
    DocMemory::Counts c = memory.Get(keys[i].doc_key);
    std::uint16_t& own = c[slots[i]];
    if (own > 0) --own;
    return c;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const DocMemory::Counts c = others(i);
    int total = 0, major = 0;
    for (int k = 0; k < kSlots; ++k) {
      total += c[static_cast<std::size_t>(k)];
      if (c[static_cast<std::size_t>(k)] > c[static_cast<std::size_t>(major)]) major = k;
    }
    if (keys[i].clitic_key != 0) {
      // لكوفي after كوفي: the name's own occurrences, none of which is this token.
      const DocMemory::Counts cc = memory.Get(keys[i].clitic_key);
      for (int t = 1; t < kSlots; ++t) {
        if (cc[static_cast<std::size_t>(t)] == 0) continue;
        fn(i, base::HashPair(tpl::kDocClitic, static_cast<std::uint64_t>(t)),
           SentenceFeatureName{"docclitic", t});
      }
    }
    if (total == 0) continue;
    fn(i, base::HashPair(tpl::kDocMajor, static_cast<std::uint64_t>(major)),
       SentenceFeatureName{"docmaj", major});
    for (int t = 1; t < kSlots; ++t) {
      if (c[static_cast<std::size_t>(t)] == 0) continue;
      fn(i, base::HashPair(tpl::kDocAny, static_cast<std::uint64_t>(t)), SentenceFeatureName{"doc", t});
      if (i > 0) {
        fn(i - 1, base::HashPair(tpl::kDocNeighbor, static_cast<std::uint64_t>(16 + t)),
           SentenceFeatureName{"doc[+1]", t});
      }
      if (i + 1 < n) {
        fn(i + 1, base::HashPair(tpl::kDocNeighbor, static_cast<std::uint64_t>(t)),
           SentenceFeatureName{"doc[-1]", t});
      }
    }
  }
}

template <typename Fn>
void FeatureExtractor::ForEachSentenceFeature(const SentenceKeys* keys, std::size_t n,
                                              Scratch* scratch, Fn&& fn) const {
  if (n == 0) return;
  if (options_.Has(kFeatBigrams)) {
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t prev = i > 0 ? keys[i - 1].word : bos_.keys.word;
      const std::uint64_t next = i + 1 < n ? keys[i + 1].word : eos_.keys.word;
      fn(i, base::HashPair(tpl::kBigramPrev, base::HashPair(prev, keys[i].word)),
         SentenceFeatureName{"bigram[-1,0]"});
      fn(i, base::HashPair(tpl::kBigramNext, base::HashPair(keys[i].word, next)),
         SentenceFeatureName{"bigram[0,+1]"});
    }
  }
  if (options_.Has(kFeatClusterBigrams)) {
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t prev = i > 0 ? keys[i - 1].cluster : bos_.keys.cluster;
      const std::uint64_t next = i + 1 < n ? keys[i + 1].cluster : eos_.keys.cluster;
      fn(i, base::HashPair(tpl::kClusterBigramPrev, base::HashPair(prev, keys[i].cluster)),
         SentenceFeatureName{"cbigram[-1,0]"});
      fn(i, base::HashPair(tpl::kClusterBigramNext, base::HashPair(keys[i].cluster, next)),
         SentenceFeatureName{"cbigram[0,+1]"});
    }
  }
  if (options_.Has(kFeatQuotes)) {
    std::size_t i = 0;
    while (i < n) {
      const std::uint8_t k = keys[i].quote;
      if (k == kQuoteNone || k == kQuoteCloseBracket) {
        ++i;
        continue;
      }
      const std::uint8_t close =
          k == kQuoteOpenBracket ? static_cast<std::uint8_t>(kQuoteCloseBracket) : k;
      const std::size_t max = k == kQuoteDash ? kMaxDashQuoted : kMaxQuoted;
      std::size_t j = i + 1;
      while (j < n && j <= i + max + 1 && keys[j].quote != close) ++j;
      if (j >= n || j > i + max + 1) {
        ++i;
        continue;
      }
      if (j == i + 1) {  // an empty span: ' ' X ' ' opens at the second mark
        i = k == kQuoteOpenBracket ? j + 1 : j;
        continue;
      }
      const std::uint64_t before = i > 0 ? keys[i - 1].word : bos_.keys.word;
      const std::size_t len = j - i - 1;
      for (std::size_t t = i + 1; t < j; ++t) {
        const std::uint64_t pos = len == 1 ? 3 : t == i + 1 ? 0 : t + 1 == j ? 2 : 1;  // B I L U
        fn(t, base::HashPair(tpl::kQuoteIn, k * 4u + pos),
           SentenceFeatureName{"quote", static_cast<int>(k * 4u + pos)});
        fn(t, base::HashPair(tpl::kQuoteAfter, base::HashPair(k, before)), SentenceFeatureName{"quote-after"});
        fn(t, base::HashPair(tpl::kQuoteLength, k * 8u + std::min<std::size_t>(len, 5)),
           SentenceFeatureName{"quote-len", static_cast<int>(k * 8u + std::min<std::size_t>(len, 5))});
      }
      i = j + 1;
    }
  }
  if (options_.Has(kFeatPhrases) && lexicon_.phrases() > 0) {
    scratch->first_hashes.resize(n * kMaxNameForms);
    scratch->norm_hashes.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      for (int f = 0; f < kMaxNameForms; ++f) {
        scratch->first_hashes[i * kMaxNameForms + static_cast<std::size_t>(f)] =
            keys[i].first_forms[f];
      }
      scratch->norm_hashes[i] = keys[i].norm_hash;
    }
    scratch->matches.clear();
    lexicon_.MatchPhrases(scratch->first_hashes.data(), kMaxNameForms,
                          scratch->norm_hashes.data(), n, &scratch->matches);
    for (const PhraseMatch& m : scratch->matches) {
      for (unsigned c = 0; c < static_cast<unsigned>(LexClass::kCount); ++c) {
        if ((m.classes & (1u << c)) == 0) continue;
        for (std::uint32_t i = m.begin; i < m.end; ++i) {
          const std::uint64_t pos = i == m.begin ? 0 : (i + 1 == m.end ? 2 : 1);  // B I L
          fn(i, base::HashPair(tpl::kPhraseIn, c * 4 + pos),
             SentenceFeatureName{"phrase", static_cast<int>(c * 4 + pos)});
        }
        if (m.begin > 0) {
          fn(m.begin - 1, base::HashPair(tpl::kPhraseBefore, c),
             SentenceFeatureName{"phrase-next", static_cast<int>(c)});
        }
        if (m.end < n) {
          fn(m.end, base::HashPair(tpl::kPhraseAfter, c),
             SentenceFeatureName{"phrase-prev", static_cast<int>(c)});
        }
      }
    }
  }
}

}  // namespace marsad::ner

#endif  // MARSAD_NER_FEATURES_H_
