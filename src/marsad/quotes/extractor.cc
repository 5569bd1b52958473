// Extractor: finding quotes and their speakers (see extractor.h and docs/quotes.md).
//
// One pass over the tokens in text order. Each cue (speech verb, participle, source word,
// passive verb) finds its speaker — the words after the verb up to a stop word, the words
// before it (الوزير قال), the person after عن for a relaying verb, or for a verb with no
// subject the previous speaker that agrees with it — and then its content: the quoted span,
// the clause after a complementizer or colon, or a prepositional complement. A cue with no
// content may attribute the quote right before it ("..."، قال X). Quoted spans no cue
// claimed are then taken as parts of the reported clause around them, or as continuations of
// the quote of the previous paragraph; the others (names, scare quotes) are not quotes.
//
// This file holds Extractor, AssignSpeakerEntities and the pass itself (ExtractionRun::Go,
// Emit); the rules the pass calls are in the files extraction_run.h names (docs/quotes.md,
// Layout).
#include "marsad/quotes/extractor.h"
#include "marsad/quotes/extraction_run.h"

namespace marsad::quotes {

std::string_view AttributionName(Attribution a) {
  switch (a) {
    case Attribution::kExplicit: return "explicit";
    case Attribution::kCarried: return "carried";
    case Attribution::kRelayed: return "relayed";
    case Attribution::kSource: return "source";
    case Attribution::kUnattributed: return "unattributed";
    case Attribution::kUnknown: return "unknown";
  }
  return "?";
}

std::string_view FoundName(Found f) {
  switch (f) {
    case Found::kAfterCue: return "after-cue";
    case Found::kBeforeCue: return "before-cue";
    case Found::kNested: return "nested";
    case Found::kContinuation: return "continuation";
  }
  return "?";
}

Result<Extractor> Extractor::Create(const text::Analyzer& analyzer, ExtractorOptions options) {
  MARSAD_ASSIGN_OR_RETURN(CueLexicon lexicon, CueLexicon::Embedded(analyzer.normalizer(), analyzer.stemmer()));
  return Extractor(std::move(lexicon), options);
}

Extractor::Extractor(CueLexicon lexicon, ExtractorOptions options)
    : lexicon_(std::move(lexicon)), options_(options) {}

ExtractScratch::ExtractScratch() : buffers_(std::make_unique<Buffers>()) {}
ExtractScratch::~ExtractScratch() = default;

void AssignSpeakerEntities(const std::vector<doc::Mention>& mentions, std::vector<doc::Quote>* quotes) {
  for (doc::Quote& q : *quotes) {
    if (!q.speaker.mention) continue;
    const ByteSpan words = *q.speaker.mention;
    int best_rank = -1;
    const doc::Mention* best = nullptr;
    for (const doc::Mention& m : mentions) {
      // Round 34: or a mention one glued letter longer (لهيئة الأركان for the speaker هيئة
      // الأركان: the extractor cut the ل of a statement's author; Arabic letters are 2 bytes).
      const bool glued = m.span.begin + 2 == words.begin && m.span.end <= words.end && m.span.end > words.begin;
      if (!words.Contains(m.span) && !glued) continue;
      const int rank = SpeakerMentionRank(m);
      if (rank > best_rank || (rank == best_rank && best != nullptr && m.span.begin > best->span.begin)) {
        best_rank = rank;
        best = &m;
      }
    }
    if (best != nullptr && best->entity) q.speaker.entity = best->entity;
  }
}

void ExtractionRun::Emit(const Complement& c, const Who& who, QuoteTrace trace) {
  if (c.kind == Complement::kQuoted) {
    ClaimSpan(c.span, who, trace);
    return;
  }
  if (c.kind != Complement::kReported) return;
  Range r = c.content;
  // Content that is one quoted span (قال إن "...") is a direct quote.
  if (OpenSpan(r.first) >= 0 && spans_[OpenSpan(r.first)].closed()) {
    const QuotedSpan& s = spans_[OpenSpan(r.first)];
    bool only = true;
    for (std::uint32_t t = s.close + 1; t < r.end && only; ++t) only = !Wordish(t);
    if (only && s.words > 1) {
      ClaimSpan(OpenSpan(r.first), who, trace);
      return;
    }
  }
  std::uint32_t words = 0;
  for (std::uint32_t t = r.first; t < r.end; ++t) words += Wordish(t) ? 1 : 0;
  if (words < opt_.min_reported_words) return;
  reported_.push_back({r, who, trace});
}

// Round 40: a quote inside a quote with the same marks (quote_marks.cc: opened after a word and
// a colon inside the open quote) holds another speaker's words (held-out 30's call 3): it goes
// to the subject the cue before the colon names inside the outer quote ("... فقال لي الطبيب سالم:
// "...""), else to no one — never to the outer quote's speaker, whose reported clause would
// claim it below (unnamed inner speakers are left out, held-outs 30-33). Nothing is remembered:
// the speakers after the outer quote carry on from its speaker.
void ExtractionRun::ClaimInnerQuotes() {
  for (std::size_t s = 0; s < spans_.size(); ++s) {
    const QuotedSpan& q = spans_[s];
    if (!q.inner_after_colon || q.parent < 0) continue;
    if (q.words < opt_.min_nested_words || NameLike(static_cast<std::int32_t>(s))) continue;
    const std::uint32_t outer_first = spans_[q.parent].first;
    // The cue: within six words before the colon, inside the outer quote, and the speaker a
    // name the tagger found between the cue and the colon (فقال لنا الطبيب خالد الحسن:). The
    // verb's own reading stops at the outer quote's words and gives the carried speaker.
    for (std::uint32_t t = q.open - 1; t-- > outer_first && t + 8 > q.open;) {
      if (!Is(t, kSpeechVerb)) continue;
      for (const doc::Mention& men : mentions_) {
        if (men.first_token > t && men.end_token < q.open && men.kind == doc::MentionKind::kName &&
            men.type == doc::EntityType::kPerson) {
          Who who = CarriedFromMention(men, W(t)->agreement);
          who.how = Attribution::kExplicit;
          claims_[s] = {true, who, {t, Found::kAfterCue, who.how}};
          break;
        }
      }
      break;
    }
  }
}

std::vector<doc::Quote> ExtractionRun::Go(std::vector<QuoteTrace>* trace) {
  std::vector<doc::Quote> out;
  if (n_ == 0) return out;
  // Per-token tables.
  cue_.assign(n_, &kNotLookedUp);  // looked up when first asked (W): most never are

  ParagraphOfTokens(text_, toks_, &para_);
  spans_ = FindQuotedSpans(text_, a_, para_);
  if (!spans_.empty()) {
    open_span_.assign(n_, -1);
    close_span_.assign(n_, -1);
    inside_.assign(n_, -1);
    for (std::size_t s = 0; s < spans_.size(); ++s) {
      const QuotedSpan& q = spans_[s];
      open_span_[q.open] = static_cast<std::int32_t>(s);
      if (q.closed()) {
        close_span_[q.close] = static_cast<std::int32_t>(s);
        // Spans are sorted by opening token, so inner spans overwrite outer ones.
        for (std::uint32_t t = q.first; t < q.end; ++t) inside_[t] = static_cast<std::int32_t>(s);
      }
    }
  }
  if (!mentions_.empty()) {
    mention_of_.assign(n_, -1);
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const doc::Mention& men = mentions_[m];
      for (std::uint32_t t = men.first_token; t < men.end_token && t < n_; ++t) {
        mention_of_[t] = static_cast<std::int32_t>(m);
      }
    }
  }
  claims_.assign(spans_.size(), Claim());

