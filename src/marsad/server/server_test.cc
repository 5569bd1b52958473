// The HTTP API end to end: a server on an ephemeral loopback port over a temporary store,
// asked by httplib::Client. Every endpoint, and bad input of every kind: missing, oversized,
// garbled and repeated parameters, invalid UTF-8, wrong methods, unknown paths, oversized
// bodies, a wrong token; reads answering while an ingest writes.
#include "marsad/server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <stdlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "marsad/api/json_codec.h"
#include "marsad/api/queries.h"
#include "marsad/api/story_json.h"
#include "marsad/api/story_queries.h"
#include "marsad/engine/ingest_job.h"
#include "marsad/engine/pipeline.h"
#include "marsad/engine/record_codecs.h"
#include "marsad/store/store.h"

namespace marsad::server {
namespace {

constexpr const char* kToken = "s3cret-token";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "marsad-server-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    root_ = tmpl;
    dir_ = root_ + "/store";
    auto store = store::OpenStore(dir_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    store::WriteBatch batch;
    const std::string text1 = "قال لافروف: \"الحل سياسي\" في موسكو.";
    batch.PutDocument(Doc("d1", "لافروف في موسكو", "BBC", 1519603200, text1));
    batch.PutDocument(Doc("d2", "جولة أستانا", "CNN", 1519689600, "افتتحت جولة جديدة في أستانا."));
    batch.PutDocument(Doc("خبر-٣", "بلا تاريخ", "BBC", std::nullopt, "نص بلا تاريخ."));
    doc::Quote q;
    const auto at = static_cast<std::uint32_t>(text1.find("الحل"));
    q.span = {at, at + static_cast<std::uint32_t>(std::string("الحل سياسي").size())};
    q.kind = doc::QuoteKind::kDirect;
    q.speaker.name = "لافروف";
    const auto who = static_cast<std::uint32_t>(text1.find("لافروف"));
    q.speaker.mention = ByteSpan{who, who + static_cast<std::uint32_t>(std::string("لافروف").size())};
    batch.Put<engine::QuotesCodec>("d1", std::vector<doc::Quote>{q});
    doc::Mention m;
    m.span = *q.speaker.mention;
    m.type = doc::EntityType::kPerson;
    batch.Put<engine::MentionsCodec>("d1", std::vector<doc::Mention>{m});
    store::DuplicateRow dup;
    dup.id = "d9";
    dup.duplicate_of = "d2";
    batch.PutDuplicate(dup);
    ASSERT_TRUE((*store)->Write(batch).ok());
  }

  void TearDown() override {
    StopServer();
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }

  static store::DocumentRow Doc(std::string id, std::string title, std::string source,
                                std::optional<std::int64_t> published, std::string text) {
    store::DocumentRow row;
    row.id = std::move(id);
    row.title = std::move(title);
    row.source = std::move(source);
    row.published = published;
    row.text = std::move(text);
    row.origin = "test";
    return row;
  }

  void StartServer(ServerOptions options = {}) {
    options.store_dir = dir_;
    options.port = 0;
    options.threads = 8;
    auto server = Server::Create(options);
    ASSERT_TRUE(server.ok()) << server.status().message();
    server_ = std::move(server).value();
    thread_ = std::thread([this] { EXPECT_TRUE(server_->Run().ok()); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_url_encode(false);  // the tests send paths already percent-encoded
    // POST /api/ingest loads the tagger and runs every stage: seconds under a sanitizer on
    // a loaded machine, more than httplib's 5 s default.
    client_->set_read_timeout(120, 0);
    for (int i = 0; i < 200; ++i) {
      if (client_->Get("/health")) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    FAIL() << "server did not come up";
  }

  void StopServer() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }

  // GET path: the status and the parsed JSON body.
  std::pair<int, nlohmann::json> Get(const std::string& path) {
    auto res = client_->Get(path);
    if (!res) return {0, nullptr};
    return {res->status, nlohmann::json::parse(res->body, nullptr, false)};
  }

  std::string root_, dir_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServerTest, HealthAndVersion) {
  StartServer();
  auto [status, body] = Get("/health");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body.dump(), R"({"documents":3,"status":"ok"})");
  std::tie(status, body) = Get("/api/version");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["name"], "marsad");
  EXPECT_EQ(body["documents"], 3);
  // The fixture's store keeps no text dictionary, so it is still at format 1, whatever
  // the newest format this build writes.
  EXPECT_EQ(body["store_format"], 1);
  EXPECT_EQ(body["features"]["docs"], true);
  EXPECT_EQ(body["features"]["ingest"], false);
  EXPECT_EQ(server_->url(), "http://127.0.0.1:" + std::to_string(server_->port()) + "/");
}

TEST_F(ServerTest, DocumentIsWhatShowPrints) {
  StartServer();
  auto store = store::OpenStore(dir_);
  ASSERT_TRUE(store.ok());
  auto record = api::LookupDocument(**store, "d1", {});
  ASSERT_TRUE(record.ok());
  auto [status, body] = Get("/api/docs/d1");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body, api::DocumentRecordToJson(*record, nullptr));
  EXPECT_EQ(body["quotes"][0]["text"], "الحل سياسي");
  EXPECT_EQ(body["quotes"][0]["speaker"]["mention"], "لافروف");
  EXPECT_EQ(body["mentions"].dump(),
            R"([{"end":19,"entity":null,"kind":"name","start":7,"text":"لافروف","type":"PER"}])");
  // An Arabic id, percent-encoded in the path.
  std::tie(status, body) = Get("/api/docs/%D8%AE%D8%A8%D8%B1-%D9%A3");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["id"], "خبر-٣");
  EXPECT_EQ(body["date"], nullptr);
}

