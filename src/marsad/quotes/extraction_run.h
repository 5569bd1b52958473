// ExtractionRun: the work of Extractor::Extract on one document, and the structs it passes
// around. Internal to the quotes module (not installed): extractor.cc, speaker_span.cc,
// speaker_reference.cc, content_span.cc and cue_handlers.cc define its member functions,
// split by concern (docs/quotes.md, Layout); its small token predicates stay inline here.
// Made from the one-file extractor.cc by scripts/split_quote_extractor.py; edit it as any source.
#ifndef MARSAD_QUOTES_EXTRACTION_RUN_H_
#define MARSAD_QUOTES_EXTRACTION_RUN_H_

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

// How well a mention names a speaker: a person's name, an organisation's, a title, any;
// one with an entity before one without.
inline int SpeakerMentionRank(const doc::Mention& m) {
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
inline Who CarriedFromMention(const doc::Mention& men, Agreement agreement) {
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
  // Round 41: a named person's statement inside the quote (InnerNamedCues): the quote stops
  // before token `cut` and resumes at token `rest` (kNoToken: it does not resume).
  std::uint32_t cut = kNoToken;
  std::uint32_t rest = kNoToken;
};

struct Reported {
  Range content;
  Who who;
  QuoteTrace trace;
};

// The per-document tables of ExtractionRun, kept between documents.
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

// Marks a token of ExtractionRun::cue_ not looked up yet.
inline const CueWord kNotLookedUp;

// Whether a normalized word ends as a nisba adjective does: ي, or ية (normalized يه)
// (السعودية، الأممي).
inline bool NisbaEnding(std::string_view norm) {
  return norm.ends_with("\xD9\x8A") || norm.ends_with("\xD9\x8A\xD9\x87");
}

// The work on one document.
class ExtractionRun {
 public:
  ExtractionRun(const CueLexicon& lex, const ExtractorOptions& opt, const doc::AnalyzedDoc& d,
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
      if (w != nullptr && w->Is(kSpeechVerb) && (lex_.verbs()[w->verb].flags & kUrge) != 0 && !UrgeAhead(i)) {
        w = nullptr;  // مع حث الرئيس، بهدف حث المواطنين: the verbal noun "urging"
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
  bool InSubjectRelative(std::uint32_t i, const CueWord& w) const;
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
  bool ClaimedActAhead(std::uint32_t i) const;
  // Whether أن/إن follows word i, right after it or after a few plain words in its clause
  // (وبين أن ...، بيّن الوزير أن ...), or after one of the verb's own prepositions (خلصت
  // الدراسة إلى أن ...).
  // Round 15: a bare بين after a plain word of its clause, with a و-conjunct before the
  // complementizer, is "between X and Y" (اتصال هاتفي بين ماكرون ورئيسة الوزراء ... إن: the إن is
  // ذكر's, earlier in the sentence); the verb has its subject after it (وبين الوزير أن، كما بين).
  // Round 23: the closing comma of an aside that opens at the comma k (بيّن X، في هذا السياق، أن):
  // من/في and at most three words, no other punctuation; k itself when there is none.
  std::uint32_t AsideEnd(std::uint32_t k) const;
  // Round 42: whether the comma k closes the subject of the verb at i right before أن/إن (وبين
  // شيخ طائفة الصرافة، أن ...، أبان المدير ...، أنه ...); the verb has words of a subject before it.
  bool CommaBeforeComplementizer(std::uint32_t k, std::uint32_t i) const {
    return k > i + 1 && IsComma(k) && k + 1 < n_ && SamePara(k + 1, i) && Kind(k + 1) == TokenKind::kArabicWord &&
           Is(k + 1, kComplementizer);
  }
  // Round 42: whether word i opens its clause, as a verb read through a comma before أن must:
  // after punctuation or a paragraph start, with و/ف glued or apart, or after كما; after a comma
  // only when no earlier speech verb of the sentence still waits for its complementizer.
  bool OpensClause(std::uint32_t i) const;
  // Round 42: whether حث at i is read as a verb: it opens its clause (OpensClause), a name the
  // tagger found follows within four words, and على within a subject's and an object's words
  // (وحثت بلدان أخرى في المنطقة للترحيب: no cue, so the content it stands in runs on).
  bool UrgeAhead(std::uint32_t i) const;
  bool ComplementizerAhead(std::uint32_t i, const SpeechVerb& verb) const;
  // Round 11: whether أن/إن, or one of the verb's prepositions glued to a verbal noun (بالإفراج،
  // بوقف، بتوفير), follows word i after at most its subject and an object, commas aside
  // (طالبت النقابة الوزارة بالإفراج عن ...), before any other cue.
  bool PrepNounAhead(std::uint32_t i, const SpeechVerb& verb) const;
  // A verbal noun, normalized and without its preposition and article: a word of [demand_noun],
  // [nominal_content] or [object_head] (by the stem `stem` of the whole word), or one of the
  // shapes of the derived forms: إفعال (إفراج، إطلاق، اتخاذ)، افتعال/انفعال (احترام، انسحاب)،
  // استفعال (استقالة)، تفعيل/تفاعل (توفير، تعاون)، مفاعلة (محاسبة).
  bool VerbalNoun(std::string_view w, std::string_view stem) const;
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
  bool EmbeddedPredicate(std::uint32_t i) const;
  // Round 28: a perfect verb's spelling right after the أن/إن that opens a speech verb's
  // content is no cue of its own: after a bare أنّ it is a noun, the content's subject (وأضافت
  // أن رد روسيا على الإجراءات "لن يتأخر كثيرا": Russia's response), after أنه/أنها the pronoun is
  // the subject, the speaker himself (كاشفا أنه تمنى ...). The content (its quote too) stays the
  // outer speaker's.
  bool NounAfterContentComplementizer(std::uint32_t i) const;
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
  bool DescribesStatement(std::uint32_t verb) const;
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
  bool SubjectTail(std::uint32_t from, std::uint32_t t) const;
  // Round 45: whether token k, right after a verb in the perfect or a person's name the tagger
  // found, names who was spoken to before the verb's own preposition at k + 1 (كشفت للوفد عن
  // ...، تعهد سانشيز لهم بـ ...): a ل-word of the [addressee] list or with the article (للوفد),
  // or ل with a pronoun (له، لها، لهم، لنظيره); not a name the tagger found, nor before على هامش.
  bool SpokenToBeforePrep(std::uint32_t k) const;
  // بأن، بأنه ...: the complementizer of a verb whose object precedes its content (وصف).
  // Round 30: an indefinite statement noun with a glued ب right after the verb (وأكد ببيان ...،
  // أوضح بتغريدة له ...) is how the speaker spoke, not who: the verb has no subject there, as
  // after في بيان, and the speaker is carried.
  bool StatementMeans(std::uint32_t i) const;
  // Round 34: a speaker's words that are a written statement with its author glued on by ل
  // (بيان لهيئة الأركان التركية، بيان رسمي لوزارة الداخلية، بيان للكرملين): the author's words,
  // from the ل-word to the end of `r`; empty when `r` is no such statement. `*lam_bytes` is
  // how many bytes of the ل-word's start are the preposition: 2 for ل + an indefinite word
  // (لهيئة → هيئة), 0 for لل (ل + ال, the article's alif unwritten: the stemmer and the
  // entities stage already read للكرملين as الكرملين, and no byte span can restore the alif).
  Range StatementLamAuthor(Range r, std::uint32_t* lam_bytes) const;
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
  bool AddresseeName(std::uint32_t i) const;
  // Whether the document writes `norm` as an Arabic word of its own anywhere but at token
  // `except` (the rest of a word after a glued ل or و: a name it also writes alone).
  bool WrittenElsewhere(std::string_view norm, std::uint32_t except) const;

  // Whether the word after the ل of word i is, somewhere in the document, the start of a
  // person's name the tagger found (قال مون لكيم: كيم جونغ أون).
  bool AddresseePerson(std::uint32_t i) const;

  // --- speakers ----------------------------------------------------------------------
  Range NounPhrase(std::uint32_t j, bool allow_clitic) const;
  bool TopicPreposition(std::uint32_t t, std::uint32_t verb) const;
  Range WhichSubject(std::uint32_t f, std::uint32_t at) const;
  Range LookBackSubject(std::uint32_t verb) const;
  // Round 45: whether the speech verb at `verb` is a told verb (أبلغ) whose subject stands
  // before it, opening its clause (LookBackSubject) with a mention the tagger or the entities
  // stage found in it: the words after the verb are then the one told.
  // The subject's words; empty when the verb is no such verb. Also a subject that ends at a
  // comma right before قد (بأن روسيا الحليف الأكبر للحكومة السورية، قد أبلغت ...), opening with
  // the mention right after أن/إن. Not words that open with a preposition (وفي نيويورك أبلغ
  // ممثلو الدول ...: a place, the subject after the verb).
  Range ToldAfterFrontedSubject(std::uint32_t verb) const;
  // Round 41: inside the quoted span `span`, the person the tagger named as the fronted subject
  // of the speech verb at `verb` (لكن الرئيس حسن روحاني قال ...): the name ends right before the
  // verb and, with at most a few title words before it, opens its clause (the quote's first
  // word, or after a sentence end, a colon, أن/إن or لكن), with no verbal noun among the title
  // words; nullptr when there is none.
  // *first: the subject's first token (its title's).
  const doc::Mention* FrontedNameInQuote(std::int32_t span, std::uint32_t verb, std::uint32_t* first) const;
  Range ApposedBeforeVerb(std::uint32_t e) const;
  Range AmmaTopic(std::uint32_t verb) const;
  const doc::Mention* HonorificReferent(Range subject, std::uint32_t verb) const;
  Who StatementNounAuthor(Range subject) const;
  // Round 49: the author of a definite statement, report, study or resolution noun as the subject
  // (وأكد القرار، وذكرت الدراسة، ودعا البيان الأطراف إلى) that no earlier words name: the nearest
  // earlier speaker, see the definition. *end: where the noun and its adjectives end.
  // object_prep: the verb takes an object before its preposition (دعا).
  Who StatementNounPriorSpeaker(Range subject, std::uint32_t verb, bool object_prep,
                                std::uint32_t* end) const;
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
  bool NameFinalAli(std::uint32_t t) const;
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
  bool TitleTailToName(std::uint32_t j, std::uint32_t e) const;
  // Round 16: whether a person's name the tagger found starts within kMaxTimeToName words after
  // the time word t inside the subject from `j` that names no person yet, only plain words,
  // designators and ل-words between (الجمعة السعودية للاقتصاد الدكتور عبدالله المغلوث). Only a
  // definite time word right after an indefinite noun, which needs it as its genitive (عضو
  // الجمعة); after a definite word it is an adverb (والد الرهينة الكرواتي أيضا/اليوم السلطات
  // ... والرئيس X: X is the object), and after يوم a date.
  static constexpr std::uint32_t kMaxTimeToName = 5;
  bool TimeInTitle(std::uint32_t j, std::uint32_t t) const;
  // Round 11: whether word t, inside a subject that starts at `first`, begins its second conjunct:
  // a name the tagger found that starts at t with a glued و whose rest the document writes alone
  // (ووكالة: وكالة; not وليد), and for a person's name, after a first conjunct that names a person
  // (ترامب وماكرون; not المدير وليد ...).
  bool SecondConjunct(std::uint32_t first, std::uint32_t t) const;
  // A ل-word with a pronoun (لنظيره، لمستشارها): an addressee. Read on the raw word, where a
  // final ه is the pronoun (ة is normalized to ه).
  bool LamWithPronoun(std::uint32_t i) const;
  // A ل-word that addresses a person: ل + a person's name the tagger found (لكيم جونغ أون), or
  // whose rest starts such a name elsewhere in the document. (لكرة القدم is part of a title.)
  bool LamPerson(std::uint32_t i) const;
  // Round 28: a genitive ل-word glued to a plain noun (لشركة، لحقوق), not لل (an addressee,
  // للصحفيين), not with a pronoun (لنظيره), not an [addressee] word (لوكالة), not a person.
  bool GenitiveLam(std::uint32_t i) const;
  // Whether a person's name the tagger found starts within `words` tokens from `from`, in its
  // paragraph: ورفع رئيس الهيئة التهنئة لخادم الحرمين الشريفين الملك سلمان (the addressee).
  bool PersonNameWithin(std::uint32_t from, std::uint32_t words) const;
  // Round 28: whether the words [from, end) after a speaker's last mention finish a title's
  // genitive ل-phrase (الرئيس التنفيذي لشركة | الطيران، موفد الأمم المتحدة | لحقوق الإنسان): the
  // mention's last word is a ل-word and the words are definite nouns, or the words are a ل-word
  // and its definite nouns after a title or an organisation. Not after a person's name, where a
  // ل-word is the party spoken to (قال بوتين لمجلس الأمن).
  // With `need_mention` false (the caller checked that no person is named before), the word
  // before need not be a mention.
  bool GenitiveLamTail(std::uint32_t from, std::uint32_t end, bool need_mention = true) const;
  // Round 32: whether the comma at `comma` ends a title's genitive ل-complement (رئيس اللجنة
  // الوطنية للعمالية، نضال رضوان) and a person's name the tagger found follows it: the subject
  // from `j` names no person yet (HeadOnlyName) and the word before the comma is a ل-word, not
  // one with a pronoun (لنظيره) nor a person's (لكيم).
  bool TitleCommaName(std::uint32_t j, std::uint32_t comma) const;
  // Round 48: the end of a person's name the tagger found after a title's genitive ل-complement
  // of two words or more and a comma (حسب ما أفاد به كاتب عام النقابة للتعليم الثانوي بالجهة،
  // فلان الفلاني.), `e` being the ل-word; kNoToken when the subject from `j` names a person
  // already, the ل-word is one the lexicon has spoken to (للصحفيين) or ل with a pronoun or a
  // person, a word of the lexicon or a person's name stands in the tail of up to five words, or
  // the name does not end the phrase (a comma, colon, complementizer or the sentence's end), or
  // its comma comes before a plain word (a call's object: دعا ...، فلان، الحكومات إلى) or an
  // apposition (Apposition).
  std::uint32_t LamTailCommaName(std::uint32_t j, std::uint32_t e) const;
  // Round 32: whether the only person's name the tagger found in [j, e) is the subject's first
  // word alone, before a mention of no person it governs and two words or more in all
  // (وكيل | وزارة الشؤون الاجتماعية المساعد للتنمية مشوح الحوشان: the title's head tagged as a
  // name). Not a name before a participle (السيسي موجها حديثه للأمير X: X is spoken to).
  bool HeadOnlyName(std::uint32_t j, std::uint32_t e) const;
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
  // Round 41 (held-outs 18, 32): "وأوضح أن خامنئي وافق على الاقتراح وشدد على أنه ..."، "وقال
  // الاتحاد إن فوكويفيتش وفيدا اعتذرا أيضا وأكدا أنهما ...": a coordinated speech verb right
  // after the reported content it ends, in its clause, whose subject is the person named at the
  // content's head (PersonOpening) before a verb of the content: that person speaks, not the
  // outer speaker. A dual verb wants two persons joined by و, a singular one a single person;
  // the speaker is the first (the scorer's gold names one). Not known otherwise.
  Who ContentSubject(std::uint32_t verb, Agreement agreement) const;
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
  const Who* DefiniteAnaphor(Range subject, std::uint32_t words_end, Agreement agreement) const;
  // Round 28: a title that names no one, في/لدى and at most two plain words, then a person's
  // name between commas (وقال كبير الباحثين في الدراسة، أحمد سيداغات، وهو أستاذ ...: "..."): the
  // name is the title's; the words up to it, else empty. Apposition alone needs the comma right
  // after the subject, which stopped at في.
  Range AppositionAfterTitlePlace(Range subject) const;
  // Round 28: a media office named without its owner (وأضاف المركز الإعلامي، حسب ما أضاف بيان
  // المكتب الإعلامي), its words (before byte `words_end`) ending at the office's adjective, is
  // the office the document named with its owner at the nearest earlier mention (or here): the
  // words up to the owner's name after its ل-word or في (المكتب الإعلامي لرئيس "اللقاء
  // العلمائي"، الشيخ عباس الجوهري؛ المركز الإعلامي في مديرية الأمن العام) — a person named
  // there before an organisation. The guideline gives an office's statement to its owner.
  Who MediaOfficeReferent(Range subject, std::uint32_t words_end) const;
  // Round 27: a speaker named only by a guest's role (وقال ضيف "بوليتيكا" إن، وأضاف ضيف البرنامج
  // أن) with no name of its own in its words (before byte `words_end`) is the person the article
  // introduced: the last person who spoke by name before it, else the first person it named.
  // Not known when there is neither.
  Who GuestReferent(Range subject, std::uint32_t words_end, Agreement agreement) const;
  // Round 27: a speaker that is one definite word (وقال الحوثي، وأضاف الصدر) which ended a
  // person's name earlier in the document (عبد الملك الحوثي) is that person's surname, not the
  // movement, family or place the word also names: the nearest such name before it.
  const doc::Mention* SurnameReferent(Range subject, std::uint32_t words_end) const;
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
  const doc::Mention* TitleIntroduces(const doc::Mention& u) const;
  // Round 22: whether words [first, end) join two persons' names with و (وزير الداخلية الفرنسي
  // برنار كازنوف ونظيرته البريطانية تيريزا ماي، كازنوف وماي): a name, then a word that opens a
  // conjunct (و alone, or a و the stemmer took off: ونظيرته، وماي; not وزير) and a name within
  // the next three words, with no punctuation between (مركز الملك سلمان للإغاثة والأعمال
  // الإنسانية، رأفت الصباغ is one spokesman).
  bool JointPersons(std::uint32_t first, std::uint32_t end) const;
  // Round 22: a subject that opens with a dual noun (وتابع وزيرا الداخلية، وأكد الوزيران) refers
  // back to the latest joint speaker (JointPersons) whose words hold that noun in the singular
  // (وزير الداخلية الفرنسي ... ونظيرته); nullptr when none.
  const Who* DualAnaphor(Range subject) const;
  // Whether title mention `u` speaks "on behalf of" someone (متحدث باسم رئيس كوريا الجنوبية
  // مون): a name after it is that someone's.
  bool OnBehalf(const doc::Mention& u) const;
  // Round 24: an outlet noun (وكالة، الوكالة، قناة): its ل-form, the article taken off, is an
  // [addressee] (لوكالة، لقناة).
  bool Outlet(std::uint32_t t) const;
  // Round 22: the person named right after a title's own complement, with no comma between
  // (الرئيس المدير العام للديوان الوطني للزيت شكري بيوض، نائب الرئيس الأول لقسم المنتجات في شركة
  // "فاير آي" مانيش جوبتا): the complement opens with a glued ل or ب, or with في/لدى, and holds
  // up to kMaxOwnTail plain words, names of organisations and places, or short quoted names.
  // Not an addressee (للصحفيين، لنظيره، لكيم), no statement noun (في تصريح للزميلة X: the
  // reporter), no person's title or name inside it (the name after "adviser to the prime
  // minister" is the prime minister's). nullptr when none.
  const doc::Mention* NameAfterTitleComplement(const doc::Mention& u) const;
  // The same after the title words [first, end), whether or not the tagger found them.
  const doc::Mention* NameAfterComplement(std::uint32_t first_token, std::uint32_t end_token) const;
  // Round 28: whether `span` is title mention `t` and a genitive tail the speaker's words kept
  // (GenitiveLamTail): نائب الرئيس الأول لقسم | المنتجات still refers back like the title alone.
  bool TitleWithGenitiveTail(const doc::Mention& t, ByteSpan span) const;
  // Round 17: a speaker named only by a title the tagger found (وكشف المتحدث باسم المقاومة،
  // وأضاف الوزير، وقال مدير المركز الوطني) refers to the person an earlier title with all its
  // words introduced (TitleIntroduces): the nearest such title before it. nullptr when none.
  const doc::Mention* TitleReferent(const Who& w) const;
  // Whether the first word of a speaker looks plural (المسؤولون، مسؤولين).
  bool PluralLooking(const Who& w) const;
  // A subject that is a statement already introduced: a definite statement noun (وأضاف البيان),
  // Round 16: also with up to two definite adjectives (وأشار التصريح المقتضب، البيان الأخير).
  // Not a nisba adjective (التقرير الأممي، البيان الأمريكي may be another party's statement)
  // nor a word of a name the tagger found.
  bool StatementBackReference(Range subject) const;
  // A speech verb followed by a person's name the tagger found and a colon or an opening
  // quote (قال حسين فواز: ...): a new speaker's statement, which ends reported content running
  // on to it without a full stop; a nested report has its complementizer before the name
  // (قال إن الوزير قال ...).
  bool NamedSpeakerAndColon(std::uint32_t verb) const;
  // Where the new statement's clause starts, given its verb: at a و-topic phrase right before
  // it (وعن نظامية الزواج قال ...: "and on the marriages' legality, X said"; ومن جانبه قال ...;
  // وفي وقت سابق قال ...), else at the verb.
  std::uint32_t TopicPhraseStart(std::uint32_t from, std::uint32_t verb) const;
  // The most recent speaker who issued a statement, or -1.
  std::int32_t StatedSpeaker() const;
  // Whether token `at` is in the sentence of sentence_speaker_, or in the next one when the
  // analysis split the sentence inside a quote (فأجاب كيم "حقا؟"، مضيفا ...): that one opens
  // with punctuation, not a word.
  bool InSpeakerSentence(std::uint32_t at) const;
  // Round 30: وانتقل حاكم لويزيانا الجمهوري بوبي جيندال ... إلى مدينة لافايت. وقال في مؤتمر
  // صحفي: ...: a subjectless verb that opens its sentence refers to the person named, after at
  // most a title of words that name nothing, as the subject of the sentence right before, when
  // that sentence opens with a word outside the lexicon (its verb) and holds no speech verb or
  // quote. Before, the speaker of an earlier paragraph was carried over the narrative sentence.
  const doc::Mention* NarrativeSubjectBefore(std::uint32_t at) const;
  // The subject of the verb that opens sentence of token `at` when that verb is not a speech
  // verb (وصرخت المراسلة في وجهه قائلة ...): the speaker of the sentence's participles.
  Who MainClauseSubject(std::uint32_t at) const;
  // Round 47: the name the tagger found (a person, body or country) that opens the clause at
  // token f right before a word outside the lexicon, its verb (ولكن ترامب عبر عن تفاؤله ...،
  // قائلا; وترامب زار المدينة، قائلا): the subject placed first. Empty when there is none.
  Range FrontedNameSubject(std::uint32_t f, std::uint32_t at) const;
  // Whether a name mention other than m holds the word at token f (or f without its glued و).
  bool NameWrittenInAnotherMention(std::uint32_t f, std::int32_t m) const;
  bool Negated(std::uint32_t verb) const;

  // --- content -----------------------------------------------------------------------
  // With `object_first` (وصف X بأنه) only a quote or بأن opens the content.
  // With `speaker_preps`, the prepositions of a `speaker_prep` verb (أشار إلى) carry content too.
  Complement FindComplement(std::uint32_t from, const SpeechVerb* verb, bool object_first = false,
                            bool speaker_preps = false) const;
  // --- Round 35: a request, طلب (من X) + أن or the act asked for ------------------------------
  // Whether token k is من with the one asked glued on as a pronoun (طلب منه جهاز الاستخبارات ...).
  bool RequestPronoun(std::uint32_t k) const;
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
  std::uint32_t RequestActAfterSubject(std::uint32_t from) const;
  // The subject of a request verb cut where the act asked for starts: a bare verbal noun right
  // after a definite word cannot be that word's adjective or genitive (طلب منه جهاز الاستخبارات
  // اصطحاب ...، طلب منها الأمين العام للمنظمة الدولية سحب ...).
  Range RequestSubject(Range subject) const;
  // Whether the words naming w hold a person the tagger or the entities stage found (a name or
  // a title: المدرب البرتغالي).
  // With `any_type`, a mention of any type (ايران دعت إلى ...، شيخ الأزهر دعا إلى ...).
  bool NamesPerson(const Who& w, bool any_type = false) const;
  std::uint32_t ClauseEnd(std::uint32_t from) const;
  // Round 12: وتتهم تركيا المليشيا بالسعي ...، واتهم الوزير X إيران بتسهيل ...: the object of an
  // accusation or a demand (object_prep verbs with flag prep_noun: the content opens with ب)
  // is often a party too. A person's name the tagger found, or a name that opens the subject,
  // ends the speaker's words when more words follow it; the content still starts after them all.
  Range AccuserWords(Range subject, const SpeechVerb& verb) const;
  // Round 12: the end of mention `men` when it widens a speaker's words that end at `end`: a
  // title the tagger ran on to the outlet the person spoke to (ناطق باسم وزارة الخارجية الروسية
  // في موسكو لوكالة فرانس برس) stops before an [addressee] word (لوكالة، لصحيفة). Not any لل-word:
  // وزير الدولة للشؤون الخارجية، المبعوث الأممي لليمن are titles.
  std::uint32_t TitleEndBeforeAddressee(const doc::Mention& men, std::uint32_t end) const;
  // Whether the tokens [from, t) are the object of a verb that takes one before its
  // preposition (دعا الرئيس الحكومة إلى ...): one to three plain words right after the subject
  // (time words aside; not after a comma, where a title may follow the subject: دعا X،
  // المبعوث إلى كوريا، ...).
  bool ObjectBefore(std::uint32_t from, std::uint32_t t) const;
  // Round 39: whether the tokens [from, t) are the long object of a call whose preposition t
  // follows (verb flag long_object: دعا): four to twenty words, time words before them (دعا
  // الرئيس، X، اليوم الأربعاء، الجيش الوطني ... في اليمن، إلى ...), a comma allowed right before
  // the preposition only. The subject's words may have taken the object's head, so the stretch
  // may open with في (دعا النائب الناخبين | في معقل الحزب ... إلى ...), but not with another
  // preposition of time or place (دعا الوزير خلال زيارته إلى موسكو ...), an adverb or a comma.
  // Nothing in it may be a cue, a complementizer, a relative, a negation, a clause's end or a
  // quote; after the preposition no name the tagger found (إلى موسكو: a place) and no
  // [event_noun].
  bool LongObjectBefore(std::uint32_t from, std::uint32_t t, const SpeechVerb& verb) const;
  // Round 39: the call's preposition when a call's object (short or long) that starts at u and
  // then that preposition follow, in the same sentence, else kNoToken: after a name in
  // apposition the subject's words end there (دعا النائب السابق في مجلس النواب، X، الناخبين في
  // ... إلى ...), as they do before أن.
  std::uint32_t CallPrepositionAfterObject(std::uint32_t u, const SpeechVerb& verb) const;
  // Round 39: في, which may continue an object whose head the subject's words took. Not من:
  // "دعا كل | من الأمم المتحدة ..." and "ودعا | من خلاله X إلى" are the subject's.
  bool ObjectTailPreposition(std::uint32_t i) const;
  // Round 29: the first word of the object ObjectBefore(from, t) accepted when it is the one
  // called on, warned or accused (داعيا الجميع إلى ...، اتهم ترامب الصين بالتلاعب ...), else t.
  // ObjectBefore also passes words that are not an object; the content keeps them out (found in
  // the corpus check): a date (6 جوان 2017), a person's name, the subject's tail with a glued ل
  // (الجمعية الأميركية | للإبصار من)، a manner with a glued ب (بنبرة تصالحية)، a joint subject
  // (إسبانيا | والبرتغال) and a nominative plural, the subject itself after a verb whose speaker
  // was read elsewhere (طالب فيها المهندسون بإقرار ...). Right after a verb that is no participle
  // the words are rather its subject when the speaker was carried (ودعت السلطات الجماهير إلى ...،
  // ويدعو القرار إلى ...); after a participle (داعيا الجميع إلى) or a subject they are the object.
  std::uint32_t ObjectStart(std::uint32_t from, std::uint32_t t) const;
  bool NameLike(std::int32_t span) const;
  std::int32_t QuoteEndingBefore(std::uint32_t i) const;
  // Whether the source words r (after بحسب، وفقا ل ...) name a person: a person's name the
  // tagger found in them, or — with `lam` — their first word without its ل written alone as a
  // person's name elsewhere in the document (لكلوب: كلوب).
  bool PersonSource(Range r, bool lam) const;
  // Round 23: an organisation the tagger named as the source (ووفقا للأمم المتحدة، ...).
  bool OrgSource(Range r) const;
  // Round 46: the closing mark of a short quoted name that opens at `t` inside a fronted source's
  // words (ووفقا لقناة "X" فإن ...), else `t`.
  std::uint32_t ShortNameInSource(std::uint32_t t) const;
  // Round 46: an outlet's correspondent at `t` is the one told, not part of the speaker whose
  // words open at `head`: with ل (لمراسلتنا X), or after an unnamed source's head (مصدر أمني
  // مراسل الجوهرة أف أم).
  bool CorrespondentTold(std::uint32_t head, std::uint32_t t) const;
  // An outlet's correspondent at `t`, with ل ([correspondent]) or without it.
  bool CorrespondentWord(std::uint32_t t) const;
  // Round 46: past a correspondent told at `k` (مراسلنا X) to the comma or فإن after him, within
  // five words; else `k`.
  std::uint32_t AfterCorrespondent(std::uint32_t k) const;
  // Round 46: a fronted source that names no one the tagger found, whose words [first, fa) its
  // فإن/فقد at `fa` ends with no comma (وبحسب شرطة المدينة فإن ...؛ وبحسب نسخة من التقرير فإن
  // ...): a short phrase that holds a party (a name, an outlet, a statement, an unnamed source),
  // not "the same" sources or figures, not before a quoted wording.
  bool ShortSourceBeforeFaInna(std::uint32_t first, std::uint32_t fa) const;
  // Whether token i opens its clause: the first word of its sentence, or the second after a
  // [clause_opener] (لكنه وفقا لـ ...), or right after a comma.
  bool AtClauseHead(std::uint32_t i) const;
  // Round 43: whether the speech verb at i follows a source's ما (وفق ما، بحسب ما، وفقا لما) and
  // a pronoun pointing back to ما follows it (وفق ما أفاد به X، حسب ما أعلنت عنه X).
  bool SourceResumptive(std::uint32_t i) const;
  // Round 43: whether the words from `from` to the end of the sentence only describe the source
  // through a verb at i that closes its sentence after a comma (...، حسبما أعلن مدربه في نادي
  // أرسنال.): no cue, complementizer, source or quote among them, and few.
  bool ClosingSourceTail(std::uint32_t i, std::uint32_t from) const;
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
  bool AfterComplementizerIn(std::uint32_t i) const;
  VerbReading ReadVerb(std::uint32_t i) const;
  // Round 42: whether حث's reading has a subject the tagger names a person or organisation in
  // (or that a name opens), and a word of the one urged after it before على (كما حث الشركة على
  // ...: the one urged read as the subject, the subject unsaid; كما حث قرابة 260 ألف فلبيني
  // يعملون بالكويت على ...: no such name).
  bool UrgerAndUrged(const VerbReading& r) const;
  void HandleVerb(std::uint32_t i);
  void HandleSource(std::uint32_t i);
  void HandleBySaying(std::uint32_t i);
  bool NaqlanAn(std::uint32_t i) const;
  bool Correspondent(const Who& w) const;
  void ClaimInnerQuotes();
  // Round 41: a named person's statement inside a direct quote ("... لكن الرئيس X قال إنه ...»):
  // the person speaks the words after the complementizer, to the end of their sentence, and the
  // outer quote stops before them (the scorer counts the outer speaker on any quote over an
  // anchor). Run after every span is claimed.
  void InnerNamedCues();
  bool InnerStatement(std::int32_t span, std::uint32_t t, Range subject, std::uint32_t from, bool whole,
                      std::uint32_t max_between);
  // Round 44: the same with the verb first ("أفادت الجامعة بأن ...") at a clause opening.
  void InnerVerbFirstCues();
  // Round 50: reported content that opens with a teller and أبلغ/أخبر with the one told as its pronoun
  // ("قال: إن القباع أبلغه بأن ..."، "وأضاف أن أمانة المنطقة أبلغته بأنها ..."): the teller speaks
  // the words after the complementizer; the outer speaker keeps the clause up to it, and the
  // words after "، وأنه" again. Shortens `c` to that clause. False when the content is not so.
  bool TellerOpensContent(Complement& c, const Who& outer, const QuoteTrace& trace);
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
  bool NamesRunTo(std::uint32_t from, std::uint32_t end) const;
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
  bool TypedOrganisationElsewhere(const doc::Mention& men) const;
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

}  // namespace marsad::quotes

#endif  // MARSAD_QUOTES_EXTRACTION_RUN_H_
