// The cues: which words are cues in their context (the checks W() runs on a word the lexicon
// lists), and the handler of each kind — speech verbs (ReadVerb, HandleVerb), source words,
// nouns of saying and speech, بالقول — which read a speaker and content and emit the quote.
// Part of ExtractionRun (extraction_run.h), split by concern: docs/quotes.md, Layout.
#include "marsad/quotes/extraction_run.h"

namespace marsad::quotes {
namespace {

// The preposition على as normalized (ى → ي): حث X على ...
constexpr std::string_view kAlaNorm = "\xD8\xB9\xD9\x84\xD9\x8A";

}  // namespace

bool ExtractionRun::InSubjectRelative(std::uint32_t i, const CueWord& w) const {
  // The relative: الذي، التي، الذين and their و-forms, the lexicon's [relative] words tagged
  // with an agreement (not the duals and feminine plurals).
  if (i < 3 || w.conjunction || Kind(i - 1) != TokenKind::kArabicWord || !SamePara(i - 1, i) ||
      !Relative(i - 1) || W(i - 1)->agreement == Agreement()) {
    return false;
  }
  // Its own content: a complementizer or colon within four tokens, before punctuation.
  for (std::uint32_t k = i + 1; k < n_ && k <= i + 4 && SamePara(k, i); ++k) {
    if (Is(k, kComplementizer) || IsColon(k) || OpenSpan(k) >= 0) return false;
    if (Punct(k)) break;
  }
  // Nor its own preposition right after it (الذي اعترف بتنفيذ الهجمات، الذي كشف عن ...), nor
  // فيه/فيها with a subject of its own (اليوم الذي قال فيه الوزير إنه ...، الجلسة التي أكد فيها
  // رئيس الوزراء ...), nor a time before the relative (في الوقت الذي تطالب فيه واشنطن ...).
  // Round 37: an adverb may stand before the preposition (التي دعت مرارا إلى ...، الذي حذر
  // كذلك من ...).
  const SpeechVerb& verb = lex_.verbs()[w.verb];
  const bool adverb = i + 2 < n_ && SamePara(i + 2, i) && (Is(i + 1, kTime) || Adverbial(i + 1));
  if (StartsPrepositional(i + 1, verb) || (adverb && StartsPrepositional(i + 2, verb)) || Is(i + 1, kInStatement) ||
      Is(i - 2, kTime)) {
    return false;
  }
  if ((verb.flags & kRelay) != 0 && i + 1 < n_ &&
      (Is(i + 1, kRelayFrom) || Is(i + 1, kRelayPronoun) || Is(i + 1, kRelayTongue))) {
    return false;
  }
  // The cue: a speech verb within twelve tokens before the relative, with the subject's
  // words (a name, a title, an aside in parentheses or commas) between, no content opened.
  constexpr std::uint32_t kMaxBack = 12;
  for (std::uint32_t k = i - 1; k-- > 0 && i - 1 - k <= kMaxBack && SamePara(k, i);) {
    if (Inside(k) >= 0 || OpenSpan(k) >= 0 || CloseSpan(k) >= 0 || IsTerminal(k) || IsColon(k) ||
        IsSemicolon(k) || Is(k, kComplementizer) || Is(k, kRelative)) {
      return false;
    }
    // Not a verb's spelling right after a complementizer: a noun of content already open
    // (قال X إن رد فعل الفلسطينيين الذين يرون ...: رد is "reaction").
    if (Is(k, kSpeechVerb)) return k + 1 < i - 1 && !(k > 0 && Is(k - 1, kComplementizer));
  }
  return false;
}

bool ExtractionRun::ClaimedActAhead(std::uint32_t i) const {
  for (std::uint32_t k = i + 1; k < n_ && k <= i + opt_.max_subject_tokens + 1 && SamePara(k, i); ++k) {
    if (Kind(k) != TokenKind::kArabicWord) return false;
    const CueWord* c = FindCue(a_.norm(k));
    if (c == nullptr) continue;
    if (c->Is(kClaimedAct)) return true;
    // Round 15: a designator is a word of the subject's name (أصدر مجلس الوزراء تعليماته ...).
    if (!c->Is(kTime) && c->classes != kDesignator) return false;
  }
  return false;
}

std::uint32_t ExtractionRun::AsideEnd(std::uint32_t k) const {
  if (!IsComma(k) || k + 2 >= n_ || !SamePara(k, k + 1) || !Is(k + 1, kAsidePrep)) return k;
  for (std::uint32_t u = k + 2; u < n_ && u <= k + 5 && SamePara(u, k); ++u) {
    if (IsComma(u)) return u > k + 2 ? u : k;
    if (Kind(u) != TokenKind::kArabicWord) return k;
  }
  return k;
}

bool ExtractionRun::ComplementizerAhead(std::uint32_t i, const SpeechVerb& verb) const {
  const bool after_plain_word = i > 0 && Kind(i - 1) == TokenKind::kArabicWord && SamePara(i - 1, i) &&
                                FindCue(a_.norm(i - 1)) == nullptr && !LoneConjunction(i - 1);
  const CueWord* self = FindCue(a_.norm(i));
  const bool bare = after_plain_word && self != nullptr && !self->conjunction;
  bool conjunct = false;
  for (std::uint32_t k = i + 1; k < n_ && k <= i + opt_.max_subject_tokens && SamePara(k, i); ++k) {
    if (Kind(k) != TokenKind::kArabicWord) {
      // وبين شيخ الطائفة، أن ...: a comma may close the subject before its complementizer.
      if (CommaBeforeComplementizer(k, i)) return OpensClause(i) && !(bare && conjunct);
      const std::uint32_t u = AsideEnd(k);
      if (u == k) return false;
      k = u;
      continue;
    }
    const CueWord* c = FindCue(a_.norm(k));
    if (c == nullptr) {
      constexpr std::string_view kWaw = "\xD9\x88";  // و
      if (k > i + 1 && a_.norm(k).starts_with(kWaw) && a_.norm(k).size() >= kWaw.size() + 6) conjunct = true;
      continue;
    }
    if (c->Is(kComplementizer)) return !(bare && conjunct);
    const bool own_prep = std::find(verb.preps.begin(), verb.preps.end(), a_.norm(k)) != verb.preps.end();
    return own_prep && k + 1 < n_ && Kind(k + 1) == TokenKind::kArabicWord &&
           Is(k + 1, kComplementizer);
  }
  return false;
}

bool ExtractionRun::OpensClause(std::uint32_t i) const {
  if (i == 0 || !SamePara(i - 1, i)) return true;
  if (Kind(i - 1) == TokenKind::kArabicWord) {
    // وبين، فأبان، و بين، كما بين: the verb; النزاعات بين، من بين، أحد أبرز: the word "between"/"most".
    if (LoneConjunction(i - 1) || a_.norm(i - 1) == "\xD9\x83\xD9\x85\xD8\xA7" /* كما */) return true;
    const CueWord* self = FindCue(a_.norm(i));
    if (self == nullptr || !self->conjunction) return false;
    // بين الحق والباطل وبين الخير والشر، إنه ...: the second "between" of a pair.
    constexpr std::string_view kBayna = "\xD8\xA8\xD9\x8A\xD9\x86";  // بين
    for (std::uint32_t t = i - 1; t > 0 && i - t <= 12 && SamePara(t - 1, i) && !IsTerminal(t - 1); --t) {
      if (a_.norm(t - 1) == kBayna) return false;
    }
    return true;
  }
  if (!IsComma(i - 1)) return !Wordish(i - 1);
  // After a comma (من جانبه، بين X، أن): not inside the subject of an earlier speech verb
  // whose complementizer is still to come (قال وزير الأمن، بين والاس، إن: a name, Ben).
  for (std::uint32_t t = i - 1; t > 0 && i - t <= 16 && SamePara(t - 1, i); --t) {
    const std::uint32_t u = t - 1;
    if (IsTerminal(u) || IsColon(u)) return true;
    if (Kind(u) != TokenKind::kArabicWord) continue;
    const CueWord* c = FindCue(a_.norm(u));
    if (c == nullptr) continue;
    if (c->Is(kComplementizer)) return true;
    if (c->Is(kSpeechVerb)) return false;
  }
  return true;
}

bool ExtractionRun::PrepNounAhead(std::uint32_t i, const SpeechVerb& verb) const {
  for (std::uint32_t k = i + 1; k < n_ && k <= i + opt_.max_subject_tokens + kMaxObjectWords && SamePara(k, i);
       ++k) {
    if (Kind(k) != TokenKind::kArabicWord) {
      if (IsComma(k) || Wordish(k)) continue;
      return false;
    }
    const std::string_view norm = a_.norm(k);
    const CueWord* c = FindCue(norm);
    if (c != nullptr && c->Is(kComplementizer)) return true;
    for (const std::string& p : verb.preps) {
      if (norm.size() <= p.size() + 4 || !norm.starts_with(p) || MentionOf(k) >= 0) continue;
      const std::string_view rest = norm.substr(p.size());
      // A ب-word that is no verbal noun (طالب بكلية الطب) is a place: no demand follows.
      return VerbalNoun(rest.substr(lex_.PrefixLength(rest, AffixList::kArticlePrefix)), a_.stem(k));
    }
    if (c != nullptr && (c->Is(kSpeechVerb) || c->Is(kClauseEnd) || c->Is(kSource))) return false;
  }
  return false;
}

bool ExtractionRun::VerbalNoun(std::string_view w, std::string_view stem) const {
  if (lex_.Is(w, kDemandNoun) || lex_.IsNominalContent(stem) || lex_.IsObjectHead(stem)) return true;
  if (w.size() % 2 != 0) return false;
  for (char ch : w) {
    if ((static_cast<unsigned char>(ch) & 0x80) == 0) return false;  // Arabic letters only
  }
  const std::size_t n = w.size() / 2;
  auto at = [&](std::size_t k) { return w.substr(2 * k, 2); };
  constexpr std::string_view kAlef = "\xD8\xA7", kTa = "\xD8\xAA", kYa = "\xD9\x8A", kMim = "\xD9\x85",
                             kHa = "\xD9\x87", kNun = "\xD9\x86";
  if (n == 5 && at(0) == kAlef && at(3) == kAlef) return true;
  if (n == 6 && at(0) == kAlef && at(4) == kAlef && (at(2) == kTa || at(1) == kNun)) return true;
  if (n >= 6 && w.starts_with("\xD8\xA7\xD8\xB3\xD8\xAA")) return true;  // است
  if (n == 5 && at(0) == kTa && (at(3) == kYa || at(2) == kAlef)) return true;
  return n == 6 && at(0) == kMim && at(2) == kAlef && at(5) == kHa;
}

bool ExtractionRun::EmbeddedPredicate(std::uint32_t i) const {
  const CueWord* w = W(i);
  if (w == nullptr || !w->Is(kSpeechVerb) || w->form != VerbForm::kImperfect || Conjoined(i)) return false;
  if (Is(i + 1, kComplementizer)) return true;
  return !(i > 0 && (IsComma(i - 1) || IsSemicolon(i - 1))) && StartsPrepositional(i + 1, lex_.verbs()[w->verb]);
}

bool ExtractionRun::NounAfterContentComplementizer(std::uint32_t i) const {
  return i >= 2 && Is(i - 1, kComplementizer) && IsSpeechCue(i - 2) && W(i) != nullptr &&
         W(i)->Is(kSpeechVerb) && W(i)->form == VerbForm::kPerfect;
}

bool ExtractionRun::DescribesStatement(std::uint32_t verb) const {
  std::uint32_t t = verb;
  while (t > 0 && verb - t < 3 && (Is(t - 1, kTime) || Adverbial(t - 1))) --t;
  return t > 0 && SamePara(t - 1, verb) && (Is(t - 1, kStatement) || Is(t - 1, kStatementDefinite));
}

// لم يقل، لن يعلن، ما قال: a denied statement; أن يقول: a statement that may come.
bool ExtractionRun::Negated(std::uint32_t verb) const {
  if (verb == 0) return false;
  const std::uint32_t p = verb - 1;
  // بحسب ما قال: ما is the source's, not a negation.
  if (Is(p, kNegation) && !(Is(p, kSourceFiller) && p > 0 && Is(p - 1, kSource))) return true;
  const CueWord* w = W(verb);
  return w->form == VerbForm::kImperfect && Is(p, kComplementizer);
}

// A speaker whose words open with مراسل (مراسل، ومراسل، مراسلة): a correspondent reports others' words.
bool ExtractionRun::Correspondent(const Who& w) const {
  if (!w.known || w.first_token >= n_) return false;
  const std::string_view raw = Raw(w.first_token);
  return raw.find("\xD9\x85\xD8\xB1\xD8\xA7\xD8\xB3\xD9\x84" /* مراسل */) != std::string_view::npos;
}

// نقلا عن at i: "relaying from", after a speech verb's subject (ذكرت الصحيفة نقلا عن الوزير أن).
bool ExtractionRun::NaqlanAn(std::uint32_t i) const {
  return i + 1 < n_ && Kind(i) == TokenKind::kArabicWord &&
         a_.norm(i) == "\xD9\x86\xD9\x82\xD9\x84\xD8\xA7" /* نقلا */ && Is(i + 1, kRelayFrom);
}

// قال بيسكوف إن ذكر بوتين في القضية "...": after a speech verb's complementizer إن a noun
// opens the clause, so a verb's form right after it is its verbal noun. Spelt إن/إنّ only (أن
// also opens a verb: بعد أن ذكر; normalized, إن is أن), not "ما إن أعلن ... حتى" ("as soon
// as"), "حتى إن طلب" or a name's last word (مون جاي إن قال), and only with a speech verb
// before it in the sentence: elsewhere إن may be "if" (إن رأى ذلك).
bool ExtractionRun::AfterComplementizerIn(std::uint32_t i) const {
  if (i < 2) return false;
  const std::uint32_t in = i - 1;
  if (Raw(in) != "\xD8\xA5\xD9\x86" /* إن */ && Raw(in) != "\xD8\xA5\xD9\x86\xD9\x91" /* إنّ */) return false;
  const std::string_view before = a_.norm(in - 1);
  if (before == "\xD9\x85\xD8\xA7" /* ما */ || before == "\xD9\x88\xD9\x85\xD8\xA7" /* وما */ ||
      before == "\xD8\xAD\xD8\xAA\xD9\x8A" /* حتي */) {
    return false;
  }
  if (MentionOf(in) >= 0) return false;
  const std::uint32_t first = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(in)].first_token;
  for (std::uint32_t t = in; t > first;) {
    --t;
    if (IsSpeechCue(t)) return true;
  }
  return false;
}

