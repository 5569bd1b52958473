// The stories stage through engine::Ingest on a temporary store: same-event articles of
// different outlets share a story, another event gets its own, a second ingest continues
// the saved stories with the same ids, a lost state save is recovered from the records, and
// the record codec round-trips and rejects damage.
#include "marsad/engine/stories_stage.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "marsad/engine/ingest_job.h"

namespace marsad::engine {
namespace {

namespace fs = std::filesystem;

struct Article {
  const char* id;
  const char* source;
  const char* date;
  const char* title;
  const char* text;
};

// The Russian election of 18 March 2018 by three outlets, and an unrelated event.
constexpr Article kFr{"fr-1", "France24", "2018-03-18T20:00:00Z", "روسيا: إعادة انتخاب فلاديمير بوتين رئيسا للبلاد",
                      "فاز الرئيس الروسي فلاديمير بوتين بولاية رابعة في الانتخابات الرئاسية التي جرت اليوم الأحد "
                      "بنسبة تتجاوز 70 في المئة من الأصوات، بحسب نتائج أولية أعلنتها لجنة الانتخابات المركزية.\n"
                      "وقالت المعارضة إن الانتخابات الرئاسية شابتها خروقات واسعة في مراكز الاقتراع."};
constexpr Article kSk{"sk-1", "SkyNews", "2018-03-19T07:00:00Z", "بوتن رئيسا لروسيا بأغلبية ساحقة",
                      "حقق الرئيس الروسي فلاديمير بوتن فوزا ساحقا في الانتخابات الرئاسية التي جرت الأحد ليعاد "
                      "انتخابه لولاية رابعة.\nوأعلنت لجنة الانتخابات المركزية بعد فرز الأصوات في مراكز الاقتراع "
                      "فوز بوتين بأكثر من 76 في المئة."};
constexpr Article kCn{"cn-1", "CNN", "2018-03-19T14:00:00Z", "مراقبون ينتقدون انتخابات روسيا وفوز بوتين",
                      "انتقد مراقبون دوليون الانتخابات الرئاسية الروسية التي فاز فيها الرئيس فلاديمير بوتين "
                      "بولاية رابعة، وقالوا إن الاقتراع افتقر إلى المنافسة الحقيقية.\nوأشار المراقبون إلى "
                      "ارتفاع نسبة المشاركة في الانتخابات رغم الضغوط على الناخبين."};
constexpr Article kFootball{"al-2", "AlArabiya", "2018-03-18T21:00:00Z", "ليفربول يسحق واتفورد بخماسية",
                            "سجل محمد صلاح أربعة أهداف في فوز ليفربول على واتفورد بخمسة أهداف نظيفة في الدوري "
                            "الإنجليزي الممتاز.\nوانفرد صلاح بصدارة هدافي الدوري برصيد 28 هدفا."};

std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string Line(const Article& a) {
  return std::string("{\"id\":\"") + a.id + "\",\"source\":\"" + a.source + "\",\"date\":\"" + a.date +
         "\",\"title\":\"" + Escape(a.title) + "\",\"text\":\"" + Escape(a.text) + "\"}\n";
}

class StoriesStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("marsad_stories_stage_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string StoreDir() const { return (root_ / "store").string(); }

  // Ingests `articles` (as one JSONL file) with the stories stage, in batches of two.
  void Ingest(const std::string& name, std::initializer_list<Article> articles) {
    std::string jsonl;
    for (const Article& a : articles) jsonl += Line(a);
    const std::string path = (root_ / name).string();
    std::ofstream(path, std::ios::binary) << jsonl;
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<StoriesStage>());
    Pipeline pipeline(analyzer_, std::move(stages));
    IngestOptions options;
    options.batch_size = 2;
    auto s = engine::Ingest(**store, pipeline, {path}, options);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    ASSERT_TRUE(s->errors.empty());
  }

  // The story record of `id`, as assigned at ingest.
  StoryId Record(const std::string& id) {
    auto store = store::OpenStore(StoreDir());
    EXPECT_TRUE(store.ok());
    auto r = (*store)->Get<StoryRecordCodec>(id);
    EXPECT_TRUE(r.ok()) << id << ": " << r.status().ToString();
    return r.ok() ? r->story : StoryId(0);
  }

  stories::StoryClusterer Load() {
    auto store = store::OpenStore(StoreDir());
    EXPECT_TRUE(store.ok());
    const text::Analyzer analyzer;
    const stories::ProfileBuilder builder(analyzer);
    auto c = LoadStoryClusterer(**store, builder);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return std::move(c).value();
  }

