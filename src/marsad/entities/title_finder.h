// TitleFinder: finds role phrases that stand for a person or an organisation — رئيس الوفد
// الروسي, المبعوث الخاص للرئيس الروسي إلى سوريا, وزير الخارجية الروسي, المتحدث باسم الكرملين,
// الرئيس الفلسطيني, زعيم كوريا الشمالية, الجيش الإسرائيلي, and bare heads such as الرئيس or
// الشركة — outside the document's name mentions.
//
// A role phrase is a head from data/entities/title_heads_ar.txt (with or without the
// conjunction, a preposition and the article) followed by complements, each of them:
//  - a relational adjective with the article (الروسي, التنفيذي) or a listed adjective (الخاص);
//  - an institution noun (الوفد, الخارجية, مجلس, شركة) or another head (نائب رئيس الوزراء),
//    also with a preposition glued on (للرئيس, لشركة);
//  - a place, organisation or other non-person name mention, a hashtag, a quoted name
//    after an institution noun (شركة "فيسبوك");
//  - a preposition (إلى, في, لدى, باسم, عن) followed by one of the above, or by a person's name
//    after باسم (المتحدث باسم بوتين);
//  - و + the same kind of head with a pronoun (مؤسس شركة فيسبوك ورئيسها التنفيذي).
// A person's name mention ends the phrase (it is the apposition: الرئيس الروسي فلاديمير
// بوتين). The phrase must be definite (an article or a name somewhere in it): مسؤول روسي
// ("a Russian official") is not a title. An organisation head followed directly by an
// organisation name (شركة فيسبوك, وكالة رويترز) is no title: it introduces that
// organisation, and a later bare الشركة may refer back to it.
#ifndef MARSAD_ENTITIES_TITLE_FINDER_H_
#define MARSAD_ENTITIES_TITLE_FINDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "marsad/base/span.h"
#include "marsad/doc/analyzed_doc.h"
#include "marsad/entities/entity_lexicon.h"

namespace marsad::entities {

struct TitleMatch {
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;  // one past the last token
  ByteSpan span;
  doc::EntityType type = doc::EntityType::kPerson;  // what the head stands for
  bool bare = false;    // the head alone, with the article: الرئيس, الشركة
  bool possessive = false;  // the head with a pronoun: رئيسها, حزبه
  bool specific = false;    // holds a name or a relational adjective that is not vague
                            // (الجيش الإسرائيلي, not المنظمة الدولية or وزارة الخارجية)
  std::string head;     // the head without clitics, normalized: رءيس
  std::string key;      // its words without clitics, normalized, joined by ' ': رءيس روسي
  std::string written;  // as written, the first word's conjunction/preposition removed
};

// An organisation name mention introduced by an organisation head: شركة فيسبوك.
struct OrgIntroduction {
  std::uint32_t mention = 0;  // index in doc.mentions
  std::string head;           // شركه
};

struct TitleScan {
  std::vector<TitleMatch> titles;  // in text order, not overlapping each other or names
  std::vector<OrgIntroduction> introductions;
};

// Immutable after construction; thread-safe.
class TitleFinder {
 public:
  // `lexicon` must outlive the finder.
  explicit TitleFinder(const EntityLexicon& lexicon);

  // Scans `doc` (its analysis and its kName mentions; other mentions are ignored).
  TitleScan Find(const doc::AnalyzedDoc& doc) const;
  // Find's titles alone (for a caller that finds the introductions after it changed the
  // mentions' order).
  std::vector<TitleMatch> FindTitles(const doc::AnalyzedDoc& doc) const;
  // Reads the title mentions (kTitle) already in `doc` — found by Find in an earlier step —
  // back into TitleMatch entries, in mention order, with the introductions. A title mention
  // this lexicon does not read as a phrase gets its words (without clitics) as its key.
  TitleScan Describe(const doc::AnalyzedDoc& doc) const;
  // The organisation mentions of `doc` right after an organisation head or generic noun
  // (شركة فيسبوك, لشركة #فيسبوك, شركة "فيسبوك"): TitleScan::introductions, by the mentions'
  // indices as they stand.
  std::vector<OrgIntroduction> FindIntroductions(const doc::AnalyzedDoc& doc) const;

  // The key of a title as written (TitleMatch::key of a phrase reading all of it), for
  // stored titles and queries. Empty when `written` holds no word.
  std::string KeyOf(std::string_view written) const;

 private:
  // For each token, the kName mention covering it, or -1, into `*mention_at` (reused: Find
  // runs once per document on the workers, and a vector per document was one allocation of
  // the token count each time).
  static void NameMentionAt(const doc::AnalyzedDoc& doc, std::vector<int>* mention_at);
  // The role phrase whose head is token `i`, if one starts there; `head` is the token's
  // TitleWordOf when the caller has it already (else it is looked up).
  std::optional<TitleMatch> ParseAt(const doc::AnalyzedDoc& doc, std::uint32_t i,
                                    const std::vector<int>& mention_at, const TitleWord* head = nullptr) const;

  const EntityLexicon& lexicon_;
};

}  // namespace marsad::entities

#endif  // MARSAD_ENTITIES_TITLE_FINDER_H_
