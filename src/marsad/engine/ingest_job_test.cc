// End-to-end tests of Ingest: every reader through the pipeline into the store, counts that
// match the input, idempotent re-runs, bad input that loses nothing already stored, and a
// crash test (a child ingesting, killed with SIGKILL at random moments).
#include "marsad/engine/ingest_job.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

namespace marsad::engine {
namespace {

namespace fs = std::filesystem;

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("marsad_ingest_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "in");
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string In(const std::string& name) const { return (root_ / "in" / name).string(); }
  std::string StoreDir() const { return (root_ / "store").string(); }
  void Write(const std::string& name, const std::string& content) const {
    fs::create_directories(fs::path(In(name)).parent_path());
    std::ofstream(In(name), std::ios::binary) << content;
  }

  Result<IngestSummary> Run(const std::vector<std::string>& paths, IngestOptions options = {},
                            std::vector<std::unique_ptr<Stage>> stages = {}) {
    auto store = store::OpenStore(StoreDir());
    if (!store.ok()) return store.status();
    Pipeline pipeline(analyzer_, std::move(stages));
    return Ingest(**store, pipeline, paths, options);
  }

  fs::path root_;
  text::Analyzer analyzer_;
};

std::string Line(const std::string& id, const std::string& text, const std::string& extra = "") {
  return "{\"id\":\"" + id + "\",\"title\":\"عنوان " + id + "\",\"text\":\"" + text + "\"" + extra + "}\n";
}

TEST_F(IngestTest, EveryReaderCountsMatchAndRerunReplaces) {
  const std::string body = "قال المبعوث الروسي إن الجولة المقبلة ستعقد في أستانا.\\nوأضاف أن الوضع أفضل.";
  Write("news.jsonl", Line("j1", body) + Line("j2", "خبر آخر عن إدلب.") +
                          Line("j3", body) +                      // exact duplicate of j1
                          Line("j4", "") +                        // empty text: skipped
                          "{\"id\":\"j5\",\"text\":\"مقطوع\n" +  // truncated line: an error
                          "\n" + Line("j6", "خبر سادس.\\nالمصدر: وكالة سانا"));
  Write("a/01_story.txt", "عنوان القصة\nنص القصة الأول.\n+ الخط -\nالمصدر : الجزيرة + وكالات\n");
  Write("a/page.html", "<html><head><meta property=\"og:title\" content=\"صفحة\"></head><body>"
                       "<article><p>نص الصفحة.</p></article></body></html>");
  Write("a/feed.rss", "<rss version=\"2.0\"><channel><title>سانا</title><item><guid>f1</guid>"
                      "<title>خبر الموجز</title><description>نص الموجز.</description></item></channel></rss>");
  Write("a/notes.md", "not an input format: ignored in folders");
  Write("a/bad.txt", std::string("\x7f" "ELF\0\0\0", 7));

  auto s = Run({In("news.jsonl"), In("a")});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->ingested, 6u);  // j1 j2 j6, 01_story, page, f1
  EXPECT_EQ(s->duplicates, 1u);
  EXPECT_EQ(s->exact_duplicates, 1u);
  EXPECT_EQ(s->skipped, 1u);
  ASSERT_EQ(s->errors.size(), 2u);  // sorted by path and line
  EXPECT_EQ(s->errors[0].path, In("a/bad.txt"));
  EXPECT_NE(s->errors[0].error.find("binary file"), std::string::npos);
  EXPECT_EQ(s->errors[1].path, In("news.jsonl"));
  EXPECT_EQ(s->errors[1].line, 5u);
  EXPECT_NE(s->errors[1].error.find("truncated or malformed JSON"), std::string::npos) << s->errors[1].error;

  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  auto story = (*store)->GetDocument("01_story", {true, true});
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->title, "عنوان القصة");
  EXPECT_EQ(story->text, "نص القصة الأول.");  // widget and source line removed
  EXPECT_EQ(story->source, "الجزيرة + وكالات");
  EXPECT_EQ(story->raw, "عنوان القصة\nنص القصة الأول.\n+ الخط -\nالمصدر : الجزيرة + وكالات\n");
  auto j6 = (*store)->GetDocument("j6", {});
  ASSERT_TRUE(j6.ok());
  EXPECT_EQ(j6->source, "وكالة سانا");
  EXPECT_EQ(j6->origin, In("news.jsonl") + ":7");
  auto dup = (*store)->GetDuplicate("j3");
  ASSERT_TRUE(dup.ok() && dup->has_value());
  EXPECT_EQ((*dup)->duplicate_of, "j1");
  EXPECT_TRUE((*store)->GetDocument("f1", {}).ok());
  EXPECT_TRUE((*store)->GetDocument("page", {}).ok());
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
  store->reset();

