// Tests of the entities stage through Ingest on a temporary store: mentions set by hand (a
// stand-in for the ner stage, STYLE.md B4 #10), entity ids written with each document and
// stable across ingests, the table reloaded by readers, and a damaged table refused.
#include "marsad/engine/entities_stage.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "marsad/engine/ingest_job.h"
#include "marsad/entities/entity_codec.h"
#include "marsad/entities/test_v1_deltas.h"

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
  void Ingest(const std::string& file, const std::string& lines, EntityTableSaving saving = {},
              const std::string& dir = "") {
    const std::string path = (root_ / file).string();
    std::ofstream(path, std::ios::binary) << lines;
    auto store = store::OpenStore(dir.empty() ? StoreDir() : dir);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<HandTagger>(names_));
    stages.push_back(std::make_unique<EntitiesStage>(saving));
    Pipeline pipeline(analyzer_, std::move(stages));
    IngestOptions options;
    options.batch_size = 2;  // several batches: the table is written with each
    options.workers = 2;
    auto s = engine::Ingest(**store, pipeline, {path}, options);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
  }

  // The stored table of `dir` as bytes (empty when none).
  std::string TableBytes(const std::string& dir) {
    auto store = store::OpenStore(dir);
    EXPECT_TRUE(store.ok());
    auto table = LoadEntityTable(**store, analyzer_);
    EXPECT_TRUE(table.ok()) << table.status().ToString();
    return table.ok() && table->has_value() ? (*table)->Encode() : std::string();
  }

  std::string Meta(const std::string& dir, std::string_view key) {
    auto store = store::OpenStore(dir);
    EXPECT_TRUE(store.ok());
    auto v = (*store)->GetMeta(key);
    EXPECT_TRUE(v.ok());
    return v.ok() && v->has_value() ? **v : std::string("(none)");
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

// The table is saved as deltas, one per batch, and compacted into a new snapshot when they
// grow: either way the stored table is the one the documents made.
TEST_F(EntitiesStageTest, DeltasPerBatchAndCompaction) {
  std::string lines;
  for (int i = 0; i < 9; ++i) {
    const std::string n = std::to_string(i);
    lines += Line(std::string("n").append(n), i % 3 == 0   ? "قال فلاديمير بوتين في أستانا إن الجولة " + n + " نجحت."
                                              : i % 3 == 1 ? "وقال لافروف في أستانة إن بوتين راض عن الجولة " + n + "."
                                                           : "وأضاف ألكسندر لافرينتيف أن لافروف سيزور أستانا " + n + " مرة.");
  }
  const std::string deltas_only = (root_ / "deltas").string();
  const std::string compacted = (root_ / "compacted").string();
  EntityTableSaving small;
  small.max_deltas = 2;
  Ingest("a.jsonl", lines, {}, deltas_only);
  Ingest("a.jsonl", lines, small, compacted);
  // 9 documents in batches of 2: 5 deltas, or a snapshot every third batch and one delta.
  EXPECT_EQ(Meta(deltas_only, kMetaEntityTable), "(none)");
  EXPECT_EQ(Meta(deltas_only, kMetaEntityDeltas), "5");
  EXPECT_EQ(Meta(compacted, kMetaEntityDeltas), "2");
  EXPECT_NE(Meta(compacted, kMetaEntityTable), "(none)");
  const std::string table = TableBytes(deltas_only);
  ASSERT_FALSE(table.empty());
  EXPECT_EQ(TableBytes(compacted), table);
  // A later ingest continues from the saved table in both.
  Ingest("b.jsonl", Line("n1", "ونفى لافروف أن تكون موسكو قد تدخلت.") + Line("x", "وقال بوتين إن لافرينتيف في أستانا."), {},
         deltas_only);
  Ingest("b.jsonl", Line("n1", "ونفى لافروف أن تكون موسكو قد تدخلت.") + Line("x", "وقال بوتين إن لافرينتيف في أستانا."),
         small, compacted);
  EXPECT_EQ(Meta(deltas_only, kMetaEntityDeltas), "6");
  EXPECT_EQ(TableBytes(compacted), TableBytes(deltas_only));
  auto store = store::OpenStore(compacted);
  ASSERT_TRUE(store.ok());
  auto loaded = LoadEntityTable(**store, analyzer_);
  ASSERT_TRUE(loaded.ok() && loaded->has_value());
  EXPECT_EQ((*loaded)->document_count(), 10U);
}

// A store written before deltas (the whole table under kMetaEntityTable, no delta count)
// opens, and ingest goes on from its table with the same ids.
TEST_F(EntitiesStageTest, StoreWithAWholeTableOnlyOpens) {
  const std::string first = (root_ / "first").string();
  Ingest("a.jsonl", Line("d1", "التقى فلاديمير بوتين في أستانا سيرغي لافروف.") + Line("d2", "وقال لافرينتيف إن بوتن راض."), {},
         first);
  const std::string whole = TableBytes(first);
  ASSERT_FALSE(whole.empty());
  {
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    store::WriteBatch wb;
    wb.PutMeta(std::string(kMetaEntityTable), whole);  // as main wrote it
    ASSERT_TRUE((*store)->Write(wb).ok());
  }
  EXPECT_EQ(TableBytes(StoreDir()), whole);
  Ingest("b.jsonl", Line("d3", "ونفى لافروف أن تكون موسكو قد تدخلت، وقال إن بوتين لم يناقش الأمر."));
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  auto table = LoadEntityTable(**store, analyzer_);
  ASSERT_TRUE(table.ok() && table->has_value()) << table.status().ToString();
  auto old_table = entities::Resolver::Decode(analyzer_, whole);
  ASSERT_TRUE(old_table.ok());
  EXPECT_EQ((*table)->Lookup("بوتين"), old_table->Lookup("بوتين"));
  EXPECT_EQ((*table)->Lookup("لافروف"), old_table->Lookup("لافروف"));
  EXPECT_EQ((*table)->document_count(), 3U);
  EXPECT_EQ(Meta(StoreDir(), kMetaEntityDeltas), "1");
  EXPECT_EQ(Stored("d3"), "لافروف#" + std::to_string((*table)->Lookup("لافروف")[0].value()) + " بوتين#" +
                              std::to_string((*table)->Lookup("بوتين")[0].value()));
}

// A store whose table is deltas of format version 1 (an earlier marsad's) opens as it was,
// and the next ingest goes on from it with a version 2 delta that readers apply after them.
TEST_F(EntitiesStageTest, StoreWithVersion1DeltasOpensAndGoesOn) {
  const std::vector<std::string> v1 = entities::testing::V1Deltas();
  {
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok());
    store::WriteBatch wb;
    for (std::size_t i = 0; i < v1.size(); ++i) wb.PutMeta(EntityDeltaKey(i + 1), v1[i]);
    wb.PutMeta(std::string(kMetaEntityDeltas), std::to_string(v1.size()));
    ASSERT_TRUE((*store)->Write(wb).ok());
  }
  EXPECT_EQ(TableBytes(StoreDir()), entities::testing::V1DeltasTable());
  Ingest("b.jsonl", Line("h", "ونفى لافروف أن تكون موسكو قد تدخلت، وقال إن بوتين لم يناقش الأمر."));
  EXPECT_EQ(Meta(StoreDir(), kMetaEntityDeltas), "4");
  const std::string added = Meta(StoreDir(), EntityDeltaKey(4));
  ASSERT_GT(added.size(), 12U);
  EXPECT_EQ(added[8], static_cast<char>(entities::kDeltaFormatVersion));
  // What the ingest saved is what the old table, going on, would be.
  auto expected = entities::Resolver::Decode(analyzer_, entities::testing::V1DeltasTable());
  ASSERT_TRUE(expected.ok());
  ASSERT_TRUE(expected->ApplyDeltas({added}).ok());
  EXPECT_EQ(TableBytes(StoreDir()), expected->Encode());
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  auto table = LoadEntityTable(**store, analyzer_);
  ASSERT_TRUE(table.ok() && table->has_value()) << table.status().ToString();
  EXPECT_EQ((*table)->document_count(), 7U);  // a, c, d, e, f, g of the old table, and h
  EXPECT_EQ(Stored("h"), "لافروف#" + std::to_string((*table)->Lookup("لافروف")[0].value()) + " بوتين#" +
                             std::to_string((*table)->Lookup("بوتين")[0].value()));
}

