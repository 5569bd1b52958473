// Tests of the SQLite store: put/get/replace/delete, duplicates, typed records, metadata,
// reopening, refusing unknown versions and foreign files, integrity checking.
#include "marsad/store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "marsad/store/blob.h"
#include "marsad/base/byte_coding.h"

namespace marsad::store {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() /
            ("marsad_store_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> Open() {
    auto s = OpenStore(dir_);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }

  std::string dir_;
};

DocumentRow Row(const std::string& id, const std::string& text) {
  DocumentRow r;
  r.id = id;
  r.title = "عنوان " + id;
  r.source = "وكالة سانا";
  r.url = "https://example.org/" + id;
  r.text = text;
  r.raw = "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
  r.origin = "in.jsonl:1";
  r.published = 1505347200;
  r.fingerprint = {0x1234, 0xFFFFFFFFFFFFFFFFULL};
  return r;
}

// A typed record codec as later stages write them: a list of numbers.
struct NumbersCodec {
  using Value = std::vector<std::uint64_t>;
  static constexpr RecordKind kKind = RecordKind::kMentions;
  static void Encode(const Value& v, std::string* out) {
    base::PutVarint(out, v.size());
    for (std::uint64_t x : v) base::PutVarint(out, x);
  }
  static Result<Value> Decode(std::string_view in) {
    base::ByteReader d(in);
    std::uint64_t n = 0;
    Value v;
    if (!d.Varint(&n) || n > in.size()) return Status::Corruption("bad numbers record");
    for (std::uint64_t i = 0; i < n; ++i) {
      std::uint64_t x = 0;
      if (!d.Varint(&x)) return Status::Corruption("bad numbers record");
      v.push_back(x);
    }
    return v;
  }
};
static_assert(RecordCodec<NumbersCodec>);

TEST_F(StoreTest, PutGetReplaceDelete) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  WriteBatch b;
  b.PutDocument(Row("a", "نص المقال الأول"));
  b.PutDocument(Row("b", "نص المقال الثاني"));
  auto w = store->Write(b);
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(w->inserted, 2u);
  EXPECT_EQ(w->replaced, 0u);

  ReadOptions all{true, true};
  auto a = store->GetDocument("a", all);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "نص المقال الأول");
  EXPECT_EQ(a->raw, Row("a", "نص المقال الأول").raw);
  EXPECT_EQ(a->source, "وكالة سانا");
  EXPECT_EQ(a->published, 1505347200);
  EXPECT_EQ(a->fingerprint.simhash, 0xFFFFFFFFFFFFFFFFULL);
  const DocId num_a = a->num;

  WriteBatch r;
  r.PutDocument(Row("a", "نص جديد"));
  w = store->Write(r);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->inserted, 0u);
  EXPECT_EQ(w->replaced, 1u);
  a = store->GetDocument("a", all);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "نص جديد");
  EXPECT_EQ(a->num, num_a);  // the dense number survives replacement

  WriteBatch d;
  d.DeleteDocument("b");
  w = store->Write(d);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->deleted, 1u);
  EXPECT_TRUE(store->GetDocument("b", all).status().IsNotFound());
  EXPECT_EQ(*store->CountDocuments(), 1u);
  EXPECT_TRUE(store->CheckIntegrity().ok());
}

TEST_F(StoreTest, DuplicatesAndRecords) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  WriteBatch b;
  b.PutDocument(Row("a", "نص"));
  b.Put<NumbersCodec>("a", {1, 300, 70000});
  b.PutDuplicate({"a2", "a", DuplicateKind::kNear, 2, "x.jsonl:7"});
  ASSERT_TRUE(store->Write(b).ok());

  auto rec = store->Get<NumbersCodec>("a");
  ASSERT_TRUE(rec.ok());
  EXPECT_EQ(*rec, (std::vector<std::uint64_t>{1, 300, 70000}));
  EXPECT_TRUE(store->Get<NumbersCodec>("zz").status().IsNotFound());

  auto dup = store->GetDuplicate("a2");
  ASSERT_TRUE(dup.ok());
  ASSERT_TRUE(dup->has_value());
  EXPECT_EQ((*dup)->duplicate_of, "a");
  EXPECT_EQ((*dup)->distance, 2);

  // Replacing a document drops its records; storing a duplicate's id forgets the entry.
  WriteBatch r;
  r.PutDocument(Row("a", "نص آخر"));
  r.PutDocument(Row("a2", "نص مختلف"));
  ASSERT_TRUE(store->Write(r).ok());
  EXPECT_TRUE(store->Get<NumbersCodec>("a").status().IsNotFound());
  EXPECT_FALSE(store->GetDuplicate("a2")->has_value());
  EXPECT_EQ(*store->CountDuplicates(), 0u);

  // A batch that fails half-way (a record for an unknown document) changes nothing.
  WriteBatch bad;
  bad.PutDocument(Row("c", "ج"));
  bad.PutRecord("nope", RecordKind::kQuotes, "x");
  EXPECT_FALSE(store->Write(bad).ok());
  EXPECT_TRUE(store->GetDocument("c", {}).status().IsNotFound());
  EXPECT_TRUE(store->CheckIntegrity().ok());
}

