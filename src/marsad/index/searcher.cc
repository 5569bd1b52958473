// Searcher; see searcher.h.
#include "marsad/index/searcher.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_map>

#include "marsad/index/exact_forms.h"
#include "marsad/index/postings.h"
#include "marsad/index/query_parser.h"

namespace marsad::index {
namespace {

// A term of the compiled query.
struct TermSpec {
  std::string key;   // space byte + bytes
  float weight = 0;  // summed query weight; 0: a filter, not scored
  int field = -1;    // -1: not a text field (entity ids)
  std::uint64_t df = 0;
  float factor = 0;  // weight * idf * (k1 + 1)
  // For an exact-view term, the stem-view term of the same word and field: the exact form's
  // frequencies are read from that stem's list (its form ids), where the stem occurs.
  int probe_of = -1;
  // Its dictionary entry in each segment of the snapshot (looked up once, for the
  // statistics, and reused to open the segment's cursor).
  std::vector<std::optional<TermInfo>> infos;
};

struct PhraseSpec {
  std::vector<std::string> stems;  // in order
  // Each stem's place in the phrase (the first 0): a stopword between two words leaves a
  // gap of one position, which any word fills.
  std::vector<std::uint32_t> offsets;
  Occur occur = Occur::kShould;
  float weight = 0;  // phrase_weight
  float factor[kNumFields] = {0, 0, 0};  // bonus weight * sum of stem idfs * (k1 + 1)
};

// The query compiled against the snapshot's statistics.
struct Plan {
  std::vector<TermSpec> terms;
  std::unordered_map<std::string, int> index;
  std::vector<std::vector<int>> must_groups;  // any one term of each group must occur
  std::vector<std::string> excluded;          // terms whose documents are excluded
  std::vector<PhraseSpec> phrases;
  const ParsedQuery* query = nullptr;
  const std::vector<std::string>* only_ids = nullptr;  // SearchOptions::only_ids
  // Filters and no words (entity:X, source:Y, a date range alone): every document that
  // passes them is a hit, newest first.
  bool filter_only = false;
  float avgdl[kNumFields] = {1, 1, 1};

  int AddTerm(const std::string& key, float weight, int field) {
    auto [it, inserted] = index.emplace(key, static_cast<int>(terms.size()));
    if (inserted) terms.push_back(TermSpec{key, 0, field, 0, 0, -1, {}});
    terms[it->second].weight += weight;
    return it->second;
  }
};

struct Candidate {
  float score;
  std::uint32_t seg;
  std::uint32_t doc;
  std::int64_t order = 0;  // between equal scores, higher first (a filter-only hit: its date)
};
// a is a better hit than b.
bool Better(const Candidate& a, const Candidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.order != b.order) return a.order > b.order;
  if (a.seg != b.seg) return a.seg < b.seg;
  return a.doc < b.doc;
}

struct TopK {
  std::size_t k;
  std::vector<Candidate> heap;  // worst first (a heap under Better)
  float threshold() const {
    return heap.size() < k ? -1.0F : heap.front().score;
  }
  void Push(const Candidate& c) {
    if (k == 0) return;
    if (heap.size() < k) {
      heap.push_back(c);
      std::push_heap(heap.begin(), heap.end(), Better);
    } else if (Better(c, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), Better);
      heap.back() = c;
      std::push_heap(heap.begin(), heap.end(), Better);
    }
  }
};

struct Cursor {
  PostingCursor pc;
  int term = -1;
  float factor = 0;
  int field = -1;
  float ub = 0;  // bound over the whole list, the exact form's share included
  // A stem cursor also scores the exact forms of its query words: each one's frequency is
  // that of its form id among the document's occurrences, plus (a normalized form the
  // stemmer maps to several stems, such as some names) its occurrences under the other
  // stems, read by filtered cursors in `others`.
  struct ExactForm {
    float factor = 0;
    std::uint32_t form = 0;
    std::vector<int> others;         // SegmentSearch::form_probes_
    std::uint32_t others_max_tf = 0;  // their summed largest frequencies
  };
  std::vector<ExactForm> exact;
  // A body stem cursor also scores its word's lead-field term: the lead's frequencies are
  // stored in the body stem list (segment format 6). weight * lead idf * (lead k1 + 1).
  float lead_factor = 0;
  const Bm25Params* lead_params = nullptr;
  // Bound(impact) of each block of the list, once per query (MaxScore reads each block's
  // bound per window and per probe).
  std::vector<float> block_ub;
  const Bm25Params* params = nullptr;
  const float* avgdl = nullptr;
  // bm25(max tf, min length) bounds every document of a block with this impact; the
  // exact form's share by bm25(max tf of one form, min length).
  // The lead's share by bm25(max lead tf, min lead length): a block's bound is the sum.
  float Bound(const BlockImpact& im) const {
    const float norm = field < 0 ? 1.0F : Bm25LengthNorm(*params, im.min_len, avgdl[field]);
    float b = Bm25Score(factor, im.max_tf, norm);
    for (const ExactForm& x : exact) b += Bm25Score(x.factor, im.max_form_tf + x.others_max_tf, norm);
    if (lead_factor > 0 && im.max_lead_tf > 0) {
      constexpr int kLeadField = static_cast<int>(Field::kLead);
      b += Bm25Score(lead_factor, im.max_lead_tf, Bm25LengthNorm(*lead_params, im.min_lead_len, avgdl[kLeadField]));
    }
    return b;
  }
  bool scores() const { return factor > 0 || lead_factor > 0; }
};

