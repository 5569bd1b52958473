// `marsad train clusters` (word clusters from unlabeled news, exchange algorithm) and
// `marsad train ner` (the named-entity tagger, averaged structured perceptron).
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/base/flat_map.h"
#include "marsad/cli/command.h"
#include "marsad/cli/json_lines.h"
#include "marsad/io/env.h"
#include "marsad/ner/conll.h"
#include "marsad/ner/exchange_clustering.h"
#include "marsad/ner/lexicon.h"
#include "marsad/ner/trigger_miner.h"
#include "marsad/ner/model.h"
#include "marsad/ner/trainer.h"
#include "marsad/ner/word_clusters.h"
#include "marsad/text/analyzer.h"

namespace marsad::cli {
namespace {

constexpr std::uint64_t kMaxInputFile = std::uint64_t{2} << 30;

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// ---------------------------------------------------------------------------------------
// train clusters

struct ClustersOptions {
  std::vector<std::string> corpus;  // files or folders; default: the news corpora in DATA
  std::string output;
  std::vector<std::uint32_t> levels = {1024, 256, 64};
  int iterations = 10;
  std::uint32_t min_count = 3;
  std::uint32_t max_contexts = 30000;
  std::uint64_t seed = 1;
};

// Calls fn(text) for the title and body of every article of a JSON value (an object or an
// array of objects) with a "text" or "content" field.
template <typename Fn>
void ForEachArticle(const nlohmann::json& j, Fn&& fn) {
  if (j.is_array()) {
    for (const nlohmann::json& e : j) ForEachArticle(e, fn);
    return;
  }
  if (!j.is_object()) return;
  for (const char* field : {"title", "text", "content"}) {
    auto it = j.find(field);
    if (it != j.end() && it->is_string()) fn(it->get_ref<const std::string&>());
  }
}

// Reads the articles of a .jsonl/.json buffer; returns the number of malformed lines.
template <typename Fn>
std::size_t ReadJsonArticles(std::string_view content, Fn&& fn) {
  std::size_t bad = 0;
  const std::size_t first = content.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && content[first] == '[') {
    nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
    if (j.is_discarded()) return 1;
    ForEachArticle(j, fn);
    return 0;
  }
  ForEachJsonLine(content, [&](std::size_t, std::string_view line) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) {
      ++bad;
    } else {
      ForEachArticle(j, fn);
    }
    return true;
  });
  return bad;
}

// Calls fn(text) for every article in `path` (.jsonl, .json, or a .zip of those).
template <typename Fn>
Status ReadCorpusFile(const std::string& path, Fn&& fn, std::size_t* bad) {
  if (EndsWith(path, ".zip")) {
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
    if (z == nullptr) return Status::IOError(path + ": cannot open zip archive (libzip error " + std::to_string(err) + ")");
    std::vector<std::pair<std::string, zip_uint64_t>> entries;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
      const char* name = zip_get_name(z, static_cast<zip_uint64_t>(i), 0);
      if (name == nullptr) continue;
      const std::string s(name);
      if (EndsWith(s, ".json") || EndsWith(s, ".jsonl")) entries.emplace_back(s, static_cast<zip_uint64_t>(i));
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& [name, index] : entries) {
      zip_stat_t st;
      if (zip_stat_index(z, index, 0, &st) != 0 || st.size > kMaxInputFile) {
        zip_close(z);
        return Status::Corruption(path + ": cannot read entry " + name);
      }
      std::string content(static_cast<std::size_t>(st.size), '\0');
      zip_file_t* f = zip_fopen_index(z, index, 0);
      const zip_int64_t got = f == nullptr ? -1 : zip_fread(f, content.data(), st.size);
      if (f != nullptr) zip_fclose(f);
      if (got != static_cast<zip_int64_t>(st.size)) {
        zip_close(z);
        return Status::Corruption(path + ": cannot read entry " + name);
      }
      *bad += ReadJsonArticles(content, fn);
    }
    zip_close(z);
    return Status::Ok();
  }
  MARSAD_ASSIGN_OR_RETURN(std::string content, io::Env::Default()->ReadFile(path, kMaxInputFile));
  *bad += ReadJsonArticles(content, fn);
  return Status::Ok();
}

