// QueryVariants; see query_variants.h.
#include "marsad/index/query_variants.h"

#include <algorithm>

#include "marsad/index/embedded_data.h"
#include "marsad/text/word_list.h"

namespace marsad::index {
namespace {

// The UTF-8 characters of s.
std::vector<std::string_view> Chars(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i + 1;
    while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::size_t Length(std::string_view s) { return Chars(s).size(); }

void AddOnce(std::string v, std::string_view norm, std::vector<std::string>* out) {
  if (v == norm || std::find(out->begin(), out->end(), v) != out->end()) return;
  out->push_back(std::move(v));
}

}  // namespace

Result<QueryVariants> QueryVariants::Parse(std::string_view name, std::string_view text) {
  QueryVariants q;
  MARSAD_RETURN_IF_ERROR(text::ForEachListLine(text, [&](std::size_t line_no, std::string_view line) -> Status {
    std::vector<std::string_view> f;
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t j = std::min(line.find_first_of(" \t", i), line.size());
      if (j > i) f.push_back(line.substr(i, j - i));
      i = j + 1;
    }
    auto fail = [&](std::string_view problem) { return text::ListLineError(name, line_no, problem); };
    const std::string_view rule = f[0];
    if (rule == "number") {
      if (f.size() < 3) return fail("expected 'number DIGITS WORD...'");
      q.numbers_.emplace_back(f.begin() + 1, f.end());
      return Status::Ok();
    }
    const std::size_t want = rule == "hamza" || rule == "hollow" ? 3 : 2;
    if (f.size() != want) return fail("expected '" + std::string(rule) + (want == 3 ? " X Y'" : " VALUE'"));
    if (rule == "clitic") {
      q.clitics_.emplace_back(f[1]);
    } else if (rule == "nisba") {
      q.nisba_.emplace_back(f[1]);
    } else if (rule == "conjunction") {
      q.conjunctions_.emplace_back(f[1]);
    } else if (rule == "verb_prefix") {
      q.verb_prefixes_.emplace_back(f[1]);
    } else if (rule == "verb_suffix") {
      q.verb_suffixes_.emplace_back(f[1]);
    } else if (rule == "past") {
      const std::size_t star = f[1].find('*');
      if (star == std::string_view::npos || f[1].find('*', star + 1) != std::string_view::npos) {
        return fail("a past form holds one '*' for the core");
      }
      q.past_.emplace_back(f[1].substr(0, star), f[1].substr(star + 1));
    } else if (rule == "verbal_noun") {
      const std::size_t star = f[1].find('*'), plus = f[1].find('+');
      if (star == std::string_view::npos || plus == std::string_view::npos || plus < star ||
          f[1].find_first_of("*+", plus + 1) != std::string_view::npos ||
          f[1].find('+', star + 1) != plus) {
        return fail("a verbal noun holds one '*' (the core but its last letter), then one '+' (that letter)");
      }
      q.nouns_.push_back(Noun{std::string(f[1].substr(0, star)), std::string(f[1].substr(star + 1, plus - star - 1)),
                              std::string(f[1].substr(plus + 1))});
    } else if (rule == "hamza") {
      q.hamza_.emplace_back(f[1], f[2]);
    } else if (rule == "hollow") {
      if (Length(f[1]) != 1 || Length(f[2]) != 1) return fail("hollow takes two letters");
      q.hollow_.emplace_back(f[1], f[2]);
    } else {
      return fail("unknown rule '" + std::string(rule) + "'");
    }
    return Status::Ok();
  }));
  return q;
}

const QueryVariants& QueryVariants::Embedded() {
  static const QueryVariants* rules = [] {
    auto r = Parse("data/search/query_variants_ar.txt", data::kQueryVariants);
    return r.ok() ? new QueryVariants(std::move(*r)) : new QueryVariants();
  }();
  return *rules;
}

void QueryVariants::AddPast(const std::string& core, std::vector<std::string>* out) const {
  for (const auto& [before, after] : past_) out->push_back(before + core + after);
  const std::vector<std::string_view> c = Chars(core);
  if (c.size() < 3) return;
  const std::string head = core.substr(0, core.size() - c.back().size());
  for (const Noun& n : nouns_) out->push_back(n.before + head + n.middle + std::string(c.back()) + n.after);
}

void QueryVariants::AddVerbForms(std::string_view word, std::vector<std::string>* out) const {
  for (const std::string& p : verb_prefixes_) {
    if (word.size() <= p.size() || word.substr(0, p.size()) != p) continue;
    std::string_view core = word.substr(p.size());
    if (Length(core) < 3) continue;
    for (const std::string& s : verb_suffixes_) {
      if (core.size() > s.size() && core.substr(core.size() - s.size()) == s &&
          Length(core.substr(0, core.size() - s.size())) >= 3) {
        core.remove_suffix(s.size());
        break;
      }
    }
    std::vector<std::string> cores{std::string(core)};
    for (const auto& [x, y] : hamza_) {
      if (core.substr(0, x.size()) == x) cores.push_back(y + std::string(core.substr(x.size())));
    }
    const std::vector<std::string_view> c = Chars(core);
    for (const auto& [x, y] : hollow_) {
      if (c.size() == 3 && c[1] == x) cores.push_back(std::string(c[0]) + y + std::string(c[2]));
    }
    for (const std::string& k : cores) AddPast(k, out);
    break;
  }
}

void QueryVariants::Expand(std::string_view norm, std::vector<std::string>* out) const {
  std::vector<std::string> found;
  // A number in digits or words (with or without ال): its other spellings.
  const std::string_view bare = norm.size() > 4 && norm.substr(0, 4) == "\xD8\xA7\xD9\x84" ? norm.substr(4) : norm;
  for (const std::vector<std::string>& group : numbers_) {
    auto it = std::find(group.begin(), group.end(), norm);
    if (it == group.end()) it = std::find(group.begin(), group.end(), bare);
    if (it == group.end()) continue;
    for (const std::string& w : group) {
      if (w != *it) found.push_back(w);
    }
    break;
  }
  for (const std::string& p : clitics_) {
    if (norm.size() > p.size() && norm.substr(0, p.size()) == p && Length(norm.substr(p.size())) >= 3) {
      found.emplace_back(norm.substr(p.size()));
      break;
    }
  }
  for (const std::string& s : nisba_) {
    if (norm.size() > s.size() && norm.substr(norm.size() - s.size()) == s &&
        Length(norm.substr(0, norm.size() - s.size())) >= 3) {
      found.emplace_back(norm.substr(0, norm.size() - s.size()));
      break;
    }
  }
  AddVerbForms(norm, &found);
  for (const std::string& p : conjunctions_) {
    if (norm.size() > p.size() && norm.substr(0, p.size()) == p) {
      AddVerbForms(norm.substr(p.size()), &found);
      break;
    }
  }
  for (std::string& v : found) AddOnce(std::move(v), norm, out);
}

}  // namespace marsad::index
