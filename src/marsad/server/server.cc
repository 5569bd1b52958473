// The HTTP server behind `marsad serve`; see server.h and docs/server.md.
#include "marsad/server/server.h"

#include <httplib.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <string_view>
#include <thread>
#include <vector>

#include "marsad/api/json_codec.h"
#include "marsad/api/queries.h"
#include "marsad/api/quote_json.h"
#include "marsad/api/search_json.h"
#include "marsad/api/story_json.h"
#include "marsad/api/story_queries.h"
#include "marsad/dates/date_field.h"
#include "marsad/engine/entities_stage.h"
#include "marsad/engine/ingest_job.h"
#include "marsad/engine/search_service.h"
#include "marsad/engine/pipeline.h"
#include "marsad/engine/quotes_stage.h"
#include "marsad/quotes/quote_filter.h"
#include "marsad/server/params.h"
#include "marsad/server/store_pool.h"
#include "marsad/server/store_views.h"
#include "marsad/server/web_assets.h"
#include "marsad/store/store.h"
#include "marsad/text/analyzer.h"
#include "marsad/translit/transliterator.h"

namespace marsad::server {
namespace {

constexpr std::string_view kVersion = "0.1.0";
constexpr std::string_view kJsonType = "application/json; charset=utf-8";

// A feature of the contract this build may lack: its endpoints answer 501 until the module
// that implements it lands, and the web page shows "not available in this build".
struct Feature {
  std::string_view name;
  bool available;
};
constexpr Feature kFeatures[] = {
    {"docs", true},      {"search", true},   {"entities", true},
    {"quotes", true},   {"stories", true}, {"timeline", true},
};

// Binds `lhs` to the value of a Result, or answers its error (SendStatus) and returns.
#define MARSAD_ASSIGN_OR_SEND(lhs, expr)                      \
  auto MARSAD_CONCAT_(r_, __LINE__) = (expr);                 \
  if (!MARSAD_CONCAT_(r_, __LINE__).ok()) {                   \
    return SendStatus(res, MARSAD_CONCAT_(r_, __LINE__).status()); \
  }                                                           \
  lhs = std::move(MARSAD_CONCAT_(r_, __LINE__)).value()

void SendJson(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), std::string(kJsonType));
}

void SendError(httplib::Response& res, int status, std::string_view message) {
  SendJson(res, status, nlohmann::json{{"error", message}});
}

// Maps a Status to its HTTP status: bad input 400, missing 404, not built 501, else 500.
void SendStatus(httplib::Response& res, const Status& status) {
  int code = 500;
  if (status.IsInvalidArgument()) {
    code = 400;
  } else if (status.IsNotFound()) {
    code = 404;
  } else if (status.code() == StatusCode::kNotSupported) {
    code = 501;
  }
  SendError(res, code, status.message());
}

// Compares without an early exit, so the token cannot be guessed byte by byte by timing.
bool SameSecret(std::string_view a, std::string_view b) {
  unsigned diff = a.size() == b.size() ? 0u : 1u;
  for (std::size_t i = 0; i < a.size(); ++i) {
    diff |= static_cast<unsigned>(static_cast<unsigned char>(a[i]) ^
                                  static_cast<unsigned char>(i < b.size() ? b[i] : 0));
  }
  return diff == 0;
}

// A positive integer id from the path (entities, stories): nullopt when it is not one.
std::optional<std::uint64_t> PositiveId(const std::string& text) {
  std::uint64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || text.size() > 19 || id == 0) return std::nullopt;
  return id;
}

// One route of the API: the path pattern and the one method it answers; other methods on
// a matching path get 405.
struct Route {
  std::string method;
  std::regex pattern;
};

}  // namespace

class Server::Impl {
 public:
  explicit Impl(const ServerOptions& options) : options_(options) {}

