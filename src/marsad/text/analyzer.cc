// Analyzer; see analyzer.h.
#include "marsad/text/analyzer.h"

#include <cstring>

#include "marsad/text/tokenizer.h"

namespace marsad::text {

char* TextAnalysis::Reserve(std::size_t n) {
  if (pool_size_ + n > pool_cap_) {
    std::size_t cap = pool_cap_ == 0 ? 4096 : pool_cap_;
    while (cap < pool_size_ + n) cap *= 2;
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (pool_size_ > 0) std::memcpy(bigger.get(), pool_.get(), pool_size_);
    pool_ = std::move(bigger);
    pool_cap_ = cap;
  }
  return pool_.get() + pool_size_;
}

Analyzer::Analyzer(AnalyzerOptions options)
    : options_(options),
      normalizer_(options.normalizer),
      stemmer_(normalizer_),
      keyer_(normalizer_, stemmer_) {}

void Analyzer::Analyze(std::string_view text, TextAnalysis* out) const {
  out->tokens.clear();
  out->sentences.clear();
  out->pool_size_ = 0;

  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6 + 8);
  Tokenize(text, &tokens);
  out->tokens.resize(tokens.size());

  std::string key;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    AnalyzedToken& a = out->tokens[i];
    a.token = t;
    std::string_view original = t.In(text);
    if (t.kind == TokenKind::kHashtag || t.kind == TokenKind::kMention) {
      original.remove_prefix(1);  // the sigil is not part of the word
    }
    char* buf = out->Reserve(Normalizer::kMaxExpansion * original.size() + Normalizer::kSlack);
    const std::size_t len = normalizer_.NormalizeInto(original, buf);
    a.norm_pos = static_cast<std::uint32_t>(out->pool_size_);
    a.norm_len = static_cast<std::uint32_t>(len);
    out->pool_size_ += len;
    a.stem_pos = a.norm_pos;
    a.stem_len = a.norm_len;
    a.key_pos = a.norm_pos;
    a.key_len = a.norm_len;
    if (t.kind != TokenKind::kArabicWord) continue;

    const std::string_view norm(buf, len);
    const bool article_possible = !StartsWithHamzatedAlefLam(original);
    if (options_.stems) {
      std::string_view stem = stemmer_.Stem(norm, StemMode::kFull, article_possible);
      a.stem_pos = a.norm_pos + static_cast<std::uint32_t>(stem.data() - norm.data());
      a.stem_len = static_cast<std::uint32_t>(stem.size());
    }
    if (options_.keys) {
      key.clear();
      keyer_.AppendKey(norm, &key);
      if (key != norm) {
        char* kbuf = out->Reserve(key.size());
        std::memcpy(kbuf, key.data(), key.size());
        a.key_pos = static_cast<std::uint32_t>(out->pool_size_);
        a.key_len = static_cast<std::uint32_t>(key.size());
        out->pool_size_ += key.size();
      }
    }
  }
  if (options_.sentences) out->sentences = SplitSentences(text, tokens);
}

}  // namespace marsad::text