  // The same ingest again: every kept document is replaced, nothing new, same duplicates.
  s = Run({In("news.jsonl"), In("a")});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->ingested, 0u);
  EXPECT_EQ(s->replaced, 6u);
  EXPECT_EQ(s->duplicates, 1u);
  store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->CountDocuments(), 6u);
  EXPECT_EQ(*(*store)->CountDuplicates(), 1u);
}

// An ordered stage as the index or the entity table uses it: it sees every stored document
// once, in input order, writes a record into the document's batch, and commits after.
class CountingStage final : public Stage {
 public:
  explicit CountingStage(std::vector<std::string>* seen, int* commits) : seen_(seen), commits_(commits) {}
  std::string_view name() const override { return "stories"; }
  bool ordered() const override { return true; }
  Status ProcessInOrder(doc::AnalyzedDoc* doc, const OrderedContext& ctx) override {
    if (doc->analysis.tokens.empty()) return Status::Corruption("no analysis on " + doc->document.id);
    seen_->push_back(doc->document.id);
    ctx.batch->PutRecord(doc->document.id, store::RecordKind::kStory,
                         std::to_string(doc->analysis.tokens.size()));
    return Status::Ok();
  }
  Status Commit() override {
    ++*commits_;
    return Status::Ok();
  }

 private:
  std::vector<std::string>* seen_;
  int* commits_;
};

TEST_F(IngestTest, OrderedStagesSeeStoredDocumentsInOrder) {
  Write("news.jsonl", Line("o1", "خبر أول عن أستانا.") + Line("o2", "خبر ثان عن إدلب.") +
                          Line("o3", "خبر أول عن أستانا.") +  // exact duplicate of o1: not stored
                          Line("o4", "خبر رابع."));
  std::vector<std::string> seen;
  int commits = 0;
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<CountingStage>(&seen, &commits));
  IngestOptions options;
  options.batch_size = 2;  // several batches: one Commit after each
  auto s = Run({In("news.jsonl")}, options, std::move(stages));
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(seen, (std::vector<std::string>{"o1", "o2", "o4"}));
  EXPECT_GE(commits, 2);
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  auto record = (*store)->GetRecord("o2", store::RecordKind::kStory);
  ASSERT_TRUE(record.ok()) << record.status().ToString();
  EXPECT_EQ(*record, "5");  // خبر ثان عن إدلب .
}

