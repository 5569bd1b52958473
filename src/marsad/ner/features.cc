// Feature extraction; see features.h.
#include "marsad/ner/features.h"

#include <algorithm>
#include <string>

#include "marsad/text/char_class.h"
#include "marsad/text/utf8.h"

namespace marsad::ner {

namespace {

// Template ids of type features (hashed into feature names; DO NOT RENUMBER).
enum : std::uint64_t {
  kTplBias = 1,
  kTplWord = 2,
  kTplStem = 3,
  kTplForm = 4,        // the token without its proclitics (last NameForms form)
  kTplPrefix = 5,      // + length
  kTplSuffix = 6,      // + length
  kTplFormPrefix = 7,  // + length
  kTplTrigram = 8,
  kTplShape = 9,
  kTplLength = 10,
  kTplCluster = 11,    // level << 16 | id
  kTplClusterVia = 12, // which form found the cluster (9: none)
  kTplLexWhole = 13,   // class
  kTplLexPart = 14,    // class
  kTplHamzaAlefLam = 15,
  kTplKind = 16,
  kTplFrequency = 17,
  kTplLexFrequency = 18,      // class << 8 | frequency
  kTplLexPartFrequency = 19,  // class << 8 | frequency
  kTplCorpus = 20,            // type * 4 + share bucket, or 0xFF: not in the corpus memory
  kTplCtxWord = 30,
  kTplCtxCluster = 31,
  kTplCtxLexWhole = 32,
  kTplCtxLexPart = 33,
  kTplCtxKind = 34,
  kTplCtxForm = 35,
  kTplCtxSuffix = 36,
  kTplCtxCorpus = 37,
  kTplCliticLex = 38,         // class (kFeatCliticName: the form CliticNameForm strips)
  kTplCliticLexPart = 39,     // class
  kTplCliticCluster = 40,     // level << 16 | id
  kTplCliticCorpus = 41,      // type * 4 + share bucket
  kTplCtxCliticLex = 42,
  kTplCtxCliticCorpus = 43,
  kTplClitic = 44,            // the word has a stripped form at all
};

constexpr std::uint64_t kNoCluster = 0xFFFF;

// Code point boundaries of `s`: offsets of each code point start, then s.size().
void CodePoints(std::string_view s, std::vector<std::uint32_t>* starts) {
  starts->clear();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts->push_back(static_cast<std::uint32_t>(i));
  }
  starts->push_back(static_cast<std::uint32_t>(s.size()));
}

// The shape of a token as written: a letter class per code point with runs collapsed
// (a: Arabic letter, X/x: other upper/lower-case letter, d: digit, the mark itself for
// ASCII punctuation, p: other punctuation, s: symbol), at most 8 classes.
std::string Shape(std::string_view original) {
  std::string shape;
  const auto* p = reinterpret_cast<const unsigned char*>(original.data());
  const auto* end = p + original.size();
  while (p < end && shape.size() < 8) {
    int len = 1;
    const char32_t c = text::DecodeUtf8(p, end, &len);
    p += len;
    char k;
    switch (text::ClassOfFast(c)) {
      case text::CharClass::kArabicLetter: k = c == 0x0640 ? '\0' : 'a'; break;  // tatweel
      case text::CharClass::kLetter:
        k = (c < 0x80 && c >= 'A' && c <= 'Z') ? 'X' : 'x';
        break;
      case text::CharClass::kDigit: k = 'd'; break;
      case text::CharClass::kPunctuation: k = c < 0x80 ? static_cast<char>(c) : 'p'; break;
      case text::CharClass::kSymbol: k = 's'; break;
      default: k = '\0'; break;  // marks, format characters
    }
    if (k != '\0' && (shape.empty() || shape.back() != k)) shape.push_back(k);
  }
  return shape;
}

}  // namespace

