// Segment merging; see segment_merger.h.
//
// Forms (docs/formats/index.md "Forms"): each input numbers a stem's forms by its own
// frequencies, so the merged stem list renumbers them by the merged (live) frequencies.
// An exact-view term's record names its form ids, but in dictionary order it comes
// before its field's stem lists; so a field's exact terms wait (their inputs' records
// read) while its stem lists are merged into a held buffer, and both are written when the
// field's stem space ends.
#include "marsad/index/segment_merger.h"

#include <algorithm>
#include <queue>
#include <unordered_map>

#include "marsad/index/exact_forms.h"
#include "marsad/index/postings.h"
#include "marsad/index/term_dict.h"

namespace marsad::index {
namespace {

// An exact-view term of the field being merged, until its record can be written.
struct PendingExact {
  std::string term;
  bool several_stems = false;   // its documents may repeat across stems: kept to count once
  std::uint32_t df = 0;         // when !several_stems
  std::vector<std::uint32_t> docs;  // when several_stems
  struct OutRef {
    std::string stem;
    std::uint32_t form;
    std::uint64_t count;
  };
  std::vector<OutRef> refs;
};

// One input's form of a stem: which pending exact term it is.
struct InputForm {
  std::size_t input;
  std::uint32_t form;
  std::uint32_t pending;
};

class Merger {
 public:
  explicit Merger(const std::vector<SegmentView>& inputs) : inputs_(inputs) {}

  Result<std::string> Run() {
    std::vector<std::vector<std::uint32_t>> remap(inputs_.size());
    for (std::size_t s = 0; s < inputs_.size(); ++s) {
      const SegmentReader& r = *inputs_[s].reader;
      remap[s].assign(r.num_docs(), kNoMoreDocs);
      for (std::uint32_t d = 0; d < r.num_docs(); ++d) {
        if (inputs_[s].IsDeleted(d)) continue;
        remap[s][d] = static_cast<std::uint32_t>(docs_.size());
        docs_.push_back(r.Record(d));
      }
    }
    remap_ = std::move(remap);
    // K-way merge of the dictionaries.
    std::vector<TermDict::Iterator> its;
    its.reserve(inputs_.size());
    for (const SegmentView& v : inputs_) its.push_back(v.reader->dict().Seek(""));
    using Head = std::pair<std::string, std::size_t>;
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heap;
    for (std::size_t s = 0; s < its.size(); ++s) {
      if (its[s].Valid()) heap.emplace(std::string(its[s].term()), s);
    }
    std::vector<std::size_t> group;
    std::vector<TermInfo> infos;
    while (!heap.empty()) {
      const std::string term = heap.top().first;
      group.clear();
      while (!heap.empty() && heap.top().first == term) {
        group.push_back(heap.top().second);
        heap.pop();
      }
      std::sort(group.begin(), group.end());  // keep input order: new ids increase
      infos.clear();
      for (std::size_t s : group) {
        infos.push_back(its[s].info());
        its[s].Next();
        if (its[s].Valid()) heap.emplace(std::string(its[s].term()), s);
      }
      const char space = term[0];
      if (held_space_ != 0 && space != held_space_ && space != StemSpaceOf(held_space_)) Flush();
      Status st;
      if (SpaceIsExactView(space)) {
        held_space_ = space;
        st = AddExact(term, group, infos);
      } else if (SpaceHasForms(space)) {
        st = AddStemWithForms(term, group, infos);
      } else {
        st = AddPlain(term, group, infos, &postings_, &dict_entries_);
      }
      if (!st.ok()) return st;
    }
    Flush();
    TermDictWriter dict;
    for (const Entry& e : dict_entries_) {
      if (Status st = dict.Add(e.term, e.info); !st.ok()) return st;
    }
    std::string dict_bytes;
    dict.Finish(&dict_bytes);
    return EncodeSegment(postings_, dict_bytes, docs_);
  }

 private:
  struct Entry {
    std::string term;
    TermInfo info;
  };

  Status Damaged(std::size_t s, const std::string& what) const {
    return Status::Corruption(inputs_[s].reader->path() + ": " + what);
  }

