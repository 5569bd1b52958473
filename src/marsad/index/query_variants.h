// QueryVariants: the other forms of a query word that a search also looks for, by the
// rules of data/search/query_variants_ar.txt: a headline's present-tense verb in the past
// tense (تدافع -> دافع، دافعت), a noun without a leading preposition (بغزه -> غزه). The
// light stem conflates neither, and headlines use both where article bodies do not.
#ifndef MARSAD_INDEX_QUERY_VARIANTS_H_
#define MARSAD_INDEX_QUERY_VARIANTS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/base/status.h"

namespace marsad::index {

// Immutable after Parse; thread-safe.
class QueryVariants {
 public:
  QueryVariants() = default;  // no rules: no variants

  // Parses the rule list `text` (the format is at the top of the data file); `name` names
  // the file in error messages.
  static Result<QueryVariants> Parse(std::string_view name, std::string_view text);
  // The rules embedded from data/search/query_variants_ar.txt (parsed once). A test checks
  // that they parse; were they not to, this would hold no rules.
  static const QueryVariants& Embedded();

  // Appends to *out the forms of `norm` (a search-normalized word) that the rules give,
  // each once, `norm` itself excluded.
  void Expand(std::string_view norm, std::vector<std::string>* out) const;

  bool empty() const {
    return clitics_.empty() && numbers_.empty() && nisba_.empty() && verb_prefixes_.empty();
  }

 private:
  void AddPast(const std::string& core, std::vector<std::string>* out) const;
  // The past forms and verbal nouns of `word` read as a present-tense verb, if it can be.
  void AddVerbForms(std::string_view word, std::vector<std::string>* out) const;

  std::vector<std::string> clitics_;
  std::vector<std::vector<std::string>> numbers_;  // each: a number's digits and words
  std::vector<std::string> nisba_;
  std::vector<std::string> conjunctions_;
  std::vector<std::string> verb_prefixes_;
  std::vector<std::string> verb_suffixes_;
  std::vector<std::pair<std::string, std::string>> past_;  // text before and after the core
  // Verbal nouns: before + the core without its last letter + middle + that letter + after.
  struct Noun {
    std::string before, middle, after;
  };
  std::vector<Noun> nouns_;
  std::vector<std::pair<std::string, std::string>> hamza_;
  std::vector<std::pair<std::string, std::string>> hollow_;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_QUERY_VARIANTS_H_
