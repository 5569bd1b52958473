// Golden hashes of the analyzer's full output (offsets, kinds, norm, stem, key, sentence
// bounds) on the bundled example corpus and on real articles of ../shared/data: speed work
// on the analysis must leave every output byte-identical, with and without a cache.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/text/analyzer.h"

namespace marsad::text {
namespace {

// FNV-1a over everything the analysis says about a text.
class OutputHash {
 public:
  void Bytes(std::string_view s) {
    Number(s.size());
    for (unsigned char c : s) h_ = (h_ ^ c) * 0x100000001B3ULL;
  }
  void Number(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) h_ = (h_ ^ ((v >> (8 * i)) & 0xFF)) * 0x100000001B3ULL;
  }
  void Analysis(const TextAnalysis& a) {
    Number(a.tokens.size());
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      const Token& t = a.tokens[i].token;
      Number(t.begin);
      Number(t.end);
      Number(static_cast<std::uint64_t>(t.kind));
      Bytes(a.norm(i));
      Bytes(a.stem(i));
      Bytes(a.key(i));
    }
    Number(a.sentences.size());
    for (const Sentence& s : a.sentences) {
      Number(s.span.begin);
      Number(s.span.end);
      Number(s.first_token);
      Number(s.end_token);
    }
  }
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0xCBF29CE484222325ULL;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Hashes the analyses of `texts`: without a cache, and with one cache over all of them
// (twice, so the second pass is all cache hits). All three must agree.
void ExpectHash(const std::vector<std::string>& texts, std::uint64_t want, const char* what) {
  const Analyzer analyzer;
  TextAnalysis a;
  OutputHash plain;
  for (const std::string& t : texts) {
    analyzer.Analyze(t, &a);
    plain.Analysis(a);
  }
  AnalysisCache cache;
  for (int pass = 0; pass < 2; ++pass) {
    OutputHash cached;
    for (const std::string& t : texts) {
      analyzer.Analyze(t, &a, &cache);
      cached.Analysis(a);
    }
    EXPECT_EQ(cached.value(), plain.value()) << what << ": cached pass " << pass;
  }
  EXPECT_EQ(plain.value(), want) << what << ": got 0x" << std::hex << plain.value();
}

TEST(AnalyzerGoldenTest, ExampleCorpus) {
  const std::filesystem::path dir = std::filesystem::path(MARSAD_SOURCE_DIR) / "examples/corpus";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 12u);
  std::vector<std::string> texts;
  for (const auto& f : files) texts.push_back(ReadFile(f));
  ExpectHash(texts, 0xfb6ff20a9a4ba7a9ULL, "examples/corpus");
}

// The first 600 article bodies of each of the five outlets of ant-multisource-news.
TEST(AnalyzerGoldenTest, RealArticles) {
  const std::filesystem::path dir =
      std::filesystem::path(MARSAD_SHARED_DATA_DIR) / "ant-multisource-news";
  if (!std::filesystem::exists(dir / "BBC.jsonl")) {
    GTEST_SKIP() << dir << " is absent: the golden hash of real articles is not checked";
  }
  std::vector<std::string> texts;
  for (const char* outlet : {"Alarabia", "BBC", "CNN", "France24", "SkyNews"}) {
    std::ifstream in(dir / (std::string(outlet) + ".jsonl"));
    std::string line;
    for (int n = 0; n < 600 && std::getline(in, line); ++n) {
      texts.push_back(nlohmann::json::parse(line).value("text", ""));
    }
  }
  ASSERT_EQ(texts.size(), 3000u);
  ExpectHash(texts, 0x8e1a05b017cde45cULL, "ant-multisource-news");
}

}  // namespace
}  // namespace marsad::text
