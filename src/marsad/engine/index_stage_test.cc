// Tests of the index stage and SearchService through engine::Ingest on a temporary store:
// names found in any spelling, replacements, catching up with documents stored without
// the stage or changed behind it (the state a crash between the store's commit and the
// index's leaves), snippets whose highlights are the matched words, entity: filters.
#include "marsad/engine/index_stage.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "marsad/engine/ingest_job.h"
#include "marsad/engine/search_service.h"

namespace marsad::engine {
namespace {

namespace fs = std::filesystem;

class IndexStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("marsad_index_stage_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string StoreDir() const { return (root_ / "store").string(); }

  // Ingests JSONL `lines` (one {"id","title","text"} per pair), with the index stage or not.
  void Ingest(const std::vector<std::pair<std::string, std::string>>& docs, bool with_index,
              std::size_t* recovered = nullptr) {
    const std::string path = (root_ / ("in" + std::to_string(++files_) + ".jsonl")).string();
    {
      std::ofstream out(path, std::ios::binary);
      for (const auto& [id, text] : docs) {
        out << "{\"id\":\"" << id << "\",\"title\":\"عنوان " << id << "\",\"source\":\"وكالة\",\"date\":\"2018-03-0"
            << (id.size() % 9 + 1) << "\",\"text\":\"" << text << "\"}\n";
      }
    }
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<std::unique_ptr<Stage>> stages;
    IndexStage* stage = nullptr;
    if (with_index) {
      auto s = std::make_unique<IndexStage>();
      stage = s.get();
      stages.push_back(std::move(s));
    }
    Pipeline pipeline(analyzer_, std::move(stages));
    IngestOptions options;
    options.workers = 2;
    auto summary = engine::Ingest(**store, pipeline, {path}, options);
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    if (recovered != nullptr) *recovered = stage->recovered();
  }

  // The ids of the top hits for `query`, space-separated.
  std::string Ids(const std::string& query, const EntityResolver& resolver = nullptr) {
    auto store = store::OpenStore(StoreDir());
    EXPECT_TRUE(store.ok());
    auto service = SearchService::Open(store->get());
    EXPECT_TRUE(service.ok()) << service.status().ToString();
    if (resolver) (*service)->SetEntityResolver(resolver);
    auto r = (*service)->Search({query, 10, true});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::string out;
    for (const SearchHitView& h : r->hits) {
      if (!out.empty()) out += ' ';
      out += h.id;
    }
    return out;
  }

  fs::path root_;
  int files_ = 0;
  text::Analyzer analyzer_;
};

const std::vector<std::pair<std::string, std::string>> kDocs = {
    {"a", "وصل ألكسندر لافرينتيف إلى أستانة للمشاركة في المحادثات"},
    {"b", "قال لافرنتييف في أستانا إن الجولة المقبلة ستعقد الشهر المقبل"},
    {"c", "التقى وزير الخارجية لافروف نظيره في موسكو"},
    {"d", "أعلنت الحكومة عن خطة جديدة للنقل العام"},
};

TEST_F(IndexStageTest, IngestedDocumentsAreFoundInEverySpelling) {
  Ingest(kDocs, true);
  EXPECT_TRUE(fs::exists(fs::path(IndexDir(StoreDir())) / "MANIFEST"));
  struct Case {
    const char* query;
    const char* want;
  };
  const Case cases[] = {
      {"لافرنتييف أستانا", "b a"},   // the exact spelling first, the other one too
      {"لافرينتيف أستانة", "a b"},
      {"لافروف", "c"},
      {"\"خطة جديدة\"", "d"},
      {"+لافرنتييف -موسكو", "b a"},
      {"source:وكالة الحكومة", "d"},
      {"source:أخرى الحكومة", ""},
      {"date:2018-03-02 الحكومة", "d"},  // "d" is dated 2018-03-02 (id length 1)
      {"date:2019 الحكومة", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Ids(c.query), c.want) << c.query;
}

TEST_F(IndexStageTest, ReplacementsAreSearchedInTheirNewVersion) {
  Ingest(kDocs, true);
  Ingest({{"d", "افتتح معرض الكتاب في الرياض"}}, true);
  EXPECT_EQ(Ids("الحكومة"), "");
  EXPECT_EQ(Ids("معرض الكتاب"), "d");
}

TEST_F(IndexStageTest, CatchesUpWithDocumentsStoredWithoutTheStage) {
  // Stored without the index (as after --stages none, or a crash between the store's commit
  // and the index's): the next ingest with the stage indexes them from the store.
  Ingest(kDocs, false);
  EXPECT_EQ(Ids("لافروف"), "");
  std::size_t recovered = 0;
  Ingest({{"e", "وصل الوفد الإيراني إلى أستانة"}}, true, &recovered);
  EXPECT_EQ(recovered, 4u);
  EXPECT_EQ(Ids("لافروف"), "c");
  EXPECT_EQ(Ids("الوفد الإيراني"), "e");
  // Changed behind the index: the stale version is replaced on the next open.
  Ingest({{"c", "عقد مؤتمر صحفي في القاهرة"}}, false);
  Ingest({{"f", "خبر جديد"}}, true, &recovered);
  EXPECT_EQ(recovered, 1u);
  EXPECT_EQ(Ids("لافروف"), "");
  EXPECT_EQ(Ids("القاهرة"), "c");
}

TEST_F(IndexStageTest, SnippetsHighlightTheMatchedWordsInTheStoredText) {
  Ingest(kDocs, true);
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  auto service = SearchService::Open(store->get());
  ASSERT_TRUE(service.ok());
  auto r = (*service)->Search({"لافرنتييف أستانا", 10, true});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 2u);
  EXPECT_EQ(r->hits[0].title, "عنوان b");
  EXPECT_EQ(r->hits[0].source, "وكالة");
  auto text = (*store)->GetDocument("a", {});
  ASSERT_TRUE(text.ok());
  std::string marked;
  for (const ByteSpan& s : r->hits[1].snippet.highlights) {
    if (!marked.empty()) marked += '|';
    marked.append(text->text, s.begin, s.end - s.begin);
  }
  EXPECT_EQ(marked, "لافرينتيف|أستانة");
  EXPECT_GE(r->total, 2u);
}

TEST_F(IndexStageTest, EntityFiltersUseTheResolver) {
  Ingest(kDocs, true);
  // Without the entities stage: nothing matches, and the response says why.
  {
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    auto service = SearchService::Open(store->get());
    ASSERT_TRUE(service.ok());
    auto r = (*service)->Search({"entity:E1 أستانا", 10, false});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->hits.empty());
    ASSERT_FALSE(r->warnings.empty());
    EXPECT_NE(r->warnings.back().find("entities stage"), std::string::npos);
  }
  const EntityResolver resolver = [](std::string_view value) -> Result<std::vector<std::string>> {
    if (value == "E1") return std::vector<std::string>{"a", "c"};
    if (value == "E2") return std::vector<std::string>{"b", "a"};
    return std::vector<std::string>{};
  };
  EXPECT_EQ(Ids("entity:E1 أستانا", resolver), "a");
  EXPECT_EQ(Ids("entity:E2 أستانا", resolver), "b a");
  EXPECT_EQ(Ids("entity:E1 entity:E2 أستانا", resolver), "a");
  EXPECT_EQ(Ids("entity:E9 أستانا", resolver), "");
}

// Killed with SIGKILL at random moments while ingesting with the index stage: the index
// always opens (its last commit), never holds a document the store lacks, and after Open's
// reconciliation holds exactly the stored documents, each findable by its own word.
TEST_F(IndexStageTest, SurvivesKillNineAtRandomMoments) {
  constexpr std::size_t kCrashDocs = 40000;  // enough that an idle machine is still ingesting when killed
  const std::string path = (root_ / "crash.jsonl").string();
  const char* const kWords[] = {"سوريا", "روسيا", "تركيا", "إيران", "أستانة", "إدلب", "موسكو"};
  {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < kCrashDocs; ++i) {
      out << "{\"id\":\"c" << i << "\",\"text\":\"خبر رقم " << (100000 + i) << " عن " << kWords[i % 7]
          << " و" << kWords[(i / 7) % 7] << " في الجولة " << i % 13 << " من المحادثات.\"}\n";
    }
  }
  auto ingest = [&] {
    auto store = store::OpenStore(StoreDir());
    if (!store.ok()) return 2;
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<IndexStage>());
    Pipeline pipeline(analyzer_, std::move(stages));
    IngestOptions options;
    options.batch_size = 256;
    options.workers = 1;
    return engine::Ingest(**store, pipeline, {path}, options).ok() ? 0 : 3;
  };
  std::mt19937 rng(20261122);
  int kills = 0;
  std::uint64_t stored = 0;
  for (int round = 0; round < 12 && stored < kCrashDocs; ++round) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) ::_exit(ingest());
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 300));
    const bool killed = ::kill(pid, SIGKILL) == 0;
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    if (killed && WIFSIGNALED(status)) ++kills;

    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok()) << "round " << round << ": " << store.status().ToString();
    stored = *(*store)->CountDocuments();
    // The committed index opens, and holds no more documents than the store.
    auto snap = index::OpenSnapshot(io::Env::Default(), IndexDir(StoreDir()));
    ASSERT_TRUE(snap.ok()) << "round " << round << ": " << snap.status().ToString();
    EXPECT_LE((*snap)->num_live_docs(), stored) << "round " << round;
    // Reconciled with the store: the same documents.
    IndexStage stage;
    Status s = stage.Open(**store);
    ASSERT_TRUE(s.ok()) << "round " << round << ": " << s.ToString();
    EXPECT_EQ(stage.writer()->num_live_docs(), stored) << "round " << round;
  }
  EXPECT_GE(kills, 4) << "the child finished too early to be killed";
  ASSERT_EQ(ingest(), 0);
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->CountDocuments(), kCrashDocs);
  auto service = SearchService::Open(store->get());
  ASSERT_TRUE(service.ok());
  EXPECT_EQ((*service)->num_docs(), kCrashDocs);
  for (std::size_t i : {std::size_t{0}, std::size_t{4321}, kCrashDocs - 1}) {
    auto r = (*service)->Search({std::to_string(100000 + i), 3, false});
    ASSERT_TRUE(r.ok());
    ASSERT_FALSE(r->hits.empty()) << i;
    EXPECT_EQ(r->hits[0].id, std::string("c").append(std::to_string(i)));
  }
}

}  // namespace
}  // namespace marsad::engine
