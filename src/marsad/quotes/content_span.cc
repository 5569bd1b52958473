// What a cue introduces: the quoted span or reported clause after it (FindComplement) and
// where that clause ends, the object before a verb's preposition, and the requests
// (طلب من X أن ...) with their one asked and the act asked for.
// Part of ExtractionRun (extraction_run.h), split by concern: docs/quotes.md, Layout.
#include "marsad/quotes/extraction_run.h"

namespace marsad::quotes {

bool ExtractionRun::NamedSpeakerAndColon(std::uint32_t verb) const {
  if (verb + 2 >= n_ || Negated(verb) || !PersonNameAt(verb + 1)) return false;
  const std::uint32_t e = mentions_[MentionOf(verb + 1)].end_token;
  return e < n_ && SamePara(e, verb) && (IsColon(e) || OpenSpan(e) >= 0);
}

std::uint32_t ExtractionRun::TopicPhraseStart(std::uint32_t from, std::uint32_t verb) const {
  constexpr std::uint32_t kMaxTopicWords = 4;
  for (std::uint32_t k = verb; k-- > from && verb - k <= kMaxTopicWords;) {
    if (Kind(k) != TokenKind::kArabicWord) break;
    const std::string_view raw = Raw(k);
    if (raw == "\xD9\x88\xD8\xB9\xD9\x86" /* وعن */ || raw == "\xD9\x88\xD8\xAD\xD9\x88\xD9\x84" /* وحول */ ||
        raw == "\xD9\x88\xD8\xA8\xD8\xB4\xD8\xA3\xD9\x86" /* وبشأن */ ||
        raw == "\xD9\x88\xD9\x85\xD9\x86" /* ومن (جانبه) */ || raw == "\xD9\x88\xD9\x81\xD9\x8A" /* وفي (وقت سابق) */) {
      return k;
    }
  }
  return verb;
}

bool ExtractionRun::RequestPronoun(std::uint32_t k) const {
  if (k >= n_ || Kind(k) != TokenKind::kArabicWord) return false;
  static constexpr std::string_view kForms[] = {
      "\xD9\x85\xD9\x86\xD9\x87",                          // منه
      "\xD9\x85\xD9\x86\xD9\x87\xD8\xA7",                  // منها
      "\xD9\x85\xD9\x86\xD9\x87\xD9\x85",                  // منهم
      "\xD9\x85\xD9\x86\xD9\x87\xD9\x85\xD8\xA7",          // منهما
      "\xD9\x85\xD9\x86\xD9\x87\xD9\x86",                  // منهن
      "\xD9\x85\xD9\x86\xD9\x83\xD9\x85",                  // منكم
  };
  const std::string_view norm = a_.norm(k);
  return std::find(std::begin(kForms), std::end(kForms), norm) != std::end(kForms);
}

std::uint32_t ExtractionRun::RequestActAfterSubject(std::uint32_t from) const {
  constexpr std::uint32_t kMaxTail = 3;
  for (std::uint32_t t = from; t < n_ && t <= from + kMaxTail; ++t) {
    if (t == from) {
      const std::uint32_t a = RequestActStart(t, false);
      if (a < n_) return a;
    } else if (lex_.HasAffix(a_.norm(t - 1), AffixList::kArticlePrefix) && RequestActStart(t, false) == t) {
      return t;
    }
    if (Kind(t) != TokenKind::kArabicWord || W(t) != nullptr || Inside(t) >= 0 || MentionOf(t) >= 0) break;
  }
  return n_;
}

Range ExtractionRun::RequestSubject(Range subject) const {
  for (std::uint32_t t = subject.first + 1; t < subject.end; ++t) {
    if (Kind(t - 1) == TokenKind::kArabicWord && lex_.HasAffix(a_.norm(t - 1), AffixList::kArticlePrefix) &&
        !lex_.HasAffix(a_.norm(t), AffixList::kArticlePrefix) && RequestActStart(t, false) == t) {
      return {subject.first, t};
    }
  }
  return subject;
}

bool ExtractionRun::ObjectBefore(std::uint32_t from, std::uint32_t t) const {
  while (from < t && Is(from, kTime)) ++from;
  if (from >= t || t - from > kMaxObjectWords) return false;
  for (std::uint32_t k = from; k < t; ++k) {
    if (!Wordish(k) || Inside(k) >= 0 || W(k) != nullptr || Adverbial(k)) return false;
  }
  return true;
}

bool ExtractionRun::LongObjectBefore(std::uint32_t from, std::uint32_t t, const SpeechVerb& verb) const {
  constexpr std::uint32_t kMinWords = kMaxObjectWords + 1;
  constexpr std::uint32_t kMaxWords = 20;
  constexpr std::uint64_t kNotInObject =
      CueLexicon::kTriggerClasses | kComplementizer | kRelative | kNegation | kClauseEnd;
  if ((verb.flags & kLongObject) == 0 || t + 1 >= n_ || MentionOf(t + 1) >= 0) return false;
  // An invitation to an event (دعا رئيس الحكومة الأمين العام للاتحاد X، إلى اجتماع غدا) is no call.
  if (Is(t + 1, kEventNoun)) return false;
  while (from < t && Is(from, kTime)) ++from;
  while (from < t && IsComma(from) && from > 0 && Is(from - 1, kTime)) ++from;
  if (from >= t || Kind(from) != TokenKind::kArabicWord || Adverbial(from)) return false;
  if (Is(from, kSubjectStop) && !ObjectTailPreposition(from)) return false;
  // After فيه/فيها the words are the subject the verb's reading left out (ودعت فيه النقابة
  // الإدارة ... إلى ...).
  if (from > 0 && Is(from - 1, kInStatement)) return false;
  // The subject's words stopped at their length limit inside a coordinated title: after a
  // person's name a و-word is its second title (X زوجة زعيم المعارضة Y | وزعيم الحزب ...)
  // unless the tagger names an organisation or a place there (X | وزارة الصحة).
  if (const std::int32_t before = from > 0 ? MentionOf(from - 1) : -1;
      before >= 0 && mentions_[before].kind == doc::MentionKind::kName &&
      mentions_[before].type == doc::EntityType::kPerson && a_.norm(from).starts_with("\xD9\x88") /* و */) {
    const std::int32_t m = MentionOf(from);
    if (m < 0 || mentions_[m].type == doc::EntityType::kPerson) return false;
  }
  const std::uint32_t end = IsComma(t - 1) ? t - 1 : t;
  std::uint32_t words = 0;
  for (std::uint32_t k = from; k < end; ++k) {
    // Only before the first preposition of the call (دعا X، الأتراك إلى تحويل مدخراتهم ... إلى
    // الليرة: not the second).
    if (!Wordish(k) || Inside(k) >= 0 || (Classes(k) & kNotInObject) != 0 || StartsPrepositional(k, verb)) {
      return false;
    }
    // No preposition but في and من (وسائل الإعلام كافة على النظر إلى البيان: إلى belongs to
    // النظر), and no word with a glued ل the tagger names nothing in: the call's own ل (دعا
    // الأتراك في عام 2016 لتحويل مدخراتهم ... إلى الليرة، دعا أردوغان للانتخابات المبكرة
    // لتحويل تركيا إلى ...).
    if (k > from && Is(k, kSubjectStop) && !ObjectTailPreposition(k) && a_.norm(k) != "\xD9\x85\xD9\x86" /* من */) {
      return false;
    }
    if (MentionOf(k) < 0 && a_.norm(k).size() > 4 && a_.norm(k).starts_with("\xD9\x84") /* ل */) return false;
    ++words;
  }
  return words >= kMinWords && words <= kMaxWords;
}

std::uint32_t ExtractionRun::CallPrepositionAfterObject(std::uint32_t u, const SpeechVerb& verb) const {
  if ((verb.flags & kLongObject) == 0) return kNoToken;
  for (std::uint32_t t = u + 1; t < n_ && t <= u + 21 && SamePara(t, u) && !IsTerminal(t); ++t) {
    if (!Wordish(t) || !StartsPrepositional(t, verb)) continue;
    return ObjectBefore(u, t) || LongObjectBefore(u, t, verb) ? t : kNoToken;
  }
  return kNoToken;
}

bool ExtractionRun::ObjectTailPreposition(std::uint32_t i) const {
  return a_.norm(i) == "\xD9\x81\xD9\x8A" /* في */;
}

std::uint32_t ExtractionRun::ObjectStart(std::uint32_t from, std::uint32_t t) const {
  if (from > 0 && IsSpeechCue(from - 1) && W(from - 1)->form != VerbForm::kParticiple) return t;
  while (from < t && Is(from, kTime)) ++from;
  if (from >= t || Is(from, kSubjectStop)) return t;  // Round 39: في معقل ...: the object's tail
  for (std::uint32_t k = from; k < t; ++k) {
    if (Kind(k) != TokenKind::kArabicWord || PersonNameAt(k)) return t;
    const std::int32_t m = MentionOf(k);
    if (m >= 0 && mentions_[m].type == doc::EntityType::kPerson) return t;
  }
  const std::string_view f = a_.norm(from);
  const bool glued_prep = MentionOf(from) < 0 && f.size() > 4 &&
                          (f.starts_with("\xD9\x84") /* ل */ || f.starts_with("\xD8\xA8") /* ب */);
  // Round 39: a لل-word is the subject's tail even inside a title the tagger found (دعا
  // الأمين العام | للمنظمة X دول العالم إلى ...).
  const bool lil = f.starts_with("\xD9\x84\xD9\x84");  // لل
  const bool joint = f.starts_with("\xD9\x88\xD8\xA7\xD9\x84");     // وال
  const bool nominative_plural = f.ends_with("\xD9\x88\xD9\x86");  // ون
  return glued_prep || lil || joint || nominative_plural ? t : from;
}

std::uint32_t ExtractionRun::DescribedObjectStart(std::uint32_t lead, std::uint32_t bi) const {
  std::uint32_t u = lead;
  while (u < bi && (Punct(u) || Is(u, kTime) || Adverbial(u))) ++u;
  if (u >= bi) return bi + 1;
  // إياه، إياها، إياهم ... (normalized: ايا + a pronoun).
  if (a_.norm(u).starts_with("\xD8\xA7\xD9\x8A\xD8\xA7")) return bi + 1;  // ايا
  // A comma there: the words before بأن may be the subject's title in apposition (وصفت X،
  // المتحدثة باسم ...، مساء الجمعة، اتهام ...), not the object.
  for (std::uint32_t k = u; k < bi; ++k) {
    if (OpenSpan(k) >= 0 || Inside(k) >= 0 || IsTerminal(k) || IsComma(k)) return bi + 1;
    // A cue in the object (وصف X إعلان إيران بأنها ...) would be read again inside the content.
    if ((Classes(k) & CueLexicon::kTriggerClasses) != 0) return bi + 1;
  }
  return u;
}

bool ExtractionRun::AtClauseHead(std::uint32_t i) const {
  if (i == 0) return true;
  if (IsComma(i - 1) || IsTerminal(i - 1) || !SamePara(i - 1, i)) return true;
  const std::uint32_t first = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(i)].first_token;
  if (first == i) return true;
  return first + 1 == i && Is(first, kClauseOpener);
}