TEST_F(ServerTest, DocumentErrors) {
  StartServer();
  struct Case {
    const char* path;
    int status;
    const char* error;
  } cases[] = {
      {"/api/docs/nope", 404, "no document with id nope"},
      {"/api/docs/d9", 404, "d9 was not stored: it is an exact duplicate of d2 (marsad show d2)"},
      {"/api/docs/%FF%FE", 400, "document id: invalid UTF-8 at byte 0"},
      {"/api/docs/a%0Ab", 400, "document id: control characters are not allowed"},
      {"/api/docs/d1?x=1", 400, "unknown parameter 'x' (this endpoint takes none)"},
  };
  for (const Case& c : cases) {
    auto [status, body] = Get(c.path);
    EXPECT_EQ(status, c.status) << c.path;
    EXPECT_EQ(body, nlohmann::json({{"error", c.error}})) << c.path;
  }
  auto [status, body] = Get("/api/docs/" + std::string(600, 'x'));
  EXPECT_EQ(status, 400);
  EXPECT_EQ(body["error"], "document id: longer than 512 bytes");
}

TEST_F(ServerTest, ListDocuments) {
  StartServer();
  struct Case {
    const char* query;
    const char* ids;  // the ids returned, in order
    int total;
  } cases[] = {
      {"", "d2 d1 خبر-٣", 3},
      {"?limit=1", "d2", 3},
      {"?limit=2&offset=1", "d1 خبر-٣", 3},
      {"?source=BBC", "d1 خبر-٣", 2},
      {"?since=2018-02-27", "d2", 1},
      {"?until=2018-02-27", "d1", 1},
      {"?since=2018-02-26T00:00:00Z&until=2018-02-28", "d2 d1", 2},
      {"?source=%D8%A8%D9%8A", "", 0},
      {"?offset=99", "", 3},
  };
  for (const Case& c : cases) {
    auto [status, body] = Get(std::string("/api/docs") + c.query);
    ASSERT_EQ(status, 200) << c.query << ": " << body.dump();
    std::string ids;
    for (const auto& d : body["docs"]) {
      if (!ids.empty()) ids += ' ';
      ids += d["id"].get<std::string>();
    }
    EXPECT_EQ(ids, c.ids) << c.query;
    EXPECT_EQ(body["total"], c.total) << c.query;
  }
}

TEST_F(ServerTest, ListFollowsTheStoreAfterItsTimeToLive) {
  ServerOptions options;
  options.refresh_interval = std::chrono::milliseconds(100);
  StartServer(options);
  EXPECT_EQ(Get("/api/docs").second["total"], 3);
  {
    auto store = store::OpenStore(dir_);
    ASSERT_TRUE(store.ok());
    store::WriteBatch batch;
    batch.PutDocument(Doc("d4", "جديد", "CNN", 1519776000, "خبر جديد."));
    ASSERT_TRUE((*store)->Write(batch).ok());
  }
  EXPECT_EQ(Get("/api/docs/d4").first, 200);  // single documents: at once
  // Lists follow within about refresh_interval; under a sanitizer on a loaded machine the
  // refresh itself can take longer, so poll up to a generous deadline rather than sleep
  // a fixed time (the test checks that the list catches up, not how fast).
  nlohmann::json body;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  do {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    body = Get("/api/docs?limit=1").second;
  } while (body["total"] != 4 && std::chrono::steady_clock::now() < deadline);
  EXPECT_EQ(body["total"], 4);
  EXPECT_EQ(body["docs"][0]["id"], "d4");
}

