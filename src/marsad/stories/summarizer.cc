// LexRank centrality and MMR selection over the sentences of a story's articles.
#include "marsad/stories/summarizer.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "marsad/stories/sparse_vector.h"

namespace marsad::stories {
namespace {

constexpr std::string_view kEmDash = "—";
constexpr std::string_view kEnDash = "–";
static_assert(kEmDash.size() == kEnDash.size());

// Quotation marks that open reported speech when no quotes stage ran.
constexpr std::string_view kQuoteMarks[] = {"«", "“", "\"", "„"};

bool HasQuoteMark(std::string_view s) {
  for (std::string_view q : kQuoteMarks) {
    if (s.find(q) != std::string_view::npos) return true;
  }
  return false;
}

// What may follow a sentence's final punctuation: closing quotation marks and brackets.
constexpr std::string_view kClosers[] = {"”", "»", "\"", "'", "’", ")", "]"};
constexpr std::string_view kEnders[] = {".", "!", "?", "؟", "…", "۔"};

struct Candidate {
  const doc::AnalyzedDoc* doc = nullptr;
  ByteSpan span;
  std::size_t sentence = 0;  // index in its article
  SparseVector vec;
  bool quote = false;
  std::uint32_t entities = 0;
};

}  // namespace

bool EndsLikeASentence(std::string_view sentence) {
  auto trim = [&] {
    while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\t')) sentence.remove_suffix(1);
  };
  trim();
  for (bool more = true; more;) {
    more = false;
    for (std::string_view c : kClosers) {
      if (sentence.ends_with(c)) {
        sentence.remove_suffix(c.size());
        trim();
        more = true;
      }
    }
  }
  for (std::string_view e : kEnders) {
    if (sentence.ends_with(e)) return true;
  }
  return false;
}

namespace {

// "<place>، <date> - " at the start of `s`: the bytes it takes, else 0.
std::size_t PlaceDateDash(std::string_view s) {
  constexpr std::size_t kMaxPlaceDate = 64;
  constexpr std::size_t kMaxWords = 6;
  constexpr std::string_view kComma = "،";
  for (std::string_view dash : {std::string_view(" - "), std::string_view(" – "), std::string_view(" — ")}) {
    const std::size_t at = s.substr(0, kMaxPlaceDate).find(dash);
    if (at == std::string_view::npos) continue;
    const std::string_view prefix = s.substr(0, at);
    const std::size_t comma = prefix.find(kComma);
    if (comma == std::string_view::npos || comma == 0) continue;
    bool digit = prefix.find_first_of("0123456789") != std::string_view::npos;
    for (std::size_t i = 0; !digit && i + 1 < prefix.size(); ++i) {  // Arabic-Indic ٠-٩: D9 A0-A9
      digit = static_cast<unsigned char>(prefix[i]) == 0xD9 && static_cast<unsigned char>(prefix[i + 1]) >= 0xA0 &&
              static_cast<unsigned char>(prefix[i + 1]) <= 0xA9;
    }
    if (!digit || static_cast<std::size_t>(std::count(prefix.begin(), prefix.end(), ' ')) >= kMaxWords) continue;
    const std::size_t end = at + dash.size();
    return end < s.size() ? end : 0;
  }
  return 0;
}

}  // namespace

ByteSpan StripDateline(std::string_view text, ByteSpan span) {
  // "<place>، <place> (<OUTLET>)-- " or "... (<OUTLET>) — " within the first 160 bytes, or
  // "<place>، <date> - ".
  constexpr std::size_t kMaxDateline = 160;
  const std::string_view s = span.In(text).substr(0, kMaxDateline);
  if (const std::size_t n = PlaceDateDash(s); n > 0) return ByteSpan{span.begin + static_cast<std::uint32_t>(n), span.end};
  const std::size_t close = s.find(')');
  if (close == std::string_view::npos || s.find('(') > close) return span;
  std::size_t i = close + 1;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t dashes = 0;
  while (i < s.size()) {
    if (s[i] == '-') {
      ++i;
      ++dashes;
    } else if (s.substr(i, kEmDash.size()) == kEmDash || s.substr(i, kEnDash.size()) == kEnDash) {
      i += kEmDash.size();
      ++dashes;
    } else {
      break;
    }
  }
  if (dashes == 0) return span;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i >= span.size()) return span;
  return ByteSpan{span.begin + static_cast<std::uint32_t>(i), span.end};
}