// Reads the speaker of the speech verb at i and where its content may start.
ExtractionRun::VerbReading ExtractionRun::ReadVerb(std::uint32_t i) const {
  VerbReading out;
  const CueWord& w = *W(i);
  const SpeechVerb& verb = lex_.verbs()[w.verb];
  if (Negated(i)) return out;
  // دون ذكر أسماء بعينها: a verbal noun, not a verb.
  if (i > 0 && Is(i - 1, kNounBefore)) return out;
  // أكد على تعهد الحكومة بمحاربة الفساد: after the preposition على a verb's form is its verbal
  // noun (a preposition takes no verb). Spelt with ى only: normalized, على is the name علي.
  if (i > 0 && (Raw(i - 1) == "\xD8\xB9\xD9\x84\xD9\x89" /* على */ ||
                Raw(i - 1) == "\xD9\x88\xD8\xB9\xD9\x84\xD9\x89" /* وعلى */)) {
    return out;
  }
  if (AfterComplementizerIn(i)) return out;
  // Round 19: ترك أبلغ الأثر، أعرب عن أبلغ التهاني: the elative "the greatest", no verb of telling.
  if ((verb.flags & kToldObject) != 0 && i + 1 < n_ && Is(i + 1, kElativeNoun)) return out;
  // Round 31: a participle right after كان is the predicate, an adjective (كان ملاحظاً حتى أثناء
  // ...: "was noticeable"), not an adverbial cue.
  if (w.form == VerbForm::kParticiple && i > 0 && Is(i - 1, kCopula)) return out;
  out.valid = true;
  if (w.form == VerbForm::kParticiple) {
    const bool same_sentence = InSpeakerSentence(i) &&
                               sentence_speaker_.agreement.Compatible(w.agreement);
    if (!same_sentence) out.who = MainClauseSubject(i);
    if (!out.who.known) out.who = Carried(w.agreement, i);
    out.after = i + 1;
    return out;
  }
  if ((verb.flags & kStatementIntro) != 0) {
    // جاء في بيان الوزارة أن ...
    if (!(i + 2 < n_ && Is(i + 1, kStatementIn) && Is(i + 2, kStatement))) {
      out.valid = false;
      return out;
    }
    Range np = NounPhrase(i + 2, false);
    if (np.end == np.first + 1) {
      out.who = Carried(Agreement(), i);  // وجاء في البيان: the statement's author
    } else {
      out.who = Explicit(np, Agreement(), Attribution::kExplicit, false);
    }
    out.after = np.end;
    return out;
  }
  const bool conjoined = Conjoined(i);
  std::uint32_t j = i + 1;
  // نقلت عنه الوكالة: the pronoun is the speaker.
  std::optional<Who> relayed_pronoun;
  if ((verb.flags & kRelay) != 0 && Is(j, kRelayPronoun)) {
    relayed_pronoun = RelayPronounReferent(W(j)->agreement, i);
    ++j;
  }
  // Round 43: وفق ما أفاد به X: the pronoun points back to the source's ما; X follows it.
  if (SourceResumptive(i)) ++j;
  // تغريدة قال فيها إن ...، بيانا أكدت فيه أن ...: the verb describes a statement named before it.
  const bool in_statement = !relayed_pronoun && Is(j, kInStatement);
  if (in_statement) ++j;
  j = SkipAdverbs(SkipOutletAddressee(SkipAdverbs(j)));
  // Round 35: طلب منه جهاز الاستخبارات اصطحاب ...: the one asked before the subject.
  if ((verb.flags & kRequest) != 0 && RequestPronoun(j)) ++j;
  // وتابع بالقول: ...: the saying noun right after the verb is no subject; the content follows.
  if (Is(j, kSayingNoun)) ++j;
  Range subject = StartsPrepositional(j, verb) || StatementMeans(j) ? Range{j, j} : NounPhrase(j, false);
  // After فيه/فيها a subject is a name the tagger found (أعلنت فيه الأمم المتحدة); other words
  // are the object (أصدرت الوزارة بيانا أكدت فيه استهداف المؤسسة ...).
  if (in_statement && !subject.empty()) {
    bool named = false;
    for (std::uint32_t t = subject.first; t < subject.end && !named; ++t) named = MentionOf(t) >= 0;
    if (!named) subject = {j, j};
  }
  if ((verb.flags & kObjectFirst) != 0) subject = SubjectBeforeObject(subject);
  if ((verb.flags & kRequest) != 0) subject = RequestSubject(subject);  // Round 35
  // Round 10: a word after the subject's first with the verb's one-letter preposition glued to
  // it (ناشدت الجمعية المحسنين بمساعدة ...، اعترفت الشركة بمسؤوليتها عن ...) opens the
  // complement, as بال does (the subject's words stop only at the latter); a name the tagger
  // found there (بوتين) is no preposition.
  for (std::uint32_t t = subject.first + 1; t < subject.end; ++t) {
    if (StartsPrepositional(t, verb)) {
      subject.end = t;
      break;
    }
  }
  // Round 11: a joint subject (أفاد التلفزيون المصري ووكالة الأنباء الرسمية أن ...): the first
  // conjunct speaks (the verb agrees with it).
  for (std::uint32_t t = subject.first + 1; t < subject.end; ++t) {
    if (SecondConjunct(subject.first, t)) {
      subject.end = t;
      break;
    }
  }
  // Round 8: a name the tagger found that the subject's words cut (كشفت المؤسسة العامة للتدريب
  // التقني والمهني عن ...: the ل-word stopped them) runs to its end; the content follows it.
  if (!subject.empty()) {
    const std::int32_t m = MentionOf(subject.end - 1);
    if (m >= 0 && mentions_[m].end_token > subject.end && mentions_[m].kind == doc::MentionKind::kName &&
        SamePara(mentions_[m].end_token - 1, i)) {
      subject.end = mentions_[m].end_token;
    }
  }
  // أبلغ مسؤولون حكوميون رويترز أنهم ...: the addressee before أن is no part of the speaker —
  // a name the tagger found that ends the words and does not start them. (Without a name, the
  // last word is as often an adjective of the subject: أبلغت الجهة المنظمة أنها ...)
  if ((verb.flags & kToldObject) != 0 && subject.end > subject.first + 1 && Is(subject.end, kComplementizer)) {
    const std::int32_t m = MentionOf(subject.end - 1);
    if (m >= 0 && mentions_[m].kind == doc::MentionKind::kName && mentions_[m].first_token > subject.first &&
        mentions_[m].end_token == subject.end) {
      subject.end = mentions_[m].first_token;
    }
  }
  // الأمين العام لحزب آفاق تونس، ياسين ابراهيم، إن ...: a title cut before a word of the
  // lexicon still runs to the comma of the name in apposition that precedes the content.
  if (!subject.empty() && !IsComma(subject.end)) {
    constexpr std::uint32_t kMaxTitleTail = 4;
    constexpr std::uint64_t kNotInTitle =
        CueLexicon::kTriggerClasses | kComplementizer | kTime | kClauseEnd | kRelative | kNegation;
    std::uint32_t c = subject.end;
    while (c < n_ && c - subject.end < kMaxTitleTail && SamePara(c, i) && Wordish(c) && Inside(c) < 0 &&
           (Classes(c) & kNotInTitle) == 0 && !Adverbial(c) && !StartsPrepositional(c, verb)) {
      ++c;
    }
    if (c > subject.end && IsComma(c)) {
      const Range app = Apposition(c);
      if (!app.empty() && app.end + 1 < n_ &&
          (Is(app.end + 1, kComplementizer) || CallPrepositionAfterObject(app.end + 1, verb) != kNoToken)) {
        subject.end = c;
      }
    }
  }
  // Round 17: a title the entities stage found runs on past where the subject's words stop
  // (نائب حزب الشعب الجمهوري عن مدينة إسطنبول، محمود تانال، بإعادة ...): it runs to the
  // title's end when a name in apposition and then the content follow.
  if (!subject.empty() && !IsComma(subject.end) && subject.end < n_) {
    const std::int32_t m = MentionOf(subject.end - 1);
    if (m >= 0 && mentions_[m].kind == doc::MentionKind::kTitle && mentions_[m].end_token > subject.end &&
        mentions_[m].end_token < n_ && mentions_[m].first_token >= subject.first && SamePara(mentions_[m].end_token, i)) {
      const Range app = Apposition(mentions_[m].end_token);
      if (!app.empty() && app.end + 1 < n_ &&
          (Is(app.end + 1, kComplementizer) || StartsPrepositional(app.end + 1, verb))) {
        subject.end = mentions_[m].end_token;
      }
    }
  }
  // Round 10: a title the subject's words cut at a في/ل/ب phrase, a quoted name or a
  // coordinated second title (مدير التقنية في "فيسبوك" X أن ...، الناطق الرسمي للرابطة الوطنية
  // لكرة القدم X أن ...، عضو مجلس الإدارة والمشرف على الفريق X أن ...) runs on to the person's
  // name the tagger found after it, when the content opens right after that name.
  // Round 33: نقلت وكالة فارس للأنباء عن X: the outlet's name runs to its لل-word and the relay
  // follows; the title run-ons below would read the لل-word as a title's complement.
  const std::uint32_t lam_outlet_end =
      (verb.flags & kRelay) != 0 && !relayed_pronoun ? RelayOutletLamEnd(subject, i) : kNoToken;
  if (lam_outlet_end != kNoToken) subject.end = lam_outlet_end;
  const bool run_on = !subject.empty() && lam_outlet_end == kNoToken;
  if (run_on) subject.end = TitleRunOnToName(subject, verb, i);
  const std::uint32_t title_end = subject.end;
  if (run_on) subject.end = TitleRunOnToOrganisation(subject, verb, i);
  const bool org_run_on = subject.end != title_end;
  if (run_on && !org_run_on) subject.end = TitleRunOnThroughBa(subject, verb, i);
  // The ب-phrase holds no mention: the words are kept whole, not cut after the title's mention.
  const bool ba_run_on = !org_run_on && subject.end != title_end;
  // ودعا الهياكل القضائية إلى أن ...: after a coordinated verb that takes an object before its
  // preposition, words the tagger names no one in, right before the preposition, are the
  // object; the previous speaker speaks.
  if (conjoined && (verb.flags & kObjectPrep) != 0 && !subject.empty() && !mentions_.empty() &&
      StartsPrepositional(subject.end, verb) && ObjectBefore(subject.first, subject.end)) {
    bool named = false;
    for (std::uint32_t t = subject.first; t < subject.end && !named; ++t) named = MentionOf(t) >= 0;
    if (!named) {
      Who carried = Carried(w.agreement, i);
      if (carried.known && carried.how == Attribution::kCarried) {
        out.who = carried;
        subject = {j, j};
      }
    }
  }
  // وكان الاتحاد قد أعلن فرض ...: after كان X قد the subject stands before the verb, and the
  // words after it are its object.
  // Round 8: also with no قد (كانت الحكومة قالت العام الماضي إن ...، كان وزير سوري أبلغ رويترز
  // أن ...): a subject right after كان and right before the verb.
  if (!subject.empty() && !conjoined && !relayed_pronoun && i > 0 &&
      (Is(i - 1, kAuxiliary) || (w.form == VerbForm::kPerfect && Wordish(i - 1) && W(i - 1) == nullptr))) {
    const Range back = LookBackSubject(i);
    if (!back.empty() && back.first > 0 && Is(back.first - 1, kCopula)) {
      out.who = Explicit(back, w.agreement, Attribution::kExplicit, false);
      out.who.agreement = w.agreement;
      subject = {j, j};
    }
  }
  // Round 45: a told verb after its fronted subject (بأن روسيا أبلغت الجماعة أن ...، إن المتهم
  // أبلغ المحققين أن ...): the words after it are the one told, not its subject.
  if (!out.who.known && !subject.empty()) {
    if (const Range told = ToldAfterFrontedSubject(i); !told.empty()) {
      out.who = Explicit(told, w.agreement, Attribution::kExplicit, false);
      out.who.agreement = w.agreement;  // after its subject, a verb agrees fully
      subject = {j, j};
    }
  }
  std::uint32_t noun_end = kNoToken;  // StatementNounPriorSpeaker's
  if (out.who.known) {
    out.after = j;
  } else if (subject.empty()) {
    if (Is(i, kNarrator)) {  // ويذكر أن: the journalist
      out.valid = false;
      return out;
    }
    if (in_statement) {
      // Its author: the person last named before it in its sentence (مما دفع ترامب للرد في
      // تغريدة قال فيها ...), not the previous speaker.
      out.who = StatementAuthor(i, w.agreement);
      if (!out.who.known) out.who = PronounReferent(i, w.agreement);
      // Its author spoke through the statement: a later وتابع البيان carries them. Not after
      // جاء فيه, which reads a document's text whose author is often named far before or not
      // at all (أصدر المعهد تقريرا عنوانه: «...» جاء فيه ...).
      out.who.stated = out.who.known && verb.lemma != "\xD8\xAC\xD8\xA7\xD8\xA1" /* جاء */;
    } else if (const Range ante = RelativeAntecedent(i); !ante.empty()) {
      out.who = Explicit(ante, w.agreement, Attribution::kExplicit, false, /*whole=*/true);
      out.who.agreement = w.agreement;
      out.parenthetical = ante.end + 1 < i && IsComma(ante.end) && Relative(ante.end + 1);
    }
    if (!out.who.known && !conjoined && DescribesStatement(i)) {
      // أعلنت في بيان الثلاثاء ذكر أن ...: the statement's author speaks, whatever the
      // verb agrees with (the statement noun).
      if (InSpeakerSentence(i)) {
        out.who = sentence_speaker_;
      } else if (StatedSpeaker() >= 0) {
        out.who = history_[StatedSpeaker()];
      }
      if (out.who.known) out.who.how = Attribution::kCarried;
    }
    if (conjoined && !out.who.known && w.form == VerbForm::kPerfect) {
      if (const Range topic = AmmaTopic(i); !topic.empty()) {
        out.who = Explicit(topic, w.agreement, Attribution::kExplicit, false);
        out.who.agreement = w.agreement;
      }
    }
    if (!conjoined && !out.who.known) {
      Range back = LookBackSubject(i);
      // Not "X، الذي ...، قال": the relative is an apposition before the verb, not its clause.
      out.parenthetical = !back.empty() && back.end + 1 < i && IsComma(back.end) && Relative(back.end + 1) &&
                          !IsComma(i - 1);
      if (!back.empty()) {
        out.who = Explicit(back, w.agreement, Attribution::kExplicit, false);
        out.who.agreement = w.agreement;  // after its subject, a verb agrees fully
      }
    }
    if (conjoined && !out.who.known && !relayed_pronoun) out.who = ContentSubject(i, w.agreement);
    if (!out.who.known && !relayed_pronoun) {
      // وقام مسؤولون بزيارة ...، وأكدوا أن ...: the subject of the sentence's first verb,
      // unless a speaker already spoke in this sentence.
      const bool spoke = InSpeakerSentence(i);
      if (!spoke) {
        Who main = MainClauseSubject(i);
        if (main.known) {
          const bool plural_head = PluralLooking(main);
          const bool plural_verb = w.agreement.number == Number::kPlural;
          if (plural_head == plural_verb) out.who = main;
        }
      }
      if (!out.who.known) out.who = Carried(w.agreement, i);
    }
    out.after = j;
  } else if (StatementBackReference(subject) && StatedSpeaker() >= 0) {
    // وأضاف البيان: the statement speaks for whoever issued it.
    out.who = history_[StatedSpeaker()];
    out.who.how = Attribution::kCarried;
    out.after = subject.end;
  } else if (const Who author = StatementNounAuthor(subject); author.known) {
    // Round 21: وأضاف البيان with no stated speaker, وذكر بالبيان: the statement's author.
    out.who = author;
    out.after = subject.end;
  } else if (const Who prior =
                 StatementNounPriorSpeaker(subject, i, (verb.flags & kObjectPrep) != 0, &noun_end);
             prior.known) {
    // Round 49: وأكد القرار، ودعا البيان الأطراف إلى with no author named: the nearest earlier speaker.
    out.who = prior;
    out.who.agreement = w.agreement;  // the noun's: a later وتابع goes on with the statement
    out.after = noun_end;
  } else {
    // A name between commas after the subject is the subject's (أكد مهاجم الفريق، سيموني
    // فيردي، موافقته ...): the content starts after it.
    out.after = subject.end;
    if (const Range app = Apposition(subject.end); !app.empty()) {
      subject.end = app.end;
      out.after = app.end + 1;
    } else if (const Range title = TitleApposition(subject, verb); !title.empty()) {
      out.after = title.end + 1;
    } else if (const Range named = AppositionAfterTitlePlace(subject); !named.empty()) {
      subject.end = named.end;
      out.after = named.end + 1;
    }
    out.who = Explicit(AccuserWords(subject, verb), w.agreement, Attribution::kExplicit, false, ba_run_on);
    // The organisation a title belongs to is not the speaker (Samsung is not its head of mobile).
    if (org_run_on) out.who.entity.reset();
    if (const doc::Mention* named = TitleReferent(out.who); named != nullptr) {
      out.who.mention = named->span;
      out.who.first_token = named->first_token;
      out.who.entity = named->entity;
    } else if (const Who office = MediaOfficeReferent(subject, out.who.mention.end); office.known) {
      const Agreement agreement = out.who.agreement;
      const Attribution how = out.who.how;
      const bool stated = out.who.stated;  // بيان المكتب الإعلامي: a later وأضاف البيان carries it
      out.who = office;
      out.who.how = how;
      out.who.stated = stated;
      out.who.agreement = agreement;
    } else if (const Who guest = GuestReferent(subject, out.who.mention.end, w.agreement); guest.known) {
      const Agreement agreement = out.who.agreement;
      out.who = guest;
      out.who.how = Attribution::kExplicit;
      out.who.agreement = agreement;
    } else if (const doc::Mention* person = SurnameReferent(subject, out.who.mention.end); person != nullptr) {
      out.who.mention = person->span;
      out.who.first_token = person->first_token;
      out.who.entity = person->entity;
    } else if (const Who* earlier = DefiniteAnaphor(subject, out.who.mention.end, w.agreement); earlier != nullptr) {
      const Agreement agreement = out.who.agreement;
      out.who = *earlier;
      out.who.agreement = agreement;
    } else if (const Who* joint = DualAnaphor(subject); joint != nullptr) {
      out.who = *joint;
    }
    if (const doc::Mention* titled = HonorificReferent(subject, i); titled != nullptr) {
      out.who.mention = titled->span;
      out.who.first_token = titled->first_token;
      out.who.entity = titled->entity;
    }
  }
  if (relayed_pronoun) {
    out.who = *relayed_pronoun;
    out.who.how = relayed_pronoun->known ? Attribution::kRelayed : Attribution::kUnknown;
    out.relay_outer = true;
  } else if (out.after < n_ && ((verb.flags & kRelay) != 0 || (NaqlanAn(out.after) && (!NamesPerson(out.who) || Correspondent(out.who))))) {
    // نقلت وكالة X عن Y (قوله) ...; also ذكرت وسائل إعلام نقلا عن Y أن ...: any speech verb whose
    // subject is followed by نقلا عن relays Y. Not after a person (وصرح النجم السويدي نقلا عن شبكة
    // ESPN بأنه ...: he spoke, the network reported it), unless the person is a correspondent, who
    // relays (وأفاد مراسل سكاي نيوز نقلا عن المصادر العسكرية أن).
    std::uint32_t k = out.after;
    while (k < n_ && IsComma(k)) ++k;
    if (NaqlanAn(k)) ++k;
    // Round 30: a short في-phrase between the outlet and عن (نقلت وسائل إعلام روسية في وقت سابق
    // عن X قوله ...، نقلت الوكالة في تقرير لها عن ...) is passed over; before, the outlet kept
    // the quote and the relayed person was never remembered for the وأضاف after it.
    if (!Is(k, kRelayFrom) && k < n_ && a_.norm(k) == "\xD9\x81\xD9\x8A" /* في */) {
      constexpr std::uint32_t kMaxPhraseWords = 3;
      std::uint32_t t = k + 1;
      while (t < n_ && t - k <= kMaxPhraseWords && SamePara(t, i) && Wordish(t) && Inside(t) < 0 &&
             !Is(t, kRelayFrom) && (Classes(t) & CueLexicon::kTriggerClasses) == 0) {
        ++t;
      }
      if (t > k + 1 && t < n_ && Is(t, kRelayFrom) && SamePara(t, i)) k = t;
    }
    if (Is(k, kBySayingPrep) && Is(k + 1, kRelayTongue)) ++k;  // على لسان X
    if (Is(k, kRelayFrom) || Is(k, kRelayTongue)) {
      std::uint32_t y0 = k + 1;
      while (y0 < n_ && IsComma(y0)) ++y0;
      Range y = NounPhrase(y0, false);
      // Round 11: نقل التلفزيون عن مراسل له قوله ...: the ل-pronoun of an unnamed relayed speaker
      // ("a correspondent of its own") is part of the words that name it.
      if (y.end == y.first + 1 && Is(y.end, kSubjectSkip) && a_.norm(y.end).starts_with("\xD9\x84") /* ل */ &&
          MentionOf(y.first) < 0 && lex_.PrefixLength(a_.norm(y.first), AffixList::kArticlePrefix) == 0) {
        ++y.end;
      }
      if (!y.empty()) {
        if (out.who.known && out.who.how == Attribution::kExplicit) {
          out.outlet = out.who;
          out.outlet.mention.end = std::min(out.outlet.mention.end, toks_[k - 1].token.end);  // not past عن
        }
        out.who = Explicit(y, Agreement(), Attribution::kRelayed, false);
        // Round 33: a mention of the tagger's that starts before عن (وكالة "أناضول" التركية للأنباء
        // عن مدير المؤسسة ...) widened the relayed speaker's words back over the outlet.
        out.who.mention.begin = std::max(out.who.mention.begin, toks_[y.first].token.begin);
        out.after = y.end;
        out.relay_outer = true;
      }
    } else if (Is(k, kRelayPronoun)) {
      if (out.who.known && out.who.how == Attribution::kExplicit) {
        out.outlet = out.who;
        out.outlet.mention.end = std::min(out.outlet.mention.end, toks_[k - 1].token.end);  // not past عنه
      }
      out.who = RelayPronounReferent(W(k)->agreement, i);
      if (out.who.known) out.who.how = Attribution::kRelayed;
      out.after = k + 1;
      out.relay_outer = true;
    }
  }
  while (out.after < n_ && Is(out.after, kQuoteFiller)) {
    // نقلت الوكالة عن الوزيرة قولها: the pronoun agrees with the speaker.
    if (out.relay_outer && W(out.after)->agreement != Agreement()) {
      out.who.agreement = W(out.after)->agreement;
    }
    ++out.after;
  }
  return out;
}

