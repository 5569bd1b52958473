// QuoteFilter; see quote_filter.h.
#include "marsad/quotes/quote_filter.h"

#include <algorithm>
#include <utility>

namespace marsad::quotes {

std::vector<std::string> QuoteFilter::WordKeys(const text::Analyzer& analyzer, std::string_view s) {
  text::TextAnalysis a;
  analyzer.Analyze(s, &a);
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (text::IsWordLike(a.tokens[i].token.kind) || a.tokens[i].token.kind == text::TokenKind::kNumber) {
      keys.emplace_back(a.key(i));
    }
  }
  return keys;
}

bool ContainsRun(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || hay.size() < needle.size()) return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

QuoteFilter::QuoteFilter(const text::Analyzer& analyzer, std::string doc, std::string_view speaker,
                         std::vector<EntityId> speaker_entities)
    : analyzer_(analyzer),
      doc_(std::move(doc)),
      keys_(WordKeys(analyzer, speaker)),
      entities_(std::move(speaker_entities)),
      any_speaker_(speaker.find_first_not_of(" \t") == std::string_view::npos) {}

bool QuoteFilter::Matches(std::string_view doc_id, std::string_view doc_text,
                          const doc::Quote& quote) const {
  if (!doc_.empty() && doc_id != doc_) return false;
  if (any_speaker_) return true;
  const doc::Speaker& sp = quote.speaker;
  if (sp.entity && std::find(entities_.begin(), entities_.end(), *sp.entity) != entities_.end()) {
    return true;
  }
  if (sp.entity && !entities_.empty()) return false;  // a resolved, different speaker
  if (!sp.mention || sp.mention->end > doc_text.size()) return false;
  return ContainsRun(WordKeys(analyzer_, sp.mention->In(doc_text)), keys_) ||
         (!sp.name.empty() && ContainsRun(WordKeys(analyzer_, sp.name), keys_));
}

}  // namespace marsad::quotes