TEST_F(ServerTest, ListDocumentsBadParameters) {
  StartServer();
  struct Case {
    std::string query;
    const char* error;
  } cases[] = {
      {"?limit=0", "limit: out of range (an integer from 1 to 1000)"},
      {"?limit=1001", "limit: out of range (an integer from 1 to 1000)"},
      {"?limit=abc", "limit: not a number (an integer from 1 to 1000)"},
      {"?limit=", "limit: not a number (an integer from 1 to 1000)"},
      {"?limit=-5", "limit: not a number (an integer from 1 to 1000)"},
      {"?offset=1e9", "offset: not a number (an integer from 0 to 10000000)"},
      {"?since=tomorrow", "since: not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"},
      {"?until=2018-13-01", "until: not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"},
      {"?since=2018-03-01&until=2018-02-01", "until: must be after since"},
      {"?source=%FF", "source: invalid UTF-8 at byte 0"},
      {"?source=" + std::string(600, 'b'), "source: longer than 512 bytes"},
      {"?limit=1&limit=2", "limit: given more than once"},
      {"?q=x", "unknown parameter 'q' (expected: since, until, source, limit, offset)"},
  };
  for (const Case& c : cases) {
    auto [status, body] = Get("/api/docs" + c.query);
    EXPECT_EQ(status, 400) << c.query;
    EXPECT_EQ(body, nlohmann::json({{"error", c.error}})) << c.query;
  }
}