TEST_F(IngestTest, BadInputsLoseNothingStored) {
  Write("good.jsonl", Line("g1", "نص سليم أول.") + Line("g2", "نص سليم ثان."));
  ASSERT_TRUE(Run({In("good.jsonl")}).ok());

  Write("bad/invalid_utf8.txt", "عنوان\nنص \xff\xfe مكسور");
  Write("bad/empty.txt", "");
  Write("bad/binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Write("bad/truncated.jsonl", "{\"id\":\"t1\",\"text\":\"نص");
  Write("bad/broken.xml", "<rss><channel><item><title>x</item></rss>");
  Write("bad/broken.html", "<html><body><p>نص صفحة مكسورة<div><span></p></b>");
  {
    // An article over the 32 MiB limit is refused with a clear error.
    std::ofstream big(In("bad/huge.txt"), std::ios::binary);
    const std::string para = "هذا سطر طويل من نص مقال كبير جدا يتكرر مرات كثيرة.\n";
    for (std::size_t n = 0; n < (std::size_t{100} << 20); n += para.size()) big << para;
  }
  auto s = Run({In("bad"), In("missing.txt")});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->ingested, 1u);  // only the malformed HTML page is readable
  std::map<std::string, std::string> errors;
  for (const auto& e : s->errors) errors[fs::path(e.path).filename().string()] = e.error;
  EXPECT_EQ(errors.size(), 7u);
  EXPECT_EQ(errors["invalid_utf8.txt"], "invalid UTF-8 at byte 16");
  EXPECT_EQ(errors["empty.txt"], "empty file, nothing to ingest");
  EXPECT_NE(errors["binary.txt"].find("binary file"), std::string::npos);
  EXPECT_NE(errors["truncated.jsonl"].find("truncated or malformed JSON"), std::string::npos);
  EXPECT_NE(errors["broken.xml"].find("malformed XML at line 1"), std::string::npos);
  EXPECT_NE(errors["huge.txt"].find("larger than the limit of 32 MiB"), std::string::npos);
  EXPECT_NE(errors["missing.txt"].find("missing.txt"), std::string::npos);

  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->GetDocument("g1", {})->text, "نص سليم أول.");
  EXPECT_EQ((*store)->GetDocument("g2", {})->text, "نص سليم ثان.");
  EXPECT_EQ(*(*store)->CountDocuments(), 3u);
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
}

std::string MakeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& entries) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  EXPECT_NE(z, nullptr);
  for (const auto& [name, content] : entries) {
    zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(zip_close(z), 0);
  return path;
}

TEST_F(IngestTest, ZipArchivesTraversalAndBomb) {
  MakeZip(In("ok.zip"), {{"day/a.txt", "عنوان\nنص من الأرشيف."},
                         {"day/b.json", "[{\"title\":\"ت\",\"content\":\"محتوى أول.\"},"
                                        "{\"title\":\"ث\",\"content\":\"محتوى ثان.\"}]"},
                         {"../evil.txt", "عنوان\nلا يجب أن يقرأ"},
                         {"/abs.txt", "عنوان\nولا هذا"},
                         {"README.md", "ignored"}});
  MakeZip(In("bomb.zip"), {{"first.txt", "عنوان\nنص قبل القنبلة."}, {"z.txt", std::string(48 << 20, 'x')}});
  IngestOptions options;
  options.source.zip.max_total_bytes = 16 << 20;
  auto s = Run({In("ok.zip"), In("bomb.zip")}, options);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->ingested, 4u);  // a, b-1, b-2 and the bomb's first entry
  ASSERT_EQ(s->errors.size(), 3u);  // sorted by path
  EXPECT_EQ(s->errors[0].path, In("bomb.zip"));
  EXPECT_NE(s->errors[0].error.find("zip bomb"), std::string::npos);
  EXPECT_EQ(s->errors[1].path, In("ok.zip") + "/../evil.txt");
  EXPECT_NE(s->errors[1].error.find("'..' component"), std::string::npos);
  EXPECT_EQ(s->errors[2].path, In("ok.zip") + "//abs.txt");
  EXPECT_NE(s->errors[2].error.find("absolute path"), std::string::npos);
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->GetDocument("b-2", {})->text, "محتوى ثان.");
  EXPECT_EQ((*store)->GetDocument("first", {})->origin, In("bomb.zip") + "/first.txt");
  EXPECT_EQ((*store)->GetDocument("a", {})->origin, In("ok.zip") + "/day/a.txt");
}

// A body of ~150 words drawn from a small vocabulary (a dictionary can be trained on them).
std::string WordsText(std::size_t i) {
  static const char* const kWords[] = {"قال", "الرئيس", "وزير", "الخارجية", "في", "بيان", "اليوم", "إن",
                                       "الحكومة", "ستعمل", "على", "تعزيز", "التعاون", "مع", "الدول"};
  std::string t;
  std::uint32_t x = static_cast<std::uint32_t>(i) * 2654435761u + 1;
  for (int w = 0; w < 150; ++w) {
    x = x * 1103515245u + 12345u;
    t += kWords[(x >> 16) % std::size(kWords)];
    t += ' ';
  }
  return t + std::to_string(i) + ".";
}

