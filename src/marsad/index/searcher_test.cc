#include "marsad/index/searcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "marsad/index/index_writer.h"
#include "marsad/index/query_parser.h"
#include "marsad/io/env.h"
#include "marsad/text/analyzer.h"

namespace marsad::index {
namespace {

struct TestDoc {
  const char* id;
  const char* body;
  const char* title = "";
  const char* source = "";
  const char* date = "";  // YYYY-MM-DD
};

class SearcherTest : public ::testing::Test {
 protected:
  void Build(const std::vector<TestDoc>& docs, bool commit_each = false) {
    env_ = io::NewMemEnv();
    auto w = IndexWriter::Open(env_.get(), "/idx");
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    writer_ = std::move(w).value();
    for (const TestDoc& d : docs) {
      Add(d);
      if (commit_each) {
        ASSERT_TRUE(writer_->Commit().ok());
      }
    }
    ASSERT_TRUE(writer_->Commit().ok());
  }
  void Add(const TestDoc& d) {
    text::TextAnalysis body, title;
    analyzer_.Analyze(d.body, &body);
    analyzer_.Analyze(d.title, &title);
    IndexDoc doc;
    doc.id = d.id;
    doc.body = &body;
    doc.title = *d.title != '\0' ? &title : nullptr;
    doc.source = d.source;
    if (*d.date != '\0') doc.date = ParseDay(d.date)->from;
    ASSERT_TRUE(writer_->Add(doc).ok());
  }
  // Ids of the hits, space-separated, best first.
  std::string Ids(std::string_view query, const RankingOptions& opt = {}, std::size_t k = 10) {
    Searcher s(analyzer_, opt);
    SearchResults r = s.Search(*writer_->snapshot(), query, SearchOptions{k});
    std::string out;
    for (const Hit& h : r.hits) {
      if (!out.empty()) out += ' ';
      out += h.id;
    }
    return out;
  }
  SearchResults Run(std::string_view query, const RankingOptions& opt = {}) {
    Searcher s(analyzer_, opt);
    return s.Search(*writer_->snapshot(), query, SearchOptions{10});
  }