TEST_F(ServerTest, MethodsPathsAndSizes) {
  StartServer();
  auto res = client_->Post("/api/docs", "x", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  EXPECT_EQ(res->get_header_value("Allow"), "GET");
  EXPECT_EQ(nlohmann::json::parse(res->body)["error"], "POST is not allowed on this path (allowed: GET)");
  res = client_->Delete("/api/docs/d1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  res = client_->Put("/health", "x", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  res = client_->Get("/api/ingest");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  EXPECT_EQ(res->get_header_value("Allow"), "POST");

  auto [status, body] = Get("/nothing/here");
  EXPECT_EQ(status, 404);
  EXPECT_EQ(body, nlohmann::json({{"error", "no such endpoint (see docs/server.md)"}}));
  std::tie(status, body) = Get("/api/docs/d1/../../etc/passwd");
  EXPECT_NE(status, 200);

  res = client_->Get("/api/docs?source=" + std::string(20000, 'a'));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 414);
  EXPECT_EQ(nlohmann::json::parse(res->body, nullptr, false)["error"], "request URI too long");
}

TEST_F(ServerTest, Quotes) {
  StartServer();
  struct Case {
    std::string query;
    int status;
    std::string want;  // the quote texts joined by '|', or the error
  } cases[] = {
      {"?doc=d1", 200, "الحل سياسي"},
      {"?speaker=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81", 200, "الحل سياسي"},  // لافروف
      {"?speaker=%D8%A8%D9%88%D8%AA%D9%8A%D9%86", 200, ""},                   // بوتين
      {"?doc=d2", 200, ""},
      {"", 400, "give speaker or doc (or both)"},
      {"?doc=nope", 404, ""},
      {"?doc=d1&limit=0", 400, "limit: out of range (an integer from 1 to 1000)"},
      {"?speaker=%FF", 400, "speaker: invalid UTF-8 at byte 0"},
      {"?who=x", 400, "unknown parameter 'who' (expected: speaker, doc, limit)"},
  };
  for (const Case& c : cases) {
    auto [status, body] = Get("/api/quotes" + c.query);
    EXPECT_EQ(status, c.status) << c.query << ": " << body.dump();
    if (status == 200) {
      std::string texts;
      for (const auto& q : body) {
        if (!texts.empty()) texts += '|';
        texts += q["text"].get<std::string>();
      }
      EXPECT_EQ(texts, c.want) << c.query;
      if (!body.empty()) {
        EXPECT_EQ(body[0]["doc"], "d1");
      }
    } else if (!c.want.empty()) {
      EXPECT_EQ(body["error"], c.want) << c.query;
    }
  }
}

// Articles ingested with every stage (ner, entities, quotes, stories) into the test store,
// so that stories and timelines have something to show: three outlets on one round of talks
// in Astana, one article on something else.
void IngestStoryArticles(const std::string& root, const std::string& dir) {
  const std::string path = root + "/stories.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    const char* kLines[] = {
        R"({"id":"s1","source":"BBC","date":"2018-03-01","title":"جولة جديدة من محادثات أستانا حول سوريا","text":"بدأت في أستانا عاصمة كازاخستان جولة جديدة من المحادثات حول سوريا بمشاركة روسيا وتركيا وإيران. وقال وزير الخارجية الروسي سيرغي لافروف إن \"المحادثات ستستمر حتى التوصل إلى اتفاق\". وأضاف لافروف أن وقف إطلاق النار في سوريا صامد."})",
        R"({"id":"s2","source":"CNN","date":"2018-03-01","title":"محادثات أستانا: روسيا وتركيا وإيران تبحث وقف إطلاق النار في سوريا","text":"انطلقت في أستانا جولة المحادثات الجديدة حول سوريا بحضور وفود روسيا وتركيا وإيران. وقال سيرغي لافروف إن \"وقف إطلاق النار في سوريا صامد\". وتبحث الوفود في أستانا تثبيت وقف إطلاق النار."})",
        R"({"id":"s3","source":"France24","date":"2018-03-02","title":"اختتام جولة محادثات أستانا حول سوريا","text":"اختتمت في أستانا جولة المحادثات حول سوريا بين روسيا وتركيا وإيران. وقال لافروف إن الجولة المقبلة من محادثات أستانا ستعقد الشهر المقبل. واتفقت الوفود في أستانا على تثبيت وقف إطلاق النار في سوريا."})",
        R"({"id":"s4","source":"BBC","date":"2018-03-05","title":"ارتفاع أسعار النفط","text":"ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد تراجع المخزونات الأمريكية. وقال محللون إن الأسعار قد تواصل الارتفاع خلال الأسبوع."})",
    };
    for (const char* line : kLines) out << line << '\n';
  }
  auto store = store::OpenStore(dir);
  ASSERT_TRUE(store.ok()) << store.status().message();
  const engine::StageRegistry registry = engine::StageRegistry::Default();
  auto names = registry.Resolve("all");
  ASSERT_TRUE(names.ok()) << names.status().message();
  auto stages = registry.Create(*names);
  ASSERT_TRUE(stages.ok()) << stages.status().message();
  const text::Analyzer analyzer;
  engine::Pipeline pipeline(analyzer, std::move(stages).value());
  auto summary = engine::Ingest(**store, pipeline, {path}, engine::IngestOptions{});
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary->ingested, 4u);
}