// True when the positions of `lists` (one per phrase word, in order, word w at `offsets[w]`
// after the first) hold the phrase; *freq counts its occurrences.
bool MatchPhrase(std::vector<std::pair<const std::uint32_t*, std::uint32_t>>& lists,
                 const std::vector<std::uint32_t>& offsets, std::uint32_t* freq) {
  *freq = 0;
  std::vector<std::uint32_t> at(lists.size(), 0);
  for (std::uint32_t i = 0; i < lists[0].second; ++i) {
    const std::uint32_t start = lists[0].first[i];
    bool ok = true;
    for (std::size_t w = 1; w < lists.size() && ok; ++w) {
      const std::uint32_t want = start + offsets[w];
      auto& [p, n] = lists[w];
      while (at[w] < n && p[at[w]] < want) ++at[w];
      ok = at[w] < n && p[at[w]] == want;
    }
    if (ok) ++*freq;
  }
  return *freq > 0;
}

class SegmentSearch {
 public:
  SegmentSearch(const Plan& plan, const RankingOptions& opt, const SegmentView& view,
                std::uint32_t seg_index, TopK* top, std::uint64_t* total)
      : plan_(plan), opt_(opt), view_(view), r_(*view.reader), seg_(seg_index), top_(top), total_(total) {}

  void Run() {
    for (int f = 0; f < kNumFields; ++f) {
      const float avgdl = plan_.avgdl[f] > 0 ? plan_.avgdl[f] : 1.0F;
      // Bm25LengthNorm(dl) = a + b * dl.
      const float a = opt_.bm25[f].k1 * (1.0F - opt_.bm25[f].b);
      const float b = opt_.bm25[f].k1 * opt_.bm25[f].b / avgdl;
      norm_tables_[f] = r_.LengthNorms(static_cast<Field>(f), a, b);
      length_norms_[f] = norm_tables_[f]->data();
    }
    if (!Open()) return;
    if (plan_.filter_only) {
      RunFilterScan();
    } else if (!plan_.must_groups.empty()) {
      RunConjunctive();
    } else {
      RunMaxScore();
    }
  }

 private:
  bool OpenCursor(const std::string& key, Cursor* c, std::uint32_t form = kAllForms) {
    return OpenCursor(key, r_.dict().Find(key), c, form);
  }
  // The list of `term` (its kind) with dictionary entry `info`.
  bool OpenCursor(std::string_view term, const std::optional<TermInfo>& info, Cursor* c,
                  std::uint32_t form = kAllForms) {
    if (!info) return false;
    // Checked at open by crc.
    if (!c->pc.Init(r_.Postings(*info), info->df, ListKindOf(term), r_.LengthsOf(term[0]), form).ok()) return false;
    return c->pc.doc() != kNoMoreDocs;
  }
  // Any term's cursors: one, or for an exact-view term one per stem it is a form of here,
  // each walking the stem's documents that have the form.
  void OpenTermCursors(const std::string& key, const std::optional<TermInfo>& info, std::vector<Cursor>* out) {
    if (!info) return;
    if (!SpaceIsExactView(key[0])) {
      Cursor c;
      if (OpenCursor(key, info, &c)) out->push_back(std::move(c));
      return;
    }
    if (!DecodeFormRefs(std::string_view(key).substr(1), r_.Postings(*info), &refs_)) return;
    for (const FormRef& ref : refs_) {
      Cursor c;
      if (OpenCursor(MakeTerm(StemSpaceOf(key[0]), ref.stem), &c, ref.form)) {
        out->push_back(std::move(c));
      }
    }
  }