QuoteKind QuoteKindOf(std::string_view t) {
  if (t == "\u00AB" || t == "\u00BB" || t == "\u2039" || t == "\u203A") return kQuoteGuillemet;
  if (t == "\"" || t == "\u201C" || t == "\u201D" || t == "\u201E") return kQuoteDouble;
  if (t == "'" || t == "\u2018" || t == "\u2019") return kQuoteSingle;
  if (t == "(" || t == "[") return kQuoteOpenBracket;
  if (t == ")" || t == "]") return kQuoteCloseBracket;
  if (t == "-" || t == "\u2013" || t == "\u2014") return kQuoteDash;
  return kQuoteNone;
}

std::string_view LexClassName(unsigned c) {
  static constexpr std::string_view kNames[] = {"PER",   "LOC",     "ORG",    "MISC",
                                                "TITLE", "ORGTRIG", "LOCTRIG", "MINEDORG"};
  return c < std::size(kNames) ? kNames[c] : "?";
}

void TypeFeatures::Clear() {
  own.clear();
  context.clear();
  near.clear();
  keys = SentenceKeys();
}

std::vector<TokenView> ViewTokens(std::string_view text, const text::TextAnalysis& analysis,
                                  std::size_t first, std::size_t end) {
  std::vector<TokenView> views;
  views.reserve(end - first);
  for (std::size_t i = first; i < end; ++i) {
    const text::Token& t = analysis.tokens[i].token;
    views.push_back({t.In(text), analysis.norm(i), analysis.stem(i), t.kind});
  }
  return views;
}

// Collects the features of one type, and their names when asked (names are built only
// then: the lambdas are not called otherwise).
class FeatureExtractor::Sink {
 public:
  Sink(TypeFeatures* out, FeatureNames* names) : out_(out), names_(names) {}
  // A feature of the token itself: a template and a string value, or a number.
  void Own(std::uint64_t tpl, std::string_view value, const char* name) {
    out_->own.push_back(base::HashBytes(value, tpl));
    if (names_ != nullptr) names_->own.push_back(std::string(name) + "=" + std::string(value));
  }
  void OwnNum(std::uint64_t tpl, std::uint64_t value, const char* name, std::string shown) {
    out_->own.push_back(base::HashPair(tpl, value));
    if (names_ != nullptr) {
      names_->own.push_back(shown.empty() ? std::string(name) : std::string(name) + "=" + shown);
    }
  }
  void Context(std::uint64_t tpl, std::string_view value, const char* name) {
    out_->context.push_back(base::HashBytes(value, tpl));
    if (names_ != nullptr) names_->context.push_back(std::string(name) + "=" + std::string(value));
  }
  void ContextNum(std::uint64_t tpl, std::uint64_t value, const char* name, std::string shown) {
    out_->context.push_back(base::HashPair(tpl, value));
    if (names_ != nullptr) names_->context.push_back(std::string(name) + "=" + shown);
  }
  void Near(std::uint64_t tpl, std::string_view value, const char* name) {
    out_->near.push_back(base::HashBytes(value, tpl));
    if (names_ != nullptr) names_->near.push_back(std::string(name) + "=" + std::string(value));
  }
  TypeFeatures* out() { return out_; }

 private:
  TypeFeatures* out_;
  FeatureNames* names_;
};

FeatureExtractor::FeatureExtractor(const WordClusters& clusters, const Lexicon& lexicon,
                                   FeatureOptions options, const CorpusMemory* corpus)
    : clusters_(clusters), lexicon_(lexicon), options_(options), corpus_(corpus) {
  Sink bos(&bos_, nullptr), eos(&eos_, nullptr);
  bos_.keys.word = base::HashBytes("<s>", kTplWord);
  bos_.keys.cluster = base::HashPair(kTplCluster, kNoCluster - 1);
  bos.Context(kTplCtxWord, "<s>", "w");
  eos_.keys.word = base::HashBytes("</s>", kTplWord);
  eos_.keys.cluster = base::HashPair(kTplCluster, kNoCluster - 2);
  eos.Context(kTplCtxWord, "</s>", "w");
}