TEST_F(ServerTest, StoriesAreWhatTheCommandPrints) {
  IngestStoryArticles(root_, dir_);
  StartServer();
  auto store = store::OpenStore(dir_);
  ASSERT_TRUE(store.ok());
  auto table = api::StoryTable::Load(**store);
  ASSERT_TRUE(table.ok()) << table.status().message();
  api::StoryQuery query;
  query.limit = 20;
  auto page = (*table)->List(**store, query);
  ASSERT_TRUE(page.ok());
  nlohmann::json want = nlohmann::json::array();
  for (const auto& d : page->stories) want.push_back(api::StoryToJson(*d));
  ASSERT_FALSE(want.empty());

  auto res = client_->Get("/api/stories");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(nlohmann::json::parse(res->body), want);
  EXPECT_EQ(res->get_header_value("X-Total-Count"), std::to_string(page->total));

  // The story of s1, from the document view, is the story of s2 and s3 too (three outlets).
  auto [status, doc] = Get("/api/docs/s1");
  ASSERT_EQ(status, 200);
  ASSERT_TRUE(doc["story"].is_number()) << doc.dump();
  const std::string id = std::to_string(doc["story"].get<std::uint64_t>());
  auto [story_status, story] = Get("/api/stories/" + id);
  ASSERT_EQ(story_status, 200) << story.dump();
  auto detail = (*table)->Detail(**store, *(*table)->Get(StoryId(doc["story"].get<std::uint64_t>())));
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(story, api::StoryToJson(**detail));
  std::string docs;
  for (const auto& d : story["docs"]) docs += d.get<std::string>() + " ";
  EXPECT_EQ(docs, "s1 s2 s3 ");
  EXPECT_EQ(story["sources"], nlohmann::json({"BBC", "CNN", "France24"}));
  EXPECT_FALSE(story["summary"].get<std::string>().empty());

  // Search hits link to their story.
  auto [search_status, hits] = Get("/api/search?q=%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A7");  // أستانا
  ASSERT_EQ(search_status, 200);
  ASSERT_FALSE(hits["hits"].empty());
  for (const auto& h : hits["hits"]) {
    // s1-s3 are in the story; d2 of the fixture was stored without the stories stage.
    EXPECT_EQ(h["story"].dump(), h["id"] == "d2" ? "null" : id) << h.dump();
  }

  // Its timeline: the same entries, with counts per day.
  auto [tl_status, tl] = Get("/api/timeline?story=" + id);
  ASSERT_EQ(tl_status, 200) << tl.dump();
  EXPECT_EQ(tl["timeline"], story["timeline"]);
  EXPECT_EQ(tl["story"], story["id"]);
  ASSERT_FALSE(tl["days"].empty());
  EXPECT_EQ(tl["days"][0]["date"], "2018-03-01");
  int articles = 0;
  for (const auto& d : tl["days"]) articles += d["articles"].get<int>();
  EXPECT_EQ(articles, 3);

  // since/until select stories by their days.
  EXPECT_EQ(Get("/api/stories?since=2018-03-04").second.size(), 1u);   // the oil story only
  EXPECT_EQ(Get("/api/stories?until=2018-02-01").second.size(), 0u);
  EXPECT_EQ(Get("/api/stories?limit=1").second.size(), 1u);
}

TEST_F(ServerTest, EntityTimeline) {
  IngestStoryArticles(root_, dir_);
  StartServer();
  auto [status, list] = Get("/api/entities?name=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81");  // لافروف
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(list.empty()) << "no entity for لافروف";
  const auto& e = list[0];
  auto [tl_status, tl] = Get("/api/timeline?entity=" + std::to_string(e["id"].get<std::uint64_t>()));
  ASSERT_EQ(tl_status, 200) << tl.dump();
  EXPECT_EQ(tl["entity"], e["id"]);
  EXPECT_EQ(tl["docs"], e["docs"].size());
  int articles = 0;
  for (const auto& d : tl["days"]) articles += d["articles"].get<int>();
  EXPECT_EQ(articles, static_cast<int>(e["docs"].size()));
  for (const auto& entry : tl["timeline"]) {
    if (entry["kind"] == "quote") {
      EXPECT_EQ(entry["speaker"], e["name"]) << entry.dump();
    }
  }
  // limit keeps the newest articles.
  auto [one_status, one] = Get("/api/timeline?limit=1&entity=" + std::to_string(e["id"].get<std::uint64_t>()));
  ASSERT_EQ(one_status, 200);
  std::set<std::string> docs;
  for (const auto& entry : one["timeline"]) docs.insert(entry["doc"].get<std::string>());
  EXPECT_EQ(docs.size(), 1u);
}