bool ExtractionRun::SourceResumptive(std::uint32_t i) const {
  return i >= 2 && i + 1 < n_ && Is(i - 1, kSourceFiller) && Is(i - 2, kSource) && Is(i + 1, kSourceResumptive) &&
         SamePara(i - 2, i + 1);
}

bool ExtractionRun::ClosingSourceTail(std::uint32_t i, std::uint32_t from) const {
  if (i == 0 || !IsComma(i - 1)) return false;
  std::uint32_t words = 0;
  for (std::uint32_t t = from; t < n_ && SamePara(t, i); ++t) {
    if (IsTerminal(t)) return true;
    if (OpenSpan(t) >= 0 || Inside(t) >= 0) return false;
    if (!Wordish(t)) continue;
    if (++words > opt_.max_subject_tokens) return false;
    if (IsSpeechCue(t) || (Classes(t) & (CueLexicon::kTriggerClasses | kComplementizer | kSource)) != 0) return false;
  }
  return true;  // the paragraph's end
}

// The closed quoted span that ends right before token i (optionally followed by a comma).
std::int32_t ExtractionRun::QuoteEndingBefore(std::uint32_t i) const {
  if (i == 0) return -1;
  std::uint32_t t = i - 1;
  if (IsComma(t) && t > 0) --t;
  if (CloseSpan(t) < 0) return -1;
  return SamePara(t, i) ? CloseSpan(t) : -1;
}