TEST_F(IngestTest, TrainsOneTextDictionaryOnTheFirstBatch) {
  auto write_docs = [&](const std::string& name, std::size_t first, std::size_t n) {
    std::ofstream out(In(name));
    for (std::size_t i = first; i < first + n; ++i) out << Line(std::string("w").append(std::to_string(i)), WordsText(i));
  };
  write_docs("few.jsonl", 0, 100);    // too few to train on
  write_docs("many.jsonl", 100, 400);
  write_docs("more.jsonl", 500, 400);
  auto dictionary_keys = [&] {
    auto store = store::OpenStore(StoreDir());
    EXPECT_TRUE(store.ok());
    auto d = (*store)->TextDictionary();
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    return d.ok() && *d ? (*d)->id() : 0u;
  };

  ASSERT_TRUE(Run({In("few.jsonl")}).ok());
  EXPECT_EQ(dictionary_keys(), 0u);
  IngestOptions off;
  off.text_dictionary = false;
  ASSERT_TRUE(Run({In("many.jsonl")}, off).ok());
  EXPECT_EQ(dictionary_keys(), 0u);
  // Re-ingesting with dictionaries on trains one (the first batch is 400 articles) and
  // replaces the texts with blobs made with it.
  ASSERT_TRUE(Run({In("many.jsonl")}).ok());
  const std::uint32_t id = dictionary_keys();
  ASSERT_NE(id, 0u);
  ASSERT_TRUE(Run({In("more.jsonl")}).ok());
  EXPECT_EQ(dictionary_keys(), id);  // kept, not trained again

  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  EXPECT_TRUE((*store)->CheckIntegrity().ok()) << (*store)->CheckIntegrity().ToString();
  std::size_t count = 0;
  ASSERT_TRUE((*store)->ForEachDocument({}, [&](store::DocumentRow&& row) {
    EXPECT_EQ(row.text, WordsText(std::stoul(row.id.substr(1)))) << row.id;
    ++count;
    return true;
  }).ok());
  EXPECT_EQ(count, 900u);
}

// The dictionary is trained (on a thread of its own, beside the first batch's analysis) on
// the first batch's texts as read, before learned lines are dropped from them: with one
// worker (shared compression) and two (compression on the workers) the store holds the
// dictionary BlobDictionary::Train makes of exactly those texts.
TEST_F(IngestTest, TextDictionaryIsTrainedOnTheFirstBatchAsRead) {
  std::vector<std::string> texts;
  {
    std::ofstream out(In("d.jsonl"));
    for (std::size_t i = 0; i < 400; ++i) {
      const std::string line = i % 3 == 0 ? "تابعونا على تويتر" : "";  // a recurring line, learned
      out << Line(std::string("w").append(std::to_string(i)), line.empty() ? WordsText(i) : line + "\\n" + WordsText(i));
      texts.push_back(line.empty() ? WordsText(i) : line + "\n" + WordsText(i));
    }
  }
  const std::vector<std::string_view> samples(texts.begin(), texts.end());
  const auto expected = store::BlobDictionary::Train(samples);
  ASSERT_NE(expected, nullptr);
  for (int workers : {1, 2}) {
    const std::string dir = (root_ / "d" / std::to_string(workers)).string();
    auto st = store::OpenStore(dir);
    ASSERT_TRUE(st.ok());
    IngestOptions options;
    options.workers = workers;
    Pipeline pipeline(analyzer_, {});
    auto r = Ingest(**st, pipeline, {In("d.jsonl")}, options);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_GT(r->boilerplate_lines, 0u);  // the texts stored are not the texts trained on
    auto d = (*st)->TextDictionary();
    ASSERT_TRUE(d.ok() && *d != nullptr) << workers;
    EXPECT_TRUE((*d)->bytes() == expected->bytes()) << workers << " workers";
  }
}

