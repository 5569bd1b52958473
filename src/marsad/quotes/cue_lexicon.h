// CueLexicon: the words that signal quotes and reported speech in Arabic news — speech verbs
// with the gender and number their form marks (قال، قالت، أكدوا، يقول، مضيفا ...), the
// complementizers that open reported content (إن، أن، بأن), source phrases (بحسب، وفق) and the
// closed word classes attribution needs — loaded from data/quotes/*.txt and looked up by
// search-normalized form. docs/quotes.md describes every class.
#ifndef MARSAD_QUOTES_CUE_LEXICON_H_
#define MARSAD_QUOTES_CUE_LEXICON_H_

#include <bitset>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/text/light_stemmer.h"
#include "marsad/text/normalizer.h"

namespace marsad::quotes {

enum class Gender : std::uint8_t { kAny = 0, kMasculine, kFeminine };
enum class Number : std::uint8_t { kAny = 0, kSingular, kDual, kPlural };

// What a verb form says about its subject. kAny matches everything.
struct Agreement {
  Gender gender = Gender::kAny;
  Number number = Number::kAny;

  // True when a subject with `other` could be the subject of this form.
  bool Compatible(Agreement other) const {
    return (gender == Gender::kAny || other.gender == Gender::kAny || gender == other.gender) &&
           (number == Number::kAny || other.number == Number::kAny || number == other.number);
  }
  bool operator==(const Agreement&) const = default;
};

enum class VerbForm : std::uint8_t {
  kPerfect = 0,     // قال، أكدت: introduces a quote, with or without its subject after it
  kImperfect = 1,   // يقول، تؤكد
  kParticiple = 2,  // قائلا، مضيفة: continues the sentence's speaker
};

// Word classes (data/quotes/cue_words_ar.txt sections, plus kSpeechVerb). A word may belong
// to several classes.
enum WordClass : std::uint64_t {
  kSpeechVerb = 1u << 0,
  kComplementizer = 1u << 1,
  kNotBeforeComplementizer = 1u << 2,
  kSource = 1u << 3,
  kNarrator = 1u << 4,
  kPassive = 1u << 5,
  kQuoteFiller = 1u << 6,
  kCarriedSource = 1u << 7,
  kSubjectSkip = 1u << 8,
  kTime = 1u << 9,
  kSubjectStop = 1u << 10,
  kAddressee = 1u << 11,
  kClauseEnd = 1u << 12,
  kStatement = 1u << 13,
  kIssuedBy = 1u << 14,
  kDesignator = 1u << 15,
  kVague = 1u << 16,
  kNegation = 1u << 17,
  kSourceFiller = 1u << 18,
  kRelayFrom = 1u << 19,
  kRelayPronoun = 1u << 20,
  kAuxiliary = 1u << 21,
  kCopula = 1u << 22,
  kStatementIn = 1u << 23,
  kBySaying = 1u << 24,
  kBySayingPrep = 1u << 25,
  kRelative = 1u << 26,
  kSourceComplementizer = 1u << 27,
  kSourceLam = 1u << 28,
  kClauseOpener = 1u << 29,
  kNpInternal = 1u << 30,
  kStatementDefinite = 1u << 31,
  kRelayTongue = 1ull << 32,
  kSayingNoun = 1ull << 33,
  kSpeechNoun = 1ull << 34,  // إعلان، تأكيده، لقوله: a verbal noun of saying before أن
  kInStatement = 1ull << 35,  // قال فيها: the verb describes a statement named before it
  kClauseEndAdverbial = 1ull << 36,  // فيما يبدو، فيما بعد: the [clause_end] word is an adverb
  kStatementLam = 1ull << 37,  // ووفقا للبيان، ...: a statement named as a source, with its ل
  kAsidePrep = 1ull << 38,     // دعا X، أمس، من فيينا، إلى: a place phrase between commas
  kNounBefore = 1ull << 39,    // دون ذكر أسماء: a verb form after it is a verbal noun
  kDataSource = 1ull << 40,    // قاعدة البيانات، الأرقام: a source of data, not a party that speaks
  kLamParticiple = 1ull << 41, // موالٍ للرئيس X: the ل-phrase is the participle's complement
  kDemonstrative = 1ull << 42, // هذه، هذا: with a [report_noun] after it, what was reported
  kReportNoun = 1ull << 43,    // الأخبار، الأنباء: news and claims, not a party that speaks
  kDemandNoun = 1ull << 44,    // وقف، عدم: a first-form verbal noun a demand takes after ب
  kClaimedAct = 1ull << 45,    // الهجوم، قتل: an act a claim of responsibility (تبنّى) names
  kSayingNounOn = 1ull << 46,  // ختم كلمته بالتأكيد على ...: a saying noun whose content follows على
  kMediaOffice = 1ull << 47,   // المركز الإعلامي للمقاومة: the ل-phrase after it is its owner
  kResponsibilityNoun = 1ull << 48,  // تبنيه، مسؤوليته: a claim of responsibility after أعلن / إعلان
  kElativeNoun = 1ull << 49,   // أبلغ الأثر: after a told verb's form, the elative's noun, not an addressee
  kRelayedBy = 1ull << 50,     // بيان نشرته وكالة ...: a verb with its object pronoun, the outlet that published it
  kGuestRole = 1ull << 51,     // ضيف البرنامج: a role noun for the person the article introduced
  kAuthorLamNoun = 1ull << 52, // بيان لوزارة الداخلية: a written statement whose ل-word is its author
                               // (its words are [statement] words already)
  kRelayedSpeech = 1ull << 53, // ذكرت الوكالة أن الوزير X طلب من Y أن: a person's speech act an outlet reports
  kSourceResumptive = 1ull << 54,  // وفق ما أفاد به X: the pronoun after a source's verb points back to ما
  kEventNoun = 1ull << 55,     // اجتماع، حفل: after دعا X إلى, an invitation to an event, not a call (round 39)
  kCorrespondent = 1ull << 58,  // مصدر أمني مراسل الجوهرة: the outlet's correspondent told, not the speaker (round 46)
};

// Affix lists of cue_words_ar.txt (matched against the start or end of a normalized word).
enum class AffixList : std::uint8_t {
  kAddresseePrefix = 0,  // للصحفيين: "to the ..."
  kSourceClitic = 1,     // وفقا لوكالة ...: the ل of the source's first word
  kPluralSuffix = 2,     // المسؤولون: may be plural
  kArticlePrefix = 3,    // ال
  kComplementPrefix = 4, // باللوم، بالاتفاق: a preposition glued to the article
  kCount = 5,
};

// Flags of a speech verb (speech_verbs_ar.txt, column 2).
enum VerbFlag : std::uint16_t {
  kRelay = 1u << 0,      // نقل: "X عن Y" — Y speaks
  kWritten = 1u << 1,    // كتب، غرد
  kStatementIntro = 1u << 2,  // جاء في بيان ... أن
  kNominal = 1u << 3,    // أكد موافقته، أبدى استعداده: a [nominal_content] object is the content
  kObjectFirst = 1u << 4,  // وصف X Y بأنه: the object stands before the content, which opens with بأن
  kObjectPrep = 1u << 5,   // دعا X Y إلى: an object may stand between the subject and the preposition
  kNeedsComplementizer = 1u << 6,  // بين، أبان: a cue only with أن/إن right after it or its subject
                                   // (or after its own preposition: خلص إلى أن)
  kPositionPrep = 1u << 7,  // تحدث عن: the content after the preposition is a position (ضرورة ...)
  kSpeakerPrep = 1u << 8,   // أشار إلى: the prepositions carry content only for a verb with no
                            // subject of its own (مشيرا إلى، وأشار إلى) or a person as its subject
  kToldObject = 1u << 9,    // أبلغ X Y أن: the verb's addressee Y ends its subject's words
  kPrepNoun = 1u << 10,     // طالب: a cue only before أن/إن or its preposition glued to a verbal
                            // noun (طالبت الجمعية الوزارة بالإفراج ...), not the noun "student"
  kClaim = 1u << 11,        // تبنّى: a claim of responsibility; its object, a [claimed_act], is the content
  kRequest = 1u << 12,      // طلب: a cue only with من + the one asked and then أن or the act asked for
                            // (طلبت الوزارة من المواطنين تحديث ...), not the noun "a request"
  kLongObject = 1u << 13,   // دعا: an object of four words or more may stand before the preposition
                            // (round 39: دعا X الناخبين في معقل ... إلى ...)
  kUrge = 1u << 14,         // حث: a cue only opening its clause with a subject the tagger names,
                            // which stops after a name that opens it (حثت تركيا الولايات المتحدة على)
};

struct SpeechVerb {
  std::string lemma;               // as written in the data file
  std::uint16_t flags = 0;         // VerbFlag bits
  std::vector<std::string> preps;  // normalized prepositions that carry content (على، إلى)
};

// One normalized word of the lexicon.
struct CueWord {
  std::uint64_t classes = 0;  // WordClass bits
  std::int16_t verb = -1;     // index into CueLexicon::verbs() for kSpeechVerb
  VerbForm form = VerbForm::kPerfect;
  Agreement agreement;        // of a verb form, or of a pronoun (قوله: ms, عنها: fs)
  bool conjunction = false;   // written with و or ف in front (وقال، فأضاف)