// The end (exclusive) of reported content starting at `from`: a full stop, the paragraph's
// end, or a new clause — a comma followed by a participle, a source, a contrast or another
// speech verb; a speech verb with و; فيما/بينما. Quoted spans are stepped over whole.
std::uint32_t ExtractionRun::ClauseEnd(std::uint32_t from) const {
  std::uint32_t last = from;
  std::uint32_t t = from;
  while (t < n_ && SamePara(t, from)) {
    if (OpenSpan(t) >= 0 && spans_[OpenSpan(t)].closed()) {
      const QuotedSpan& s = spans_[OpenSpan(t)];
      t = s.close + 1;
      last = t;
      if (s.runs_over) {
        // The content may continue in the paragraph where the quote ends.
        from = s.close;
      }
      continue;
    }
    if (Punct(t)) {
      if (IsTerminal(t) && !IsSemicolon(t)) break;
      if ((IsComma(t) || IsSemicolon(t)) && t + 1 < n_) {
        const std::uint32_t u = t + 1;
        // Round 15: "، كما قال X إن ..." opens another speaker's statement.
        const bool as_said = u + 1 < n_ && Kind(u) == TokenKind::kArabicWord &&
                             a_.norm(u) == "\xD9\x83\xD9\x85\xD8\xA7" /* كما */ && IsSpeechCue(u + 1) &&
                             !EmbeddedPredicate(u + 1);
        // Round 35: not a request (أن المشاط، رئيس ...، طلب من المبعوث منح ...): the content's act.
        const bool request = RequestCue(u);
        if ((IsSpeechCue(u) && !Negated(u) && !EmbeddedPredicate(u) && !request) || as_said || Is(u, kSource) ||
            ClauseEndWord(u) || Is(u, kPassive) || Is(u, kNarrator) ||
            (IsSemicolon(t) && (!SamePara(u, t) || !Wordish(u)))) {
          break;
        }
      }
      ++t;
      continue;
    }
    const CueWord* w = W(t);
    if (w != nullptr) {
      if (w->Is(kSpeechVerb) && Inside(t) < 0 && Conjoined(t) && !Negated(t)) break;
      if (ClauseEndWord(t)) break;
      if (w->Is(kSpeechVerb) && Inside(t) < 0 && NamedSpeakerAndColon(t)) {
        last = TopicPhraseStart(from, t);
        break;
      }
    }
    ++t;
    last = t;
  }
  // A و written apart before the verb that ends the clause is that verb's (الوضع صعب و أضاف).
  while (last > from && LoneConjunction(last - 1)) --last;
  return last;
}

