// `marsad serve [--host 127.0.0.1] [--port 8080] [--ingest-token T]`: the HTTP JSON API and
// the web page over the store (../shared/CONTRACT.md, docs/server.md). Runs until SIGINT or
// SIGTERM.
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

#include "marsad/cli/command.h"
#include "marsad/cli/model_path.h"
#include "marsad/io/env.h"
#include "marsad/server/server.h"
#include "marsad/translit/transliterator.h"

namespace marsad::cli {
namespace {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string ingest_token;
  int threads = 96;
  std::size_t store_handles = 8;
  std::size_t max_body_mb = 64;
};

int Run(const GlobalOptions& global, const ServeOptions& opt) {
  server::ServerOptions so;
  so.store_dir = global.store;
  so.host = opt.host;
  so.port = opt.port;
  so.ingest_token = opt.ingest_token;
  if (so.ingest_token.empty()) {
    if (const char* env = std::getenv("MARSAD_INGEST_TOKEN"); env != nullptr) so.ingest_token = env;
  }
  so.threads = opt.threads;
  so.store_handles = opt.store_handles;
  so.max_body_bytes = opt.max_body_mb << 20;
  // Entities' Latin names, when the model is where `marsad translit` finds it.
  if (const std::string model = DefaultModelPath(translit::kDefaultModelFile);
      io::Env::Default()->FileExists(model)) {
    so.translit_model = model;
  }

  // Signals are taken by a watcher thread (sigtimedwait), not a handler: stopping the server
  // is not async-signal-safe. Blocked before any server thread starts, so they inherit it.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto server = server::Server::Create(so);
  if (!server.ok()) {
    PrintError("serve", server.status());
    return kExitFailed;
  }
  std::printf("marsad serve: listening on %s (store %s%s); Ctrl-C stops\n", (*server)->url().c_str(),
              global.store.c_str(), so.ingest_token.empty() ? "" : ", POST /api/ingest on");
  std::fflush(stdout);

  std::atomic<bool> done{false};
  std::thread watcher([&] {
    const timespec tick{0, 200'000'000};
    while (!done.load()) {
      if (sigtimedwait(&signals, nullptr, &tick) > 0) {
        (*server)->Stop();
        return;
      }
    }
  });
  Status s = (*server)->Run();
  done.store(true);
  watcher.join();
  if (!s.ok()) {
    PrintError("serve", s);
    return kExitFailed;
  }
  return kExitOk;
}

}  // namespace

void RegisterServe(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the HTTP JSON API and the Arabic web page over the store");
  cmd->add_option("--host", opt->host, "Address to bind (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", opt->port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--ingest-token", opt->ingest_token,
                  "Turn on POST /api/ingest for requests carrying 'Authorization: Bearer TOKEN' "
                  "(default: $MARSAD_INGEST_TOKEN, else off)");
  cmd->add_option("--threads", opt->threads, "Request threads (default 96)")->check(CLI::Range(1, 4096));
  cmd->add_option("--store-handles", opt->store_handles, "Read-only store handles (default 8)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--max-body-mb", opt->max_body_mb, "Largest request body in MiB (default 64)")
      ->check(CLI::Range(1, 4096));
  cmd->callback([opt, runner, &global] { *runner = [opt, &global] { return Run(global, *opt); }; });
}

}  // namespace marsad::cli