  // Cues in text order (cues inside closed quotes are quoted words).
  for (std::uint32_t i = 0; i < n_; ++i) {
    if (Kind(i) != TokenKind::kArabicWord) continue;
    const std::uint32_t norm_len = toks_[i].strings.norm_len;
    if (!lex_.QuickTrigger(Raw(i), norm_len) || Inside(i) >= 0 ||
        !lex_.MayTriggerShape(CueLexicon::ShapeOf(Raw(i), norm_len))) {
      continue;
    }
    if (W(i) == nullptr) continue;
    const CueWord& w = *W(i);
    if (w.Is(kSpeechVerb)) {
      HandleVerb(i);
    } else if (w.Is(kSource)) {
      HandleSource(i);
    } else if (w.Is(kPassive)) {
      Who who;
      who.known = true;
      who.unattributed = true;
      who.how = Attribution::kUnattributed;
      Emit(FindComplement(i + 1, nullptr), who, {i, Found::kAfterCue, who.how});
    } else if (w.Is(kBySaying)) {
      HandleBySaying(i);
    } else if (w.Is(kSayingNoun)) {
      HandleSayingNoun(i);
    } else if (w.Is(kSayingNounOn)) {
      HandleSayingNounOn(i);
    } else if (w.Is(kSpeechNoun)) {
      HandleSpeechNoun(i);
    } else if (w.Is(kRelayTongue) && i > 0 && Is(i - 1, kBySayingPrep)) {
      // "..."، على لسان الوزير
      Range np = NounPhrase(i + 1, false);
      if (np.empty()) continue;
      Who who = Explicit(np, Agreement(), Attribution::kSource, false);
      std::int32_t q = QuoteEndingBefore(i - 1);
      if (q >= 0 && spans_[q].words >= opt_.min_nested_words && !NameLike(q)) {
        Remember(who, i);
        ClaimSpan(q, who, {i, Found::kBeforeCue, who.how});
      }
    }
  }