Complement ExtractionRun::FindComplement(std::uint32_t from, const SpeechVerb* verb, bool object_first,
                                         bool speaker_preps) const {
  Complement c;
  if (from >= n_) return c;
  if (verb != nullptr && (verb->flags & kRequest) != 0) return RequestComplement(from);
  const std::uint32_t para = para_[from];
  // Where the words after the subject start: after a quoted name that ends the subject's
  // words (المبعوث إلى اليمن "X"؛ عن ...), the content may follow it as it follows the subject.
  std::uint32_t lead = from;
  // Round 37: past a relative clause stepped over (below), however long, the search reads two
  // more tokens: the content right after its closing comma (أشار الرئيس، الذي تحدث إلى
  // صحافيين ... [22 tokens]، إلى أن ...). A wider window found more wrong content than right.
  constexpr std::uint32_t kAfterRelative = 2;
  std::uint32_t limit = from + opt_.max_complement_distance;
  for (std::uint32_t t = from; t < n_ && t <= limit; ++t) {
    if (para_[t] != para) return c;
    if (OpenSpan(t) >= 0) {
      const std::int32_t s = OpenSpan(t);
      const QuotedSpan& q = spans_[s];
      const bool after_colon = t > 0 && IsColon(t - 1);
      // After a preposition or an addressee a short quoted span is a name: لـ "غلوبو سبورت".
      const bool after_prep = t > 0 && q.words <= opt_.max_name_words &&
                              (Is(t - 1, kSubjectStop) || Addressee(t - 1));
      // A short quoted name before the content, a comma or semicolon between (كشف المبعوث إلى
      // اليمن "إسماعيل ولد الشيخ أحمد"؛ عن استعداد ...): the subject's name, not a quote. A
      // full name may have four or five words.
      bool name_before_content = false;
      if (q.closed() && q.words <= 2 * opt_.max_name_words && q.close + 2 < n_) {
        const std::uint32_t k = q.close + 1;
        name_before_content = Is(k, kComplementizer) ||
                              ((IsComma(k) || IsSemicolon(k)) &&
                               (Is(k + 1, kComplementizer) || (verb != nullptr && StartsPrepositional(k + 1, *verb))));
      }
      // وصف ... بـ"...": a quoted object of a describing verb is not its content; only بأن is.
      if (!after_colon && (q.words <= 1 || after_prep || object_first || name_before_content || NameLike(s))) {
        if (!q.closed()) return c;
        t = q.close;
        if (name_before_content) lead = q.close + 1;
        continue;
      }
      c.kind = Complement::kQuoted;
      c.span = s;
      return c;
    }
    if (Punct(t)) {
      // A semicolon right after the subject (كشف المبعوث "X"؛ عن ...) is stepped over.
      if (IsTerminal(t) && !(IsSemicolon(t) && (t == from || t == lead))) return c;
      if (IsColon(t)) {
        std::uint32_t u = t + 1;
        if (u >= n_ || object_first) return c;
        if (OpenSpan(u) >= 0) {
          c.kind = Complement::kQuoted;
          c.span = OpenSpan(u);
          return c;
        }
        // قال: نص بلا علامات — to the end of the clause (of the next paragraph when the
        // colon ends this one).
        const std::uint32_t e = ClauseEnd(u);
        if (e > u) {
          c.kind = Complement::kReported;
          c.content = {u, e};
        }
        return c;
      }
      continue;
    }
    if (!Wordish(t)) continue;
    if (Inside(t) >= 0) continue;
    // "X، الذي ...، إن": step over the relative clause to its closing comma.
    if (Relative(t) && t > 0 && IsComma(t - 1)) {
      std::uint32_t u = t + 1;
      while (u < n_ && para_[u] == para && !IsComma(u) && !IsTerminal(u) && u - t <= opt_.max_complement_distance) {
        if (OpenSpan(u) >= 0 && spans_[OpenSpan(u)].closed()) u = spans_[OpenSpan(u)].close;
        ++u;
      }
      if (u >= n_ || !IsComma(u)) return c;
      limit = std::max(limit, u + kAfterRelative);
      t = u;
      continue;
    }
    // Right after the subject, commas and time words aside (أعلنت المنظمة، الجمعة، عن ...).
    bool at_start = true;
    for (std::uint32_t k = lead; k < t && at_start; ++k) {
      // أعلن مكتب رئيس الحكومة في بيان، عن ...: "in a statement" too.
      if (Is(k, kStatementIn) && k + 1 < t && Is(k + 1, kStatement)) {
        ++k;
        continue;
      }
      // Round 8: دعا X، أمس، من فيينا، إلى ...: a place phrase of one or two plain words between
      // commas.
      if (k > lead && IsComma(k - 1) && Is(k, kAsidePrep)) {
        std::uint32_t u = k + 1;
        while (u < t && u <= k + 2 && Wordish(u) && W(u) == nullptr && Inside(u) < 0) ++u;
        if (u > k + 1 && u < t && IsComma(u)) {
          k = u;
          continue;
        }
      }
      at_start = IsComma(k) || (IsSemicolon(k) && k == lead) || Is(k, kTime) || Adverbial(k) ||
                 (k == lead && k + 1 == t && SpokenToBeforePrep(k));
    }
    if (at_start && verb != nullptr &&
        (((verb->flags & kClaim) != 0 && Wordish(t) && Is(t, kClaimedAct)) ||
         ((verb->flags & kNominal) != 0 && (NominalContent(t) || (Wordish(t) && Is(t, kResponsibilityNoun)))))) {
      // أكد الوزير موافقته على الخطة: the verbal noun and its clause; تبنت الحركة قتل شرطيين
      // في ...: the act claimed and its clause.
      const std::uint32_t e = ClauseEnd(t);
      const std::uint32_t words = WordsIn(t, e);
      if (words >= opt_.min_prepositional_words) {
        c.kind = Complement::kReported;
        c.content = {t, e};
        c.prepositional = true;
      }
      return c;
    }
    const bool object_before =
        !at_start && verb != nullptr && (verb->flags & kObjectPrep) != 0 &&
        (ObjectBefore(from, t) || (StartsPrepositional(t, *verb) && LongObjectBefore(from, t, *verb)));
    if (verb != nullptr && ((verb->flags & kSpeakerPrep) == 0 || speaker_preps) &&
        (at_start || object_before ||
         ((verb->flags & kObjectPrep) == 0 && !PersonNameAt(t) && SubjectTail(lead, t)))) {
      const std::string_view norm = a_.norm(t);
      for (const std::string& p : verb->preps) {
        const bool attached = AttachedPreposition(t, p);
        if (norm != p && !attached) continue;
        // شدد على أن ...: the complementizer after the preposition opens the content.
        std::uint32_t b = attached ? t : t + 1;
        const bool through_complementizer = b < n_ && Is(b, kComplementizer);
        if (through_complementizer) {
          ++b;
        } else if ((verb->flags & kPositionPrep) != 0 && !NominalContent(b)) {
          return c;  // تحدث عن الدور ...: a topic, not a statement
        }
        const std::uint32_t e = ClauseEnd(b);
        const std::uint32_t words = WordsIn(b, e);
        if (words >= opt_.min_prepositional_words ||
            (b > t + 1 && words >= opt_.min_reported_words)) {
          c.kind = Complement::kReported;
          c.content = {b, e};
          c.prepositional = !through_complementizer;
          // Round 29: the one called on, warned or accused belongs to the call (داعيا الجميع إلى
          // اعتبار ...: held-outs 27 and 29 anchor on the object); not before أن, where the
          // content is the clause.
          if (object_before && !through_complementizer) {
            const std::uint32_t o = ObjectStart(from, t);
            if (o < t) c.content.first = o;
          }
        }
        return c;
      }
    }
    if (Is(t, kComplementizer) && !(t > 0 && Is(t - 1, kNotBeforeComplementizer)) &&
        !(t > 0 && IsJoiningHyphen(t - 1)) && (!object_first || BiComplementizer(t))) {
      const std::uint32_t e = ClauseEnd(t + 1);
      if (e > t + 1) {
        c.kind = Complement::kReported;
        // A quote right after بأن stays as it was: a direct quote (بأنه "خطوة مهمة جدا"), or a
        // quote mark never closed (بأنه "رائع وأكد ...) whose end is a guess. A one-word quoted
        // predicate (بأنها "مزيفة") is the object's description and takes the object.
        const std::int32_t q = OpenSpan(t + 1);
        const bool quote_led = q >= 0 && (!spans_[q].closed() || spans_[q].words >= opt_.min_nested_words);
        const bool with_object = object_first && !quote_led;
        c.content = {with_object ? DescribedObjectStart(lead, t) : t + 1, e};
      }
      return c;
    }
    if (t > from && (IsSpeechCue(t) || Is(t, kSource) || Is(t, kPassive))) return c;
  }
  if (object_first) return c;
  // A long introduction (قال عباس في مؤتمر صحفي عقده الاثنين، بعد المواجهات التي ...: "...")
  // still ends in a colon and a quote: farther than the usual distance, only that, in the
  // same sentence, with no other cue or quote before it.
  for (std::uint32_t t = from + opt_.max_complement_distance + 1;
       t < n_ && t - from <= 3 * opt_.max_complement_distance && para_[t] == para; ++t) {
    if (OpenSpan(t) >= 0 || IsTerminal(t)) return c;
    if (IsColon(t)) {
      if (t + 1 < n_ && OpenSpan(t + 1) >= 0 && spans_[OpenSpan(t + 1)].closed()) {
        c.kind = Complement::kQuoted;
        c.span = OpenSpan(t + 1);
      }
      return c;
    }
    // A cue that starts a statement of its own ends the search (وأضاف، مشيرا، ، قال); a
    // bare verb form inside the introduction is rather a noun (على خلفية نقل السفارة).
    if (Wordish(t) && IsSpeechCue(t) &&
        (Conjoined(t) || W(t)->form == VerbForm::kParticiple || IsComma(t - 1))) {
      return c;
    }
    if (Wordish(t) && (Is(t, kSource) || Is(t, kPassive) || Is(t, kComplementizer))) return c;
  }
  return c;
}