  // A list without forms: its live documents, renumbered.
  Status AddPlain(const std::string& term, const std::vector<std::size_t>& group,
                  const std::vector<TermInfo>& infos, std::string* out, std::vector<Entry>* entries) {
    const bool positional = SpaceHasPositions(term[0]);
    const int field = IsTextSpace(term[0]) ? static_cast<int>(FieldOfSpace(term[0])) : -1;
    w_.Start(positional);
    std::uint32_t df = 0;
    for (std::size_t g = 0; g < group.size(); ++g) {
      const std::size_t s = group[g];
      Status st = c_.Init(inputs_[s].reader->Postings(infos[g]), infos[g].df, ListKindOf(term),
                          inputs_[s].reader->LengthsOf(term[0]));
      if (!st.ok()) return Damaged(s, st.message());
      for (; c_.doc() != kNoMoreDocs; c_.Next()) {
        const std::uint32_t nd = remap_[s][c_.doc()];
        if (nd == kNoMoreDocs) continue;
        w_.Add(nd, c_.freq(),
               positional ? c_.Positions(inputs_[s].reader->field_lengths(static_cast<Field>(field))) : nullptr,
               field < 0 ? 1 : docs_[nd].len[field]);
        ++df;
      }
    }
    if (df == 0) return Status::Ok();  // every document with the term was deleted
    const std::uint64_t start = out->size();
    w_.Finish(out);
    entries->push_back(Entry{term, TermInfo{df, start, out->size() - start}});
    return Status::Ok();
  }

  // Reads the inputs' records of an exact-view term; it waits for its stems.
  Status AddExact(const std::string& term, const std::vector<std::size_t>& group,
                  const std::vector<TermInfo>& infos) {
    const auto index = static_cast<std::uint32_t>(pending_.size());
    PendingExact p;
    p.term = term;
    const std::string_view norm = std::string_view(term).substr(1);
    std::string first_stem;
    for (std::size_t g = 0; g < group.size(); ++g) {
      const std::size_t s = group[g];
      if (!DecodeFormRefs(norm, inputs_[s].reader->Postings(infos[g]), &refs_)) {
        return Damaged(s, "exact form record is damaged");
      }
      for (const FormRef& ref : refs_) {
        if (first_stem.empty() && !p.several_stems) first_stem = ref.stem;
        if (ref.stem != first_stem) p.several_stems = true;
        stem_forms_[ref.stem].push_back(InputForm{s, ref.form, index});
      }
    }
    pending_.push_back(std::move(p));
    return Status::Ok();
  }

  // A stem list with forms: the live occurrences, their forms renumbered by merged
  // frequency (ties by the form's bytes), written to the held buffer.
  Status AddStemWithForms(const std::string& term, const std::vector<std::size_t>& group,
                          const std::vector<TermInfo>& infos) {
    const std::string stem = term.substr(1);
    const int field = static_cast<int>(FieldOfSpace(term[0]));
    const bool positional = ListKindOf(term).positions;  // not a stopword's (format 9)
    const auto found = stem_forms_.find(stem);
    docs_out_.clear();
    pos_.clear();
    occ_.clear();
    lead_tfs_.clear();
    for (std::size_t g = 0; g < group.size(); ++g) {
      const std::size_t s = group[g];
      // This input's form ids -> pending exact terms.
      form_pending_.clear();
      if (found != stem_forms_.end()) {
        for (const InputForm& f : found->second) {
          if (f.input != s) continue;
          if (f.form >= form_pending_.size()) form_pending_.resize(f.form + 1, kNoMoreDocs);
          form_pending_[f.form] = f.pending;
        }
      }
      Status st = c_.Init(inputs_[s].reader->Postings(infos[g]), infos[g].df, ListKindOf(term),
                          inputs_[s].reader->LengthsOf(term[0]));
      if (!st.ok()) return Damaged(s, st.message());
      for (; c_.doc() != kNoMoreDocs; c_.Next()) {
        const std::uint32_t nd = remap_[s][c_.doc()];
        if (nd == kNoMoreDocs) continue;
        const std::uint32_t freq = c_.freq();
        lead_tfs_.push_back(c_.LeadTf());
        if (positional) {
          const std::uint32_t* pos = c_.Positions(inputs_[s].reader->field_lengths(static_cast<Field>(field)));
          pos_.insert(pos_.end(), pos, pos + freq);
        }
        const std::span<const FormTf> pairs = c_.FormPairs();
        for (const FormTf& p : pairs) {
          if (p.form >= form_pending_.size() || form_pending_[p.form] == kNoMoreDocs) {
            return Damaged(s, "a stem's form has no exact-view term");
          }
          occ_.push_back(FormTf{form_pending_[p.form], p.tf});
        }
        docs_out_.push_back(DocOut{nd, freq, static_cast<std::uint32_t>(pairs.size())});
      }
    }
    if (docs_out_.empty()) return Status::Ok();  // every document with the term was deleted
    // Merged frequencies of the forms; their new ids.
    if (count_.size() < pending_.size()) count_.resize(pending_.size(), 0);
    seen_.clear();
    for (const FormTf& o : occ_) {
      if (count_[o.form] == 0) seen_.push_back(o.form);
      count_[o.form] += o.tf;
    }
    std::sort(seen_.begin(), seen_.end(), [this](std::uint32_t a, std::uint32_t b) {
      if (count_[a] != count_[b]) return count_[a] > count_[b];
      return pending_[a].term < pending_[b].term;
    });
    for (std::uint32_t k = 0; k < seen_.size(); ++k) {
      pending_[seen_[k]].refs.push_back(PendingExact::OutRef{stem, k, count_[seen_[k]]});
      count_[seen_[k]] = k;  // now the new form id
    }
    // Document frequencies of the forms (a pair is one form in one document).
    std::size_t at = 0;
    for (const DocOut& d : docs_out_) {
      for (std::uint32_t i = 0; i < d.pairs; ++i) {
        PendingExact& p = pending_[occ_[at + i].form];
        if (p.several_stems) {
          p.docs.push_back(d.doc);
        } else {
          ++p.df;
        }
      }
      at += d.pairs;
    }
    for (FormTf& o : occ_) o.form = count_[o.form];
    for (std::uint32_t p : seen_) count_[p] = 0;
    const bool lead = SpaceHasLead(term[0]);
    w_.Start(positional, true, lead);
    at = 0;
    std::size_t pos_at = 0;
    constexpr int kLeadField = static_cast<int>(Field::kLead);
    for (std::size_t i = 0; i < docs_out_.size(); ++i) {
      const DocOut& d = docs_out_[i];
      // The new ids need not keep the input's order.
      const auto first = occ_.begin() + static_cast<std::ptrdiff_t>(at);
      std::sort(first, first + d.pairs, [](const FormTf& a, const FormTf& b) { return a.form < b.form; });
      w_.Add(d.doc, d.freq, positional ? pos_.data() + pos_at : nullptr, docs_[d.doc].len[field],
             occ_.data() + at, d.pairs, lead_tfs_[i], docs_[d.doc].len[kLeadField]);
      at += d.pairs;
      if (positional) pos_at += d.freq;
    }
    const std::uint64_t start = held_.size();
    const std::uint32_t df = w_.Finish(&held_);
    held_entries_.push_back(Entry{term, TermInfo{df, start, held_.size() - start}});
    return Status::Ok();
  }

