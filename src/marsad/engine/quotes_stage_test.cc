// Tests of the quotes stage through engine::Ingest on a temporary store: quotes stored with
// their document at offsets into the stored text, carried speakers, the entity id an earlier
// ordered stage assigned to the speaker's mention, and documents without quotes.
#include "marsad/engine/quotes_stage.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "marsad/engine/ingest_job.h"
#include "marsad/engine/record_codecs.h"

namespace marsad::engine {
namespace {

namespace fs = std::filesystem;

// Stands in for the entities stage (not in this build): on the writer thread, before quotes,
// marks the first occurrence of `name` as a person mention with entity `id`.
class FakeEntitiesStage : public Stage {
 public:
  FakeEntitiesStage(std::string name, std::uint64_t id) : name_(std::move(name)), id_(id) {}
  std::string_view name() const override { return "entities"; }
  bool ordered() const override { return true; }
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext&) override {
    const std::size_t at = doc->document.text.find(name_);
    if (at == std::string::npos) return Status::Ok();
    doc::Mention m;
    m.span = ByteSpan{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + name_.size())};
    m.entity = EntityId(id_);
    doc->mentions.push_back(m);
    return Status::Ok();
  }

 private:
  std::string name_;
  std::uint64_t id_;
};

class QuotesStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("marsad_quotes_stage_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  // Ingests `jsonl` with the given stages; returns the store, open.
  std::unique_ptr<store::Store> Ingest(const std::string& jsonl, std::vector<std::unique_ptr<Stage>> stages) {
    const std::string in = (root_ / "in.jsonl").string();
    std::ofstream(in, std::ios::binary) << jsonl;
    auto st = store::OpenStore((root_ / "store").string());
    EXPECT_TRUE(st.ok()) << st.status().ToString();
    if (!st.ok()) return nullptr;
    Pipeline pipeline(analyzer_, std::move(stages));
    auto summary = engine::Ingest(**st, pipeline, {in}, IngestOptions());
    EXPECT_TRUE(summary.ok()) << summary.status().ToString();
    return std::move(st).value();
  }

  fs::path root_;
  text::Analyzer analyzer_;
};

std::string Line(const std::string& id, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"title\":\"عنوان\",\"text\":\"" + text + "\"}\n";
}

struct Want {
  const char* kind;
  const char* text;
  const char* speaker;
};

void ExpectQuotes(store::Store& s, const std::string& id, const std::vector<Want>& want) {
  auto row = s.GetDocument(id, store::ReadOptions());
  ASSERT_TRUE(row.ok()) << row.status().ToString();
  auto quotes = s.Get<QuotesCodec>(id);
  ASSERT_TRUE(quotes.ok()) << id << ": " << quotes.status().ToString();
  ASSERT_EQ(quotes->size(), want.size()) << id;
  for (std::size_t i = 0; i < want.size(); ++i) {
    const doc::Quote& q = (*quotes)[i];
    EXPECT_EQ(q.kind == doc::QuoteKind::kDirect ? "direct" : "indirect", std::string(want[i].kind)) << id << " " << i;
    ASSERT_LE(q.span.end, row->text.size());
    EXPECT_EQ(q.span.In(row->text), want[i].text) << id << " " << i;
    ASSERT_TRUE(q.speaker.mention.has_value()) << id << " " << i;
    EXPECT_EQ(q.speaker.mention->In(row->text), want[i].speaker) << id << " " << i;
  }
}