bool ExtractionRun::UrgeAhead(std::uint32_t i) const {
  if (!OpensClause(i)) return false;  // مع حث الرئيس، بهدف حث المواطنين: the verbal noun
  // A name right after it, or a person or organisation within its subject's first words (كما حثت
  // الأطراف المشاركة في المواجهات على ...: none, the speaker's content runs on).
  bool named = false;
  for (std::uint32_t t = i + 1; t < n_ && t <= i + 4 && SamePara(t, i) && !named; ++t) {
    const std::int32_t m = MentionOf(t);
    named = m >= 0 && (mentions_[m].type == doc::EntityType::kPerson ||
                       mentions_[m].type == doc::EntityType::kOrganization ||
                       (t == i + 1 && mentions_[m].kind == doc::MentionKind::kName));
  }
  if (!named) return false;
  // A name and على right after it (وحثت أنقرة على، كما حث الشركة على): the one urged, the urger
  // unsaid; no cue, so the content it stands in runs on.
  if (const std::int32_t m = MentionOf(i + 1); m >= 0 && mentions_[m].first_token == i + 1) {
    const std::uint32_t e = mentions_[m].end_token;
    if (e < n_ && Kind(e) == TokenKind::kArabicWord && a_.norm(e) == kAlaNorm) return false;
  }
  for (std::uint32_t t = i + 1; t < n_ && t <= i + opt_.max_subject_tokens + kMaxObjectWords && SamePara(t, i); ++t) {
    if (IsTerminal(t) || IsColon(t)) return false;
    if (Kind(t) == TokenKind::kArabicWord && a_.norm(t) == kAlaNorm) return true;
  }
  return false;
}