  text::Analyzer analyzer_;
  std::unique_ptr<io::Env> env_;
  std::unique_ptr<IndexWriter> writer_;
};

// Only the body's stem view, plain BM25 (k1 = 1.2, b = 0.75).
RankingOptions StemBodyOnly() {
  RankingOptions o;
  o.view_weight[0] = 0;
  o.view_weight[1] = 1;
  o.view_weight[2] = 0;
  o.field_weight[1] = 0;
  o.field_weight[2] = 0;
  o.bm25[0] = {1.2F, 0.75F};
  o.phrase_weight = 0;
  return o;
}

TEST_F(SearcherTest, Bm25MatchesHandComputedScores) {
  Build({{"d1", "قطر قطر دوحة"}, {"d2", "قطر سوريا لبنان مصر"}, {"d3", "تونس"}});
  // N = 3, df(قطر) = 2, avgdl = 8/3.
  // idf = ln(1 + (3 - 2 + 0.5) / (2 + 0.5)) = ln(1.6) = 0.4700036
  // d1: tf 2, dl 3: 0.4700036 * 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 3 / (8/3))) = 0.6243066
  // d2: tf 1, dl 4: 0.4700036 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 4 / (8/3))) = 0.3901917
  SearchResults r = Run("قطر", StemBodyOnly());
  ASSERT_EQ(r.hits.size(), 2U);
  EXPECT_EQ(r.hits[0].id, "d1");
  EXPECT_NEAR(r.hits[0].score, 0.6243066, 1e-5);
  EXPECT_EQ(r.hits[1].id, "d2");
  EXPECT_NEAR(r.hits[1].score, 0.3901917, 1e-5);
  // Two words add up: d2 also has سوريا (df 1: idf = ln(1 + 2.5 / 1.5) = 0.9808293).
  // d2: 0.3901917 + 0.9808293 * 2.2 / 2.65 = 0.3901917 + 0.8142735 = 1.2044652
  r = Run("قطر سوريا", StemBodyOnly());
  ASSERT_EQ(r.hits.size(), 2U);
  EXPECT_EQ(r.hits[0].id, "d2");
  EXPECT_NEAR(r.hits[0].score, 1.2044652, 1e-5);
}

// Body only, plain BM25 (k1 = 1.2, b = 0.75), with the given view weights.
RankingOptions BodyViews(float exact, float stem) {
  RankingOptions o = StemBodyOnly();
  o.view_weight[0] = exact;
  o.view_weight[1] = stem;
  o.variant_weight = 0;
  return o;
}

float Bm25(float idf, float tf, float dl, float avgdl) {
  return idf * tf * 2.2F / (tf + 1.2F * (0.25F + 0.75F * dl / avgdl));
}

// The exact view is read from the stem's forms (segment formats 3 and 4); its score is the
// one the exact view's own posting lists gave: BM25 of the typed spelling's frequency.
TEST_F(SearcherTest, ExactViewScoresTheTypedSpellingFromTheStemList) {
  Build({{"d1", "الاتفاق اتفاق الاتفاق"}, {"d2", "اتفاق سلام"}, {"d3", "تونس"}});
  // N = 3, avgdl = 2; الاتفاق: df 1 (d1, tf 2); the stem اتفاق: df 2 (d1 tf 3, d2 tf 1).
  const float idf_exact = std::log(1.0F + 2.5F / 1.5F), idf_stem = std::log(1.0F + 1.5F / 2.5F);
  SearchResults r = Run("الاتفاق", BodyViews(1, 0));  // the exact view alone: its own cursor
  ASSERT_EQ(r.hits.size(), 1U);
  EXPECT_EQ(r.hits[0].id, "d1");
  EXPECT_NEAR(r.hits[0].score, Bm25(idf_exact, 2, 3, 2), 1e-5);
  r = Run("الاتفاق", BodyViews(1, 1));  // exact and stem: the exact form rides on the stem
  ASSERT_EQ(r.hits.size(), 2U);
  EXPECT_EQ(r.hits[0].id, "d1");
  EXPECT_NEAR(r.hits[0].score, Bm25(idf_stem, 3, 3, 2) + Bm25(idf_exact, 2, 3, 2), 1e-5);
  EXPECT_EQ(r.hits[1].id, "d2");
  EXPECT_NEAR(r.hits[1].score, Bm25(idf_stem, 1, 2, 2), 1e-5);
  // The other spelling of the same stem scores its own frequency.
  r = Run("اتفاق", BodyViews(1, 1));
  ASSERT_EQ(r.hits.size(), 2U);
  const float idf_other = std::log(1.0F + 1.5F / 2.5F);  // اتفاق: df 2 (d1 tf 1, d2 tf 1)
  EXPECT_EQ(r.hits[0].id, "d1");
  EXPECT_NEAR(r.hits[0].score, Bm25(idf_stem, 3, 3, 2) + Bm25(idf_other, 1, 3, 2), 1e-5);
  EXPECT_NEAR(r.hits[1].score, Bm25(idf_stem, 1, 2, 2) + Bm25(idf_other, 1, 2, 2), 1e-5);
  // Two spellings of one stem in a query: each adds its exact share to the stem's cursor.
  r = Run("الاتفاق اتفاق", BodyViews(1, 1));
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].id, "d1");
  EXPECT_NEAR(r.hits[0].score,
              2 * Bm25(idf_stem, 3, 3, 2) + Bm25(idf_exact, 2, 3, 2) + Bm25(idf_other, 1, 3, 2), 1e-4);
  // Prefix queries expand over exact forms and match their documents only.
  EXPECT_EQ(Ids("الاتف*", BodyViews(1, 1)), "d1");
}

// A form one segment lacks scores as in one segment (its form ids are per segment).
TEST_F(SearcherTest, ExactFormsScoreTheSameAcrossSegments) {
  const std::vector<TestDoc> docs = {{"d1", "الاتفاق اتفاق الاتفاق"}, {"d2", "اتفاق سلام"}, {"d3", "اتفاقات تونس اتفاق"}};
  Build(docs);
  const SearchResults one = Run("الاتفاق اتفاقات", BodyViews(1, 1));
  Build(docs, /*commit_each=*/true);
  ASSERT_EQ(writer_->snapshot()->segments.size(), 3U);
  const SearchResults three = Run("الاتفاق اتفاقات", BodyViews(1, 1));
  ASSERT_EQ(one.hits.size(), three.hits.size());
  for (std::size_t i = 0; i < one.hits.size(); ++i) {
    EXPECT_EQ(one.hits[i].id, three.hits[i].id);
    EXPECT_NEAR(one.hits[i].score, three.hits[i].score, 1e-5);
  }
}

