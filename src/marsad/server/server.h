// Server: `marsad serve`, the HTTP JSON API of ../shared/CONTRACT.md over one store plus the
// embedded Arabic web page (docs/server.md). JSON bodies come from the api codecs, shaped as
// the commands print them; errors are a 4xx/5xx status with {"error": "..."}. Reads run on a
// pool of read-only store handles, so they keep answering while an ingest writes.
#ifndef MARSAD_SERVER_SERVER_H_
#define MARSAD_SERVER_SERVER_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "marsad/base/result.h"

namespace marsad::server {

struct ServerOptions {
  std::string store_dir;           // the store to serve (must exist unless ingest is on)
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: any free port (see Server::port())
  // POST /api/ingest is refused unless this is set; requests must then carry
  // "Authorization: Bearer <ingest_token>".
  std::string ingest_token;
  std::size_t max_body_bytes = std::size_t{64} << 20;  // larger requests get 413
  int threads = 96;           // request threads (each keep-alive connection holds one)
  std::size_t store_handles = 8;  // read-only store handles shared by the threads
  // How often the store's commit generation is checked: the views built from the store
  // (document list, search, entity table) follow a commit within about this long, and are
  // rebuilt at most this often during an ingest. Single documents and quotes are always read
  // from the store.
  std::chrono::milliseconds refresh_interval{2000};
  // The least time between two rebuilds of the story table (see ViewOptions).
  std::chrono::milliseconds stories_interval{30000};
  // The transliteration model for entities' Latin names ("latin" is null without one).
  std::string translit_model;
};

class Server {
 public:
  // Opens the store (creating it when ingest is on and it is missing) and binds the
  // socket. InvalidArgument for bad options; IOError when the address cannot be bound;
  // store errors as store::OpenStore reports them.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (the chosen one when options.port was 0).
  int port() const;
  // "http://127.0.0.1:8080/"
  std::string url() const;

  // Serves requests until Stop(); returns IOError if the listener fails. Blocks.
  Status Run();
  // Makes Run() return after the requests in flight. Thread-safe; callable before Run().
  void Stop();

 private:
  class Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad::server

#endif  // MARSAD_SERVER_SERVER_H_