  bool Is(WordClass c) const { return (classes & c) != 0; }
};

// Immutable after construction; thread-safe.
class CueLexicon {
 public:
  // Parses the two data files (formats in their headers) and normalizes every word with
  // `normalizer`, which must be the normalizer of the analysis whose `norm` strings will be
  // looked up (and `stemmer` its stemmer, for the words matched by stem).
  // InvalidArgument "<file>:<line>: <problem>" for a malformed line.
  static Result<CueLexicon> Parse(std::string_view speech_verbs, std::string_view cue_words,
                                  const text::Normalizer& normalizer, const text::LightStemmer& stemmer);
  // The lexicon built from data/quotes/*.txt as embedded at build time.
  static Result<CueLexicon> Embedded(const text::Normalizer& normalizer, const text::LightStemmer& stemmer);

  CueLexicon(CueLexicon&&) noexcept = default;
  CueLexicon& operator=(CueLexicon&&) noexcept = default;

  // The entry of a normalized word, or nullptr.
  const CueWord* Find(std::string_view norm) const {
    auto it = words_.find(norm);
    return it == words_.end() ? nullptr : &it->second;
  }
  // False when the word whose original spelling is `raw` and whose normalized form is
  // `norm_len` bytes long cannot be in the lexicon. Most words are not: a bitmap keyed by the
  // normalized length and the first two and last two letters (hamza seats, alef forms, ة and
  // ى folded; trailing marks skipped) answers in O(1) from the original bytes, still in the
  // CPU cache after tokenizing, before the normalized form is read and hashed. Never false
  // for a word of the lexicon (words it cannot model pass).
  bool MayContain(std::string_view raw, std::size_t norm_len) const {
    return MayContainShape(ShapeOf(raw, norm_len));
  }
  // The same for the words that start a quote's search (speech verbs, participles, sources,
  // قيل، على حد، بالقول، على لسان): a sparser bitmap for the pass over every word.
  bool MayTrigger(std::string_view raw, std::size_t norm_len) const {
    return MayTriggerShape(ShapeOf(raw, norm_len));
  }
  // A cheaper first test for the trigger words, inline: a bitmap keyed by the raw first and
  // last two bytes and the normalized length (every spelling of a folded letter is
  // registered). True for any word it cannot model (a non-Arabic edge, a final mark).
  bool QuickTrigger(std::string_view raw, std::size_t norm_len) const {
    const std::size_t n = raw.size();
    if (n < 4) return true;
    const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
    if ((p[0] & 0xFE) != 0xD8 || (p[n - 2] & 0xFE) != 0xD8) return true;
    const std::uint32_t last = static_cast<std::uint32_t>(p[n - 2]) << 8 | p[n - 1];
    if (last >= 0xD98B && last <= 0xD99F) return true;  // a final mark (مضيفاً)
    return (*quick_trigger_)[QuickKey(static_cast<std::uint32_t>(p[0]) << 8 | p[1], last, norm_len)];
  }