std::string JoinSummary(const std::vector<SummarySentence>& sentences) {
  std::string out;
  for (const SummarySentence& s : sentences) {
    if (!out.empty()) out += ' ';
    out += s.text;
  }
  return out;
}

Summarizer::Summarizer(const ProfileBuilder& terms, const TermStats* stats, SummaryOptions options)
    : terms_(terms), stats_(stats), options_(options) {}

std::vector<SummarySentence> Summarizer::Summarize(std::span<const doc::AnalyzedDoc* const> docs,
                                                   const SummaryFocus* focus) const {
  // Candidates with their term counts.
  std::unordered_map<std::string, std::uint32_t> term_ids;
  std::vector<std::string_view> term_names;
  std::vector<std::uint32_t> sentence_df;
  std::vector<Candidate> cands;
  std::vector<std::vector<std::pair<std::uint32_t, float>>> counts;
  const std::size_t ndocs = std::min(docs.size(), options_.max_docs);
  for (std::size_t di = 0; di < ndocs; ++di) {
    const doc::AnalyzedDoc* d = docs[di];
    if (d == nullptr) continue;
    const text::TextAnalysis& a = d->analysis;
    const std::string& text = d->document.text;
    const std::size_t nsent = std::min(a.sentences.size(), options_.sentences_per_doc);
    for (std::size_t si = 0; si < nsent; ++si) {
      const text::Sentence& sent = a.sentences[si];
      const ByteSpan span = StripDateline(text, sent.span);
      std::size_t words = 0;
      std::vector<std::pair<std::uint32_t, float>> tf;
      bool about_focus = focus == nullptr;
      std::string_view stem;
      std::string keys = " ";  // the sentence's variant keys, for a focus by name
      bool first_word = true;
      bool skip = false;
      for (std::uint32_t t = sent.first_token; t < sent.end_token; ++t) {
        if (a.tokens[t].token.begin < span.begin) continue;
        if (text::IsWordLike(a.tokens[t].token.kind)) {
          ++words;
          if (first_word && terms_.lexicon().IsSkipStart(a.norm(t))) skip = true;
          first_word = false;
          if (focus != nullptr && !focus->name_key.empty()) {
            keys.append(a.key(t));
            keys += ' ';
          }
        }
        if (!terms_.TermOf(a, t, &stem)) continue;
        auto [it, added] = term_ids.emplace(std::string(stem), static_cast<std::uint32_t>(term_names.size()));
        if (added) {
          term_names.push_back(it->first);
          sentence_df.push_back(0);
        }
        const std::uint32_t term = it->second;  // clang 14 cannot capture a structured binding
        auto f = std::find_if(tf.begin(), tf.end(), [term](const auto& x) { return x.first == term; });
        if (f == tf.end()) {
          tf.emplace_back(it->second, 1.0F);
          ++sentence_df[it->second];
        } else {
          f->second += 1.0F;
        }
      }
      if (focus != nullptr && !focus->entity && !focus->name_key.empty() &&
          keys.find(" " + focus->name_key + " ") != std::string::npos) {
        about_focus = true;
      }
      if (!skip && words < options_.min_tokens_unterminated && !EndsLikeASentence(span.In(text))) skip = true;
      if (skip || words < options_.min_tokens || words > options_.max_tokens || tf.empty()) {
        // Not a candidate; undo its document frequencies.
        for (const auto& [id, n] : tf) --sentence_df[id];
        continue;
      }
      Candidate c;
      c.doc = d;
      c.span = span;
      c.sentence = si;
      for (const doc::Mention& m : d->mentions) {
        if (!span.Contains(m.span)) continue;
        if (m.kind == doc::MentionKind::kName) ++c.entities;
        if (focus != nullptr && focus->entity && m.entity == focus->entity) about_focus = true;
      }
      if (!about_focus) {
        for (const auto& [id, n] : tf) --sentence_df[id];
        continue;
      }
      for (const doc::Quote& q : d->quotes) {
        if (span.Overlaps(q.span)) c.quote = true;
      }
      if (d->quotes.empty() && HasQuoteMark(span.In(text))) c.quote = true;
      cands.push_back(std::move(c));
      counts.push_back(std::move(tf));
    }
  }
  if (cands.empty()) return {};

  // TF-IDF vectors.
  const double n = static_cast<double>(cands.size());
  std::vector<double> idf(term_names.size());
  for (std::size_t t = 0; t < term_names.size(); ++t) {
    if (stats_ != nullptr && stats_->DocCount() > 0) {
      idf[t] = InverseDocFreq(stats_->DocCount(), stats_->DocFreq(term_names[t]));
    } else {
      idf[t] = InverseDocFreq(static_cast<std::uint64_t>(n), sentence_df[t]);
    }
  }
  for (std::size_t i = 0; i < cands.size(); ++i) {
    SparseVector v;
    double norm = 0;
    for (const auto& [id, tf] : counts[i]) {
      const double w = (1.0 + std::log(static_cast<double>(tf))) * idf[id];
      v.emplace_back(id, static_cast<float>(w));
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [id, w] : v) w = static_cast<float>(w / std::max(norm, 1e-9));
    std::sort(v.begin(), v.end());
    cands[i].vec = std::move(v);
  }

  // LexRank: PageRank over the graph of cosines at or above the threshold.
  const std::size_t m = cands.size();
  std::vector<float> sim(m * m, 0.0F);
  std::vector<double> out_weight(m, 0.0);
  for (std::size_t i = 0; i < m; ++i) {
    for (std::size_t j = i + 1; j < m; ++j) {
      const float s = Dot(cands[i].vec, cands[j].vec);  // cosine: both unit length
      sim[i * m + j] = sim[j * m + i] = s;
      if (s >= options_.edge_threshold) {
        out_weight[i] += s;
        out_weight[j] += s;
      }
    }
  }
  std::vector<double> rank(m, 1.0 / static_cast<double>(m)), next(m);
  for (int it = 0; it < options_.iterations; ++it) {
    double dangling = 0;
    for (std::size_t j = 0; j < m; ++j) {
      if (out_weight[j] == 0) dangling += rank[j];
    }
    double delta = 0;
    for (std::size_t i = 0; i < m; ++i) {
      double in = 0;
      for (std::size_t j = 0; j < m; ++j) {
        const float s = sim[j * m + i];
        if (j != i && s >= options_.edge_threshold) in += rank[j] * s / out_weight[j];
      }
      next[i] = (1.0 - options_.damping) / static_cast<double>(m) +
                options_.damping * (in + dangling / static_cast<double>(m));
      delta += std::abs(next[i] - rank[i]);
    }
    rank.swap(next);
    if (delta < 1e-9) break;
  }
  const double top = *std::max_element(rank.begin(), rank.end());
  std::vector<double> relevance(m);
  for (std::size_t i = 0; i < m; ++i) {
    const Candidate& c = cands[i];
    double r = top > 0 ? rank[i] / top : 0;
    if (c.quote) r *= 1.0 + options_.quote_bonus;
    r *= 1.0 + options_.entity_bonus * std::min<std::uint32_t>(c.entities, 3);
    if (c.sentence == 0) r *= 1.0 + options_.lead_bonus;
    relevance[i] = r;
  }
  const double rmax = *std::max_element(relevance.begin(), relevance.end());
  for (double& r : relevance) r = rmax > 0 ? r / rmax : 0;

  // MMR selection.
  std::vector<SummarySentence> out;
  std::vector<std::size_t> chosen;
  std::vector<bool> taken(m, false);
  while (out.size() < options_.sentences) {
    std::size_t best = m;
    double best_score = -1e9;
    for (std::size_t i = 0; i < m; ++i) {
      if (taken[i]) continue;
      double max_sim = 0;
      for (std::size_t c : chosen) max_sim = std::max<double>(max_sim, sim[i * m + c]);
      if (max_sim >= options_.redundancy) continue;
      const double score = options_.lambda * relevance[i] - (1.0 - options_.lambda) * max_sim;
      if (score > best_score) {
        best_score = score;
        best = i;
      }
    }
    if (best == m) break;
    taken[best] = true;
    chosen.push_back(best);
    const Candidate& c = cands[best];
    SummarySentence s;
    s.doc = c.doc->document.id;
    s.source = c.doc->document.source;
    s.span = c.span;
    s.text = std::string(c.span.In(c.doc->document.text));
    s.score = relevance[best];
    s.quote = c.quote;
    s.entities = c.entities;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace marsad::stories
