// EvaluateVariantKey; see variant_key_eval.h.
#include "marsad/eval/variant_key_eval.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "marsad/text/edit_distance.h"
#include "marsad/text/utf8.h"

namespace marsad::eval {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  while (true) {
    std::size_t t = line.find('\t');
    f.push_back(line.substr(0, t));
    if (t == std::string_view::npos) break;
    line.remove_prefix(t + 1);
  }
  return f;
}

// A rough Latin consonant skeleton, to recognise English spellings of one name
// (caitlyn / kaitlyn, margareta / margherita) that must not count as different names:
// vowels after the first letter and a non-initial h are dropped, c/k/q, s/z and v/w
// merge, ph is f, doubled letters collapse.
std::string LatinSkeleton(std::string_view e) {
  std::string out;
  for (std::size_t i = 0; i < e.size(); ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(e[i])));
    if (c == 'p' && i + 1 < e.size() && std::tolower(static_cast<unsigned char>(e[i + 1])) == 'h') {
      c = 'f';
      ++i;
    } else if (i > 0 && std::string_view("aeiouyh").find(c) != std::string_view::npos) {
      continue;
    }
    if (c == 'k' || c == 'q') c = 'c';
    if (c == 'z') c = 's';
    if (c == 'w') c = 'v';
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

bool EnglishVariants(const std::string& e1, const std::string& e2) {
  std::u32string a(e1.begin(), e1.end()), b(e2.begin(), e2.end());
  if (text::EditDistance(a, b) <= 2) return true;
  if (e1.rfind(e2, 0) == 0 || e2.rfind(e1, 0) == 0) return true;
  return LatinSkeleton(e1) == LatinSkeleton(e2);
}

std::string KeyOf(const text::Analyzer& analyzer, std::string_view name) {
  return analyzer.keyer().NameKey(name);
}

}  // namespace

Result<VariantKeyReport> EvaluateVariantKey(std::string_view tsv, const text::Analyzer& analyzer,
                                            std::uint32_t seed, std::size_t examples) {
  struct Row {
    std::string english, a, b;
  };
  std::vector<Row> rows;
  std::map<std::string, std::set<std::string>> spellings;  // english -> Arabic spellings
  bool header = true;
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (header) {
      header = false;
      if (line.rfind("english", 0) == 0) continue;
    }
    auto f = SplitTabs(line);
    if (f.size() < 5) continue;
    rows.push_back({std::string(f[0]), std::string(f[2]), std::string(f[4])});
    spellings[rows.back().english].insert(rows.back().a);
    spellings[rows.back().english].insert(rows.back().b);
  }
  if (rows.empty()) return Status::InvalidArgument("no name pairs in the file");

  VariantKeyReport r;
  r.positives = rows.size();
  for (const Row& row : rows) {
    KeyedPair p{row.a, row.b, row.english, KeyOf(analyzer, row.a), KeyOf(analyzer, row.b)};
    if (p.key_a == p.key_b) {
      ++r.true_positives;
    } else if (r.missed.size() < examples) {
      r.missed.push_back(std::move(p));
    }
  }

  // Negatives: bucket spellings by their first two normalized letters, pair within a bucket.
  struct Spelling {
    std::string english, arabic;
    std::u32string norm;
  };
  std::map<std::u32string, std::vector<Spelling>> buckets;
  for (const auto& [english, set] : spellings) {
    for (const std::string& s : set) {
      std::u32string norm = text::ToCodePoints(analyzer.normalizer().Normalize(s));
      buckets[norm.substr(0, 2)].push_back({english, s, norm});
    }
  }
  std::vector<KeyedPair> negatives;
  for (const auto& [prefix, list] : buckets) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (std::size_t j = i + 1; j < list.size(); ++j) {
        const Spelling& x = list[i];
        const Spelling& y = list[j];
        if (x.english == y.english || x.norm == y.norm) continue;
        const std::size_t lx = x.norm.size(), ly = y.norm.size();
        if ((lx > ly ? lx - ly : ly - lx) > 2) continue;
        if (text::EditDistance(x.norm, y.norm) > 2) continue;
        if (EnglishVariants(x.english, y.english)) continue;
        negatives.push_back({x.arabic, y.arabic, x.english + " / " + y.english, "", ""});
      }
    }
  }
  r.negative_candidates = negatives.size();
  // Fisher-Yates with a fixed engine, so the sample is the same on every machine.
  std::mt19937 rng(seed);
  for (std::size_t i = negatives.size(); i > 1; --i) {
    std::size_t j = rng() % i;
    std::swap(negatives[i - 1], negatives[j]);
  }
  negatives.resize(std::min(negatives.size(), r.positives));
  r.negatives = negatives.size();
  for (KeyedPair& p : negatives) {
    p.key_a = KeyOf(analyzer, p.a);
    p.key_b = KeyOf(analyzer, p.b);
    if (p.key_a == p.key_b) {
      ++r.false_positives;
      if (r.false_merges.size() < examples) r.false_merges.push_back(p);
    }
  }
  r.recall = static_cast<double>(r.true_positives) / static_cast<double>(r.positives);
  const std::size_t predicted = r.true_positives + r.false_positives;
  r.precision = predicted > 0 ? static_cast<double>(r.true_positives) / static_cast<double>(predicted) : 0;
  r.false_positive_rate =
      r.negatives > 0 ? static_cast<double>(r.false_positives) / static_cast<double>(r.negatives) : 0;

  // The cases the product promises (DEVELOPERS.md, issue 2).
  const std::vector<KeyCheck> fixed = {
      {{"لافرينتيف", "لافرنتيف", "لافرينتييف", "لافرنتييف"}, true, false, {}},
      {{"أستانا", "أستانة", "استانا", "آستانا"}, true, false, {}},
      {{"سوريا", "سورية"}, true, false, {}},
      {{"إدلب", "ادلب"}, true, false, {}},
      {{"كازاخستان", "كزاخستان"}, true, false, {}},
      {{"زوكربيرغ", "زوكربرغ"}, true, false, {}},
      {{"بافيل غرودينين", "بافل غرودينين"}, true, false, {}},
      {{"لافروف", "لافرينتيف"}, false, false, {}},
      {{"محمد", "محمود", "حامد"}, false, false, {}},
      {{"بشار الجعفري", "بشار الأسد"}, false, false, {}},
  };
  for (KeyCheck c : fixed) {
    for (const std::string& n : c.names) c.keys.push_back(KeyOf(analyzer, n));
    std::set<std::string> distinct(c.keys.begin(), c.keys.end());
    c.passed = c.same ? distinct.size() == 1 : distinct.size() == c.keys.size();
    r.checks.push_back(std::move(c));
  }
  return r;
}

}  // namespace marsad::eval