  fs::path root_;
  text::Analyzer analyzer_;
};

TEST_F(StoriesStageTest, SameEventJoinsAndASecondIngestContinuesTheStories) {
  Ingest("a.jsonl", {kFr, kSk, kFootball});
  {
    // Batches of 2 and 1: saved after the first, and after the last (smaller) one.
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    auto meta = (*store)->GetMeta(kMetaStoriesState);
    ASSERT_TRUE(meta.ok() && meta->has_value());
    auto saved = stories::StoryClusterer::Decode(**meta);
    ASSERT_TRUE(saved.ok()) << saved.status().ToString();
    EXPECT_EQ(saved->doc_count(), 3u);
  }
  EXPECT_EQ(Record("fr-1"), Record("sk-1"));
  EXPECT_NE(Record("fr-1"), Record("al-2"));
  {
    stories::StoryClusterer c = Load();
    EXPECT_EQ(c.doc_count(), 3u);
    EXPECT_EQ(c.story_count(), 2u);
    EXPECT_EQ(*c.StoryOf("fr-1"), c.Canonical(Record("fr-1")));
  }
  // A later ingest into the same store: the third outlet joins the saved story.
  Ingest("b.jsonl", {kCn});
  EXPECT_EQ(Record("cn-1"), Record("fr-1"));
  stories::StoryClusterer c = Load();
  EXPECT_EQ(c.doc_count(), 4u);
  EXPECT_EQ(c.story_count(), 2u);
  auto story = c.Get(*c.StoryOf("cn-1"));
  ASSERT_TRUE(story.has_value());
  EXPECT_EQ(story->docs.size(), 3u);
}

TEST_F(StoriesStageTest, ALostStateSaveIsRecoveredFromTheRecords) {
  Ingest("a.jsonl", {kFr, kSk});
  std::string saved;
  {
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    auto meta = (*store)->GetMeta(kMetaStoriesState);
    ASSERT_TRUE(meta.ok() && meta->has_value());
    saved = **meta;
  }
  Ingest("b.jsonl", {kCn, kFootball});
  {
    // As after a crash between the store's commit and the stage's Commit: the state
    // predates cn-1 and al-2, whose records and documents are stored.
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    store::WriteBatch wb;
    wb.PutMeta(std::string(kMetaStoriesState), saved);
    ASSERT_TRUE((*store)->Write(wb).ok());
  }
  stories::StoryClusterer c = Load();
  EXPECT_EQ(c.doc_count(), 4u);
  EXPECT_EQ(c.StoryOf("sk-1"), c.StoryOf("fr-1"));
  EXPECT_EQ(c.StoryOf("cn-1"), c.StoryOf("fr-1"));
  EXPECT_NE(c.StoryOf("al-2"), c.StoryOf("fr-1"));
  // Re-clustering in insertion order repeats the decisions of the ingest, ids included.
  for (const char* id : {"fr-1", "sk-1", "cn-1", "al-2"}) EXPECT_EQ(c.StoryOf(id), c.Canonical(Record(id))) << id;
}

TEST_F(StoriesStageTest, DamagedStateIsAnErrorNamingTheStore) {
  Ingest("a.jsonl", {kFr});
  {
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    store::WriteBatch wb;
    wb.PutMeta(std::string(kMetaStoriesState), "not a state");
    ASSERT_TRUE((*store)->Write(wb).ok());
  }
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  const text::Analyzer analyzer;
  const stories::ProfileBuilder builder(analyzer);
  auto c = LoadStoryClusterer(**store, builder);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find(StoreDir()), std::string::npos) << c.status().ToString();
  EXPECT_NE(c.status().message().find("stories_state"), std::string::npos) << c.status().ToString();
}

TEST(StoryRecordCodecTest, RoundTripAndDamage) {
  StoryRecord r;
  r.story = StoryId(123456789);
  r.new_story = true;
  r.similarity = 0.5F;
  std::string bytes;
  StoryRecordCodec::Encode(r, &bytes);
  auto back = StoryRecordCodec::Decode(bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->story, r.story);
  EXPECT_TRUE(back->new_story);
  EXPECT_EQ(back->similarity, 0.5F);
  EXPECT_FALSE(StoryRecordCodec::Decode("").ok());
  EXPECT_FALSE(StoryRecordCodec::Decode(bytes.substr(0, bytes.size() - 1)).ok());  // truncated
  EXPECT_FALSE(StoryRecordCodec::Decode(bytes + "x").ok());                         // trailing
  std::string bad_version = bytes;
  bad_version[0] = 9;
  EXPECT_FALSE(StoryRecordCodec::Decode(bad_version).ok());
}

}  // namespace
}  // namespace marsad::engine