TEST_F(SearcherTest, SpellingVariantsOfNamesMatchAndTheExactSpellingRanksFirst) {
  Build({{"a", "وصل ألكسندر لافرينتيف إلى أستانة للمشاركة في المحادثات"},
         {"b", "قال لافرنتييف في أستانا إن الجولة المقبلة ستعقد الشهر المقبل"},
         {"c", "التقى وزير الخارجية لافروف نظيره في موسكو"},
         {"d", "أعلنت الحكومة عن خطة جديدة للنقل العام"}});
  EXPECT_EQ(Ids("لافرنتييف أستانا"), "b a");
  EXPECT_EQ(Ids("لافرينتيف أستانة"), "a b");
  EXPECT_EQ(Ids("لافروف"), "c");
}

TEST_F(SearcherTest, HeadlineFormsMatchBelowTheSameForm) {
  Build({{"past", "دافعت الإمارات عن تواجدها العسكري في الجزيرة"},
         {"present", "الإمارات تدافع عن تواجدها العسكري"},
         {"noun", "قصف على غزة وأربعة قتلى"},
         {"other", "حديث عن الطقس في العاصمة"}});
  struct Case {
    const char* query;
    const char* want;         // with the headline forms
    const char* want_without;  // variant_weight = 0
  };
  const Case cases[] = {
      {"تدافع", "present past", "present"},  // the present tense first, the past found
      {"بغزة", "noun", ""},                    // without its preposition
      {"4 قتلى", "noun", "noun"},             // the digit also as a word
      {"يقصفون", "noun", ""},                  // present plural -> قصف
  };
  RankingOptions off;
  off.variant_weight = 0;
  for (const Case& c : cases) {
    EXPECT_EQ(Ids(c.query), c.want) << c.query;
    EXPECT_EQ(Ids(c.query, off), c.want_without) << c.query;
  }
  // Forms are scored, never required: +تدافع still needs the word itself.
  EXPECT_EQ(Ids("+تدافع"), "present");
}

// A form that only some segments hold is scored with its df over the whole snapshot, the
// same as in one segment (its dictionary entries are read once, for every segment).
TEST_F(SearcherTest, HeadlineFormsScoreTheSameAcrossSegments) {
  const std::vector<TestDoc> docs = {{"present", "الإمارات تدافع عن تواجدها العسكري"},
                                     {"other", "حديث عن الطقس في العاصمة"},
                                     {"past", "دافعت الإمارات عن تواجدها العسكري في الجزيرة"}};
  Build(docs);
  const SearchResults one = Run("تدافع");
  Build(docs, /*commit_each=*/true);
  ASSERT_GT(writer_->snapshot()->segments.size(), 1U);
  const SearchResults several = Run("تدافع");
  ASSERT_EQ(one.hits.size(), 2U);
  ASSERT_EQ(several.hits.size(), one.hits.size());
  for (std::size_t i = 0; i < one.hits.size(); ++i) {
    EXPECT_EQ(several.hits[i].id, one.hits[i].id);
    EXPECT_NEAR(several.hits[i].score, one.hits[i].score, 1e-5);
  }
}

TEST_F(SearcherTest, BooleanOperators) {
  Build({{"1", "روسيا وتركيا وإيران"}, {"2", "روسيا والصين"}, {"3", "تركيا وإيران"}, {"4", "مصر"}});
  EXPECT_EQ(Ids("+روسيا +تركيا"), "1");
  EXPECT_EQ(Ids("روسيا AND إيران"), "1");
  EXPECT_EQ(Ids("+روسيا -تركيا"), "2");
  EXPECT_EQ(Ids("تركيا -روسيا"), "3");
  std::string any = Ids("الصين OR مصر");
  EXPECT_TRUE(any == "2 4" || any == "4 2") << any;
  EXPECT_EQ(Ids("-روسيا"), "");  // nothing positive to rank
  EXPECT_EQ(Ids("+غينيا روسيا"), "");
}

TEST_F(SearcherTest, Phrases) {
  Build({{"1", "اتفاق خفض التصعيد في إدلب"},
         {"2", "التصعيد في إدلب لم يتوقف رغم خفض القوات"},
         {"3", "خفض. التصعيد"}});  // punctuation takes no position
  EXPECT_EQ(Ids("+\"خفض التصعيد\""), "3 1");  // 3 is shorter
  EXPECT_EQ(Ids("-\"خفض التصعيد\" إدلب"), "2");
  EXPECT_EQ(Ids("+\"التصعيد خفض\""), "");
  // Outside +/-, a phrase ranks the documents that have it first.
  EXPECT_EQ(Ids("\"خفض التصعيد\" إدلب").substr(0, 1), "1");
  // Phrases match through the stem: الاتفاق / اتفاق.
  EXPECT_EQ(Ids("+\"الاتفاق خفض\""), "1");
}