// Expands folders into their .jsonl/.json/.zip files (sorted, recursively).
Status ExpandCorpus(const std::string& path, std::vector<std::string>* files) {
  io::Env& env = *io::Env::Default();
  if (!env.IsDirectory(path)) {
    if (!env.FileExists(path)) return Status::IOError(path + ": no such file or folder");
    files->push_back(path);
    return Status::Ok();
  }
  MARSAD_ASSIGN_OR_RETURN(std::vector<std::string> names, env.ListDir(path));
  for (const std::string& name : names) {
    const std::string p = path + "/" + name;
    if (env.IsDirectory(p)) {
      MARSAD_RETURN_IF_ERROR(ExpandCorpus(p, files));
    } else if (EndsWith(name, ".jsonl") || EndsWith(name, ".json") || EndsWith(name, ".zip")) {
      files->push_back(p);
    }
  }
  return Status::Ok();
}

int RunClusters(const GlobalOptions& global, const ClustersOptions& opt) {
  std::vector<std::string> roots = opt.corpus;
  if (roots.empty()) {
    roots = {global.data_dir + "/ant-multisource-news", global.data_dir + "/ant-jawharafm-news",
             global.data_dir + "/saudinewsnet/dataset"};
  }
  std::vector<std::string> files;
  for (const std::string& r : roots) {
    Status s = ExpandCorpus(r, &files);
    if (!s.ok()) {
      PrintError("train clusters", s);
      return kExitFailed;
    }
  }
  const auto t0 = std::chrono::steady_clock::now();
  const text::Analyzer analyzer;
  text::TextAnalysis analysis;
  text::AnalysisCache cache;
  ner::ClusterCorpus corpus;
  std::vector<std::string_view> words;
  std::size_t articles = 0, bad = 0;
  for (const std::string& file : files) {
    Status s = ReadCorpusFile(file, [&](const std::string& text) {
      ++articles;
      analyzer.Analyze(text, &analysis, &cache);
      for (const text::Sentence& sent : analysis.sentences) {
        words.clear();
        for (std::uint32_t i = sent.first_token; i < sent.end_token; ++i) {
          words.push_back(ner::ClusterForm(analysis.tokens[i].token.kind, analysis.norm(i)));
        }
        corpus.AddSentence(words);
      }
    }, &bad);
    if (!s.ok()) {
      PrintError("train clusters", s);
      return kExitFailed;
    }
    std::fprintf(stderr, "train clusters: read %s (%zu tokens so far)\n", file.c_str(), corpus.tokens());
  }
  std::fprintf(stderr, "train clusters: %zu texts, %zu sentences, %zu tokens, %zu types, %zu bad lines (%.1f s)\n",
               articles, corpus.sentences(), corpus.tokens(), corpus.types(), bad, Since(t0));

  ner::ExchangeOptions eo;
  eo.levels = opt.levels;
  eo.iterations = opt.iterations;
  eo.min_count = opt.min_count;
  eo.max_contexts = opt.max_contexts;
  eo.seed = opt.seed;
  const ner::ExchangeClusterer clusterer(eo);
  auto clusters = clusterer.Run(corpus, [&](const ner::ExchangeProgress& p) {
    std::fprintf(stderr, "train clusters: %u classes, pass %d: objective %.6e, %zu moves, %.1f s\n",
                 opt.levels[p.level], p.iteration, p.objective, p.moves, p.seconds);
  });
  if (!clusters.ok()) {
    PrintError("train clusters", clusters.status());
    return kExitFailed;
  }
  Status s = clusters->Save(*io::Env::Default(), opt.output);
  if (!s.ok()) {
    PrintError("train clusters", s);
    return kExitFailed;
  }
  auto size = io::Env::Default()->FileSize(opt.output);
  const nlohmann::json out = {{"output", opt.output},
                              {"words", clusters->size()},
                              {"levels", opt.levels},
                              {"corpus_tokens", corpus.tokens()},
                              {"corpus_types", corpus.types()},
                              {"bytes", size.ok() ? *size : 0},
                              {"seconds", Since(t0)}};
  std::cout << out.dump() << '\n';
  return kExitOk;
}

