// In-document linking, through a fresh Resolver (so the table knows nothing else): each
// case is one hand-marked document and the expected rendering of its mentions, entities
// lettered by first appearance (test_doc.h).
#include "marsad/entities/doc_linker.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <thread>

#include "marsad/entities/resolver.h"
#include "marsad/entities/test_doc.h"

namespace marsad::entities {
namespace {

class DocLinkerTest : public ::testing::Test {
 protected:
  std::string Resolve(std::string_view marked) const {
    Resolver resolver(analyzer_);
    doc::AnalyzedDoc d = testing::MakeDoc(analyzer_, "d", marked);
    resolver.Add(&d);
    return testing::Render(d);
  }
  text::Analyzer analyzer_;
};

struct Case {
  const char* what;
  const char* text;
  const char* want;
};

TEST_F(DocLinkerTest, Names) {
  const Case cases[] = {
      {"full name, then the surname alone",
       "وصل {PER|ألكسندر لافرينتيف} وقال {PER|لافرينتيف} إن",
       "ألكسندر لافرينتيف#a لافرينتيف#a"},
      {"the surname before the full name",
       "{PER|لافرينتيف} وصل. وكان {PER|ألكسندر لافرينتيف} قال",
       "لافرينتيف#a ألكسندر لافرينتيف#a"},
      {"spellings that differ inside one article",
       "قال {PER|فلاديمير بوتن} إن {PER|بوتين} و{PER|بوتن}",
       "فلاديمير بوتن#a بوتين#a وبوتن#a"},
      {"clitic forms", "قال {PER|بوتين} إن {PER|وبوتين} {PER|لبوتين} {PER|ولبوتين}",
       "بوتين#a وبوتين#a لبوتين#a ولبوتين#a"},
      {"hashtag form", "التقى {PER|كيم جونغ أون} {PER|#كيم_جونغ_أون}",
       "كيم جونغ أون#a #كيم_جونغ_أون#a"},
      {"a family name first (Korean)", "قال {PER|كيم جونغ أون} إن {PER|كيم} سيزور",
       "كيم جونغ أون#a كيم#a"},
      {"a parenthesised given name", "قال السيد ({PER|محمد}) {PER|علوش} إن {PER|علوش} سيزور",
       "محمد#a علوش#a علوش#a"},
      {"two names side by side are two people (قمة ترامب بوتين)",
       "عقدت قمة {PER|ترامب} {PER|بوتين} ... وقال {PER|دونالد ترامب} إن {PER|فلاديمير بوتين}",
       "ترامب#a بوتين#b دونالد ترامب#a فلاديمير بوتين#b"},
      {"a name without its middle part", "قال {PER|مايكل جورج لينك} إن {PER|مايكل لينك} و{PER|لينك}",
       "مايكل جورج لينك#a مايكل لينك#a ولينك#a"},
      {"look-alike surnames stay apart", "قال {PER|سيرغي لافروف} و{PER|ألكسندر لافرينتيف} إن {PER|لافروف}",
       "سيرغي لافروف#a وألكسندر لافرينتيف#b لافروف#a"},
      {"a shared given name is not enough",
       "فاز {PER|فلاديمير بوتين} على {PER|فلاديمير جيرينوفسكي} وقال {PER|فلاديمير} إن",
       "فلاديمير بوتين#a فلاديمير جيرينوفسكي#b فلاديمير#c"},
      {"a shared surname goes to the nearest one named before",
       "قالت {PER|هيلاري كلينتون} إن {PER|كلينتون} ... وقال {PER|بيل كلينتون} إن {PER|كلينتون}",
       "هيلاري كلينتون#a كلينتون#a بيل كلينتون#b كلينتون#b"},
      {"persons and places are kept apart", "زار {PER|جورج واشنطن} مدينة {LOC|واشنطن}",
       "جورج واشنطن#a واشنطن#b"},
      {"place-name variants", "من {LOC|أستانا} إلى {LOC|أستانة} في {LOC|كازاخستان} و{LOC|كزاخستان} و{LOC|سوريا} {LOC|سورية}",
       "أستانا#a أستانة#a كازاخستان#b وكزاخستان#b وسوريا#c سورية#c"},
      {"organisation aliases", "هاجم {ORG|تنظيم الدولة} ... وتبنى {ORG|داعش} الهجوم",
       "تنظيم الدولة#a داعش#a"},
      {"a generic head is not part of the name", "أعلنت {ORG|شركة فيسبوك} أن {ORG|فيسبوك}",
       "شركة فيسبوك#a فيسبوك#a"},
      {"a name and the name with its nationality", "أمام {ORG|الكونغرس الأمريكي} ... {ORG|الكونغرس}",
       "الكونغرس الأمريكي#a الكونغرس#a"},
      {"a glued preposition on a place", "زار {LOC|روسيا} و{LOC|لروسيا}", "روسيا#a ولروسيا#a"},
      {"a name starting with ل stays whole", "قال {PER|لافروف} إن", "لافروف#a"},
  };
  for (const Case& c : cases) {
    const std::string got = Resolve(c.text);
    EXPECT_TRUE(got == c.want) << c.what << "\n  got:  " << got << "\n  want: " << c.want;
  }
}

// The words after بن / ابن / بنت name a forebear: they are not the person's surname (the
// father is often named in the same article: ولي العهد محمد بن سلمان ... الملك سلمان).
TEST_F(DocLinkerTest, AForebearsNameIsNotTheSurname) {
  const Case cases[] = {
      {"the father's given name alone is someone else", "قال {PER|محمد بن سلمان} إن {PER|سلمان} وافق",
       "محمد بن سلمان#a سلمان#b"},
      {"so is the father's whole name, inside a longer lineage",
       "قال {PER|محمد بن سلمان بن عبد العزيز آل سعود} إن {PER|سلمان بن عبد العزيز} وافق",
       "محمد بن سلمان بن عبد العزيز آل سعود#a سلمان بن عبد العزيز#b"},
      {"the given name goes to the one it begins, once the son's name no longer takes it",
       "قال {PER|سلمان بن عبد العزيز} إن {PER|محمد بن سلمان} ... وقال {PER|سلمان} إن",
       "سلمان بن عبد العزيز#a محمد بن سلمان#b سلمان#a"},
      {"ابن and بنت as بن", "قال {PER|خالد ابن الوليد} و{PER|فاطمة بنت مبارك} إن {PER|الوليد} و{PER|مبارك}",
       "خالد ابن الوليد#a وفاطمة بنت مبارك#b الوليد#c ومبارك#d"},
      {"the name from بن on is still the person", "قال {PER|محمد بن سلمان} إن {PER|بن سلمان} وافق",
       "محمد بن سلمان#a بن سلمان#a"},
      {"a first word keyed as بن (بان) is no lineage", "قال {PER|بان كي مون} إن {PER|كي مون} وافق",
       "بان كي مون#a كي مون#a"},
  };
  for (const Case& c : cases) {
    const std::string got = Resolve(c.text);
    EXPECT_TRUE(got == c.want) << c.what << "\n  got:  " << got << "\n  want: " << c.want;
  }
}

TEST_F(DocLinkerTest, Titles) {
  const Case cases[] = {
      {"apposition: title then name",
       "قال رئيس الوفد الروسي {PER|ألكسندر لافرينتيف} إن",
       "[رئيس الوفد الروسي]#a ألكسندر لافرينتيف#a"},
      {"apposition with a comma, name first",
       "قال {PER|مارك زوكربيرغ}، مؤسس شركة {ORG|فيسبوك}، إن",
       "مارك زوكربيرغ#a [مؤسس شركة فيسبوك]#a فيسبوك#b"},
      {"the title seen next to the name earlier",
       "قال المبعوث الخاص للرئيس الروسي إلى {LOC|سوريا} {PER|ألكسندر لافرينتيف} إن ... وأضاف المبعوث "
       "الخاص للرئيس الروسي إلى {LOC|سوريا} أن",
       "[المبعوث الخاص للرئيس الروسي إلى سوريا]#a سوريا#b ألكسندر لافرينتيف#a "
       "[المبعوث الخاص للرئيس الروسي إلى سوريا]#a سوريا#b"},
      {"a bare head after the entity was introduced with it",
       "قال الرئيس الروسي {PER|فلاديمير بوتين} إن ... وأضاف الرئيس أن",
       "[الرئيس الروسي]#a فلاديمير بوتين#a [الرئيس]#a"},
      {"a bare head with two candidates stays open",
       "قال الرئيس الروسي {PER|فلاديمير بوتين} والرئيس التركي {PER|رجب طيب أردوغان} ... وأضاف الرئيس أن",
       "[الرئيس الروسي]#a فلاديمير بوتين#a [والرئيس التركي]#b رجب طيب أردوغان#b [الرئيس]#-"},
      {"an organisation named with its generic head, then the head alone",
       "قال مؤسس شركة {ORG|فيسبوك} ... وقالت الشركة إن",
       "[مؤسس شركة فيسبوك]#- فيسبوك#a [الشركة]#a"},
      {"the topic company when two were introduced",
       "أعلنت شركة {ORG|فيسبوك} أن {ORG|فيسبوك} ... شركة {ORG|كامبريدج أناليتيكا} ... وقالت الشركة",
       "فيسبوك#a فيسبوك#a كامبريدج أناليتيكا#b [الشركة]#a"},
      {"a title the document does not tie to anyone",
       "قال رئيس الوفد الروسي إن {PER|بوتين} سيزور",
       "[رئيس الوفد الروسي]#- بوتين#a"},
      {"a name with a glued preposition is no apposition",
       "قال {PER|ترامب} إن ... وحظيت هدية الرئيس الفرنسي {PER|لترامب} باهتمام",
       "ترامب#a [الرئيس الفرنسي]#- لترامب#a"},
      {"in a list, a title is not the preceding name's",
       "التقى {PER|بوتين}، الرئيس التركي رجب طيب أردوغان",
       "بوتين#a [الرئيس التركي]#-"},
      {"a description that does not say which organisation has no entity",
       "وقالت وزارة الخارجية إن ... وأكدت المنظمة الدولية أن ... وقال حزبه",
       "[وزارة الخارجية]#- [المنظمة الدولية]#- [حزبه]#-"},
      {"an organisation description is its own entity",
       "وقال الجيش الإسرائيلي إن ... وأكد الجيش الإسرائيلي",
       "[الجيش الإسرائيلي]#a [الجيش الإسرائيلي]#a"},
      {"a generic role with the adjective of the one person titled before it",
       "أعلن المبعوث الخاص للرئيس الروسي إلى {LOC|سوريا} {PER|ألكسندر لافرنتيف} أن ... وتابع المسؤول "
       "الروسي قائلا",
       "[المبعوث الخاص للرئيس الروسي إلى سوريا]#a سوريا#b ألكسندر لافرنتيف#a [المسؤول الروسي]#a"},
      {"a role with an office of its own is not read that way",
       "قال رئيس الوزراء الفلسطيني {PER|رامي الحمد الله} إن ... وأضاف الرئيس الفلسطيني أن",
       "[رئيس الوزراء الفلسطيني]#a رامي الحمد الله#a [الرئيس الفلسطيني]#-"},
      {"a role introduced without the article is an unnamed person",
       "قال وزير الخارجية الروسي {PER|سيرغي لافروف} إن ... وقال مسؤول روسي إن ... وأضاف المسؤول الروسي أن",
       "[وزير الخارجية الروسي]#a سيرغي لافروف#a [المسؤول الروسي]#-"},
      {"so is another noun with the adjective without the article",
       "قال وزير الخارجية الفرنسي {PER|جان إيف لودريان} إن ... وقال دبلوماسي فرنسي إن ... وأوضح المسؤول "
       "الفرنسي أن",
       "[وزير الخارجية الفرنسي]#a جان إيف لودريان#a [المسؤول الفرنسي]#-"},
      {"no article on the role: an unnamed source's description",
       "قالت المتحدثة باسم الخارجية الأمريكية {PER|هيذر نويرت} إن ... ونقلت عن مصدر مسؤول بالخارجية "
       "الأمريكية أن",
       "[المتحدثة باسم الخارجية الأمريكية]#a هيذر نويرت#a [مسؤول بالخارجية الأمريكية]#-"},
      {"no relational adjective: the role says nothing of who",
       "قال الرئيس الأمريكي السابق {PER|باراك أوباما} إن ... وقال المسؤول السابق إن",
       "[الرئيس الأمريكي السابق]#a باراك أوباما#a [المسؤول السابق]#-"},
      {"role words the tagger put in the person's span",
       "قال {PER|الرئيس الروسي فلاديمير بوتين} إن {PER|بوتين}",
       "[الرئيس الروسي]#a فلاديمير بوتين#a بوتين#a"},
  };
  for (const Case& c : cases) {
    const std::string got = Resolve(c.text);
    EXPECT_TRUE(got == c.want) << c.what << "\n  got:  " << got << "\n  want: " << c.want;
  }
}

TEST_F(DocLinkerTest, ClustersCarryFormsAndKeys) {
  EntityLexicon lexicon(analyzer_);
  TitleFinder finder(lexicon);
  DocLinker linker(lexicon);
  const doc::AnalyzedDoc d = testing::MakeDoc(
      analyzer_, "d", "قال {PER|فلاديمير بوتين} إن {PER|بوتين} ... {ORG|داعش} و{ORG|تنظيم الدولة}");
  const DocLinks links = linker.Link(d, finder.Find(d), {});
  ASSERT_EQ(links.clusters.size(), 2u);
  EXPECT_EQ(links.clusters[0].FullForm().written, "فلاديمير بوتين");
  EXPECT_EQ(links.clusters[0].names.size(), 2u);
  EXPECT_EQ(links.clusters[1].type, doc::EntityType::kOrganization);
  EXPECT_EQ(links.clusters[1].keys.size(), 1u);  // the alias group's key
}

// What the linker made of a document, to compare two linkings of it.
std::string Describe(const DocLinks& links) {
  std::string out;
  auto add = [&](std::string_view a, std::string_view b = {}) {
    out += a;
    out += b;
  };
  for (const DocCluster& cl : links.clusters) {
    add(std::to_string(static_cast<int>(cl.type)), cl.description ? "d [" : " [");
    for (std::size_t i = 0; i < cl.names.size(); ++i) {
      add(std::to_string(cl.names[i]), ":");
      add(cl.forms[i].written, "|");
      add(cl.forms[i].key, " ");
    }
    add("] keys");
    for (const std::string& k : cl.keys) add(" ", k);
    add(" titles");
    for (std::uint32_t t : cl.titles) add(" ", std::to_string(t));
    add(" head ", cl.intro_head);
    add("\n");
  }
  for (std::size_t t = 0; t < links.title_cluster.size(); ++t) {
    add(std::to_string(links.title_cluster[t]), links.title_evidenced[t] ? "e " : " ");
  }
  return out;
}

// Link keeps its per-document tables per thread: a document is linked the same after any
// other as on a thread of its own (nothing of the earlier document's names is left in them,
// also after a document too long for the tables to be kept).
TEST_F(DocLinkerTest, EachDocumentIsLinkedOnItsOwn) {
  EntityLexicon lexicon(analyzer_);
  TitleFinder finder(lexicon);
  DocLinker linker(lexicon);
  auto link = [&](const doc::AnalyzedDoc& d) { return Describe(linker.Link(d, finder.Find(d), {})); };
  // لبوتين alone is read as written; after a document naming بوتين it would be read as
  // بوتين if that document's names were still counted.
  const doc::AnalyzedDoc second = testing::MakeDoc(
      analyzer_, "b",
      "قال {PER|لبوتين} إن الرئيس الروسي {PER|سيرغي لافروف} زار {LOC|لروسيا} و{ORG|شركة فيسبوك} "
      "وقال {PER|بيل كلينتون} و{PER|كلينتون} إن الشركة {ORG|فيسبوك}");
  std::string alone;
  std::thread([&] { alone = link(second); }).join();
  ASSERT_NE(alone.find("لبوتين|"), std::string::npos) << alone;

  const doc::AnalyzedDoc first = testing::MakeDoc(
      analyzer_, "a", "قال {PER|بوتين} إن {LOC|روسيا} و{PER|هيلاري كلينتون} و{PER|كلينتون} {ORG|فيسبوك}");
  // A long document: more than 256 place names of distinct keys in it, so that Link's tables grow
  // past what it keeps for the next document.
  std::string long_text;
  std::set<std::string> keys;
  const std::string_view letters[] = {"ب", "ت", "د", "ر", "س", "ز", "ك", "م", "ن", "ش", "ل", "ح"};
  for (int i = 0; keys.size() <= 500 && i < 12 * 12 * 12; ++i) {
    std::string name;
    name += letters[i % 12];
    name += "ا";
    name += letters[i / 12 % 12];
    name += "و";
    name += letters[i / 144];
    name += "ستان";
    if (!keys.insert(linker.names().FromWritten(name).key).second) continue;
    long_text += "{LOC|" + name + "} ، ";
  }
  ASSERT_GT(keys.size(), 500u);
  long_text += "{PER|بوتين}";
  const doc::AnalyzedDoc long_doc = testing::MakeDoc(analyzer_, "l", long_text);
  EXPECT_GT(linker.Link(long_doc, finder.Find(long_doc), {}).clusters.size(), 256u);
  EXPECT_EQ(link(second), alone);  // after a long document
  link(first);
  EXPECT_EQ(link(second), alone);  // after a short one
}

// Link's per-token tables of person names are reset entry by entry after each document:
// a title followed by a token where an earlier document had a person name is no
// apposition (whose index would be no item of this document).
TEST_F(DocLinkerTest, TitlesDoNotSeeAnEarlierDocumentsNames) {
  EntityLexicon lexicon(analyzer_);
  TitleFinder finder(lexicon);
  DocLinker linker(lexicon);
  auto link = [&](const doc::AnalyzedDoc& d) { return linker.Link(d, finder.Find(d), {}); };
  const doc::AnalyzedDoc later =
      testing::MakeDoc(analyzer_, "b", "قال الرئيس الروسي إن {PER|بوتين} سيزور");
  DocLinks alone;
  std::thread([&] { alone = link(later); }).join();
  ASSERT_EQ(alone.title_cluster.size(), 1u);
  ASSERT_EQ(alone.title_cluster[0], -1);
  // The same title, and a person name where the later document has إن.
  const doc::AnalyzedDoc earlier = testing::MakeDoc(
      analyzer_, "a", "قال الرئيس الروسي {PER|فلاديمير بوتين} إن");
  const DocLinks first = link(earlier);
  ASSERT_EQ(first.title_cluster.size(), 1u);
  EXPECT_EQ(first.title_cluster[0], 0);
  const DocLinks after = link(later);
  EXPECT_EQ(after.title_cluster, alone.title_cluster);
  EXPECT_EQ(Describe(after), Describe(alone));
}

// AppendPlaceOrgKeys appends what PlaceOrgKeys returns, each key once among those it
// appends (Link keeps every item's keys in one list, as ranges of it).
TEST_F(DocLinkerTest, AppendPlaceOrgKeysAppendsWhatPlaceOrgKeysReturns) {
  EntityLexicon lexicon(analyzer_);
  DocLinker linker(lexicon);
  const NameForm company = linker.names().FromWritten("شركة فيسبوك");
  const std::vector<std::string> keys = linker.PlaceOrgKeys(company);
  ASSERT_EQ(keys.size(), 2u);  // the name's key, and without its generic head
  EXPECT_EQ(keys[1], linker.names().FromWritten("فيسبوك").key);
  std::vector<std::string> pool = {keys[1]};
  linker.AppendPlaceOrgKeys(company, &pool);
  EXPECT_EQ(pool, (std::vector<std::string>{keys[1], keys[0], keys[1]}));
  const NameForm alias = linker.names().FromWritten("تنظيم الدولة");
  linker.AppendPlaceOrgKeys(alias, &pool);
  ASSERT_EQ(pool.size(), 4u);
  EXPECT_EQ(pool[3], std::string(lexicon.AliasCanonical(alias.key)));
  EXPECT_FALSE(pool[3].empty());
  EXPECT_EQ(linker.PlaceOrgKeys(alias), std::vector<std::string>{pool[3]});
}

// Read copies the readings of a name written again in the document from its first mention
// (not built again): every mention still gets what Build gives it — its own index, type and
// tokens, the forms of its own words — whichever names come between, with another type, or
// with no word to read.
TEST_F(DocLinkerTest, ReadGivesEveryMentionBuildsReadings) {
  const EntityLexicon lexicon(analyzer_);
  const DocLinker linker(lexicon);
  const doc::AnalyzedDoc d = testing::MakeDoc(
      analyzer_, "d",
      "قال {PER|لبوتين} و{PER|بوتين} ثم {PER|لبوتين} إن {LOC|لبوتين} {PER|-} و{ORG|#كيم_جونغ_أون} "
      "{PER|السيد} {PER|-} {PER|بوتين} و{ORG|#كيم_جونغ_أون} {PER|السيد (محمد) علوش} {PER|السيد} "
      "{MISC|بوتين} {PER|السيد (محمد) علوش} {LOC|بروسيا} {LOC|بروسيا}");
  const DocReadings r = linker.Read(d);
  std::size_t k = 0;
  for (std::size_t m = 0; m < d.mentions.size(); ++m) {
    const doc::Mention& mm = d.mentions[m];
    if (mm.type == doc::EntityType::kMisc) continue;
    const MentionName want = linker.names().Build(d.document.text, d.analysis, mm.first_token, mm.end_token);
    if (want.form.empty()) continue;
    ASSERT_LT(k, r.names.size());
    const NameReading& got = r.names[k++];
    EXPECT_EQ(got.mention, m);
    EXPECT_EQ(got.type, mm.type) << m;
    EXPECT_EQ(got.first_token, mm.first_token) << m;
    EXPECT_EQ(got.end_token, mm.end_token) << m;
    EXPECT_EQ(got.form.keys, want.form.keys) << m;
    EXPECT_EQ(got.form.key, want.form.key) << m;
    EXPECT_EQ(got.form.written, want.form.written) << m;
    EXPECT_EQ(got.form.first_stem, want.form.first_stem) << m;
    EXPECT_EQ(got.form.spellings, want.form.spellings) << m;
    EXPECT_EQ(got.form.skeletons, want.form.skeletons) << m;
    ASSERT_EQ(got.without_preposition.has_value(), want.without_preposition.has_value()) << m;
    if (want.without_preposition) {
      EXPECT_EQ(got.without_preposition->key, want.without_preposition->key) << m;
      EXPECT_EQ(got.without_preposition->written, want.without_preposition->written) << m;
      EXPECT_EQ(got.without_preposition->spellings, want.without_preposition->spellings) << m;
    }
  }
  EXPECT_EQ(k, r.names.size());
  EXPECT_EQ(k, 13U);  // the two "-" have no word; MISC is not read
}

}  // namespace
}  // namespace marsad::entities