  Status Open() {
    if (!options_.translit_model.empty()) {
      MARSAD_ASSIGN_OR_RETURN(translit::Transliterator t,
                              translit::Transliterator::Load(*io::Env::Default(), options_.translit_model));
      latin_.emplace(std::move(t));
    }
    if (options_.port < 0 || options_.port > 65535) {
      return Status::InvalidArgument("--port: " + std::to_string(options_.port) + " is not a port (0-65535)");
    }
    if (options_.threads < 1 || options_.threads > 4096) {
      return Status::InvalidArgument("--threads: must be from 1 to 4096");
    }
    if (!options_.ingest_token.empty()) {
      if (options_.ingest_token.size() < 8) {
        return Status::InvalidArgument("--ingest-token: use at least 8 characters");
      }
      // The writer handle; creates the store when it is missing.
      MARSAD_ASSIGN_OR_RETURN(writer_, store::OpenStore(options_.store_dir));
    }
    MARSAD_ASSIGN_OR_RETURN(pool_, StorePool::Open(options_.store_dir, options_.store_handles));
    ViewOptions views;
    views.refresh_interval = options_.refresh_interval;
    views.stories_interval = options_.stories_interval;
    views_ = std::make_unique<ViewKeeper>(options_.store_dir, pool_.get(), views);
    Configure();
    int port = options_.port;
    if (port == 0) {
      port = http_.bind_to_any_port(options_.host);
      if (port < 0) return Status::IOError(options_.host + ": cannot bind a port");
    } else if (!http_.bind_to_port(options_.host, port)) {
      return Status::IOError(options_.host + ":" + std::to_string(port) +
                             ": cannot bind (address in use or not local?)");
    }
    port_ = port;
    return Status::Ok();
  }

  int port() const { return port_; }
  std::string url() const {
    const bool v6 = options_.host.find(':') != std::string::npos;
    return "http://" + (v6 ? "[" + options_.host + "]" : options_.host) + ":" + std::to_string(port_) + "/";
  }

  Status Run() {
    // Builds the views while the first requests are served (those that need them wait),
    // then keeps them following the store's generation.
    std::thread warm([this] {
      (void)views_->Current();
      views_->Start();
    });
    const bool listened = http_.listen_after_bind();
    warm.join();
    views_->Stop();
    if (!listened && !stopped_.load()) return Status::IOError(url() + ": the listener failed");
    return Status::Ok();
  }

  void Stop() {
    stopped_.store(true);
    http_.stop();
  }

 private:
  // Registers a handler for `method` on `pattern`, with bad input and exceptions turned
  // into JSON errors.
  void Add(const std::string& method, const std::string& pattern,
           std::function<void(const httplib::Request&, httplib::Response&)> fn) {
    routes_.push_back({method, std::regex(pattern)});
    auto guarded = [fn = std::move(fn)](const httplib::Request& req, httplib::Response& res) {
      try {
        fn(req, res);
      } catch (const std::exception& e) {
        SendError(res, 500, std::string("internal error: ") + e.what());
      }
    };
    if (method == "GET") {
      http_.Get(pattern, guarded);
    } else {
      http_.Post(pattern, guarded);
    }
  }

