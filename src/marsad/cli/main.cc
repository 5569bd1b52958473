// The `marsad` command: parses global options, dispatches to one subcommand.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <vector>

#include "marsad/cli/allocator_name.h"
#include "marsad/cli/command.h"

namespace marsad::cli {

void RegisterAnalyze(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterEval(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterTrain(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterTranslit(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterIngest(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterShow(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterEntities(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterNer(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterQuotes(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterSearch(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterStories(CLI::App& app, GlobalOptions& global, CommandRunner* runner);
void RegisterServe(CLI::App& app, GlobalOptions& global, CommandRunner* runner);

void PrintError(std::string_view command, std::string_view message) {
  std::string line = "marsad";
  if (!command.empty()) {
    line += ' ';
    line += command;
  }
  line += ": ";
  line += message;
  // One line: embedded newlines would split the message for scripts reading stderr.
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  std::fprintf(stderr, "%s\n", line.c_str());
}

void PrintError(std::string_view command, const Status& status) {
  PrintError(command, status.message());
}

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

namespace {

int Main(int argc, char** argv) {
  CLI::App app{"marsad — an Arabic news monitor: who said what, about whom, when.", "marsad"};
  app.require_subcommand(1);
  app.set_version_flag("--version", [] { return "marsad 0.1.0 (malloc: " + AllocatorName() + ")"; });
  GlobalOptions global;
  app.add_option("--store", global.store,
                 "Store directory (default: $MARSAD_STORE, else ./marsad-data)");
  app.add_option("--data", global.data_dir,
                 "Evaluation data directory (default: $MARSAD_DATA, else ../shared/data)");

  CommandRunner runner;
  for (CommandRegistrar reg : {RegisterAnalyze, RegisterIngest, RegisterShow, RegisterSearch, RegisterEntities,
                               RegisterQuotes, RegisterStories, RegisterServe, RegisterEval, RegisterTrain,
                               RegisterTranslit, RegisterNer}) {
    reg(app, global, &runner);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);  // prints help to stdout, exit 0
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    PrintError("", std::string(e.what()) + " (see marsad --help)");
    return kExitUsage;
  }
  if (global.store.empty()) {
    const char* env = std::getenv("MARSAD_STORE");
    global.store = env != nullptr && *env != '\0' ? env : "marsad-data";
  }
  if (global.data_dir.empty()) {
    const char* env = std::getenv("MARSAD_DATA");
    global.data_dir = env != nullptr && *env != '\0' ? env : "../shared/data";
  }
  if (!runner) {
    PrintError("", "no command given (see marsad --help)");
    return kExitUsage;
  }
  return runner();
}

}  // namespace
}  // namespace marsad::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return marsad::cli::Main(argc, argv);
}