  ClaimInnerQuotes();
  // Quoted parts of reported clauses: the clause's speaker (not a quote inside a quote).
  for (const Reported& r : reported_) {
    for (std::uint32_t t = r.content.first; t < r.content.end; ++t) {
      const std::int32_t s = OpenSpan(t);
      if (s < 0 || claims_[s].claimed || spans_[s].inner_after_colon) continue;
      if (spans_[s].words >= opt_.min_nested_words && !NameLike(s)) {
        ClaimSpan(s, r.who, {r.trace.cue_token, Found::kNested, r.who.how});
      }
    }
  }
  // Continuations: a quote that reopens its mark in the next paragraph, or a paragraph that
  // is one quote right after a paragraph ending with a quote.
  for (std::size_t s = 0; s < spans_.size(); ++s) {
    if (claims_[s].claimed) continue;
    const QuotedSpan& q = spans_[s];
    if (q.parent >= 0) continue;
    std::int32_t prev = -1;
    if (q.continues >= 0 && claims_[q.continues].claimed) {
      prev = q.continues;
    } else if (q.words >= opt_.min_continuation_words && q.open > 0 && !SamePara(q.open - 1, q.open) &&
               q.closed()) {
      // The whole paragraph is the quote (up to a final full stop).
      std::uint32_t t = q.close + 1;
      while (t < n_ && SamePara(t, q.open) && Punct(t)) ++t;
      if (t < n_ && SamePara(t, q.open)) continue;
      // The previous paragraph ends with a claimed quote.
      for (std::size_t k = s; k-- > 0;) {
        const QuotedSpan& p = spans_[k];
        if (p.parent >= 0) continue;
        if (para_[p.open] + 1 < para_[q.open]) break;
        if (claims_[k].claimed && p.closed() && para_[p.close] + 1 == para_[q.open]) {
          std::uint32_t u = p.close + 1;
          while (u < n_ && SamePara(u, p.close) && Punct(u)) ++u;
          if (u >= n_ || !SamePara(u, p.close)) prev = static_cast<std::int32_t>(k);
        }
        break;
      }
    }
    if (prev >= 0) {
      const Claim& pc = claims_[prev];
      ClaimSpan(static_cast<std::int32_t>(s), pc.who, {pc.trace.cue_token, Found::kContinuation, pc.who.how});
    }
  }