// ---------------------------------------------------------------------------------------
// train ner

struct NerTrainOptions {
  std::string train;      // default: DATA/anercorp/camel_split_reconstructed/*train*
  std::string dev;        // a separate dev file, or
  double dev_fraction = 0;  // the last fraction of the training sentences
  std::string clusters;   // a clusters file ("none": no clusters)
  std::string gazetteers = "anergazet,anetac,wikidata";  // or "none"; "mined" is optional
  std::uint32_t mined_min_count = 5;     // TriggerMiner::Mine's thresholds
  std::uint32_t mined_min_percent = 20;
  std::uint32_t mined_continue_percent = 50;  // TriggerMiner::MinePhrases' second word
  bool triggers = true;
  std::string scheme = "bilou";
  std::string features;   // "+name,-name,..." changes to the default feature set
  int epochs = 15;
  std::uint64_t seed = 1;
  int seeds = 1;
  int min_count = 1;
  float prune = 0;
  float o_bias = 0;
  int stages = 2;
  int doc_sentences = 20;
  std::vector<std::string> corpus;  // unlabeled news for the corpus memory ("none": without)
  std::string corpus_cache;         // a folder that keeps corpus memories between trainings
  std::string output;
  bool json = false;
};

Result<std::vector<ner::ConllSentence>> ReadConll(const std::string& path) {
  MARSAD_ASSIGN_OR_RETURN(std::string content, io::Env::Default()->ReadFile(path, kMaxInputFile));
  return ner::ParseConll(content, path);
}

Result<std::uint32_t> ParseFeatures(const std::string& spec) {
  std::uint32_t flags = ner::kDefaultFeatures;
  const std::pair<const char*, ner::FeatureFlag> kNames[] = {
      {"trigrams", ner::kFeatCharTrigrams},    {"bigrams", ner::kFeatBigrams},
      {"phrases", ner::kFeatPhrases},          {"ctxstrip", ner::kFeatContextStrip},
      {"ctxsuffix", ner::kFeatContextSuffix},  {"stem", ner::kFeatStem},
      {"clusterbigrams", ner::kFeatClusterBigrams}, {"frequency", ner::kFeatFrequency},
      {"quotes", ner::kFeatQuotes},            {"cliticname", ner::kFeatCliticName},
      {"sports", ner::kFeatSports},
      {"cohesiondocs", ner::kFeatCohesionDocs}};
  std::stringstream ss(spec);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (item.empty()) continue;
    const char sign = item[0];
    const std::string name = (sign == '+' || sign == '-') ? item.substr(1) : item;
    bool found = false;
    for (const auto& [n, f] : kNames) {
      if (name == n) {
        flags = sign == '-' ? (flags & ~f) : (flags | f);
        found = true;
      }
    }
    if (!found) return Status::InvalidArgument("unknown feature '" + name + "'");
  }
  return flags;
}

// Organisation names mined from the unlabeled news after trigger words (TriggerMiner).
// Every text of `files`, analysed once, in file order (the mined gazetteer and the corpus
// memory read the unlabeled news the same way).
template <typename Fn>
Status AnalyzeCorpus(const text::Analyzer& analyzer, const std::vector<std::string>& files, Fn&& fn) {
  text::TextAnalysis analysis;
  text::AnalysisCache cache;
  std::size_t bad = 0;
  for (const std::string& file : files) {
    MARSAD_RETURN_IF_ERROR(ReadCorpusFile(file, [&](const std::string& text) {
      analyzer.Analyze(text, &analysis, &cache);
      fn(text, analysis);
    }, &bad));
  }
  return Status::Ok();
}

