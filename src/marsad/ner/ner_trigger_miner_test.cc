// Tests of TriggerMiner on hand-built texts: what follows a trigger, and the thresholds.
#include "marsad/ner/trigger_miner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/text/analyzer.h"

namespace marsad::ner {
namespace {

std::string Join(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

TEST(TriggerMinerTest, KeepsWordsMostlySeenAfterTriggers) {
  const text::Analyzer analyzer;
  TriggerMiner miner("# comment\nنادي\nحزب\nمجلس\n", analyzer.normalizer());
  EXPECT_EQ(miner.triggers(), 3u);
  const char* kTexts[] = {
      "فاز نادي الترسانة على ضيفه .",     // الترسانه after a trigger: 2 of 3 times
      "ونادي الترسانة له جمهور كبير .",    // the trigger with a conjunction
      "قال حزب الليكود إن الترسانة فازت",  // الليكود after a trigger: 1 of 2 times
      "صوت الليكود ضد القرار في مجلس الأمن",
      "عقد مجلس الأمن جلسة حول الأمن والأمن الغذائي",  // الامن: 2 of 4 (والامن is الامن)
      "، نادي . حزب وحزب",  // punctuation, and a trigger after a trigger: no hit
  };
  text::TextAnalysis analysis;
  for (const char* t : kTexts) {
    analyzer.Analyze(t, &analysis);
    miner.Add(analysis);
  }
  EXPECT_EQ(miner.trigger_hits(), 5u);
  struct Case {
    std::uint32_t min_count, min_percent;
    const char* expected;
  };
  const Case kCases[] = {
      {1, 0, "الامن الترسانه الليكود"},
      {1, 60, "الترسانه"},          // الامن and الليكود: 50%
      {2, 50, "الامن الترسانه"},    // الليكود: once
      {2, 70, ""},                  // الترسانه: 67%
      {3, 0, ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Join(miner.Mine(c.min_count, c.min_percent)), c.expected)
        << c.min_count << " " << c.min_percent;
  }
}

TEST(TriggerMinerTest, MinesNamesWithTheirTrigger) {
  const text::Analyzer analyzer;
  TriggerMiner miner("نادي\nحزب\n", analyzer.normalizer());
  const char* kTexts[] = {
      "فاز نادي ستيوا بوخارست على ضيفه",
      "خسر نادي ستيوا بوخارست أمس",
      "ونادي ستيوا له جمهور",             // ستيوا بوخارست: 2 of 3 after نادي ستيوا
      "قال حزب الليكود إن حزب الليكود",  // الليكود after حزب twice; then a trigger
      "لاعب نادي ستيوا",                   // the pair at the end of the text
  };
  text::TextAnalysis analysis;
  for (const char* t : kTexts) {
    analyzer.Analyze(t, &analysis);
    miner.Add(analysis);
  }
  // بوخارست follows نادي ستيوا in 2 of its 4 occurrences: a second word of the name at 50%,
  // not above.
  EXPECT_EQ(Join(miner.MinePhrases(2, 50, 50)),
            "حزب الليكود ستيوا بوخارست نادي ستيوا نادي ستيوا بوخارست");
  EXPECT_EQ(Join(miner.MinePhrases(2, 50, 51)), "حزب الليكود نادي ستيوا");
  // min_count 3: الليكود followed حزب only twice, the triple was seen twice.
  EXPECT_EQ(Join(miner.MinePhrases(3, 50, 50)), "نادي ستيوا");
}

}  // namespace
}  // namespace marsad::ner