// Stopwords' stem lists have no positions (segment format 9): a phrase keeps a stopword's
// place as a gap that any one word fills, in one segment, in several, and merged.
TEST_F(SearcherTest, PhraseAcrossAStopwordMatchesAnyWordThere) {
  const std::vector<TestDoc> docs = {{"1", "اجتماع في بيروت اليوم"},
                                     {"2", "اجتماع عاجل بيروت"},      // another word in the gap
                                     {"3", "اجتماع بيروت في الصباح"},  // no gap
                                     {"4", "اجتماع في دمشق"}};
  const auto sorted = [this](std::string_view q) {
    SearchResults r = Run(q);
    std::vector<std::string> ids;
    for (const Hit& h : r.hits) ids.push_back(h.id);
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
    return out;
  };
  for (int layout = 0; layout < 3; ++layout) {
    Build(docs, /*commit_each=*/layout > 0);
    if (layout == 2) {
      ASSERT_TRUE(writer_->ForceMerge(1).ok());
      ASSERT_TRUE(writer_->Commit().ok());
    }
    EXPECT_EQ(sorted("+\"اجتماع في بيروت\""), "1 2") << layout;
    EXPECT_EQ(sorted("+\"اجتماع من بيروت\""), "1 2") << layout;  // any stopword, any word
    EXPECT_EQ(sorted("-\"اجتماع في بيروت\" اجتماع"), "3 4") << layout;
    // A phrase left with one word is that word, required with the stopword (both indexed).
    SearchResults r = Run("+\"في بيروت\"");
    ASSERT_EQ(r.warnings.size(), 1U) << layout;
    EXPECT_NE(r.warnings[0].find("its words are required instead"), std::string::npos) << r.warnings[0];
    EXPECT_EQ(sorted("+\"في بيروت\""), "1 3") << layout;
    EXPECT_EQ(sorted("+\"بيروت اليوم\""), "1") << layout;  // other phrases as before
  }
}

// A query of stopwords only is ranked by BM25 from their lists (documents and frequencies
// stay; only positions go), with the stopwords counted in the document lengths.
TEST_F(SearcherTest, StopwordOnlyQueriesAreRankedByBm25) {
  Build({{"d1", "في في دوحة"}, {"d2", "في سوريا لبنان مصر"}, {"d3", "تونس"}});
  // As Bm25MatchesHandComputedScores: N = 3, df = 2, avgdl = 8/3 (في counted).
  // d1: tf 2, dl 3: 0.6243066; d2: tf 1, dl 4: 0.3901917.
  for (const char* q : {"في", "\"في\"", "\"في في\""}) {
    SearchResults r = Run(q, StemBodyOnly());
    EXPECT_TRUE(r.warnings.empty()) << q;
    ASSERT_EQ(r.hits.size(), 2U) << q;
    EXPECT_EQ(r.hits[0].id, "d1");
    EXPECT_NEAR(r.hits[0].score, q == std::string("\"في في\"") ? 2 * 0.6243066 : 0.6243066, 1e-5) << q;
    EXPECT_EQ(r.hits[1].id, "d2");
  }
  // A document's other words score with its stopwords in its length: سوريا in d2 (dl 4).
  SearchResults r = Run("سوريا", StemBodyOnly());
  ASSERT_EQ(r.hits.size(), 1U);
  EXPECT_NEAR(r.hits[0].score, 0.8142735, 1e-5);
  // Excluding a stopword excludes its documents.
  EXPECT_EQ(Ids("-في تونس"), "d3");
}