bool ExtractionRun::UrgerAndUrged(const VerbReading& r) const {
  if (!r.who.known || r.who.how != Attribution::kExplicit) return false;
  bool named = false;
  for (const doc::Mention& m : mentions_) {
    // A person or organisation anywhere in it, or a name that opens it (حثت روسيا، حثت الصين).
    const bool opens = m.kind == doc::MentionKind::kName && m.span.begin == r.who.mention.begin;
    if ((m.type == doc::EntityType::kPerson || m.type == doc::EntityType::kOrganization || opens) &&
        m.kind != doc::MentionKind::kPronoun && r.who.mention.begin <= m.span.begin &&
        m.span.end <= r.who.mention.end) {
      named = true;
      break;
    }
  }
  if (!named) return false;
  // The one urged stands before على (حثت تركيا الولايات المتحدة على): with no word there the words
  // read as the subject were the object and the subject is unsaid (وحثت المحكمة العليا على ...).
  // From the end of the speaker's words (AccuserWords may have cut them before the one urged).
  std::uint32_t from = r.who.first_token;
  while (from < n_ && toks_[from].token.begin < r.who.mention.end) ++from;
  for (std::uint32_t t = from; t < n_ && t <= from + opt_.max_subject_tokens && SamePara(t, r.who.first_token); ++t) {
    if (Kind(t) != TokenKind::kArabicWord) {
      if (IsComma(t)) continue;
      return false;
    }
    if (a_.norm(t) == kAlaNorm || Is(t, kAsidePrep)) return false;
    if (!Is(t, kTime) && !Adverbial(t)) return true;
  }
  return false;
}