TEST_F(ServerTest, StoriesAndTimelineBadInput) {
  StartServer();  // a store without stories: empty lists, 404 for ids
  struct Case {
    std::string path;
    int status;
    const char* error;  // "" when the status says enough
  } cases[] = {
      {"/api/stories", 200, ""},
      {"/api/stories?limit=0", 400, "limit: out of range (an integer from 1 to 100)"},
      {"/api/stories?limit=101", 400, "limit: out of range (an integer from 1 to 100)"},
      {"/api/stories?offset=-1", 400, "offset: not a number (an integer from 0 to 10000000)"},
      {"/api/stories?since=yesterday", 400, "since: not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"},
      {"/api/stories?since=2018-03-02&until=2018-03-01", 400, "until: must not be before since"},
      {"/api/stories?min_docs=0", 400, "min_docs: out of range (an integer from 1 to 100000)"},
      {"/api/stories?q=x", 400, "unknown parameter 'q' (expected: since, until, min_docs, limit, offset)"},
      {"/api/stories/abc", 400, "story id: must be a positive integer"},
      {"/api/stories/0", 400, "story id: must be a positive integer"},
      {"/api/stories/-3", 400, "story id: must be a positive integer"},
      {"/api/stories/99999999999999999999", 400, "story id: must be a positive integer"},
      {"/api/stories/%FF", 400, "story id: must be a positive integer"},
      {"/api/stories/12", 404, "no story with id 12"},
      {"/api/stories/1?x=1", 400, "unknown parameter 'x' (this endpoint takes none)"},
      {"/api/timeline", 400, "give entity or story (one of them)"},
      {"/api/timeline?entity=1&story=1", 400, "give entity or story (one of them)"},
      {"/api/timeline?entity=abc", 400, "entity: must be a positive integer"},
      {"/api/timeline?story=", 400, "story: must be a positive integer"},
      {"/api/timeline?entity=" + std::string(30, '9'), 400, "entity: longer than 20 bytes"},
      {"/api/timeline?entity=5", 404, "no entity with id 5"},
      {"/api/timeline?story=5", 404, "no story with id 5"},
      {"/api/timeline?story=1&limit=0", 400, "limit: out of range (an integer from 1 to 500)"},
      {"/api/timeline?story=1&limit=1&limit=2", 400, "limit: given more than once"},
  };
  for (const Case& c : cases) {
    auto [status, body] = Get(c.path);
    EXPECT_EQ(status, c.status) << c.path << ": " << body.dump();
    if (c.status == 200) {
      EXPECT_EQ(body, nlohmann::json::array()) << c.path;
    } else if (*c.error != '\0') {
      EXPECT_EQ(body, nlohmann::json({{"error", c.error}})) << c.path;
    }
  }
  for (const char* path : {"/api/stories", "/api/stories/1", "/api/timeline"}) {
    auto res = client_->Post(path, "x", "text/plain");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 405) << path;
    EXPECT_EQ(res->get_header_value("Allow"), "GET") << path;
    res = client_->Delete(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 405) << path;
  }
}

