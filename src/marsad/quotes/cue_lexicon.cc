// CueLexicon: parsing data/quotes/speech_verbs_ar.txt and cue_words_ar.txt.
#include "marsad/quotes/cue_lexicon.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

#include "marsad/quotes/embedded_data.h"
#include "marsad/text/utf8.h"
#include "marsad/text/word_list.h"

namespace marsad::quotes {
namespace {

constexpr std::string_view kVerbsFile = "speech_verbs_ar.txt";
constexpr std::string_view kWordsFile = "cue_words_ar.txt";

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    std::size_t p = s.find(sep);
    out.push_back(text::TrimBlanks(s.substr(0, p)));
    if (p == std::string_view::npos) break;
    s.remove_prefix(p + 1);
  }
  return out;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

struct Slot {
  VerbForm form;
  Agreement agreement;
};
constexpr Agreement kMs{Gender::kMasculine, Number::kSingular};
constexpr Agreement kFs{Gender::kFeminine, Number::kSingular};
constexpr Agreement kMp{Gender::kMasculine, Number::kPlural};
constexpr Agreement kFp{Gender::kFeminine, Number::kPlural};
constexpr Agreement kMd{Gender::kMasculine, Number::kDual};
constexpr Agreement kFd{Gender::kFeminine, Number::kDual};
// Columns 4-6 of a verb line, in order.
constexpr std::array<Slot, 5> kPerfectSlots = {{{VerbForm::kPerfect, kMs},
                                                {VerbForm::kPerfect, kFs},
                                                {VerbForm::kPerfect, kMp},
                                                {VerbForm::kPerfect, kMd},
                                                {VerbForm::kPerfect, kFd}}};
constexpr std::array<Slot, 3> kImperfectSlots = {
    {{VerbForm::kImperfect, kMs}, {VerbForm::kImperfect, kFs}, {VerbForm::kImperfect, kMp}}};
// The masculine plural participle (مضيفين) is also the dual (accusative): number unknown.
constexpr std::array<Slot, 4> kParticipleSlots = {{{VerbForm::kParticiple, kMs},
                                                   {VerbForm::kParticiple, kFs},
                                                   {VerbForm::kParticiple, {Gender::kMasculine, Number::kAny}},
                                                   {VerbForm::kParticiple, kFp}}};

struct Section {
  std::string_view name;
  WordClass word_class;
  bool conjunction_variants;  // also add و/ف + word
};
constexpr std::array<Section, 56> kSections = {{
    {"correspondent", kCorrespondent, false},
    {"source_resumptive", kSourceResumptive, false},
    {"event_noun", kEventNoun, false},
    {"author_lam_noun", kAuthorLamNoun, false},
    {"relayed_speech", kRelayedSpeech, true},
    {"guest_role", kGuestRole, false},
    {"elative_noun", kElativeNoun, false},
    {"relayed_by", kRelayedBy, false},
    {"responsibility_noun", kResponsibilityNoun, false},
    {"media_office", kMediaOffice, false},
    {"saying_noun_on", kSayingNounOn, false},
    {"claimed_act", kClaimedAct, false},
    {"demand_noun", kDemandNoun, false},
    {"lam_participle", kLamParticiple, false},
    {"demonstrative", kDemonstrative, false},
    {"report_noun", kReportNoun, false},
    {"data_source", kDataSource, false},
    {"aside_prep", kAsidePrep, false},
    {"noun_before", kNounBefore, false},
    {"in_statement", kInStatement, false},
    {"statement_lam", kStatementLam, false},
    {"clause_end_adverbial", kClauseEndAdverbial, false},
    {"relay_tongue", kRelayTongue, false},
    {"speech_noun", kSpeechNoun, true},
    {"saying_noun", kSayingNoun, false},
    {"statement_definite", static_cast<WordClass>(kStatement | kStatementDefinite), false},
    {"clause_opener", kClauseOpener, false},
    {"np_internal", kNpInternal, false},
    {"source_lam", kSourceLam, false},
    {"source_complementizer", kSourceComplementizer, false},
    {"relative", kRelative, false},
    {"complementizer", kComplementizer, false},
    {"not_before_complementizer", kNotBeforeComplementizer, false},
    {"source_filler", kSourceFiller, false},
    {"relay_from", kRelayFrom, false},
    {"relay_pronoun", kRelayPronoun, false},
    {"auxiliary", kAuxiliary, false},
    {"copula", kCopula, false},
    {"statement_in", kStatementIn, false},
    {"source", kSource, true},
    {"narrator", kNarrator, true},
    {"passive", kPassive, true},
    {"quote_filler", kQuoteFiller, false},
    {"by_saying", kBySaying, false},
    {"by_saying_prep", kBySayingPrep, false},
    {"carried_source", kCarriedSource, false},
    {"subject_skip", kSubjectSkip, false},
    {"time", kTime, false},
    {"negation", kNegation, true},
    {"subject_stop", kSubjectStop, false},
    {"addressee", kAddressee, false},
    {"clause_end", kClauseEnd, false},
    {"statement", kStatement, false},
    {"issued_by", kIssuedBy, false},
    {"designator", kDesignator, false},
    {"vague", kVague, false},
}};

struct AffixSection {
  std::string_view name;
  AffixList list;
};
constexpr std::array<AffixSection, 5> kAffixSections = {{
    {"article_prefix", AffixList::kArticlePrefix},
    {"complement_prefix", AffixList::kComplementPrefix},
    {"addressee_prefix", AffixList::kAddresseePrefix},
    {"source_clitic", AffixList::kSourceClitic},
    {"plural_suffix", AffixList::kPluralSuffix},
}};

// "[name:ms]" tags a section's words with the agreement of their pronoun.
bool ParseAgreement(std::string_view tag, Agreement* out) {
  if (tag == "ms") {
    *out = kMs;
  } else if (tag == "fs") {
    *out = kFs;
  } else if (tag == "mp") {
    *out = kMp;
  } else if (tag == "fp") {
    *out = kFp;
  } else {
    return false;
  }
  return true;
}

// The conjunctions that attach to a verb: و، ف.
constexpr std::array<std::string_view, 2> kConjunctions = {"\xD9\x88", "\xD9\x81"};

}  // namespace