bool ExtractionRun::SpokenToBeforePrep(std::uint32_t k) const {
  // Every form below opens with ل (the cheap test first: FindComplement asks at every cue).
  if (k == 0 || k + 1 >= n_ || Kind(k) != TokenKind::kArabicWord || !a_.norm(k).starts_with("\xD9\x84" /* ل */) ||
      Inside(k) >= 0 || MentionOf(k) >= 0) {
    return false;
  }
  // Right after a verb in the perfect (كشفت للوفد عن) or after a person's name the tagger found
  // (تعهد سانشيز لهم بـ): not after a participle or an adjective (مؤكدا لهم، فرصة مؤكدة للتسجيل
  // على، الموالية لها بـ), whose ل-word is as often its own complement, nor after other words.
  const std::uint32_t p = k - 1;
  const bool after_verb = Kind(p) == TokenKind::kArabicWord && W(p) != nullptr && W(p)->Is(kSpeechVerb) &&
                          W(p)->form == VerbForm::kPerfect;
  const std::int32_t m = MentionOf(p);
  const bool after_name = m >= 0 && mentions_[m].end_token == k && mentions_[m].kind == doc::MentionKind::kName &&
                          mentions_[m].type == doc::EntityType::kPerson;
  if (!after_verb && !after_name) return false;
  // على هامش "on the sidelines of" is where it was said, not what.
  if (a_.norm(k + 2 < n_ ? k + 2 : k) == "\xD9\x87\xD8\xA7\xD9\x85\xD8\xB4" /* هامش */) return false;
  if (Addressee(k) || LamWithPronoun(k)) return true;
  static constexpr std::string_view kLamPronouns[] = {
      "\xD9\x84\xD9\x87",  // له
      "\xD9\x84\xD9\x87\xD8\xA7",  // لها
      "\xD9\x84\xD9\x87\xD9\x85",  // لهم
      "\xD9\x84\xD9\x8A",  // لي
      "\xD9\x84\xD9\x86\xD8\xA7",  // لنا
      "\xD9\x84\xD9\x83\xD9\x85",  // لكم
      "\xD9\x84\xD9\x87\xD9\x85\xD8\xA7",  // لهما
  };
  const std::string_view norm = a_.norm(k);
  return std::find(std::begin(kLamPronouns), std::end(kLamPronouns), norm) != std::end(kLamPronouns);
}