TEST_F(StoreTest, ReopenKeepsEverythingAndMeta) {
  {
    auto store = Open();
    ASSERT_NE(store, nullptr);
    WriteBatch b;
    for (int i = 0; i < 100; ++i) b.PutDocument(Row(std::string("d").append(std::to_string(i)), std::string(i * 50, 'x')));
    b.PutMeta("learned", std::string("\0\1\2", 3));
    ASSERT_TRUE(store->Write(b).ok());
  }
  auto store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->CountDocuments(), 100u);
  auto m = store->GetMeta("learned");
  ASSERT_TRUE(m.ok() && m->has_value());
  EXPECT_EQ(**m, std::string("\0\1\2", 3));
  EXPECT_FALSE(store->GetMeta("absent")->has_value());
  std::vector<std::string> ids;
  ASSERT_TRUE(store->ForEachDocument({}, [&](DocumentRow&& r) {
    EXPECT_EQ(r.text.size(), std::stoul(r.id.substr(1)) * 50);
    ids.push_back(r.id);
    return true;
  }).ok());
  EXPECT_EQ(ids.size(), 100u);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  std::vector<std::string> catalog;
  ASSERT_TRUE(store->ForEachCatalogRow([&](DocumentRow&& r) {
    EXPECT_EQ(r.title, "عنوان " + r.id);
    EXPECT_EQ(r.source, "وكالة سانا");
    EXPECT_EQ(r.url, "https://example.org/" + r.id);
    EXPECT_EQ(r.published, 1505347200);
    EXPECT_TRUE(r.text.empty() && r.raw.empty() && r.origin.empty());
    catalog.push_back(r.id);
    return catalog.size() < 60;  // stops when fn returns false
  }).ok());
  EXPECT_EQ(catalog, std::vector<std::string>(ids.begin(), ids.begin() + 60));
  std::size_t n = 0;
  ASSERT_TRUE(store->ForEachFingerprint([&](std::string_view, std::string_view source, const Fingerprint& f) {
    EXPECT_EQ(source, "وكالة سانا");
    EXPECT_EQ(f.content, 0x1234u);
    ++n;
  }).ok());
  EXPECT_EQ(n, 100u);
  EXPECT_TRUE(store->CheckIntegrity().ok());
}

TEST_F(StoreTest, GenerationCountsCommitsSeenByEveryHandle) {
  auto writer = Open();
  StoreOptions ro;
  ro.read_only = true;
  ro.create_if_missing = false;
  auto reader = OpenStore(dir_, ro);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  struct Step {
    int docs;               // documents in the batch (0: an empty batch, which commits nothing)
    std::uint64_t want;     // the generation after it
  } steps[] = {{0, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 3}};
  int n = 0;
  for (const Step& step : steps) {
    WriteBatch batch;
    for (int i = 0; i < step.docs; ++i) {
      std::string id = "g";  // not "g" + to_string(): gcc 12 warns falsely (-Wrestrict) on that
      id += std::to_string(n++);
      batch.PutDocument(Row(id, "نص"));
    }
    ASSERT_TRUE(writer->Write(batch).ok());
    EXPECT_EQ(*writer->Generation(), step.want);
    EXPECT_EQ(*(*reader)->Generation(), step.want);
  }
}