  // Opens the cursors this segment has; false when nothing here can match.
  bool Open() {
    cursor_of_term_.assign(plan_.terms.size(), -1);
    cursors_.reserve(plan_.terms.size());
    std::vector<Cursor> opened;
    // Exact-view terms, then lead terms, last: they attach to their stem's cursor (the
    // body stem's, for the lead).
    for (int pass = 0; pass < 3; ++pass) {
      for (std::size_t t = 0; t < plan_.terms.size(); ++t) {
        const TermSpec& spec = plan_.terms[t];
        const int kind = SpaceIsExactView(spec.key[0]) ? 1 : spec.key[0] == kLeadSpace ? 2 : 0;
        if (kind != pass) continue;
        if (pass == 1 && AttachExactForm(spec)) continue;
        opened.clear();
        if (pass == 2) {
          if (AttachLead(spec, static_cast<int>(t))) continue;
        } else {
          OpenTermCursors(spec.key, InfoOf(spec), &opened);
        }
        for (Cursor& c : opened) {
          c.term = static_cast<int>(t);
          c.factor = spec.factor;
          c.field = spec.field;
          c.params = &opt_.bm25[c.field < 0 ? 0 : c.field];
          c.avgdl = plan_.avgdl;
          c.ub = c.factor > 0 ? c.Bound(c.pc.list_impact()) : 0;
          if (cursor_of_term_[t] < 0) cursor_of_term_[t] = static_cast<int>(cursors_.size());
          cursors_.push_back(std::move(c));
        }
      }
    }
    for (const auto& group : plan_.must_groups) {
      std::vector<int> g;
      for (int t : group) {
        for (std::size_t i = 0; i < cursors_.size(); ++i) {
          if (cursors_[i].term == t) g.push_back(static_cast<int>(i));
        }
      }
      if (g.empty()) return false;
      groups_.push_back(std::move(g));
    }
    for (const std::string& key : plan_.excluded) OpenTermCursors(key, r_.dict().Find(key), &excluded_);
    phrase_cursors_.resize(plan_.phrases.size());
    for (std::size_t p = 0; p < plan_.phrases.size(); ++p) {
      const PhraseSpec& ph = plan_.phrases[p];
      for (int f = 0; f < kNumFields; ++f) {
        if (!FieldHasPositions(static_cast<Field>(f))) continue;
        std::vector<Cursor> cs(ph.stems.size());
        bool all = true;
        for (std::size_t w = 0; w < ph.stems.size() && all; ++w) {
          all = OpenCursor(MakeTerm(TextSpace(static_cast<Field>(f), View::kStem), ph.stems[w]), &cs[w]);
        }
        if (all) phrase_cursors_[p][f] = std::move(cs);
      }
      if (ph.occur == Occur::kShould) {
        for (int f = 0; f < kNumFields; ++f) {
          if (!phrase_cursors_[p][f].empty()) addon_ub_ += ph.factor[f];
        }
      } else if (ph.occur == Occur::kMust) {
        bool any = false;
        for (const auto& cs : phrase_cursors_[p]) any = any || !cs.empty();
        if (!any) return false;
      }
    }
    const ParsedQuery& q = *plan_.query;
    if (!q.sources.empty()) {
      source_ok_.assign(r_.source_table().size(), false);
      for (std::size_t i = 0; i < r_.source_table().size(); ++i) {
        for (const std::string& s : q.sources) {
          const std::string& have = r_.source_table()[i];
          if (have.size() == s.size() &&
              std::equal(have.begin(), have.end(), s.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
              })) {
            source_ok_[i] = true;
          }
        }
      }
      if (std::find(source_ok_.begin(), source_ok_.end(), true) == source_ok_.end()) return false;
    }
    for (std::size_t i = 0; i < cursors_.size(); ++i) {
      if (cursors_[i].scores()) scorers_.push_back(static_cast<int>(i));
    }
    only_deletes_ = plan_.only_ids == nullptr && source_ok_.empty() && !q.date && excluded_.empty() &&
                    std::all_of(plan_.phrases.begin(), plan_.phrases.end(),
                                [](const PhraseSpec& ph) { return ph.occur == Occur::kShould; });
    return true;
  }

  std::optional<TermInfo> InfoOf(const TermSpec& spec) const {
    return seg_ < spec.infos.size() ? spec.infos[seg_] : r_.dict().Find(spec.key);
  }

  // An exact-view term whose word's stem is in the query is scored from that stem's
  // cursor, where the stem occurs (true; nothing when the form does not occur under it
  // here). False: it has no stem cursor here, and is opened on its own.
  bool AttachExactForm(const TermSpec& spec) {
    if (spec.probe_of < 0 || cursor_of_term_[spec.probe_of] < 0) return false;
    Cursor& stem = cursors_[cursor_of_term_[spec.probe_of]];
    const std::optional<TermInfo> info = InfoOf(spec);
    if (!info || spec.factor <= 0 || !stem.pc.has_forms()) return true;
    const std::string_view norm = std::string_view(spec.key).substr(1);
    const std::string_view stem_bytes = std::string_view(plan_.terms[spec.probe_of].key).substr(1);
    if (!DecodeFormRefs(norm, r_.Postings(*info), &refs_)) return true;
    Cursor::ExactForm x;
    x.factor = spec.factor;
    bool found = false;
    for (const FormRef& ref : refs_) {
      if (ref.stem == stem_bytes) {
        x.form = ref.form;
        found = true;
        continue;
      }
      Cursor other;
      if (!OpenCursor(MakeTerm(StemSpaceOf(spec.key[0]), ref.stem), &other, ref.form)) continue;
      x.others_max_tf += other.pc.list_impact().max_tf;
      x.others.push_back(static_cast<int>(form_probes_.size()));
      form_probes_.push_back(std::move(other));
    }
    if (!found) return true;
    stem.exact.push_back(std::move(x));
    if (stem.factor > 0) stem.ub = stem.Bound(stem.pc.list_impact());
    return true;
  }

  // A lead term is scored from its body stem's cursor (its infos are the body stem's
  // entries), where that stem occurs; nothing when the stem is not in this segment. Without
  // the body stem term in the query (a lead-only ranking), a cursor of the body stem list
  // that scores the lead alone. Always true: a lead term opens no cursor of its own.
  bool AttachLead(const TermSpec& spec, int t) {
    const std::optional<TermInfo> info = InfoOf(spec);
    if (!info || spec.factor <= 0) return true;
    const std::string body = LeadBodyTerm(spec.key);
    const auto it = plan_.index.find(body);
    Cursor* c = nullptr;
    if (it != plan_.index.end() && cursor_of_term_[it->second] >= 0) {
      c = &cursors_[cursor_of_term_[it->second]];
    } else {
      Cursor own;
      if (!OpenCursor(body, info, &own)) return true;
      own.term = t;
      own.field = static_cast<int>(Field::kBody);
      own.params = &opt_.bm25[own.field];
      own.avgdl = plan_.avgdl;
      if (cursor_of_term_[t] < 0) cursor_of_term_[t] = static_cast<int>(cursors_.size());
      cursors_.push_back(std::move(own));
      c = &cursors_.back();
    }
    if (!c->pc.has_lead()) return true;
    c->lead_factor = spec.factor;
    c->lead_params = &opt_.bm25[static_cast<int>(Field::kLead)];
    c->ub = c->Bound(c->pc.list_impact());
    return true;
  }

  // Deleted, filtered out, excluded, or missing a required phrase.
  bool Rejected(std::uint32_t doc) {
    if (view_.IsDeleted(doc)) return true;
    if (plan_.only_ids != nullptr &&
        !std::binary_search(plan_.only_ids->begin(), plan_.only_ids->end(), r_.doc_id(doc), std::less<>())) {
      return true;
    }
    const ParsedQuery& q = *plan_.query;
    if (!source_ok_.empty() && !source_ok_[r_.source_code(doc)]) return true;
    if (q.date) {
      auto d = r_.date(doc);
      if (!d || (q.date->from && *d < *q.date->from) || (q.date->to && *d >= *q.date->to)) return true;
    }
    for (Cursor& c : excluded_) {
      c.pc.Advance(doc);
      if (c.pc.doc() == doc) return true;
    }
    for (std::size_t p = 0; p < plan_.phrases.size(); ++p) {
      const Occur occ = plan_.phrases[p].occur;
      if (occ == Occur::kShould) continue;
      std::uint32_t freq[kNumFields];
      const bool has = PhraseFreq(p, doc, freq);
      if ((occ == Occur::kMust) != has) return true;
    }
    return false;
  }

  // Phrase occurrences per field in `doc`; true when any.
  bool PhraseFreq(std::size_t p, std::uint32_t doc, std::uint32_t* freq) {
    bool any = false;
    for (int f = 0; f < kNumFields; ++f) {
      freq[f] = 0;
      auto& cs = phrase_cursors_[p][f];
      if (cs.empty()) continue;
      bool all = true;
      for (Cursor& c : cs) {
        c.pc.Advance(doc);
        all = all && c.pc.doc() == doc;
      }
      if (!all) continue;
      lists_.clear();
      const std::vector<std::uint32_t>& lens = r_.field_lengths(static_cast<Field>(f));
      for (Cursor& c : cs) lists_.emplace_back(c.pc.Positions(lens), c.pc.freq());
      if (MatchPhrase(lists_, plan_.phrases[p].offsets, &freq[f])) any = true;
    }
    return any;
  }

  float Norm(int field, std::uint32_t doc) {
    return length_norms_[field][doc];
  }

  // The score of c (its term, exact forms and lead) at its current document: the lead's
  // share added in double, as when it was a list of its own (so scores are unchanged).
  double ScoreAt(Cursor& c, float norm) {
    float s = Bm25Score(c.factor, c.pc.freq(), norm);
    for (const Cursor::ExactForm& x : c.exact) {
      std::uint32_t tf = c.pc.FormFreq(x.form);
      for (int o : x.others) {
        PostingCursor& pc = form_probes_[o].pc;
        pc.Advance(c.pc.doc());
        if (pc.doc() == c.pc.doc()) tf += pc.freq();
      }
      if (tf > 0) s += Bm25Score(x.factor, tf, norm);
    }
    double total = s;
    if (c.lead_factor > 0) {
      const std::uint32_t tf = c.pc.LeadTf();
      constexpr int kLeadField = static_cast<int>(Field::kLead);
      if (tf > 0) total += Bm25Score(c.lead_factor, tf, length_norms_[kLeadField][c.pc.doc()]);
    }
    return total;
  }
  double ScoreAt(Cursor& c) { return ScoreAt(c, c.field < 0 ? 1.0F : norms_[c.field]); }

  float PhraseBonus(std::uint32_t doc) {
    float s = 0;
    for (std::size_t p = 0; p < plan_.phrases.size(); ++p) {
      const PhraseSpec& ph = plan_.phrases[p];
      if (ph.occur == Occur::kMustNot) continue;
      std::uint32_t freq[kNumFields];
      if (!PhraseFreq(p, doc, freq)) continue;
      for (int f = 0; f < kNumFields; ++f) {
        if (freq[f] > 0) s += Bm25Score(ph.factor[f], freq[f], norms_[f]);
      }
    }
    return s;
  }

  void Collect(std::uint32_t doc, float score) {
    ++*total_;
    top_->Push(Candidate{score, seg_, doc});
  }

  void SetNorms(std::uint32_t doc) {
    for (int f = 0; f < kNumFields; ++f) norms_[f] = Norm(f, doc);
  }

  // MaxScore over the scorers in windows of kWindow documents (as Lucene's
  // MaxScoreBulkScorer): per window, each list's bound is the best block bound in the
  // window; the lists whose summed bounds cannot beat the threshold are non-essential.
  // Essential lists are scored term-at-a-time into an accumulator; each document they
  // reach then probes the non-essential lists, best bound first, until its bound falls
  // below the threshold.
  static constexpr std::uint32_t kWindow = 4096;
  // SeedThreshold's budget: the postings it may read. On the first 300 news-known-item dev
  // queries 1,024 cost the fewest instructions of 0 to 4,096 (docs/search.md): a larger
  // budget costs more than its higher bound saves.
  static constexpr std::uint64_t kSeedPostings = 1024;

  // Every document that passes the filters, scored 0 and ordered by date (undated last).
  void RunFilterScan() {
    for (std::uint32_t doc = 0; doc < r_.num_docs(); ++doc) {
      if (Rejected(doc)) continue;
      ++*total_;
      const std::optional<std::int64_t> date = r_.date(doc);
      top_->Push(Candidate{0, seg_, doc, date ? *date : std::numeric_limits<std::int64_t>::min()});
    }
  }

  // A lower bound of this segment's k-th best score, found before MaxScore starts so that
  // its first window is not scored exhaustively (the heap fills only as it goes): the
  // documents of the lists with the highest bounds, up to kSeedPostings postings in all,
  // each scored by those lists alone (a part of its score, every share being >= 0); the
  // k-th best of these partial scores. -1 when fewer than k documents are found, or when
  // rejecting a document moves cursors (excluded words, required or excluded phrases).
  // Only documents whose bound falls below it are pruned by it, so the top k and its
  // scores are the same as without it.
  float SeedThreshold() {
    if (top_->k == 0 || !excluded_.empty()) return -1.0F;
    for (const PhraseSpec& ph : plan_.phrases) {
      if (ph.occur != Occur::kShould) return -1.0F;
    }
    std::vector<int> by_bound = scorers_;
    std::sort(by_bound.begin(), by_bound.end(), [this](int a, int b) { return cursors_[a].ub > cursors_[b].ub; });
    std::uint64_t postings = 0;
    seed_cursors_.clear();
    for (int ci : by_bound) {
      const Cursor& c = cursors_[ci];
      if (postings + c.pc.df() > kSeedPostings) break;
      postings += c.pc.df();
      seed_cursors_.push_back(c);  // a copy, at its first document
      seed_cursors_.back().exact.erase(
          std::remove_if(seed_cursors_.back().exact.begin(), seed_cursors_.back().exact.end(),
                         [](const Cursor::ExactForm& x) { return !x.others.empty(); }),
          seed_cursors_.back().exact.end());
    }
    if (postings < top_->k) return -1.0F;
    std::vector<float> partial;
    while (true) {
      std::uint32_t doc = kNoMoreDocs;
      for (const Cursor& c : seed_cursors_) doc = std::min(doc, c.pc.doc());
      if (doc == kNoMoreDocs) break;
      double score = 0;
      for (Cursor& c : seed_cursors_) {
        if (c.pc.doc() != doc) continue;
        score += ScoreAt(c, length_norms_[c.field][doc]);
        c.pc.Next();
      }
      if (!(only_deletes_ ? view_.IsDeleted(doc) : Rejected(doc))) partial.push_back(static_cast<float>(score));
    }
    if (partial.size() < top_->k) return -1.0F;
    std::nth_element(partial.begin(), partial.begin() + static_cast<std::ptrdiff_t>(top_->k - 1), partial.end(),
                     std::greater<>());
    return partial[top_->k - 1] * (1.0F - 1e-6F);
  }

  void RunMaxScore() {
    const std::size_t n = scorers_.size();
    if (n == 0) return;
    std::vector<int> order(n);
    std::vector<float> wub(cursors_.size(), 0), cum(n);
    acc_.assign(kWindow, 0.0);
    std::uint64_t seen[kWindow / 64];
    const std::uint32_t num_docs = r_.num_docs();
    const float seed = SeedThreshold();
    for (int ci : scorers_) {
      Cursor& c = cursors_[ci];
      c.block_ub.resize(c.pc.num_blocks());
      for (std::size_t b = 0; b < c.block_ub.size(); ++b) c.block_ub[b] = c.Bound(c.pc.block_impact(b));
    }
    for (std::uint32_t ws = 0; ws < num_docs; ws += kWindow) {
      const std::uint32_t we = std::min<std::uint64_t>(num_docs, std::uint64_t{ws} + kWindow);
      float theta = std::max(seed, top_->threshold());
      for (int ci : scorers_) {
        const Cursor& c = cursors_[ci];
        wub[ci] = c.pc.MaxBlockBound(ws, we, c.block_ub.data());
      }
      order = scorers_;
      std::sort(order.begin(), order.end(), [&wub](int a, int b) { return wub[a] < wub[b]; });
      float sum = addon_ub_;
      for (std::size_t i = 0; i < n; ++i) {
        sum += wub[order[i]];
        cum[i] = sum;
      }
      std::size_t first_essential = 0;
      while (first_essential < n && cum[first_essential] <= theta) ++first_essential;
      if (first_essential == n) continue;  // nothing in this window can enter the top k
      // Essential lists, term at a time.
      std::fill(std::begin(seen), std::end(seen), 0);
      for (std::size_t i = first_essential; i < n; ++i) {
        Cursor& c = cursors_[order[i]];
        if (wub[order[i]] <= 0) continue;
        c.pc.Advance(ws);
        const float* norms = length_norms_[c.field];
        for (std::uint32_t d = c.pc.doc(); d < we; c.pc.Next(), d = c.pc.doc()) {
          const std::uint32_t slot = d - ws;
          const std::uint64_t bit = std::uint64_t{1} << (slot & 63);
          if ((seen[slot >> 6] & bit) == 0) {
            seen[slot >> 6] |= bit;
            acc_[slot] = 0;
          }
          acc_[slot] += ScoreAt(c, norms[d]);
        }
      }
      const float non_essential = first_essential > 0 ? cum[first_essential - 1] : addon_ub_;
      for (std::uint32_t w = 0; w < kWindow / 64; ++w) {
        for (std::uint64_t bits = seen[w]; bits != 0; bits &= bits - 1) {
          const std::uint32_t slot = w * 64 + static_cast<std::uint32_t>(__builtin_ctzll(bits));
          const std::uint32_t doc = ws + slot;
          double score = acc_[slot];
          theta = std::max(seed, top_->threshold());
          if (score + non_essential <= theta || (only_deletes_ ? view_.IsDeleted(doc) : Rejected(doc))) continue;
          bool pruned = false;
          bool norms_set = false;
          for (std::size_t j = first_essential; j-- > 0;) {
            const float rest = j > 0 ? cum[j - 1] : addon_ub_;
            if (score + rest + wub[order[j]] <= theta) {
              pruned = true;
              break;
            }
            Cursor& c = cursors_[order[j]];
            if (c.pc.doc() < doc) {
              const std::size_t b = c.pc.ShallowBlockIndex(doc);
              if (b == c.block_ub.size()) continue;
              if (score + rest + c.block_ub[b] <= theta) continue;  // block too weak
              c.pc.Advance(doc);
            }
            if (c.pc.doc() == doc) {
              if (!norms_set) {
                SetNorms(doc);
                norms_set = true;
              }
              score += ScoreAt(c);
            }
          }
          if (pruned) continue;
          if (addon_ub_ > 0 && score + addon_ub_ > theta) {
            if (!norms_set) SetNorms(doc);
            score += PhraseBonus(doc);
          }
          if (score > 0) Collect(doc, static_cast<float>(score));
        }
      }
    }
  }

  // Candidates come from the required group with the fewest postings.
  void RunConjunctive() {
    std::size_t driver = 0;
    std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      std::uint64_t df = 0;
      for (int ci : groups_[g]) df += cursors_[ci].pc.df();
      if (df < best) {
        best = df;
        driver = g;
      }
    }
    float all_ub = addon_ub_;
    for (int ci : scorers_) all_ub += cursors_[ci].ub;
    while (true) {
      std::uint32_t doc = kNoMoreDocs;
      for (int ci : groups_[driver]) doc = std::min(doc, cursors_[ci].pc.doc());
      if (doc == kNoMoreDocs) break;
      bool ok = true;
      for (std::size_t g = 0; g < groups_.size() && ok; ++g) {
        if (g == driver) continue;
        bool any = false;
        for (int ci : groups_[g]) {
          cursors_[ci].pc.Advance(doc);
          any = any || cursors_[ci].pc.doc() == doc;
        }
        ok = any;
      }
      if (ok && !Rejected(doc)) {
        const float theta = top_->threshold();
        if (all_ub > theta) {
          SetNorms(doc);
          double score = 0;
          for (int ci : scorers_) {
            Cursor& c = cursors_[ci];
            c.pc.Advance(doc);
            if (c.pc.doc() == doc) score += ScoreAt(c);
          }
          if (addon_ub_ > 0) score += PhraseBonus(doc);
          Collect(doc, static_cast<float>(score));
        } else {
          ++*total_;
        }
      }
      for (int ci : groups_[driver]) {
        if (cursors_[ci].pc.doc() == doc) cursors_[ci].pc.Next();
      }
    }
  }

  const Plan& plan_;
  const RankingOptions& opt_;
  const SegmentView& view_;
  const SegmentReader& r_;
  std::uint32_t seg_;
  TopK* top_;
  std::uint64_t* total_;
  std::vector<Cursor> cursors_;
  std::vector<int> cursor_of_term_;
  std::vector<int> scorers_;
  std::vector<std::vector<int>> groups_;
  std::vector<Cursor> excluded_;
  // Rejected(doc) is IsDeleted(doc): no filter, excluded word or required phrase.
  bool only_deletes_ = false;
  std::vector<std::array<std::vector<Cursor>, kNumFields>> phrase_cursors_;
  std::vector<std::pair<const std::uint32_t*, std::uint32_t>> lists_;
  std::vector<bool> source_ok_;
  std::vector<FormRef> refs_;
  std::vector<Cursor> form_probes_;  // exact forms' occurrences under other stems
  float addon_ub_ = 0;
  float norms_[kNumFields] = {1, 1, 1};
  // The segment's per-document Bm25LengthNorm of its length, per field (LengthNorms).
  std::shared_ptr<const std::vector<float>> norm_tables_[kNumFields];
  const float* length_norms_[kNumFields] = {nullptr, nullptr, nullptr};
  // A document's score is summed in double: its float shares (a few dozen, in practice
  // within 2^20 of each other, so their 24-bit mantissas fit a double's 53 bits) add
  // exactly, and the sum does not depend on the order the lists are visited in, which
  // pruning changes (which lists are essential in a window).
  std::vector<double> acc_;
  std::vector<Cursor> seed_cursors_;  // SeedThreshold's copies
};

}  // namespace