int FeatureExtractor::AddClusterFeatures(const TokenView& t, Sink* sink) const {
  sink->out()->keys.cluster = base::HashPair(kTplCluster, kNoCluster);
  if (clusters_.empty()) return 0;
  // The token's own form first, then its forms without proclitics, then its stem.
  const WordClass* ids = nullptr;
  std::uint64_t via = 9;
  const std::string_view form = ClusterForm(t.kind, t.norm);
  ids = clusters_.Find(form);
  if (ids != nullptr) {
    via = 0;
  } else if (t.kind == text::TokenKind::kArabicWord) {
    char stack[128];
    std::string heap;
    char* buf = stack;
    if (t.norm.size() + 4 > sizeof(stack)) {
      heap.resize(t.norm.size() + 4);
      buf = heap.data();
    }
    std::string_view forms[kMaxNameForms];
    const int n = NameForms(t.norm, buf, forms);
    for (int f = 1; f < n && ids == nullptr; ++f) {
      ids = clusters_.Find(forms[f]);
      via = static_cast<std::uint64_t>(f);
    }
    if (ids == nullptr && t.stem != t.norm) {
      ids = clusters_.Find(t.stem);
      via = 3;
    }
    if (ids == nullptr) via = 9;
  }
  sink->OwnNum(kTplClusterVia, via, "cvia", std::to_string(via));
  const int frequency = ids == nullptr ? 0 : ids->frequency;
  if (options_.Has(kFeatFrequency)) {
    sink->OwnNum(kTplFrequency, static_cast<std::uint64_t>(frequency), "freq",
                 std::to_string(frequency));
  }
  if (ids == nullptr) {
    sink->ContextNum(kTplCtxCluster, kNoCluster, "c", "none");
    return frequency;
  }
  const std::size_t levels = clusters_.levels().size();
  static constexpr const char* kLevelNames[] = {"c0", "c1", "c2", "c3"};
  for (std::size_t l = 0; l < levels; ++l) {
    const std::uint64_t v = (static_cast<std::uint64_t>(l) << 16) | ids->ids[l];
    sink->OwnNum(kTplCluster, v, kLevelNames[l], std::to_string(ids->ids[l]));
    sink->ContextNum(kTplCtxCluster, v, kLevelNames[l], std::to_string(ids->ids[l]));
  }
  sink->out()->keys.cluster = base::HashPair(kTplCluster, ids->ids[0]);
  for (std::size_t k = 0; k < 2 && k < levels; ++k) {  // the coarsest two, coarsest last
    sink->out()->keys.clusters[k] = ids->ids[levels - std::min<std::size_t>(levels, 2) + k];
  }
  return frequency;
}

void FeatureExtractor::AddLexiconFeatures(const std::string_view* forms, int n_forms,
                                          int frequency, Sink* sink) const {
  LexBits whole = 0, part = 0;
  for (int f = 0; f < n_forms; ++f) {
    const WordLex w = lexicon_.Word(forms[f]);
    whole = static_cast<LexBits>(whole | w.whole);
    part = static_cast<LexBits>(part | w.part);
  }
  sink->out()->keys.lex_whole = whole;
  for (unsigned c = 0; c < static_cast<unsigned>(LexClass::kCount); ++c) {
    if ((whole & (1u << c)) != 0) {
      sink->OwnNum(kTplLexWhole, c, "lex", std::string(LexClassName(c)));
      sink->ContextNum(kTplCtxLexWhole, c, "lex", std::string(LexClassName(c)));
      if (options_.Has(kFeatFrequency)) {
        sink->OwnNum(kTplLexFrequency, c << 8 | static_cast<unsigned>(frequency), "lexfreq",
                     std::string(LexClassName(c)) + "/" + std::to_string(frequency));
      }
    }
    if ((part & (1u << c)) != 0) {
      sink->OwnNum(kTplLexPart, c, "lexpart", std::string(LexClassName(c)));
      sink->ContextNum(kTplCtxLexPart, c, "lexpart", std::string(LexClassName(c)));
      if (options_.Has(kFeatFrequency)) {
        sink->OwnNum(kTplLexPartFrequency, c << 8 | static_cast<unsigned>(frequency), "lexpartfreq",
                     std::string(LexClassName(c)) + "/" + std::to_string(frequency));
      }
    }
  }
}

