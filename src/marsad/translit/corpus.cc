// Readers of the transliteration corpora and the held-out filter.
#include "marsad/translit/corpus.h"
#include "marsad/text/word_list.h"

#include <unordered_map>
#include <unordered_set>

namespace marsad::translit {
namespace {

constexpr std::uint64_t kMaxCorpusFileBytes = std::uint64_t{64} << 20;

// Splits into lines; a final newline does not start another line.
std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    lines.push_back(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
  }
  return lines;
}

std::string LineError(std::string_view name, std::size_t line, std::string_view what) {
  return std::string(name) + ":" + std::to_string(line) + ": " + std::string(what);
}

std::string RemoveSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out += c;
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Result<std::string> Read(io::Env& env, const std::string& path) {
  return env.ReadFile(path, kMaxCorpusFileBytes);
}

}  // namespace

Result<std::vector<NamePair>> ParseLineAligned(std::string_view arabic, std::string_view latin,
                                               std::string_view name) {
  const std::vector<std::string_view> a = Lines(arabic), e = Lines(latin);
  if (a.size() != e.size()) {
    return Status::InvalidArgument(std::string(name) + ": " + std::to_string(a.size()) +
                                   " Arabic lines but " + std::to_string(e.size()) + " Latin lines");
  }
  std::vector<NamePair> out;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::string_view x = text::TrimBlanks(a[i]), y = text::TrimBlanks(e[i]);
    if (x.empty() && y.empty()) continue;
    if (x.empty() || y.empty()) return Status::InvalidArgument(LineError(name, i + 1, "one side is empty"));
    out.push_back({std::string(x), std::string(y)});
  }
  return out;
}

Result<std::vector<NamePair>> ParseTabSeparated(std::string_view text, std::string_view name) {
  std::vector<NamePair> out;
  const std::vector<std::string_view> lines = Lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = text::TrimBlanks(lines[i]);
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return Status::InvalidArgument(LineError(name, i + 1, "expected arabic<TAB>latin"));
    }
    const std::string_view x = text::TrimBlanks(line.substr(0, tab)), y = text::TrimBlanks(line.substr(tab + 1));
    if (x.empty() || y.empty() || y.find('\t') != std::string_view::npos) {
      return Status::InvalidArgument(LineError(name, i + 1, "expected arabic<TAB>latin"));
    }
    out.push_back({std::string(x), std::string(y)});
  }
  return out;
}

Result<std::vector<NamePair>> ParseWikidataTokens(std::string_view text, std::string_view name) {
  std::vector<NamePair> out;
  const std::vector<std::string_view> lines = Lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = text::TrimBlanks(lines[i]);
    if (line.empty()) continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) {
      return Status::InvalidArgument(LineError(name, i + 1, "expected latin<TAB>arabic letters<TAB>count"));
    }
    const std::string_view y = text::TrimBlanks(line.substr(0, t1));
    const std::string x = RemoveSpaces(line.substr(t1 + 1, t2 - t1 - 1));
    if (x.empty() || y.empty()) return Status::InvalidArgument(LineError(name, i + 1, "empty name"));
    out.push_back({x, std::string(y)});
  }
  return out;
}

std::vector<TestItem> GroupReferences(const std::vector<NamePair>& pairs) {
  std::vector<TestItem> items;
  std::unordered_map<std::string, std::size_t> index;
  for (const NamePair& p : pairs) {
    auto [it, inserted] = index.emplace(p.arabic, items.size());
    if (inserted) items.push_back({p.arabic, {}});
    std::vector<std::string>& refs = items[it->second].references;
    bool dup = false;
    for (const std::string& r : refs) dup = dup || AsciiLower(r) == AsciiLower(p.latin);
    if (!dup) refs.push_back(p.latin);
  }
  return items;
}

std::uint64_t WikidataBucket(std::string_view arabic, const text::Normalizer& search) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (char c : search.Normalize(arabic)) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ull;
  }
  return h % kWikidataBuckets;
}

Result<TranslitCorpus> LoadTranslitCorpus(io::Env& env, const std::string& data_dir) {
  TranslitCorpus corpus;
  std::vector<std::pair<std::string, std::vector<NamePair>>> train;

  // ANETAC: the benchmark's own split.
  {
    const std::string base = data_dir + "/anetac/EN-AR_Translit__";
    for (const char* split : {"train", "dev", "test"}) {
      auto ar = Read(env, base + split + ".ar");
      if (!ar.ok()) return ar.status();
      auto en = Read(env, base + split + ".en");
      if (!en.ok()) return en.status();
      auto pairs = ParseLineAligned(*ar, *en, base + split + ".{ar,en}");
      if (!pairs.ok()) return pairs.status();
      if (std::string_view(split) == "train") {
        train.push_back({"anetac", std::move(*pairs)});
      } else {
        TestSet set{"anetac", base + split + ".{ar,en}", GroupReferences(*pairs)};
        (std::string_view(split) == "dev" ? corpus.dev : corpus.test).push_back(std::move(set));
      }
    }
  }
  // Google ar2en: train / eval (our dev) / test.
  {
    const std::string base = data_dir + "/google-ar2en-translit/ar2en-";
    for (const char* split : {"train", "eval", "test"}) {
      const std::string path = base + split + ".txt";
      auto text = Read(env, path);
      if (!text.ok()) return text.status();
      auto pairs = ParseTabSeparated(*text, path);
      if (!pairs.ok()) return pairs.status();
      if (std::string_view(split) == "train") {
        train.push_back({"google-ar2en", std::move(*pairs)});
      } else {
        TestSet set{"google-ar2en", path, GroupReferences(*pairs)};
        (std::string_view(split) == "eval" ? corpus.dev : corpus.test).push_back(std::move(set));
      }
    }
  }
  // Wikidata: split by hash of the normalized Arabic spelling.
  const text::Normalizer search(text::NormalizerOptions::Search());
  {
    const std::string path = data_dir + "/wikidata-en-ar-names/wd_arabic.normalized.aligned.tokens";
    auto text = Read(env, path);
    if (!text.ok()) return text.status();
    auto pairs = ParseWikidataTokens(*text, path);
    if (!pairs.ok()) return pairs.status();
    std::vector<NamePair> tr, dv, ts;
    for (NamePair& p : *pairs) {
      const std::uint64_t b = WikidataBucket(p.arabic, search);
      (b < kWikidataTestBuckets ? ts : b < kWikidataTestBuckets + kWikidataDevBuckets ? dv : tr)
          .push_back(std::move(p));
    }
    const std::string desc = path + " (hash buckets: 0-1 test, 2 dev, 3-9 train)";
    corpus.dev.push_back({"wikidata", desc, GroupReferences(dv)});
    corpus.test.push_back({"wikidata", desc, GroupReferences(ts)});
    train.push_back({"wikidata", std::move(tr)});
  }

  std::unordered_set<std::string> held_out;
  for (const auto* sets : {&corpus.dev, &corpus.test}) {
    for (const TestSet& set : *sets) {
      for (const TestItem& item : set.items) held_out.insert(search.Normalize(item.arabic));
    }
  }
  for (auto& [name, pairs] : train) {
    CorpusSource src{name, pairs.size(), 0};
    for (NamePair& p : pairs) {
      if (held_out.count(search.Normalize(p.arabic)) != 0) {
        ++src.held_out_overlap;
        continue;
      }
      corpus.train.push_back(std::move(p));
    }
    corpus.sources.push_back(src);
  }
  return corpus;
}

}  // namespace marsad::translit