  InnerNamedCues();
  InnerVerbFirstCues();

  // Build the quotes: claimed spans (a span continuing a claimed one with the same speaker
  // merges into it), then reported content.
  struct Out {
    doc::Quote quote;
    QuoteTrace trace;
  };
  std::vector<Out> found;
  auto speaker_of = [](const Who& w) {
    doc::Speaker sp;
    if (w.known && !w.unattributed && !w.mention.empty()) {
      sp.mention = w.mention;
      sp.entity = w.entity;
    }
    return sp;
  };
  std::vector<std::int32_t> merged_into(spans_.size(), -1);
  for (std::size_t s = 0; s < spans_.size(); ++s) {
    if (!claims_[s].claimed) continue;
    const QuotedSpan& q = spans_[s];
    const std::int32_t c = q.continues;
    if (c >= 0 && claims_[c].claimed && claims_[s].trace.found == Found::kContinuation) {
      const std::int32_t target = merged_into[c] >= 0 ? merged_into[c] : -1;
      if (target >= 0) {
        found[target].quote.span.end = q.content.end;
        merged_into[s] = target;
        continue;
      }
    }
    doc::Quote quote;
    quote.span = q.content;
    quote.kind = doc::QuoteKind::kDirect;
    quote.speaker = speaker_of(claims_[s].who);
    const std::uint32_t cut = claims_[s].cut;
    if (cut == kNoToken) {
      merged_into[s] = static_cast<std::int32_t>(found.size());
      found.push_back({std::move(quote), claims_[s].trace});
      continue;
    }
    // Round 41: another speaker's words inside (InnerNamedCues): the words before them, and
    // after them the rest, which a continuation in the next paragraph extends.
    doc::Quote rest = quote;
    std::uint32_t last = cut;
    while (last > q.first && !Wordish(last - 1)) --last;
    if (last > q.first) {
      quote.span.end = toks_[last - 1].token.end;
      found.push_back({std::move(quote), claims_[s].trace});
    }
    if (claims_[s].rest != kNoToken) {
      rest.span.begin = toks_[claims_[s].rest].token.begin;
      merged_into[s] = static_cast<std::int32_t>(found.size());
      found.push_back({std::move(rest), claims_[s].trace});
    }
  }
  for (const Reported& r : reported_) {
    doc::Quote quote;
    quote.span = {toks_[r.content.first].token.begin, toks_[r.content.end - 1].token.end};
    quote.kind = doc::QuoteKind::kIndirect;
    quote.speaker = speaker_of(r.who);
    found.push_back({std::move(quote), r.trace});
  }
  std::stable_sort(found.begin(), found.end(), [](const Out& a, const Out& b) {
    if (a.quote.span.begin != b.quote.span.begin) return a.quote.span.begin < b.quote.span.begin;
    return a.quote.span.end > b.quote.span.end;
  });
  // The same words found twice (by two cues) are one quote.
  out.reserve(found.size());
  for (Out& f : found) {
    if (!out.empty() && out.back().span == f.quote.span && out.back().kind == f.quote.kind) continue;
    out.push_back(std::move(f.quote));
    if (trace != nullptr) trace->push_back(f.trace);
  }
  return out;
}

std::vector<doc::Quote> Extractor::Extract(const doc::AnalyzedDoc& doc, std::vector<QuoteTrace>* trace,
                                           ExtractScratch* scratch) const {
  if (trace != nullptr) trace->clear();
  ExtractScratch local;
  ExtractionRun run(lexicon_, options_, doc, (scratch != nullptr ? scratch : &local)->buffers_.get());
  return run.Go(trace);
}

}  // namespace marsad::quotes