CueLexicon::CueLexicon()
    : shape_(std::make_unique<std::bitset<kShapeBits>>()),
      trigger_shape_(std::make_unique<std::bitset<kShapeBits>>()),
      quick_trigger_(std::make_unique<std::bitset<kShapeBits>>()) {}

CueWord& CueLexicon::Add(const std::string& norm) { return words_[norm]; }

namespace {

// The spellings (as 16-bit UTF-8 code units) a normalized letter may have in a text.
std::vector<std::uint32_t> Spellings(std::uint32_t unit) {
  switch (unit) {
    case 0xD8A7: return {0xD8A7, 0xD8A3, 0xD8A5, 0xD8A2, 0xD9B1};  // ا أ إ آ ٱ
    case 0xD8A1: return {0xD8A1, 0xD8A4, 0xD8A6};                  // ء ؤ ئ
    case 0xD98A: return {0xD98A, 0xD989};                          // ي ى
    case 0xD987: return {0xD987, 0xD8A9};                          // ه ة
    default: return {unit};
  }
}

}  // namespace

void CueLexicon::IndexShapes() {
  for (const auto& [word, entry] : words_) {
    std::size_t key = 0;
    if (!Shape(word, word.size(), &key)) continue;
    shape_->set(key);
    if ((entry.classes & kTriggerClasses) == 0) continue;
    trigger_shape_->set(key);
    const auto* p = reinterpret_cast<const unsigned char*>(word.data());
    const std::size_t n = word.size();
    const std::uint32_t first = static_cast<std::uint32_t>(p[0]) << 8 | p[1];
    const std::uint32_t last = static_cast<std::uint32_t>(p[n - 2]) << 8 | p[n - 1];
    for (std::uint32_t f : Spellings(first)) {
      for (std::uint32_t l : Spellings(last)) quick_trigger_->set(QuickKey(f, l, n));
    }
  }
}