void FeatureExtractor::AddCorpusFeatures(std::uint64_t key, Sink* sink) const {
  const CorpusMemory::Entry* e = corpus_->Find(key);
  if (e == nullptr) {
    sink->OwnNum(kTplCorpus, 0xFF, "corp", "none");
    sink->ContextNum(kTplCtxCorpus, 0xFF, "corp", "none");
    return;
  }
  AddCorpusShares(*e, kTplCorpus, kTplCtxCorpus, "corp", sink);
}

void FeatureExtractor::AddCorpusShares(const CorpusMemory::Entry& e, std::uint64_t own_template,
                                       std::uint64_t context_template, const char* what,
                                       Sink* sink) const {
  for (unsigned t = 0; t < static_cast<unsigned>(kNumEntityTypes); ++t) {
    const unsigned p = e.percent[t];
    if (p < 10) continue;
    const unsigned bucket = p < 50 ? 1 : p < 90 ? 2 : 3;  // some, most, nearly all
    const std::string shown = std::string(doc::EntityTypeName(static_cast<doc::EntityType>(t))) +
                              ":" + std::to_string(bucket);
    sink->OwnNum(own_template, t * 4 + bucket, what, shown);
    sink->ContextNum(context_template, t * 4 + bucket, what, shown);
  }
}

void FeatureExtractor::AddCliticNameFeatures(std::string_view stripped, Sink* sink) const {
  if (stripped.empty()) return;
  sink->OwnNum(kTplClitic, 1, "clitic", "");
  const WordLex w = lexicon_.Word(stripped);
  for (unsigned c = 0; c < static_cast<unsigned>(LexClass::kCount); ++c) {
    if ((w.whole & (1u << c)) != 0) {
      sink->OwnNum(kTplCliticLex, c, "clex", std::string(LexClassName(c)));
      sink->ContextNum(kTplCtxCliticLex, c, "clex", std::string(LexClassName(c)));
    }
    if ((w.part & (1u << c)) != 0) {
      sink->OwnNum(kTplCliticLexPart, c, "clexpart", std::string(LexClassName(c)));
    }
  }
  if (const WordClass* ids = clusters_.empty() ? nullptr : clusters_.Find(stripped)) {
    static constexpr const char* kLevelNames[] = {"cc0", "cc1", "cc2", "cc3"};
    for (std::size_t l = 0; l < clusters_.levels().size(); ++l) {
      sink->OwnNum(kTplCliticCluster, (static_cast<std::uint64_t>(l) << 16) | ids->ids[l],
                   kLevelNames[l], std::to_string(ids->ids[l]));
    }
  }
  const std::uint64_t key = base::HashBytes(stripped, kTplForm);  // as SentenceKeys::doc_key
  sink->out()->keys.clitic_key = key;
  if (corpus_ == nullptr || !options_.Has(kFeatCorpus)) return;
  const CorpusMemory::Entry* e = corpus_->Find(key);
  if (e != nullptr) AddCorpusShares(*e, kTplCliticCorpus, kTplCtxCliticCorpus, "ccorp", sink);
}

