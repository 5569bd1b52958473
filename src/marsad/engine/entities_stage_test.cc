// Tests of the entities stage through Ingest on a temporary store: mentions set by hand (a
// stand-in for the ner stage, STYLE.md B4 #10), entity ids written with each document and
// stable across ingests, the table reloaded by readers, and a damaged table refused.
#include "marsad/engine/entities_stage.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "marsad/engine/ingest_job.h"

namespace marsad::engine {
namespace {

namespace fs = std::filesystem;

// Stands in for the ner stage: marks every whole-token occurrence of the given names, the
// first listed winning where two overlap (list full names before their parts).
class HandTagger final : public Stage {
 public:
  explicit HandTagger(std::vector<std::pair<std::string, doc::EntityType>> names) : names_(std::move(names)) {}
  std::string_view name() const override { return "ner"; }
  Status Process(doc::AnalyzedDoc* d, WorkerContext* /*ctx*/) const override {
    const auto& toks = d->analysis.tokens;
    for (const auto& [name, type] : names_) {
      for (std::size_t at = d->document.text.find(name); at != std::string::npos;
           at = d->document.text.find(name, at + 1)) {
        const std::size_t end = at + name.size();
        doc::Mention m;
        m.type = type;
        bool begin_ok = false, end_ok = false;
        for (std::uint32_t t = 0; t < toks.size(); ++t) {
          // A name may follow a clitic in its token (وبوتين): the token's start counts.
          if (toks[t].token.begin <= at && at < toks[t].token.end) {
            m.first_token = t;
            m.span.begin = toks[t].token.begin;
            begin_ok = true;
          }
          if (toks[t].token.end == end) {
            m.end_token = t + 1;
            m.span.end = static_cast<std::uint32_t>(end);
            end_ok = true;
          }
        }
        const bool overlaps = std::any_of(d->mentions.begin(), d->mentions.end(), [&](const doc::Mention& o) {
          return o.span.begin < end && at < o.span.end;
        });
        if (begin_ok && end_ok && !overlaps) d->mentions.push_back(m);
      }
    }
    return Status::Ok();
  }

 private:
  std::vector<std::pair<std::string, doc::EntityType>> names_;
};

constexpr doc::EntityType kPer = doc::EntityType::kPerson;
constexpr doc::EntityType kLoc = doc::EntityType::kLocation;

std::string Line(const std::string& id, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"source\":\"وكالة\",\"text\":\"" + text + "\"}\n";
}

class EntitiesStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("marsad_entities_stage_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string StoreDir() const { return (root_ / "store").string(); }

  // Ingests `lines` (as one JSONL file) with the hand tagger and the entities stage.
  void Ingest(const std::string& file, const std::string& lines) {
    const std::string path = (root_ / file).string();
    std::ofstream(path, std::ios::binary) << lines;
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<HandTagger>(names_));
    stages.push_back(std::make_unique<EntitiesStage>());
    Pipeline pipeline(analyzer_, std::move(stages));
    IngestOptions options;
    options.batch_size = 2;  // several batches: the table is written with each
    options.workers = 2;
    auto s = engine::Ingest(**store, pipeline, {path}, options);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
  }

  // The stored mentions of `id` as "written#entity" (titles in brackets).
  std::string Stored(const std::string& id) {
    auto store = store::OpenStore(StoreDir());
    EXPECT_TRUE(store.ok());
    auto mentions = (*store)->Get<EntityMentionsCodec>(id);
    EXPECT_TRUE(mentions.ok()) << mentions.status().ToString();
    auto row = (*store)->GetDocument(id, {});
    EXPECT_TRUE(row.ok());
    std::string out;
    for (const doc::Mention& m : *mentions) {
      if (!out.empty()) out += ' ';
      const std::string written(m.span.In(row->text));
      out += m.kind == doc::MentionKind::kTitle ? "[" + written + "]" : written;
      out += '#' + (m.entity ? std::to_string(m.entity->value()) : std::string("-"));
    }
    return out;
  }