TEST_F(QuotesStageTest, StoresQuotesWithTheDocument) {
  auto stages = StageRegistry::Default().Create({"quotes"});
  ASSERT_TRUE(stages.ok()) << stages.status().ToString();
  auto s = Ingest(Line("q1", "قال المبعوث الروسي إن الجولة المقبلة ستعقد في أستانا.\\n"
                             "وأضاف: «نحن مستعدون لكل الخيارات المطروحة».") +
                      Line("q2", "خبر عن الطقس في دمشق اليوم.") +
                      Line("q3", "أكدت وزارة الخارجية أن الاجتماع سيعقد الأسبوع المقبل."),
                  std::move(stages).value());
  ASSERT_NE(s, nullptr);
  ExpectQuotes(*s, "q1", {{"indirect", "الجولة المقبلة ستعقد في أستانا", "المبعوث الروسي"},
                          {"direct", "نحن مستعدون لكل الخيارات المطروحة", "المبعوث الروسي"}});
  ExpectQuotes(*s, "q2", {});
  ExpectQuotes(*s, "q3", {{"indirect", "الاجتماع سيعقد الأسبوع المقبل", "وزارة الخارجية"}});
}

TEST_F(QuotesStageTest, SpeakerTakesTheEntityOfItsMention) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<FakeEntitiesStage>("لافرينتيف", 42));
  auto quotes = NewQuotesStage();
  ASSERT_TRUE(quotes.ok()) << quotes.status().ToString();
  stages.push_back(std::move(quotes).value());
  auto s = Ingest(Line("e1", "قال ألكسندر لافرينتيف إن المحادثات كانت مثمرة.\\nوتابع أن الوفد سيعود قريبا."),
                  std::move(stages));
  ASSERT_NE(s, nullptr);
  auto q = s->Get<QuotesCodec>("e1");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  ASSERT_EQ(q->size(), 2u);
  for (const doc::Quote& quote : *q) {
    ASSERT_TRUE(quote.speaker.entity.has_value());
    EXPECT_EQ(quote.speaker.entity->value(), 42u);
  }
}

TEST_F(QuotesStageTest, ForEachStoredQuoteFilters) {
  auto stages = StageRegistry::Default().Create({"quotes"});
  ASSERT_TRUE(stages.ok()) << stages.status().ToString();
  auto s = Ingest(Line("b", "أكدت وزارة الخارجية أن الاجتماع سيعقد الأسبوع المقبل.") +
                      Line("a", "قال المبعوث الروسي إن الجولة المقبلة ستعقد في أستانا.\\nوأضاف أن الوضع أفضل.") +
                      Line("c", "خبر عن الطقس في دمشق اليوم."),
                  std::move(stages).value());
  ASSERT_NE(s, nullptr);
  struct Case {
    const char* doc;
    const char* speaker;
    const char* want;  // doc:text of each quote, joined by |
  };
  const Case cases[] = {
      {"", "", "a:الجولة المقبلة ستعقد في أستانا|a:الوضع أفضل|b:الاجتماع سيعقد الأسبوع المقبل"},
      {"", "المبعوث", "a:الجولة المقبلة ستعقد في أستانا|a:الوضع أفضل"},
      {"", "الخارجية", "b:الاجتماع سيعقد الأسبوع المقبل"},
      {"b", "", "b:الاجتماع سيعقد الأسبوع المقبل"},
      {"b", "المبعوث", ""},
      {"c", "", ""},
      {"", "لافروف", ""},
  };
  for (const Case& c : cases) {
    const quotes::QuoteFilter filter(analyzer_, c.doc, c.speaker, {});
    std::string got;
    Status st = ForEachStoredQuote(*s, filter, c.doc, [&](const store::DocumentRow& row, const doc::Quote& q) {
      got += (got.empty() ? "" : "|") + row.id + ":" + std::string(q.span.In(row.text));
    });
    ASSERT_TRUE(st.ok()) << st.ToString();
    EXPECT_EQ(got, c.want) << c.doc << " / " << c.speaker;
  }
  const quotes::QuoteFilter any(analyzer_, "", "", {});
  Status missing = ForEachStoredQuote(*s, any, "zz", [](const store::DocumentRow&, const doc::Quote&) {});
  EXPECT_TRUE(missing.IsNotFound()) << missing.ToString();
}

TEST_F(QuotesStageTest, WithoutTheStageNoRecord) {
  auto s = Ingest(Line("n1", "قال الوزير إن الاجتماع انتهى."), {});
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->Get<QuotesCodec>("n1").status().IsNotFound());
}

}  // namespace
}  // namespace marsad::engine