TEST_F(StoreTest, RefusesUnknownVersionAndForeignFiles) {
  { ASSERT_NE(Open(), nullptr); }
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(CatalogPath(dir_).c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version=7", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto s = OpenStore(dir_);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kNotSupported);
  EXPECT_NE(s.status().message().find("format version 7"), std::string::npos) << s.status().message();

  fs::remove_all(dir_);
  fs::create_directories(dir_);
  std::ofstream(CatalogPath(dir_)) << "this is not a database at all, just some text to fill a page";
  s = OpenStore(dir_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a marsad store"), std::string::npos) << s.status().message();

  fs::remove_all(dir_);
  std::ofstream(dir_) << "a file";
  s = OpenStore(dir_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a directory"), std::string::npos);
  fs::remove(dir_);

  StoreOptions ro;
  ro.read_only = true;
  EXPECT_TRUE(OpenStore(dir_ + "-absent", ro).status().IsNotFound());
}

TEST_F(StoreTest, IntegrityCheckFindsDamagedBlob) {
  {
    auto store = Open();
    ASSERT_NE(store, nullptr);
    WriteBatch b;
    b.PutDocument(Row("a", std::string(4000, 'y')));
    ASSERT_TRUE(store->Write(b).ok());
  }
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(CatalogPath(dir_).c_str(), &db), SQLITE_OK);
    // Flip bytes inside the compressed text: the zstd checksum must catch it.
    ASSERT_EQ(sqlite3_exec(db,
                           "UPDATE docs SET text = substr(text, 1, 10) || x'00000000' || substr(text, 15)",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
  }
  auto store = Open();
  ASSERT_NE(store, nullptr);
  Status s = store->CheckIntegrity();
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("document a"), std::string::npos) << s.message();
}

TEST(BlobTest, RoundTripAndDamage) {
  const std::string inputs[] = {"", "a", std::string(100000, 'z'), "المصدر: وكالة سانا"};
  for (const std::string& in : inputs) {
    const std::string blob = CompressBlob(in);
    auto out = DecompressBlob(blob, in.size());
    ASSERT_TRUE(out.ok()) << out.status().ToString();
    EXPECT_EQ(*out, in);
    EXPECT_TRUE(DecompressBlob(blob, in.size() + 1).status().IsCorruption());
  }
  EXPECT_TRUE(DecompressBlob("\x07garbage", 7).status().IsCorruption());
  // A prefixed blob: small when the data repeats the prefix, and needs the same prefix.
  std::string text;
  std::uint32_t x = 1;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245u + 12345u;
    text.push_back(static_cast<char>('a' + (x >> 16) % 26));
  }
  const std::string raw = "{\"text\":\"" + text + "\"}";
  const std::string blob = CompressBlob(raw, text);
  EXPECT_LT(blob.size(), 100u);
  auto out = DecompressBlob(blob, raw.size(), text);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, raw);
  EXPECT_TRUE(DecompressBlob(blob, raw.size(), std::string(20000, 'r')).status().IsCorruption());
}