namespace {

// For U+0600..U+067F (the two-byte sequences D8 80..D9 BF), indexed by
// (lead & 1) << 6 | (trail & 0x3F): the folded letter's number 1..42 for ء..ي, kSkip for
// marks and tatweel, kOther for the rest.
constexpr std::uint8_t kSkip = 0xFE, kOther = 0xFF;
struct LetterTable {
  std::uint8_t v[128];
  constexpr LetterTable() : v() {
    for (int i = 0; i < 128; ++i) {
      const char32_t c = 0x0600 + static_cast<char32_t>(i);
      char32_t f = c;
      switch (c) {
        case 0x0622: case 0x0623: case 0x0625: case 0x0671: f = 0x0627; break;  // آ أ إ ٱ → ا
        case 0x0624: case 0x0626: f = 0x0621; break;                             // ؤ ئ → ء
        case 0x0649: f = 0x064A; break;                                          // ى → ي
        case 0x0629: f = 0x0647; break;                                          // ة → ه
        default: break;
      }
      if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) {
        v[i] = kSkip;
      } else if (f >= 0x0621 && f <= 0x063A) {
        v[i] = static_cast<std::uint8_t>(f - 0x0621 + 1);
      } else if (f >= 0x0641 && f <= 0x064A) {
        v[i] = static_cast<std::uint8_t>(f - 0x0621 + 1);
      } else {
        v[i] = kOther;
      }
    }
  }
};
constexpr LetterTable kLetterTable;

}  // namespace

// The normalized length and the first two and last two letters, hashed to 16 bits, read in
// O(1) from the UTF-8 bytes two at a time (Arabic letters are D8 xx / D9 xx). Trailing marks
// (مضيفاً) are stepped over; a word whose letters there are anything else (a mark inside,
// presentation forms, Persian letters, joiners, Latin) has no shape.
bool CueLexicon::Shape(std::string_view word, std::size_t norm_len, std::size_t* key) {
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  std::size_t n = word.size();
  if (n < 2 || norm_len < 2) return false;
  // The letter of the code unit at byte `at`: kOther unless an Arabic code unit.
  const auto unit = [p](std::size_t at) -> unsigned {
    return (p[at] & 0xFE) == 0xD8 ? kLetterTable.v[(p[at] & 1) << 6 | (p[at + 1] & 0x3F)] : kOther;
  };
  unsigned last = unit(n - 2);
  while (last == kSkip && n >= 4) {  // trailing marks and tatweel
    n -= 2;
    last = unit(n - 2);
  }
  const unsigned first = unit(0);
  unsigned second = 0, before_last = 0;
  if (norm_len >= 4) {
    if (n < 4) return false;
    second = unit(2);
    before_last = unit(n - 4);
  }
  // kSkip and kOther are the two largest values: one comparison rejects all four.
  if ((first | last | second | before_last) >= kSkip) return false;
  std::uint64_t h = ((((std::uint64_t{first} << 6 | second) << 6 | before_last) << 6 | last) << 6) |
                    std::min<std::size_t>(norm_len, 63);
  h *= 0x9E3779B97F4A7C15ULL;
  *key = static_cast<std::size_t>(h >> 48);
  return true;
}