  fs::path root_;
  text::Analyzer analyzer_;
  std::vector<std::pair<std::string, doc::EntityType>> names_ = {
      {"فلاديمير بوتين", kPer}, {"بوتين", kPer}, {"بوتن", kPer},
      {"ألكسندر لافرينتيف", kPer}, {"لافرينتيف", kPer}, {"سيرغي لافروف", kPer},
      {"لافروف", kPer}, {"أستانا", kLoc}, {"أستانة", kLoc}};
};

TEST_F(EntitiesStageTest, IdsAreStoredWithDocumentsAndStableAcrossIngests) {
  Ingest("a.jsonl",
         Line("d1", "التقى الرئيس الروسي فلاديمير بوتين في أستانا وزير الخارجية سيرغي لافروف. وقال بوتين إن المحادثات جيدة.") +
             Line("d2", "قال رئيس الوفد الروسي ألكسندر لافرينتيف في أستانة إن الجولة نجحت. وأضاف لافرينتيف أن بوتن راض."));
  // d1: Putin, Astana, Lavrov; the surname later is Putin. d2: Lavrentiev is not Lavrov,
  // Astana in another spelling is the same place, بوتن is Putin.
  const std::string d1 = Stored("d1");
  const std::string d2 = Stored("d2");
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  auto table = LoadEntityTable(**store, analyzer_);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  ASSERT_TRUE(table->has_value());
  const entities::Resolver& r = **table;
  auto id_of = [&](std::string_view name) {
    const std::vector<EntityId> ids = r.Lookup(name);
    EXPECT_EQ(ids.size(), 1U) << name;
    return ids.empty() ? std::string("none") : std::to_string(ids[0].value());
  };
  const std::string putin = id_of("بوتين"), lavrov = id_of("لافروف"), lavrentiev = id_of("لافرينتيف"),
                    astana = id_of("أستانا");
  EXPECT_NE(lavrov, lavrentiev);
  EXPECT_EQ(id_of("أستانة"), astana);
  EXPECT_EQ(d1, "[الرئيس الروسي]#" + putin + " فلاديمير بوتين#" + putin + " أستانا#" + astana +
                    " [وزير الخارجية]#" + lavrov + " سيرغي لافروف#" + lavrov + " بوتين#" + putin);
  EXPECT_EQ(d2, "[رئيس الوفد الروسي]#" + lavrentiev + " ألكسندر لافرينتيف#" + lavrentiev + " أستانة#" + astana +
                    " لافرينتيف#" + lavrentiev + " بوتن#" + putin);
  EXPECT_EQ(r.DocumentsOf(EntityId(std::stoull(putin))), (std::vector<std::string>{"d1", "d2"}));
  store->reset();

  // A later ingest: the same people keep their ids, and the table grows.
  Ingest("b.jsonl", Line("d3", "ونفى لافروف أن تكون موسكو قد تدخلت، وقال إن بوتين لم يناقش الأمر."));
  EXPECT_EQ(Stored("d3"), "لافروف#" + lavrov + " بوتين#" + putin);
  auto store2 = store::OpenStore(StoreDir());
  ASSERT_TRUE(store2.ok());
  auto table2 = LoadEntityTable(**store2, analyzer_);
  ASSERT_TRUE(table2.ok() && table2->has_value());
  EXPECT_EQ((*table2)->DocumentsOf(EntityId(std::stoull(putin))), (std::vector<std::string>{"d1", "d2", "d3"}));
  EXPECT_EQ((*table2)->document_count(), 3U);
  const std::uint32_t putin_mentions = (*table2)->Get(EntityId(std::stoull(putin)))->mentions;
  store2->reset();

  // Ingesting the same document again replaces its contribution: nothing counted twice.
  Ingest("b.jsonl", Line("d3", "ونفى لافروف أن تكون موسكو قد تدخلت، وقال إن بوتين لم يناقش الأمر."));
  EXPECT_EQ(Stored("d3"), "لافروف#" + lavrov + " بوتين#" + putin);
  auto store3 = store::OpenStore(StoreDir());
  ASSERT_TRUE(store3.ok());
  auto table3 = LoadEntityTable(**store3, analyzer_);
  ASSERT_TRUE(table3.ok() && table3->has_value());
  EXPECT_EQ((*table3)->document_count(), 3U);
  EXPECT_EQ((*table3)->Get(EntityId(std::stoull(putin)))->mentions, putin_mentions);
}

TEST_F(EntitiesStageTest, NoTableBeforeTheStageRanAndADamagedTableIsRefused) {
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  auto none = LoadEntityTable(**store, analyzer_);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  store::WriteBatch wb;
  wb.PutMeta(std::string(kMetaEntityTable), "MRSDENTT not a table");
  ASSERT_TRUE((*store)->Write(wb).ok());
  auto bad = LoadEntityTable(**store, analyzer_);
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(bad.status().IsCorruption()) << bad.status().ToString();
  EXPECT_NE(bad.status().message().find("entity table"), std::string::npos) << bad.status().ToString();

  EntitiesStage stage;
  Status s = stage.Open(**store);
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find(StoreDir()), std::string::npos) << s.ToString();
}

}  // namespace
}  // namespace marsad::engine