// Phrases over many blocks of the stem lists, in long documents and far in them, in one
// segment and after two segments merge (the merger re-codes the positions): the documents
// that hold the phrase, and only those.
TEST_F(SearcherTest, PhrasesAcrossBlocksAndMergedSegments) {
  std::vector<std::string> bodies, ids;
  std::string want;
  for (int i = 0; i < 500; ++i) {
    std::string b;
    for (int j = 0; j < (i * 37) % 900; ++j) b += j % 2 == 0 ? "سوريا " : "روسيا ";
    // Every document holds both words; every third holds them as the phrase.
    b += i % 3 == 0 ? "خفض التصعيد " : i % 3 == 1 ? "التصعيد خفض " : "خفض قمة التصعيد ";
    for (int j = 0; j < i % 7; ++j) b += "وزير ";
    if (i % 5 == 0) b += "قمة التصعيد خفض";
    bodies.push_back(b);
    ids.push_back(std::to_string(i));
  }
  const auto phrase_docs = [&]() {
    Searcher s(analyzer_, RankingOptions{});
    SearchResults r = s.Search(*writer_->snapshot(), "+\"خفض التصعيد\"", SearchOptions{1000});
    std::vector<int> got;
    for (const Hit& h : r.hits) got.push_back(std::stoi(h.id));
    std::sort(got.begin(), got.end());
    return got;
  };
  std::vector<int> expected;
  for (int i = 0; i < 500; i += 3) expected.push_back(i);
  std::vector<TestDoc> docs;
  for (int i = 0; i < 500; ++i) docs.push_back({ids[i].c_str(), bodies[i].c_str()});
  Build(docs);
  EXPECT_EQ(phrase_docs(), expected);
  // Two segments, then merged into one.
  Build(std::vector<TestDoc>(docs.begin(), docs.begin() + 250));
  for (std::size_t i = 250; i < docs.size(); ++i) Add(docs[i]);
  ASSERT_TRUE(writer_->Commit().ok());
  ASSERT_EQ(writer_->snapshot()->segments.size(), 2U);
  EXPECT_EQ(phrase_docs(), expected);
  ASSERT_TRUE(writer_->ForceMerge(1).ok());
  ASSERT_TRUE(writer_->Commit().ok());
  ASSERT_EQ(writer_->snapshot()->segments.size(), 1U);
  EXPECT_EQ(phrase_docs(), expected);
}

TEST_F(SearcherTest, Prefixes) {
  Build({{"1", "الانتخابات الرئاسية"}, {"2", "انتخب البرلمان رئيسا"}, {"3", "الانتقال السياسي"}});
  EXPECT_EQ(Ids("+انتخ*"), "2");
  std::string both = Ids("+الانت*");
  EXPECT_TRUE(both == "1 3" || both == "3 1") << both;
  EXPECT_EQ(Ids("+الانتخ* -الرئاسية"), "");
  EXPECT_EQ(Ids("رئي*"), "2");  // prefixes apply to the normalized word: الرئاسية is not one
}

TEST_F(SearcherTest, Filters) {
  Build({{"1", "قمة في موسكو", "", "BBC", "2018-03-05"},
         {"2", "قمة في أنقرة", "", "CNN", "2018-04-01"},
         {"3", "قمة في طهران", "", "BBC", ""}});
  EXPECT_EQ(Ids("قمة source:bbc"), "1 3");
  EXPECT_EQ(Ids("قمة source:BBC source:CNN"), "1 2 3");
  EXPECT_EQ(Ids("قمة date:2018-03-01..2018-03-31"), "1");
  EXPECT_EQ(Ids("قمة date:2018-03-06.."), "2");
  EXPECT_EQ(Ids("قمة source:Reuters"), "");
  SearchResults r = Run("قمة entity:Q1");
  EXPECT_TRUE(r.hits.empty());  // no document carries entities yet
}

// Filters with no words list every document that passes them, newest first (undated last).
TEST_F(SearcherTest, FiltersAloneListTheirDocumentsNewestFirst) {
  Build({{"1", "قمة في موسكو", "", "BBC", "2018-03-05"},
         {"2", "قمة في أنقرة", "", "CNN", "2018-04-01"},
         {"3", "قمة في طهران", "", "BBC", ""},
         {"4", "اجتماع في جنيف", "", "BBC", "2018-05-02"}},
        /*commit_each=*/true);  // several segments
  EXPECT_EQ(Ids("source:bbc"), "4 1 3");
  EXPECT_EQ(Ids("date:2018-03-01..2018-04-30"), "2 1");
  EXPECT_EQ(Ids("source:bbc date:2018-03-01.."), "4 1");
  EXPECT_EQ(Ids("source:bbc -جنيف"), "1 3");
  EXPECT_EQ(Run("source:bbc").total, 3u);
  Searcher s(analyzer_);
  const std::vector<std::string> only = {"2", "3"};  // an entity: filter, resolved
  SearchOptions o{10};
  o.only_ids = &only;
  SearchResults r = s.Search(*writer_->snapshot(), "", o);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].id, "2");
  EXPECT_EQ(r.hits[1].id, "3");
  EXPECT_EQ(Ids(""), "");  // no words and no filters: nothing
}

