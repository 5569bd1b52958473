#include "marsad/ner/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "marsad/text/analyzer.h"

namespace marsad::ner {
namespace {

class FeaturesTest : public ::testing::Test {
 protected:
  FeaturesTest() : clusters_({8, 2}) {
    clusters_.Set("بوتين", WordClass{{5, 1, 0, 0}, 0});
    clusters_.Set("قال", WordClass{{2, 0, 0, 0}, 0});
    clusters_.Set("<num>", WordClass{{7, 0, 0, 0}, 0});
    lexicon_.Add("بوتين", LexClass::kPer, analyzer_.normalizer());
    lexicon_.Add("موسكو", LexClass::kLoc, analyzer_.normalizer());
    lexicon_.Add("الرئيس", LexClass::kTitle, analyzer_.normalizer());
    lexicon_.Add("رئيس الوفد", LexClass::kTitle, analyzer_.normalizer());
  }

  // Feature names of every token of `sentence`.
  std::vector<std::vector<std::string>> Names(const std::string& sentence,
                                              FeatureOptions options = FeatureOptions()) {
    text_ = sentence;
    analyzer_.Analyze(text_, &analysis_);
    const FeatureExtractor extractor(clusters_, lexicon_, options);
    std::vector<std::vector<std::uint64_t>> hashes;
    std::vector<std::vector<std::string>> names;
    extractor.Extract(ViewTokens(text_, analysis_, 0, analysis_.tokens.size()), &hashes, &names);
    // Names and hashes are parallel, and naming changes nothing.
    std::vector<std::vector<std::uint64_t>> plain;
    extractor.Extract(ViewTokens(text_, analysis_, 0, analysis_.tokens.size()), &plain);
    EXPECT_EQ(plain, hashes);
    for (std::size_t i = 0; i < names.size(); ++i) EXPECT_EQ(names[i].size(), hashes[i].size());
    return names;
  }

  static bool Has(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  }