// True when reported content starts with someone else's statement: ذكرت الوكالة أن الوزير
// قال إن ... — the outer verb only relays it.
bool ExtractionRun::RelaysInnerCue(Range content) const {
  for (std::uint32_t t = content.first; t < content.end && t < content.first + opt_.max_subject_tokens; ++t) {
    // A relative clause (روسيا لا تمتلك الغاز الذي يقول مسؤولون إنه ...) is inside the
    // content; its verb does not make the outer verb a relay.
    if (!Wordish(t) || Relative(t)) return false;
    // Round 10: a verb in a time clause (بعد أن توصلت إلى أن ...) speaks for the outer
    // subject; it relays nothing.
    const bool time_clause = t >= 2 && Is(t - 1, kComplementizer) && Is(t - 2, kNotBeforeComplementizer);
    if (IsSpeechCue(t) && !Conjoined(t) && W(t)->form != VerbForm::kParticiple && !EmbeddedPredicate(t) &&
        !Negated(t) && !time_clause && !NounAfterContentComplementizer(t)) {
      VerbReading r = ReadVerb(t);
      if (!r.valid) return false;
      const SpeechVerb* v = &lex_.verbs()[W(t)->verb];
      // Round 35: a request inside the content is an act it tells (قال الوزير إن الحكومة طلبت من
      // البرلمان استعجال ...), not a statement the outer verb relays.
      if ((v->flags & kRequest) != 0) return false;
      // Round 8: أوضحت أن اللجنة تعهدت بإثبات ...: a commitment or position through a
      // preposition, of a subject in which the tagger names no one, is reported by the outer
      // speaker, not a statement the outer verb relays (ذكرت الوكالة أن ايران دعت إلى ... is).
      const Complement inner = FindComplement(r.after, v);
      return inner.kind != Complement::kNone && (!inner.prepositional || NamesPerson(r.who, true));
    }
  }
  return false;
}

std::uint32_t ExtractionRun::RequestAddresseeEnd(std::uint32_t k, bool* bare) const {
  *bare = false;
  const std::uint32_t a = k + 1;
  if (a >= n_ || !SamePara(k, a) || Kind(a) != TokenKind::kArabicWord || Inside(a) >= 0) return k;
  const std::int32_t m = MentionOf(a);
  if (m >= 0) {
    return mentions_[m].first_token == a && SamePara(mentions_[m].end_token - 1, k) ? mentions_[m].end_token : k;
  }
  if (W(a) != nullptr) return k;
  // من أجل، من قبل، من خلال، من جانب، من جهة: a preposition, not the one asked.
  static constexpr std::string_view kNotAsked[] = {
      "\xD8\xA7\xD8\xAC\xD9\x84",              // اجل
      "\xD9\x82\xD8\xA8\xD9\x84",              // قبل
      "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",      // خلال
      "\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8",      // جانب
      "\xD8\xAC\xD9\x87\xD9\x87",              // جهه (جهة)
      "\xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF",      // جديد
  };
  const std::string_view norm = a_.norm(a);
  if (std::find(std::begin(kNotAsked), std::end(kNotAsked), norm) != std::end(kNotAsked)) return k;
  *bare = !lex_.HasAffix(norm, AffixList::kArticlePrefix);
  return a + 1;
}

