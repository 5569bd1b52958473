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
#include "marsad/quotes/extractor.h"

#include "marsad/text/arabic_letters.h"
#include "marsad/text/utf8.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace marsad::quotes {

using text::TokenKind;

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

namespace {

// How well a mention names a speaker: a person's name, an organisation's, a title, any;
// one with an entity before one without.
int SpeakerMentionRank(const doc::Mention& m) {
  int rank = 1;
  if (m.kind == doc::MentionKind::kName && m.type == doc::EntityType::kPerson) {
    rank = 4;
  } else if (m.kind == doc::MentionKind::kName && m.type == doc::EntityType::kOrganization) {
    rank = 3;
  } else if (m.kind == doc::MentionKind::kTitle) {
    rank = 2;
  }
  return m.entity.has_value() ? rank + 10 : rank;
}

// A token range [first, end).
struct Range {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  bool empty() const { return end <= first; }
};

// A speaker as found at one cue.
struct Who {
  bool known = false;        // a speaker was found
  bool unattributed = false; // قيل إن: no speaker on purpose
  ByteSpan mention;          // the words naming it here (or at the carried speaker's cue)
  std::uint32_t first_token = kNoToken;  // of the mention
  std::optional<EntityId> entity;
  Agreement agreement;
  Attribution how = Attribution::kUnknown;
  bool stated = false;  // spoke through a statement (قالت الوزارة في بيان ...)
};

// The speaker a cue with no subject of its own takes from the tagged mention `men`.
Who CarriedFromMention(const doc::Mention& men, Agreement agreement) {
  Who w;
  w.known = true;
  w.how = Attribution::kCarried;
  w.mention = men.span;
  w.first_token = men.first_token;
  w.entity = men.entity;
  w.agreement = agreement;
  return w;
}

// What follows a cue.
struct Complement {
  enum Kind : std::uint8_t { kNone, kQuoted, kReported } kind = kNone;
  std::int32_t span = -1;  // kQuoted: the quoted span
  Range content;           // kReported: the reported words (may contain quoted spans)
  // kReported through a preposition or a verbal-noun object (تعهدت بإثبات ...، أكد موافقته على
  // ...), not a complementizer, colon or quote.
  bool prepositional = false;
};

struct Claim {
  bool claimed = false;
  Who who;
  QuoteTrace trace;
};

struct Reported {
  Range content;
  Who who;
  QuoteTrace trace;
};

}  // namespace

// The per-document tables of Run, kept between documents.
struct ExtractScratch::Buffers {
  std::vector<const CueWord*> cue;
  std::vector<std::uint32_t> para;
  std::vector<std::int32_t> open_span;
  std::vector<std::int32_t> close_span;
  std::vector<std::int32_t> inside;
  std::vector<std::int32_t> mention_of;
  std::vector<Claim> claims;
  std::vector<Reported> reported;
  std::vector<Who> history;
};

ExtractScratch::ExtractScratch() : buffers_(std::make_unique<Buffers>()) {}
ExtractScratch::~ExtractScratch() = default;

namespace {

// Marks a token of Run::cue_ not looked up yet.
const CueWord kNotLookedUp;

// Whether a normalized word ends as a nisba adjective does: ي, or ية (normalized يه)
// (السعودية، الأممي).
bool NisbaEnding(std::string_view norm) {
  return norm.ends_with("\xD9\x8A") || norm.ends_with("\xD9\x8A\xD9\x87");
}

// The work on one document.
class Run {
 public:
  Run(const CueLexicon& lex, const ExtractorOptions& opt, const doc::AnalyzedDoc& d,
      ExtractScratch::Buffers* b)
      : lex_(lex),
        opt_(opt),
        text_(d.document.text),
        a_(d.analysis),
        toks_(d.analysis.tokens),
        mentions_(d.mentions),
        n_(static_cast<std::uint32_t>(d.analysis.tokens.size())),
        cue_(b->cue),
        para_(b->para),
        open_span_(b->open_span),
        close_span_(b->close_span),
        inside_(b->inside),
        mention_of_(b->mention_of),
        claims_(b->claims),
        reported_(b->reported),
        history_(b->history) {
    reported_.clear();
    history_.clear();
    text::AppendUtf8(text::ar::kFathatan, &fathatan_);
  }

  std::vector<doc::Quote> Go(std::vector<QuoteTrace>* trace);

