// The stories stage through engine::Ingest on a temporary store: same-event articles of
// different outlets share a story, another event gets its own, the state is saved as deltas
// with each batch and compacted into a snapshot, a second ingest continues the saved stories
// with the same ids, a state that lags the records is recovered from them, and the record
// codec round-trips and rejects damage.
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
constexpr Article kGaza{"al-1", "AlArabiya", "2018-05-14T10:00:00Z", "قتلى برصاص الجيش الإسرائيلي على حدود غزة",
                        "قتل عشرات الفلسطينيين برصاص الجيش الإسرائيلي خلال احتجاجات مسيرة العودة على حدود قطاع "
                        "غزة.\nوأصيب مئات المحتجين قرب السياج الحدودي، بحسب وزارة الصحة في غزة."};
constexpr Article kExpulsion{"bb-1", "BBC", "2018-03-17T12:00:00Z", "روسيا تطرد 23 دبلوماسيا بريطانيا",
                             "أعلنت وزارة الخارجية الروسية طرد 23 دبلوماسيا بريطانيا وإغلاق القنصلية البريطانية في سان "
                             "بطرسبرغ ردا على إجراءات لندن بعد تسميم الجاسوس السابق سيرغي سكريبال."};
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

  stories::StoryClusterer Load(std::size_t* recovered = nullptr) {
    auto store = store::OpenStore(StoreDir());
    EXPECT_TRUE(store.ok());
    const text::Analyzer analyzer;
    const stories::ProfileBuilder builder(analyzer);
    auto c = LoadStoryClusterer(**store, builder, {}, recovered);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return std::move(c).value();
  }

  std::optional<std::string> Meta(std::string_view key) {
    auto store = store::OpenStore(StoreDir());
    EXPECT_TRUE(store.ok());
    auto meta = (*store)->GetMeta(key);
    EXPECT_TRUE(meta.ok());
    return meta.ok() ? *meta : std::nullopt;
  }
  void PutMeta(std::string_view key, std::string value) {
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    store::WriteBatch wb;
    wb.PutMeta(std::string(key), std::move(value));
    ASSERT_TRUE((*store)->Write(wb).ok());
  }

  fs::path root_;
  text::Analyzer analyzer_;
};

TEST_F(StoriesStageTest, SameEventJoinsAndASecondIngestContinuesTheStories) {
  Ingest("a.jsonl", {kFr, kSk, kFootball});
  {
    // Batches of 2 and 1: one delta each, committed with the documents; no snapshot yet.
    EXPECT_EQ(Meta(kMetaStoriesDeltas), "2");
    EXPECT_FALSE(Meta(kMetaStoriesState).has_value());
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    SavedStoriesSize size;
    auto saved = ReadStoriesState(**store, {}, &size);
    ASSERT_TRUE(saved.ok()) << saved.status().ToString();
    EXPECT_EQ(saved->doc_count(), 3u);
    EXPECT_EQ(size.deltas, 2u);
    EXPECT_GT(size.delta_bytes, 0u);
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

TEST_F(StoriesStageTest, AStateThatLagsTheRecordsIsRecoveredFromThem) {
  Ingest("a.jsonl", {kFr, kSk});
  const std::optional<std::string> deltas = Meta(kMetaStoriesDeltas);
  ASSERT_EQ(deltas, "1");
  Ingest("b.jsonl", {kCn, kFootball});
  // As a store written by a build that saved the state after the commit, and crashed in
  // between: the state predates cn-1 and al-2, whose records and documents are stored.
  PutMeta(kMetaStoriesDeltas, *deltas);
  std::size_t recovered = 0;
  stories::StoryClusterer c = Load(&recovered);
  EXPECT_EQ(recovered, 2u);
  EXPECT_EQ(c.doc_count(), 4u);
  EXPECT_EQ(c.StoryOf("sk-1"), c.StoryOf("fr-1"));
  EXPECT_EQ(c.StoryOf("cn-1"), c.StoryOf("fr-1"));
  EXPECT_NE(c.StoryOf("al-2"), c.StoryOf("fr-1"));
  // Re-clustering in insertion order repeats the decisions of the ingest, ids included.
  for (const char* id : {"fr-1", "sk-1", "cn-1", "al-2"}) EXPECT_EQ(c.StoryOf(id), c.Canonical(Record(id))) << id;
  // The next ingest saves the recovered state as a snapshot, in place of the deltas.
  Ingest("c.jsonl", {kGaza});
  EXPECT_EQ(Meta(kMetaStoriesDeltas), "0");
  EXPECT_TRUE(Meta(kMetaStoriesState).has_value());
  recovered = 0;
  stories::StoryClusterer after = Load(&recovered);
  EXPECT_EQ(recovered, 0u);
  EXPECT_EQ(after.doc_count(), 5u);
  EXPECT_EQ(after.StoryOf("cn-1"), after.StoryOf("fr-1"));
  // Deltas continue the snapshot (written from the running state, read back decoded).
  Ingest("d.jsonl", {kExpulsion});
  EXPECT_EQ(Meta(kMetaStoriesDeltas), "1");
  recovered = 0;
  stories::StoryClusterer last = Load(&recovered);
  EXPECT_EQ(recovered, 0u);
  EXPECT_EQ(last.doc_count(), 6u);
  EXPECT_EQ(last.StoryOf("bb-1"), last.Canonical(Record("bb-1")));
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