void ExtractionRun::HandleVerb(std::uint32_t i) {
  if (EmbeddedPredicate(i) && InLastReported(i)) return;  // part of that content
  if (NounAfterContentComplementizer(i)) return;  // the content's subject, not a cue
  VerbReading r = ReadVerb(i);
  if (!r.valid) return;
  const CueWord& w = *W(i);
  const SpeechVerb* verb = &lex_.verbs()[w.verb];
  const bool participle = w.form == VerbForm::kParticiple;
  QuoteTrace trace{i, Found::kAfterCue, r.who.how};
  // أشار إلى + a noun phrase: a statement of one already speaking (مشيرا إلى، وأشار إلى) or of
  // a person, not of a series or a name (تشير الاستطلاعات إلى، يشير الاسم إلى).
  const bool speaker_preps = participle || r.who.how == Attribution::kCarried || NamesPerson(r.who);
  // Round 42: حث with no subject of its own (كما حث قرابة 260 ألف فلبيني على العودة، وحثت المحكمة
  // العليا على ...) is no quote: its words are the one urged. (Carrying the speaker before it gave
  // held-out 18's "وحثت السكان على الابتعاد", an act inside a report, and a trap on held-out 27.)
  if ((verb->flags & kUrge) != 0 && !UrgerAndUrged(r)) return;
  Complement c = FindComplement(r.after, verb, (verb->flags & kObjectFirst) != 0, speaker_preps);
  if (participle && c.kind == Complement::kNone) {
    // قائلا with no content of its own is not a cue here.
    return;
  }
  // The inner verb of content the outer verb reports (أوضحت أن اللجنة تعهدت بإثبات ...): part
  // of that content (see RelaysInnerCue).
  if (c.prepositional && !participle && !Conjoined(i) && InLastReported(i) && !NamesPerson(r.who, true)) return;
  if (c.kind == Complement::kNone) {
    // "..."، قال الوزير — the quote before the verb.
    if (!Conjoined(i)) {
      std::int32_t q = QuoteEndingBefore(i);
      if (q >= 0 && spans_[q].words >= opt_.min_nested_words && !NameLike(q)) {
        ClaimSpan(q, r.who, {i, Found::kBeforeCue, r.who.how});
      }
    }
    // Round 18: not a subject the tagger names no one in, inside the content another speaker's
    // verb reports (أعلنت X أن بلادها تحدثت مع ...، مشيرة إلى ...): an act that content reports.
    // A person named there still speaks on (أشار المراسل إلى أن X أكد للوفد ... وأبدى ...).
    if (!r.relay_outer && r.who.known && r.who.how == Attribution::kExplicit &&
        !(InLastReported(i) && !NamesPerson(r.who, true))) {
      sentence_speaker_ = r.who;
      sentence_speaker_at_ = SentenceOf(i);
    }
    return;
  }
  // Round 35: a request with no subject of its own, before or after it, is as often the passive
  // (ثم طُلب من الوالدين تعبئة ...), the writer's "I asked" (طلبت منه أن ينقر ...) or an act inside
  // someone's account as a speaker's call: no quote, and no previous speaker is given it.
  if ((verb->flags & kRequest) != 0 && (!r.who.known || r.who.how == Attribution::kCarried)) return;
  // With من right after the verb, the subject read before it must name someone the tagger found
  // (المعلم طلب من ظريف أن ...); else it is a word of the clause (وحينما طلب من ...، ولذلك طلبت من
  // القراء ...: the writer's "I asked").
  if ((verb->flags & kRequest) != 0 && i + 1 < n_ && a_.norm(i + 1) == "\xD9\x85\xD9\x86" &&
      !NamesPerson(r.who, true)) {
    return;
  }
  if (c.kind == Complement::kReported && RelaysInnerCue(c.content)) {
    // ذكرت الوكالة أن الوزير قال إن ...: the inner verb's quote stands alone.
    return;
  }
  if (c.kind == Complement::kReported && r.who.known) TellerOpensContent(c, r.who, trace);
  // Round 33: ذكرت الوكالة أن الوزير X طلب من Y أن ...: the person speaks (OutletReportedPerson).
  if (c.kind == Complement::kReported && !participle && r.who.known && r.who.how == Attribution::kExplicit &&
      r.who.first_token < n_ && Outlet(r.who.first_token)) {
    std::uint32_t start = kNoToken;
    if (const doc::Mention* person = OutletReportedPerson(c.content, &start); person != nullptr) {
      r.who = CarriedFromMention(*person, Agreement());
      r.who.how = Attribution::kRelayed;
      trace.attribution = Attribution::kRelayed;
      c.content.first = start;
    }
  }
  // Round 11: a demand is an action asked for; a colon before a quote after it opens someone's
  // answer (طالب X من الابن أن ينضم ... فكان جواب الابن: «...»), not more of the demand. (After
  // other verbs such a quote is the speaker's own: قال إن ...، مضيفا أمس: "...".)
  if ((verb->flags & kPrepNoun) != 0 && c.kind == Complement::kReported) {
    for (std::uint32_t t = c.content.first; t + 1 < c.content.end; ++t) {
      if (IsColon(t) && OpenSpan(t + 1) >= 0) {
        c.content.end = t;
        break;
      }
    }
    if (c.content.empty()) return;
  }
  if (r.parenthetical && c.kind == Complement::kReported) {
    for (std::uint32_t t = c.content.first; t < c.content.end; ++t) {
      if (OpenSpan(t) >= 0 && spans_[OpenSpan(t)].closed()) t = spans_[OpenSpan(t)].close;
      if (IsComma(t)) {
        c.content.end = t;
        break;
      }
    }
    if (c.content.empty()) return;
  }
  // قالت الوزارة في بيان ...: later "البيان" speaks for the ministry.
  const std::uint32_t content_start = c.kind == Complement::kQuoted ? spans_[c.span].open : c.content.first;
  for (std::uint32_t t = i + 1; t < content_start && t < n_; ++t) {
    // وقال X في التقرير: a statement already introduced is not X's own.
    if (Is(t, kStatement) && !(t > 0 && Is(t - 1, kStatementIn) && Is(t, kStatementDefinite))) {
      r.who.stated = true;
    }
  }
  // Only an outlet noun (وكالة، الوكالة، وسائل ...): "ونقلت النجمة عنه قوله" is a person relaying,
  // and she is the speaker carried after it already.
  if (r.relay_outer && r.outlet.known && r.outlet.first_token < n_ && Outlet(r.outlet.first_token)) {
    Who outlet = r.outlet;
    outlet.agreement = w.agreement;  // نقلت الوكالة: the verb agrees with the outlet
    relay_outlets_.push_back({outlet, history_.size()});
  }
  // Round 35: a request is often an act within someone's account (وقال إنه ... وفي اللحظة الأخيرة
  // طلب منه جهاز الاستخبارات اصطحاب ... وقال إن ...): a requester the tagger names no one in does
  // not speak on.
  const bool unnamed_request = (verb->flags & kRequest) != 0 && !NamesPerson(r.who, true);
  if (!unnamed_request && (!r.relay_outer || r.who.how == Attribution::kRelayed)) Remember(r.who, i);
  Emit(c, r.who, trace);
}