void FeatureExtractor::Describe(const TokenView& t, TypeFeatures* out, FeatureNames* names) const {
  out->Clear();
  if (names != nullptr) *names = FeatureNames();
  Sink sink(out, names);
  sink.OwnNum(kTplBias, 0, "bias", "");
  const std::string kind = std::string(text::TokenKindName(t.kind));
  sink.OwnNum(kTplKind, static_cast<std::uint64_t>(t.kind), "kind", kind);
  sink.ContextNum(kTplCtxKind, static_cast<std::uint64_t>(t.kind), "kind", kind);

  out->keys.word = base::HashBytes(t.norm, kTplWord);
  sink.Own(kTplWord, t.norm, "w");
  sink.Context(kTplCtxWord, t.norm, "w");
  if (options_.Has(kFeatStem) && t.stem != t.norm) sink.Own(kTplStem, t.stem, "stem");

  // Forms without proclitics (for the lexicon and the clusters).
  char stack[128];
  std::string heap;
  char* buf = stack;
  if (t.norm.size() + 4 > sizeof(stack)) {
    heap.resize(t.norm.size() + 4);
    buf = heap.data();
  }
  std::string_view forms[kMaxNameForms];
  const int n_forms = t.kind == text::TokenKind::kArabicWord ? NameForms(t.norm, buf, forms) : 1;
  if (n_forms == 1) forms[0] = t.norm;
  const std::string_view bare = forms[n_forms - 1];
  if (bare != t.norm) sink.Own(kTplForm, bare, "form");
  if (options_.Has(kFeatContextStrip)) sink.Near(kTplCtxForm, bare, "form");

  // Affixes of the normalized form and prefixes of the bare form, in code points.
  static constexpr const char* kPre[] = {"", "pre1", "pre2", "pre3"};
  static constexpr const char* kSuf[] = {"", "suf1", "suf2", "suf3", "suf4"};
  static constexpr const char* kFormPre[] = {"", "", "fpre2", "fpre3"};
  std::vector<std::uint32_t> cps;
  CodePoints(t.norm, &cps);
  const std::size_t letters = cps.size() - 1;
  for (std::size_t k = 1; k <= 3 && k < letters; ++k) {
    sink.Own(kTplPrefix * 16 + k, t.norm.substr(0, cps[k]), kPre[k]);
  }
  for (std::size_t k = 1; k <= 4 && k < letters; ++k) {
    sink.Own(kTplSuffix * 16 + k, t.norm.substr(cps[letters - k]), kSuf[k]);
  }
  if (options_.Has(kFeatContextSuffix) && letters > 2) {
    sink.Near(kTplCtxSuffix, t.norm.substr(cps[letters - 2]), "suf2");
  }
  if (bare != t.norm) {
    std::vector<std::uint32_t> bcps;
    CodePoints(bare, &bcps);
    const std::size_t bl = bcps.size() - 1;
    for (std::size_t k = 2; k <= 3 && k < bl; ++k) {
      sink.Own(kTplFormPrefix * 16 + k, bare.substr(0, bcps[k]), kFormPre[k]);
    }
  }
  if (options_.Has(kFeatCharTrigrams) && t.kind == text::TokenKind::kArabicWord) {
    // Trigrams of "^bare$": the inside of a word tells a transliterated foreign name
    // from an Arabic word.
    std::string padded = "^";
    padded.append(bare);
    padded.push_back('$');
    CodePoints(padded, &cps);
    const std::size_t m = cps.size() - 1;
    for (std::size_t k = 0; k + 3 <= m; ++k) {
      sink.Own(kTplTrigram, std::string_view(padded).substr(cps[k], cps[k + 3] - cps[k]), "tri");
    }
  }

  sink.Own(kTplShape, Shape(t.original), "shape");
  sink.OwnNum(kTplLength, std::min<std::size_t>(letters, 10), "len",
              std::to_string(std::min<std::size_t>(letters, 10)));
  if (text::StartsWithHamzatedAlefLam(t.original)) sink.OwnNum(kTplHamzaAlefLam, 1, "hamza-al", "");

  const int frequency = AddClusterFeatures(t, &sink);
  AddLexiconFeatures(forms, n_forms, frequency, &sink);

  out->keys.norm_hash = Lexicon::WordHash(t.norm);
  if (t.kind == text::TokenKind::kPunctuation) out->keys.quote = QuoteKindOf(t.original);
  out->keys.doc_key = base::HashBytes(bare, kTplForm);
  if (corpus_ != nullptr && options_.Has(kFeatCorpus)) AddCorpusFeatures(out->keys.doc_key, &sink);
  if (options_.Has(kFeatSports)) {
    for (int f = 0; f < n_forms && out->keys.topic == 0; ++f) {
      out->keys.topic = lexicon_.IsTopicWord(forms[f]) ? 1 : 0;
    }
  }
  if (options_.Has(kFeatCliticName) && t.kind == text::TokenKind::kArabicWord) {
    AddCliticNameFeatures(CliticNameForm(t.norm), &sink);
  }
  for (int f = 0; f < n_forms; ++f) out->keys.first_forms[f] = Lexicon::WordHash(forms[f]);
}