TEST_F(ServerTest, ViewsFollowTheStoreGeneration) {
  ServerOptions options;
  options.refresh_interval = std::chrono::milliseconds(50);
  options.stories_interval = std::chrono::milliseconds(0);
  StartServer(options);
  EXPECT_EQ(Get("/api/stories").second, nlohmann::json::array());
  EXPECT_EQ(Get("/api/search?q=%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A7").second["total"], 0);  // أستانا
  IngestStoryArticles(root_, dir_);
  // The keeper notices the new generation and rebuilds the views; requests meanwhile answer
  // from the old ones.
  nlohmann::json stories;
  for (int i = 0; i < 200; ++i) {
    stories = Get("/api/stories").second;
    if (!stories.empty()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_FALSE(stories.empty());
  EXPECT_GT(Get("/api/search?q=%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A7").second["total"], 0);
  EXPECT_EQ(Get("/api/docs").second["total"], 7);
}

TEST_F(ServerTest, SearchAndEntitiesValidateAndAnswer) {
  StartServer();
  struct Case {
    const char* path;
    int status;
  };
  const Case cases[] = {
      {"/api/search?q=x", 200},          {"/api/search?q=x&k=5", 200},
      {"/api/search", 400},              {"/api/search?q=", 400},
      {"/api/search?q=x&k=0", 400},      {"/api/search?q=x&k=abc", 400},
      {"/api/search?q=x&bogus=1", 400},  {"/api/entities", 200},
      {"/api/entities?type=PER", 200},   {"/api/entities?type=XYZ", 400},
      {"/api/entities?limit=0", 400},    {"/api/entities/abc", 400},
      {"/api/entities/0", 400},          {"/api/entities/999999", 404},
      {"/api/entities/1?x=1", 400},
  };
  for (const Case& c : cases) {
    auto [status, body] = Get(c.path);
    EXPECT_EQ(status, c.status) << c.path;
    if (c.status != 200) {
      EXPECT_TRUE(body.contains("error")) << c.path;
    }
  }
  auto [status, body] = Get("/api/search?q=x");
  ASSERT_EQ(status, 200);
  EXPECT_TRUE(body["hits"].is_array());
  EXPECT_TRUE(body.contains("total"));
  EXPECT_TRUE(Get("/api/entities").second.is_array());
}

TEST_F(ServerTest, WebPageIsEmbedded) {
  StartServer();
  auto res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(res->body.find("dir=\"rtl\""), std::string::npos);
  EXPECT_NE(res->body.find("lang=\"ar\""), std::string::npos);
  for (const char* path : {"/app.js", "/style.css"}) {
    res = client_->Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_FALSE(res->body.empty()) << path;
  }
}

TEST_F(ServerTest, IngestIsOffWithoutToken) {
  StartServer();
  auto res = client_->Post("/api/ingest", R"({"id":"n1","text":"نص"})", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(nlohmann::json::parse(res->body)["error"], "ingest is off: start marsad serve with --ingest-token");
}

TEST_F(ServerTest, IngestWithToken) {
  ServerOptions options;
  options.ingest_token = kToken;
  options.max_body_bytes = 64 << 10;
  StartServer(options);
  const std::string body =
      "{\"id\":\"n1\",\"title\":\"عنوان\",\"text\":\"قال المتحدث إن المحادثات ستستمر في جنيف الأسبوع المقبل.\","
      "\"source\":\"Test\",\"date\":\"2018-03-01\"}\n"
      "{\"id\":\"n2\",\"text\":\"أعلنت الوزارة عن خطة جديدة لإعادة الإعمار في المدينة.\",\"source\":\"Test\"}\n";
  struct Case {
    httplib::Headers headers;
    std::string body;
    int status;
  } cases[] = {
      {{}, body, 401},
      {{{"Authorization", "Bearer wrong-token!"}}, body, 401},
      {{{"Authorization", std::string("Basic ") + kToken}}, body, 401},
      {{{"Authorization", std::string("Bearer ") + kToken}}, "", 400},
      {{{"Authorization", std::string("Bearer ") + kToken}}, std::string(70 << 10, 'x'), 413},
      {{{"Authorization", std::string("Bearer ") + kToken}}, "not json\n{broken\n", 400},
  };
  for (const Case& c : cases) {
    auto res = client_->Post("/api/ingest", c.headers, c.body, "application/x-ndjson");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, c.status) << res->body;
    EXPECT_TRUE(nlohmann::json::parse(res->body, nullptr, false).contains("error")) << res->body;
  }
  auto res = client_->Post("/api/ingest", {{"Authorization", std::string("Bearer ") + kToken}}, body,
                           "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  auto summary = nlohmann::json::parse(res->body);
  EXPECT_EQ(summary["ingested"], 2);
  EXPECT_EQ(summary["errors"], nlohmann::json::array());
  auto [status, doc] = Get("/api/docs/n1");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(doc["title"], "عنوان");
  std::tie(status, doc) = Get("/health");
  EXPECT_EQ(doc["documents"], 5);
}

TEST_F(ServerTest, ReadsAnswerWhileIngestRuns) {
  ServerOptions options;
  options.ingest_token = kToken;
  StartServer(options);
  std::string body;
  for (int i = 0; i < 3000; ++i) {
    body += "{\"id\":\"bulk-" + std::to_string(i) + "\",\"source\":\"Bulk\",\"text\":\"خبر رقم " + std::to_string(i) +
            " عن المحادثات في أستانا بين الوفود المشاركة، وقال المتحدث إن الجولة " + std::to_string(i * 7) +
            " ستبدأ غدا.\"}\n";
  }
  std::atomic<bool> ingest_done{false};
  int ingest_status = 0;
  std::thread writer([&] {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(120, 0);
    auto res = c.Post("/api/ingest", {{"Authorization", std::string("Bearer ") + kToken}}, body,
                      "application/x-ndjson");
    ingest_status = res ? res->status : -1;
    ingest_done = true;
  });
  int reads = 0, failures = 0;
  httplib::Client reader("127.0.0.1", server_->port());
  while (!ingest_done.load() || reads < 20) {
    auto res = reader.Get("/api/docs/d1");
    ++reads;
    if (!res || res->status != 200) ++failures;
  }
  writer.join();
  EXPECT_EQ(ingest_status, 200);
  EXPECT_EQ(failures, 0) << "of " << reads << " reads";
  auto [status, health] = Get("/health");
  EXPECT_EQ(health["documents"], 3003);
}

TEST_F(ServerTest, RefusesBadOptions) {
  ServerOptions options;
  options.store_dir = root_ + "/missing";
  options.port = 0;
  auto server = Server::Create(options);
  ASSERT_FALSE(server.ok());
  EXPECT_NE(server.status().message().find("no store here"), std::string::npos);
  options.store_dir = dir_;
  options.ingest_token = "short";
  server = Server::Create(options);
  ASSERT_FALSE(server.ok());
  EXPECT_EQ(server.status().message(), "--ingest-token: use at least 8 characters");
}

}  // namespace
}  // namespace marsad::server