// A store that records what each Write stores (blobs as compressed, metadata, duplicates)
// and passes everything on to the real one.
class RecordingStore : public store::Store {
 public:
  explicit RecordingStore(std::unique_ptr<store::Store> base) : base_(std::move(base)) {}

  Result<store::WriteResult> Write(const store::WriteBatch& batch) override {
    std::string& w = writes.emplace_back();
    for (const store::WriteBatch::Op& op : batch.ops()) {
      w += std::to_string(static_cast<int>(op.kind)) + '|' + op.doc.row.id + '|' + op.doc.text_blob + '|' +
           op.doc.raw_blob + '|' + std::to_string(op.doc.text_len) + '|' + std::to_string(op.doc.raw_len) +
           '|' + op.duplicate.id + '|' + op.duplicate.duplicate_of + '|' + op.key + '|' + op.bytes + '\n';
    }
    return base_->Write(batch);
  }
  Result<store::DocumentRow> GetDocument(std::string_view id, const store::ReadOptions& o) override {
    return base_->GetDocument(id, o);
  }
  Result<std::optional<store::DuplicateRow>> GetDuplicate(std::string_view id) override {
    return base_->GetDuplicate(id);
  }
  Status ForEachDocument(const store::ReadOptions& o, const std::function<bool(store::DocumentRow&&)>& fn) override {
    return base_->ForEachDocument(o, fn);
  }
  Status ForEachFingerprint(
      const std::function<void(std::string_view, std::string_view, const store::Fingerprint&)>& fn) override {
    return base_->ForEachFingerprint(fn);
  }
  Result<std::string> GetRecord(std::string_view id, store::RecordKind kind) override {
    return base_->GetRecord(id, kind);
  }
  Result<std::optional<std::string>> GetMeta(std::string_view key) override { return base_->GetMeta(key); }
  Result<std::shared_ptr<const store::BlobDictionary>> TextDictionary() override { return base_->TextDictionary(); }
  Result<std::uint64_t> CountDocuments() override { return base_->CountDocuments(); }
  Result<std::uint64_t> CountDuplicates() override { return base_->CountDuplicates(); }
  Result<std::uint64_t> Generation() override { return base_->Generation(); }
  Status CheckIntegrity() override { return base_->CheckIntegrity(); }
  const std::string& dir() const override { return base_->dir(); }

  std::vector<std::string> writes;  // one string per Write, an op a line

 private:
  std::unique_ptr<store::Store> base_;
};

TEST_F(IngestTest, SharedCompressionStoresTheSameBytes) {
  {
    // 1,100 articles in batches of 256: a dictionary trained on the first batch, a learned
    // line dropped from a third of the texts, exact duplicates, and a second ingest that
    // re-stores every document.
    std::ofstream out(In("a.jsonl"));
    for (std::size_t i = 0; i < 1100; ++i) {
      std::string text = WordsText(i % 1000);
      if (i % 1000 % 3 == 0) text = "تابعونا على تويتر\\n" + text;  // a recurring line, learned
      out << Line(std::string("w").append(std::to_string(i)), text);
    }
  }
  using CompressOn = IngestOptions::CompressOn;
  auto record = [&](int workers, CompressOn on, const std::string& name) {
    auto base = store::OpenStore((root_ / name).string());
    EXPECT_TRUE(base.ok());
    RecordingStore store(std::move(*base));
    IngestOptions options;
    options.batch_size = 256;
    options.workers = workers;
    options.compress_on = on;
    for (int run = 0; run < 2; ++run) {
      Pipeline pipeline(analyzer_, {});
      auto r = Ingest(store, pipeline, {In("a.jsonl")}, options);
      EXPECT_TRUE(r.ok()) << r.status().ToString();
      if (r.ok() && run == 0) {
        EXPECT_EQ(r->ingested, 1000u);
        EXPECT_EQ(r->exact_duplicates, 100u);
        EXPECT_GT(r->boilerplate_lines, 0u);
      }
    }
    EXPECT_TRUE(store.CheckIntegrity().ok());
    auto d = store.TextDictionary();
    EXPECT_TRUE(d.ok() && *d != nullptr);
    return store.writes;
  };
  const std::vector<std::string> workers = record(2, CompressOn::kWorkers, "workers");
  ASSERT_GE(workers.size(), 10u);
  EXPECT_NE(workers[0].find("text_dictionary."), std::string::npos);
  // Compared write by write (the blobs are binary: a failure names the write, not its bytes).
  auto expect_same = [&](const std::vector<std::string>& got, const std::string& what) {
    ASSERT_EQ(got.size(), workers.size()) << what;
    for (std::size_t i = 0; i < got.size(); ++i) EXPECT_TRUE(got[i] == workers[i]) << what << ": write " << i;
  };
  expect_same(record(1, CompressOn::kShared, "shared1"), "one worker, shared compression");
  expect_same(record(2, CompressOn::kShared, "shared2"), "two workers, shared compression");
  expect_same(record(1, CompressOn::kAuto, "auto1"), "one worker, auto");
}