// بحسب X / وفق ما قال X / حسبما أفادت وكالة ... عن X: a quote right before, or فإن ... after.
void ExtractionRun::HandleSource(std::uint32_t i) {
  std::uint32_t j = i + 1;
  if (Is(j, kSourceFiller)) ++j;
  Who who;
  std::uint32_t after = j;
  Range np{j, j};
  const bool lam = Is(i, kSourceLam);  // وفقا لوكالة ...
  const bool through_verb = IsSpeechCue(j);
  bool statement_source = false;
  if (through_verb) {
    VerbReading r = ReadVerb(j);
    if (!r.valid || !r.who.known) return;
    who = r.who;
    if (who.how == Attribution::kExplicit) who.how = Attribution::kSource;
    after = r.after;
  } else if (Is(j, kCarriedSource)) {
    // "..." حسب تعبيره / وفق قوله: the pronoun is the previous speaker that agrees.
    who = Carried(W(j)->agreement, i);
    if (!who.known) return;
    after = j + 1;
  } else if (lam && Is(j, kStatementLam) && StatedSpeaker() >= 0) {
    // ووفقا للبيان، فقد قامت ...: the statement introduced before speaks for its author.
    who = history_[StatedSpeaker()];
    who.how = Attribution::kCarried;
    statement_source = true;
    np = {j, j + 1};
    after = j + 1;
  } else {
    if (Is(j, kRelayFrom)) ++j;  // نقلا عن
    np = NounPhrase(j, lam);
    if (np.empty()) return;
    who = Explicit(np, Agreement(), Attribution::kSource, lam);
    after = np.end;
  }
  // وفقا للتطورات: a source is a speaker only when it attributes words, or is a statement
  // (بحسب بيان نشرته الوزارة) that later sentences may quote on (وأكد البيان ...).
  if (who.stated) Remember(who, i);
  std::int32_t q = QuoteEndingBefore(i);
  if (q >= 0 && spans_[q].words >= opt_.min_nested_words && !NameLike(q)) {
    // Round 11: a quote a speaker already claimed (قال X: "..."، بحسب ما ذكر موقع Y) is only
    // relayed by the source: Y does not speak on for a later وأضاف.
    if (!claims_[q].claimed) Remember(who, i);
    ClaimSpan(q, who, {i, Found::kBeforeCue, who.how});
    return;
  }
  // Round 25: ووفقا للبيان، فقد ... with no statement introduced before: the statement names no
  // one, and the new فقد reading is not given to it (فإن keeps its older reading there).
  const bool nameless_statement = lam && Is(j, kStatementLam) && !statement_source;
  // وبحسب الوزارة، فإن ...
  std::uint32_t k = after;
  // Round 46: وحسب ما أفاد به مصدر أمني مراسلنا X، فإن ...: the correspondent told is stepped over.
  if (through_verb) k = AfterCorrespondent(k);
  if (IsComma(k)) ++k;
  const bool fa_qad = k < n_ && a_.norm(k) == "\xD9\x81\xD9\x82\xD8\xAF";  // فقد
  if (!(nameless_statement && fa_qad) && k < n_ && (Is(k, kComplementizer) || Is(k, kSourceComplementizer))) {
    Complement c;
    const std::uint32_t e = ClauseEnd(k + 1);
    // Round 25: وبحسب "الألمانية"، فقد ذكرت مؤسسة X أن ...: the inner statement is quoted on its own.
    if (e > k + 1 && RelaysInnerCue({k + 1, e})) return;
    if (e > k + 1) {
      c.kind = Complement::kReported;
      c.content = {k + 1, e};
      Remember(who, i);
      Emit(c, who, {i, Found::kAfterCue, who.how});
      return;
    }
  }
  // Round 25: the fronted source's words run on to its فإن/فقد past where a subject's words stop
  // (ووفقا لتقارير نشرت في مجلة X العلمية، فإن ...؛ وبحسب السفير قوطالي فإن ...): the words
  // between describe the source; the content follows. No cue, complementizer, quote or sentence
  // end between.
  // Only a source that names someone the tagger found as a person or an organisation (not
  // لائحة الاتهامات، نفس المصادر); it is not remembered as a speaker who speaks on (ووفقا لشهادات
  // فتيات ... وخبراء في شؤون بوكو حرام فإن ...: the next زعمت is not theirs), unless a statement
  // noun already was, above. Round 46: or a short source with no comma (ShortSourceBeforeFaInna),
  // and a short quoted name among the words (ووفقا لقناة "X" فإن ...).
  if (!through_verb && !nameless_statement && !np.empty() && AtClauseHead(i)) {
    bool named = false;
    for (std::uint32_t t = np.first + 1; t < n_ && t <= np.end + opt_.max_subject_tokens && SamePara(t, i); ++t) {
      if (IsComma(t)) continue;
      if (const std::uint32_t close = ShortNameInSource(t); close != t) {
        t = close;
        continue;
      }
      if (!Wordish(t) || OpenSpan(t) >= 0 || Inside(t) >= 0) break;
      if (Is(t, kSourceComplementizer)) {
        const std::uint32_t e = ClauseEnd(t + 1);
        if (!(named || ShortSourceBeforeFaInna(np.first, t)) || WordsIn(t + 1, e) < opt_.min_prepositional_words ||
            RelaysInnerCue({t + 1, e})) {
          break;
        }
        // The speaker is read from all the source's words, which hold the name (تقارير نشرت في
        // مجلة X: X).
        std::uint32_t src_end = t;
        if (src_end > np.first && IsComma(src_end - 1)) --src_end;
        if (src_end != np.end) who = Explicit({np.first, src_end}, Agreement(), Attribution::kSource, lam);
        Complement c;
        c.kind = Complement::kReported;
        c.content = {t + 1, e};
        Emit(c, who, {i, Found::kAfterCue, who.how});
        return;
      }
      if (IsSpeechCue(t) || (Classes(t) & (CueLexicon::kTriggerClasses | kComplementizer)) != 0) break;
      if (const std::int32_t m = MentionOf(t); m >= 0 && mentions_[m].kind == doc::MentionKind::kName &&
          (mentions_[m].type == doc::EntityType::kPerson || mentions_[m].type == doc::EntityType::kOrganization)) {
        named = true;
      }
    }
  }
  // لكنه وفقا لكلوب، يركز اللاعب على طريقته ...: a person named as the source at the head of
  // its clause, then a comma: the clause after the comma is what he says.
  if (!through_verb && IsComma(after) && (statement_source || PersonSource(np, lam) || OrgSource(np)) && AtClauseHead(i)) {
    const std::uint32_t b = after + 1;
    const std::uint32_t e = ClauseEnd(b);
    std::uint32_t words = 0;
    bool cue = false;
    for (std::uint32_t t = b; t < e; ++t) {
      if (!Wordish(t) || Inside(t) >= 0) continue;
      ++words;
      cue = cue || IsSpeechCue(t) || (Classes(t) & (CueLexicon::kTriggerClasses | kComplementizer)) != 0;
    }
    if (!cue && words >= opt_.min_prepositional_words) {
      Complement c;
      c.kind = Complement::kReported;
      c.content = {b, e};
      Remember(who, i);
      Emit(c, who, {i, Found::kAfterCue, who.how});
      return;
    }
  }
  // X ...، حسبما قالت Y. / وفق ما ذكرت Y. / بحسب بيان للوزارة.: a source through a speech verb
  // or a statement that ends the sentence gives the words before it to Y, when no other cue
  // of the sentence claims them.
  // Round 43: or a person or organisation the tagger named, after a comma (...، وفقا لمركز
  // المصالحة الروسي.); with no comma it as often heads the next clause (... وفقا لبنك X، كان ...).
  const bool named_noun = !through_verb && !who.stated && !nameless_statement && i > 0 && IsComma(i - 1) &&
                          (OrgSource(np) || PersonSource(np, lam));
  if (!through_verb && !who.stated && !named_noun) return;
  std::uint32_t k2 = after;
  while (k2 < n_ && SamePara(k2, i) && (Is(k2, kTime) || Adverbial(k2))) ++k2;
  // Round 8: وفق ما أعلنت الشرطة في بيان.: "in a statement" after the source.
  if (k2 + 1 < n_ && SamePara(k2, i) && Is(k2, kStatementIn) && Is(k2 + 1, kStatement) &&
      !Is(k2 + 1, kStatementDefinite)) {
    k2 += 2;
  }
  // Round 43: "...، وفق ما أفاد به الممرض بالمستشفى المحلي، X." — words that describe the source
  // may run on to the sentence's end.
  if (k2 < n_ && SamePara(k2, i) && !IsComma(k2) && !IsTerminal(k2) && !(through_verb && ClosingSourceTail(i, k2))) {
    return;
  }
  std::uint32_t first = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(i)].first_token;
  while (first < i && !SamePara(first, i)) ++first;
  // A dateline is the outlet's, not the source's: دبي، الإمارات (CNN) -- ...
  for (std::uint32_t t = first; t + 1 < i && t < first + opt_.max_subject_tokens; ++t) {
    if (Punct(t) && Raw(t) == ")" && Punct(t + 1) && !IsComma(t + 1) && !IsTerminal(t + 1)) {
      first = t + 1;
      while (first < i && Punct(first)) ++first;
      break;
    }
  }
  std::uint32_t end = i;
  if (end > first && IsComma(end - 1)) --end;
  std::uint32_t words = 0;
  for (std::uint32_t t = first; t < end; ++t) {
    if (OpenSpan(t) >= 0 && claims_[OpenSpan(t)].claimed) return;
    if (!Wordish(t) || Inside(t) >= 0) continue;
    ++words;
    if (IsSpeechCue(t) || (Classes(t) & (CueLexicon::kTriggerClasses | kNarrator)) != 0) return;
  }
  for (const Reported& r : reported_) {
    if (r.content.first < end && first < r.content.end) return;
  }
  if (words < opt_.min_prepositional_words) return;
  Complement c;
  c.kind = Complement::kReported;
  c.content = {first, end};
  Remember(who, i);
  Emit(c, who, {i, Found::kBeforeCue, who.how});
}

// The speaker of a saying noun at `i` (بالقول، بالتأكيد على): the sentence's speaker, else the
// subject of the sentence's main verb, else the one carried from before.
Who ExtractionRun::SayingNounSpeaker(std::uint32_t i) const {
  Who who;
  if (InSpeakerSentence(i)) {
    who = sentence_speaker_;
    who.how = Attribution::kCarried;
  } else {
    who = MainClauseSubject(i);
  }
  if (!who.known) who = Carried(Agreement(), i);
  return who;
}

// ختمت حديثها بالقول إن ...: the sentence's speaker, as for a participle.
void ExtractionRun::HandleSayingNoun(std::uint32_t i) {
  const Who who = SayingNounSpeaker(i);
  const Complement c = FindComplement(i + 1, nullptr);
  if (c.kind == Complement::kNone) return;
  if (who.how == Attribution::kExplicit) Remember(who, i);
  Emit(c, who, {i, Found::kAfterCue, who.how});
}

// Round 13: اختتم الرئيس كلمته بالتأكيد على "..." / على أن ...: the sentence's speaker, as for
// بالقول; only when على opens a quote, a complementizer or a position noun (not the adverb
// بالتأكيد "certainly" before على لقاء ...).
void ExtractionRun::HandleSayingNounOn(std::uint32_t i) {
  const std::uint32_t on = i + 1;
  if (on + 1 >= n_ || !SamePara(on + 1, i) || !Is(on, kBySayingPrep)) return;
  std::uint32_t b = on + 1;
  const bool through_complementizer = Is(b, kComplementizer);
  if (through_complementizer) ++b;
  if (b >= n_ || !SamePara(b, i)) return;
  const std::int32_t s = OpenSpan(b);
  if (!through_complementizer && !(s >= 0 && spans_[s].closed() && spans_[s].words >= opt_.min_nested_words) &&
      !NominalContent(b)) {
    return;
  }
  const std::uint32_t e = ClauseEnd(b);
  const std::uint32_t words = WordsIn(b, e);
  if (words < opt_.min_prepositional_words) return;
  const Who who = SayingNounSpeaker(i);
  Complement c;
  c.kind = Complement::kReported;
  c.content = {b, e};
  c.prepositional = !through_complementizer;
  if (who.how == Attribution::kExplicit) Remember(who, i);
  Emit(c, who, {i, Found::kAfterCue, who.how});
}

