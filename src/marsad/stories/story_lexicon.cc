// Loading the word lists of data/stories/*.txt.
#include "marsad/stories/story_lexicon.h"

#include <charconv>

#include "marsad/dates/lexicon.h"
#include "marsad/stories/embedded_data.h"
#include "marsad/text/embedded_data.h"
#include "marsad/text/word_list.h"

namespace marsad::stories {
namespace {

// Splits "<head> <rest>" at the first blank.
bool SplitFirst(std::string_view line, std::string_view* head, std::string_view* rest) {
  const std::size_t sp = line.find_first_of(" \t");
  if (sp == std::string_view::npos) return false;
  *head = line.substr(0, sp);
  *rest = text::TrimBlanks(line.substr(sp));
  return !rest->empty();
}

// The words of a normalized phrase joined by one space.
std::string NormalizePhrase(std::string_view phrase, const text::Normalizer& normalizer) {
  std::string out;
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '\t') ++j;
    if (j > i) {
      if (!out.empty()) out += ' ';
      out += normalizer.Normalize(phrase.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

}  // namespace

StoryLexiconSources StoryLexiconSources::Embedded() {
  return {{"data/stories/stopwords_ar.txt", data::kStopwords},
          {"data/stories/event_series_ar.txt", data::kEventSeries},
          {"data/stories/ordinals_ar.txt", data::kOrdinals},
          {"data/stories/summary_ar.txt", data::kSummary}};
}

Result<StoryLexicon> StoryLexicon::Build(const StoryLexiconSources& sources,
                                         const text::Normalizer& normalizer) {
  StoryLexicon lex;
  lex.stopwords_ = text::WordSet(sources.stopwords.text, normalizer);
  MARSAD_RETURN_IF_ERROR(text::ForEachListLine(
      sources.event_series.text, [&](std::size_t line_no, std::string_view line) -> Status {
        std::string_view role, word;
        if (!SplitFirst(line, &role, &word)) {
          return text::ListLineError(sources.event_series.name, line_no, "expected '<role> <word>'");
        }
        SeriesRole r = SeriesRole::kNone;
        if (role == "round") r = SeriesRole::kRound;
        if (role == "process") r = SeriesRole::kProcess;
        if (role == "not_series") r = SeriesRole::kNotSeries;
        if (role == "head") r = SeriesRole::kHead;
        if (r == SeriesRole::kNone) {
          return text::ListLineError(sources.event_series.name, line_no,
                           "unknown role '" + std::string(role) + "'");
        }
        lex.series_[normalizer.Normalize(word)] |= static_cast<std::uint8_t>(r);
        return Status::Ok();
      }));
  MARSAD_RETURN_IF_ERROR(text::ForEachListLine(
      sources.summary.text, [&](std::size_t line_no, std::string_view line) -> Status {
        std::string_view role, word;
        if (!SplitFirst(line, &role, &word) || role != "skip_start") {
          return text::ListLineError(sources.summary.name, line_no, "expected 'skip_start <word>'");
        }
        lex.skip_starts_.Insert(normalizer.Normalize(word));
        return Status::Ok();
      }));
  // Every series word with its possible leading clitics.
  constexpr std::string_view kArticle = "ال";
  for (const auto& [word, roles] : lex.series_) {
    const bool definite = word.substr(0, kArticle.size()) == kArticle;
    std::vector<std::string> forms = {word};
    if (definite) forms.push_back("لل" + word.substr(kArticle.size()));  // للجولة
    for (const char* c : {"ب", "ك", "ل"}) {
      if (!definite || std::string_view(c) != "ل") forms.push_back(c + word);  // بالجولة
    }
    const std::size_t n = forms.size();
    for (std::size_t i = 0; i < n; ++i) {
      for (const char* c : {"و", "ف"}) forms.push_back(c + forms[i]);  // وللجولة
    }
    for (std::string& f : forms) {
      lex.clitic_roles_[f] |= roles;
      lex.with_clitics_.Insert(std::move(f));
    }
  }
  MARSAD_RETURN_IF_ERROR(text::ForEachListLine(
      sources.ordinals.text, [&](std::size_t line_no, std::string_view line) -> Status {
        std::string_view num, phrase;
        int n = 0;
        if (!SplitFirst(line, &num, &phrase)) {
          return text::ListLineError(sources.ordinals.name, line_no, "expected '<number> <words>'");
        }
        auto [ptr, ec] = std::from_chars(num.data(), num.data() + num.size(), n);
        if (ec != std::errc() || ptr != num.data() + num.size() || n < 1 || n > 99) {
          return text::ListLineError(sources.ordinals.name, line_no, "the number must be 1-99");
        }
        lex.ordinals_[NormalizePhrase(phrase, normalizer)] = n;
        return Status::Ok();
      }));
  return lex;
}

const StoryLexicon& StoryLexicon::Default() {
  static const StoryLexicon* const kDefault = [] {
    auto lex = Build(StoryLexiconSources::Embedded(), dates::Lexicon::SearchNormalizer());
    return new StoryLexicon(std::move(lex).value());
  }();
  return *kDefault;
}

std::uint8_t StoryLexicon::SeriesRoles(std::string_view word) const {
  auto it = series_.find(word);
  return it == series_.end() ? 0 : it->second;
}

int StoryLexicon::Ordinal(std::string_view first, std::string_view second, int* words) const {
  *words = 0;
  if (!second.empty()) {
    std::string two(first);
    two += ' ';
    two.append(second);
    if (auto it = ordinals_.find(two); it != ordinals_.end()) {
      *words = 2;
      return it->second;
    }
  }
  auto it = ordinals_.find(first);
  if (it == ordinals_.end()) return 0;
  // "الحاديه والعشرين": a unit, then و + tens.
  constexpr std::string_view kWaw = "و";
  if (it->second < 10 && second.size() > kWaw.size() && second.substr(0, kWaw.size()) == kWaw) {
    auto tens = ordinals_.find(second.substr(kWaw.size()));
    if (tens != ordinals_.end() && tens->second >= 20 && tens->second % 10 == 0) {
      *words = 2;
      return tens->second + it->second;
    }
  }
  *words = 1;
  return it->second;
}

}  // namespace marsad::stories