  // The two tests from a shape computed once (kNoShape: the word has none, both are true).
  static constexpr std::uint32_t kNoShape = 0xFFFFFFFFu;
  static std::uint32_t ShapeOf(std::string_view raw, std::size_t norm_len) {
    std::size_t key = 0;
    return Shape(raw, norm_len, &key) ? static_cast<std::uint32_t>(key) : kNoShape;
  }
  bool MayContainShape(std::uint32_t shape) const { return shape == kNoShape || (*shape_)[shape]; }
  bool MayTriggerShape(std::uint32_t shape) const { return shape == kNoShape || (*trigger_shape_)[shape]; }
  // The classes that start a search.
  static constexpr std::uint64_t kTriggerClasses =
      kSpeechVerb | kSource | kPassive | kBySaying | kSayingNoun | kRelayTongue | kSpeechNoun | kSayingNounOn;
  // True when `norm` is in class `c`.
  bool Is(std::string_view norm, WordClass c) const {
    const CueWord* w = Find(norm);
    return w != nullptr && w->Is(c);
  }

  // True when `norm`, or `norm` without a leading و/ف (ومع، فمن), is in class `c`: for the
  // classes listed without those conjunctions.
  bool IsWithConjunction(std::string_view norm, WordClass c) const;

  // True when `norm` starts (kAddresseePrefix, kSourceClitic) or ends (kPluralSuffix) with an
  // affix of the list and is longer than it.
  bool HasAffix(std::string_view norm, AffixList list) const;
  // Length in bytes of the affix `norm` starts with, or 0.
  std::size_t PrefixLength(std::string_view norm, AffixList list) const;