  // Writes the waiting exact-view records, then the held stem lists after them.
  void Flush() {
    std::vector<FormRef> refs;
    for (PendingExact& p : pending_) {
      std::uint32_t df = p.df;
      if (p.several_stems) {
        std::sort(p.docs.begin(), p.docs.end());
        df = static_cast<std::uint32_t>(std::unique(p.docs.begin(), p.docs.end()) - p.docs.begin());
      }
      if (df == 0) continue;  // its documents were deleted
      std::sort(p.refs.begin(), p.refs.end(), [](const PendingExact::OutRef& a, const PendingExact::OutRef& b) {
        if (a.count != b.count) return a.count > b.count;
        return a.stem < b.stem;
      });
      refs.clear();
      for (const PendingExact::OutRef& r : p.refs) refs.push_back(FormRef{r.stem, r.form});
      const std::uint64_t start = postings_.size();
      EncodeFormRefs(std::string_view(p.term).substr(1), refs, &postings_);
      dict_entries_.push_back(Entry{p.term, TermInfo{df, start, postings_.size() - start}});
    }
    const std::uint64_t base = postings_.size();
    postings_.append(held_);
    for (Entry& e : held_entries_) {
      e.info.offset += base;
      dict_entries_.push_back(std::move(e));
    }
    pending_.clear();
    stem_forms_.clear();
    held_.clear();
    held_entries_.clear();
    count_.clear();
    held_space_ = 0;
  }

  struct DocOut {
    std::uint32_t doc;
    std::uint32_t freq;
    std::uint32_t pairs;  // its (form, tf) pairs in occ_
  };

  const std::vector<SegmentView>& inputs_;
  std::vector<std::vector<std::uint32_t>> remap_;
  std::vector<DocRecord> docs_;
  std::string postings_;
  std::vector<Entry> dict_entries_;
  PostingsWriter w_;
  PostingCursor c_;
  std::vector<FormRef> refs_;
  // The field whose exact terms wait (its exact-view space; 0: none).
  char held_space_ = 0;
  std::vector<PendingExact> pending_;
  std::unordered_map<std::string, std::vector<InputForm>> stem_forms_;
  std::string held_;
  std::vector<Entry> held_entries_;
  // Scratch of AddStemWithForms.
  std::vector<DocOut> docs_out_;
  std::vector<FormTf> occ_;  // each document's pairs: pending exact term, then new form id
  std::vector<std::uint32_t> pos_, form_pending_, seen_;
  std::vector<std::uint32_t> lead_tfs_;  // each document's lead-field frequency
  std::vector<std::uint32_t> count_;  // by pending exact term; 0 between stems
};

}  // namespace

Result<std::string> MergeSegmentFiles(const std::vector<SegmentView>& inputs) {
  return Merger(inputs).Run();
}

}  // namespace marsad::index