  text::Analyzer analyzer_;
  WordClusters clusters_;
  Lexicon lexicon_;
  std::string text_;
  text::TextAnalysis analysis_;
};

TEST_F(FeaturesTest, OwnFeatures) {
  struct Case {
    const char* sentence;
    std::size_t token;
    std::vector<std::string> present;
    std::vector<std::string> absent;
  };
  const Case kCases[] = {
      {"بوتين",
       0,
       {"bias", "kind=arabic", "w=بوتين", "stem=بوت", "pre1=ب", "pre2=بو", "pre3=بوت",
        "suf1=ن", "suf2=ين", "suf3=تين", "suf4=وتين", "tri=^بو", "tri=بوت", "tri=وتي",
        "tri=تين", "tri=ين$", "shape=a", "len=5", "cvia=0", "c0=5", "c1=1", "lex=PER"},
       {"form=بوتين", "lex=LOC", "hamza-al"}},
      // The conjunction is stripped for the bare form, the lexicon and the clusters.
      {"وبوتين",
       0,
       {"w=وبوتين", "form=بوتين", "fpre2=بو", "fpre3=بوت", "cvia=1", "c0=5", "lex=PER",
        "tri=^بو"},
       {"tri=^وب"}},
      // Normalized forms: hamza seats and teh marbuta.
      {"الرئيسة", 0, {"w=الرءيسه", "suf1=ه", "shape=a"}, {"lex=TITLE"}},
      {"ألكسندر", 0, {"w=الكسندر", "hamza-al"}, {}},
      {"2017", 0, {"w=2017", "kind=number", "shape=d", "cvia=0", "c0=7"}, {"tri=^20"}},
      {"CNN", 0, {"w=cnn", "kind=word", "shape=X", "cvia=9"}, {"c0=7"}},
      {"McCain", 0, {"w=mccain", "shape=XxXx"}, {}},
  };
  for (const Case& c : kCases) {
    const auto names = Names(c.sentence);
    ASSERT_GT(names.size(), c.token) << c.sentence;
    for (const std::string& n : c.present) EXPECT_TRUE(Has(names[c.token], n)) << c.sentence << ": " << n;
    for (const std::string& n : c.absent) EXPECT_FALSE(Has(names[c.token], n)) << c.sentence << ": " << n;
  }
}

TEST_F(FeaturesTest, ContextFeatures) {
  // "قال الرئيس بوتين في موسكو": the features of بوتين (token 2).
  const auto names = Names("قال الرئيس بوتين في موسكو");
  ASSERT_EQ(names.size(), 5u);
  const std::vector<std::string> want = {
      "w[-2]=قال", "c0[-2]=2", "w[-1]=الرءيس", "lex[-1]=TITLE", "form[-1]=الرءيس",
      "w[+1]=في",  "c[+1]=none", "form[+1]=في", "w[+2]=موسكو", "lex[+2]=LOC",
      "kind[-1]=arabic", "bigram[-1,0]", "bigram[0,+1]"};
  for (const std::string& n : want) EXPECT_TRUE(Has(names[2], n)) << n;
  // The near-only attributes are not seen two tokens away.
  EXPECT_FALSE(Has(names[2], "form[-2]=قال"));
  // The first token sees the sentence start twice, the last the end twice.
  EXPECT_TRUE(Has(names[0], "w[-1]=<s>"));
  EXPECT_TRUE(Has(names[0], "w[-2]=<s>"));
  EXPECT_TRUE(Has(names[4], "w[+1]=</s>"));
  EXPECT_TRUE(Has(names[4], "w[+2]=</s>"));
}

TEST_F(FeaturesTest, PhraseFeatures) {
  const auto names = Names("وقال رئيس الوفد لافرينتيف");
  ASSERT_EQ(names.size(), 4u);
  EXPECT_TRUE(Has(names[0], "phrase-next=TITLE"));
  EXPECT_TRUE(Has(names[1], "phrase=TITLE:B"));
  EXPECT_TRUE(Has(names[2], "phrase=TITLE:L"));
  EXPECT_TRUE(Has(names[3], "phrase-prev=TITLE"));
  EXPECT_TRUE(Has(names[1], "lexpart=TITLE"));
  EXPECT_FALSE(Has(names[3], "phrase=TITLE:L"));
}

TEST_F(FeaturesTest, OptionsTurnTemplatesOff) {
  FeatureOptions none;
  none.flags = 0;
  const auto names = Names("قال رئيس الوفد بوتين", none);
  for (const auto& token : names) {
    for (const std::string& n : token) {
      EXPECT_NE(n.substr(0, 4), "tri=") << n;
      EXPECT_NE(n.substr(0, 6), "bigram") << n;
      EXPECT_NE(n.substr(0, 6), "phrase") << n;
      EXPECT_NE(n.substr(0, 5), "stem=") << n;
      EXPECT_EQ(n.find("form["), std::string::npos) << n;
    }
  }
  FeatureOptions clusters;
  clusters.flags = kFeatClusterBigrams;
  EXPECT_TRUE(Has(Names("قال بوتين", clusters)[1], "cbigram[-1,0]"));
}

TEST_F(FeaturesTest, QuoteFeatures) {
  struct Case {
    const char* sentence;
    // Per token: its quote features, as "quote=KIND:POS len" ("" outside a span).
    std::vector<std::string> want;
  };
  const Case kCases[] = {
      {"برنامج « الناس وأنا » اليوم", {"", "", "quote=«:B quote-len=«:2", "quote=«:L quote-len=«:2", "", ""}},
      // « and » either way round; '' X '' as in ANERcorp; brackets only close with ).
      {"» حكايات «", {"", "quote=«:U quote-len=«:1", ""}},
      {"' ' يونيفل ' '", {"", "", "quote=':U quote-len=':1", "", ""}},
      {"( ديربي ) )", {"", "quote=(:U quote-len=(:1", "", ""}},
      {") ديربي (", {"", "", ""}},
      {"محيط - الراي - قرر", {"", "", "quote=-:U quote-len=-:1", "", ""}},
      // Not closed, or too long to be a name.
      {"قال « الناس", {"", "", ""}},
      {"- ا ب ج د ه -", {"", "", "", "", "", "", ""}},
  };
  FeatureOptions options;
  options.flags |= kFeatQuotes;
  for (const Case& c : kCases) {
    const auto names = Names(c.sentence, options);
    ASSERT_EQ(names.size(), c.want.size()) << c.sentence;
    for (std::size_t i = 0; i < names.size(); ++i) {
      std::string got;
      bool after = false;
      for (const std::string& n : names[i]) {
        if (n == "quote-after") {
          after = true;
        } else if (n.compare(0, 5, "quote") == 0) {
          got += (got.empty() ? "" : " ") + n;
        }
      }
      EXPECT_EQ(got, c.want[i]) << c.sentence << " token " << i;
      EXPECT_EQ(after, !got.empty()) << c.sentence << " token " << i;
    }
  }
  // Off unless asked for.
  for (const auto& token : Names("برنامج « الناس » اليوم")) {
    for (const std::string& n : token) EXPECT_NE(n.compare(0, 5, "quote"), 0) << n;
  }
}

TEST_F(FeaturesTest, CliticName) {
  FeatureOptions options;
  options.flags |= kFeatCliticName;
  // لبوتين: ل + a listed name, which neither NameForms nor the clusters see without the
  // switch; its clitic-free form's classes reach the neighbours too.
  const auto names = Names("قال لبوتين امس", options);
  for (const char* want : {"clitic", "clex=PER", "cc0=5", "cc1=1"}) {
    EXPECT_TRUE(Has(names[1], want)) << want;
  }
  EXPECT_FALSE(Has(names[1], "lex=PER"));
  EXPECT_TRUE(Has(names[0], "clex[+1]=PER"));
  EXPECT_TRUE(Has(names[2], "clex[-1]=PER"));
  // With a conjunction before the preposition; not before the article (NameForms' case).
  EXPECT_TRUE(Has(Names("وببوتين", options)[0], "clex=PER"));
  EXPECT_FALSE(Has(Names("بالرئيس", options)[0], "clitic"));
  // Off unless asked for.
  const auto plain = Names("قال لبوتين امس");  // kept: a range-for over Names(...)[1] would dangle
  for (const std::string& n : plain[1]) EXPECT_NE(n.compare(0, 2, "cc"), 0) << n;
  EXPECT_FALSE(Has(plain[1], "clitic"));
}

TEST_F(FeaturesTest, SportsKeys) {
  lexicon_.AddTopicWord("المباراة", analyzer_.normalizer());
  FeatureOptions options;
  options.flags |= kFeatSports;
  const FeatureExtractor extractor(clusters_, lexicon_, options);
  text_ = "وفي المباراة قال بوتين";
  analyzer_.Analyze(text_, &analysis_);
  std::vector<std::vector<std::uint64_t>> features;
  std::vector<SentenceKeys> keys;
  extractor.Extract(ViewTokens(text_, analysis_, 0, 4), &features, nullptr, &keys);
  EXPECT_EQ(keys[1].topic, 1);
  EXPECT_EQ(keys[0].topic + keys[2].topic + keys[3].topic, 0);
  EXPECT_EQ(keys[3].lex_whole, LexBit(LexClass::kPer));
  EXPECT_EQ(keys[3].clusters[0], 5);  // levels {8, 2}: both are the coarsest two
  EXPECT_EQ(keys[3].clusters[1], 1);
  EXPECT_EQ(keys[0].clusters[0], 0xFFFF);
  // Without the switch no word is a topic word.
  const FeatureExtractor plain(clusters_, lexicon_, FeatureOptions());
  plain.Extract(ViewTokens(text_, analysis_, 0, 4), &features, nullptr, &keys);
  EXPECT_EQ(keys[1].topic, 0);
}

TEST_F(FeaturesTest, SameTypeSameFeatures) {
  // A token's type features do not depend on where it occurs.
  const FeatureExtractor extractor(clusters_, lexicon_, FeatureOptions());
  text_ = "بوتين قال بوتين";
  analyzer_.Analyze(text_, &analysis_);
  const std::vector<TokenView> views = ViewTokens(text_, analysis_, 0, 3);
  TypeFeatures a, b;
  extractor.Describe(views[0], &a);
  extractor.Describe(views[2], &b);
  EXPECT_EQ(a.own, b.own);
  EXPECT_EQ(a.context, b.context);
  EXPECT_EQ(a.keys.word, b.keys.word);
  EXPECT_EQ(std::set<std::uint64_t>(a.own.begin(), a.own.end()).size(), a.own.size());
}

}  // namespace
}  // namespace marsad::ner