  // True when light stem `stem` is an [object_head] (ضرورة، دعم ...).
  // (A noun in ة keeps its ت before a pronoun: رغبته has the stem رغبت, رغبة has رغب.)
  bool IsObjectHead(std::string_view stem) const { return InSet(object_heads_, stem); }
  // True when light stem `stem` is a [nominal_content] word (موافقة، استعداد ...): the object
  // of a `nominal` speech verb that states the speaker's position. Also an object head.
  bool IsNominalContent(std::string_view stem) const { return InSet(nominal_contents_, stem); }
  // Round 21 ([honorific_pronoun], [honorific_title]): kept apart from the word classes, so
  // that these words do not stop titles and names as lexicon words do.
  bool IsHonorificPronoun(std::string_view norm) const { return InSet(honorific_pronouns_, norm); }
  bool IsHonorificTitle(std::string_view norm) const { return InSet(honorific_titles_, norm); }
  // Round 34 ([author_head], [not_author_lam]), kept apart for the same reason: the head of a
  // statement's author after its glued ل (بيان لمديرية ...: مديرية), and the ل-words after a
  // statement that name its addressee (بيان للرأي العام).
  bool IsAuthorHead(std::string_view norm) const { return InSet(author_heads_, norm); }
  bool IsNotAuthorLam(std::string_view norm) const { return InSet(not_author_lams_, norm); }
  // Round 49 ([authored_noun]): definite documents that speak for their author as a subject
  // (الدراسة، القرار) but are no statement nouns elsewhere; kept apart from the word classes.
  bool IsAuthoredNoun(std::string_view norm) const { return InSet(authored_nouns_, norm); }
  // Round 49 ([not_issuer_head]): heads of outlets and persons' titles, no document's issuer.
  bool IsNotIssuerHead(std::string_view norm) const { return InSet(not_issuer_heads_, norm); }
  // Lead, stop 25 ([plural_noun]): a broken or construct plural (الخبراء، منظمو) that the
  // [plural_suffix] endings do not catch, with or without its article.
  bool IsPluralNoun(std::string_view norm) const;

  const std::vector<SpeechVerb>& verbs() const { return verbs_; }
  std::size_t size() const { return words_.size(); }

 private:
  CueLexicon();
  CueWord& Add(const std::string& norm);
  // `stem` or, ending in ت, `stem` without it is in `set`.
  template <typename Set>
  static bool InSet(const Set& set, std::string_view stem) {
    if (set.count(stem) != 0) return true;
    constexpr std::string_view kTa = "\xD8\xAA";  // ت
    return stem.size() > 2 * kTa.size() && stem.ends_with(kTa) &&
           set.count(stem.substr(0, stem.size() - kTa.size())) != 0;
  }
  // Sets the bitmaps from the words (after parsing).
  void IndexShapes();

  static constexpr std::size_t kShapeBits = std::size_t{1} << 16;
  // The shape of a word (see MayContain) into *key; false when the word has characters the
  // shape does not model (then it may be anything).
  static bool Shape(std::string_view word, std::size_t norm_len, std::size_t* key);
  // QuickTrigger's key from the first and last UTF-8 code units (as 16-bit numbers).
  static std::size_t QuickKey(std::uint32_t first, std::uint32_t last, std::size_t norm_len) {
    std::uint64_t h = (std::uint64_t{first} << 32 | std::uint64_t{last} << 8 | (norm_len & 0xFF)) *
                      0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(h >> 48);
  }

 public:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unique_ptr<std::bitset<kShapeBits>> shape_;          // every word
  std::unique_ptr<std::bitset<kShapeBits>> trigger_shape_;  // words of kTriggerClasses
  std::unique_ptr<std::bitset<kShapeBits>> quick_trigger_;  // the same, QuickKey
  std::unordered_map<std::string, CueWord, StringHash, std::equal_to<>> words_;
  std::vector<SpeechVerb> verbs_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> object_heads_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> nominal_contents_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> honorific_pronouns_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> honorific_titles_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> author_heads_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> not_author_lams_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> authored_nouns_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> not_issuer_heads_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> plural_nouns_;
  std::vector<std::string> affixes_[static_cast<std::size_t>(AffixList::kCount)];
};

}  // namespace marsad::quotes

#endif  // MARSAD_QUOTES_CUE_LEXICON_H_
