// The pieces every subcommand shares: global options, how a command reports failure,
// and the registry main() walks. One file per subcommand (cmd_*.cc) registers itself
// through a Register* function listed in main.cc.
#ifndef MARSAD_CLI_COMMAND_H_
#define MARSAD_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <string_view>

#include "marsad/base/status.h"

namespace marsad::cli {

// Exit codes of the contract: 0 success, 1 the command failed, 2 bad usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

struct GlobalOptions {
  std::string store;  // --store, else $MARSAD_STORE, else ./marsad-data
  // Where ../shared/data lives, for evaluation commands: --data, else $MARSAD_DATA,
  // else ../shared/data.
  std::string data_dir;
};

// A parsed subcommand ready to run; returns an exit code.
using CommandRunner = std::function<int()>;

// Registers a subcommand on `app`; when the user picks it, `*runner` is set.
using CommandRegistrar = void (*)(CLI::App& app, GlobalOptions& global, CommandRunner* runner);

// Prints "marsad <command>: <message>" to stderr as one line.
void PrintError(std::string_view command, std::string_view message);
// Same, from a Status (its message already names the file and the problem).
void PrintError(std::string_view command, const Status& status);

// True when stdout/stderr is a terminal (progress bars are shown only then).
bool StderrIsTerminal();

}  // namespace marsad::cli

#endif  // MARSAD_CLI_COMMAND_H_