// Short news-like texts sharing phrases, as a dictionary is trained on: sentences drawn
// from a small vocabulary by a fixed generator.
std::vector<std::string> SampleTexts(std::size_t n, std::uint32_t seed) {
  static const char* const kWords[] = {"قال", "الرئيس", "وزير", "الخارجية", "في", "بيان", "اليوم",
                                       "إن", "الحكومة", "ستعمل", "على", "تعزيز", "التعاون", "مع",
                                       "الدول", "العربية", "وأضاف", "المتحدث", "باسم", "الوزارة"};
  std::vector<std::string> out;
  std::uint32_t x = seed;
  for (std::size_t i = 0; i < n; ++i) {
    std::string t;
    const int words = 200 + static_cast<int>(i % 50);
    for (int w = 0; w < words; ++w) {
      x = x * 1103515245u + 12345u;
      t += kWords[(x >> 16) % std::size(kWords)];
      t += (w % 12 == 11) ? ".\n" : " ";
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::shared_ptr<const BlobDictionary> TrainOn(const std::vector<std::string>& texts) {
  std::vector<std::string_view> samples(texts.begin(), texts.end());
  return BlobDictionary::Train(samples, 16 * 1024);
}

TEST(BlobTest, DictionaryRoundTripAndErrors) {
  const std::vector<std::string> texts = SampleTexts(300, 7);
  const auto dict = TrainOn(texts);
  ASSERT_NE(dict, nullptr);
  EXPECT_NE(dict->id(), 0u);
  // Training is deterministic: the same samples give the same dictionary.
  EXPECT_EQ(TrainOn(texts)->bytes(), dict->bytes());

  const std::string text = SampleTexts(1, 99)[0];
  const std::string blob = CompressBlob(text, {}, dict.get());
  ASSERT_EQ(static_cast<BlobCodec>(blob[0]), BlobCodec::kZstdDictionary);
  ASSERT_EQ(BlobDictionaryId(blob), dict->id());
  EXPECT_LT(blob.size(), CompressBlob(text).size());  // the point of it
  auto out = DecompressBlob(blob, text.size(), {}, dict.get());
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, text);

  // The context forgets the dictionary after a frame made with it.
  const std::string plain = CompressBlob(text);
  EXPECT_EQ(static_cast<BlobCodec>(plain[0]), BlobCodec::kZstd);
  EXPECT_FALSE(BlobDictionaryId(plain).has_value());
  EXPECT_EQ(*DecompressBlob(plain, text.size()), text);
  // A prefix wins over the dictionary (the raw blob refers to its text).
  EXPECT_EQ(static_cast<BlobCodec>(CompressBlob(text, "prefix", dict.get())[0]), BlobCodec::kZstdPrefixed);

  // Missing, other and damaged dictionaries are errors that say so.
  auto missing = DecompressBlob(blob, text.size());
  ASSERT_TRUE(missing.status().IsCorruption());
  EXPECT_NE(missing.status().message().find("text dictionary " + std::to_string(dict->id())), std::string::npos)
      << missing.status().message();
  const auto other = TrainOn(SampleTexts(300, 8));
  ASSERT_NE(other, nullptr);
  ASSERT_NE(other->id(), dict->id());
  EXPECT_TRUE(DecompressBlob(blob, text.size(), {}, other.get()).status().IsCorruption());
  EXPECT_TRUE(DecompressBlob(blob.substr(0, 3), text.size(), {}, dict.get()).status().IsCorruption());
  EXPECT_TRUE(BlobDictionary::Load("not a dictionary").status().IsCorruption());
  auto reloaded = BlobDictionary::Load(dict->bytes());
  ASSERT_TRUE(reloaded.ok()) << reloaded.status().ToString();
  EXPECT_EQ(*DecompressBlob(blob, text.size(), {}, reloaded->get()), text);
  EXPECT_EQ(BlobDictionary::Train({}), nullptr);
}

TEST_F(StoreTest, TextDictionaryUpgradesAnOldStoreInItsTransaction) {
  const std::vector<std::string> texts = SampleTexts(300, 7);
  const auto dict = TrainOn(texts);
  ASSERT_NE(dict, nullptr);
  auto user_version = [&] {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(CatalogPath(dir_).c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
    sqlite3_step(st);
    const int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
  };
  {
    // A store as older builds write it: version 1, codec 1 texts, no dictionary.
    auto store = Open();
    WriteBatch batch;
    batch.PutDocument(Row("old", texts[0]));
    ASSERT_TRUE(store->Write(batch).ok());
    EXPECT_EQ(*store->TextDictionary(), nullptr);
  }
  EXPECT_EQ(user_version(), 1);
  {
    auto store = Open();
    // A failed batch takes its dictionary and the upgrade with it.
    WriteBatch bad;
    bad.PutTextDictionary(*dict);
    bad.PutRecord("absent", RecordKind::kMentions, "x");
    ASSERT_FALSE(store->Write(bad).ok());
    EXPECT_EQ(*store->TextDictionary(), nullptr);
    EXPECT_EQ(user_version(), 1);

    WriteBatch batch;
    batch.PutTextDictionary(*dict);
    batch.PutDocument(PrepareDocument(Row("new", texts[1]), dict.get()));
    ASSERT_TRUE(store->Write(batch).ok());
    EXPECT_EQ(user_version(), 2);
  }
  auto store = Open();
  auto current = store->TextDictionary();
  ASSERT_TRUE(current.ok()) << current.status().ToString();
  ASSERT_NE(*current, nullptr);
  EXPECT_EQ((*current)->id(), dict->id());
  ReadOptions all;
  all.raw = true;
  for (const auto& [id, text] : {std::pair{"old", texts[0]}, std::pair{"new", texts[1]}}) {
    auto row = store->GetDocument(id, all);
    ASSERT_TRUE(row.ok()) << row.status().ToString();
    EXPECT_EQ(row->text, text);
    EXPECT_EQ(row->raw, Row(id, text).raw);
  }
  EXPECT_TRUE(store->CheckIntegrity().ok()) << store->CheckIntegrity().ToString();
}

TEST_F(StoreTest, MissingOrDamagedTextDictionaryIsCorruption) {
  const std::vector<std::string> texts = SampleTexts(300, 7);
  const auto dict = TrainOn(texts);
  ASSERT_NE(dict, nullptr);
  {
    auto store = Open();
    WriteBatch batch;
    batch.PutTextDictionary(*dict);
    batch.PutDocument(PrepareDocument(Row("a", texts[0]), dict.get()));
    ASSERT_TRUE(store->Write(batch).ok());
  }
  auto expect_corruption = [&](const std::string& want) {
    auto store = Open();
    auto row = store->GetDocument("a", ReadOptions{});
    ASSERT_FALSE(row.ok());
    EXPECT_TRUE(row.status().IsCorruption()) << row.status().ToString();
    EXPECT_NE(row.status().message().find(want), std::string::npos) << row.status().message();
    EXPECT_TRUE(store->CheckIntegrity().IsCorruption());
  };
  auto exec = [&](const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(CatalogPath(dir_).c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  };
  const std::string key = TextDictionaryKey(dict->id());
  exec("UPDATE meta SET value = X'00112233' WHERE key = '" + key + "'");
  expect_corruption("not a zstd dictionary");
  exec("DELETE FROM meta WHERE key = '" + key + "'");
  expect_corruption("text dictionary " + std::to_string(dict->id()) + " is not in the store");
}

}  // namespace
}  // namespace marsad::store