// منذ إعلان الرئيس أن ...، جدد تأكيده أن ...، انتقده لقوله إن ...: a verbal noun of saying
// with أن after it, a few words away at most. The speaker: the words after a bare noun
// (إعلان الرئيس), or the person its pronoun refers to (تأكيده، اعترافات له).
void ExtractionRun::HandleSpeechNoun(std::uint32_t i) {
  const CueWord& w = *W(i);
  std::uint32_t j = i + 1;
  bool pronoun = w.agreement != Agreement();
  Agreement agreement = w.agreement;
  if (!pronoun && j < n_ && Is(j, kSubjectSkip)) {  // اعترافات له بأنه
    pronoun = true;
    agreement = W(j)->agreement;
    ++j;
  }
  // تحدث عن آثار الأزمة بقوله: ...: a noun with its pronoun right before a colon; the content
  // follows the colon.
  // Round 8: also right before a quote (اكتفى بالتعليق بقوله " أنا عدت ...").
  const bool quote_next = OpenSpan(j) >= 0 && spans_[OpenSpan(j)].closed() &&
                          spans_[OpenSpan(j)].words >= opt_.min_nested_words;
  if (pronoun && j == i + 1 && (IsColon(j) || quote_next)) {
    const Complement c = FindComplement(j, nullptr);
    if (c.kind == Complement::kNone) return;
    const Who who = PronounReferent(i, agreement);
    Emit(c, who, {i, Found::kAfterCue, who.how});
    return;
  }
  Range np{j, j};
  if (!pronoun) {
    np = NounPhrase(SkipAdverbs(j), false);
    if (np.empty() || Is(np.first, kComplementizer)) return;
    j = np.end;
  }
  // Round 15: إعلان تنظيم X مسؤوليته عن ...: the claim of responsibility right after the speaker.
  if (!pronoun && !np.empty()) {
    const std::uint32_t t = SkipAdverbs(j);
    if (t < n_ && SamePara(t, i) && Wordish(t) && Is(t, kResponsibilityNoun)) {
      const std::uint32_t e = ClauseEnd(t);
      for (const Reported& r : reported_) {
        if (r.content.first == t) return;
      }
      if (WordsIn(t, e) < opt_.min_prepositional_words) return;
      Complement c;
      c.kind = Complement::kReported;
      c.content = {t, e};
      c.prepositional = true;
      const Who who = Explicit(np, Agreement(), Attribution::kExplicit, false);
      Emit(c, who, {i, Found::kAfterCue, who.how});
      return;
    }
  }
  // The complementizer, close after the noun and its speaker, in the same clause.
  std::uint32_t comp = kNoToken;
  for (std::uint32_t t = j; t < n_ && t - i <= opt_.max_noun_complement_distance && SamePara(t, i); ++t) {
    if (OpenSpan(t) >= 0 || IsColon(t) || (Punct(t) && IsTerminal(t))) return;
    if (!Wordish(t)) continue;
    if (Is(t, kComplementizer)) {
      if (Is(t - 1, kNotBeforeComplementizer)) return;
      comp = t;
      break;
    }
    if (IsSpeechCue(t) || (Classes(t) & (kSource | kPassive | kSpeechNoun | kRelative)) != 0) return;
  }
  if (comp == kNoToken) return;
  const std::uint32_t e = ClauseEnd(comp + 1);
  if (e <= comp + 1) return;
  // The same content a verb or relay found already (نقلت عنه قوله إن ...).
  for (const Reported& r : reported_) {
    if (r.content.first == comp + 1) return;
  }
  Who who = pronoun ? PronounReferent(i, agreement) : Explicit(np, Agreement(), Attribution::kExplicit, false);
  Complement c;
  c.kind = Complement::kReported;
  c.content = {comp + 1, e};
  Emit(c, who, {i, Found::kAfterCue, who.how});
}

// "..."، على حد قوله: the speaker the pronoun refers to.
void ExtractionRun::HandleBySaying(std::uint32_t i) {
  if (i == 0 || !Is(i - 1, kBySayingPrep) || !Is(i + 1, kCarriedSource)) return;
  std::int32_t q = QuoteEndingBefore(i - 1);
  if (q < 0 || spans_[q].words < opt_.min_nested_words) return;
  Who who = Carried(W(i + 1)->agreement, i);
  ClaimSpan(q, who, {i, Found::kBeforeCue, who.how});
}

// Round 41's inner statement, from the speech verb at `t` (inside the quoted span `span`, claimed
// whole) whose subject is `subject`: its complementizer, searched from `from` within the
// subject's reach, and the words after it to the end of their sentence, reported as the
// subject's; the outer quote stops before them (before the whole quote when `whole`) and
// resumes after them. At most `max_between` words between `from` and the complementizer. False
// when there is none.
bool ExtractionRun::InnerStatement(std::int32_t span, std::uint32_t t, Range subject, std::uint32_t from, bool whole,
                                   std::uint32_t max_between) {
  Claim& claim = claims_[span];
  const QuotedSpan& q = spans_[span];
  const CueWord& w = *W(t);
  // The complementizer: after the verb's own words (في تعليقه على الاتفاق، الأحد), no other
  // cue, quote or sentence end between.
  std::uint32_t k = from;
  while (k < q.end && k < from + opt_.max_subject_tokens && Inside(k) == span &&
         !(Wordish(k) && Is(k, kComplementizer))) {
    if ((Punct(k) && (IsTerminal(k) || IsColon(k))) ||
        (Wordish(k) && (Classes(k) & (kSpeechVerb | kSource | kPassive)) != 0)) {
      break;
    }
    ++k;
  }
  if (k >= q.end || k >= from + opt_.max_subject_tokens || Inside(k) != span || !Wordish(k) ||
      !Is(k, kComplementizer) || Is(k - 1, kNotBeforeComplementizer) ||
      a_.norm(k - 1) == "\xD8\xAD\xD9\x8A\xD8\xAB" /* حيث: "حيث إنه" gives a cause */) {
    return false;
  }
  if (WordsIn(from, k) > max_between) return false;
  // أن/إن and their forms, not كون (كشفت عن كونها ...: a fact, not a statement).
  const std::string_view kn = a_.norm(k);
  if (kn.starts_with("\xD9\x83" /* ك */) || kn.starts_with("\xD8\xA8\xD9\x83" /* بك */)) return false;
  // A complementizer with a pronoun (إنه، أننا) opens the content with its subject; a
  // bare one (أن، بأن) stays with the verb.
  const bool bare = a_.norm(k).ends_with("\xD9\x86");  // ن
  const std::uint32_t first = bare ? k + 1 : k;
  std::uint32_t end = k + 1;
  // Their words end at a full stop or a question or exclamation mark (not at ".." or "…",
  // which pause inside one speaker's words more often than they end them), or at a comma
  // that opens a new clause: inside a quote the outer speaker's voice resumes there ("إنه
  // يرغب بالانسحاب من سوريا، لكننا أقنعناه ..."). A participle, another أن or a relative
  // clause after the comma still continues the person's words ("، داعيا ..."، "، وأن ..."), and
  // so does a coordinated speech verb (round 44: "...، وأبدت الجامعة إمكانية ...": the same
  // speaker's next statement, not the outer speaker's voice).
  const auto ends_words = [&](std::uint32_t u) {
    if (Inside(u) != span || !Punct(u)) return false;
    const std::string_view p = Raw(u);
    if (IsTerminal(u)) return p == "." || p == "!" || p == "?" || p == "\xD8\x9F" /* ؟ */;
    if (!IsComma(u) || u + 1 >= q.end || !Wordish(u + 1)) return false;
    const CueWord* next = Kind(u + 1) == TokenKind::kArabicWord ? W(u + 1) : nullptr;
    return !(IsWithConjunction(u + 1, kComplementizer) || Relative(u + 1) ||
             (next != nullptr && next->Is(kSpeechVerb) && (next->form == VerbForm::kParticiple || next->conjunction)));
  };
  while (end < q.end && !ends_words(end)) ++end;
  std::uint32_t last = end;
  while (last > k + 1 && !Wordish(last - 1)) --last;
  if (WordsIn(k + 1, last) < opt_.min_reported_words) return false;
  // The subject's words with its title (الرئيس الإيراني حسن روحاني، إدارة ترامب), read as any
  // explicit subject.
  Who who = Explicit(subject, w.agreement, Attribution::kExplicit, false);
  if (!who.known) return false;
  reported_.push_back({{first, last}, who, {t, Found::kNested, who.how}});
  claim.cut = whole ? q.first : first;
  // The outer speaker's words after that sentence.
  std::uint32_t r = end;
  while (r < q.end && !Wordish(r)) ++r;
  claim.rest = WordsIn(r, q.end) >= opt_.min_nested_words ? r : kNoToken;
  return true;
}