std::uint32_t ExtractionRun::RequestActStart(std::uint32_t e, bool bare) const {
  constexpr std::uint32_t kMaxAsideWords = 3;
  const std::uint32_t para = e > 0 ? para_[e - 1] : 0;
  while (e < n_ && para_[e] == para && Is(e, kTime)) ++e;
  if (e >= n_ || para_[e] != para) return n_;
  bool aside = false;
  if (IsComma(e)) {
    std::uint32_t u = e + 1;
    while (u < n_ && u - e <= kMaxAsideWords && Wordish(u) && Inside(u) < 0 && (W(u) == nullptr || Is(u, kTime))) ++u;
    if (u == e + 1 || u >= n_ || !IsComma(u)) return n_;
    e = u + 1;
    aside = true;
  }
  if (e >= n_ || para_[e] != para || Inside(e) >= 0) return n_;
  // Not بان of a name (من الأمين العام للأمم المتحدة بان كي مون): spelt as بأن once normalized.
  if (Is(e, kComplementizer)) return e + 1 < n_ && para_[e + 1] == para && MentionOf(e) < 0 ? e + 1 : n_;
  if (aside || bare) return n_;
  // The act asked for: a verbal noun of the lexicon ([demand_noun], [nominal_content]: وضع
  // الصندوق، سحب التقرير، ضرورة ...) or a bare word with no clitic (اصطحاب العاملات، مراجعة ...);
  // not an adjective (الراكب الأمريكي، من الحكومة السورية) or a name.
  if (Kind(e) != TokenKind::kArabicWord || MentionOf(e) >= 0) return n_;
  if (W(e) != nullptr) return Is(e, kDemandNoun) || NominalContent(e) ? e : n_;  // وضع، سحب، ضرورة
  const std::string_view norm = a_.norm(e);
  const std::size_t article = lex_.PrefixLength(norm, AffixList::kArticlePrefix);
  // A definite word only through the lexicon above: الأعضاء (a plural) has إفعال's shape.
  if (article > 0) return n_;
  constexpr std::size_t kMinBytes = 6;  // three letters
  // Not a glued ل (لرفع الحظر: the noun طلب's complement), nor a word with a plural pronoun, the
  // subject of a participle that is the one asked (من المعلنة أسماؤهم مراجعة ...).
  if (norm.size() < kMinBytes || !norm.starts_with(a_.stem(e)) || NisbaEnding(norm) ||
      norm.starts_with("\xD9\x84") || norm.ends_with("\xD9\x87\xD9\x85") || norm.ends_with("\xD9\x87\xD9\x86")) {
    return n_;
  }
  // Particles and pronouns that may follow the one asked (من الحكومة عبر ...، من الوزير هذا).
  static constexpr std::string_view kNotAct[] = {
      "\xD8\xA8\xD8\xB9\xD8\xAF",                  // بعد
      "\xD9\x85\xD9\x86\xD8\xB0",                  // منذ
      "\xD8\xAD\xD8\xAA\xD9\x8A",                  // حتي (حتى)
      "\xD8\xB9\xD8\xA8\xD8\xB1",                  // عبر
      "\xD8\xB9\xD9\x86\xD8\xAF",                  // عند
      "\xD8\xAD\xD9\x88\xD9\x84",                  // حول
      "\xD8\xAF\xD9\x88\xD9\x86",                  // دون
      "\xD8\xBA\xD9\x8A\xD8\xB1",                  // غير
      "\xD9\x86\xD8\xAD\xD9\x88",                  // نحو
      "\xD9\x87\xD8\xB0\xD8\xA7",                  // هذا
      "\xD9\x87\xD8\xB0\xD9\x87",                  // هذه
      "\xD8\xB0\xD9\x84\xD9\x83",                  // ذلك
      "\xD8\xAA\xD9\x84\xD9\x83",                  // تلك
      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",          // الذي
      "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",          // التي
      "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",          // خلال
      "\xD8\xB6\xD9\x85\xD9\x86",                  // ضمن
      "\xD8\xA8\xD9\x8A\xD9\x86",                  // بين
      "\xD9\x84\xD8\xAF\xD9\x8A",                  // لدي (لدى)
      "\xD8\xB9\xD9\x84\xD9\x8A",                  // علي (على)
      "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7",          // فيما
      "\xD8\xB3\xD9\x88\xD9\x8A",                  // سوي (سوى)
  };
  return std::find(std::begin(kNotAct), std::end(kNotAct), norm) == std::end(kNotAct) ? e : n_;
}