TEST_F(SearcherTest, TitleCountsMoreThanBody) {
  Build({{"1", "خبر عن الاقتصاد والمصارف", "اقتصاد"}, {"2", "الاقتصاد والمصارف والأسواق", "رياضة"}});
  EXPECT_EQ(Ids("الاقتصاد"), "1 2");
}

TEST_F(SearcherTest, PruningReturnsTheExhaustiveTopK) {
  // Many documents across segments: the top 5 with pruning equal a full sort by score.
  std::vector<TestDoc> docs;
  static const char* kWords[] = {"سوريا", "روسيا", "تركيا", "إيران", "قمة", "اتفاق", "وزير", "الخارجية"};
  std::vector<std::string> bodies, ids;
  for (int i = 0; i < 600; ++i) {
    std::string b;
    for (int j = 0; j < 3 + i % 11; ++j) {
      b += kWords[(i * 7 + j * (i % 5 + 1)) % 8];
      b += ' ';
    }
    bodies.push_back(b);
    ids.push_back(std::to_string(i));
  }
  for (int i = 0; i < 600; ++i) docs.push_back({ids[i].c_str(), bodies[i].c_str()});
  Build(docs);
  RankingOptions opt;
  Searcher s(analyzer_, opt);
  const auto snap = writer_->snapshot();
  for (const char* q : {"سوريا قمة", "روسيا تركيا إيران", "اتفاق", "وزير الخارجية سوريا روسيا"}) {
    SearchResults top = s.Search(*snap, q, SearchOptions{5});
    SearchResults all = s.Search(*snap, q, SearchOptions{1000});
    ASSERT_EQ(top.hits.size(), 5U) << q;
    for (std::size_t i = 0; i < 5; ++i) {
      EXPECT_EQ(top.hits[i].id, all.hits[i].id) << q << " rank " << i;
      EXPECT_FLOAT_EQ(top.hits[i].score, all.hits[i].score) << q;
    }
  }
}

// Only the stem view of the body and the lead (field weights as given), no headline forms
// or phrases.
RankingOptions StemBodyAndLead(float body_weight, float lead_weight) {
  RankingOptions o;
  o.view_weight[0] = 0;
  o.view_weight[1] = 1;
  o.view_weight[2] = 0;
  o.field_weight[0] = body_weight;
  o.field_weight[1] = 0;
  o.field_weight[2] = lead_weight;
  o.phrase_weight = 0;
  o.variant_weight = 0;
  return o;
}

TEST_F(SearcherTest, LeadScoresFromTheBodyStemList) {
  // Segment format 6: the lead's frequencies live in the body stem list. Lead alone (no
  // body term in the query): N = 2, lead df(قمة) = 1, idf = ln(1 + 1.5 / 1.5) = ln 2;
  // d1's lead tf = 3 + 3 (both occurrences among the first 8 tokens), lead length 3,
  // avg lead length 2.5, k1 0.8, b 0.75: ln 2 * 6 * 1.8 / (6 + 0.8 * (0.25 + 0.75 * 3 / 2.5))
  // = 1.0817904.
  Build({{"d1", "قمة قمة دوحة"}, {"d2", "دوحة قطر"}});
  SearchResults r = Run("قمة", StemBodyAndLead(0, 1));
  ASSERT_EQ(r.hits.size(), 1U);
  EXPECT_EQ(r.hits[0].id, "d1");
  EXPECT_NEAR(r.hits[0].score, 1.0817904, 1e-5);
  // With the body (k1 1.2, b 0.9): idf ln 2 * 2 * 2.2 / (2 + 1.2 * (0.1 + 0.9 * 3 / 2.5)) = 0.8928125 more.
  r = Run("قمة", StemBodyAndLead(1, 1));
  ASSERT_EQ(r.hits.size(), 1U);
  EXPECT_NEAR(r.hits[0].score, 1.0817904 + 0.8928125, 1e-5);
}