// `phrases`: the names with their trigger (TriggerMiner::MinePhrases) instead of the words.
Status AddMinedOrgs(const NerTrainOptions& opt, const text::Analyzer& analyzer,
                    const std::vector<std::string>& corpus_files, bool phrases,
                    ner::LexiconBuilder* b, std::string* note) {
  if (corpus_files.empty()) return Status::InvalidArgument("the mined gazetteer needs a news corpus");
  const auto t0 = std::chrono::steady_clock::now();
  ner::TriggerMiner miner(ner::data::kOrgMiningTriggers, analyzer.normalizer());
  MARSAD_RETURN_IF_ERROR(AnalyzeCorpus(analyzer, corpus_files, [&](const std::string&, const text::TextAnalysis& analysis) {
    miner.Add(analysis);
  }));
  std::size_t n = 0;
  const std::vector<std::string> mined =
      phrases ? miner.MinePhrases(opt.mined_min_count, opt.mined_min_percent, opt.mined_continue_percent)
              : miner.Mine(opt.mined_min_count, opt.mined_min_percent);
  for (const std::string& w : mined) {
    n += b->lexicon->Add(w, ner::LexClass::kMinedOrg, b->normalizer) ? 1 : 0;
  }
  std::fprintf(stderr, "train ner: mined %zu organisation %s from %llu tokens (%llu after %zu triggers), %.1f s\n",
               n, phrases ? "names" : "words", static_cast<unsigned long long>(miner.tokens()),
               static_cast<unsigned long long>(miner.trigger_hits()), miner.triggers(), Since(t0));
  *note += std::string(phrases ? " minedphrases=" : " mined=") + std::to_string(n) +
           " (min_count=" + std::to_string(opt.mined_min_count) +
           " min_percent=" + std::to_string(opt.mined_min_percent) +
           (phrases ? " continue_percent=" + std::to_string(opt.mined_continue_percent) : "") + ")";
  return Status::Ok();
}

Status BuildLexicon(const GlobalOptions& global, const NerTrainOptions& opt,
                    const text::Analyzer& analyzer, const std::vector<std::string>& corpus_files,
                    bool sports, ner::Lexicon* lexicon, std::string* note) {
  const text::Normalizer& normalizer = analyzer.normalizer();
  ner::LexiconBuilder b{normalizer, lexicon};
  if (opt.triggers) *note += " triggers=" + std::to_string(b.AddTriggers());
  if (sports) *note += " sports=" + std::to_string(b.AddSportsTopic());
  std::stringstream ss(opt.gazetteers);
  std::string g;
  io::Env& env = *io::Env::Default();
  while (std::getline(ss, g, ',')) {
    if (g.empty() || g == "none") continue;
    if (g == "anergazet") {
      const std::string dir = global.data_dir + "/anercorp/ANERGazet/";
      const std::pair<const char*, ner::LexClass> kLists[] = {
          {"AlignedLocGazetteer.txt", ner::LexClass::kLoc},
          {"AlignedOrgGazetteer.txt", ner::LexClass::kOrg},
          {"AlignedPersGazetteer.txt", ner::LexClass::kPer}};
      std::size_t n = 0;
      for (const auto& [file, c] : kLists) {
        MARSAD_ASSIGN_OR_RETURN(std::string content, env.ReadFile(dir + file, kMaxInputFile));
        n += b.AddList(content, c);
      }
      *note += " anergazet=" + std::to_string(n);
    } else if (g == "anetac") {
      const std::string path = global.data_dir + "/anetac/EN-AR_NE__EN-AR_Named-entities.txt";
      MARSAD_ASSIGN_OR_RETURN(std::string content, env.ReadFile(path, kMaxInputFile));
      MARSAD_ASSIGN_OR_RETURN(std::size_t n, b.AddAnetac(content, path));
      *note += " anetac=" + std::to_string(n);
    } else if (g == "wikidata") {
      const std::string path =
          global.data_dir + "/wikidata-en-ar-names/wd_arabic.normalized.aligned.tokens";
      MARSAD_ASSIGN_OR_RETURN(std::string content, env.ReadFile(path, kMaxInputFile));
      MARSAD_ASSIGN_OR_RETURN(std::size_t n, b.AddWikidataNames(content, path));
      *note += " wikidata=" + std::to_string(n);
    } else if (g == "mined" || g == "minedphrases") {
      MARSAD_RETURN_IF_ERROR(AddMinedOrgs(opt, analyzer, corpus_files, g == "minedphrases", &b, note));
    } else {
      return Status::InvalidArgument("unknown gazetteer '" + g +
                                     "' (want anergazet, anetac, wikidata, mined, minedphrases or none)");
    }
  }
  return Status::Ok();
}