bool ExtractionRun::RequestAhead(std::uint32_t i, const CueWord& w) const {
  // وطُلب من مونيز أن ...: the passive, vocalized with a damma, names no one who asked.
  if (Raw(i).find("\xD9\x8F") != std::string_view::npos) return false;
  // وكان طلب إيران ... لرفع الحظر أحد ...: after كان the noun.
  if (i > 0 && Is(i - 1, kCopula)) return false;
  // طلب تمويل من الصندوق، طلب استغاثة منه: the noun with the act asked for as its genitive.
  if (i + 1 < n_ && Kind(i + 1) == TokenKind::kArabicWord && !PersonNameAt(i + 1) &&
      !lex_.HasAffix(a_.norm(i + 1), AffixList::kArticlePrefix) &&
      (Is(i + 1, kDemandNoun) || VerbalNoun(a_.norm(i + 1), a_.stem(i + 1)))) {
    return false;
  }
  // بناء على طلب من ...، بعد طلب من ...: the bare perfect is the noun after a preposition.
  if (!w.conjunction && i > 0 && Kind(i - 1) == TokenKind::kArabicWord && SamePara(i - 1, i)) {
    static constexpr std::string_view kNounBefore[] = {
        "\xD8\xB9\xD9\x84\xD9\x8A",              // علي (على)
        "\xD8\xA8\xD8\xB9\xD8\xAF",              // بعد
        "\xD9\x82\xD8\xA8\xD9\x84",              // قبل
        "\xD8\xB9\xD9\x86\xD8\xAF",              // عند
        "\xD8\xAF\xD9\x88\xD9\x86",              // دون
        "\xD8\xB1\xD8\xBA\xD9\x85",              // رغم
        "\xD8\xA7\xD8\xAB\xD8\xB1",              // اثر
        "\xD9\x88\xD9\x81\xD9\x82",              // وفق
        "\xD8\xAD\xD8\xB3\xD8\xA8",              // حسب
        "\xD8\xAA\xD9\x84\xD8\xA8\xD9\x8A\xD9\x87",  // تلبيه (تلبية)
        "\xD9\x87\xD9\x88",                      // هو
        "\xD9\x87\xD9\x8A",                      // هي
    };
    const std::string_view prev = a_.norm(i - 1);
    if (std::find(std::begin(kNounBefore), std::end(kNounBefore), prev) != std::end(kNounBefore)) return false;
  }
  // وطلب من الموظف الكشف عن ...، وطلب منها أن ...: with no subject between the verb and the one
  // asked, a conjoined request goes on with the clause before (someone's account), not a cue.
  const bool conjoined = w.conjunction || (i > 0 && LoneConjunction(i - 1));
  if (conjoined && (RequestPronoun(i + 1) || (i + 1 < n_ && a_.norm(i + 1) == "\xD9\x85\xD9\x86"))) return false;
  if (RequestPronoun(i + 1)) {
    // Not a word of the lexicon as the subject (طلب منه التصريح بأن ...: the act asked for).
    if (i + 2 < n_ && W(i + 2) != nullptr) return false;
    // طلب منه جهاز الاستخبارات اصطحاب ...: the subject after the one asked, then the act.
    // A subject is needed: طلبت منه أن ... alone is as often the writer's "I asked him". It is a
    // name the tagger found (طلبت منه المفوضية الأوروبية، طلبت منه أحلام) or a construct of a
    // plain head and a definite word (طلب منه جهاز الاستخبارات); else the words are the act
    // asked for (طلب منه الراحة، طلبت منهم إلقاء نظرة، طلب منه حلق شعره).
    const Range subject = RequestSubject(NounPhrase(i + 2, false));
    if (subject.empty()) return false;
    const std::uint32_t h = subject.first;
    const bool named = MentionOf(h) >= 0 && mentions_[MentionOf(h)].first_token == h;
    const bool construct = h + 1 < subject.end && !lex_.HasAffix(a_.norm(h), AffixList::kArticlePrefix) &&
                           lex_.HasAffix(a_.norm(h + 1), AffixList::kArticlePrefix) && !Is(h, kDemandNoun) &&
                           !VerbalNoun(a_.norm(h), a_.stem(h));
    return (named || construct) && RequestActAfterSubject(subject.end) < n_;
  }
  // The subject's words, then من and the one asked (طلبت كوريا الشمالية من سيول ...).
  for (std::uint32_t k = i + 1; k < n_ && k <= i + 1 + opt_.max_subject_tokens && SamePara(k, i); ++k) {
    if (RequestPronoun(k)) return RequestActStart(k + 1, false) < n_;
    if (Kind(k) != TokenKind::kArabicWord) {
      if (IsComma(k)) continue;
      return false;
    }
    if (a_.norm(k) == "\xD9\x85\xD9\x86") {  // من
      bool bare = false;
      const std::uint32_t e = RequestAddresseeEnd(k, &bare);
      return e > k && RequestActStart(e, bare) < n_;
    }
    if (W(k) != nullptr && !Is(k, kTime)) return false;
    // طلب المساعدة من الأردن، وطلب التوفيق من الله: the thing asked for before من, no call.
    const std::string_view norm = a_.norm(k);
    const std::string_view bare = norm.substr(lex_.PrefixLength(norm, AffixList::kArticlePrefix));
    if (MentionOf(k) < 0 && VerbalNoun(bare, a_.stem(k))) return false;
  }
  return false;
}

Complement ExtractionRun::RequestComplement(std::uint32_t from) const {
  Complement c;
  std::uint32_t a = n_;
  if (a_.norm(from) == "\xD9\x85\xD9\x86") {  // من
    bool bare = false;
    const std::uint32_t e = RequestAddresseeEnd(from, &bare);
    if (e > from) a = RequestActStart(e, bare);
  } else if (RequestPronoun(from)) {
    a = RequestActStart(from + 1, false);
  } else {
    // The one asked glued before the subject (طلب منه جهاز الاستخبارات ...).
    for (std::uint32_t k = from; k-- > 0 && from - k <= opt_.max_subject_tokens + 1;) {
      if (RequestPronoun(k) && k > 0 && RequestCue(k - 1)) {
        a = RequestActAfterSubject(from);
        break;
      }
      if (!Wordish(k)) break;
    }
  }
  if (a >= n_) return c;
  const std::uint32_t e = ClauseEnd(a);
  const bool through_complementizer = a > 0 && Is(a - 1, kComplementizer);
  if (WordsIn(a, e) >= (through_complementizer ? opt_.min_reported_words : opt_.min_prepositional_words)) {
    c.kind = Complement::kReported;
    c.content = {a, e};
    c.prepositional = !through_complementizer;
  }
  return c;
}

}  // namespace marsad::quotes