// The crash test: documents whose stored text is known from their id.
std::string CrashText(std::size_t i) {
  std::string s = "خبر رقم " + std::to_string(i) + " عن الجولة " + std::to_string(i * 7919 % 10007) + ".";
  s += "\\nقال المتحدث " + std::to_string(i * 31 % 997) + " إن المحادثات مستمرة " + std::to_string(i) + ".";
  return s;
}

std::string Unescaped(std::string s) {
  const std::size_t p = s.find("\\n");
  if (p == std::string::npos) return s;
  std::string out(s, 0, p);
  out.push_back('\n');
  out.append(s, p + 2);
  return out;
}

TEST_F(IngestTest, SurvivesKillNineAtRandomMoments) {
  constexpr std::size_t kDocs = 40000;
  {
    std::ofstream out(In("crash.jsonl"));
    for (std::size_t i = 0; i < kDocs; ++i) out << Line(std::string("c").append(std::to_string(i)), CrashText(i));
  }
  IngestOptions options;
  options.batch_size = 256;
  std::mt19937 rng(20240611);
  std::uint64_t last_count = 0;
  int kills = 0;
  for (int round = 0; round < 24; ++round) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      // Every other round shares the compression with the writer (IngestOptions::compress_on).
      if (round % 2 == 1) options.compress_on = IngestOptions::CompressOn::kShared;
      auto s = Run({In("crash.jsonl")}, options);
      ::_exit(s.ok() ? 0 : 3);
    }
    // Kill moments within 220 ms: since the store's faster start-up and compression, a child
    // given up to 420 ms often finished the 40,000 articles after 8-16 kills on an idle machine.
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 200));
    const bool killed = ::kill(pid, SIGKILL) == 0;
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    if (killed && WIFSIGNALED(status)) ++kills;

    // Reopen: the store opens, passes the integrity check, and every committed document
    // is intact, whatever moment the child died at.
    auto store = store::OpenStore(StoreDir());
    ASSERT_TRUE(store.ok()) << "round " << round << ": " << store.status().ToString();
    Status integrity = (*store)->CheckIntegrity();
    ASSERT_TRUE(integrity.ok()) << "round " << round << ": " << integrity.ToString();
    std::uint64_t count = 0;
    ASSERT_TRUE((*store)->ForEachDocument({}, [&](store::DocumentRow&& row) {
      const std::size_t i = std::stoul(row.id.substr(1));
      EXPECT_EQ(row.text, Unescaped(CrashText(i))) << row.id;
      EXPECT_EQ(row.title, std::string("عنوان ").append(row.id));
      ++count;
      return true;
    }).ok());
    EXPECT_GE(count, last_count) << "round " << round << ": committed documents were lost";
    last_count = count;
    if (count == kDocs) break;
  }
  EXPECT_GE(kills, 20) << "the child finished too early to be killed 20 times";

  // Finishing the ingest completes the store.
  auto s = Run({In("crash.jsonl")}, options);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->ingested + s->replaced, kDocs);
  EXPECT_EQ(s->duplicates, 0u);
  auto store = store::OpenStore(StoreDir());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->CountDocuments(), kDocs);
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
}

}  // namespace
}  // namespace marsad::engine