nlohmann::json ScoreJson(const ner::NerScore& s) {
  nlohmann::json types = nlohmann::json::object();
  for (doc::EntityType t : {doc::EntityType::kPerson, doc::EntityType::kLocation,
                            doc::EntityType::kOrganization, doc::EntityType::kMisc}) {
    const ner::Prf p = s.Type(t);
    types[std::string(doc::EntityTypeName(t))] = {
        {"precision", 100 * p.precision}, {"recall", 100 * p.recall}, {"f1", 100 * p.f1}};
  }
  const ner::Prf m = s.Micro();
  return {{"micro", {{"precision", 100 * m.precision}, {"recall", 100 * m.recall}, {"f1", 100 * m.f1}}},
          {"types", types}};
}

int RunTrainNer(const GlobalOptions& global, const NerTrainOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  // Options first: a usage error must not wait for (or depend on) the data files.
  ner::TrainOptions to;
  if (opt.scheme == "bio") {
    to.scheme = ner::TagScheme::kBio;
  } else if (opt.scheme == "bilou") {
    to.scheme = ner::TagScheme::kBilou;
  } else {
    PrintError("train ner", "--scheme must be bio or bilou");
    return kExitUsage;
  }
  auto flags = ParseFeatures(opt.features);
  if (!flags.ok()) {
    PrintError("train ner", flags.status());
    return kExitUsage;
  }
  if (opt.dev_fraction < 0 || opt.dev_fraction >= 0.5) {
    PrintError("train ner", "--dev-fraction must be in [0, 0.5)");
    return kExitUsage;
  }
  const std::string train_path =
      opt.train.empty()
          ? global.data_dir + "/anercorp/camel_split_reconstructed/ANERCorp_CamelLab_train.reconstructed.txt"
          : opt.train;
  auto train = ReadConll(train_path);
  if (!train.ok()) {
    PrintError("train ner", train.status());
    return kExitFailed;
  }
  std::vector<ner::ConllSentence> dev;
  if (!opt.dev.empty()) {
    auto d = ReadConll(opt.dev);
    if (!d.ok()) {
      PrintError("train ner", d.status());
      return kExitFailed;
    }
    dev = std::move(d).value();
  } else if (opt.dev_fraction > 0) {
    const auto n_dev = static_cast<std::size_t>(static_cast<double>(train->size()) * opt.dev_fraction);
    dev.assign(std::make_move_iterator(train->end() - static_cast<std::ptrdiff_t>(n_dev)),
               std::make_move_iterator(train->end()));
    train->resize(train->size() - n_dev);
  }

  to.features.flags = *flags;
  to.epochs = opt.epochs;
  to.seed = opt.seed;
  to.seeds = opt.seeds;
  to.min_count = opt.min_count;
  to.prune = opt.prune;
  to.o_bias = opt.o_bias;
  if (opt.stages != 1 && opt.stages != 2) {
    PrintError("train ner", "--stages must be 1 or 2");
    return kExitUsage;
  }
  to.two_stage = opt.stages == 2;
  to.doc_sentences = opt.doc_sentences;

  ner::WordClusters clusters;
  std::string note = "marsad train ner: train=" + train_path + " (" + std::to_string(train->size()) +
                     " sentences)";
  if (!dev.empty()) note += " dev=" + std::to_string(dev.size()) + " sentences";
  if (!opt.clusters.empty() && opt.clusters != "none") {
    auto c = ner::WordClusters::Load(*io::Env::Default(), opt.clusters);
    if (!c.ok()) {
      PrintError("train ner", c.status());
      return kExitFailed;
    }
    clusters = std::move(c).value();
    note += " clusters=" + opt.clusters + " (" + std::to_string(clusters.size()) + " words)";
  }
  const text::Analyzer analyzer;

  // The unlabeled corpus, streamed (and analysed) each time the trainer asks for it.
  // (The mined gazetteer reads the same files, or DATA's three news corpora with --corpus none.)
  std::vector<std::string> corpus_files;
  const bool use_corpus = !(opt.corpus.size() == 1 && opt.corpus[0] == "none");
  if (use_corpus || opt.gazetteers.find("mined") != std::string::npos) {
    std::vector<std::string> roots = use_corpus ? opt.corpus : std::vector<std::string>();
    if (roots.empty()) {
      roots = {global.data_dir + "/ant-multisource-news", global.data_dir + "/ant-jawharafm-news",
               global.data_dir + "/saudinewsnet/dataset"};
    }
    for (const std::string& r : roots) {
      Status st = ExpandCorpus(r, &corpus_files);
      if (!st.ok()) {
        PrintError("train ner", st);
        return kExitFailed;
      }
    }
  }
  ner::Lexicon lexicon;
  Status ls = BuildLexicon(global, opt, analyzer, corpus_files,
                           (to.features.flags & ner::kFeatSports) != 0, &lexicon, &note);
  if (!ls.ok()) {
    PrintError("train ner", ls);
    return kExitFailed;
  }
  note += " scheme=" + opt.scheme + " features=" + std::to_string(to.features.flags) +
          " epochs=" + std::to_string(opt.epochs) + " seed=" + std::to_string(opt.seed) +
          (opt.seeds > 1 ? " seeds=" + std::to_string(opt.seeds) : std::string()) +
          " min_count=" + std::to_string(opt.min_count) + " prune=" + std::to_string(opt.prune) + " o_bias=" + std::to_string(opt.o_bias) +
          " stages=" + std::to_string(opt.stages) + " doc_sentences=" + std::to_string(opt.doc_sentences);
  if (use_corpus) note += " corpus=" + std::to_string(corpus_files.size()) + " files";
  ner::CorpusSource corpus;
  if (use_corpus) {
    corpus = [&](const ner::CorpusVisitor& visit) -> Status { return AnalyzeCorpus(analyzer, corpus_files, visit); };
  }

  // The corpus memory cache: a file per key of everything that decides the base taggers.
  ner::CorpusMemoryCache memory_cache;
  std::string cache_path;
  if (use_corpus && !opt.corpus_cache.empty()) {
    // The sports topic words change no base tagger's decision: left out of the key.
    std::string lexicon_note = note.substr(0, note.find(" scheme="));
    if (const std::size_t sp = lexicon_note.find(" sports="); sp != std::string::npos) {
      lexicon_note.erase(sp, lexicon_note.find(' ', sp + 1) - sp);
    }
    std::string key = lexicon_note + " train_sentences=" +
                      std::to_string(train->size()) + " dev=" + std::to_string(dev.size()) +
                      " base_features=" + std::to_string(ner::MemoryFeatures(to.features.flags)) +
                      " epochs=" + std::to_string(to.epochs) + " seed=" + std::to_string(to.seed) +
                      " seeds=" + std::to_string(to.seeds) + " min_count=" + std::to_string(to.min_count) +
                      " o_bias=" + std::to_string(to.o_bias) + " folds=" + std::to_string(to.folds) +
                      " memory=" + std::to_string(to.corpus_min_count) + "/" +
                      std::to_string(to.corpus_min_percent) + " scheme=" + opt.scheme;
    for (const std::string& f : corpus_files) key += " " + f;
    char name[40];
    std::snprintf(name, sizeof(name), "/memory-%016llx.bin",
                  static_cast<unsigned long long>(base::HashBytes(key, 0x4D454D4F5259ULL)));
    cache_path = opt.corpus_cache + name;
    memory_cache.load = [&](std::vector<ner::CorpusMemory>* memories) -> Result<bool> {
      io::Env& env = *io::Env::Default();
      if (!env.FileExists(cache_path)) return false;
      MARSAD_ASSIGN_OR_RETURN(std::string content, env.ReadFile(cache_path, kMaxInputFile));
      ner::ByteReader in(content, cache_path);
      std::uint64_t n = 0;
      MARSAD_RETURN_IF_ERROR(in.GetVarint(&n));
      if (n > 1000) return in.Error("implausible number of corpus memories");
      memories->clear();
      for (std::uint64_t i = 0; i < n; ++i) {
        MARSAD_ASSIGN_OR_RETURN(ner::CorpusMemory m, ner::CorpusMemory::Read(&in));
        memories->push_back(std::move(m));
      }
      if (in.remaining() != 0) return in.Error("trailing bytes");
      std::fprintf(stderr, "train ner: corpus memories read from %s\n", cache_path.c_str());
      return true;
    };
    memory_cache.save = [&](const std::vector<ner::CorpusMemory>& memories) -> Status {
      ner::ByteWriter w;
      w.PutVarint(memories.size());
      for (const ner::CorpusMemory& m : memories) m.Write(&w);
      std::fprintf(stderr, "train ner: corpus memories kept in %s\n", cache_path.c_str());
      return io::Env::Default()->WriteFileAtomic(cache_path, w.data());
    };
  }

  std::vector<ner::AlignedSentence> train_aligned, dev_aligned;
  train_aligned.reserve(train->size());
  for (const ner::ConllSentence& s : *train) train_aligned.push_back(ner::AlignSentence(s, analyzer));
  for (const ner::ConllSentence& s : dev) dev_aligned.push_back(ner::AlignSentence(s, analyzer));

  nlohmann::json epochs = nlohmann::json::array();
  auto model = ner::TrainTagger(train_aligned, dev_aligned, std::move(clusters), std::move(lexicon), to,
                                [&](const ner::EpochReport& r) {
    nlohmann::json e = {{"stage", r.stage}, {"epoch", r.epoch}, {"mistakes", r.mistakes},
                        {"seconds", r.seconds}};
    std::string line = "train ner: stage " + std::to_string(r.stage) + " epoch " +
                       std::to_string(r.epoch) + ": " +
                       std::to_string(r.mistakes) + "/" + std::to_string(r.sentences) +
                       " sentences wrong, " + std::to_string(r.features) + " features";
    if (r.has_dev) {
      const ner::Prf m = r.dev.Micro();
      char buf[160];
      std::snprintf(buf, sizeof(buf), "; dev P %.2f R %.2f F1 %.2f (PER %.2f LOC %.2f ORG %.2f MISC %.2f)",
                    100 * m.precision, 100 * m.recall, 100 * m.f1,
                    100 * r.dev.Type(doc::EntityType::kPerson).f1,
                    100 * r.dev.Type(doc::EntityType::kLocation).f1,
                    100 * r.dev.Type(doc::EntityType::kOrganization).f1,
                    100 * r.dev.Type(doc::EntityType::kMisc).f1);
      line += buf;
      e["dev"] = ScoreJson(r.dev);
    }
    std::fprintf(stderr, "%s\n", line.c_str());
    epochs.push_back(e);
  }, corpus, memory_cache);
  if (!model.ok()) {
    PrintError("train ner", model.status());
    return kExitFailed;
  }
  model->set_info(note);
  Status s = model->Save(*io::Env::Default(), opt.output);
  if (!s.ok()) {
    PrintError("train ner", s);
    return kExitFailed;
  }
  auto size = io::Env::Default()->FileSize(opt.output);
  const nlohmann::json out = {{"output", opt.output},
                              {"bytes", size.ok() ? *size : 0},
                              {"features", model->num_features()},
                              {"train_sentences", train_aligned.size()},
                              {"dev_sentences", dev_aligned.size()},
                              {"seconds", Since(t0)},
                              {"info", note},
                              {"epochs", epochs}};
  if (opt.json) {
    std::cout << out.dump(1) << '\n';
  } else {
    std::printf("wrote %s: %zu features, %llu bytes, %.1f s\n", opt.output.c_str(),
                model->num_features(), static_cast<unsigned long long>(size.ok() ? *size : 0),
                Since(t0));
  }
  return kExitOk;
}

}  // namespace