Result<CueLexicon> CueLexicon::Parse(std::string_view speech_verbs, std::string_view cue_words,
                                     const text::Normalizer& normalizer,
                                     const text::LightStemmer& stemmer) {
  CueLexicon lex;

  Status verbs = text::ForEachListLine(speech_verbs, [&](std::size_t line_no,
                                                         std::string_view line) -> Status {
    std::vector<std::string_view> f = Split(line, '|');
    if (f.size() != 6) {
      return text::ListLineError(kVerbsFile, line_no, "want 6 fields separated by '|', got " +
                                                 std::to_string(f.size()));
    }
    SpeechVerb verb;
    verb.lemma = std::string(f[0]);
    if (verb.lemma.empty()) {
      return text::ListLineError(kVerbsFile, line_no, "empty lemma");
    }
    // Column 2's words, as the data file's header documents them.
    static constexpr std::pair<std::string_view, VerbFlag> kFlagNames[] = {
        {"relay", kRelay},           {"written", kWritten},
        {"statement", kStatementIntro}, {"nominal", kNominal},
        {"object", kObjectFirst},    {"object_prep", kObjectPrep},
        {"complementizer", kNeedsComplementizer}, {"position", kPositionPrep},
        {"speaker_prep", kSpeakerPrep}, {"told", kToldObject},
        {"prep_noun", kPrepNoun},    {"claim", kClaim},
        {"request", kRequest},       {"long_object", kLongObject},
        {"urge", kUrge},
    };
    for (std::string_view flag : Words(f[1])) {
      if (flag == "-") continue;
      const auto* named = std::find_if(std::begin(kFlagNames), std::end(kFlagNames),
                                       [&](const auto& n) { return n.first == flag; });
      if (named == std::end(kFlagNames)) {
        return text::ListLineError(kVerbsFile, line_no,
                                   "unknown flag '" + std::string(flag) + "'");
      }
      verb.flags |= named->second;
    }
    if (f[2] != "-") {
      for (std::string_view p : Split(f[2], ',')) {
        if (!p.empty()) verb.preps.push_back(normalizer.Normalize(p));
      }
    }
    const std::int16_t index = static_cast<std::int16_t>(lex.verbs_.size());
    auto add_forms = [&](std::string_view field, const Slot* slots, std::size_t n,
                         std::string_view what) -> Status {
      std::vector<std::string_view> forms = Words(field);
      if (forms.size() != n) {
        return text::ListLineError(kVerbsFile, line_no, "want " + std::to_string(n) + " " +
                                                   std::string(what) + " forms, got " +
                                                   std::to_string(forms.size()));
      }
      for (std::size_t i = 0; i < n; ++i) {
        if (forms[i] == "-") continue;
        const std::string norm = normalizer.Normalize(forms[i]);
        auto add = [&](const std::string& w, bool conjunction) {
          CueWord& e = lex.Add(w);
          if (!e.Is(kSpeechVerb)) {
            e.verb = index;
            e.form = slots[i].form;
            e.agreement = slots[i].agreement;
            e.conjunction = conjunction;
          }
          e.classes |= kSpeechVerb;
        };
        add(norm, false);
        // و/ف + a two-letter form is too often another word (فرد "individual").
        if (text::CountCodePoints(norm) >= 3) {
          for (std::string_view c : kConjunctions) add(std::string(c) + norm, true);
        }
      }
      return Status::Ok();
    };
    MARSAD_RETURN_IF_ERROR(add_forms(f[3], kPerfectSlots.data(), kPerfectSlots.size(), "perfect"));
    MARSAD_RETURN_IF_ERROR(add_forms(f[4], kImperfectSlots.data(), kImperfectSlots.size(), "imperfect"));
    MARSAD_RETURN_IF_ERROR(add_forms(f[5], kParticipleSlots.data(), kParticipleSlots.size(), "participle"));
    lex.verbs_.push_back(std::move(verb));
    return Status::Ok();
  });
  if (!verbs.ok()) return verbs;
  if (lex.verbs_.empty()) return Status::InvalidArgument(std::string(kVerbsFile) + ": no verbs");

  const Section* section = nullptr;
  const AffixSection* affix = nullptr;
  bool object_heads = false;
  bool nominal_contents = false;
  std::unordered_set<std::string, StringHash, std::equal_to<>>* honorific_set = nullptr;
  Agreement section_agreement;
  Status words = text::ForEachListLine(cue_words, [&](std::size_t line_no,
                                                      std::string_view line) -> Status {
    if (line.front() == '[') {
      if (line.back() != ']') {
        return text::ListLineError(kWordsFile, line_no, "unterminated section header");
      }
      std::string_view name = line.substr(1, line.size() - 2);
      section_agreement = Agreement();
      if (std::size_t colon = name.find(':'); colon != std::string_view::npos) {
        if (!ParseAgreement(name.substr(colon + 1), &section_agreement)) {
          return text::ListLineError(kWordsFile, line_no, "unknown agreement in [" + std::string(name) +
                                                              "] (want ms, fs, mp or fp)");
        }
        name = name.substr(0, colon);
      }
      section = nullptr;
      affix = nullptr;
      nominal_contents = name == "nominal_content";
      object_heads = name == "object_head" || nominal_contents;
      honorific_set = name == "honorific_pronoun"   ? &lex.honorific_pronouns_
                      : name == "honorific_title" ? &lex.honorific_titles_
                      : name == "plural_noun"     ? &lex.plural_nouns_
                      : name == "author_head"     ? &lex.author_heads_
                      : name == "not_author_lam"  ? &lex.not_author_lams_
                      : name == "authored_noun"   ? &lex.authored_nouns_
                      : name == "not_issuer_head" ? &lex.not_issuer_heads_
                                                  : nullptr;
      for (const Section& s : kSections) {
        if (s.name == name) section = &s;
      }
      for (const AffixSection& s : kAffixSections) {
        if (s.name == name) affix = &s;
      }
      if (section == nullptr && affix == nullptr && !object_heads && honorific_set == nullptr) {
        return text::ListLineError(kWordsFile, line_no,
                                   "unknown section [" + std::string(name) + "]");
      }
      return Status::Ok();
    }
    if (section == nullptr && affix == nullptr && !object_heads && honorific_set == nullptr) {
      return text::ListLineError(kWordsFile, line_no, "word before any [section]");
    }
    if (Words(line).size() != 1) {
      return text::ListLineError(kWordsFile, line_no,
                                 "want one word per line: '" + std::string(line) + "'");
    }
    const std::string norm = normalizer.Normalize(line);
    if (honorific_set != nullptr) {
      honorific_set->insert(norm);
      if (honorific_set == &lex.honorific_titles_) {  // وسمو، لمعالي is matched in the extractor
        for (std::string_view conj : kConjunctions) honorific_set->insert(std::string(conj) + norm);
      }
      return Status::Ok();
    }
    if (object_heads) {
      lex.object_heads_.insert(std::string(stemmer.Stem(norm)));
      if (nominal_contents) lex.nominal_contents_.insert(std::string(stemmer.Stem(norm)));
      return Status::Ok();
    }
    if (affix != nullptr) {
      lex.affixes_[static_cast<std::size_t>(affix->list)].push_back(norm);
      return Status::Ok();
    }
    auto add = [&](const std::string& w, bool conjunction) {
      CueWord& e = lex.Add(w);
      if (!e.Is(kSpeechVerb)) {
        if (section_agreement != Agreement()) e.agreement = section_agreement;
        if (conjunction) e.conjunction = true;
      }
      e.classes |= section->word_class;
    };
    add(norm, false);
    if (section->conjunction_variants) {
      for (std::string_view c : kConjunctions) add(std::string(c) + norm, true);
    }
    return Status::Ok();
  });
  if (!words.ok()) return words;
  // A verb that is a cue only before a complementizer (بين "between") is dropped where none
  // follows; its forms must then be nothing else, or the word would lose its other classes.
  for (const auto& [word, entry] : lex.words_) {
    if (entry.Is(kSpeechVerb) && (lex.verbs_[entry.verb].flags & (kNeedsComplementizer | kPrepNoun)) != 0 &&
        entry.classes != kSpeechVerb) {
      return Status::InvalidArgument(std::string(kVerbsFile) + ": '" + word + "' of '" +
                                     lex.verbs_[entry.verb].lemma +
                                     "' (flag " +
                                     ((lex.verbs_[entry.verb].flags & kNeedsComplementizer) != 0 ? "complementizer"
                                                                                                  : "prep_noun") +
                                     ") is also a word of " + std::string(kWordsFile));
    }
  }
  lex.IndexShapes();
  return lex;
}