// The lead's df is summed over segments from the body stem lists' headers (a segment
// without the stem in any lead adds 0), so scores match one segment's.
TEST_F(SearcherTest, LeadScoresTheSameAcrossSegments) {
  const std::vector<TestDoc> docs = {
      {"d1", "قمة الدوحة اليوم"}, {"d2", "الدوحة اليوم قمة"}, {"d3", "تونس"}, {"d4", "قمة قمة تونس"}};
  for (const RankingOptions& opt : {StemBodyAndLead(1, 1), StemBodyAndLead(0, 1)}) {
    Build(docs);
    const SearchResults one = Run("قمة تونس", opt);
    Build(docs, /*commit_each=*/true);
    ASSERT_EQ(writer_->snapshot()->segments.size(), 4U);
    const SearchResults four = Run("قمة تونس", opt);
    ASSERT_EQ(one.hits.size(), 4U);
    ASSERT_EQ(one.hits.size(), four.hits.size());
    for (std::size_t i = 0; i < one.hits.size(); ++i) {
      EXPECT_EQ(one.hits[i].id, four.hits[i].id);
      EXPECT_NEAR(one.hits[i].score, four.hits[i].score, 1e-5);
    }
  }
}

TEST_F(SearcherTest, LeadSharesMatchExhaustiveScoringWithPruning) {
  // 700 documents of 5 to 120 tokens, the query words at positions before and after the
  // lead's end (48) and its emphasis marks (24, 8), so body and lead frequencies differ
  // and the lists have several blocks. Every document's score is computed here from the
  // field statistics (body + lead BM25); the searcher's top 10 (pruned, with block bounds
  // that add the lead's share) must be the best 10 of these.
  static const char* kFill[] = {"سوريا", "روسيا", "تركيا", "إيران", "وزير"};
  static const char* kQuery[] = {"قمة", "اتفاق"};
  constexpr int kDocs = 700;
  std::vector<std::string> bodies, ids;
  // Per document and query word: body tf, lead tf (emphasis counted); per document its length.
  std::vector<std::array<std::uint32_t, 2>> body_tf(kDocs), lead_tf(kDocs);
  std::vector<std::uint32_t> len(kDocs);
  for (int i = 0; i < kDocs; ++i) {
    const int n = 5 + (i * 37) % 116;
    std::string b;
    body_tf[i] = {0, 0};
    lead_tf[i] = {0, 0};
    for (int p = 0; p < n; ++p) {
      int w = -1;
      if ((p * 13 + i * 7) % 29 == 0) w = 0;
      if ((p * 5 + i * 3) % 41 == 1) w = 1;
      if (w < 0) {
        b += kFill[(i + p) % 5];
      } else {
        b += kQuery[w];
        ++body_tf[i][w];
        if (p < 48) lead_tf[i][w] += 1 + (p < 24 ? 1 : 0) + (p < 8 ? 1 : 0);
      }
      b += ' ';
    }
    len[i] = static_cast<std::uint32_t>(n);
    bodies.push_back(b);
    ids.push_back(std::to_string(i));
  }
  std::vector<TestDoc> docs;
  for (int i = 0; i < kDocs; ++i) docs.push_back({ids[i].c_str(), bodies[i].c_str()});
  Build(docs);
  const RankingOptions opt = StemBodyAndLead(1, 1);
  double body_total = 0, lead_total = 0;
  std::uint64_t body_df[2] = {0, 0}, lead_df[2] = {0, 0};
  for (int i = 0; i < kDocs; ++i) {
    body_total += len[i];
    lead_total += std::min<std::uint32_t>(len[i], 48);
    for (int w = 0; w < 2; ++w) {
      body_df[w] += body_tf[i][w] > 0 ? 1 : 0;
      lead_df[w] += lead_tf[i][w] > 0 ? 1 : 0;
    }
  }
  const auto bm25 = [](const Bm25Params& p, double idf, double tf, double dl, double avgdl) {
    return tf == 0 ? 0.0 : idf * tf * (p.k1 + 1) / (tf + p.k1 * (1 - p.b + p.b * dl / avgdl));
  };
  Searcher s(analyzer_, opt);
  const auto snap = writer_->snapshot();
  for (const std::vector<int>& words : std::vector<std::vector<int>>{{0}, {1}, {0, 1}}) {
    std::string q;
    std::vector<std::pair<double, int>> expect;
    for (int w : words) q += std::string(kQuery[w]) + " ";
    for (int i = 0; i < kDocs; ++i) {
      double score = 0;
      for (int w : words) {
        score += bm25(opt.bm25[0], Bm25Idf(kDocs, body_df[w]), body_tf[i][w], len[i], body_total / kDocs);
        score += bm25(opt.bm25[2], Bm25Idf(kDocs, lead_df[w]), lead_tf[i][w], std::min<std::uint32_t>(len[i], 48),
                      lead_total / kDocs);
      }
      if (score > 0) expect.emplace_back(-score, i);
    }
    std::sort(expect.begin(), expect.end());
    SearchResults top = s.Search(*snap, q, SearchOptions{10});
    ASSERT_EQ(top.hits.size(), 10U) << q;
    for (std::size_t r = 0; r < 10; ++r) {
      EXPECT_NEAR(top.hits[r].score, -expect[r].first, 1e-4) << q << " rank " << r;
      // Equal expected scores may come in either order.
      const auto same = std::find_if(expect.begin(), expect.end(), [&](const auto& e) {
        return ids[e.second] == top.hits[r].id;
      });
      ASSERT_NE(same, expect.end());
      EXPECT_NEAR(same->first, expect[r].first, 1e-4) << q << " rank " << r;
    }
  }
}