// Killed with SIGKILL at random moments while ingesting: the stored table always loads and
// describes exactly the stored documents (the same documents, each with the entities its
// stored mentions name), and ingest goes on from it.
TEST_F(EntitiesStageTest, TableMatchesDocumentsAfterKillNine) {
  constexpr std::size_t kDocs = 30000;
  const char* const kPeople[] = {"فلاديمير بوتين", "بوتين", "سيرغي لافروف", "لافروف", "ألكسندر لافرينتيف", "لافرينتيف"};
  const char* const kPlaces[] = {"أستانا", "أستانة"};
  const std::string path = (root_ / "crash.jsonl").string();
  std::set<std::size_t> distinct;
  {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < kDocs; ++i) {
      // Every 50th document repeats an earlier id: ingest replaces it (a removal in a delta).
      const std::size_t id = i % 50 == 49 ? i / 2 : i;
      distinct.insert(id);
      out << "{\"id\":\"c" << id << "\",\"source\":\"s" << i % 4 << "\",\"text\":\"قال " << kPeople[i % 6]
          << " في " << kPlaces[(i / 6) % 2] << " إن الجولة " << i << " من المحادثات نجحت.\"}\n";
    }
  }
  auto ingest = [&] {
    auto store = store::OpenStore(StoreDir());
    if (!store.ok()) return 2;
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<HandTagger>(names_));
    EntityTableSaving saving;
    saving.max_deltas = 8;  // snapshots too, not only deltas
    stages.push_back(std::make_unique<EntitiesStage>(saving));
    Pipeline pipeline(analyzer_, std::move(stages));
    IngestOptions options;
    options.batch_size = 256;
    options.workers = 1;
    return engine::Ingest(**store, pipeline, {path}, options).ok() ? 0 : 3;
  };
  auto check = [&](const std::string& when) {
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok()) << when << ": " << store.status().ToString();
    auto table = LoadEntityTable(**store, analyzer_);
    ASSERT_TRUE(table.ok()) << when << ": " << table.status().ToString();
    const std::uint64_t stored = *(*store)->CountDocuments();
    if (!table->has_value()) {
      EXPECT_EQ(stored, 0U) << when;
      return;
    }
    const entities::Resolver& r = **table;
    EXPECT_EQ(r.document_count(), stored) << when;
    std::vector<std::string> ids;
    ASSERT_TRUE((*store)->ForEachFingerprint([&](std::string_view id, std::string_view, const store::Fingerprint&) {
                          ids.emplace_back(id);
                        }).ok());
    std::size_t checked = 0;
    for (std::size_t i = 0; i < ids.size(); i += 97) {
      auto mentions = (*store)->Get<EntityMentionsCodec>(ids[i]);
      ASSERT_TRUE(mentions.ok()) << when << ": " << ids[i];
      std::set<std::uint64_t> want;
      for (const doc::Mention& m : *mentions) {
        if (m.entity) want.insert(m.entity->value());
      }
      std::set<std::uint64_t> got;
      for (EntityId e : r.EntitiesOf(ids[i])) got.insert(e.value());
      EXPECT_EQ(got, want) << when << ": " << ids[i];
      ++checked;
    }
    EXPECT_GT(checked, 0U) << when;
  };
  std::mt19937 rng(20261122);
  int kills = 0;
  for (int round = 0; round < 8; ++round) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) ::_exit(ingest());
    std::this_thread::sleep_for(std::chrono::milliseconds(100 + rng() % 700));
    const bool killed = ::kill(pid, SIGKILL) == 0;
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    if (killed && WIFSIGNALED(status)) ++kills;
    check("round " + std::to_string(round));
  }
  EXPECT_GE(kills, 3) << "the child finished too early to be killed";
  ASSERT_EQ(ingest(), 0);
  check("after a whole ingest");
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->CountDocuments(), distinct.size());
  auto table = LoadEntityTable(**store, analyzer_);
  ASSERT_TRUE(table.ok() && table->has_value());
  EXPECT_EQ((*table)->Lookup("أستانة"), (*table)->Lookup("أستانا"));
  EXPECT_EQ((*table)->Lookup("لافروف").size(), 1U);
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

// A process about to exit keeps its tables: a stage destroyed before KeepEntityTablesAtExit
// frees its table, one destroyed after keeps it (reachable: the ASan build's leak checker
// passes this test).
TEST(EntitiesStageExitTest, TablesKeptOnlyOnceAsked) {
  const std::size_t before = KeptEntityTables();
  { EntitiesStage stage; }
  EXPECT_EQ(KeptEntityTables(), before);
  KeepEntityTablesAtExit();
  { EntitiesStage stage; }
  EXPECT_EQ(KeptEntityTables(), before + 1);
}

}  // namespace
}  // namespace marsad::engine