bool CueLexicon::IsPluralNoun(std::string_view norm) const {
  if (InSet(plural_nouns_, norm)) return true;
  const std::size_t article = PrefixLength(norm, AffixList::kArticlePrefix);
  return article > 0 && InSet(plural_nouns_, norm.substr(article));
}

bool CueLexicon::HasAffix(std::string_view norm, AffixList list) const {
  for (const std::string& a : affixes_[static_cast<std::size_t>(list)]) {
    if (norm.size() <= a.size()) continue;
    if (list == AffixList::kPluralSuffix ? norm.ends_with(a) : norm.starts_with(a)) return true;
  }
  return false;
}

bool CueLexicon::IsWithConjunction(std::string_view norm, WordClass c) const {
  if (Is(norm, c)) return true;
  for (std::string_view conj : kConjunctions) {
    if (norm.size() > conj.size() && norm.starts_with(conj) && Is(norm.substr(conj.size()), c)) return true;
  }
  return false;
}

std::size_t CueLexicon::PrefixLength(std::string_view norm, AffixList list) const {
  for (const std::string& a : affixes_[static_cast<std::size_t>(list)]) {
    if (norm.size() > a.size() && norm.starts_with(a)) return a.size();
  }
  return 0;
}

Result<CueLexicon> CueLexicon::Embedded(const text::Normalizer& normalizer,
                                        const text::LightStemmer& stemmer) {
  return Parse(data::kSpeechVerbs, data::kCueWords, normalizer, stemmer);
}

}  // namespace marsad::quotes