void RegisterTrainClusters(CLI::App& train, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<ClustersOptions>();
  CLI::App* cmd = train.add_subcommand(
      "clusters", "Cluster the words of unlabeled news (exchange algorithm) for the entity tagger");
  cmd->add_option("--corpus", opt->corpus,
                  "JSONL/JSON files, zips of them, or folders (default: DATA's ant-multisource-news, "
                  "ant-jawharafm-news and saudinewsnet)");
  cmd->add_option("-o,--output", opt->output, "Clusters file to write")->required();
  cmd->add_option("--levels", opt->levels, "Classes per level (default 1024 256 64)")->delimiter(',');
  cmd->add_option("--iterations", opt->iterations, "Passes over the vocabulary per level (default 10)");
  cmd->add_option("--min-count", opt->min_count, "Cluster words seen at least this often (default 3)");
  cmd->add_option("--max-contexts", opt->max_contexts,
                  "Most frequent words used as contexts (default 30000)");
  cmd->add_option("--seed", opt->seed, "Seed of the initial classes (default 1)");
  cmd->callback([&global, opt, runner] { *runner = [&global, opt] { return RunClusters(global, *opt); }; });
}

void RegisterTrainNer(CLI::App& train, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<NerTrainOptions>();
  CLI::App* cmd = train.add_subcommand(
      "ner", "Train the named-entity tagger (averaged structured perceptron) on a CoNLL file");
  cmd->add_option("--train", opt->train,
                  "CoNLL training file (default: DATA/anercorp/camel_split_reconstructed/"
                  "ANERCorp_CamelLab_train.reconstructed.txt)");
  cmd->add_option("--dev", opt->dev, "CoNLL dev file, scored after every epoch");
  cmd->add_option("--dev-fraction", opt->dev_fraction,
                  "Hold out the last fraction of the training sentences as the dev set");
  cmd->add_option("--clusters", opt->clusters, "Word clusters file (marsad train clusters)");
  cmd->add_option("--gazetteers", opt->gazetteers,
                  "Comma list of anergazet, anetac, wikidata (from DATA), mined (organisation names "
                  "mined from the news after نادي، حزب، صحيفة ...), minedphrases (the same names with "
                  "their trigger, as phrases: حزب الليكود), or none (default: "
                  "anergazet,anetac,wikidata)");
  cmd->add_option("--mined-min-count", opt->mined_min_count,
                  "Mined gazetteer: times a word must follow a trigger (default 5)");
  cmd->add_option("--mined-min-percent", opt->mined_min_percent,
                  "Mined gazetteer: share of the word's occurrences after a trigger, in % (default 20)");
  cmd->add_option("--mined-continue-percent", opt->mined_continue_percent,
                  "minedphrases: share of a trigger-name pair's occurrences a second name word "
                  "must follow, in % (default 50)");
  cmd->add_flag("!--no-triggers", opt->triggers, "Leave out the trigger lists of data/ner");
  cmd->add_option("--scheme", opt->scheme, "Tag scheme: bio or bilou (default bilou)");
  cmd->add_option("--features", opt->features,
                  "Changes to the default features, e.g. -trigrams,+clusterbigrams");
  cmd->add_option("--epochs", opt->epochs, "Passes over the training data (default 15)");
  cmd->add_option("--seed", opt->seed, "Seed of the sentence order (default 1)");
  cmd->add_option("--seeds", opt->seeds,
                  "Perceptrons per stage, on different sentence orders, whose weights are "
                  "averaged (default 1; N times the training time)");
  cmd->add_option("--min-count", opt->min_count, "Use features seen at least this often (default 1)");
  cmd->add_option("--prune", opt->prune, "Drop features whose weights are all below this (default 0)");
  cmd->add_option("--corpus", opt->corpus,
                  "Unlabeled news for the corpus memory: JSONL/JSON files, zips or folders (default: "
                  "DATA's ant-multisource-news, ant-jawharafm-news and saudinewsnet; none: without)");
  cmd->add_option("--corpus-cache", opt->corpus_cache,
                  "Folder where the corpus memories are kept, keyed on what builds them, and "
                  "reused by a training that would build the same (for comparing features on "
                  "dev; delete it when the tagger's code changes)");
  cmd->add_option("--stages", opt->stages,
                  "1: sentence features only; 2: a second stage with document features (default 2)");
  cmd->add_option("--doc-sentences", opt->doc_sentences,
                  "Consecutive CoNLL sentences taken as one document (default 20)");
  cmd->add_option("--o-bias", opt->o_bias,
                  "Added to the O score of every token when decoding; below 0 favours recall "
                  "(default 0)");
  cmd->add_option("-o,--output", opt->output, "Model file to write")->required();
  cmd->add_flag("--json", opt->json, "Print a JSON summary with the per-epoch dev scores");
  cmd->callback([&global, opt, runner] { *runner = [&global, opt] { return RunTrainNer(global, *opt); }; });
}

}  // namespace marsad::cli