Searcher::Searcher(const text::Analyzer& analyzer, RankingOptions options, const QueryVariants& variants)
    : analyzer_(analyzer), options_(options), variants_(variants) {}

SearchResults Searcher::Search(const Snapshot& snapshot, std::string_view query,
                               const SearchOptions& options) const {
  const ParsedQuery parsed = ParseQuery(query);
  return Search(snapshot, parsed, options);
}

SearchResults Searcher::Search(const Snapshot& snapshot, const ParsedQuery& query,
                               const SearchOptions& options) const {
  SearchResults out;
  out.warnings = query.warnings;
  Plan plan;
  plan.query = &query;
  plan.only_ids = options.only_ids;
  if (options.only_ids != nullptr && options.only_ids->empty()) return out;  // nothing allowed
  text::TextAnalysis a;
  // Words of each clause, as (norm, stem, key), and which are stopwords (*stop, beside).
  auto analyse = [&](const std::string& s, std::vector<bool>* stop) {
    std::vector<QueryWord> words;
    stop->clear();
    analyzer_.Analyze(s, &a);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      if (!IsIndexed(a.tokens[i].token.kind) || a.norm(i).empty()) continue;
      words.push_back(QueryWord{std::string(a.norm(i)), std::string(a.stem(i)), std::string(a.key(i)), false});
      stop->push_back(stopwords_.Contains(a.stem(i)));  // as ListKindOf decides the list's kind
    }
    return words;
  };
  auto add_word = [&](const QueryWord& w, float scale) {
    std::vector<int> group;
    for (int f = 0; f < kNumFields; ++f) {
      const auto field = static_cast<Field>(f);
      const std::string* bytes[kNumViews] = {&w.norm, &w.stem, &w.key};
      int ids[kNumViews] = {-1, -1, -1};
      for (int v = 0; v < kNumViews; ++v) {
        if (!FieldHasView(field, static_cast<View>(v))) continue;
        const float weight = scale * options_.field_weight[f] * options_.view_weight[v];
        if (weight <= 0) continue;
        ids[v] = plan.AddTerm(MakeTerm(TextSpace(field, static_cast<View>(v)), *bytes[v]), weight, f);
        group.push_back(ids[v]);
      }
      const int exact = ids[static_cast<int>(View::kExact)], stem = ids[static_cast<int>(View::kStem)];
      if (exact >= 0 && stem >= 0 && plan.terms[exact].probe_of < 0) plan.terms[exact].probe_of = stem;
    }
    return group;
  };
  // The stems of w's other forms (QueryVariants), as lighter stem-view terms; scored only,
  // never required.
  std::vector<std::string> forms, stems;
  std::vector<std::optional<TermInfo>> body_infos;
  std::string joined;
  text::TextAnalysis va;
  auto add_variants = [&](const QueryWord& w) {
    if (options_.variant_weight <= 0 || w.prefix) return;
    forms.clear();
    variants_.Expand(w.norm, &forms);
    if (forms.empty()) return;
    joined.clear();
    for (const std::string& v : forms) joined.append(v).push_back(' ');
    analyzer_.Analyze(joined, &va);
    stems.clear();
    for (std::size_t i = 0; i < va.tokens.size(); ++i) {
      if (!IsIndexed(va.tokens[i].token.kind) || va.norm(i).empty()) continue;
      const std::string_view s = va.stem(i);
      if (s == w.stem || std::find(stems.begin(), stems.end(), s) != stems.end()) continue;
      stems.emplace_back(s);
    }
    // Most forms are not words: one body lookup rules them out (the lead holds only body
    // words; a form found in titles alone is dropped with them).
    for (const std::string& s : stems) {
      const std::string body = MakeTerm(TextSpace(Field::kBody, View::kStem), s);
      body_infos.clear();
      bool found = false;
      for (const SegmentView& sv : snapshot.segments) {
        body_infos.push_back(sv.reader->dict().Find(body));
        found = found || body_infos.back().has_value();
      }
      if (!found) continue;
      for (int f = 0; f < kNumFields; ++f) {
        const float weight = options_.variant_weight * options_.field_weight[f] *
                             options_.view_weight[static_cast<int>(View::kStem)];
        const int t =
            plan.AddTerm(MakeTerm(TextSpace(static_cast<Field>(f), View::kStem), s), weight, f);
        // The body entries just read serve the statistics below (no second look-up).
        if (static_cast<Field>(f) == Field::kBody && plan.terms[t].infos.empty()) {
          plan.terms[t].infos = body_infos;
        }
      }
    }
  };
  auto exclude_word = [&](const QueryWord& w) {
    for (int f = 0; f < kNumFields; ++f) {
      const auto field = static_cast<Field>(f);
      plan.excluded.push_back(MakeTerm(TextSpace(field, View::kStem), w.stem));
    }
  };
  // Prefix expansions over the exact view of every segment, most frequent first.
  auto expand_prefix = [&](const std::string& prefix) {
    std::vector<std::vector<int>> per_field(kNumFields);
    for (int f = 0; f < kNumFields; ++f) {
      const std::string start = MakeTerm(TextSpace(static_cast<Field>(f), View::kExact), prefix);
      std::unordered_map<std::string, std::uint64_t> found;
      for (const SegmentView& sv : snapshot.segments) {
        std::size_t scanned = 0;
        for (auto it = sv.reader->dict().Seek(start);
             it.Valid() && it.term().substr(0, start.size()) == start && scanned < 4096; it.Next(), ++scanned) {
          found[std::string(it.term())] += it.info().df;
        }
      }
      std::vector<std::pair<std::uint64_t, std::string>> ranked;
      for (auto& [t, df] : found) ranked.emplace_back(df, t);
      std::sort(ranked.begin(), ranked.end(), std::greater<>());
      if (ranked.size() > options_.max_prefix_terms) {
        out.warnings.push_back(prefix + "* matches many words; the " +
                               std::to_string(options_.max_prefix_terms) + " most frequent were used");
        ranked.resize(options_.max_prefix_terms);
      }
      float weight = 0;
      for (float v : options_.view_weight) weight += v;
      for (auto& [df, t] : ranked) {
        (void)df;
        per_field[f].push_back(plan.AddTerm(t, options_.field_weight[f] * weight, f));
      }
    }
    return per_field;
  };

  std::vector<bool> stop;
  // A phrase's stems (stopwords left out) and their places, relative to the first.
  auto phrase_of = [&](const std::vector<QueryWord>& words, Occur occur) {
    PhraseSpec ph;
    ph.occur = occur;
    ph.weight = options_.phrase_weight;
    std::uint32_t first = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (stop[i]) continue;
      if (ph.stems.empty()) first = static_cast<std::uint32_t>(i);
      ph.stems.push_back(words[i].stem);
      ph.offsets.push_back(static_cast<std::uint32_t>(i) - first);
    }
    return ph;
  };
  for (const QueryClause& c : query.clauses) {
    std::vector<QueryWord> words = analyse(c.text, &stop);
    if (words.empty()) continue;
    if (c.kind == QueryClause::Kind::kPrefix) {
      QueryWord last = words.back();
      words.pop_back();
      stop.pop_back();  // a prefix is expanded whatever it is
      last.prefix = true;
      if (c.occur == Occur::kMustNot) {
        for (auto& ids : expand_prefix(last.norm)) {
          for (int t : ids) plan.excluded.push_back(plan.terms[t].key);
          // Excluded expansions are not scored.
          for (int t : ids) plan.terms[t].weight = 0;
        }
        continue;
      }
      std::vector<int> group;
      for (auto& ids : expand_prefix(last.norm)) group.insert(group.end(), ids.begin(), ids.end());
      if (c.occur == Occur::kMust) plan.must_groups.push_back(group);
      out.words.push_back(last);
      if (words.empty()) continue;
    }
    const bool phrase = c.kind == QueryClause::Kind::kPhrase || words.size() > 1;
    // Stopwords are scored as any word (their lists keep documents, frequencies, forms and
    // lead); only a phrase cannot see them (no positions, format 9): it needs two other words.
    const auto kept = static_cast<std::size_t>(std::count(stop.begin(), stop.end(), false));
    if (phrase && kept < 2 && c.occur != Occur::kShould && kept < words.size()) {
      out.warnings.push_back("\"" + c.text + "\": stopwords (such as في and من) cannot be matched as a phrase; " +
                             (c.occur == Occur::kMust ? "its words are required instead"
                                                      : kept == 1 ? "documents with its other word are excluded"
                                                                  : "nothing is excluded"));
    }
    if (c.occur == Occur::kMustNot) {
      if (!phrase) {
        exclude_word(words[0]);
      } else if (kept > 0) {
        plan.phrases.push_back(phrase_of(words, Occur::kMustNot));
      }
      continue;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      const QueryWord& w = words[i];
      std::vector<int> group = add_word(w, 1.0F);
      // A required phrase's stopwords are gaps (any word there), not required words.
      const bool gap = phrase && kept >= 2 && stop[i];
      if (c.occur == Occur::kMust && !gap) plan.must_groups.push_back(std::move(group));
      out.words.push_back(w);
      add_variants(w);
    }
    // A phrase left with one word says no more than the word (required, if it must be).
    if (phrase && kept >= 2) plan.phrases.push_back(phrase_of(words, c.occur));
  }
  for (const std::string& e : query.entities) {
    plan.must_groups.push_back({plan.AddTerm(MakeTerm(kEntitySpace, e), 0, -1)});
  }
  plan.filter_only = plan.terms.empty() && plan.phrases.empty() &&
                     (options.only_ids != nullptr || !query.sources.empty() || query.date.has_value());

  // Statistics over the whole snapshot.
  const std::uint64_t n = snapshot.num_docs();
  for (int f = 0; f < kNumFields; ++f) {
    std::uint64_t total = 0;
    for (const SegmentView& sv : snapshot.segments) total += sv.reader->total_field_length(static_cast<Field>(f));
    plan.avgdl[f] = n > 0 ? static_cast<float>(static_cast<double>(total) / static_cast<double>(n)) : 1.0F;
  }
  auto global_df = [&](const std::string& key) {
    std::uint64_t df = 0;
    for (const SegmentView& sv : snapshot.segments) {
      if (auto info = sv.reader->dict().Find(key)) df += info->df;
    }
    return df;
  };
  for (std::size_t i = 0; i < plan.terms.size(); ++i) {
    TermSpec& t = plan.terms[i];
    // A lead term has no entry (segment format 6): its body stem's entries, whose lists
    // hold its frequencies and, in their header, its df. The body term comes first in the
    // plan (every field of a word is added in field order), so its entries are at hand.
    const bool lead = t.key[0] == kLeadSpace;
    if (t.infos.empty()) {
      const std::string key = lead ? LeadBodyTerm(t.key) : t.key;
      const auto body = lead ? plan.index.find(key) : plan.index.end();
      if (body != plan.index.end() && static_cast<std::size_t>(body->second) < i) {
        t.infos = plan.terms[body->second].infos;
      } else {
        t.infos.reserve(snapshot.segments.size());
        for (const SegmentView& sv : snapshot.segments) t.infos.push_back(sv.reader->dict().Find(key));
      }
    }
    for (std::size_t s = 0; s < t.infos.size(); ++s) {
      const std::optional<TermInfo>& info = t.infos[s];
      if (!info) continue;
      t.df += lead ? PostingCursor::LeadDfOf(snapshot.segments[s].reader->Postings(*info), info->df) : info->df;
    }
  }
  for (TermSpec& t : plan.terms) {
    const float k1p1 = options_.bm25[t.field < 0 ? 0 : t.field].k1 + 1.0F;
    t.factor = t.weight > 0 && t.df > 0 ? t.weight * Bm25Idf(n, t.df) * k1p1 : 0;
  }
  for (PhraseSpec& ph : plan.phrases) {
    for (int f = 0; f < kNumFields; ++f) {
      float idf = 0;
      for (const std::string& s : ph.stems) {
        idf += Bm25Idf(n, global_df(MakeTerm(TextSpace(static_cast<Field>(f), View::kStem), s)));
      }
      ph.factor[f] = ph.weight * options_.field_weight[f] * idf * (options_.bm25[f].k1 + 1.0F);
    }
  }

  TopK top{options.k, {}};
  std::uint64_t total = 0;
  for (std::uint32_t s = 0; s < snapshot.segments.size(); ++s) {
    SegmentSearch(plan, options_, snapshot.segments[s], s, &top, &total).Run();
  }
  std::sort(top.heap.begin(), top.heap.end(), Better);
  for (const Candidate& c : top.heap) {
    const SegmentReader& r = *snapshot.segments[c.seg].reader;
    out.hits.push_back(Hit{std::string(r.doc_id(c.doc)), c.score, r.date(c.doc),
                           std::string(r.source(c.doc)), c.seg, c.doc});
  }
  out.total = total;
  return out;
}

}  // namespace marsad::index