  void Configure() {
    const int threads = options_.threads;
    http_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    http_.set_payload_max_length(options_.max_body_bytes);
    // Without it, small responses wait for the client's delayed ACK (Nagle): 40 ms each.
    http_.set_tcp_nodelay(true);
    http_.set_keep_alive_max_count(100000);
    http_.set_keep_alive_timeout(5);
    http_.set_read_timeout(10, 0);
    http_.set_write_timeout(10, 0);
    http_.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});

    Add("GET", "/health", [this](const httplib::Request& req, httplib::Response& res) { Health(req, res); });
    Add("GET", "/api/version", [this](const httplib::Request& req, httplib::Response& res) { Version(req, res); });
    Add("GET", "/api/docs", [this](const httplib::Request& req, httplib::Response& res) { ListDocs(req, res); });
    Add("GET", R"(/api/docs/([\s\S]+))", [this](const httplib::Request& req, httplib::Response& res) { ShowDoc(req, res); });
    Add("POST", "/api/ingest", [this](const httplib::Request& req, httplib::Response& res) { IngestBody(req, res); });
    Add("GET", "/api/quotes", [this](const httplib::Request& req, httplib::Response& res) { Quotes(req, res); });
    Add("GET", "/api/search", [this](const httplib::Request& req, httplib::Response& res) { Search(req, res); });
    Add("GET", "/api/entities", [this](const httplib::Request& req, httplib::Response& res) { Entities(req, res); });
    Add("GET", R"(/api/entities/([\s\S]+))",
        [this](const httplib::Request& req, httplib::Response& res) { OneEntity(req, res); });
    Add("GET", "/api/stories", [this](const httplib::Request& req, httplib::Response& res) { Stories(req, res); });
    Add("GET", R"(/api/stories/([\s\S]+))",
        [this](const httplib::Request& req, httplib::Response& res) { OneStory(req, res); });
    Add("GET", "/api/timeline", [this](const httplib::Request& req, httplib::Response& res) { Timeline(req, res); });
    for (const char* path : {"/", "/index.html", "/app.js", "/style.css"}) {
      Add("GET", path, [](const httplib::Request& req, httplib::Response& res) { Asset(req, res); });
    }

    http_.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      if (res.status == 404) {
        std::string allow;
        for (const Route& r : routes_) {
          if (std::regex_match(req.path, r.pattern) && allow.find(r.method) == std::string::npos) {
            allow += (allow.empty() ? "" : ", ") + r.method;
          }
        }
        if (!allow.empty()) {
          res.status = 405;
          res.set_header("Allow", allow);
          SendError(res, 405, req.method + " is not allowed on this path (allowed: " + allow + ")");
          return httplib::Server::HandlerResponse::Handled;
        }
        SendError(res, 404, "no such endpoint (see docs/server.md)");
      } else if (res.status == 413) {
        SendError(res, 413, "request body larger than " + std::to_string(options_.max_body_bytes) + " bytes");
      } else if (res.status == 414) {
        SendError(res, 414, "request URI too long");
      } else {
        SendError(res, res.status, "bad request");
      }
      return httplib::Server::HandlerResponse::Handled;
    }));
    http_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "unknown exception";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      SendError(res, 500, "internal error: " + what);
    });
  }

  void Health(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {}); !s.ok()) return SendStatus(res, s);
    auto store = pool_->Acquire();
    auto count = store->CountDocuments();
    if (!count.ok()) return SendStatus(res, count.status());
    SendJson(res, 200, {{"status", "ok"}, {"documents", *count}});
  }

  void Version(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {}); !s.ok()) return SendStatus(res, s);
    nlohmann::json features = nlohmann::json::object();
    for (const Feature& f : kFeatures) features[std::string(f.name)] = f.available;
    features["ingest"] = !options_.ingest_token.empty();
    auto store = pool_->Acquire();
    auto count = store->CountDocuments();
    if (!count.ok()) return SendStatus(res, count.status());
    // The open store's own version (a store stays at 1 until it keeps a text dictionary),
    // not the newest one this build could write.
    auto format = store->GetMeta("format_version");
    if (!format.ok()) return SendStatus(res, format.status());
    int store_format = 0;
    if (const std::optional<std::string>& v = *format; v) {
      std::from_chars(v->data(), v->data() + v->size(), store_format);
    }
    SendJson(res, 200,
             {{"name", "marsad"}, {"version", kVersion}, {"store_format", store_format},
              {"documents", *count}, {"features", std::move(features)}});
  }

  void ListDocs(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {"since", "until", "source", "limit", "offset"}); !s.ok()) {
      return SendStatus(res, s);
    }
    api::DocumentFilter filter;
    auto since = DateParam(req.params, "since");
    auto until = DateParam(req.params, "until");
    auto source = TextParam(req.params, "source");
    auto limit = IntParam(req.params, "limit", 1, 1000, 50);
    auto offset = IntParam(req.params, "offset", 0, 10'000'000, 0);
    for (const Status* s : {&since.status(), &until.status(), &source.status(), &limit.status(), &offset.status()}) {
      if (!s->ok()) return SendStatus(res, *s);
    }
    filter.since = *since;
    filter.until = *until;
    if (*source) filter.source = **source;
    filter.limit = static_cast<std::size_t>(*limit);
    filter.offset = static_cast<std::size_t>(*offset);
    if (filter.since && filter.until && *filter.until <= *filter.since) {
      return SendError(res, 400, "until: must be after since");
    }
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    const api::DocumentPage page = api::SelectDocuments(*views->catalog, filter);
    SendJson(res, 200, api::DocumentListToJson(page.total, filter.offset, page.docs));
  }

  void ShowDoc(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {}); !s.ok()) return SendStatus(res, s);
    const std::string id = req.matches[1];
    if (Status s = CheckId(id, "document id"); !s.ok()) return SendStatus(res, s);
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    const api::LookupTables tables = views->tables();
    // The store handle goes back to the pool before the answer is encoded.
    auto record = [&] {
      auto store = pool_->Acquire();
      return api::LookupDocument(*store, id, store::ReadOptions{}, &tables);
    }();
    if (!record.ok()) return SendStatus(res, record.status());
    SendJson(res, 200, api::DocumentRecordToJson(*record, latin_ ? &*latin_ : nullptr));
  }

  // `marsad quotes --json [--speaker NAME] [--doc ID]` over HTTP, at most `limit` quotes.
  void Quotes(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {"speaker", "doc", "limit"}); !s.ok()) return SendStatus(res, s);
    auto speaker = TextParam(req.params, "speaker");
    auto doc = TextParam(req.params, "doc", kMaxIdBytes);
    auto limit = IntParam(req.params, "limit", 1, 1000, 200);
    for (const Status* s : {&speaker.status(), &doc.status(), &limit.status()}) {
      if (!s->ok()) return SendStatus(res, *s);
    }
    const std::string speaker_name = speaker->value_or("");
    const std::string doc_id = doc->value_or("");
    if (speaker_name.empty() && doc_id.empty()) return SendError(res, 400, "give speaker or doc (or both)");
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    // NAME: with an entity table that knows it, the quotes of the entities it refers to (in
    // any spelling), reading only the documents they are mentioned in; otherwise the quotes
    // whose speaker is named by NAME's words, reading every document with quotes.
    std::vector<EntityId> speaker_entities;
    if (!speaker_name.empty() && views->entities != nullptr) {
      speaker_entities = views->entities->Lookup(speaker_name);
    }
    const bool by_entity = !speaker_entities.empty();
    const quotes::QuoteFilter filter(analyzer_, doc_id, speaker_name, speaker_entities);
    nlohmann::json out = nlohmann::json::array();
    const auto max = static_cast<std::size_t>(*limit);
    auto store = pool_->Acquire();
    Status s = engine::ForEachStoredQuote(*store, filter, doc_id, views->entities.get(),
                                          by_entity ? &speaker_entities : nullptr,
                                          [&](const store::DocumentRow& row, const doc::Quote& q) {
                                            out.push_back(api::QuoteToJson(row.id, row.text, q));
                                            return out.size() < max;
                                          });
    if (!s.ok()) return SendStatus(res, s);
    SendJson(res, 200, out);
  }

  nlohmann::json EntityJson(const entities::Entity& e) const {
    return api::EntityToJson(e, latin_ ? latin_->Render(e.name) : std::string());
  }

  // `marsad search --json -k K QUERY` over HTTP.
  void Search(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {"q", "k"}); !s.ok()) return SendStatus(res, s);
    auto q = RequiredTextParam(req.params, "q");
    auto k = IntParam(req.params, "k", 1, 1000, 10);
    for (const Status* s : {&q.status(), &k.status()}) {
      if (!s->ok()) return SendStatus(res, *s);
    }
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    engine::SearchRequest request;
    request.query = *q;
    request.k = static_cast<std::size_t>(*k);
    MARSAD_ASSIGN_OR_SEND(engine::SearchResponse response, views->search->Search(request));
    nlohmann::json out = api::SearchResponseToJson(response);
    // Each hit's story (an added field: the page links a hit to its story).
    for (nlohmann::json& hit : out["hits"]) {
      const std::optional<StoryId> story = views->stories->StoryOf(hit["id"].get<std::string>());
      hit["story"] = story ? nlohmann::json(story->value()) : nlohmann::json(nullptr);
    }
    SendJson(res, 200, out);
  }

  // `marsad entities --json [--type T] [NAME]` over HTTP (at most `limit` entities).
  void Entities(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {"name", "type", "doc", "limit"}); !s.ok()) return SendStatus(res, s);
    auto name = TextParam(req.params, "name");
    auto type = TextParam(req.params, "type", 8);
    auto doc = TextParam(req.params, "doc", kMaxIdBytes);
    auto limit = IntParam(req.params, "limit", 1, 10000, 500);
    for (const Status* s : {&name.status(), &type.status(), &doc.status(), &limit.status()}) {
      if (!s->ok()) return SendStatus(res, *s);
    }
    entities::ListOptions list;
    list.name = name->value_or("");
    list.doc = doc->value_or("");
    if (type->has_value() && !(*type)->empty()) {
      list.type = doc::ParseEntityType(**type);
      if (!list.type) return SendError(res, 400, "type: must be PER, LOC, ORG or MISC");
    }
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    nlohmann::json out = nlohmann::json::array();
    if (views->entities != nullptr) {
      for (const entities::Entity& e : views->entities->List(list)) {
        if (out.size() >= static_cast<std::size_t>(*limit)) break;
        out.push_back(EntityJson(e));
      }
    }
    SendJson(res, 200, out);
  }

  // `GET /api/entities/{id}`: one entity.
  void OneEntity(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {}); !s.ok()) return SendStatus(res, s);
    const std::string text = req.matches[1];
    const std::optional<std::uint64_t> id = PositiveId(text);
    if (!id) return SendError(res, 400, "entity id: must be a positive integer");
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    std::optional<entities::Entity> e;
    if (views->entities != nullptr) e = views->entities->Get(EntityId(*id));
    if (!e) return SendError(res, 404, "no entity with id " + text);
    SendJson(res, 200, EntityJson(*e));
  }

  // `marsad stories --json [--since D] [--until D] [--min-docs N]` over HTTP, the largest
  // stories first, `limit` of them from `offset`; the number passing the filter is in the
  // X-Total-Count header.
  void Stories(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {"since", "until", "min_docs", "limit", "offset"}); !s.ok()) {
      return SendStatus(res, s);
    }
    auto since = DateParam(req.params, "since");
    auto until = DateParam(req.params, "until");
    auto min_docs = IntParam(req.params, "min_docs", 1, 100000, 1);
    auto limit = IntParam(req.params, "limit", 1, 100, 20);
    auto offset = IntParam(req.params, "offset", 0, 10'000'000, 0);
    for (const Status* s : {&since.status(), &until.status(), &min_docs.status(), &limit.status(), &offset.status()}) {
      if (!s->ok()) return SendStatus(res, *s);
    }
    api::StoryQuery query;
    if (*since) query.filter.since = dates::CivilDateOf(doc::Timestamp{**since});
    if (*until) query.filter.until = dates::CivilDateOf(doc::Timestamp{**until});
    if (query.filter.since && query.filter.until && *query.filter.until < *query.filter.since) {
      return SendError(res, 400, "until: must not be before since");
    }
    query.filter.min_docs = static_cast<std::size_t>(*min_docs);
    query.limit = static_cast<std::size_t>(*limit);
    query.offset = static_cast<std::size_t>(*offset);
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    auto listed = [&] {
      auto store = pool_->Acquire();
      return views->stories->List(*store, query);
    }();
    MARSAD_ASSIGN_OR_SEND(api::StoryPage page, std::move(listed));
    nlohmann::json out = nlohmann::json::array();
    for (const std::shared_ptr<const api::StoryDetail>& d : page.stories) out.push_back(api::StoryToJson(*d));
    res.set_header("X-Total-Count", std::to_string(page.total));
    SendJson(res, 200, out);
  }

  // `GET /api/stories/{id}`: one story as `marsad stories --json` prints it (a merged story's
  // old id answers with the story it joined).
  void OneStory(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {}); !s.ok()) return SendStatus(res, s);
    const std::string text = req.matches[1];
    const std::optional<std::uint64_t> id = PositiveId(text);
    if (!id) return SendError(res, 400, "story id: must be a positive integer");
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    const std::optional<stories::Story> story = views->stories->Get(StoryId(*id));
    if (!story) return SendError(res, 404, "no story with id " + text);
    auto read = [&] {
      auto store = pool_->Acquire();
      return views->stories->Detail(*store, *story);
    }();
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const api::StoryDetail> detail, std::move(read));
    SendJson(res, 200, api::StoryToJson(*detail));
  }

  // `GET /api/timeline?entity=ID` or `?story=ID`: the dated articles and quotes of an entity
  // (the newest `limit` of its articles, quotes by it) or of a story, with per-day counts.
  void Timeline(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {"entity", "story", "limit"}); !s.ok()) return SendStatus(res, s);
    auto entity = TextParam(req.params, "entity", 20);
    auto story = TextParam(req.params, "story", 20);
    auto limit = IntParam(req.params, "limit", 1, 500, 100);
    for (const Status* s : {&entity.status(), &story.status(), &limit.status()}) {
      if (!s->ok()) return SendStatus(res, *s);
    }
    if (entity->has_value() == story->has_value()) return SendError(res, 400, "give entity or story (one of them)");
    const std::string& text = entity->has_value() ? **entity : **story;
    const std::optional<std::uint64_t> id = PositiveId(text);
    if (!id) {
      return SendError(res, 400, std::string(entity->has_value() ? "entity" : "story") + ": must be a positive integer");
    }
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const StoreViews> views, views_->Current());
    if (entity->has_value()) {
      std::optional<entities::Entity> e;
      if (views->entities != nullptr) e = views->entities->Get(EntityId(*id));
      if (!e) return SendError(res, 404, "no entity with id " + text);
      auto read = [&] {
        auto store = pool_->Acquire();
        return views->stories->TimelineOf(*store, *e, static_cast<std::size_t>(*limit), views->published.get());
      }();
      MARSAD_ASSIGN_OR_SEND(api::EntityTimeline tl, std::move(read));
      return SendJson(res, 200,
                      {{"entity", e->id.value()}, {"name", e->name}, {"docs", tl.docs},
                       {"days", api::TimelineDaysToJson(tl.days)}, {"timeline", api::TimelineToJson(tl.timeline)}});
    }
    const std::optional<stories::Story> st = views->stories->Get(StoryId(*id));
    if (!st) return SendError(res, 404, "no story with id " + text);
    auto read = [&] {
      auto store = pool_->Acquire();
      return views->stories->Detail(*store, *st);
    }();
    MARSAD_ASSIGN_OR_SEND(std::shared_ptr<const api::StoryDetail> detail, std::move(read));
    SendJson(res, 200,
             {{"story", st->id.value()}, {"title", st->title}, {"docs", st->docs.size()},
              {"days", api::TimelineDaysToJson(api::CountTimelineDays(detail->timeline))},
              {"timeline", api::TimelineToJson(detail->timeline)}});
  }

  static void Asset(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {}); !s.ok()) return SendStatus(res, s);
    const WebAsset* asset = FindWebAsset(req.path == "/" ? "/index.html" : req.path);
    if (asset == nullptr) return SendError(res, 404, "no such page");
    res.set_header("Cache-Control", "no-cache");
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                   "frame-ancestors 'none'");
    res.set_content(std::string(asset->content), std::string(asset->type));
  }

  void IngestBody(const httplib::Request& req, httplib::Response& res) {
    if (Status s = CheckParamNames(req.params, {}); !s.ok()) return SendStatus(res, s);
    if (options_.ingest_token.empty()) {
      return SendError(res, 403, "ingest is off: start marsad serve with --ingest-token");
    }
    const std::string auth = req.get_header_value("Authorization");
    if (!SameSecret(auth, "Bearer " + options_.ingest_token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return SendError(res, 401, "missing or wrong token (Authorization: Bearer <token>)");
    }
    if (req.body.empty()) return SendError(res, 400, "empty body: send JSON lines, one article per line");
    std::unique_lock<std::mutex> lock(ingest_mu_, std::try_to_lock);
    if (!lock.owns_lock()) return SendError(res, 409, "another ingest is running; retry when it is done");

    // The ingest reads files: the body goes to a private temporary folder, named so that
    // articles without an id get "request-<n>".
    std::string dir_template = (std::filesystem::temp_directory_path() / "marsad-ingest-XXXXXX").string();
    if (::mkdtemp(dir_template.data()) == nullptr) return SendError(res, 500, "cannot create a temporary folder");
    const std::string path = dir_template + "/request.jsonl";
    struct Cleanup {
      std::string dir;
      ~Cleanup() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
      }
    } cleanup{dir_template};
    {
      std::ofstream out(path, std::ios::binary);
      out.write(req.body.data(), static_cast<std::streamsize>(req.body.size()));
      if (!out) return SendError(res, 500, "cannot write the request body to a temporary file");
    }
    const engine::StageRegistry registry = engine::StageRegistry::Default();
    auto names = registry.Resolve("all");
    if (!names.ok()) return SendStatus(res, names.status());
    auto stages = registry.Create(*names);
    if (!stages.ok()) return SendStatus(res, stages.status());
    engine::Pipeline pipeline(analyzer_, std::move(stages).value());
    engine::IngestOptions options;
    auto summary = engine::Ingest(*writer_, pipeline, {path}, options);
    if (!summary.ok()) return SendStatus(res, summary.status());
    for (ingest::ItemError& e : summary->errors) e.path = "request body";
    nlohmann::json out = api::IngestSummaryToJson(*summary);
    if (summary->ingested + summary->replaced + summary->duplicates == 0) {
      // Nothing usable in the body: a client error, with the summary saying why.
      const ingest::ItemError* first = summary->errors.empty() ? nullptr : &summary->errors.front();
      out["error"] = first != nullptr ? "nothing ingested: line " + std::to_string(first->line) + ": " + first->error
                                      : std::string("nothing ingested: no article with text in the body");
      return SendJson(res, 400, out);
    }
    SendJson(res, 200, out);
  }

  ServerOptions options_;
  httplib::Server http_;
  std::vector<Route> routes_;
  std::unique_ptr<StorePool> pool_;
  std::optional<translit::Transliterator> latin_;
  std::unique_ptr<ViewKeeper> views_;  // after pool_: it borrows pool handles
  std::unique_ptr<store::Store> writer_;  // only with ingest on
  std::mutex ingest_mu_;                  // one POST /api/ingest at a time
  text::Analyzer analyzer_;
  int port_ = 0;
  std::atomic<bool> stopped_{false};
};

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>(options);
  MARSAD_RETURN_IF_ERROR(impl->Open());
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;
int Server::port() const { return impl_->port(); }
std::string Server::url() const { return impl_->url(); }
Status Server::Run() { return impl_->Run(); }
void Server::Stop() { impl_->Stop(); }

}  // namespace marsad::server
