// Tests of SegmentBuilder: the segment it writes does not depend on how the documents were
// analysed (with or without an AnalysisCache, by one cache or several), and a builder
// reused after Finish writes the same segment again.
#include "marsad/index/segment_writer.h"

#include <gtest/gtest.h>

#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "marsad/text/analyzer.h"

namespace marsad::index {
namespace {

const text::Analyzer& SharedAnalyzer() {
  static const text::Analyzer* a = new text::Analyzer();
  return *a;
}

struct TestDoc {
  const char* id;
  const char* title;  // "" for none
  const char* body;
};

// Repeated words, words sharing a stem or a spelling key, hashtags and numbers, a body
// longer than the lead, and a document without a title.
const TestDoc kDocs[] = {
    {"d1", "لافروف في أستانا", "قال وزير الخارجية الروسي سيرغي لافروف في أستانا إن المحادثات مستمرة والمحادثات صعبة"},
    {"d2", "", "أستانة تستضيف جولة جديدة من المحادثات #سوريا 2026 والوزير لافرينتيف يصل اليوم"},
    {"d3", "المحادثات", "المحادثات المحادثات محادثات محادثة يتحادثون تحادث الوزراء الوزير وزير وزارة"},
    {"d4", "Astana talks", "Talks in Astana: the talks resume; 12 delegations, 3 days. @envoy said talks matter"},
    {"d5", "لافرينتيف", "لافرنتييف لافرينتيف لافرنتيف ألكسندر لافرنتييف يلتقي الوفود في العاصمة الكازاخية أستانا "
                       "ثم يعود إلى موسكو بعد جولة من المشاورات مع الوفود والمعارضة والحكومة السورية "
                       "وتقول المصادر إن الجولة المقبلة ستعقد في أستانة أيضا في الشهر المقبل بعد المشاورات"},
};

// How a test analyses each document's title and body.
enum class Mode {
  kNoCache,      // each analysis owns its strings
  kOneCache,     // one cache for everything
  kTwoCaches,    // titles and bodies from different caches (as the ingest index stage)
  kFreshCaches,  // a new cache per document
};

std::string Build(Mode mode) {
  SegmentBuilder b;
  text::AnalysisCache one, two;
  std::vector<std::unique_ptr<text::AnalysisCache>> fresh;
  // Four rounds, so words recur across documents and rounds.
  constexpr std::size_t kN = std::size(kDocs);
  for (std::size_t i = 0; i < 4 * kN; ++i) {
    const TestDoc& t = kDocs[i % kN];
    text::AnalysisCache* title_cache = nullptr;
    text::AnalysisCache* body_cache = nullptr;
    switch (mode) {
      case Mode::kNoCache:
        break;
      case Mode::kOneCache:
        title_cache = body_cache = &one;
        break;
      case Mode::kTwoCaches:
        title_cache = &one;
        body_cache = &two;
        break;
      case Mode::kFreshCaches:
        fresh.push_back(std::make_unique<text::AnalysisCache>());
        title_cache = body_cache = fresh.back().get();
        break;
    }
    text::TextAnalysis title, body;
    SharedAnalyzer().Analyze(t.title, &title, title_cache);
    SharedAnalyzer().Analyze(t.body, &body, body_cache);
    IndexDoc d;
    d.id = t.id;
    d.id.push_back('#');
    d.id.append(std::to_string(i / kN));
    d.title = std::string_view(t.title).empty() ? nullptr : &title;
    d.body = &body;
    b.Add(d);
  }
  return b.Finish();
}

TEST(SegmentBuilderTest, SegmentDoesNotDependOnHowTextWasAnalysed) {
  const std::string expected = Build(Mode::kNoCache);
  ASSERT_FALSE(expected.empty());
  const struct {
    Mode mode;
    const char* name;
  } kCases[] = {{Mode::kOneCache, "one cache"},
                {Mode::kTwoCaches, "two caches"},
                {Mode::kFreshCaches, "a cache per document"}};
  for (const auto& c : kCases) {
    EXPECT_EQ(Build(c.mode), expected) << c.name;
  }
}

TEST(SegmentBuilderTest, ReusedAfterFinishWritesTheSameSegment) {
  SegmentBuilder b;
  text::AnalysisCache cache;
  std::string first;
  for (int round = 0; round < 2; ++round) {
    for (const TestDoc& t : kDocs) {
      text::TextAnalysis body;
      SharedAnalyzer().Analyze(t.body, &body, &cache);
      IndexDoc d;
      d.id = t.id;
      d.body = &body;
      b.Add(d);
    }
    const std::string seg = b.Finish();
    EXPECT_EQ(b.num_docs(), 0U);
    if (round == 0) {
      first = seg;
    } else {
      EXPECT_EQ(seg, first);
    }
  }
}

}  // namespace
}  // namespace marsad::index