std::string SentenceFeatureString(SentenceFeatureName nm) {
  std::string s = nm.what;
  if (nm.detail < 0) return s;
  s.push_back('=');
  if (s.compare(0, 3, "doc") == 0) {  // a DocMemory slot: O or a type
    s.append(nm.detail == 0 ? std::string_view("O")
                            : doc::EntityTypeName(static_cast<doc::EntityType>(nm.detail - 1)));
    return s;
  }
  if (s.compare(0, 5, "quote") == 0) {  // a QuoteKind, then a position or a length
    static constexpr const char* kKinds[] = {"?", "«", "\"", "'", "(", ")", "-"};
    const bool position = s == "quote=";
    const int kind = nm.detail / (position ? 4 : 8), rest = nm.detail % (position ? 4 : 8);
    s.append(kind >= 0 && kind < 7 ? kKinds[kind] : "?");
    s.push_back(':');
    if (position) {
      s.push_back("BILU"[rest]);
    } else {
      s.append(std::to_string(rest));
    }
    return s;
  }
  if (s.compare(0, 5, "topic") == 0) {  // level, what and value as decimal digits
    s.append(std::to_string(nm.detail));
    return s;
  }
  const bool phrase = std::string_view(nm.what) == "phrase";
  s.append(LexClassName(static_cast<unsigned>(phrase ? nm.detail / 4 : nm.detail)));
  if (phrase) {
    s.push_back(':');
    s.push_back("BIL"[nm.detail % 4]);
  }
  return s;
}

void FeatureExtractor::Extract(const std::vector<TokenView>& tokens,
                               std::vector<std::vector<std::uint64_t>>* out,
                               std::vector<std::vector<std::string>>* names,
                               std::vector<SentenceKeys>* keys_out) const {
  const std::size_t n = tokens.size();
  std::vector<TypeFeatures> types(n);
  std::vector<FeatureNames> type_names(names != nullptr ? n : 0);
  std::vector<SentenceKeys> keys(n);
  for (std::size_t i = 0; i < n; ++i) {
    Describe(tokens[i], &types[i], names != nullptr ? &type_names[i] : nullptr);
    keys[i] = types[i].keys;
  }
  FeatureNames bos_names, eos_names;
  if (names != nullptr) {
    bos_names.context.push_back("w=<s>");
    eos_names.context.push_back("w=</s>");
    names->assign(n, {});
  }
  out->assign(n, {});
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<std::uint64_t>& f = (*out)[i];
    f = types[i].own;
    if (names != nullptr) (*names)[i] = type_names[i].own;
    for (int d = -kWindow; d <= kWindow; ++d) {
      if (d == 0) continue;
      const auto j = static_cast<std::ptrdiff_t>(i) + d;
      const bool before = j < 0, after = j >= static_cast<std::ptrdiff_t>(n);
      const TypeFeatures& other = before ? bos_ : after ? eos_ : types[static_cast<std::size_t>(j)];
      const FeatureNames* other_names =
          names == nullptr ? nullptr
                           : before ? &bos_names
                                    : after ? &eos_names : &type_names[static_cast<std::size_t>(j)];
      const auto add = [&](const std::vector<std::uint64_t>& attrs,
                           const std::vector<std::string>* attr_names) {
        for (std::size_t a = 0; a < attrs.size(); ++a) {
          f.push_back(AtOffset(attrs[a], d));
          if (names != nullptr) {
            const std::string& nm = (*attr_names)[a];
            const std::size_t eq = nm.find('=');
            (*names)[i].push_back(nm.substr(0, eq) + "[" + (d > 0 ? "+" : "") + std::to_string(d) +
                                  "]" + nm.substr(eq));
          }
        }
      };
      add(other.context, other_names != nullptr ? &other_names->context : nullptr);
      if (d == -1 || d == 1) add(other.near, other_names != nullptr ? &other_names->near : nullptr);
    }
  }
  Scratch scratch;
  ForEachSentenceFeature(keys.data(), n, &scratch,
                         [&](std::size_t i, std::uint64_t f, SentenceFeatureName nm) {
                           (*out)[i].push_back(f);
                           if (names == nullptr) return;
                           (*names)[i].push_back(SentenceFeatureString(nm));
                         });
  if (keys_out != nullptr) *keys_out = std::move(keys);
}

}  // namespace marsad::ner