namespace marsad::ner {
namespace {

TEST(DocFeaturesTest, OtherOccurrences) {
  // A document where word 1 was tagged PER twice and O once, word 2 LOC once.
  DocMemory memory;
  memory.Add(1, 1);  // PER (slot 1 + kPerson)
  memory.Add(1, 1);
  memory.Add(1, 0);  // O
  memory.Add(2, 2);  // LOC
  // The sentence: word 2 (the LOC occurrence itself), word 1 (its O occurrence), word 3.
  SentenceKeys keys[3];
  keys[0].doc_key = 2;
  keys[1].doc_key = 1;
  keys[2].doc_key = 3;
  const std::uint8_t slots[3] = {2, 0, 0};
  std::vector<std::vector<std::string>> names(3);
  ForEachDocFeature(memory, keys, slots, 3, [&](std::size_t i, std::uint64_t, SentenceFeatureName n) {
    names[i].push_back(SentenceFeatureString(n));
  });
  // Word 2's only occurrence is itself: nothing. Word 1: two other occurrences, both PER.
  EXPECT_TRUE(names[0].size() == 1 && names[0][0] == "doc[+1]=PER") << names[0].size();
  EXPECT_EQ(names[1], (std::vector<std::string>{"docmaj=PER", "doc=PER"}));
  EXPECT_EQ(names[2], (std::vector<std::string>{"doc[-1]=PER"}));
  EXPECT_EQ(memory.Get(1)[1], 2);
  EXPECT_EQ(memory.Get(9)[0], 0);
  // A token whose clitic-free form (clitic_key) was tagged elsewhere: لكوفي after كوفي.
  SentenceKeys clitic[1];
  clitic[0].doc_key = 7;
  clitic[0].clitic_key = 1;
  const std::uint8_t clitic_slot[1] = {0};
  std::vector<std::string> got;
  ForEachDocFeature(memory, clitic, clitic_slot, 1, [&](std::size_t, std::uint64_t, SentenceFeatureName n) {
    got.push_back(SentenceFeatureString(n));
  });
  EXPECT_EQ(got, (std::vector<std::string>{"docclitic=PER"}));
  memory.Clear();
  EXPECT_EQ(memory.Get(1)[1], 0);
}

TEST(TopicFeaturesTest, Levels) {
  EXPECT_EQ(TopicLevel(0), 0);
  EXPECT_EQ(TopicLevel(1), 0);
  EXPECT_EQ(TopicLevel(2), 1);
  EXPECT_EQ(TopicLevel(4), 2);
  // Two tokens: the first a LOC-listed word stage 1 tagged LOC (slot 2), the second O.
  SentenceKeys keys[2];
  keys[0].lex_whole = LexBit(LexClass::kLoc);
  keys[0].clusters[0] = 3;
  keys[0].clusters[1] = 1;
  const std::uint8_t slots[2] = {2, 0};
  std::vector<std::vector<std::string>> names(2);
  std::vector<std::uint64_t> hashes;
  const auto collect = [&](int level) {
    names.assign(2, {});
    hashes.clear();
    ForEachTopicFeature(level, keys, slots, 2, [&](std::size_t i, std::uint64_t f, SentenceFeatureName n) {
      names[i].push_back(SentenceFeatureString(n));
      hashes.push_back(f);
    });
  };
  collect(0);
  EXPECT_TRUE(hashes.empty());
  collect(2);
  // level 2: the level (what 0), the slot (what 1), lexicon class 1 = LOC (what 2), two
  // clusters (what 3, 4); the second token: the level, its slot, the slot pair 2 → 0 (what 5).
  EXPECT_EQ(names[0], (std::vector<std::string>{"topic=2000", "topic=2102", "topic=2201",
                                                "topic=2399", "topic=2499"}));
  EXPECT_EQ(names[1], (std::vector<std::string>{"topic=2000", "topic=2100", "topic=2516"}));
  const std::vector<std::uint64_t> strong = hashes;
  collect(1);
  ASSERT_EQ(hashes.size(), strong.size());
  // The level is in every feature.
  for (std::size_t k = 0; k < hashes.size(); ++k) EXPECT_NE(hashes[k], strong[k]);
}

}  // namespace
}  // namespace marsad::ner