TEST_F(SearcherTest, SeededThresholdKeepsTheExhaustiveTopK) {
  // MaxScore starts from a lower bound of the k-th score (partial scores from the lists
  // with the highest bounds; all of a rare query's lists), per segment. The strongest documents are
  // deleted or filtered out by source, and 41 documents tie (the same text), so a bound that
  // counted a rejected document, or did not stay below a tie, would lose hits. Scores must
  // be bit-identical: a document's shares add up the same whichever lists pruning walks
  // first.
  static const char* kWords[] = {"سوريا", "روسيا", "تركيا", "إيران", "قمة", "اتفاق", "وزير", "الخارجية",
                                 "الأمم", "المتحدة"};
  std::vector<std::string> bodies, ids;
  for (int i = 0; i < 1500; ++i) {
    std::string b;
    if (i % 37 == 5) {
      b = "قمة أستانا سوريا لافرنتييف اتفاق";  // ties
    } else if (i % 500 == 7) {
      b = "أستانا أستانا أستانا لافرنتييف لافرنتييف";  // the strongest: deleted
    } else if (i % 500 == 257) {
      b = "أستانا أستانا لافرنتييف قمة";  // the next: source A
    } else {
      for (int j = 0; j < 4 + i % 13; ++j) {
        b += kWords[(i * 7 + j * (i % 5 + 1) + (j * j) % 3) % 10];
        b += ' ';
      }
    }
    bodies.push_back(b);
    ids.push_back(std::to_string(i));
  }
  std::vector<TestDoc> docs;
  for (int i = 0; i < 1500; ++i) docs.push_back({ids[i].c_str(), bodies[i].c_str(), "", i % 500 == 257 ? "A" : "B"});
  // Three segments: each seeds its own bound, below the k-th score over all of them.
  Build(std::vector<TestDoc>(docs.begin(), docs.begin() + 500));
  for (int i = 500; i < 1500; ++i) {
    Add(docs[i]);
    if (i == 999) {
      ASSERT_TRUE(writer_->Commit().ok());
    }
  }
  for (int i = 7; i < 1500; i += 500) ASSERT_TRUE(writer_->Delete(ids[i]).value());
  ASSERT_TRUE(writer_->Commit().ok());
  ASSERT_EQ(writer_->snapshot()->segments.size(), 3U);
  Searcher s(analyzer_, RankingOptions{});
  const auto snap = writer_->snapshot();
  for (const char* q : {"أستانا لافرنتييف", "أستانا لافرنتييف source:B", "قمة أستانا سوريا روسيا",
                        "وزير الخارجية الأمم المتحدة", "اتفاق"}) {
    const SearchResults all = s.Search(*snap, q, SearchOptions{5000});  // nothing pruned
    for (std::size_t k : {1U, 3U, 5U, 20U, 60U}) {
      const SearchResults top = s.Search(*snap, q, SearchOptions{k});
      ASSERT_EQ(top.hits.size(), std::min(k, all.hits.size())) << q << " k " << k;
      for (std::size_t i = 0; i < top.hits.size(); ++i) {
        EXPECT_EQ(top.hits[i].id, all.hits[i].id) << q << " k " << k << " rank " << i;
        EXPECT_EQ(top.hits[i].score, all.hits[i].score) << q << " k " << k << " rank " << i;
      }
    }
  }
}

TEST_F(SearcherTest, BadQueriesGetWarningsNotErrors) {
  Build({{"1", "سوريا"}});
  SearchResults r = Run("date:غدا \"سوريا");
  EXPECT_EQ(r.warnings.size(), 2U);
  ASSERT_EQ(r.hits.size(), 1U);
  EXPECT_TRUE(Run("").hits.empty());
  EXPECT_TRUE(Run("،،، !!!").hits.empty());
}

}  // namespace
}  // namespace marsad::index