// Round 41 (held-outs 36-38): "أجاب كيري: «... لكن الرئيس الإيراني حسن روحاني قال في تعليقه
// على الاتفاق إنه مهتم ...»"، "قائلا أن "مندوبنا ... بشار الجعفري صرح الاحد أننا نؤيد ..."":
// cues inside a quote are quoted words to the main pass; here a speech verb whose fronted
// subject is a person the tagger named (FrontedNameInQuote) and whose complementizer follows
// within the subject's reach, before any other cue or sentence end, makes that person speak.
// Only in a quote its cue claimed whole (not a quoted part of a reported clause, nor a
// continuation), and not in a quote inside a quote.
void ExtractionRun::InnerNamedCues() {
  // From the names the tagger found (fewer than the words inside quotes, most of which were
  // never looked up): a speech verb right after one, inside a quote claimed whole.
  for (const doc::Mention& name : mentions_) {
    const std::uint32_t t = name.end_token;
    if (name.kind == doc::MentionKind::kPronoun || name.type != doc::EntityType::kPerson || t >= n_ ||
        Inside(t) < 0 || Kind(t) != TokenKind::kArabicWord) {
      continue;
    }
    const std::int32_t span = Inside(t);
    Claim& claim = claims_[span];
    const QuotedSpan& q = spans_[span];
    if (!claim.claimed || q.parent >= 0 || !claim.who.known || claim.cut != kNoToken ||
        (claim.trace.found != Found::kAfterCue && claim.trace.found != Found::kBeforeCue) ||
        !lex_.QuickTrigger(Raw(t), toks_[t].strings.norm_len) || !Is(t, kSpeechVerb)) {
      continue;
    }
    const CueWord& w = *W(t);
    // Not a coordinated verb: a name right before وقال is another clause's (التقى الرئيس X وقال).
    if (w.form == VerbForm::kParticiple || Conjoined(t) || Negated(t)) continue;
    std::uint32_t subject = kNoToken;
    const doc::Mention* men = FrontedNameInQuote(span, t, &subject);
    if (men == nullptr) continue;
    // A quote that opens with the bare name and its verb ("بوتين أكد أنه ...") is that person's
    // statement quoted whole: no words of the outer speaker before it. A title before the name
    // is the outer speaker's ("مندوبنا الدائم ... بشار الجعفري صرح أننا ...": held-out 37 keeps
    // it in the outer quote).
    InnerStatement(span, t, {subject, t}, t + 1, subject == q.first && subject == men->first_token,
                   opt_.max_subject_tokens);
  }
}

// Round 50 (held-outs 33 and 41): "المتهم قال: إن القباع أبلغه بأن العملية سوف تتم ...، وأنه كان
// يعتقد ..."، "وأضاف المواطن أن أمانة المنطقة أبلغته بأنها طبقت النظام ...": the gold gives the
// clause up to the complementizer to the outer speaker and the words after it to the teller. أبلغ
// (and أخبر) with its object pronoun is no lexicon word (round 45: as one it read carried "وأبلغه أن" with
// their object as speaker), so RelaysInnerCue never sees it; here only right after the subject
// that opens the content.
bool ExtractionRun::TellerOpensContent(Complement& c, const Who& outer, const QuoteTrace& trace) {
  std::uint32_t s = c.content.first;
  if (s < c.content.end && Wordish(s) && Is(s, kComplementizer)) ++s;  // قال: إن القباع ...
  if (s + 3 >= c.content.end || Kind(s) != TokenKind::kArabicWord) return false;
  // أبلغ or أخبر with the one told glued to it, after one to five words (the subject's own أبلغ
  // + a name is round 45's ToldAfterFrontedSubject). Looked for first: it is rare.
  const auto told_with_pronoun = [&](std::uint32_t t) {
    if (Kind(t) != TokenKind::kArabicWord) return false;
    std::string_view n = a_.norm(t);
    if (!n.starts_with("\xD8\xA7\xD8\xA8\xD9\x84\xD8\xBA" /* ابلغ */) &&
        !n.starts_with("\xD8\xA7\xD8\xAE\xD8\xA8\xD8\xB1" /* اخبر */)) {
      return false;
    }
    n.remove_prefix(8);
    if (n.starts_with("\xD8\xAA" /* ت */)) n.remove_prefix(2);
    static constexpr std::string_view kObject[] = {
        "\xD9\x87",          // ه
        "\xD9\x87\xD8\xA7",  // ها
        "\xD9\x87\xD9\x85",  // هم
        "\xD9\x86\xD9\x8A",  // ني
        "\xD9\x86\xD8\xA7",  // نا
    };
    return std::find(std::begin(kObject), std::end(kObject), n) != std::end(kObject);
  };
  std::uint32_t v = s + 1;
  while (v < s + 6 && v + 2 < c.content.end && !told_with_pronoun(v)) ++v;
  if (v >= s + 6 || v + 2 >= c.content.end) return false;
  // The subject, all the words before it: a mention the tagger or the entities stage found, or
  // up to three plain words (no lexicon word, no mention) ending in one with the article
  // (القباع، أمانة المنطقة).
  const std::int32_t m = MentionOf(s);
  if (!(m >= 0 && mentions_[m].first_token == s && mentions_[m].end_token == v &&
        mentions_[m].kind != doc::MentionKind::kPronoun)) {
    if (v > s + 3) return false;
    for (std::uint32_t t = s; t < v; ++t) {
      if (Kind(t) != TokenKind::kArabicWord || W(t) != nullptr || MentionOf(t) >= 0) return false;
    }
    if (lex_.PrefixLength(a_.norm(v - 1), AffixList::kArticlePrefix) == 0) return false;
  }
  const std::uint32_t k = v + 1;
  if (!Wordish(k) || !Is(k, kComplementizer)) return false;
  // The teller's words: to the outer content's end, or to "، وأنه ..." (the outer verb's next
  // complementizer: the outer speaker's again).
  std::uint32_t end = c.content.end;
  for (std::uint32_t u = k + 1; u + 1 < c.content.end; ++u) {
    if (IsComma(u) && Wordish(u + 1) && IsWithConjunction(u + 1, kComplementizer) &&
        a_.norm(u + 1).starts_with("\xD9\x88" /* و */)) {
      end = u;
      break;
    }
  }
  std::uint32_t last = end;
  while (last > k + 1 && !Wordish(last - 1)) --last;
  if (WordsIn(k + 1, last) < opt_.min_reported_words) return false;
  const Who who = Explicit({s, v}, Agreement(), Attribution::kExplicit, false);
  if (!who.known) return false;
  reported_.push_back({{k + 1, last}, who, {v, Found::kNested, who.how}});
  std::uint32_t rest = end + 1;
  while (rest < c.content.end && !Wordish(rest)) ++rest;
  if (end < c.content.end && WordsIn(rest, c.content.end) >= opt_.min_reported_words) {
    reported_.push_back({{rest, c.content.end}, outer, trace});
  }
  c.content.end = k + 1;
  return true;
}

// Round 44 (held-out 38): "وتابع: "أفادت الجامعة بأن درجات الطالبة تؤهلها ...، وأبدت ..."": the
// verb first, at the opening of a clause inside a quote claimed whole (its first word, or after
// a sentence end or a colon), with the mention the tagger or the entities stage found right
// after it as its subject, speaks the words after its complementizer as Round 41's inner
// statement; the outer speaker keeps the verb and its subject (held-out 38's gold).
void ExtractionRun::InnerVerbFirstCues() {
  for (std::size_t s = 0; s < spans_.size(); ++s) {
    const std::int32_t span = static_cast<std::int32_t>(s);
    const Claim& claim = claims_[s];
    const QuotedSpan& q = spans_[s];
    if (!claim.claimed || q.parent >= 0 || !claim.who.known || claim.cut != kNoToken ||
        (claim.trace.found != Found::kAfterCue && claim.trace.found != Found::kBeforeCue)) {
      continue;
    }
    for (std::uint32_t t = q.first; t + 1 < q.end; ++t) {
      if (t > q.first && !(Punct(t - 1) && (IsTerminal(t - 1) || IsColon(t - 1)))) continue;
      if (Inside(t) != span || Kind(t) != TokenKind::kArabicWord ||
          !lex_.QuickTrigger(Raw(t), toks_[t].strings.norm_len) || !Is(t, kSpeechVerb) || Is(t, kPassive)) {
        continue;
      }
      const CueWord& w = *W(t);
      // Not a plural verb (قالوا لي إن، ادعوا لفلان، أعلنوا للعالم أن): its subject is unsaid.
      if (w.form == VerbForm::kParticiple || w.agreement.number == Number::kPlural || Negated(t)) continue;
      // Not أبلغ (the outer speaker's "أبلغت الحكومة الإيرانية أن ...": the mention is the one
      // told) nor نقل (the noun "نقل السفارة ... يعني أن").
      if ((lex_.verbs()[w.verb].flags & (kToldObject | kRelay)) != 0) continue;
      // The subject: a mention that starts right after the verb, or one definite word right
      // before the complementizer (الجامعة بأن), read as any explicit subject. Not a plain
      // word or two ("أقر مبدأ أن"، "رد فعلي هو أننا"، "تؤكد نتائج تقريرنا أن": the verb is a
      // noun or its subject is not a speaker), nor a word with a glued ل ("أكدت لوزير
      // الخارجية أن"، "قال لي إن": the one spoken to) unless the tagger named an organisation
      // there (ليفربول).
      std::uint32_t e = kNoToken;
      const std::int32_t m = MentionOf(t + 1);
      if (m >= 0 && mentions_[m].first_token == t + 1 && mentions_[m].end_token <= q.end) {
        const doc::Mention& men = mentions_[m];
        if (!a_.norm(t + 1).starts_with("\xD9\x84" /* ل */) ||
            (men.kind == doc::MentionKind::kName && men.type == doc::EntityType::kOrganization)) {
          e = men.end_token;
        }
      } else if (t + 2 < q.end && Kind(t + 1) == TokenKind::kArabicWord && MentionOf(t + 1) < 0 &&
                 Classes(t + 1) == 0 && lex_.PrefixLength(a_.norm(t + 1), AffixList::kArticlePrefix) > 0 &&
                 Wordish(t + 2) && Is(t + 2, kComplementizer)) {
        e = t + 2;
      }
      if (e == kNoToken) continue;
      // The complementizer after at most three words of the verb's own (على وجه الخصوص،
      // مجددا، الأسبوع الماضي): a longer run is no verb and subject ("رد بريطانيا والمجتمع
      // الدولي القوي يظهر للكرملين أن"، "نقل السفارة ... يعني أن").
      if (InnerStatement(span, t, {t + 1, e}, e, false, 3)) break;
    }
  }
}

}  // namespace marsad::quotes