 private:
  // The most plain words a verb's object runs to before its preposition (دعا الرئيس الحكومة
  // إلى ...، طالبت النقابة الوزارة بالإفراج ...).
  static constexpr std::uint32_t kMaxObjectWords = 3;
  // --- token classes -----------------------------------------------------------------
  // The lexicon entry of token i (nullptr when none), looked up on first use.
  const CueWord* W(std::uint32_t i) const {
    const CueWord* w = cue_[i];
    if (w == &kNotLookedUp) {
      w = Kind(i) == TokenKind::kArabicWord &&
                  lex_.MayContainShape(CueLexicon::ShapeOf(Raw(i), toks_[i].strings.norm_len))
              ? FindCue(a_.norm(i))
              : nullptr;
      if (w != nullptr && w->Is(kSpeechVerb) && (lex_.verbs()[w->verb].flags & kNeedsComplementizer) != 0 &&
          !ComplementizerAhead(i, lex_.verbs()[w->verb])) {
        w = nullptr;  // بين الطرفين، إبان الحرب
      }
      if (w != nullptr && w->Is(kSpeechVerb) && (lex_.verbs()[w->verb].flags & kPrepNoun) != 0 &&
          !PrepNounAhead(i, lex_.verbs()[w->verb])) {
        w = nullptr;  // طالب بكلية الطب: the noun "student"
      }
      if (w != nullptr && w->Is(kSpeechVerb) && (lex_.verbs()[w->verb].flags & kClaim) != 0 && !ClaimedActAhead(i)) {
        w = nullptr;  // تم تبني المشروع: the verbal noun "adoption" (spelt as the verb once normalized)
      }
      if (w != nullptr && w->Is(kSpeechVerb) && (lex_.verbs()[w->verb].flags & kRequest) != 0 && !RequestAhead(i, *w)) {
        w = nullptr;  // بناء على طلب من الحكومة، الطلبات: the noun "a request"
      }
      // Set before the check, which reads the words around i and may come back to it (قال الذي
      // قال ...: each verb's check reads the other).
      if (w != nullptr && w->Is(kSpeechVerb)) {
        cue_[i] = w;
        if (InSubjectRelative(i, *w)) w = nullptr;  // وقال X الذي نقل الطفل ... لرويترز "...": X's clause
      }
      cue_[i] = w;
    }
    return w;
  }
  // Round 36: a speech or relay verb right after الذي/التي/الذين that describes the subject of
  // a cue read before it, before that cue's content (وقال دانيال X (26 عاما) الذي نقل الرضيع من
  // ... لرويترز "...": نقل is "carried", and took the quote from قال). Not the subject itself
  // (وقال الذي ...: no word between), not a verb with its own content right after it or its
  // own subject (الذي يقول خصومها إنه ...، الذي أكد لنا أن ...، الذي اعترف ب...), not a relay
  // with عن or قول after it. W() has stored i's entry before the call: the words read here may
  // read i back.
  bool InSubjectRelative(std::uint32_t i, const CueWord& w) const {
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
  // The lexicon's entry for a normalized word, but for a [media_office] adjective alone, which
  // is a plain word of the title it ends (رئيس اللجنة الإعلامية أحمد ...); MediaOffice reads it.
  // Round 33: nor for a [relayed_speech] word alone (طلبت الكويت ...: no lexicon word for the
  // other rules); RelayedSpeech reads it.
  const CueWord* FindCue(std::string_view norm) const {
    const CueWord* w = lex_.Find(norm);
    return w != nullptr && (w->classes == kMediaOffice || w->classes == kRelayedSpeech) ? nullptr : w;
  }
  bool RelayedSpeech(std::uint32_t i) const {
    return i < n_ && Kind(i) == TokenKind::kArabicWord && lex_.Is(a_.norm(i), kRelayedSpeech);
  }
  // Round 14: المركز الإعلامي، الدائرة الإعلامية: a ل-phrase after word i names the body the
  // office speaks for.
  bool MediaOffice(std::uint32_t i) const {
    if (i >= n_ || Kind(i) != TokenKind::kArabicWord) return false;
    const CueWord* w = lex_.Find(a_.norm(i));
    return w != nullptr && w->Is(kMediaOffice);
  }
  // Round 12: whether a [claimed_act] follows word i within its subject's reach, before any
  // punctuation or other lexicon word but a time word or a designator (تبنت الحركة الأربعاء قتل
  // شرطيين).
  bool ClaimedActAhead(std::uint32_t i) const {
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
  // Whether أن/إن follows word i, right after it or after a few plain words in its clause
  // (وبين أن ...، بيّن الوزير أن ...), or after one of the verb's own prepositions (خلصت
  // الدراسة إلى أن ...).
  // Round 15: a bare بين after a plain word of its clause, with a و-conjunct before the
  // complementizer, is "between X and Y" (اتصال هاتفي بين ماكرون ورئيسة الوزراء ... إن: the إن is
  // ذكر's, earlier in the sentence); the verb has its subject after it (وبين الوزير أن، كما بين).
  // Round 23: the closing comma of an aside that opens at the comma k (بيّن X، في هذا السياق، أن):
  // من/في and at most three words, no other punctuation; k itself when there is none.
  std::uint32_t AsideEnd(std::uint32_t k) const {
    if (!IsComma(k) || k + 2 >= n_ || !SamePara(k, k + 1) || !Is(k + 1, kAsidePrep)) return k;
    for (std::uint32_t u = k + 2; u < n_ && u <= k + 5 && SamePara(u, k); ++u) {
      if (IsComma(u)) return u > k + 2 ? u : k;
      if (Kind(u) != TokenKind::kArabicWord) return k;
    }
    return k;
  }
  bool ComplementizerAhead(std::uint32_t i, const SpeechVerb& verb) const {
    const bool after_plain_word = i > 0 && Kind(i - 1) == TokenKind::kArabicWord && SamePara(i - 1, i) &&
                                  FindCue(a_.norm(i - 1)) == nullptr && !LoneConjunction(i - 1);
    const CueWord* self = FindCue(a_.norm(i));
    const bool bare = after_plain_word && self != nullptr && !self->conjunction;
    bool conjunct = false;
    for (std::uint32_t k = i + 1; k < n_ && k <= i + opt_.max_subject_tokens && SamePara(k, i); ++k) {
      if (Kind(k) != TokenKind::kArabicWord) {
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
  // Round 11: whether أن/إن, or one of the verb's prepositions glued to a verbal noun (بالإفراج،
  // بوقف، بتوفير), follows word i after at most its subject and an object, commas aside
  // (طالبت النقابة الوزارة بالإفراج عن ...), before any other cue.
  bool PrepNounAhead(std::uint32_t i, const SpeechVerb& verb) const {
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
  // A verbal noun, normalized and without its preposition and article: a word of [demand_noun],
  // [nominal_content] or [object_head] (by the stem `stem` of the whole word), or one of the
  // shapes of the derived forms: إفعال (إفراج، إطلاق، اتخاذ)، افتعال/انفعال (احترام، انسحاب)،
  // استفعال (استقالة)، تفعيل/تفاعل (توفير، تعاون)، مفاعلة (محاسبة).
  bool VerbalNoun(std::string_view w, std::string_view stem) const {
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
  std::string_view Raw(std::uint32_t i) const { return toks_[i].token.In(text_); }
  TokenKind Kind(std::uint32_t i) const { return toks_[i].token.kind; }
  bool Wordish(std::uint32_t i) const {
    return text::IsWordLike(Kind(i)) || Kind(i) == TokenKind::kNumber;
  }
  // How many of tokens [first, end) are words or numbers (a content's length).
  std::uint32_t WordsIn(std::uint32_t first, std::uint32_t end) const {
    std::uint32_t words = 0;
    for (std::uint32_t k = first; k < end; ++k) words += Wordish(k) ? 1 : 0;
    return words;
  }
  // The WordClass bits of token i (0 for a word not in the lexicon).
  std::uint64_t Classes(std::uint32_t i) const {
    const CueWord* w = W(i);
    return w != nullptr ? w->classes : 0;
  }
  bool Is(std::uint32_t i, WordClass c) const {
    if (i >= n_) return false;
    const CueWord* w = W(i);
    return w != nullptr && w->Is(c);
  }
  bool Punct(std::uint32_t i) const { return Kind(i) == TokenKind::kPunctuation; }
  bool IsComma(std::uint32_t i) const {
    if (i >= n_ || !Punct(i)) return false;
    std::string_view s = Raw(i);
    return s == "," || s == "\xD8\x8C";  // ، arabic comma
  }
  bool IsColon(std::uint32_t i) const {
    if (i >= n_ || !Punct(i)) return false;
    std::string_view s = Raw(i);
    return s == ":" || s == "\xEF\xBC\x9A";  // ：
  }
  // ؛ or ;: ends a sentence for a speaker's words, but Arabic news writes it inside one
  // statement (نحن موقفنا ...؛ هو أننا ...), so reported content runs over it.
  bool IsSemicolon(std::uint32_t i) const {
    if (i >= n_ || !Punct(i)) return false;
    std::string_view s = Raw(i);
    return s == "\xD8\x9B" || s == ";";
  }
  bool IsTerminal(std::uint32_t i) const {
    if (!Punct(i)) return false;
    std::string_view s = Raw(i);
    // A dot inside a word (دي.زد، ايه.بي) ends nothing.
    if (s == "." && i > 0 && i + 1 < n_ && toks_[i - 1].token.end == toks_[i].token.begin &&
        toks_[i].token.end == toks_[i + 1].token.begin && Wordish(i - 1) && Wordish(i + 1)) {
      return false;
    }
    return s[0] == '.' || s == "!" || s == "?" || s == "\xD8\x9F" /* ؟ */ ||
           s == "\xE2\x80\xA6" /* … */ || s == "\xD8\x9B" /* ؛ */ || s == ";";
  }
  // A hyphen or dot joining two words without spaces (مون جيه-إن، دي.زد).
  bool IsJoiningHyphen(std::uint32_t i) const {
    if (i == 0 || i + 1 >= n_ || !Punct(i)) return false;
    std::string_view s = Raw(i);
    if (s != "-" && s != "\xE2\x80\x90" /* ‐ */ && s != ".") return false;  // and دي.زد
    return toks_[i - 1].token.end == toks_[i].token.begin &&
           toks_[i].token.end == toks_[i + 1].token.begin;
  }
  bool SamePara(std::uint32_t a, std::uint32_t b) const { return para_[a] == para_[b]; }
  // Sentence index of token t (the analysis' sentences, by binary search).
  std::uint32_t SentenceOf(std::uint32_t t) const {
    const auto& ss = a_.sentences;
    auto it = std::upper_bound(ss.begin(), ss.end(), t,
                               [](std::uint32_t v, const text::Sentence& x) { return v < x.first_token; });
    return it == ss.begin() ? 0 : static_cast<std::uint32_t>(it - ss.begin() - 1);
  }
  // Quoted-span tables (empty when the document has no quoted span).
  std::int32_t OpenSpan(std::uint32_t t) const { return spans_.empty() ? -1 : open_span_[t]; }
  std::int32_t CloseSpan(std::uint32_t t) const { return spans_.empty() ? -1 : close_span_[t]; }
  std::int32_t Inside(std::uint32_t t) const { return spans_.empty() ? -1 : inside_[t]; }
  std::int32_t MentionOf(std::uint32_t t) const { return mentions_.empty() ? -1 : mention_of_[t]; }
  bool IsSpeechCue(std::uint32_t i) const { return Is(i, kSpeechVerb) && Inside(i) < 0; }
  // Round 35: whether token i is a request verb (طلب) read as a cue.
  bool RequestCue(std::uint32_t i) const {
    return IsSpeechCue(i) && (lex_.verbs()[W(i)->verb].flags & kRequest) != 0;
  }
  // A و or ف written apart from the next word (JawharaFM and other Maghrebi outlets: "و أوضح
  // أن"، "و بخصوص"): the conjunction of that word, never a word of its own.
  bool LoneConjunction(std::uint32_t i) const {
    if (i + 1 >= n_ || Kind(i) != TokenKind::kArabicWord || !SamePara(i, i + 1) || !Wordish(i + 1)) return false;
    const std::string_view norm = a_.norm(i);
    return norm == "\xD9\x88" /* و */ || norm == "\xD9\x81" /* ف */;
  }
  // Whether the speech verb at i is coordinated: و/ف glued to it (وأضاف) or written apart.
  bool Conjoined(std::uint32_t i) const { return W(i)->conjunction || (i > 0 && LoneConjunction(i - 1)); }
  // An imperfect speech verb with no conjunction and no subject after it — its complementizer
  // or preposition right after it, and after a comma only its complementizer: inside reported
  // content it is the predicate of the clause's own subject (قال إن الطرفين يؤكدون على ...،
  // معتبرا أن عودة السياح، بعد القرار، يؤكد أن ...), part of that content rather than a
  // statement of its own or a relay. With a subject (الذي يقول خصومها إنه ...) it is one.
  bool EmbeddedPredicate(std::uint32_t i) const {
    const CueWord* w = W(i);
    if (w == nullptr || !w->Is(kSpeechVerb) || w->form != VerbForm::kImperfect || Conjoined(i)) return false;
    if (Is(i + 1, kComplementizer)) return true;
    return !(i > 0 && (IsComma(i - 1) || IsSemicolon(i - 1))) && StartsPrepositional(i + 1, lex_.verbs()[w->verb]);
  }
  // Round 28: a perfect verb's spelling right after the أن/إن that opens a speech verb's
  // content is no cue of its own: after a bare أنّ it is a noun, the content's subject (وأضافت
  // أن رد روسيا على الإجراءات "لن يتأخر كثيرا": Russia's response), after أنه/أنها the pronoun is
  // the subject, the speaker himself (كاشفا أنه تمنى ...). The content (its quote too) stays the
  // outer speaker's.
  bool NounAfterContentComplementizer(std::uint32_t i) const {
    return i >= 2 && Is(i - 1, kComplementizer) && IsSpeechCue(i - 2) && W(i) != nullptr &&
           W(i)->Is(kSpeechVerb) && W(i)->form == VerbForm::kPerfect;
  }
  // Whether token i lies inside the reported content found last (text order).
  bool InLastReported(std::uint32_t i) const {
    return !reported_.empty() && reported_.back().content.first <= i && i < reported_.back().content.end;
  }
  // An indefinite accusative (مجدداً، رسمياً، بشدةٍ is not): an adverb, never part of a name.
  bool Adverbial(std::uint32_t i) const {
    if (Kind(i) != TokenKind::kArabicWord) return false;
    std::string_view raw = Raw(i);
    if (raw.ends_with(fathatan_)) return true;
    return raw.size() > fathatan_.size() + 2 && raw.substr(0, raw.size() - 2).ends_with(fathatan_);
  }
  // Round 23: where the content of وصف X بأنه Y starts: at its object X (the proposition is
  // "X is Y"; held-outs 15-22 anchor on X), the first word after the subject's asides, or
  // after بأن when the object is a pronoun (إياه), holds a quoted span (whose nesting would
  // make it a direct quote), a comma or a cue of its own.
  std::uint32_t DescribedObjectStart(std::uint32_t lead, std::uint32_t bi) const;
  bool Relative(std::uint32_t i) const { return Is(i, kRelative); }
  // A word that ends a reported clause (فيما، بينما ...), unless an adverb follows that makes
  // it one (فيما يبدو، فيما بعد).
  bool ClauseEndWord(std::uint32_t i) const { return Is(i, kClauseEnd) && !Is(i + 1, kClauseEndAdverbial); }
  // The head of a data source, with or without the article (قاعدة، الأرقام).
  bool DataSourceHead(std::uint32_t i) const { return HeadOfClass(i, kDataSource); }
  // The head of an unnamed source, with or without the article (تقارير، المصادر).
  bool VagueHead(std::uint32_t i) const { return HeadOfClass(i, kVague); }
  // A word of class c, or one whose word after the article is (the lists hold bare words).
  bool HeadOfClass(std::uint32_t i, WordClass c) const {
    if (i >= n_ || Kind(i) != TokenKind::kArabicWord) return false;
    if (Is(i, c)) return true;
    const std::string_view norm = a_.norm(i);
    const std::size_t article = lex_.PrefixLength(norm, AffixList::kArticlePrefix);
    return article > 0 && lex_.Is(norm.substr(article), c);
  }
  // A word with a preposition glued to the article (باللوم، بالاتفاق) that no name covers:
  // the verb's complement, never part of the subject's name.
  bool PrepositionalObject(std::uint32_t i) const {
    return Kind(i) == TokenKind::kArabicWord && MentionOf(i) < 0 &&
           lex_.PrefixLength(a_.norm(i), AffixList::kComplementPrefix) > 0;
  }
  // Word i is of class `c`, a leading و/ف aside (ومع، فمن).
  bool IsWithConjunction(std::uint32_t i, WordClass c) const {
    return i < n_ && Kind(i) == TokenKind::kArabicWord && lex_.IsWithConjunction(a_.norm(i), c);
  }
  // A speech verb right after a statement noun, time words between (بيان الثلاثاء ذكر أن):
  // the verb describes the statement.
  bool DescribesStatement(std::uint32_t verb) const {
    std::uint32_t t = verb;
    while (t > 0 && verb - t < 3 && (Is(t - 1, kTime) || Adverbial(t - 1))) --t;
    return t > 0 && SamePara(t - 1, verb) && (Is(t - 1, kStatement) || Is(t - 1, kStatementDefinite));
  }
  // A verbal noun object (ضرورة، دعمها) without the article: المعارض is a person.
  bool ObjectHead(std::uint32_t i) const {
    return Kind(i) == TokenKind::kArabicWord && a_.norm(i).starts_with(a_.stem(i)) &&
           lex_.IsObjectHead(a_.stem(i)) && !HeadsAName(i);
  }
  // Round 10: a noun inside a name the tagger found, or right before a place's or
  // organisation's name (صحة جازان: the health directorate of Jazan), is that name's head, not
  // a verb's object.
  bool HeadsAName(std::uint32_t i) const {
    if (MentionOf(i) >= 0) return true;
    if (i + 1 >= n_) return false;
    const std::int32_t m = MentionOf(i + 1);
    return m >= 0 && mentions_[m].first_token == i + 1 && mentions_[m].kind == doc::MentionKind::kName &&
           mentions_[m].type != doc::EntityType::kPerson;
  }
  // A one-letter preposition `prep` written attached to word i (اعترف بقتل ...), unless the
  // word is a name the tagger found.
  bool AttachedPreposition(std::uint32_t i, std::string_view prep) const {
    const std::string_view norm = a_.norm(i);
    return prep.size() <= 2 && norm.size() > prep.size() + 4 && norm.starts_with(prep) &&
           MentionOf(i) < 0 && !Is(i, kComplementizer);
  }
  // A [nominal_content] verbal noun without the article (موافقته، استعداده): the content of a
  // `nominal` verb (أكد موافقته على ...).
  bool NominalContent(std::uint32_t i) const {
    return i < n_ && Kind(i) == TokenKind::kArabicWord && a_.norm(i).starts_with(a_.stem(i)) &&
           lex_.IsNominalContent(a_.stem(i)) && !HeadsAName(i);
  }
  // Round 25: whether tokens [from, t) are a complement of the subject that its words stopped at,
  // before the verb's own preposition (كشفت المؤسسة العامة للتدريب التقني والمهني عن ...، أعلنت
  // وزارة الداخلية في غزة، عن ...، أعلنت شركة موزيلا المطورة لمتصفح "فايرفوكس" عن ...): they
  // open with في or a word with a glued ل and hold at most kMaxSubjectTail words — plain words,
  // time words, في/من, commas and a short closed quoted name — and nothing else of the lexicon.
  // The caller checks that no person's name the tagger found starts at the preposition (الموالية للرئيس
  // المخلوع علي عبدالله صالح: علي is spelt as على once normalized).
  bool SubjectTail(std::uint32_t from, std::uint32_t t) const {
    constexpr std::uint32_t kMaxSubjectTail = 6;
    if (t <= from || from >= n_ || Kind(from) != TokenKind::kArabicWord || Inside(from) >= 0) return false;
    // Only after a subject (the word before is not the verb: منذر أعلن في جانفي عن ... has its
    // subject before the verb).
    if (from == 0 || IsSpeechCue(from - 1)) return false;
    const std::string_view f = a_.norm(from);
    // في only before a place the tagger found (في غزة), not an occasion (في مؤتمرها السنوي: كشفت أبل
    // في مؤتمرها عن أحدث هواتفها is a product shown, not a statement).
    const std::int32_t place = from + 1 < n_ ? MentionOf(from + 1) : -1;
    const bool opens = Is(from, kAsidePrep)
                           ? f != "\xD9\x85\xD9\x86" /* not من */ && place >= 0 &&
                                 mentions_[place].type == doc::EntityType::kLocation
                           : (W(from) == nullptr && f.size() > 4 && f.starts_with("\xD9\x84") /* ل */);
    if (!opens) return false;
    std::uint32_t words = 0;
    for (std::uint32_t k = from; k < t; ++k) {
      if (IsComma(k)) continue;
      if (OpenSpan(k) >= 0) {
        const QuotedSpan& q = spans_[OpenSpan(k)];
        if (!q.closed() || q.words > opt_.max_name_words || q.close >= t) return false;
        k = q.close;
        ++words;
        continue;
      }
      if (!Wordish(k) || Inside(k) >= 0) return false;
      if (W(k) != nullptr && !Is(k, kTime) && !Is(k, kAsidePrep)) return false;
      if (++words > kMaxSubjectTail) return false;
    }
    return true;
  }
  // بأن، بأنه ...: the complementizer of a verb whose object precedes its content (وصف).
  // Round 30: an indefinite statement noun with a glued ب right after the verb (وأكد ببيان ...،
  // أوضح بتغريدة له ...) is how the speaker spoke, not who: the verb has no subject there, as
  // after في بيان, and the speaker is carried.
  bool StatementMeans(std::uint32_t i) const {
    constexpr std::string_view kBa = "\xD8\xA8";  // ب
    // No mention test: the tagger reads ببيان as a person's name before a verb (ببيان صدر اليوم).
    if (i >= n_ || Kind(i) != TokenKind::kArabicWord) return false;
    const std::string_view norm = a_.norm(i);
    // بالبيان is a statement named before, which speaks for its author (وذكر بالبيان أن ...).
    if (!norm.starts_with(kBa) || norm.starts_with("\xD8\xA8\xD8\xA7\xD9\x84" /* بال */)) return false;
    const CueWord* w = lex_.Find(norm.substr(kBa.size()));
    if (w == nullptr || !w->Is(kStatement)) return false;
    // A statement with its author named after it (فقد ذكر بتقرير الفاو أن ...) speaks for him.
    return !(i + 1 < n_ && SamePara(i, i + 1) && MentionOf(i + 1) >= 0);
  }
  // Round 34: a speaker's words that are a written statement with its author glued on by ل
  // (بيان لهيئة الأركان التركية، بيان رسمي لوزارة الداخلية، بيان للكرملين): the author's words,
  // from the ل-word to the end of `r`; empty when `r` is no such statement. `*lam_bytes` is
  // how many bytes of the ل-word's start are the preposition: 2 for ل + an indefinite word
  // (لهيئة → هيئة), 0 for لل (ل + ال, the article's alif unwritten: the stemmer and the
  // entities stage already read للكرملين as الكرملين, and no byte span can restore the alif).
  Range StatementLamAuthor(Range r, std::uint32_t* lam_bytes) const {
    constexpr std::string_view kLam = "\xD9\x84";                  // ل
    constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";       // لل
    constexpr std::string_view kTatweel = "\xD9\x80";              // ـ (لـCNN)
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";           // ال
    constexpr std::string_view kAn = "\xD8\xB9\xD9\x86";           // عن
    constexpr std::string_view kAla = "\xD8\xB9\xD9\x84\xD9\x89";  // على
    constexpr std::string_view kAddressed = "\xD9\x85\xD9\x88\xD8\xAC\xD9\x87";  // موجه(ة): addressed to
    *lam_bytes = 0;
    if (r.end < r.first + 2 || !Is(r.first, kAuthorLamNoun) || Inside(r.first) >= 0) return Range();
    std::uint32_t l = r.first + 1;
    // One indefinite adjective may stand between (بيان رسمي، بيان مشترك), not a word of a name
    // nor "addressed to" (تغريدة موجهة للرئيس: the one it is addressed to).
    if (l < r.end && Kind(l) == TokenKind::kArabicWord && !a_.norm(l).starts_with(kLam) &&
        !a_.norm(l).starts_with(kAl) && W(l) == nullptr && MentionOf(l) < 0 && !a_.norm(l).starts_with(kAddressed)) {
      ++l;
    }
    if (l >= r.end || Kind(l) != TokenKind::kArabicWord || Inside(l) >= 0) return Range();
    const std::string_view norm = a_.norm(l);
    const std::string_view raw = Raw(l);
    if (!norm.starts_with(kLam) || !raw.starts_with(kLam) || raw.substr(kLam.size()).starts_with(kTatweel)) {
      return Range();
    }
    if (Is(l, kAddressee) || lex_.IsNotAuthorLam(norm)) return Range();
    // A purpose, not an author: تقرير للكشف عن ...، مذكرة لبدء ...
    if (l + 1 < n_ && (a_.norm(l + 1) == kAn || a_.norm(l + 1) == kAla)) return Range();
    if (norm.starts_with(kLamLam) && norm.size() > kLamLam.size() + 2) return Range{l, r.end};
    // ل + an indefinite head: a body or office the lexicon names (لهيئة، لمنظمة، لمديرية، لوزير), or one the
    // entities stage found as the start of a title (لوزارة الداخلية، لمديرية أمن المدينة). Not
    // any name the tagger found: many names start with ل (ليفربول، ليستر، لويس).
    const std::string_view rest = norm.substr(kLam.size());
    const CueWord* head = lex_.Find(rest);
    const std::int32_t m = MentionOf(l);
    const bool title_here = m >= 0 && mentions_[m].kind == doc::MentionKind::kTitle &&
                            mentions_[m].first_token == l && mentions_[m].span.begin == toks_[l].token.begin;
    if ((head != nullptr && head->Is(kDesignator)) || lex_.IsAuthorHead(rest) || title_here) {
      *lam_bytes = static_cast<std::uint32_t>(kLam.size());
      return Range{l, r.end};
    }
    return Range();
  }
  bool BiComplementizer(std::uint32_t i) const {
    return Is(i, kComplementizer) && a_.norm(i).starts_with("\xD8\xA8");  // ب
  }
  bool StartsPrepositional(std::uint32_t i, const SpeechVerb& verb) const {
    if (i >= n_ || !Wordish(i)) return false;
    for (const std::string& p : verb.preps) {
      if (a_.norm(i) == p || AttachedPreposition(i, p)) return true;
    }
    return false;
  }
  bool Addressee(std::uint32_t i) const {
    return Is(i, kAddressee) || lex_.HasAffix(a_.norm(i), AffixList::kAddresseePrefix);
  }
  // قال مون لكيم: a word that is ل + a word the document also writes alone (a name).
  bool AddresseeName(std::uint32_t i) const {
    const std::size_t lam = lex_.PrefixLength(a_.norm(i), AffixList::kSourceClitic);
    if (lam == 0) return false;
    const std::string_view rest = a_.norm(i).substr(lam);
    if (rest.size() < 4) return false;  // two letters or more
    // The shape of the rest is cheap to compare before its bytes (the norm is read only on a
    // length match).
    for (std::uint32_t t = 0; t < n_; ++t) {
      if (t != i && toks_[t].strings.norm_len == rest.size() && Kind(t) == TokenKind::kArabicWord &&
          a_.norm(t) == rest) {
        return true;
      }
    }
    return false;
  }

  // Whether the word after the ل of word i is, somewhere in the document, the start of a
  // person's name the tagger found (قال مون لكيم: كيم جونغ أون).
  bool AddresseePerson(std::uint32_t i) const {
    const std::size_t lam = lex_.PrefixLength(a_.norm(i), AffixList::kSourceClitic);
    if (lam == 0) return false;
    const std::string_view rest = a_.norm(i).substr(lam);
    for (const doc::Mention& m : mentions_) {
      if (m.type == doc::EntityType::kPerson && m.first_token < n_ && m.first_token != i &&
          a_.norm(m.first_token) == rest) {
        return true;
      }
    }
    return false;
  }

  // --- speakers ----------------------------------------------------------------------
  Range NounPhrase(std::uint32_t j, bool allow_clitic) const;
  bool TopicPreposition(std::uint32_t t, std::uint32_t verb) const;
  Range WhichSubject(std::uint32_t f, std::uint32_t at) const;
  Range LookBackSubject(std::uint32_t verb) const;
  Range ApposedBeforeVerb(std::uint32_t e) const;
  Range AmmaTopic(std::uint32_t verb) const;
  const doc::Mention* HonorificReferent(Range subject, std::uint32_t verb) const;
  Who StatementNounAuthor(Range subject) const;
  // The noun a relative clause describes, when the speech verb is the clause's (باكستان، التي
  // ترفض الاتهامات وتشير إلى أن ...، جو بايدن، نائب الرئيس السابق، والذي قال إن ...).
  Range RelativeAntecedent(std::uint32_t verb) const;
  // The words between two commas right after a subject that holds a name the tagger found
  // (أكد مهاجم بولونيا، سيموني فيردي، موافقته ...), from the first comma `comma`: the range of
  // the words, or an empty range.
  Range Apposition(std::uint32_t comma) const;
  // Round 8: a title between commas right after a subject that holds a person's name the tagger
  // found, then the verb's preposition or complementizer (اعترفت إرين إيغان، كبيرة مسؤولي
  // الخصوصية لفيسبوك، بالضرر ...): the words of the title, or an empty range.
  Range TitleApposition(Range subject, const SpeechVerb& verb) const;
  // Whether a person's name the tagger found starts at token t (a ل-word before it is part
  // of a title: عضو المكتب السياسي للحزب فوزي ...، not an addressee: قال مون لكيم).
  // A person's name the tagger ended right before علي, written with ي and followed by a comma,
  // colon, complementizer or a sentence end (النائب منذر بالحاج علي، بأن ...): علي is the name's
  // last word, since the preposition على (spelt alike once normalized) never stands there.
  bool NameFinalAli(std::uint32_t t) const {
    if (t == 0 || t + 1 >= n_ || Raw(t) != "\xD8\xB9\xD9\x84\xD9\x8A" /* علي */) return false;
    // Any of the token's mentions (a title the entities stage found may hold the name too).
    const bool name_ends = std::any_of(mentions_.begin(), mentions_.end(), [t](const doc::Mention& m) {
      return m.end_token == t && m.kind == doc::MentionKind::kName && m.type == doc::EntityType::kPerson;
    });
    if (!name_ends) return false;
    return IsComma(t + 1) || IsColon(t + 1) || IsTerminal(t + 1) || Is(t + 1, kComplementizer);
  }
  bool PersonNameAt(std::uint32_t t) const {
    if (t >= n_) return false;
    const std::int32_t m = MentionOf(t);
    return m >= 0 && mentions_[m].first_token == t && mentions_[m].kind == doc::MentionKind::kName &&
           mentions_[m].type == doc::EntityType::kPerson;
  }
  // A title whose words from `j` hold no name, cut at a word with a glued preposition and
  // article (المندوب الجهوي للسياحة بسوسة فؤاد الواد، مدير إدارة الأمن بالمنطقة الشمالية غسان
  // ...): the words from `e` describe the title when a person's name the tagger found starts
  // within kMaxTitleTailToName words after e, only plain words between. Not an addressee of the
  // lexicon (لوكالة، لنظيره) nor a ل-name of a person (لكيم). Round 8: also a ل-word without the
  // article whose rest the document writes alone and the tagger does not name a person there
  // (المدير التنفيذي لحركة نداء تونس حافظ ...: حركة نداء تونس is written alone too).
  static constexpr std::uint32_t kMaxTitleTailToName = 3;
  bool TitleTailToName(std::uint32_t j, std::uint32_t e) const {
    if (mentions_.empty() || Is(e, kAddressee) || HasPersonName({j, e})) return false;
    const bool lam_name = AddresseeName(e);
    if (lam_name && AddresseePerson(e)) return false;
    const std::string_view norm = a_.norm(e);
    if (!lam_name && !lex_.HasAffix(norm, AffixList::kAddresseePrefix) &&
        lex_.PrefixLength(norm, AffixList::kComplementPrefix) == 0) {
      return false;
    }
    for (std::uint32_t k = e + 1; k < n_ && k <= e + kMaxTitleTailToName && SamePara(k, e); ++k) {
      if (PersonNameAt(k)) return true;
      if (!Wordish(k) || Inside(k) >= 0 || W(k) != nullptr || Adverbial(k)) return false;
    }
    return false;
  }
  // Round 16: whether a person's name the tagger found starts within kMaxTimeToName words after
  // the time word t inside the subject from `j` that names no person yet, only plain words,
  // designators and ل-words between (الجمعة السعودية للاقتصاد الدكتور عبدالله المغلوث). Only a
  // definite time word right after an indefinite noun, which needs it as its genitive (عضو
  // الجمعة); after a definite word it is an adverb (والد الرهينة الكرواتي أيضا/اليوم السلطات
  // ... والرئيس X: X is the object), and after يوم a date.
  static constexpr std::uint32_t kMaxTimeToName = 5;
  bool TimeInTitle(std::uint32_t j, std::uint32_t t) const {
    if (mentions_.empty() || t == 0 || t + 1 >= n_ || Is(t - 1, kTime) || Kind(t - 1) != TokenKind::kArabicWord ||
        Kind(t + 1) != TokenKind::kArabicWord || HasPersonName({j, t})) {
      return false;
    }
    // The genitive's own definite adjective or ل-phrase follows (الجمعة السعودية، دار اليوم
    // للإعلام); not a verb's object or complement (محكمة تركية الجمعة بسجن X، أفغانستان الخميس
    // وفاة X، حتى الآن هم X). A nisba or a name before the time word is no construct noun.
    const std::string_view before = a_.norm(t - 1), after = a_.norm(t + 1);
    if (!lex_.HasAffix(a_.norm(t), AffixList::kArticlePrefix) || lex_.HasAffix(before, AffixList::kArticlePrefix) ||
        NisbaEnding(before) || MentionOf(t - 1) >= 0 ||
        !(lex_.HasAffix(after, AffixList::kArticlePrefix) || after.starts_with("\xD9\x84\xD9\x84") /* لل */)) {
      return false;
    }
    for (std::uint32_t k = t + 1; k < n_ && k <= t + kMaxTimeToName && SamePara(k, t); ++k) {
      if (PersonNameAt(k)) return true;
      if (!Wordish(k) || Inside(k) >= 0 || Adverbial(k) || (W(k) != nullptr && !Is(k, kDesignator))) return false;
    }
    return false;
  }
  // Round 11: whether word t, inside a subject that starts at `first`, begins its second conjunct:
  // a name the tagger found that starts at t with a glued و whose rest the document writes alone
  // (ووكالة: وكالة; not وليد), and for a person's name, after a first conjunct that names a person
  // (ترامب وماكرون; not المدير وليد ...).
  bool SecondConjunct(std::uint32_t first, std::uint32_t t) const {
    const std::int32_t m = MentionOf(t);
    if (m < 0 || Kind(t) != TokenKind::kArabicWord || mentions_[m].first_token != t ||
        mentions_[m].kind != doc::MentionKind::kName) {
      return false;
    }
    if (mentions_[m].type == doc::EntityType::kPerson && !HasPersonName({first, t})) return false;
    constexpr std::string_view kWaw = "\xD9\x88";  // و
    const std::string_view norm = a_.norm(t);
    if (!norm.starts_with(kWaw) || norm.size() < kWaw.size() + 6) return false;
    const std::string_view rest = norm.substr(kWaw.size());
    for (std::uint32_t u = 0; u < n_; ++u) {
      if (u != t && toks_[u].strings.norm_len == rest.size() && Kind(u) == TokenKind::kArabicWord &&
          a_.norm(u) == rest) {
        return true;
      }
    }
    return false;
  }
  // A ل-word with a pronoun (لنظيره، لمستشارها): an addressee. Read on the raw word, where a
  // final ه is the pronoun (ة is normalized to ه).
  bool LamWithPronoun(std::uint32_t i) const {
    const std::string_view raw = Raw(i);
    constexpr std::string_view kLam = "\xD9\x84";  // ل
    constexpr std::string_view kHa = "\xD9\x87";   // ه
    constexpr std::string_view kHaAlif = "\xD9\x87\xD8\xA7";  // ها
    constexpr std::string_view kHum = "\xD9\x87\xD9\x85";     // هم
    return Kind(i) == TokenKind::kArabicWord && raw.size() > 6 && raw.starts_with(kLam) &&
           !raw.substr(kLam.size()).starts_with(kLam) &&
           (raw.ends_with(kHa) || raw.ends_with(kHaAlif) || raw.ends_with(kHum));
  }
  // A ل-word that addresses a person: ل + a person's name the tagger found (لكيم جونغ أون), or
  // whose rest starts such a name elsewhere in the document. (لكرة القدم is part of a title.)
  bool LamPerson(std::uint32_t i) const {
    return AddresseePerson(i) || (AddresseeName(i) && PersonNameAt(i));
  }
  // Round 28: a genitive ل-word glued to a plain noun (لشركة، لحقوق), not لل (an addressee,
  // للصحفيين), not with a pronoun (لنظيره), not an [addressee] word (لوكالة), not a person.
  bool GenitiveLam(std::uint32_t i) const {
    if (i >= n_ || Kind(i) != TokenKind::kArabicWord || W(i) != nullptr || Inside(i) >= 0) return false;
    const std::string_view norm = a_.norm(i);
    return lex_.PrefixLength(norm, AffixList::kSourceClitic) > 0 && norm.size() >= 8 && !Addressee(i) &&
           !LamWithPronoun(i) && !LamPerson(i);
  }
  // Whether a person's name the tagger found starts within `words` tokens from `from`, in its
  // paragraph: ورفع رئيس الهيئة التهنئة لخادم الحرمين الشريفين الملك سلمان (the addressee).
  bool PersonNameWithin(std::uint32_t from, std::uint32_t words) const {
    for (std::uint32_t k = from; k < n_ && k <= from + words && SamePara(k, from); ++k) {
      if (PersonNameAt(k)) return true;
    }
    return false;
  }
  // Round 28: whether the words [from, end) after a speaker's last mention finish a title's
  // genitive ل-phrase (الرئيس التنفيذي لشركة | الطيران، موفد الأمم المتحدة | لحقوق الإنسان): the
  // mention's last word is a ل-word and the words are definite nouns, or the words are a ل-word
  // and its definite nouns after a title or an organisation. Not after a person's name, where a
  // ل-word is the party spoken to (قال بوتين لمجلس الأمن).
  // With `need_mention` false (the caller checked that no person is named before), the word
  // before need not be a mention.
  bool GenitiveLamTail(std::uint32_t from, std::uint32_t end, bool need_mention = true) const {
    constexpr std::uint32_t kMaxTailWords = 3;
    if (from == 0 || from >= end || end > n_ || end - from > kMaxTailWords) return false;
    const std::int32_t m = MentionOf(from - 1);
    if (m < 0 && need_mention) return false;
    if (m >= 0 && mentions_[m].kind == doc::MentionKind::kName && mentions_[m].type == doc::EntityType::kPerson) {
      return false;
    }
    std::uint32_t t = from;
    // The ل-word ends a title the tagger found (a name's own last word may start with ل:
    // لندن، لوبوان) ...
    if (!GenitiveLam(from - 1) || m < 0 || mentions_[m].kind != doc::MentionKind::kTitle) {
      // ... or opens the tail after two words or more (وسعت الحكومة لتثبيت السعر: a purpose).
      if (!GenitiveLam(t) || (m >= 0 && mentions_[m].end_token < mentions_[m].first_token + 2)) return false;
      ++t;
    }
    if (t == end) return false;  // the noun the ل governs is part of the tail
    for (; t < end; ++t) {
      if (Kind(t) != TokenKind::kArabicWord || W(t) != nullptr || Inside(t) >= 0 || MentionOf(t) >= 0 ||
          !lex_.HasAffix(a_.norm(t), AffixList::kArticlePrefix)) {
        return false;
      }
    }
    return true;
  }
  // Round 32: whether the comma at `comma` ends a title's genitive ل-complement (رئيس اللجنة
  // الوطنية للعمالية، نضال رضوان) and a person's name the tagger found follows it: the subject
  // from `j` names no person yet (HeadOnlyName) and the word before the comma is a ل-word, not
  // one with a pronoun (لنظيره) nor a person's (لكيم).
  bool TitleCommaName(std::uint32_t j, std::uint32_t comma) const {
    if (comma < j + 2 || comma + 1 >= n_ || !IsComma(comma) || !SamePara(comma + 1, comma) ||
        !PersonNameAt(comma + 1) || (HasPersonName({j, comma}) && !HeadOnlyName(j, comma))) {
      return false;
    }
    // A title's head, not a name's: هيئة الإذاعة البريطانية للمذيعة، X is the one it paid.
    if (MentionOf(j) >= 0 && mentions_[MentionOf(j)].kind == doc::MentionKind::kName) return false;
    const std::uint32_t w = comma - 1;
    return Kind(w) == TokenKind::kArabicWord && W(w) == nullptr && Inside(w) < 0 && MentionOf(w) < 0 &&
           lex_.PrefixLength(a_.norm(w), AffixList::kSourceClitic) > 0 && !LamWithPronoun(w) && !LamPerson(w);
  }
  // Round 32: whether the only person's name the tagger found in [j, e) is the subject's first
  // word alone, before a mention of no person it governs and two words or more in all
  // (وكيل | وزارة الشؤون الاجتماعية المساعد للتنمية مشوح الحوشان: the title's head tagged as a
  // name). Not a name before a participle (السيسي موجها حديثه للأمير X: X is spoken to).
  bool HeadOnlyName(std::uint32_t j, std::uint32_t e) const {
    const std::int32_t m = MentionOf(j);
    const std::int32_t next = j + 1 < n_ ? MentionOf(j + 1) : -1;
    return e >= j + 3 && PersonNameAt(j) && mentions_[m].end_token == j + 1 && !HasPersonName({j + 1, e}) &&
           next >= 0 && mentions_[next].type != doc::EntityType::kPerson;
  }
  // Whether the tagger found a person's name in r.
  bool HasPersonName(Range r) const {
    for (std::uint32_t t = r.first; t < r.end; ++t) {
      const std::int32_t m = MentionOf(t);
      if (m >= 0 && mentions_[m].kind == doc::MentionKind::kName && mentions_[m].type == doc::EntityType::kPerson) {
        return true;
      }
    }
    return false;
  }
  // Round 38: the end of the person's name r opens with when a title after it runs on to
  // another person's name (جينا هاسبل مرشحة الرئيس الأمريكي دونالد ترامب), else 0.
  std::uint32_t NameBeforeOthersTitle(Range r) const;
  std::uint32_t SkipAdverbs(std::uint32_t j) const;
  std::uint32_t SkipOutletAddressee(std::uint32_t j) const;
  // With `whole`, r is taken as it is (an antecedent the caller delimited), not cut after
  // its last mention.
  Who Explicit(Range r, Agreement agreement, Attribution how, bool allow_clitic, bool whole = false) const;
  // The author of a statement a verb with فيه/فيها describes (في تغريدة قال فيها ...): the
  // person the tagger last named before the verb in its sentence, else an earlier speaker
  // whose words the sentence repeats before the verb (مما دفع ترامب للرد ... قال فيها).
  Who StatementAuthor(std::uint32_t verb, Agreement agreement) const;
  // Round 38: whether the sentence's subject `main`, an organisation, wrote the statement the
  // verb with فيه describes, see the definition.
  bool OrganisationAuthor(const Who& main, std::uint32_t verb, Agreement agreement) const;
  // The previous speaker that agrees (the sentence's own first, see sentence_speaker_).
  Who Carried(Agreement agreement, std::uint32_t at) const;
  // Round 33: the person a relay pronoun (نقلت الوكالة عنه) refers to, see the definition.
  Who RelayPronounReferent(Agreement agreement, std::uint32_t at) const;
  // Round 33: the person's name that opens reported content after at most a few title words.
  const doc::Mention* PersonOpening(Range content) const;
  // Round 33: the person whose speech act an outlet's content reports, see the definition.
  const doc::Mention* OutletReportedPerson(Range content, std::uint32_t* start) const;
  // Round 33: the end of an outlet's name that runs to a لل-word right before عن (see ReadVerb).
  std::uint32_t RelayOutletLamEnd(Range subject, std::uint32_t verb) const;
  void Remember(const Who& w, std::uint32_t at) {
    if (w.known && !w.unattributed && (w.how == Attribution::kExplicit || w.how == Attribution::kRelayed ||
                                       w.how == Attribution::kSource)) {
      history_.push_back(w);
      sentence_speaker_ = w;
      sentence_speaker_at_ = SentenceOf(at);
    }
  }
  // Round 13: a subject that opens with a bare definite noun and names no one (وأضافت الصحيفة
  // المقربة من النادي، وقالت الشركة) refers back to the last speaker whose words open with that
  // noun without the article (صحيفة "ماركا"، شركة موزيلا); nullptr when there is none.
  // Only the speaker's words (`words_end`, a byte offset) are checked for names.
  const Who* DefiniteAnaphor(Range subject, std::uint32_t words_end, Agreement agreement) const {
    if (subject.empty() || Kind(subject.first) != TokenKind::kArabicWord) return nullptr;
    for (std::uint32_t t = subject.first; t < subject.end && toks_[t].token.begin < words_end; ++t) {
      // A title the tagger found (الصحيفة) names no one by itself.
      if (const std::int32_t m = MentionOf(t); m >= 0 && mentions_[m].kind == doc::MentionKind::kName) return nullptr;
    }
    // Only the bare noun: an adjective after it may name another party (الرئيس التركي after
    // رئيس مكتب الاتصالات: in a corpus sample such pairs were wrong).
    if (subject.first + 1 < n_ && toks_[subject.first + 1].token.begin < words_end) return nullptr;
    const std::string_view norm = a_.norm(subject.first);
    const std::size_t article = lex_.PrefixLength(norm, AffixList::kArticlePrefix);
    constexpr std::size_t kMinNounBytes = 6;  // three Arabic letters
    if (article == 0 || norm.size() < article + kMinNounBytes) return nullptr;
    const std::string_view noun = norm.substr(article);
    for (std::size_t k = history_.size(); k-- > 0;) {
      const Who& h = history_[k];
      if (h.first_token >= subject.first || !h.agreement.Compatible(agreement)) continue;
      if (a_.norm(h.first_token) != noun) continue;
      // The earlier words name the party beyond the bare noun (شركة موزيلا, not شركة).
      return h.mention.end > toks_[h.first_token].token.end ? &h : nullptr;
    }
    return nullptr;
  }
  // Round 28: a title that names no one, في/لدى and at most two plain words, then a person's
  // name between commas (وقال كبير الباحثين في الدراسة، أحمد سيداغات، وهو أستاذ ...: "..."): the
  // name is the title's; the words up to it, else empty. Apposition alone needs the comma right
  // after the subject, which stopped at في.
  Range AppositionAfterTitlePlace(Range subject) const {
    constexpr std::uint32_t kMaxPlaceWords = 2;
    const std::uint32_t p = subject.end;
    if (subject.empty() || p + 2 >= n_ || !SamePara(p, subject.first) || Kind(p) != TokenKind::kArabicWord ||
        HasPersonName(subject)) {
      return {};
    }
    const std::string_view prep = a_.norm(p);
    if (prep != "في" && prep != "لدى" && prep != "لدي") return {};
    std::uint32_t c = p + 1;
    while (c < n_ && c <= p + kMaxPlaceWords && Kind(c) == TokenKind::kArabicWord && W(c) == nullptr &&
           Inside(c) < 0 && MentionOf(c) < 0) {
      ++c;
    }
    if (c == p + 1 || c >= n_ || !IsComma(c)) return {};
    const Range app = Apposition(c);
    if (app.empty() || !HasPersonName(app)) return {};
    return {subject.first, app.end};
  }
  // Round 28: a media office named without its owner (وأضاف المركز الإعلامي، حسب ما أضاف بيان
  // المكتب الإعلامي), its words (before byte `words_end`) ending at the office's adjective, is
  // the office the document named with its owner at the nearest earlier mention (or here): the
  // words up to the owner's name after its ل-word or في (المكتب الإعلامي لرئيس "اللقاء
  // العلمائي"، الشيخ عباس الجوهري؛ المركز الإعلامي في مديرية الأمن العام) — a person named
  // there before an organisation. The guideline gives an office's statement to its owner.
  Who MediaOfficeReferent(Range subject, std::uint32_t words_end) const {
    constexpr std::uint32_t kMaxOwnerTokens = 8;
    Who none;
    if (subject.empty() || mentions_.empty()) return none;
    std::uint32_t h = subject.first;
    if (Is(h, kStatement)) ++h;  // بيان المكتب الإعلامي
    const std::uint32_t adj = h + 1;
    if (adj >= n_ || Kind(h) != TokenKind::kArabicWord || !MediaOffice(adj) || toks_[adj].token.end > words_end ||
        (adj + 1 < n_ && toks_[adj + 1].token.begin < words_end)) {
      return none;
    }
    const std::string_view office = TitleWord(a_.norm(h));
    for (std::uint32_t t = adj + 1; t-- > 1;) {
      if (!MediaOffice(t) || a_.norm(t) != a_.norm(adj) || TitleWord(a_.norm(t - 1)) != office) continue;
      const std::uint32_t o = t + 1;
      if (o >= n_ || !SamePara(o, t) || Kind(o) != TokenKind::kArabicWord || Addressee(o) || LamWithPronoun(o)) {
        continue;
      }
      const std::string_view prep = a_.norm(o);
      if (prep != "في" && lex_.PrefixLength(prep, AffixList::kSourceClitic) == 0) continue;
      std::int32_t owner = -1;
      for (std::uint32_t k = o; k < n_ && k <= o + kMaxOwnerTokens && SamePara(k, t); ++k) {
        if (OpenSpan(k) >= 0) {  // a short quoted name (لرئيس "اللقاء العلمائي")
          const QuotedSpan& q = spans_[OpenSpan(k)];
          if (!q.closed() || q.words > opt_.max_name_words) break;
          for (std::uint32_t u = k; u < q.close && owner < 0; ++u) {
            if (const std::int32_t m = MentionOf(u); m >= 0 && mentions_[m].kind == doc::MentionKind::kName &&
                                                       mentions_[m].type == doc::EntityType::kOrganization) {
              owner = m;
            }
          }
          k = q.close;
          continue;
        }
        if (IsComma(k)) continue;
        if (!Wordish(k) || Inside(k) >= 0 || IsSpeechCue(k) || Is(k, kComplementizer) || Is(k, kClauseEnd) ||
            Is(k, kRelative) || Is(k, kTime) || Is(k, kNegation)) {
          break;
        }
        const std::int32_t m = MentionOf(k);
        if (m < 0 || mentions_[m].kind != doc::MentionKind::kName) continue;
        if (mentions_[m].type == doc::EntityType::kPerson) {
          owner = m;
          break;
        }
        if (mentions_[m].type == doc::EntityType::kOrganization && owner < 0) owner = m;
        k = std::max(k, static_cast<std::uint32_t>(mentions_[m].end_token) - 1);
      }
      if (owner < 0) return none;  // the nearest mention of the office decides
      Who w;
      w.known = true;
      w.how = Attribution::kExplicit;
      w.first_token = t - 1;
      w.mention = {toks_[t - 1].token.begin, mentions_[owner].span.end};
      w.entity = mentions_[owner].entity;
      return w;
    }
    return none;
  }
  // Round 27: a speaker named only by a guest's role (وقال ضيف "بوليتيكا" إن، وأضاف ضيف البرنامج
  // أن) with no name of its own in its words (before byte `words_end`) is the person the article
  // introduced: the last person who spoke by name before it, else the first person it named.
  // Not known when there is neither.
  Who GuestReferent(Range subject, std::uint32_t words_end, Agreement agreement) const {
    Who none;
    if (subject.empty() || !Is(subject.first, kGuestRole)) return none;
    for (std::uint32_t t = subject.first; t < subject.end && toks_[t].token.begin < words_end; ++t) {
      if (const std::int32_t m = MentionOf(t); m >= 0 && mentions_[m].type == doc::EntityType::kPerson) return none;
    }
    for (std::size_t k = history_.size(); k-- > 0;) {
      const Who& h = history_[k];
      if (h.first_token >= subject.first || !h.agreement.Compatible(agreement)) continue;
      if (const std::int32_t m = MentionOf(h.first_token);
          m >= 0 && mentions_[m].kind == doc::MentionKind::kName && mentions_[m].type == doc::EntityType::kPerson) {
        return h;
      }
    }
    const doc::Mention* first = nullptr;
    for (const doc::Mention& u : mentions_) {
      if (u.end_token > subject.first || (first != nullptr && u.first_token >= first->first_token)) continue;
      if (u.kind == doc::MentionKind::kName && u.type == doc::EntityType::kPerson && Inside(u.first_token) < 0) first = &u;
    }
    return first != nullptr ? CarriedFromMention(*first, agreement) : none;
  }
  // Round 27: a speaker that is one definite word (وقال الحوثي، وأضاف الصدر) which ended a
  // person's name earlier in the document (عبد الملك الحوثي) is that person's surname, not the
  // movement, family or place the word also names: the nearest such name before it.
  const doc::Mention* SurnameReferent(Range subject, std::uint32_t words_end) const {
    if (subject.empty() || Kind(subject.first) != TokenKind::kArabicWord) return nullptr;
    const std::uint32_t t = subject.first;
    if (t + 1 < n_ && toks_[t + 1].token.begin < words_end) return nullptr;
    const std::string_view norm = a_.norm(t);
    const std::size_t article = lex_.PrefixLength(norm, AffixList::kArticlePrefix);
    constexpr std::size_t kMinNounBytes = 6;  // three Arabic letters
    if (article == 0 || norm.size() < article + kMinNounBytes) return nullptr;
    // A word the tagger read as a person takes the name only when the entities stage linked both
    // to one entity (a corpus sample without this: 1,255 speakers widened, some to a tagger's
    // wrong name such as خطاب النعيمي, "the speech of al-Naimi").
    std::optional<EntityId> linked;
    bool person = false;
    if (const std::int32_t m = MentionOf(t); m >= 0 && mentions_[m].type == doc::EntityType::kPerson) {
      person = true;
      linked = mentions_[m].entity;
      if (!linked) return nullptr;
    }
    const doc::Mention* best = nullptr;
    for (const doc::Mention& u : mentions_) {
      if (u.end_token > t || (best != nullptr && u.first_token < best->first_token)) continue;
      if (u.kind == doc::MentionKind::kName && u.type == doc::EntityType::kPerson &&
          u.end_token >= u.first_token + 2 && u.end_token <= n_ && a_.norm(u.end_token - 1) == norm &&
          (!person || u.entity == linked)) {
        best = &u;
      }
    }
    return best;
  }
  // Round 17: a word of a title without its conjunction, glued preposition and article
  // (والمدير، للمركز، بالوزارة → مدير، مركز، وزاره), to compare two titles of one person. و, ل
  // and ب go only with the article: وزير and لجنة keep their first letter.
  static std::string_view TitleWord(std::string_view norm) {
    constexpr std::string_view kWa = "\xD9\x88";                // و
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";        // ال
    constexpr std::string_view kLil = "\xD9\x84\xD9\x84";       // لل
    constexpr std::string_view kBil = "\xD8\xA8\xD8\xA7\xD9\x84";  // بال
    constexpr std::size_t kMinBytes = 4;  // two letters left
    if (norm.starts_with(kWa) && norm.substr(kWa.size()).starts_with(kAl)) norm.remove_prefix(kWa.size());
    for (std::string_view p : {kAl, kLil, kBil}) {
      if (norm.starts_with(p) && norm.size() >= p.size() + kMinBytes) return norm.substr(p.size());
    }
    return norm;
  }
  // A person's name the tagger found starting at token t (ending at t + 1 with `ending`).
  const doc::Mention* PersonNameAt(std::uint32_t t, bool ending) const {
    if (t >= n_) return nullptr;
    const std::int32_t m = MentionOf(t);
    if (m < 0) return nullptr;
    const doc::Mention& men = mentions_[m];
    if (men.kind != doc::MentionKind::kName || men.type != doc::EntityType::kPerson) return nullptr;
    if (ending ? men.end_token != t + 1 : men.first_token != t) return nullptr;
    return &men;
  }
  // Round 17: the person a title the tagger found introduces: the name right after it, or
  // after up to three plain words and a comma (المدير العام للمركز الوطني للسينما والصورة،
  // فتحي الخراط); else the name right before it when a plain speech verb (and maybe another
  // title) stands before that name (وقال جان أسيلبورج وزير خارجية لكسمبورج، أعلن العقيد صادق
  // الدويد المتحدث باسم ...) — not after other verbs, whose object a title may be (التقى ترامب
  // الرئيس الصيني), nor after a verb that takes a person as its object (دعا، أبلغ، اتهم).
  const doc::Mention* TitleIntroduces(const doc::Mention& u) const {
    constexpr std::uint32_t kMaxTitleTail = 3;
    // Not after a title "on behalf of" someone: the name after it is his, not the spokesman's.
    const bool on_behalf = OnBehalf(u);
    const doc::Mention* name = on_behalf ? nullptr : PersonNameAt(u.end_token, false);
    if (name != nullptr) return name;
    std::uint32_t k = u.end_token;
    while (k < n_ && k - u.end_token < kMaxTitleTail && Kind(k) == TokenKind::kArabicWord && MentionOf(k) < 0 &&
           Inside(k) < 0) {
      ++k;
    }
    if (!on_behalf && IsComma(k)) {
      if (name = PersonNameAt(k + 1, false); name != nullptr) return name;
    }
    // Round 22: or the name after the title's own complement.
    if (!on_behalf) {
      if (name = NameAfterTitleComplement(u); name != nullptr) return name;
    }
    if (u.first_token == 0) return nullptr;
    name = PersonNameAt(u.first_token - 1, true);
    if (name == nullptr) return nullptr;
    // A title of the name's own before it, maybe with plain words after it (العقيد الركن).
    std::uint32_t before = name->first_token;
    std::uint32_t b = before;
    while (b > 0 && before - b < 2 && Kind(b - 1) == TokenKind::kArabicWord && MentionOf(b - 1) < 0) --b;
    if (b > 0) {
      const std::int32_t m = MentionOf(b - 1);
      if (m >= 0 && mentions_[m].kind == doc::MentionKind::kTitle && mentions_[m].end_token == b) {
        before = mentions_[m].first_token;
      }
    }
    if (before == 0 || !IsSpeechCue(before - 1)) return nullptr;
    const CueWord* verb = W(before - 1);
    constexpr std::uint16_t kTakesObject = kObjectPrep | kToldObject | kRelay | kObjectFirst | kPrepNoun | kClaim;
    if (verb == nullptr || verb->verb < 0 || (lex_.verbs()[verb->verb].flags & kTakesObject) != 0) return nullptr;
    return name;
  }
  // Round 22: whether words [first, end) join two persons' names with و (وزير الداخلية الفرنسي
  // برنار كازنوف ونظيرته البريطانية تيريزا ماي، كازنوف وماي): a name, then a word that opens a
  // conjunct (و alone, or a و the stemmer took off: ونظيرته، وماي; not وزير) and a name within
  // the next three words, with no punctuation between (مركز الملك سلمان للإغاثة والأعمال
  // الإنسانية، رأفت الصباغ is one spokesman).
  bool JointPersons(std::uint32_t first, std::uint32_t end) const {
    constexpr std::string_view kWa = "\xD9\x88";  // و
    constexpr std::uint32_t kMaxToName = 3;
    bool named = false;
    for (std::uint32_t t = first; t < end && t < n_; ++t) {
      const std::int32_t m = MentionOf(t);
      const bool person_name = m >= 0 && mentions_[m].kind == doc::MentionKind::kName &&
                               mentions_[m].type == doc::EntityType::kPerson;
      if (named && Kind(t) == TokenKind::kArabicWord && Raw(t).starts_with(kWa) &&
          (a_.norm(t) == kWa || !a_.stem(t).starts_with(kWa)) && (m < 0 || mentions_[m].first_token == t)) {
        for (std::uint32_t k = t; k < end && k <= t + kMaxToName && Wordish(k); ++k) {
          if (PersonNameAt(k, false) != nullptr && (k > t || a_.norm(t) != kWa)) return true;
        }
      }
      if (person_name) {
        named = true;
        t = std::max<std::uint32_t>(t, mentions_[m].end_token - 1);
      }
    }
    return false;
  }
  // Round 22: a subject that opens with a dual noun (وتابع وزيرا الداخلية، وأكد الوزيران) refers
  // back to the latest joint speaker (JointPersons) whose words hold that noun in the singular
  // (وزير الداخلية الفرنسي ... ونظيرته); nullptr when none.
  const Who* DualAnaphor(Range subject) const {
    if (subject.empty() || Kind(subject.first) != TokenKind::kArabicWord || HasPersonName(subject)) return nullptr;
    constexpr std::string_view kAlif = "\xD8\xA7";           // ا (construct: وزيرا)
    constexpr std::string_view kAn = "\xD8\xA7\xD9\x86";   // ان (definite: الوزيران)
    constexpr std::size_t kMinNounBytes = 6;                  // three letters
    std::string_view noun = TitleWord(a_.norm(subject.first));
    if (noun.ends_with(kAn) && lex_.HasAffix(a_.norm(subject.first), AffixList::kArticlePrefix)) {
      noun.remove_suffix(kAn.size());
    } else if (noun.ends_with(kAlif) && noun == a_.norm(subject.first) && subject.end > subject.first + 1) {
      noun.remove_suffix(kAlif.size());
    } else {
      return nullptr;
    }
    if (noun.size() < kMinNounBytes) return nullptr;
    for (std::size_t k = history_.size(); k-- > 0;) {
      const Who& h = history_[k];
      if (h.first_token >= subject.first) continue;
      std::uint32_t end = h.first_token;
      while (end < n_ && toks_[end].token.begin < h.mention.end) ++end;
      if (!JointPersons(h.first_token, end)) continue;
      for (std::uint32_t t = h.first_token; t < end; ++t) {
        if (Kind(t) == TokenKind::kArabicWord && TitleWord(a_.norm(t)) == noun) return &h;
      }
      return nullptr;
    }
    return nullptr;
  }
  // Whether title mention `u` speaks "on behalf of" someone (متحدث باسم رئيس كوريا الجنوبية
  // مون): a name after it is that someone's.
  bool OnBehalf(const doc::Mention& u) const {
    constexpr std::string_view kBism = "\xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85";  // باسم
    for (std::uint32_t a = u.first_token; a < u.end_token && a < n_; ++a) {
      if (a_.norm(a) == kBism) return true;
    }
    return false;
  }
  // Round 24: an outlet noun (وكالة، الوكالة، قناة): its ل-form, the article taken off, is an
  // [addressee] (لوكالة، لقناة).
  bool Outlet(std::uint32_t t) const {
    if (Kind(t) != TokenKind::kArabicWord) return false;
    std::string_view noun = a_.norm(t);
    if (lex_.HasAffix(noun, AffixList::kArticlePrefix)) {
      noun.remove_prefix(lex_.PrefixLength(noun, AffixList::kArticlePrefix));
    }
    std::string lam = "\xD9\x84";  // ل
    lam += noun;
    return lex_.Is(lam, kAddressee);
  }
  // Round 22: the person named right after a title's own complement, with no comma between
  // (الرئيس المدير العام للديوان الوطني للزيت شكري بيوض، نائب الرئيس الأول لقسم المنتجات في شركة
  // "فاير آي" مانيش جوبتا): the complement opens with a glued ل or ب, or with في/لدى, and holds
  // up to kMaxOwnTail plain words, names of organisations and places, or short quoted names.
  // Not an addressee (للصحفيين، لنظيره، لكيم), no statement noun (في تصريح للزميلة X: the
  // reporter), no person's title or name inside it (the name after "adviser to the prime
  // minister" is the prime minister's). nullptr when none.
  const doc::Mention* NameAfterTitleComplement(const doc::Mention& u) const {
    return NameAfterComplement(u.first_token, u.end_token);
  }
  // The same after the title words [first, end), whether or not the tagger found them.
  const doc::Mention* NameAfterComplement(std::uint32_t first_token, std::uint32_t end_token) const {
    constexpr std::uint32_t kMaxOwnTail = 8;
    constexpr std::uint64_t kNotInTail =
        CueLexicon::kTriggerClasses | kComplementizer | kTime | kClauseEnd | kRelative | kNegation | kAddressee |
        kStatement | kStatementDefinite | kReportNoun;
    std::uint32_t k = end_token;
    if (k >= n_ || Kind(k) != TokenKind::kArabicWord || !SamePara(k, first_token)) return nullptr;
    const std::string_view first = a_.norm(k);
    constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";                // في
    constexpr std::string_view kLada = "\xD9\x84\xD8\xAF\xD9\x89";     // لدى
    constexpr std::string_view kLadaYa = "\xD9\x84\xD8\xAF\xD9\x8A";   // لدي (ى normalized)
    constexpr std::string_view kBa = "\xD8\xA8";                          // ب
    auto fi_or_lada = [&](std::string_view w) { return w == kFi || w == kLada || w == kLadaYa; };
    const bool separate = fi_or_lada(first);
    const bool glued = !separate && first.size() >= 8 &&
                       (lex_.PrefixLength(first, AffixList::kSourceClitic) > 0 || first.starts_with(kBa));
    if (!separate && !glued) return nullptr;
    // في + a place is where (استقبل الوفد في القاهرة X), not whose.
    if (const std::int32_t place = k + 1 < n_ ? MentionOf(k + 1) : -1;
        separate && place >= 0 && mentions_[place].type == doc::EntityType::kLocation) {
      return nullptr;
    }
    if (LamWithPronoun(k) || LamPerson(k)) return nullptr;
    // A name right after في/لدى is the body's (الرئيس التنفيذي لدى ماجد الفطيم آلان بجان).
    const std::uint32_t min_words = glued ? 1 : 2;
    std::uint32_t words = 0;
    while (k < n_ && words < kMaxOwnTail && SamePara(k, first_token)) {
      if (const doc::Mention* name = PersonNameAt(k, false); name != nullptr) {
        // A second name right after it: the first names the body.
        if (words < min_words || PersonNameAt(name->end_token, false) != nullptr) return nullptr;
        return name;
      }
      if (OpenSpan(k) >= 0) {
        const QuotedSpan& q = spans_[OpenSpan(k)];
        if (!q.closed() || q.words > opt_.max_name_words) return nullptr;
        k = q.close + 1;
        ++words;
        continue;
      }
      if (Kind(k) != TokenKind::kArabicWord || Inside(k) >= 0 || IsSpeechCue(k) || (Classes(k) & kNotInTail) != 0 ||
          Adverbial(k)) {
        return nullptr;
      }
      // After its first word, no other preposition than في/لدى and no demonstrative: a clause
      // (الإشكال في هذه القضية يمكن إرجاعه إلى الفيلسوف X), not a title's complement.
      if (words > 0 && (Is(k, kDemonstrative) || (Is(k, kSubjectStop) && !fi_or_lada(a_.norm(k))))) {
        return nullptr;
      }
      if (const std::int32_t m = MentionOf(k); m >= 0 && mentions_[m].type == doc::EntityType::kPerson) return nullptr;
      ++k;
      ++words;
    }
    return nullptr;
  }
  // Round 28: whether `span` is title mention `t` and a genitive tail the speaker's words kept
  // (GenitiveLamTail): نائب الرئيس الأول لقسم | المنتجات still refers back like the title alone.
  bool TitleWithGenitiveTail(const doc::Mention& t, ByteSpan span) const {
    constexpr std::uint32_t kMaxTailTokens = 3;
    if (span.begin != t.span.begin || span.end <= t.span.end) return false;
    for (std::uint32_t e = t.end_token; e < n_ && e < t.end_token + kMaxTailTokens; ++e) {
      if (toks_[e].token.end == span.end) return GenitiveLamTail(t.end_token, e + 1);
    }
    return false;
  }
  // Round 17: a speaker named only by a title the tagger found (وكشف المتحدث باسم المقاومة،
  // وأضاف الوزير، وقال مدير المركز الوطني) refers to the person an earlier title with all its
  // words introduced (TitleIntroduces): the nearest such title before it. nullptr when none.
  const doc::Mention* TitleReferent(const Who& w) const {
    if (mentions_.empty() || w.first_token >= n_) return nullptr;
    const std::int32_t tm = MentionOf(w.first_token);
    if (tm < 0) return nullptr;
    const doc::Mention& t = mentions_[tm];
    if (t.kind != doc::MentionKind::kTitle || t.type != doc::EntityType::kPerson || t.end_token > n_ ||
        (t.span != w.mention && !TitleWithGenitiveTail(t, w.mention))) {
      return nullptr;
    }
    // Round 22: the speaker's own title, when its complement runs on to a name the words
    // stopped before (كشف المستشار لدى رئيس الحكومة المكلف بمتابعة البرامج العمومية رضا السعيدي،
    // في حوار لوكالة ...، أن). Not a title "on behalf of" someone (see TitleIntroduces).
    if (!OnBehalf(t)) {
      if (const doc::Mention* name = NameAfterTitleComplement(t); name != nullptr) return name;
    }
    const doc::Mention* best = nullptr;
    std::uint32_t best_at = 0;
    for (const doc::Mention& u : mentions_) {
      if (u.kind != doc::MentionKind::kTitle || u.type != doc::EntityType::kPerson || u.end_token > t.first_token ||
          u.end_token > n_ || Inside(u.first_token) >= 0 || (best != nullptr && u.first_token < best_at)) {
        continue;
      }
      bool all = true;
      for (std::uint32_t a = t.first_token; a < t.end_token && all; ++a) {
        const std::string_view word = TitleWord(a_.norm(a));
        bool in = false;
        for (std::uint32_t b = u.first_token; b < u.end_token && !in; ++b) in = TitleWord(a_.norm(b)) == word;
        all = in;
      }
      if (!all) continue;
      if (const doc::Mention* name = TitleIntroduces(u); name != nullptr && name->end_token <= t.first_token) {
        best = name;
        best_at = u.first_token;
      }
    }
    return best;
  }
  // Whether the first word of a speaker looks plural (المسؤولون، مسؤولين).
  bool PluralLooking(const Who& w) const {
    if (w.first_token >= n_) return false;
    const std::string_view norm = a_.norm(w.first_token);
    return lex_.HasAffix(norm, AffixList::kPluralSuffix) && norm.size() > 8;
  }
  // A subject that is a statement already introduced: a definite statement noun (وأضاف البيان),
  // Round 16: also with up to two definite adjectives (وأشار التصريح المقتضب، البيان الأخير).
  // Not a nisba adjective (التقرير الأممي، البيان الأمريكي may be another party's statement)
  // nor a word of a name the tagger found.
  bool StatementBackReference(Range subject) const {
    if (subject.empty() || !Is(subject.first, kStatementDefinite) || subject.end > subject.first + 3) return false;
    for (std::uint32_t k = subject.first + 1; k < subject.end; ++k) {
      const std::string_view norm = a_.norm(k);
      if (Kind(k) != TokenKind::kArabicWord || W(k) != nullptr || MentionOf(k) >= 0 ||
          !lex_.HasAffix(norm, AffixList::kArticlePrefix) || NisbaEnding(norm)) {
        return false;
      }
    }
    return true;
  }
  // A speech verb followed by a person's name the tagger found and a colon or an opening
  // quote (قال حسين فواز: ...): a new speaker's statement, which ends reported content running
  // on to it without a full stop; a nested report has its complementizer before the name
  // (قال إن الوزير قال ...).
  bool NamedSpeakerAndColon(std::uint32_t verb) const {
    if (verb + 2 >= n_ || Negated(verb) || !PersonNameAt(verb + 1)) return false;
    const std::uint32_t e = mentions_[MentionOf(verb + 1)].end_token;
    return e < n_ && SamePara(e, verb) && (IsColon(e) || OpenSpan(e) >= 0);
  }
  // Where the new statement's clause starts, given its verb: at a و-topic phrase right before
  // it (وعن نظامية الزواج قال ...: "and on the marriages' legality, X said"; ومن جانبه قال ...;
  // وفي وقت سابق قال ...), else at the verb.
  std::uint32_t TopicPhraseStart(std::uint32_t from, std::uint32_t verb) const {
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
  // The most recent speaker who issued a statement, or -1.
  std::int32_t StatedSpeaker() const {
    for (std::size_t k = history_.size(); k-- > 0;) {
      if (history_[k].stated) return static_cast<std::int32_t>(k);
    }
    return -1;
  }
  // Whether token `at` is in the sentence of sentence_speaker_, or in the next one when the
  // analysis split the sentence inside a quote (فأجاب كيم "حقا؟"، مضيفا ...): that one opens
  // with punctuation, not a word.
  bool InSpeakerSentence(std::uint32_t at) const {
    if (sentence_speaker_at_ == kNoToken || at >= n_) return false;
    const std::uint32_t s = SentenceOf(at);
    if (s == sentence_speaker_at_) return true;
    return s == sentence_speaker_at_ + 1 && !Wordish(a_.sentences[s].first_token);
  }
  // Round 30: وانتقل حاكم لويزيانا الجمهوري بوبي جيندال ... إلى مدينة لافايت. وقال في مؤتمر
  // صحفي: ...: a subjectless verb that opens its sentence refers to the person named, after at
  // most a title of words that name nothing, as the subject of the sentence right before, when
  // that sentence opens with a word outside the lexicon (its verb) and holds no speech verb or
  // quote. Before, the speaker of an earlier paragraph was carried over the narrative sentence.
  const doc::Mention* NarrativeSubjectBefore(std::uint32_t at) const {
    constexpr std::uint32_t kMaxTitleWords = 5;
    if (at >= n_) return nullptr;
    const std::uint32_t s = SentenceOf(at);
    if (s == 0 || a_.sentences[s].first_token != at) return nullptr;
    const std::uint32_t p0 = a_.sentences[s - 1].first_token;
    if (p0 >= at || para_[at] - para_[p0] > 1 || Kind(p0) != TokenKind::kArabicWord || Classes(p0) != 0 ||
        !Raw(p0).starts_with("\xD9\x88" /* و */)) {
      return nullptr;
    }
    for (std::uint32_t t = p0; t < at; ++t) {
      if (Is(t, kSpeechVerb) || Inside(t) >= 0) return nullptr;
    }
    for (const doc::Mention& m : mentions_) {
      if (m.kind != doc::MentionKind::kName || m.type != doc::EntityType::kPerson || m.first_token <= p0 ||
          m.first_token > p0 + kMaxTitleWords || m.first_token >= at) {
        continue;
      }
      bool title_only = true;
      for (std::uint32_t t = p0 + 1; t < m.first_token && title_only; ++t) {
        // A name the tagger found right after the verb is its subject and this one the object
        // (وتتهم أنقرة غولن ...); inside a title a place may stand (حاكم لويزيانا), a person not
        // (the entities stage's title mentions are no names).
        const std::int32_t in = MentionOf(t);
        title_only = Kind(t) == TokenKind::kArabicWord && (Classes(t) & CueLexicon::kTriggerClasses) == 0 &&
                     (in < 0 || mentions_[in].kind != doc::MentionKind::kName ||
                      (t > p0 + 1 && mentions_[in].type != doc::EntityType::kPerson));
      }
      if (title_only) return &m;
    }
    return nullptr;
  }
  // The subject of the verb that opens sentence of token `at` when that verb is not a speech
  // verb (وصرخت المراسلة في وجهه قائلة ...): the speaker of the sentence's participles.
  Who MainClauseSubject(std::uint32_t at) const;
  bool Negated(std::uint32_t verb) const;

  // --- content -----------------------------------------------------------------------
  // With `object_first` (وصف X بأنه) only a quote or بأن opens the content.
  // With `speaker_preps`, the prepositions of a `speaker_prep` verb (أشار إلى) carry content too.
  Complement FindComplement(std::uint32_t from, const SpeechVerb* verb, bool object_first = false,
                            bool speaker_preps = false) const;
  // --- Round 35: a request, طلب (من X) + أن or the act asked for ------------------------------
  // Whether token k is من with the one asked glued on as a pronoun (طلب منه جهاز الاستخبارات ...).
  bool RequestPronoun(std::uint32_t k) const {
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
  // The token after the one asked when من stands at k: a name or mention the tagger found (to
  // its end) or one definite word (من الراكب); k when there is none (من أجل، من قبل: no one
  // asked). A bare word alone (من دول عربية) is marked `bare`: only أن may follow it.
  std::uint32_t RequestAddresseeEnd(std::uint32_t k, bool* bare) const;
  // Where the act asked for starts after the one asked, which ends at e: after أن (past time
  // words, or an aside between commas: من سيول، مساء السبت، أن), or at a verbal noun (وضع
  // الصندوق، سحب التقرير، اصطحاب العاملات); n_ when none.
  std::uint32_t RequestActStart(std::uint32_t e, bool bare) const;
  // Whether a request's one asked and its act follow the verb at i (the gate of W()).
  bool RequestAhead(std::uint32_t i, const CueWord& w) const;
  // The content of a request verb whose subject ends at `from`.
  Complement RequestComplement(std::uint32_t from) const;
  // After the one asked glued before the subject: the act may follow the subject's genitive
  // tail its words stopped at (الأمين العام | للمنظمة الدولية سحب ...): the first act of up to
  // kMaxTail plain words on that follows a definite word; n_ when none.
  std::uint32_t RequestActAfterSubject(std::uint32_t from) const {
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
  // The subject of a request verb cut where the act asked for starts: a bare verbal noun right
  // after a definite word cannot be that word's adjective or genitive (طلب منه جهاز الاستخبارات
  // اصطحاب ...، طلب منها الأمين العام للمنظمة الدولية سحب ...).
  Range RequestSubject(Range subject) const {
    for (std::uint32_t t = subject.first + 1; t < subject.end; ++t) {
      if (Kind(t - 1) == TokenKind::kArabicWord && lex_.HasAffix(a_.norm(t - 1), AffixList::kArticlePrefix) &&
          !lex_.HasAffix(a_.norm(t), AffixList::kArticlePrefix) && RequestActStart(t, false) == t) {
        return {subject.first, t};
      }
    }
    return subject;
  }
  // Whether the words naming w hold a person the tagger or the entities stage found (a name or
  // a title: المدرب البرتغالي).
  // With `any_type`, a mention of any type (ايران دعت إلى ...، شيخ الأزهر دعا إلى ...).
  bool NamesPerson(const Who& w, bool any_type = false) const;
  std::uint32_t ClauseEnd(std::uint32_t from) const;
  // Round 12: وتتهم تركيا المليشيا بالسعي ...، واتهم الوزير X إيران بتسهيل ...: the object of an
  // accusation or a demand (object_prep verbs with flag prep_noun: the content opens with ب)
  // is often a party too. A person's name the tagger found, or a name that opens the subject,
  // ends the speaker's words when more words follow it; the content still starts after them all.
  Range AccuserWords(Range subject, const SpeechVerb& verb) const {
    if ((verb.flags & (kObjectPrep | kPrepNoun)) != (kObjectPrep | kPrepNoun)) return subject;
    for (std::uint32_t t = subject.first; t + 1 < subject.end; ++t) {
      const std::int32_t m = MentionOf(t);
      if (m < 0 || mentions_[m].kind != doc::MentionKind::kName) continue;
      const doc::Mention& name = mentions_[m];
      if ((name.type == doc::EntityType::kPerson || name.first_token == subject.first) &&
          name.first_token >= subject.first && name.end_token < subject.end) {
        subject.end = name.end_token;
      }
      break;
    }
    return subject;
  }
  // Round 12: the end of mention `men` when it widens a speaker's words that end at `end`: a
  // title the tagger ran on to the outlet the person spoke to (ناطق باسم وزارة الخارجية الروسية
  // في موسكو لوكالة فرانس برس) stops before an [addressee] word (لوكالة، لصحيفة). Not any لل-word:
  // وزير الدولة للشؤون الخارجية، المبعوث الأممي لليمن are titles.
  std::uint32_t TitleEndBeforeAddressee(const doc::Mention& men, std::uint32_t end) const {
    if (men.kind != doc::MentionKind::kTitle) return men.span.end;
    for (std::uint32_t u = std::max(end, men.first_token + 1); u < men.end_token && u < n_; ++u) {
      if (Kind(u) == TokenKind::kArabicWord && Is(u, kAddressee)) return toks_[u - 1].token.end;
    }
    return men.span.end;
  }
  // Whether the tokens [from, t) are the object of a verb that takes one before its
  // preposition (دعا الرئيس الحكومة إلى ...): one to three plain words right after the subject
  // (time words aside; not after a comma, where a title may follow the subject: دعا X،
  // المبعوث إلى كوريا، ...).
  bool ObjectBefore(std::uint32_t from, std::uint32_t t) const {
    while (from < t && Is(from, kTime)) ++from;
    if (from >= t || t - from > kMaxObjectWords) return false;
    for (std::uint32_t k = from; k < t; ++k) {
      if (!Wordish(k) || Inside(k) >= 0 || W(k) != nullptr || Adverbial(k)) return false;
    }
    return true;
  }
  // Round 39: whether the tokens [from, t) are the long object of a call whose preposition t
  // follows (verb flag long_object: دعا): four to twenty words, time words before them (دعا
  // الرئيس، X، اليوم الأربعاء، الجيش الوطني ... في اليمن، إلى ...), a comma allowed right before
  // the preposition only. The subject's words may have taken the object's head, so the stretch
  // may open with في (دعا النائب الناخبين | في معقل الحزب ... إلى ...), but not with another
  // preposition of time or place (دعا الوزير خلال زيارته إلى موسكو ...), an adverb or a comma.
  // Nothing in it may be a cue, a complementizer, a relative, a negation, a clause's end or a
  // quote; after the preposition no name the tagger found (إلى موسكو: a place) and no
  // [event_noun].
  bool LongObjectBefore(std::uint32_t from, std::uint32_t t, const SpeechVerb& verb) const {
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
  // Round 39: the call's preposition when a call's object (short or long) that starts at u and
  // then that preposition follow, in the same sentence, else kNoToken: after a name in
  // apposition the subject's words end there (دعا النائب السابق في مجلس النواب، X، الناخبين في
  // ... إلى ...), as they do before أن.
  std::uint32_t CallPrepositionAfterObject(std::uint32_t u, const SpeechVerb& verb) const {
    if ((verb.flags & kLongObject) == 0) return kNoToken;
    for (std::uint32_t t = u + 1; t < n_ && t <= u + 21 && SamePara(t, u) && !IsTerminal(t); ++t) {
      if (!Wordish(t) || !StartsPrepositional(t, verb)) continue;
      return ObjectBefore(u, t) || LongObjectBefore(u, t, verb) ? t : kNoToken;
    }
    return kNoToken;
  }
  // Round 39: في, which may continue an object whose head the subject's words took. Not من:
  // "دعا كل | من الأمم المتحدة ..." and "ودعا | من خلاله X إلى" are the subject's.
  bool ObjectTailPreposition(std::uint32_t i) const {
    return a_.norm(i) == "\xD9\x81\xD9\x8A" /* في */;
  }
  // Round 29: the first word of the object ObjectBefore(from, t) accepted when it is the one
  // called on, warned or accused (داعيا الجميع إلى ...، اتهم ترامب الصين بالتلاعب ...), else t.
  // ObjectBefore also passes words that are not an object; the content keeps them out (found in
  // the corpus check): a date (6 جوان 2017), a person's name, the subject's tail with a glued ل
  // (الجمعية الأميركية | للإبصار من)، a manner with a glued ب (بنبرة تصالحية)، a joint subject
  // (إسبانيا | والبرتغال) and a nominative plural, the subject itself after a verb whose speaker
  // was read elsewhere (طالب فيها المهندسون بإقرار ...). Right after a verb that is no participle
  // the words are rather its subject when the speaker was carried (ودعت السلطات الجماهير إلى ...،
  // ويدعو القرار إلى ...); after a participle (داعيا الجميع إلى) or a subject they are the object.
  std::uint32_t ObjectStart(std::uint32_t from, std::uint32_t t) const {
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
  bool NameLike(std::int32_t span) const;
  std::int32_t QuoteEndingBefore(std::uint32_t i) const;
  // Whether the source words r (after بحسب، وفقا ل ...) name a person: a person's name the
  // tagger found in them, or — with `lam` — their first word without its ل written alone as a
  // person's name elsewhere in the document (لكلوب: كلوب).
  bool PersonSource(Range r, bool lam) const;
  // Round 23: an organisation the tagger named as the source (ووفقا للأمم المتحدة، ...).
  bool OrgSource(Range r) const;
  // Whether token i opens its clause: the first word of its sentence, or the second after a
  // [clause_opener] (لكنه وفقا لـ ...), or right after a comma.
  bool AtClauseHead(std::uint32_t i) const;
  bool RelaysInnerCue(Range content) const;

  // --- cues ----------------------------------------------------------------------------
  struct VerbReading {
    Who who;
    std::uint32_t after = 0;  // where the content may start
    bool relay_outer = false; // the subject only relays (نقلت وكالة X عن Y): not remembered
    Who outlet;               // Round 33: that relaying subject, when it was read
    bool parenthetical = false;  // "X، الذي قال إن ...،": the content ends at the comma
    bool valid = false;
  };
  VerbReading ReadVerb(std::uint32_t i) const;
  void HandleVerb(std::uint32_t i);
  void HandleSource(std::uint32_t i);
  void HandleBySaying(std::uint32_t i);
  void ClaimInnerQuotes();
  void HandleSayingNoun(std::uint32_t i);
  Who SayingNounSpeaker(std::uint32_t i) const;
  void HandleSayingNounOn(std::uint32_t i);
  void HandleSpeechNoun(std::uint32_t i);
  // The person a pronoun at token `at` (تأكيده، لقوله، له) refers to: the last person the
  // tagger named before it in its sentence, else the sentence's speaker or subject, else the
  // previous speaker that agrees.
  Who PronounReferent(std::uint32_t at, Agreement agreement) const;
  // Cuts the subject of an object-first verb (وصف الوزير الاتفاق بأنه): it ends with its
  // first name, or without a name before its last word.
  Range SubjectBeforeObject(Range r) const;
  // Whether the tokens [from, end) are names the tagger found, joined by و only (two names
  // side by side are a subject and its object: وصف زوكربيرغ فيسبوك بأنها ...).
  bool NamesRunTo(std::uint32_t from, std::uint32_t end) const {
    std::uint32_t t = from;
    while (t < end) {
      const std::int32_t m = MentionOf(t);
      if (m < 0 || mentions_[m].kind != doc::MentionKind::kName) return false;
      if (t != from && !SecondConjunct(from, t)) return false;
      t = std::max<std::uint32_t>(t + 1, mentions_[m].end_token);
    }
    return t == end;
  }
  // Where a subject with no person's name ends when its title runs on through في/ل/ب phrases
  // and quoted names to a person's name the tagger found, the content right after the name;
  // subject.end otherwise.
  std::uint32_t TitleRunOnToName(Range subject, const SpeechVerb& verb, std::uint32_t cue) const;
  // Round 14: where a title with no name stops before في/لدى + the organisation it belongs to
  // (رئيس قسم الهواتف في سامسونغ، إن ...), the end of that organisation's name when the content
  // opens right after it; subject.end otherwise.
  std::uint32_t TitleRunOnToOrganisation(Range subject, const SpeechVerb& verb, std::uint32_t cue) const;
  // Round 15: whether the words of place mention `men` are an organisation's name the tagger
  // found elsewhere in the document.
  bool TypedOrganisationElsewhere(const doc::Mention& men) const {
    const std::string_view words = men.span.In(text_);
    for (const doc::Mention& o : mentions_) {
      if (o.type == doc::EntityType::kOrganization && o.kind == doc::MentionKind::kName && o.span.In(text_) == words) {
        return true;
      }
    }
    return false;
  }
  // Round 15: where a title with no person's name stops before ب + the place or body it belongs
  // to (رئيس نادي كرة القدم بالحمامات إلى أن ...، مدير المركز الإعلامي بالنادي الأهلي: ...), the
  // end of that phrase when the content opens right after it; subject.end otherwise.
  std::uint32_t TitleRunOnThroughBa(Range subject, const SpeechVerb& verb, std::uint32_t cue) const;
  void Emit(const Complement& c, const Who& who, QuoteTrace trace);
  void ClaimSpan(std::int32_t span, const Who& who, QuoteTrace trace) {
    if (span < 0 || claims_[span].claimed) return;
    claims_[span] = {true, who, trace};
  }

  const CueLexicon& lex_;
  const ExtractorOptions& opt_;
  std::string_view text_;
  const text::TextAnalysis& a_;
  const std::vector<text::AnalyzedToken>& toks_;
  const std::vector<doc::Mention>& mentions_;
  const std::uint32_t n_;
  std::string fathatan_;  // ً in UTF-8

  // Per-token tables (buffers of the caller's ExtractScratch).
  std::vector<const CueWord*>& cue_;
  std::vector<std::uint32_t>& para_;
  std::vector<QuotedSpan> spans_;
  std::vector<std::int32_t>& open_span_;   // token -> span it opens, or -1
  std::vector<std::int32_t>& close_span_;  // token -> closed span it closes, or -1
  std::vector<std::int32_t>& inside_;      // token -> innermost closed span containing it, or -1
  std::vector<std::int32_t>& mention_of_;  // token -> a mention covering it, or -1
  std::vector<Claim>& claims_;
  std::vector<Reported>& reported_;
  std::vector<Who>& history_;
  // Round 33: the outlets that relayed someone (نقلت وكالة X عن Y), for a later verb that agrees
  // with no speaker of history_ after them (see Carried).
  struct RelayOutlet {
    Who who;
    std::size_t history_size;  // history_'s size when it relayed: the entries from there on are later
  };
  std::vector<RelayOutlet> relay_outlets_;
  // The subject of a speech verb with no content of its own (ردت الوزارة قائلة ...): a
  // speaker for the participles of its sentence only, not for later sentences.
  Who sentence_speaker_;
  std::uint32_t sentence_speaker_at_ = kNoToken;  // sentence index
};

// The words naming a speaker from token j: a name, a title, an organisation — up to a stop
// word (preposition, time word, relative pronoun, addressee, another cue), punctuation or
// max_subject_tokens. A short quoted name after a name word (شركة "أبل") and a joining
// hyphen (جيه-إن) stay inside. A statement noun (بيان صادر عن الوزارة، بيان للخارجية) takes
// its author with it. With `allow_clitic`, the first word may carry ل (وفقا لوكالة ...).
Range Run::NounPhrase(std::uint32_t j, bool allow_clitic) const {
  Range r{j, j};
  if (j >= n_) return r;
  // Round 11: هذه الأخبار، هذا النبأ: what was reported, not a party that speaks.
  if (Is(j, kDemonstrative) && HeadOfClass(j + 1, kReportNoun)) return r;
  const std::uint32_t para = para_[j];
  std::uint32_t words = 0;
  bool statement = false;
  bool after_issued = false;
  std::uint32_t e = j;
  while (e < n_ && para_[e] == para && words < opt_.max_subject_tokens) {
    if (Wordish(e)) {
      if (Inside(e) >= 0) break;
      const bool first = e == j;
      const std::string_view norm = a_.norm(e);
      if (first && Is(e, kStatement)) statement = true;
      if (statement && !first) {
        // بيان صادر عن X / بيان للخارجية / بيان الوزارة
        if (Is(e, kIssuedBy)) {
          after_issued = true;
          ++e;
          ++words;
          continue;
        }
        // Round 24: بيان نشرته وكالة الأنباء ...: the outlet published it, it is not its author;
        // the speaker is the statement alone. Not a report (تقرير نشرته صحيفة X: the paper's own).
        if (e == j + 1 && Is(e, kRelayedBy) && e + 1 < n_ && Outlet(e + 1) &&
            a_.norm(j) != "\xD8\xAA\xD9\x82\xD8\xB1\xD9\x8A\xD8\xB1" /* تقرير */) {
          break;
        }
        if (after_issued && (Is(e, kRelayFrom) || Is(e, kSubjectStop))) {
          after_issued = false;
          ++e;
          ++words;
          continue;
        }
        // Round 15: بيان من وزارة الدفاع: من right after the noun names its author (a later
        // وأضاف البيان carries it). Not عن: تقرير عن المنظمة is about it, and نقل البيان عن X
        // relays X.
        if (e == j + 1 && norm == "\xD9\x85\xD9\x86" /* من */) {
          ++e;
          ++words;
          continue;
        }
        if (e == j + 1 && lex_.HasAffix(norm, AffixList::kSourceClitic) && !Is(e, kSubjectStop)) {
          ++e;
          ++words;
          continue;
        }
      }
      constexpr std::uint64_t kEndsSpeaker =
          kSubjectStop | kTime | kComplementizer | kSource | kNegation | kClauseEnd | kSpeechVerb |
          kPassive | kRelayPronoun | kSubjectSkip | kCopula | kAuxiliary | kQuoteFiller | kRelative |
          kRelayTongue | kSpeechNoun | kResponsibilityNoun;
      // A ل-word before a person's name is part of a title (عضو المكتب السياسي للحزب X), after
      // a name it is an addressee (قال X للصحفيين Y).
      // Round 10: not a ل-word with a pronoun (قال الوزير لنظيره X: the addressee).
      // Round 11: not the complement of a participle of allegiance (قائد موالٍ للرئيس X: X is
      // the president).
      // Round 32: also a comma between the ل-word and the name (TitleCommaName), and a title's
      // head the tagger took for a name (HeadOnlyName).
      const bool name_ahead = e > j && (!HasPersonName({j, e}) || HeadOnlyName(j, e)) && !LamWithPronoun(e) &&
                              !Is(e - 1, kLamParticiple) &&
                              (PersonNameAt(e + 1) || TitleTailToName(j, e) || TitleCommaName(j, e + 1));
      // Round 16: a time word inside a title that runs on to a person's name the tagger found
      // (عضو الجمعة السعودية للاقتصاد الدكتور عبدالله المغلوث: الجمعية misspelt as Friday; وزير
      // الخارجية أمس سامح شكري) does not end the speaker; the name is his.
      if (!first && Is(e, kTime) && TimeInTitle(j, e)) {
        ++e;
        ++words;
        continue;
      }
      if (!first && NameFinalAli(e)) {
        ++e;
        ++words;
        continue;
      }
      const bool stop = (Classes(e) & kEndsSpeaker) != 0 || Adverbial(e) || ObjectHead(e) || Is(e, kClaimedAct) ||
                        (!name_ahead &&
                         ((Addressee(e) && !(first && allow_clitic)) ||
                          // Round 28: not a ل-word whose rest the document writes alone when
                          // it governs a definite noun after a title or an organisation
                          // (المرصد السوري لحقوق الإنسان, with حقوق alone elsewhere).
                          (!allow_clitic && AddresseeName(e) &&
                           !(e > j && !HasPersonName({j, e}) && GenitiveLamTail(e, e + 2, false) &&
                             !PersonNameWithin(e + 1, kMaxTitleTailToName))))) ||
                        (!first && PrepositionalObject(e) && !TitleTailToName(j, e)) ||
                        (!first && LamWithPronoun(e) && MentionOf(e) < 0) ||
                        (!first && Is(e, kDemonstrative) && HeadOfClass(e + 1, kReportNoun));
      // Round 14: a media office's ل-phrase names the body it speaks for (المركز الإعلامي
      // للمقاومة الشعبية); an [addressee] word (لوكالة) or a ل-word with a pronoun is still
      // the party spoken to.
      const bool office_owner = !first && MediaOffice(e - 1) && Kind(e) == TokenKind::kArabicWord &&
                                (Classes(e) & kEndsSpeaker) == 0 && !Is(e, kAddressee) && !LamWithPronoun(e) &&
                                lex_.PrefixLength(norm, AffixList::kSourceClitic) > 0;
      // A person's name the tagger found may start with a word of the lexicon (الرائد علي آل
      // سالم: علي is spelt like على once normalized): the name goes on.
      // Round 26: also as the subject's first word, when the tagger's name goes on past it (وقال
      // علي المري رئيس اللجنة إن ...: the previous speaker was carried).
      // Only a preposition's spelling there (علي/على), not a complementizer the tagger put in a
      // name ("إن عبدالفتاح").
      const bool name_from_here =
          PersonNameAt(e) && (e > j || (mentions_[MentionOf(e)].end_token > e + 1 &&
                                        (Classes(e) & kEndsSpeaker & ~static_cast<std::uint64_t>(kSubjectStop)) == 0));
      if (stop && !office_owner && !(name_from_here && !Addressee(e) && !AddresseeName(e) && !IsSpeechCue(e))) break;
      ++e;
      ++words;
      continue;
    }
    // Round 32: a title's ل-complement, a comma, then the person it names (كشف رئيس اللجنة
    // الوطنية للعمالية، نضال رضوان في تصريح ...): the name is the title's, not a new clause.
    if (TitleCommaName(j, e)) {
      ++e;
      continue;
    }
    if (e > j && IsJoiningHyphen(e)) {
      e += 2;  // the hyphen and the word it joins (جيه-إن), whatever that word is
      ++words;
      continue;
    }
    // Round 11: a short name in parentheses after the subject's first words (موقع شبكة (أن تي
    // في) الألمانية، وكالة الأنباء (ميديافاكس)) is part of them, as a quoted name is.
    if (e > j && Punct(e) && Raw(e) == "(") {
      std::uint32_t k = e + 1;
      while (k < n_ && para_[k] == para && k - e <= opt_.max_name_words && Wordish(k)) ++k;
      if (k > e + 1 && k < n_ && para_[k] == para && Punct(k) && Raw(k) == ")") {
        // After it only its adjectives (الألمانية), not the verb's object (وكالة (إرنا) اختطاف).
        e = k + 1;
        while (e < n_ && para_[e] == para && Kind(e) == TokenKind::kArabicWord && W(e) == nullptr &&
               lex_.HasAffix(a_.norm(e), AffixList::kArticlePrefix) && words < opt_.max_subject_tokens) {
          ++e;
          ++words;
        }
        break;
      }
    }
    // A short quoted name after a name word: شركة "أبل"، تنظيم "داعش"; a one-word quoted
    // name as the whole subject: وذكرت "مايكروسوفت" أن ...
    if (OpenSpan(e) >= 0) {
      const QuotedSpan& s = spans_[OpenSpan(e)];
      // An acronym written with dots (قناة "سي.إن.بي.سي") is one name, however many words.
      const bool one_name = s.content.In(text_).find(' ') == std::string_view::npos;
      // A short quoted name right before a complementizer is the speaker's name, after a
      // title or alone (أكد مدير المهرجان "نجيب عياد" أنه ...، أشار "نجيب عياد" أن ...).
      // Alone, also before a colon (وقال "ولد الشيخ أحمد": ...).
      const bool before_content = s.words <= opt_.max_name_words &&
                                  (Is(s.close + 1, kComplementizer) || (e == j && IsColon(s.close + 1)));
      if (s.closed() && ((e > j && (s.words <= opt_.max_name_words || one_name) && Is(e - 1, kDesignator)) ||
                         (e == j && s.words == 1 && s.end == s.first + 1) || before_content)) {
        e = s.close + 1;
        ++words;
        continue;
      }
    }
    break;
  }
  // Round 8: a title longer than max_subject_tokens (أمين منطقة جازان رئيس اللجنة المحلية
  // للانتخابات البلدية بالمنطقة محمد حمود الشايع) runs on to a person's name the tagger found
  // within kMaxTitleTailToName plain words.
  if (words >= opt_.max_subject_tokens && !mentions_.empty() && !HasPersonName({j, e})) {
    for (std::uint32_t k = e; k < n_ && k <= e + kMaxTitleTailToName && para_[k] == para; ++k) {
      if (PersonNameAt(k)) {
        e = std::max<std::uint32_t>(e, mentions_[MentionOf(k)].end_token);
        break;
      }
      if (!Wordish(k) || Inside(k) >= 0 || W(k) != nullptr || Adverbial(k)) break;
    }
  }
  r.end = e;
  return r;
}

// Time words and object pronouns between a verb and its subject: أعلنت الخميس وزارة ...
std::uint32_t Run::SkipAdverbs(std::uint32_t j) const {
  while (j < n_ && (Is(j, kTime) || Is(j, kSubjectSkip) || Adverbial(j))) ++j;
  return j;
}

// Lead, stop 25: the outlet the speaker talked to, between the verb and its subject (أكد
// لـ«عكاظ» رئيس المجلس البلدي ... أن، وأوضح لصحيفة «الحياة» المهندس ...), is passed over as
// time words are: 159 "speech verb + لـ«" in /tmp/quotesgold_corpus's SaudiNewsNet part, about
// half with the subject after the outlet. Before, the ل word ended the subject at once: no
// speaker, and the quotes after it carried the one before. Only a short quoted name, closed in
// the verb's paragraph, after a bare لـ or an outlet noun (لصحيفة، لقناة ...).
std::uint32_t Run::SkipOutletAddressee(std::uint32_t j) const {
  if (j + 1 >= n_ || !Wordish(j) || !(a_.norm(j) == "\xD9\x84" /* ل */ || Is(j, kAddressee))) return j;
  const std::int32_t s = OpenSpan(j + 1);
  if (s < 0) return j;
  const QuotedSpan& q = spans_[s];
  if (!q.closed() || q.words == 0 || q.words > opt_.max_name_words || !SamePara(q.close, j)) return j;
  std::uint32_t k = q.close + 1;
  if (k < n_ && IsComma(k)) ++k;
  // A ب-phrase after the outlet is how the talk went, not who talked (وتحدث لـ«رويترز» بشرط
  // عدم الكشف عن اسمه أن ...: the subject came before the verb), unless the tagger names someone.
  if (k < n_ && Wordish(k) && MentionOf(k) < 0 && a_.norm(k).starts_with("\xD8\xA8" /* ب */)) return j;
  // Round 30: the outlet's adjective (وأضاف لراديو "أر.تي.إل" الفرنسي "...") is no subject: a
  // definite nisba word followed by no word (a quote mark, a colon) or a complementizer.
  if (k + 1 < n_ && Wordish(k) && MentionOf(k) < 0 && a_.norm(k).starts_with("\xD8\xA7\xD9\x84" /* ال */) &&
      NisbaEnding(a_.norm(k)) && SamePara(k, k + 1) && (!Wordish(k + 1) || Is(k + 1, kComplementizer))) {
    return k + 1;
  }
  return k;
}

// Round 19: أما X، فأكدت أن ...: the topic after أما is the subject of the ف-verb that
// answers it (329 "أما ...، ف + speech verb" in /tmp/quotesgold_corpus; carried before, it
// took the previous speaker). Only within the verb's sentence, with no other verb between.
Range Run::AmmaTopic(std::uint32_t verb) const {
  constexpr std::string_view kFa = "\xD9\x81";  // ف
  if (!W(verb)->conjunction || Raw(verb).substr(0, kFa.size()) != kFa) return {verb, verb};
  const std::uint32_t first = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(verb)].first_token;
  for (std::uint32_t t = verb; t > first && verb - t < 2 * opt_.max_subject_tokens;) {
    --t;
    if (!SamePara(t, verb) || IsTerminal(t) || Inside(t) >= 0 || (W(t) != nullptr && W(t)->Is(kSpeechVerb))) break;
    if (a_.norm(t) != "\xD8\xA7\xD9\x85\xD8\xA7" /* اما */) continue;
    std::uint32_t b = t + 1;
    while (b < verb && !Wordish(b)) ++b;  // أما (هيا) صاحبة ...
    Range np = NounPhrase(b, false);
    if (np.empty() || np.end > verb) return {verb, verb};
    // The topic speaks only when the tagger names someone in it (أما عن استثمارات السعوديين،
    // فقال X is a topic of talk, not its speaker); a speech verb inside ends its words.
    bool named = false;
    for (std::uint32_t k = np.first; k < np.end; ++k) {
      if (W(k) != nullptr && W(k)->Is(kSpeechVerb)) {
        np.end = k;
        break;
      }
      const std::int32_t m = MentionOf(k);
      named = named || (m >= 0 && mentions_[m].kind != doc::MentionKind::kPronoun);
    }
    if (!named || np.empty()) return {verb, verb};
    return np;
  }
  return {verb, verb};
}

// Round 20: وعن أسباب اختيار البحث قال: ...: a preposition with و (وعن، وحول، وبشأن) opening
// its sentence introduces the topic of an answer, not its speaker, as the bare preposition
// does. Only at the sentence's start (والي, و + الى, is a name), and only when the tagger
// names no one before the verb: وفي تصريح لوزير الخارجية جون كيري قال is Kerry's.
bool Run::TopicPreposition(std::uint32_t t, std::uint32_t verb) const {
  if (t > 0 && SamePara(t - 1, t) && !IsTerminal(t - 1)) return false;
  if (!IsWithConjunction(t, kSubjectStop)) return false;
  for (std::uint32_t k = t; k < verb; ++k) {
    const std::int32_t m = MentionOf(k);
    if (m >= 0 && mentions_[m].kind != doc::MentionKind::kPronoun) return false;
  }
  return true;
}

// The subject before a verb with none after it: الوزير قال إن، وكان الوزير قد قال، أن الوزير قال.
Range Run::LookBackSubject(std::uint32_t verb) const {
  std::uint32_t e = verb;
  if (e > 0 && Is(e - 1, kAuxiliary)) {
    --e;
    // وكانت الشركة، أكبر شركة في العالم، قد قالت ...: the subject follows كان.
    for (std::uint32_t t = e; t > 0 && verb - t < 2 * opt_.max_subject_tokens;) {
      --t;
      if (!SamePara(t, verb) || IsTerminal(t) || IsSpeechCue(t)) break;
      if (Is(t, kCopula)) {
        Range np = NounPhrase(t + 1, false);
        if (!np.empty() && np.end <= e) return np;
        if (t + 1 == e) e = t;  // الوزير كان قد قال: the subject is before كان
        break;
      }
    }
  }
  // X، الذي قال إن ...: the noun before the relative pronoun, when the pronoun agrees with
  // the verb.
  const bool through_relative = e > 0 && Relative(e - 1);
  if (through_relative) {
    const Agreement rel = W(e - 1)->agreement;
    if (rel == Agreement() || !rel.Compatible(W(verb)->agreement)) return {e, e};
    --e;
    if (e > 0 && IsComma(e - 1)) --e;
  }
  // Round 26: a fronted subject with an apposition between commas (لكن الرئيس البرازيلي،
  // ميشيل تامر، قال إن ...؛ لكن السير فيليب هامبتون، الشخصية البارزة ...، قال إن): the
  // subject is the words before the first comma. It must still open its clause (below).
  const Range apposition = through_relative ? Range{e, e} : ApposedBeforeVerb(e);
  if (!apposition.empty()) e = apposition.first - 1;
  std::uint32_t b = e;
  while (b > 0 && e - b < opt_.max_subject_tokens) {
    const std::uint32_t t = b - 1;
    if (!SamePara(t, verb)) break;
    if (!Wordish(t)) {
      if (IsJoiningHyphen(t) && b < e) {
        --b;
        continue;
      }
      break;
    }
    // مسؤول في الشرطة قال: a preposition inside the description.
    if (Is(t, kNpInternal) && b < e && t > 0 && Wordish(t - 1)) {
      --b;
      continue;
    }
    constexpr std::uint64_t kEndsSubject = kComplementizer | kSubjectStop | kTime | kSpeechVerb |
                                           kClauseEnd | kSource | kNegation | kNotBeforeComplementizer |
                                           kCopula | kAuxiliary | kPassive | kRelative | kClauseOpener;
    if (Inside(t) >= 0 || (Classes(t) & kEndsSubject) != 0 || Addressee(t) || Adverbial(t) ||
        LoneConjunction(t) || TopicPreposition(t, verb)) {
      break;
    }
    --b;
  }
  while (b < e && Is(b, kNpInternal)) ++b;
  // Only a subject that opens its clause: at the start of a sentence, after أن/إن, after
  // كان or لكن, or before a relative pronoun. A noun inside a clause followed by a verb is
  // rather described by it (لطائرة قالت إنها ...).
  const bool through_copula = e < verb && Is(e, kCopula);
  // An unnamed source right before its verb is its subject wherever it stands (على الرغم
  // من تقارير أفادت بأن ...): the statement is theirs, not the previous speaker's.
  if (e == verb && e > 0 && VagueHead(e - 1) && Inside(e - 1) < 0) return {e - 1, e};
  if (b < e && !through_relative && !through_copula && b > 0 && SamePara(b - 1, verb) &&
      !IsTerminal(b - 1) && !IsColon(b - 1) && !Is(b - 1, kComplementizer) && !Is(b - 1, kCopula) &&
      !Is(b - 1, kClauseOpener)) {
    return {e, e};
  }
  if (!apposition.empty()) {
    if (b == e) return {verb, verb};
    // Not a fronted adverbial (وفي عام 2008، عرضت إيران ...، قالت إن؛ وخوفا من إبرام
    // اتفاقات مماثلة، اعتقلت فصائل ...، قالت إن): the words before the comma open with a
    // preposition or time word, or name nothing, hold no definite noun and have a preposition
    // inside, and no person is named between the commas.
    if (IsWithConjunction(b, kSubjectStop) || IsWithConjunction(b, kTime)) return {verb, verb};
    bool noun = HasPersonName(apposition), preposition = false;
    for (std::uint32_t t = b; t < e && !noun; ++t) {
      noun = MentionOf(t) >= 0 || lex_.HasAffix(a_.norm(t), AffixList::kArticlePrefix);
      preposition = preposition || Is(t, kSubjectStop) || Is(t, kNpInternal);
    }
    if (!noun && (preposition || e - b > 3)) return {verb, verb};
    // A title with the name in apposition (المتحدث باسم البيت الأبيض، راج شاه،): the
    // speaker runs on to the name, so that it names the person, not the body.
    if (!HasPersonName({b, e}) && MentionOf(apposition.first) >= 0 &&
        mentions_[MentionOf(apposition.first)].first_token == apposition.first &&
        HasPersonName({apposition.first, apposition.first + 1})) {
      return {b, apposition.end};
    }
  }
  return {b, e};
}

// Round 26: "، words ،" right before `e` (the token after the second comma): the words
// between the commas, at most 16 tokens of one paragraph with no sentence end, colon, quote,
// complementizer or speech verb among them; empty when there is none.
Range Run::ApposedBeforeVerb(std::uint32_t e) const {
  constexpr std::uint32_t kMaxTokens = 16;
  if (e < 3 || !IsComma(e - 1)) return {e, e};
  const std::uint32_t last = e - 2;
  for (std::uint32_t t = last + 1; t-- > 0 && last - t < kMaxTokens;) {
    if (!SamePara(t, e - 1)) break;
    if (IsComma(t)) {
      if (t == last || t == 0 || !Wordish(t - 1)) break;
      return {t + 1, last + 1};
    }
    if (IsTerminal(t) || IsColon(t) || IsSemicolon(t) || Inside(t) >= 0 || OpenSpan(t) >= 0 ||
        Is(t, kComplementizer) || IsSpeechCue(t) || (Punct(t) && !IsJoiningHyphen(t) && Raw(t) != "(" && Raw(t) != ")")) {
      break;
    }
  }
  return {e, e};
}

Range Run::RelativeAntecedent(std::uint32_t verb) const {
  const CueWord& v = *W(verb);
  // The relative pronoun: right before the verb, or before the clause's first verb when the
  // speech verb is coordinated with it (وتشير). No punctuation, quote or other cue between.
  std::uint32_t r = kNoToken;
  for (std::uint32_t t = verb; t > 0 && verb - t <= opt_.max_subject_tokens;) {
    --t;
    if (!SamePara(t, verb) || !Wordish(t) || Inside(t) >= 0) break;
    if (Relative(t)) {
      r = t;
      break;
    }
    if (IsSpeechCue(t) || (Classes(t) & (kComplementizer | kSource | kClauseEnd | kPassive)) != 0) break;
  }
  if (r == kNoToken || (r + 1 < verb && !Conjoined(verb))) return {};
  const Agreement rel = W(r)->agreement;
  if (rel == Agreement() || !rel.Compatible(v.agreement)) return {};
  std::uint32_t e = r;
  if (e > 0 && IsComma(e - 1)) --e;
  if (e == 0 || !SamePara(e - 1, verb) || !Wordish(e - 1) || Inside(e - 1) >= 0) return {};
  Range ante{e, e};
  if (const std::int32_t m = MentionOf(e - 1); m >= 0) {
    // The tagger's name or title right before the pronoun.
    ante.first = std::min(e - 1, mentions_[m].first_token);
  } else {
    constexpr std::uint64_t kEndsAntecedent = kComplementizer | kSubjectStop | kTime | kSpeechVerb | kClauseEnd |
                                              kSource | kNegation | kCopula | kAuxiliary | kPassive | kRelative;
    // A time word or adverb that ends a title stays with it (نائب الرئيس سابقا).
    while (ante.first > 0 && e - ante.first < 2 && Wordish(ante.first - 1) &&
           (Is(ante.first - 1, kTime) || Adverbial(ante.first - 1))) {
      --ante.first;
    }
    const std::uint32_t tail = ante.first;
    const std::uint32_t sentence = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(verb)].first_token;
    while (ante.first > 0 && e - ante.first < opt_.max_subject_tokens) {
      const std::uint32_t t = ante.first - 1;
      if (!SamePara(t, verb) || !Wordish(t) || Inside(t) >= 0 || (Classes(t) & kEndsAntecedent) != 0 ||
          Addressee(t) || Adverbial(t)) {
        break;
      }
      // The sentence's first word without the article is its verb (وزار الوفد الجامعة، التي).
      if (t == sentence && !lex_.HasAffix(a_.norm(t), AffixList::kArticlePrefix)) break;
      --ante.first;
    }
    if (ante.first == tail) return {};  // only a time word
  }
  if (ante.empty()) return ante;
  // An apposition (جو بايدن، نائب الرئيس الأميركي سابقا، والذي قال): a title between commas
  // takes the person's name before it.
  if (!HasPersonName(ante) && ante.first > 1 && IsComma(ante.first - 1) && SamePara(ante.first - 2, verb)) {
    const std::int32_t m = MentionOf(ante.first - 2);
    if (m >= 0 && mentions_[m].kind == doc::MentionKind::kName && mentions_[m].type == doc::EntityType::kPerson) {
      ante.first = mentions_[m].first_token;
    }
  }
  return ante;
}

Range Run::Apposition(std::uint32_t comma) const {
  if (!IsComma(comma) || mentions_.empty()) return {};
  constexpr std::uint32_t kMaxWords = 4;
  constexpr std::uint64_t kNotInName = CueLexicon::kTriggerClasses | kComplementizer | kTime | kClauseEnd | kRelative;
  std::uint32_t e = comma + 1;
  bool named = false;
  bool lexicon_word = false;  // a name may be spelt like a word of the lexicon (علي: على)
  while (e < n_ && SamePara(e, comma) && Wordish(e) && e - comma <= kMaxWords && Inside(e) < 0 &&
         (Classes(e) & kNotInName) == 0 && !Adverbial(e)) {
    named = named || MentionOf(e) >= 0;
    lexicon_word = lexicon_word || W(e) != nullptr;
    ++e;
  }
  if (e == comma + 1 || !named || e >= n_ || !IsComma(e)) return {};
  // Such a word only before the name, which ends the apposition.
  if (lexicon_word && MentionOf(e - 1) < 0) return {};
  return {comma + 1, e};
}

Range Run::TitleApposition(Range subject, const SpeechVerb& verb) const {
  const std::uint32_t comma = subject.end;
  if (!IsComma(comma) || !HasPersonName(subject)) return {};
  constexpr std::uint32_t kMaxWords = 6;
  constexpr std::uint64_t kNotInTitle =
      CueLexicon::kTriggerClasses | kComplementizer | kTime | kClauseEnd | kRelative | kNegation;
  std::uint32_t e = comma + 1;
  while (e < n_ && SamePara(e, comma) && Wordish(e) && e - comma <= kMaxWords && Inside(e) < 0 &&
         (Classes(e) & kNotInTitle) == 0 && !Adverbial(e) && !HasPersonName({e, e + 1})) {
    ++e;
  }
  if (e == comma + 1 || e + 1 >= n_ || !IsComma(e)) return {};
  if (!StartsPrepositional(e + 1, verb) && !Is(e + 1, kComplementizer)) return {};
  return {comma + 1, e};
}

// Round 38: "قالت جينا هاسبل مرشحة الرئيس الأمريكي دونالد ترامب ... إن"، "صرحت جيسيكا كوربت،
// زوجة سورنسن السابقة، ... بأنه": a speaker that opens with a person's name and runs on
// through a title (a comma may stand before it) to another person's name is the first
// person; the title only says who she is, and its name (the rightmost, which a title-first
// speaker keeps: الرئيس الأمريكي دونالد ترامب) is not the speaker. Not two persons joined by
// و (JointPersons), nor one name the tagger split at a name particle (محمد بن راشد آل مكتوم).
std::uint32_t Run::NameBeforeOthersTitle(Range r) const {
  if (r.end <= r.first + 2 || !PersonNameAt(r.first)) return 0;
  // Two words at least: the tagger takes a title's first word for a name at times (وكشف وكيل
  // وزارة الشؤون الاجتماعية المساعد للتنمية مشوح الحوشان: وكيل B-PER).
  const std::uint32_t e = mentions_[MentionOf(r.first)].end_token;
  if (e < r.first + 2) return 0;
  std::uint32_t t = e < r.end && IsComma(e) ? e + 1 : e;
  // A title the tagger found may stand at t; a person's name there is the next name, no title.
  if (t >= r.end || !Wordish(t) || HasPersonName({t, t + 1})) return 0;
  // Nor "شيخ جامع الأزهر، الإمام أحمد الطيب"، "صديق ليتيزيتو، الموسيقي دافيد غرازيانو": after the comma
  // a definite title right before a name is that name's, the speaker's own (corpus check).
  if (t == e + 1 && a_.norm(t).starts_with("\xD8\xA7\xD9\x84") /* ال */ && HasPersonName({t + 1, t + 2})) return 0;
  // بن، بنت، ابن، ابو، ال (آل): a name goes on after them.
  static constexpr std::array<std::string_view, 5> kNameParticles = {
      "\xD8\xA8\xD9\x86", "\xD8\xA8\xD9\x86\xD8\xAA", "\xD8\xA7\xD8\xA8\xD9\x86",
      "\xD8\xA7\xD8\xA8\xD9\x88", "\xD8\xA7\xD9\x84"};
  if (std::find(kNameParticles.begin(), kNameParticles.end(), a_.norm(t)) != kNameParticles.end()) return 0;
  // The other name within the title, no comma before it: "مالك إحدى المشاريع الصغيرة في المنطقة،
  // رافي سبونجيان" ends with the speaker's own name after a title the tagger read as a name
  // (corpus check).
  std::uint32_t other = t + 1;
  while (other < r.end && !HasPersonName({other, other + 1})) {
    if (IsComma(other)) return 0;
    ++other;
  }
  if (other >= r.end || JointPersons(r.first, r.end)) return 0;
  return e;
}

Who Run::Explicit(Range r, Agreement agreement, Attribution how, bool allow_clitic, bool whole) const {
  Who w;
  w.known = true;
  w.how = how;
  w.agreement = agreement;
  // Round 34: a statement with its author after ل (وقال بيان لهيئة الأركان إن): the author.
  std::uint32_t lam_bytes = 0;
  const Range author = StatementLamAuthor(r, &lam_bytes);
  if (!author.empty()) r = author;
  if (!whole) {
    if (const std::uint32_t e = NameBeforeOthersTitle(r); e > 0) r.end = e;
  }
  std::uint32_t begin = toks_[r.first].token.begin;
  std::uint32_t end = toks_[r.end - 1].token.end;
  // A quoted name ("مايكروسوفت"): the words, not the marks.
  if (OpenSpan(r.first) >= 0 && spans_[OpenSpan(r.first)].close + 1 == r.end) {
    begin = spans_[OpenSpan(r.first)].content.begin;
    end = spans_[OpenSpan(r.first)].content.end;
  }
  // With the tagger's mentions, a speaker ends with its last name: the words after it
  // (وكان أردوغان استهل النظام ...) are the rest of the clause.
  std::uint32_t last_mention_end = 0;
  for (std::uint32_t t = r.first; t < r.end; ++t) {
    if (MentionOf(t) >= 0) last_mention_end = t + 1;
  }
  // The name's last word علي that the tagger left out (NameFinalAli) stays with it.
  if (last_mention_end > 0 && last_mention_end < r.end && NameFinalAli(last_mention_end)) {
    r.end = last_mention_end + 1;
    end = std::min(end, toks_[last_mention_end].token.end);
    last_mention_end = r.end;
  }
  // Round 14: not a title that ends with a media office's adjective (المركز الإعلامي): the
  // ل-phrase after it names the body the office speaks for.
  if (!whole && last_mention_end > 0 && last_mention_end < r.end && !MediaOffice(last_mention_end - 1) &&
      !GenitiveLamTail(last_mention_end, r.end)) {
    const std::int32_t m = MentionOf(last_mention_end - 1);
    r.end = std::max(last_mention_end, std::min(r.end, mentions_[m].end_token));
    end = std::min(end, toks_[r.end - 1].token.end);
  }
  if (allow_clitic) {
    // وفقا لوكالة ...: the mention starts after the ل.
    const std::size_t clitic = lex_.PrefixLength(a_.norm(r.first), AffixList::kSourceClitic);
    const std::string_view raw = Raw(r.first);
    if (clitic > 0 && raw.size() > clitic && raw.substr(0, clitic) == a_.norm(r.first).substr(0, clitic)) {
      begin += static_cast<std::uint32_t>(clitic);
    }
  }
  // The doc's mentions: widen to a name the span cuts, and read the entity of the best one
  // (a person's name, else an organisation, else a title, else any).
  int best_rank = -1;
  std::int32_t best = -1;
  for (std::uint32_t t = r.first; t < r.end; ++t) {
    const std::int32_t m = MentionOf(t);
    if (m < 0) continue;
    const doc::Mention& men = mentions_[m];
    const int rank = SpeakerMentionRank(men);
    if (rank >= best_rank) {  // ties: the rightmost (the name after its title)
      best_rank = rank;
      best = m;
    }
    begin = std::min(begin, men.span.begin);
    end = std::max(end, TitleEndBeforeAddressee(men, r.end));
  }
  if (best >= 0) w.entity = mentions_[best].entity;
  // The author's words start after the glued ل, though its mention starts at the ل.
  if (!author.empty()) begin = std::max(begin, toks_[r.first].token.begin + lam_bytes);
  w.mention = {begin, end};
  w.first_token = r.first;
  w.stated = !author.empty();  // a later وأضاف البيان carries the author
  for (std::uint32_t t = r.first; t < r.end; ++t) {
    if (Is(t, kStatement)) w.stated = true;  // بيان صادر عن الجيش، بحسب بيان نشرته الوزارة
  }
  // Round 22: two persons joined by و may be spoken of as two (ورأى كازنوف ونظيرته ماي ...،
  // وأضافا): the singular verb before them says nothing of their number, and a dual verb after
  // them carries them. (As a dual only, a singular verb after them passed over them for an
  // earlier speaker: a trap on a file not read for this rule.)
  if (JointPersons(r.first, r.end)) {
    w.agreement.number = Number::kAny;
    return w;
  }
  // A singular verb before its subject says nothing about the subject's number
  // (قال المسؤولون): keep the gender only when the subject may be plural.
  // Lead, stop 25: nor before a broken or construct plural (قال الخبراء، أكد منظمو البطولة),
  // which a plural verb after it carries (وأكدوا أن ...: no speaker before).
  if (agreement.number == Number::kSingular &&
      ((lex_.HasAffix(a_.norm(r.first), AffixList::kPluralSuffix) && a_.norm(r.first).size() > 8) ||
       lex_.IsPluralNoun(a_.norm(r.first)))) {
    w.agreement.number = Number::kAny;
  }
  return w;
}

Who Run::Carried(Agreement agreement, std::uint32_t at) const {
  if (InSpeakerSentence(at) &&
      sentence_speaker_.agreement.Compatible(agreement)) {
    Who w = sentence_speaker_;
    w.how = Attribution::kCarried;
    return w;
  }
  if (agreement.number == Number::kSingular) {
    if (const doc::Mention* m = NarrativeSubjectBefore(at); m != nullptr) return CarriedFromMention(*m, agreement);
  }
  // Round 10: a data source (ذكرت قاعدة البيانات أن ...) is passed over for an earlier party
  // that agrees (وأشارت → the organisation whose report read the database), and taken only
  // when there is none.
  const Who* data_source = nullptr;
  // Round 33: "ونقلت الوكالة الموريتانية للأنباء عن بيان للجيش قوله: "..." . وأضافت أن ...": the
  // feminine verb agrees with no speaker after the outlet (the relayed statement is masculine),
  // so it is the outlet's, not an older speaker's or none.
  // Only for a perfect verb or a participle (وأضافت، مشيرة): an imperfect one with no subject
  // after it has its subject before it ("المملكة تلاحظ" inside an ambassador's words, "صور ...
  // تقول إن" after a relay by the Mirror: both seen in the corpus check).
  const CueWord* cue = at < n_ ? W(at) : nullptr;
  const bool outlet_verb = cue != nullptr && cue->Is(kSpeechVerb) && cue->form != VerbForm::kImperfect;
  const RelayOutlet* outlet = nullptr;
  for (std::size_t k = relay_outlets_.size(); k-- > 0 && outlet == nullptr && outlet_verb;) {
    if (relay_outlets_[k].who.first_token < at && relay_outlets_[k].who.agreement.Compatible(agreement)) {
      outlet = &relay_outlets_[k];
    }
  }
  // The outlet when it relayed after history_[k] was remembered.
  const auto later_outlet = [&](std::size_t k) -> const Who* {
    return outlet != nullptr && k < outlet->history_size ? &outlet->who : nullptr;
  };
  for (std::size_t k = history_.size(); k-- > 0;) {
    if (!history_[k].agreement.Compatible(agreement)) continue;
    if (DataSourceHead(history_[k].first_token)) {
      if (data_source == nullptr) data_source = &history_[k];
      continue;
    }
    Who w = history_[k];
    if (const Who* o = later_outlet(k); o != nullptr) w = *o;
    w.how = Attribution::kCarried;
    return w;
  }
  if (data_source != nullptr) {
    Who w = *data_source;
    if (const Who* o = later_outlet(static_cast<std::size_t>(data_source - history_.data())); o != nullptr) w = *o;
    w.how = Attribution::kCarried;
    return w;
  }
  if (outlet != nullptr) {
    Who w = outlet->who;
    w.how = Attribution::kCarried;
    return w;
  }
  // No speaker yet (وكان جاويد وزيرا ... وقال إنه ...): a singular verb refers to the
  // person last named before it, in its paragraph or the one before, outside quotes.
  Who w;
  w.how = Attribution::kUnknown;
  if (agreement.number != Number::kSingular || at >= n_) return w;
  const std::uint32_t at_byte = toks_[at].token.begin;
  const doc::Mention* last = nullptr;  // mentions need not be in text order
  for (const doc::Mention& men : mentions_) {
    if (men.span.end > at_byte || men.first_token >= n_ || para_[at] - para_[men.first_token] > 1 ||
        men.kind != doc::MentionKind::kName || men.type != doc::EntityType::kPerson ||
        Inside(men.first_token) >= 0) {
      continue;
    }
    if (last == nullptr || men.span.begin > last->span.begin) last = &men;
  }
  if (last != nullptr) return CarriedFromMention(*last, agreement);
  return w;
}

// Round 20: وهو ما أكدته أم فهد ...، معربة عن ...: a sentence that opens with وهو/هذا ما and a
// perfect speech verb with an object pronoun (أكدته، نفاه، قاله، كشفه; أشار إليه) has that
// verb's subject after it as its speaker, for the participles that follow (44 such sentences
// with a participle in /tmp/quotesgold_corpus; the speaker was "-" or the one before). The
// imperfect (وهو ما يؤكد مكانة الشركة) is the paper's clause, not a statement.
Range Run::WhichSubject(std::uint32_t f, std::uint32_t at) const {
  if (f + 3 >= at || Kind(f) != TokenKind::kArabicWord) return {at, at};
  static constexpr std::string_view kHeads[] = {
      "\xD9\x88\xD9\x87\xD9\x88", "\xD9\x88\xD9\x87\xD9\x8A", "\xD9\x87\xD9\x88", "\xD9\x87\xD9\x8A",  // وهو وهي هو هي
      "\xD9\x88\xD9\x87\xD8\xB0\xD8\xA7", "\xD9\x87\xD8\xB0\xD8\xA7",                       // وهذا هذا
      "\xD9\x88\xD8\xB0\xD9\x84\xD9\x83", "\xD8\xB0\xD9\x84\xD9\x83"};                      // وذلك ذلك
  const std::string_view head = a_.norm(f);
  if (std::find(std::begin(kHeads), std::end(kHeads), head) == std::end(kHeads)) return {at, at};
  if (a_.norm(f + 1) != "\xD9\x85\xD8\xA7" /* ما */ || Kind(f + 2) != TokenKind::kArabicWord) return {at, at};
  const std::string_view v = a_.norm(f + 2);
  const CueWord* cue = W(f + 2);
  std::uint32_t j = f + 3;
  if (cue != nullptr && cue->Is(kSpeechVerb) && cue->form == VerbForm::kPerfect) {
    // أشار إليه X: the pronoun on the preposition after the verb.
    if (!Is(j, kSubjectStop) || a_.norm(j).back() != '\x87' /* ...ه */) return {at, at};
    ++j;
  } else {
    // أكدته، نفاه: the verb with its object pronoun (ه، ها، هم), نفاه's stem نفى.
    cue = nullptr;
    constexpr std::string_view kHa = "\xD9\x87";  // ه
    for (const std::string_view suffix : {std::string_view("\xD9\x87\xD9\x85"), std::string_view("\xD9\x87\xD8\xA7"), kHa}) {
      if (v.size() <= suffix.size() + 2 || !v.ends_with(suffix)) continue;
      std::string stem(v.substr(0, v.size() - suffix.size()));
      const CueWord* c = FindCue(stem);
      if (c == nullptr && stem.ends_with("\xD8\xA7" /* ا */)) {
        stem.replace(stem.size() - 2, 2, "\xD9\x8A");  // نفا -> نفي
        c = FindCue(stem);
      }
      if (c != nullptr && c->Is(kSpeechVerb) && c->form == VerbForm::kPerfect) cue = c;
      break;
    }
    if (cue == nullptr) return {at, at};
  }
  const Range np = NounPhrase(SkipAdverbs(j), false);
  if (np.empty() || np.end > at) return {at, at};
  return np;
}

Who Run::MainClauseSubject(std::uint32_t at) const {
  constexpr std::uint32_t kMaxCutTitleWords = 3;
  Who w;
  if (at >= n_) return w;
  std::uint32_t f = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(at)].first_token;
  // و written apart opens the sentence (و بخصوص ...): the next word is the first.
  const bool lone = f < at && LoneConjunction(f);
  if (lone) ++f;
  bool after_opener = false;
  // Round 26: كما "also" and لكن/ولكن "but" before the clause (كما حظرت مصر الموقع ...، لكن الموظف
  // رفض ذلك وقال إنه ...): the clause after them is the sentence's.
  if (f + 1 < at && Kind(f) == TokenKind::kArabicWord) {
    const std::string_view opener = a_.norm(f);
    if (opener == "\xD9\x83\xD9\x85\xD8\xA7" /* كما */ || opener == "\xD9\x84\xD9\x83\xD9\x86" /* لكن */ ||
        opener == "\xD9\x88\xD9\x84\xD9\x83\xD9\x86" /* ولكن */) {
      ++f;
      after_opener = true;
    }
  }
  // A sentence may open with a time word and a comma: بدورها، صرخت ... / ومن جهتها، حملت ...
  if (f < at && Is(f, kTime) && IsComma(f + 1)) f += 2;
  if (f + 2 < at && IsWithConjunction(f, kSubjectStop) && Is(f + 1, kTime) && IsComma(f + 2)) f += 3;
  // Round 26: any short fronted phrase that opens with a preposition and ends at a comma (وفي
  // المقابل، انتقدت الهيئة ...، وقالت إنه ...؛ وفي رد فعل، أصدر X بيانا): the clause follows it.
  bool after_phrase = false;
  if (f + 2 < at && IsWithConjunction(f, kSubjectStop)) {
    constexpr std::uint32_t kMaxPhraseWords = 4;
    for (std::uint32_t t = f + 1; t < at && t <= f + kMaxPhraseWords; ++t) {
      if (IsComma(t)) {
        if (t + 1 < at) {
          f = t + 1;
          after_phrase = true;
        }
        break;
      }
      // Not a phrase that names someone: وعبر صادق زيبا كلام، مستشار ...، عن (عبر is the verb).
      if (!Wordish(t) || Inside(t) >= 0 || W(t) != nullptr || MentionOf(t) >= 0) break;
    }
  }
  // Round 11: a negated first verb (ولم تتحدث X إلى ...، عندما قالت ...) has its subject after it too.
  // The verb may be one of saying, negated: it states nothing, but its subject is the sentence's.
  bool negated_verb = false;
  if (f + 1 < at && Is(f, kNegation) && Kind(f + 1) == TokenKind::kArabicWord &&
      (W(f + 1) == nullptr || W(f + 1)->Is(kSpeechVerb))) {
    ++f;
    negated_verb = true;
  }
  if (const Range np = WhichSubject(f, at); !np.empty()) {
    return Explicit(np, Agreement(), Attribution::kExplicit, false);
  }
  if (f >= at || Kind(f) != TokenKind::kArabicWord || (!negated_verb && W(f) != nullptr && !Is(f, kCopula))) {
    return w;
  }
  // A sentence that starts inside a quote (the analysis splits quoted sentences) or with a
  // preposition (ومع تزايد أعداد ...، وأضاف) has no subject to give.
  if (Inside(f) >= 0 || IsWithConjunction(f, kSubjectStop)) return w;
  Range np;
  // Round 18: a perfect verb whose normal form opens with ال (ألقى، ألغى، التقى) is no definite
  // noun when it holds no mention and a name or title the tagger found starts right after it:
  // its subject follows it (ألقى روبرتو مارتينيز ... معربا عن ...).
  bool verb_with_al = false;
  if (f + 1 < at && MentionOf(f) < 0) {
    const std::int32_t m = MentionOf(f + 1);
    verb_with_al = m >= 0 && mentions_[m].first_token == f + 1 &&
                   (mentions_[m].kind == doc::MentionKind::kName || mentions_[m].kind == doc::MentionKind::kTitle);
  }
  if (!verb_with_al && lex_.HasAffix(a_.norm(f), AffixList::kArticlePrefix)) {
    // A definite noun opens with the subject: الصحيفة تسلط الضوء ... قائلة. Only its
    // definite words: the verb follows them.
    np = {f, f + 1};
    while (np.end < at && Kind(np.end) == TokenKind::kArabicWord && W(np.end) == nullptr &&
           lex_.HasAffix(a_.norm(np.end), AffixList::kArticlePrefix)) {
      ++np.end;
    }
  } else {
    // The first word is the verb (or كان) and its subject follows: وصرخت المراسلة ... قائلة.
    np = NounPhrase(SkipAdverbs(f + 1), false);
    // That verb is not a speech verb and may take an object: a name right after the
    // subject's name is the object (حملت كامبردج أناليتيكا كوغان المسؤولية).
    for (std::uint32_t t = np.first; t + 1 < np.end; ++t) {
      const std::int32_t m = MentionOf(t), next = MentionOf(t + 1);
      if (m >= 0 && next >= 0 && m != next && mentions_[m].kind == doc::MentionKind::kName &&
          mentions_[next].kind == doc::MentionKind::kName) {
        np.end = t + 1;
        break;
      }
    }
  }
  if (np.empty() || np.end > at) return w;
  // After كما/لكن, only a person or body the tagger found: not an object after the verb (كما
  // توجه باتهامات خطيرة للنهضة بالقول), nor a definite noun that names no one (لكن الغريب ...
  // أن، لكن الواقع ... يؤكد أن), nor a place (كما تهدف المملكة ...، معتبرا: the speaker is before).
  if (after_opener || after_phrase) {
    bool named = false;
    for (std::uint32_t t = np.first; t < np.end && !named; ++t) {
      const std::int32_t m = MentionOf(t);
      named = m >= 0 && mentions_[m].type != doc::EntityType::kLocation;
    }
    if (!named) return w;
  }
  // Round 22: a title cut at its own complement runs on to the person's name after it (رحب
  // الخبير في شؤون الخليج والشرق الأوسط الدكتور يورجين تودنهوفر بالبيان ... معتبرا أن ...):
  // a few words that name no one, then the complement and the name (NameAfterComplement).
  if (np.end - np.first <= kMaxCutTitleWords && !mentions_.empty()) {
    bool named = false;
    for (std::uint32_t t = np.first; t < np.end && !named; ++t) {
      named = MentionOf(t) >= 0 && mentions_[MentionOf(t)].kind == doc::MentionKind::kName;
    }
    if (const doc::Mention* name = named ? nullptr : NameAfterComplement(np.first, np.end);
        name != nullptr && name->end_token <= at) {
      np.end = name->end_token;
    }
  }
  // A coordinated verb right after those words (أصداء إيجابية وتابع "..."): they are no
  // clause of their own but a heading or a fragment; the verb carries the previous speaker.
  // Round 26: not when a word stands before them and they hold a name the tagger found
  // (وحاولت كامبردج أناليتيكا تبرئة ساحتها وقالت إنها ...): that word is the verb, the name
  // its subject, and the speech verb is coordinated with it.
  bool named_after_verb = false;
  for (std::uint32_t t = np.first; f < np.first && t < np.end && !named_after_verb; ++t) {
    const std::int32_t m = MentionOf(t);
    named_after_verb = m >= 0 && mentions_[m].kind == doc::MentionKind::kName &&
                       mentions_[m].type != doc::EntityType::kLocation;
  }
  if (const CueWord* v = W(at); v != nullptr && v->Is(kSpeechVerb) && v->form != VerbForm::kParticiple &&
                                Conjoined(at) && np.end == (at > 0 && LoneConjunction(at - 1) ? at - 1 : at) &&
                                !named_after_verb) {
    return w;
  }
  return Explicit(np, Agreement(), Attribution::kExplicit, false);
}

// لم يقل، لن يعلن، ما قال: a denied statement; أن يقول: a statement that may come.
bool Run::Negated(std::uint32_t verb) const {
  if (verb == 0) return false;
  const std::uint32_t p = verb - 1;
  // بحسب ما قال: ما is the source's, not a negation.
  if (Is(p, kNegation) && !(Is(p, kSourceFiller) && p > 0 && Is(p - 1, kSource))) return true;
  const CueWord* w = W(verb);
  return w->form == VerbForm::kImperfect && Is(p, kComplementizer);
}

// Whether quoted span `s` is a name or a scare quote rather than someone's words:
// right after a name word (تنظيم "داعش"), or wholly one named mention.
bool Run::NameLike(std::int32_t s) const {
  const QuotedSpan& q = spans_[s];
  if (q.open > 0 && Is(q.open - 1, kDesignator)) return true;
  if (q.words <= opt_.max_name_words) {
    // After a preposition (في "معالم في الطريق"، لـ"غلوبو").
    if (q.open > 0 && (Is(q.open - 1, kSubjectStop) || Addressee(q.open - 1))) return true;
    // Quoted the same way twice in the article ("كيت كات" ... "كيت كات"): a name.
    const std::string_view text = q.content.In(text_);
    for (std::size_t k = 0; k < spans_.size(); ++k) {
      if (static_cast<std::int32_t>(k) != s && spans_[k].content.In(text_) == text) return true;
    }
  }
  if (q.words <= opt_.max_name_words) {
    const std::int32_t m = MentionOf(q.first);
    if (m >= 0) {
      const doc::Mention& men = mentions_[m];
      bool all = true;
      for (std::uint32_t t = q.first; t < q.end && all; ++t) {
        if (Wordish(t) && MentionOf(t) != m) all = false;
      }
      if (all && men.kind == doc::MentionKind::kName) return true;
    }
  }
  return false;
}

bool Run::PersonSource(Range r, bool lam) const {
  if (r.empty()) return false;
  if (HasPersonName(r)) return true;
  if (!lam) return false;
  const std::size_t clitic = lex_.PrefixLength(a_.norm(r.first), AffixList::kSourceClitic);
  if (clitic == 0) return false;
  const std::string_view rest = a_.norm(r.first).substr(clitic);
  for (const doc::Mention& m : mentions_) {
    if (m.kind != doc::MentionKind::kName || m.type != doc::EntityType::kPerson) continue;
    for (std::uint32_t t = m.first_token; t < m.end_token && t < n_; ++t) {
      if (toks_[t].strings.norm_len == rest.size() && a_.norm(t) == rest) return true;
    }
  }
  return false;
}

std::uint32_t Run::DescribedObjectStart(std::uint32_t lead, std::uint32_t bi) const {
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

bool Run::OrgSource(Range r) const {
  if (r.empty()) return false;
  const std::int32_t m = MentionOf(r.first);
  return m >= 0 && mentions_[m].kind == doc::MentionKind::kName &&
         mentions_[m].type == doc::EntityType::kOrganization;
}

bool Run::AtClauseHead(std::uint32_t i) const {
  if (i == 0) return true;
  if (IsComma(i - 1) || IsTerminal(i - 1) || !SamePara(i - 1, i)) return true;
  const std::uint32_t first = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(i)].first_token;
  if (first == i) return true;
  return first + 1 == i && Is(first, kClauseOpener);
}

// The closed quoted span that ends right before token i (optionally followed by a comma).
std::int32_t Run::QuoteEndingBefore(std::uint32_t i) const {
  if (i == 0) return -1;
  std::uint32_t t = i - 1;
  if (IsComma(t) && t > 0) --t;
  if (CloseSpan(t) < 0) return -1;
  return SamePara(t, i) ? CloseSpan(t) : -1;
}

// The end (exclusive) of reported content starting at `from`: a full stop, the paragraph's
// end, or a new clause — a comma followed by a participle, a source, a contrast or another
// speech verb; a speech verb with و; فيما/بينما. Quoted spans are stepped over whole.
std::uint32_t Run::ClauseEnd(std::uint32_t from) const {
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

// The content after a cue, searched from token `from` (after the speaker, when named):
// a quoted span (“...”)، a colon and what follows it, a complementizer and its clause
// (إن ...، أن ...، إلى أن ...), or a preposition the verb takes (شدد على ...). A quoted span of
// one word, or a name (تنظيم "داعش"), is stepped over, unless right after a colon.
bool Run::NamesPerson(const Who& w, bool any_type) const {
  if (!w.known || w.mention.empty()) return false;
  for (const doc::Mention& m : mentions_) {
    if ((any_type || m.type == doc::EntityType::kPerson) && m.kind != doc::MentionKind::kPronoun &&
        w.mention.begin <= m.span.begin && m.span.end <= w.mention.end) {
      return true;
    }
  }
  return false;
}

Complement Run::FindComplement(std::uint32_t from, const SpeechVerb* verb, bool object_first,
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
      at_start = IsComma(k) || (IsSemicolon(k) && k == lead) || Is(k, kTime) || Adverbial(k);
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

// True when reported content starts with someone else's statement: ذكرت الوكالة أن الوزير
// قال إن ... — the outer verb only relays it.
bool Run::RelaysInnerCue(Range content) const {
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

std::uint32_t Run::RequestAddresseeEnd(std::uint32_t k, bool* bare) const {
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

std::uint32_t Run::RequestActStart(std::uint32_t e, bool bare) const {
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

bool Run::RequestAhead(std::uint32_t i, const CueWord& w) const {
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

Complement Run::RequestComplement(std::uint32_t from) const {
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

// Round 33 (held-out 32's BBC article): "ونقلت وكالة الجمهورية الإسلامية الإيرانية للأنباء عنه
// قوله"، "نقلت وكالة فارس للأنباء عن الوزير": the subject's words stop at the لل-word (read as
// an addressee, للصحفيين) or run past عن, so the relay was not read and the agency kept the
// quote. A لل-word inside or right after the subject, right before عن/عنه in the verb's
// paragraph, ends the outlet's name; kNoToken when there is none.
std::uint32_t Run::RelayOutletLamEnd(Range subject, std::uint32_t verb) const {
  if (subject.empty()) return kNoToken;
  for (std::uint32_t t = subject.first + 1; t <= subject.end && t + 1 < n_; ++t) {
    if (Kind(t) != TokenKind::kArabicWord || Inside(t) >= 0 || !SamePara(t + 1, verb) ||
        (Classes(t) & CueLexicon::kTriggerClasses) != 0 || !a_.norm(t).starts_with("\xD9\x84\xD9\x84") /* لل */) {
      continue;
    }
    if (Is(t + 1, kRelayFrom) || Is(t + 1, kRelayPronoun)) return t + 1;
  }
  return kNoToken;
}

// Round 33 (held-out 32): "وذكرت وسائل إعلام إيرانية رسمية أن ظريف تحدث ... . ونقلت وكالة فارس
// عنه قوله "..."": the pronoun refers to the person the outlet's report just before was about,
// not to the last speaker that agrees (Pompeo, two sentences up). Only when that report is the
// last statement read (no speaker since), in the same or the previous paragraph, its speaker is
// an outlet (وكالة، وسائل، قناة ...) and its content opens with a person's name the tagger found,
// after at most a few plain title words. Otherwise the carried speaker, as before.
Who Run::RelayPronounReferent(Agreement agreement, std::uint32_t at) const {
  if (!reported_.empty() && !history_.empty() && agreement.number == Number::kSingular) {
    const Reported& r = reported_.back();
    if (r.content.end <= at && para_[at] - para_[r.content.first] <= 1 &&
        history_.back().first_token == r.who.first_token && r.who.first_token < n_ && Outlet(r.who.first_token)) {
      if (const doc::Mention* person = PersonOpening(r.content); person != nullptr) {
        Who w = CarriedFromMention(*person, agreement);
        w.how = Attribution::kRelayed;
        return w;
      }
    }
  }
  return Carried(agreement, at);
}

const doc::Mention* Run::PersonOpening(Range content) const {
  constexpr std::uint32_t kMaxTitleWords = 4;
  for (std::uint32_t t = content.first; t < content.end && t <= content.first + kMaxTitleWords; ++t) {
    const std::int32_t m = MentionOf(t);
    if (m >= 0 && mentions_[m].kind == doc::MentionKind::kName) {
      return mentions_[m].type == doc::EntityType::kPerson ? &mentions_[m] : nullptr;
    }
    if (!Wordish(t) || Inside(t) >= 0 || (Classes(t) & CueLexicon::kTriggerClasses) != 0) return nullptr;
  }
  return nullptr;
}

// Round 33 (held-out 32): "وأفادت وكالة فارس الإيرانية للأنباء بأن وزير الخارجية السوري وليد المعلم
// طلب من ظريف أن تواصل إيران ..."، "وذكرت وكالة الجمهورية الإسلامية الإيرانية أن رئيس الوزراء
// السوري عماد خميس التقى أيضا ظريف الاثنين وأبلغه أن سوريا ستبدأ ...": the outlet reports what a
// person asked or told, so the person speaks and the content is what follows أن. The content
// opens with the person's name (PersonOpening); a [relayed_speech] word follows within a few
// words of the sentence, outside quotes, with no speech cue between, and أن within a few words
// after it. *start is the first token after أن.
const doc::Mention* Run::OutletReportedPerson(Range content, std::uint32_t* start) const {
  const doc::Mention* person = PersonOpening(content);
  if (person == nullptr) return nullptr;
  constexpr std::uint32_t kMaxActWords = 6;  // التقى أيضا ظريف الاثنين وأبلغه
  constexpr std::uint32_t kMaxToComplementizer = 3;  // طلب من ظريف أن
  const std::uint32_t e = person->end_token;
  for (std::uint32_t u = e; u < content.end && u <= e + kMaxActWords; ++u) {
    // طلب is a speech cue of its own too (round 35): here it is the person's relayed request.
    if (!Wordish(u) || Inside(u) >= 0 || SentenceOf(u) != SentenceOf(e) || (IsSpeechCue(u) && !RelayedSpeech(u)) ||
        Is(u, kComplementizer)) {
      return nullptr;
    }
    if (!RelayedSpeech(u)) continue;
    for (std::uint32_t v = u + 1; v < content.end && v <= u + kMaxToComplementizer; ++v) {
      if (Is(v, kComplementizer)) {
        if (v + 1 >= content.end) return nullptr;
        *start = v + 1;
        return person;
      }
      if (!Wordish(v) || Inside(v) >= 0 || (Classes(v) & CueLexicon::kTriggerClasses) != 0) return nullptr;
    }
    return nullptr;
  }
  return nullptr;
}

// Reads the speaker of the speech verb at i and where its content may start.
Run::VerbReading Run::ReadVerb(std::uint32_t i) const {
  VerbReading out;
  const CueWord& w = *W(i);
  const SpeechVerb& verb = lex_.verbs()[w.verb];
  if (Negated(i)) return out;
  // دون ذكر أسماء بعينها: a verbal noun, not a verb.
  if (i > 0 && Is(i - 1, kNounBefore)) return out;
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
  } else if ((verb.flags & kRelay) != 0 && out.after < n_) {
    // نقلت وكالة X عن Y (قوله) ...
    std::uint32_t k = out.after;
    while (k < n_ && IsComma(k)) ++k;
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

void Run::Emit(const Complement& c, const Who& who, QuoteTrace trace) {
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

void Run::HandleVerb(std::uint32_t i) {
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
void Run::HandleSource(std::uint32_t i) {
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
  // noun already was, above.
  if (!through_verb && !nameless_statement && !np.empty() && AtClauseHead(i)) {
    bool named = false;
    for (std::uint32_t t = np.first + 1; t < n_ && t <= np.end + opt_.max_subject_tokens && SamePara(t, i); ++t) {
      if (IsComma(t)) continue;
      if (!Wordish(t) || OpenSpan(t) >= 0 || Inside(t) >= 0) break;
      if (Is(t, kSourceComplementizer)) {
        const std::uint32_t e = ClauseEnd(t + 1);
        if (!named || WordsIn(t + 1, e) < opt_.min_prepositional_words || RelaysInnerCue({t + 1, e})) break;
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
  if (!through_verb && !who.stated) return;
  std::uint32_t k2 = after;
  while (k2 < n_ && SamePara(k2, i) && (Is(k2, kTime) || Adverbial(k2))) ++k2;
  // Round 8: وفق ما أعلنت الشرطة في بيان.: "in a statement" after the source.
  if (k2 + 1 < n_ && SamePara(k2, i) && Is(k2, kStatementIn) && Is(k2 + 1, kStatement) &&
      !Is(k2 + 1, kStatementDefinite)) {
    k2 += 2;
  }
  if (k2 < n_ && SamePara(k2, i) && !IsComma(k2) && !IsTerminal(k2)) return;
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
Who Run::SayingNounSpeaker(std::uint32_t i) const {
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
void Run::HandleSayingNoun(std::uint32_t i) {
  const Who who = SayingNounSpeaker(i);
  const Complement c = FindComplement(i + 1, nullptr);
  if (c.kind == Complement::kNone) return;
  if (who.how == Attribution::kExplicit) Remember(who, i);
  Emit(c, who, {i, Found::kAfterCue, who.how});
}

// Round 13: اختتم الرئيس كلمته بالتأكيد على "..." / على أن ...: the sentence's speaker, as for
// بالقول; only when على opens a quote, a complementizer or a position noun (not the adverb
// بالتأكيد "certainly" before على لقاء ...).
void Run::HandleSayingNounOn(std::uint32_t i) {
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

std::uint32_t Run::TitleRunOnToName(Range subject, const SpeechVerb& verb, std::uint32_t cue) const {
  constexpr std::uint32_t kMaxRunOnWords = 10;
  if (mentions_.empty() || HasPersonName(subject)) return subject.end;
  for (std::uint32_t t = subject.first; t < subject.end; ++t) {
    if (Kind(t) == TokenKind::kArabicWord && (LamWithPronoun(t) || LamPerson(t))) return subject.end;
  }
  std::uint32_t words = 0;
  for (std::uint32_t t = subject.end; t < n_ && words <= kMaxRunOnWords && SamePara(t, cue); ++t) {
    if (OpenSpan(t) >= 0) {
      // A short quoted name in the title (في "فيسبوك").
      const QuotedSpan& q = spans_[OpenSpan(t)];
      if (!q.closed() || q.words > opt_.max_name_words) return subject.end;
      t = q.close;
      ++words;
      continue;
    }
    if (!Wordish(t)) return subject.end;
    // Round 36: nor through حيث (متحدثة باسم مستشفى X في إسرائيل حيث كان يعالج Y: where Y was
    // treated, not Y's title).
    if (Kind(t) == TokenKind::kArabicWord && a_.norm(t) == "\xD8\xAD\xD9\x8A\xD8\xAB" /* حيث */) {
      return subject.end;
    }
    if (Inside(t) >= 0 || IsSpeechCue(t) || Is(t, kComplementizer) || Is(t, kClauseEnd) ||
        Is(t, kRelative) || Is(t, kNegation) || Is(t, kTime) || Is(t, kSource) || Is(t, kAddressee) ||
        LamWithPronoun(t) || LamPerson(t) || (t > 0 && Is(t - 1, kLamParticiple))) {
      return subject.end;  // قال الرئيس لنظيره X: an addressee, not a title
    }
    if (PersonNameAt(t)) {
      const std::uint32_t name_end = static_cast<std::uint32_t>(mentions_[MentionOf(t)].end_token);
      std::uint32_t u = name_end;
      while (u < n_ && SamePara(u, cue) && (IsComma(u) || Is(u, kTime) || Adverbial(u))) ++u;
      const bool content_next = u < n_ && SamePara(u, cue) &&
                                (Is(u, kComplementizer) || StartsPrepositional(u, verb) || IsColon(u));
      if (content_next) return name_end;
      // Round 24: an aside after the name (قال رئيس القطاع الديني في الوزارة الشيخ محمد
      // عبدالرازق، كما نقل عنه موقع ...، إنه): a short title the tagger did not find still runs
      // on to the name when round 22's complement reaches it (NameAfterComplement's guards).
      // Not an unnamed source (مصدر حوثي مسؤول في مكتب X: X's office, not X).
      constexpr std::uint32_t kMaxCutTitleWords = 3;
      bool plain = !Is(subject.first, kVague);
      // Nor a quoted span before the name: after أبدى/أعرب it is the content (أبدت الفيدرالية
      // العربية لحقوق الإنسان "انزعاجها البالغ" لوفاة الطالبة X، ...), not a quoted name.
      for (std::uint32_t s = subject.end; s < t && plain; ++s) plain = OpenSpan(s) < 0;
      if (plain && IsComma(name_end) && subject.end - subject.first <= kMaxCutTitleWords &&
          NameAfterComplement(subject.first, subject.end) == &mentions_[MentionOf(t)]) {
        return name_end;
      }
      return subject.end;
    }
    ++words;
  }
  return subject.end;
}

std::uint32_t Run::TitleRunOnToOrganisation(Range subject, const SpeechVerb& verb, std::uint32_t cue) const {
  const std::uint32_t t = subject.end;
  if (mentions_.empty() || t + 1 >= n_ || !SamePara(t + 1, cue) || Kind(t) != TokenKind::kArabicWord) {
    return subject.end;
  }
  const std::string_view prep = a_.norm(t);
  if (prep != "في" && prep != "لدى" && prep != "لدي") return subject.end;
  // Only an organisation the tagger found: a place after في is more often where the speaker is
  // (وسائل إعلام محلية في تركيا cost held-out 10 a trap when places were allowed).
  // Only a title: a subject that names someone or something is a name, and في + a name after
  // it is where it spoke (قال سامي العلي في القاهرة).
  for (std::uint32_t k = subject.first; k < subject.end; ++k) {
    if (!Wordish(k) || MentionOf(k) >= 0 || Inside(k) >= 0) return subject.end;
  }
  // Round 15: a company's designator may stand before its name (في شركة سامسونغ).
  const std::uint32_t name_at = t + 2 < n_ && Is(t + 1, kDesignator) && MentionOf(t + 1) < 0 ? t + 2 : t + 1;
  const std::int32_t m = MentionOf(name_at);
  if (m < 0) return subject.end;
  const doc::Mention& org = mentions_[m];
  // Round 15: a place is taken as the organisation when the designator says so, or when the
  // tagger types the same words an organisation elsewhere in the document (سامسونغ).
  const bool org_typed = org.type == doc::EntityType::kOrganization ||
                         (org.type == doc::EntityType::kLocation && (name_at != t + 1 || TypedOrganisationElsewhere(org)));
  if (org.kind != doc::MentionKind::kName || org.first_token != name_at || !org_typed ||
      org.end_token > n_ || !SamePara(org.end_token - 1, cue)) {
    return subject.end;
  }
  std::uint32_t u = org.end_token;
  while (u < n_ && SamePara(u, cue) && (IsComma(u) || Is(u, kTime) || Adverbial(u))) ++u;
  const bool content_next = u < n_ && SamePara(u, cue) &&
                            (Is(u, kComplementizer) || StartsPrepositional(u, verb) || IsColon(u) || OpenSpan(u) >= 0);
  return content_next ? static_cast<std::uint32_t>(org.end_token) : subject.end;
}

std::uint32_t Run::TitleRunOnThroughBa(Range subject, const SpeechVerb& verb, std::uint32_t cue) const {
  const std::uint32_t t = subject.end;
  if (t + 1 >= n_ || !SamePara(t, cue) || Kind(t) != TokenKind::kArabicWord || W(t) != nullptr ||
      MentionOf(t) >= 0 || HasPersonName(subject)) {
    return subject.end;
  }
  for (std::uint32_t k = subject.first; k < subject.end; ++k) {
    if (!Wordish(k) || Inside(k) >= 0) return subject.end;
  }
  // ب glued to a noun that is no verbal noun: a verb's own ب (رحب الوزير بالاتفاق) or an
  // accusation's (بتهديد) carries content, not the speaker's place.
  constexpr std::string_view kBa = "\xD8\xA8";  // ب
  const std::string_view norm = a_.norm(t);
  if (!norm.starts_with(kBa) || norm.size() < kBa.size() + 6) return subject.end;
  if (std::find(verb.preps.begin(), verb.preps.end(), std::string(kBa)) != verb.preps.end()) return subject.end;
  const std::string_view rest = norm.substr(kBa.size());
  const std::size_t article = lex_.PrefixLength(rest, AffixList::kArticlePrefix);
  if (rest.size() - article < 6 || VerbalNoun(rest.substr(article), a_.stem(t))) return subject.end;
  // Its adjectives or the rest of its name (بالنادي الأهلي): up to two plain words.
  std::uint32_t u = t + 1;
  while (u < n_ && u <= t + 2 && SamePara(u, cue) && Kind(u) == TokenKind::kArabicWord && W(u) == nullptr &&
         Inside(u) < 0 && lex_.PrefixLength(a_.norm(u), AffixList::kArticlePrefix) > 0 && !PrepositionalObject(u)) {
    ++u;
  }
  const std::uint32_t end = u;
  while (u < n_ && SamePara(u, cue) && (IsComma(u) || Is(u, kTime) || Adverbial(u))) ++u;
  const bool content_next = u < n_ && SamePara(u, cue) &&
                            (Is(u, kComplementizer) || StartsPrepositional(u, verb) || IsColon(u) || OpenSpan(u) >= 0);
  return content_next ? end : subject.end;
}

Range Run::SubjectBeforeObject(Range r) const {
  if (r.empty()) return r;
  for (std::uint32_t t = r.first; t < r.end; ++t) {
    const std::int32_t m = MentionOf(t);
    if (m >= 0 && mentions_[m].kind == doc::MentionKind::kName) {
      // Round 18: words that are all names, straight up to بأن, are the object, the verb's
      // subject being unsaid (حيث وصف سليماني بأنه ...): the verb needs an object, and the
      // speaker is carried. (Words before the name may be the subject: ووصفت مجلة X سارة بأنها.)
      if (t == r.first && r.end < n_ && BiComplementizer(r.end) && NamesRunTo(t, r.end)) return {r.first, r.first};
      return {r.first, std::min(r.end, std::max(t + 1, mentions_[m].end_token))};
    }
  }
  // Round 13: the words stopped at ما/من or a demonstrative that opens the object (ووصف نقيب
  // الموسيقيين ما يحدث بـ...): they hold no object to cut.
  if (r.end > r.first + 1 && r.end < n_ && Wordish(r.end) && Inside(r.end) < 0 &&
      (Is(r.end, kNegation) || Is(r.end, kDemonstrative) || Relative(r.end))) {
    return r;
  }
  return {r.first, r.end - 1};
}

// Round 38: "وكانت سفارة المملكة المتحدة بتونس قد نشرت أمس بلاغا ذكرت فيه أن ...": the
// sentence's subject is an organisation the tagger named or one whose head the lexicon names
// ([author_head]: سفارة، وزارة، وزير ...), the verb with فيه agrees with it,
// and no person is named between them: the organisation wrote the statement (its ambassador,
// the speaker before, did not).
bool Run::OrganisationAuthor(const Who& main, std::uint32_t verb, Agreement agreement) const {
  const std::int32_t m = MentionOf(main.first_token);
  const bool organisation = m >= 0 && mentions_[m].first_token == main.first_token &&
                            mentions_[m].kind == doc::MentionKind::kName &&
                            mentions_[m].type == doc::EntityType::kOrganization;
  // The tagger reads سفارة المملكة المتحدة as سفارة + a place: a body the lexicon names.
  if ((!organisation && !lex_.IsAuthorHead(a_.norm(main.first_token))) || !main.agreement.Compatible(agreement)) {
    return false;
  }
  for (std::uint32_t t = main.first_token; t < verb; ++t) {
    if (Inside(t) >= 0) return false;
    const std::int32_t u = MentionOf(t);
    if (u >= 0 && mentions_[u].type == doc::EntityType::kPerson) return false;
  }
  return true;
}

Who Run::StatementAuthor(std::uint32_t verb, Agreement agreement) const {
  // The subject of the sentence's first verb when it is a person the tagger named (ونشر
  // الوزير سامي تغريدة قال فيها ...).
  // Round 11: not a statement with its possessor (وتتطابق تصريحات X مع أخرى أطلقها Y، قال فيها
  // ...: the statements are X's, the words Y's).
  if (Who main = MainClauseSubject(verb); main.known && main.first_token < n_ && !Is(main.first_token, kStatement)) {
    for (std::uint32_t t = main.first_token; t < n_ && toks_[t].token.begin < main.mention.end; ++t) {
      const std::int32_t m = MentionOf(t);
      if (m >= 0 && mentions_[m].kind == doc::MentionKind::kName && mentions_[m].type == doc::EntityType::kPerson) {
        main.how = Attribution::kCarried;
        main.agreement = agreement;
        return main;
      }
    }
    if (OrganisationAuthor(main, verb, agreement)) {
      // The sentence's own subject, remembered as one (وأضافت الوزارة after it refers back to it).
      main.how = Attribution::kExplicit;
      main.agreement = agreement;
      return main;
    }
  }
  const std::uint32_t first = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(verb)].first_token;
  // Round 15: the statement was named earlier in the sentence right after its speaker's words
  // (وأكدت إدارة النادي في بيان لها أن ...، وقالت فيه "..."): that speaker, not a person its
  // content names. Not a statement after other words (قال X إن ...، مما دفع Y للرد في تغريدة).
  for (std::uint32_t t = verb; t-- > first + 2;) {
    if (!SamePara(t, verb)) break;
    if (Inside(t) >= 0 || !Is(t - 1, kStatementIn) || !Is(t, kStatement)) continue;
    std::uint32_t before = t - 2;  // the last word of the speaker's, a time word aside
    if (Is(before, kTime) && before > first) --before;
    for (std::size_t k = history_.size(); k-- > 0;) {
      const Who& h = history_[k];
      if (h.first_token >= t) continue;
      if (h.first_token < first || !h.agreement.Compatible(agreement)) break;
      if (h.how != Attribution::kExplicit || toks_[before].token.end != h.mention.end) break;
      Who w = h;
      w.how = Attribution::kCarried;
      return w;
    }
    break;
  }
  bool same_clause = true;  // no clause-end word (فيما ...) between t and the verb yet
  for (std::uint32_t t = verb; t-- > first;) {
    if (!SamePara(t, verb)) break;
    if (ClauseEndWord(t)) same_clause = false;
    if (Inside(t) >= 0 || Kind(t) != TokenKind::kArabicWord) continue;
    const std::int32_t m = MentionOf(t);
    if (m >= 0 && mentions_[m].type == doc::EntityType::kPerson && mentions_[m].kind == doc::MentionKind::kName) {
      return CarriedFromMention(mentions_[m], agreement);
    }
    // Without the tagger: an earlier speaker's word, in the verb's own clause.
    if (!same_clause || W(t) != nullptr || toks_[t].strings.norm_len < 6) continue;  // three letters or more
    const std::string_view norm = a_.norm(t);
    for (std::size_t k = history_.size(); k-- > 0;) {
      const Who& h = history_[k];
      if (!h.agreement.Compatible(agreement) || h.first_token >= t) continue;
      for (std::uint32_t u = h.first_token; u < n_ && toks_[u].token.begin < h.mention.end; ++u) {
        if (toks_[u].strings.norm_len == norm.size() && a_.norm(u) == norm) {
          Who w = h;
          w.how = Attribution::kCarried;
          return w;
        }
      }
    }
  }
  return Who();
}

Who Run::PronounReferent(std::uint32_t at, Agreement agreement) const {
  const std::uint32_t sentence = SentenceOf(at);
  const std::uint32_t first = a_.sentences.empty() ? 0 : a_.sentences[sentence].first_token;
  for (std::uint32_t t = at; t-- > first;) {
    if (!SamePara(t, at)) break;
    const std::int32_t m = MentionOf(t);
    if (m < 0 || Inside(t) >= 0) continue;
    const doc::Mention& men = mentions_[m];
    if (men.type != doc::EntityType::kPerson || men.first_token >= at) continue;
    // Round 11: a title marks its gender (الإعلامي، الإعلامية): a feminine verb's pronoun does not
    // refer to a masculine one.
    if (men.kind == doc::MentionKind::kTitle && agreement.gender == Gender::kFeminine &&
        !Raw(men.first_token).ends_with("\xD8\xA9") /* ة */) {
      continue;
    }
    return CarriedFromMention(men, agreement);
  }
  if (InSpeakerSentence(at) && sentence_speaker_.agreement.Compatible(agreement)) {
    Who w = sentence_speaker_;
    w.how = Attribution::kCarried;
    return w;
  }
  Who w = MainClauseSubject(at);
  if (w.known) return w;
  return Carried(agreement, at);
}

// Round 21: وقال سموه، وأكد معاليه: an honorific pronoun as the whole subject stands for the
// person the article named with such an honorific (صاحب السمو الملكي الأمير X، معالي Y): a
// person's name before the verb, outside quotes, with the pronoun's own [honorific_title] among
// the four words before it or as its first word — the latest speaker so named when there is one
// (a minister's وشدد معاليه after his press conference with another معالي), else the nearest.
// nullptr when there is none (the word stays).
const doc::Mention* Run::HonorificReferent(Range subject, std::uint32_t verb) const {
  if (subject.end != subject.first + 1 || !lex_.IsHonorificPronoun(a_.norm(subject.first))) return nullptr;
  // The honorific must be the pronoun's own (سموه ↔ السمو، معاليه ↔ معالي): the same first
  // three letters; a minister (معالي) named after a prince is not "سموه".
  constexpr std::size_t kStemBytes = 6;  // three Arabic letters
  const std::string_view stem = a_.norm(subject.first).substr(0, kStemBytes);
  constexpr std::uint32_t kTitleReach = 4;
  const doc::Mention* nearest = nullptr;
  std::vector<const doc::Mention*> titled_names;
  for (const doc::Mention& men : mentions_) {
    if (men.kind != doc::MentionKind::kName || men.type != doc::EntityType::kPerson || men.end_token > verb ||
        Inside(men.first_token) >= 0) {
      continue;
    }
    bool titled = false;
    const std::uint32_t from = men.first_token > kTitleReach ? men.first_token - kTitleReach : 0;
    for (std::uint32_t t = from; t <= men.first_token && !titled; ++t) {
      titled = lex_.IsHonorificTitle(a_.norm(t)) && a_.norm(t).find(stem) != std::string_view::npos;
    }
    if (!titled) continue;
    titled_names.push_back(&men);
    if (nearest == nullptr || men.first_token > nearest->first_token) nearest = &men;
  }
  // A speaker names a titled person when it is the same entity or its words end with the name's
  // last word (معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير، وقال الجبير): inside the pipeline
  // the mentions have no entity yet. Not a name merely inside its words (اللجنة ... بحضور الأمير X).
  auto names = [&](const Who& w, const doc::Mention& men) {
    if (w.first_token >= n_ || men.end_token == 0 || men.end_token > n_) return false;
    std::uint32_t last = w.first_token;
    while (last + 1 < n_ && toks_[last + 1].token.end <= w.mention.end) ++last;
    return toks_[last].token.end == w.mention.end && a_.norm(last) == a_.norm(men.end_token - 1);
  };
  for (std::size_t k = history_.size(); k-- > 0;) {
    const Who& w = history_[k];
    if (!w.known) continue;
    for (const doc::Mention* men : titled_names) {
      if ((w.entity && men->entity == w.entity) || names(w, *men)) return men;
    }
  }
  return nearest;
}

// Round 21: a statement noun as the subject, when no speaker issued a statement yet (وأضاف
// البيان after "وفقا لبيان للبيت الأبيض"، which quoted nothing), or with بال (وذكر بالبيان بأن،
// وفقا لما ذكر بالبيان: the passive "it was stated in the statement"): the guideline
// gives the words to the statement's author, never the noun. The author is the name the tagger
// finds right after the noun's nearest earlier indefinite mention (بيان للبيت الأبيض، بيان صادر
// عن الوزارة; بيانا، لبيان، ببيان), else, after في, the organisation or person named just before
// it in its sentence (أعلنه قصر كنسينغتون في بيان له).
// Unknown when the tagger names no one there (the noun stays).
Who Run::StatementNounAuthor(Range subject) const {
  constexpr std::string_view kBa = "\xD8\xA8";      // ب
  constexpr std::string_view kLam = "\xD9\x84";     // ل
  constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
  constexpr std::string_view kAlif = "\xD8\xA7";    // ا (tanween: بيانا)
  constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
  constexpr std::string_view kAn = "\xD8\xB9\xD9\x86";   // عن
  constexpr std::uint32_t kAuthorBefore = 8, kMaxWords = 3;
  if (subject.empty() || subject.end > subject.first + kMaxWords || mentions_.empty()) return Who();
  const std::uint32_t h = subject.first;
  std::string_view head = a_.norm(h);
  const bool ba = head.starts_with(kBa) && (lex_.Is(head.substr(kBa.size()), kStatement));
  if (!ba && !StatementBackReference(subject)) return Who();
  if (ba) head.remove_prefix(kBa.size());
  const bool definite = head.starts_with(kAl);
  if (definite) head.remove_prefix(kAl.size());
  if (ba && definite && StatedSpeaker() >= 0) {
    Who w = history_[StatedSpeaker()];
    w.how = Attribution::kCarried;
    return w;
  }
  auto party = [&](std::int32_t m) {
    return m >= 0 && mentions_[m].kind == doc::MentionKind::kName &&
           (mentions_[m].type == doc::EntityType::kOrganization || mentions_[m].type == doc::EntityType::kPerson);
  };
  auto who_of = [&](const doc::Mention& men) {
    Who w = CarriedFromMention(men, Agreement());
    w.stated = true;
    return w;
  };
  // The author right after the noun: بيان للبيت الأبيض، بيان الوزارة، بيان من الشركة، بيان
  // صادر عن X — any name the tagger found there (للبيت الأبيض is tagged MISC). Not a name
  // after other words (بيان وصل لموقع CNN، مذكرة حصلت عليها CNN: the outlet that got it).
  auto author_after = [&](std::uint32_t t) -> std::int32_t {
    std::uint32_t a = t + 1;
    if (a < n_ && Is(a, kIssuedBy)) ++a;
    if (a < n_ && (a_.norm(a) == kMin || a_.norm(a) == kAn)) ++a;
    if (a >= n_ || !SamePara(a, t) || Inside(a) >= 0) return -1;
    const std::int32_t m = MentionOf(a);
    return m >= 0 && mentions_[m].kind == doc::MentionKind::kName ? m : -1;
  };
  // Not an indefinite ب-form (وفقا لما ذكر ببيان للبيت الأبيض): it introduces the statement
  // as a source at a sentence's end, after words the gold gives to the sentence's own subject
  // (held-out 20's trap); the noun stays, as before.
  if (ba && !definite) return Who();
  // The earlier indefinite mention of the same noun.
  const std::string tanween = std::string(head) + std::string(kAlif);
  const std::string lam_form = std::string(kLam) + std::string(head);
  const std::string ba_form = std::string(kBa) + std::string(head);
  // Round 22: or with a possessive pronoun after في (توقعت الرئاسة العامة للأرصاد في تقريرها ...،
  // وأضافت الداخلية في بيانها): the party named before في, as for بيان له.
  constexpr std::string_view kHa = "\xD9\x87";                  // ه
  constexpr std::string_view kHaAlif = "\xD9\x87\xD8\xA7";    // ها
  constexpr std::string_view kHum = "\xD9\x87\xD9\x85";       // هم
  const std::string his = std::string(head) + std::string(kHa);
  const std::string hers = std::string(head) + std::string(kHaAlif);
  const std::string theirs = std::string(head) + std::string(kHum);
  for (std::uint32_t t = h; t-- > 0;) {
    if (Inside(t) >= 0 || Kind(t) != TokenKind::kArabicWord) continue;
    const std::string_view norm = a_.norm(t);
    const bool possessive = norm == his || norm == hers || norm == theirs;
    if (norm != head && norm != tanween && norm != lam_form && norm != ba_form && !possessive) continue;
    if (const std::int32_t m = possessive ? -1 : author_after(t); m >= 0) return who_of(mentions_[m]);
    // Before it only after في (X ... في بيان له): not the object of another verb (حصل موقع
    // TMZ على وثيقة: the outlet that got it; نقلت الوكالة بيان ...: the relay).
    if (t == 0 || !Is(t - 1, kStatementIn)) return Who();
    const std::uint32_t first = a_.sentences.empty() ? 0 : a_.sentences[SentenceOf(t)].first_token;
    for (std::uint32_t b = t; b-- > first && t - b <= kAuthorBefore;) {
      if (Inside(b) < 0 && party(MentionOf(b))) return who_of(mentions_[MentionOf(b)]);
    }
    return Who();
  }
  return Who();
}

// منذ إعلان الرئيس أن ...، جدد تأكيده أن ...، انتقده لقوله إن ...: a verbal noun of saying
// with أن after it, a few words away at most. The speaker: the words after a bare noun
// (إعلان الرئيس), or the person its pronoun refers to (تأكيده، اعترافات له).
void Run::HandleSpeechNoun(std::uint32_t i) {
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
void Run::HandleBySaying(std::uint32_t i) {
  if (i == 0 || !Is(i - 1, kBySayingPrep) || !Is(i + 1, kCarriedSource)) return;
  std::int32_t q = QuoteEndingBefore(i - 1);
  if (q < 0 || spans_[q].words < opt_.min_nested_words) return;
  Who who = Carried(W(i + 1)->agreement, i);
  ClaimSpan(q, who, {i, Found::kBeforeCue, who.how});
}

// Round 40: a quote inside a quote with the same marks (quote_marks.cc: opened after a word and
// a colon inside the open quote) holds another speaker's words (held-out 30's call 3): it goes
// to the subject the cue before the colon names inside the outer quote ("... فقال لي الطبيب سالم:
// "...""), else to no one — never to the outer quote's speaker, whose reported clause would
// claim it below (unnamed inner speakers are left out, held-outs 30-33). Nothing is remembered:
// the speakers after the outer quote carry on from its speaker.
void Run::ClaimInnerQuotes() {
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

std::vector<doc::Quote> Run::Go(std::vector<QuoteTrace>* trace) {
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
    merged_into[s] = static_cast<std::int32_t>(found.size());
    found.push_back({std::move(quote), claims_[s].trace});
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

}  // namespace

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

std::vector<doc::Quote> Extractor::Extract(const doc::AnalyzedDoc& doc, std::vector<QuoteTrace>* trace,
                                           ExtractScratch* scratch) const {
  if (trace != nullptr) trace->clear();
  ExtractScratch local;
  Run run(lexicon_, options_, doc, (scratch != nullptr ? scratch : &local)->buffers_.get());
  return run.Go(trace);
}

}  // namespace marsad::quotes
