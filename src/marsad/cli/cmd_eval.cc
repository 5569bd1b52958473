// `marsad eval ...`: accuracy figures on the data in ../shared/data. Each evaluation is
// one cmd_eval_*.cc file registering its subcommand through a function listed here.
#include "marsad/cli/command.h"

namespace marsad::cli {

void RegisterEvalVariants(CLI::App& eval, GlobalOptions& global, CommandRunner* runner);
void RegisterEvalDates(CLI::App& eval, GlobalOptions& global, CommandRunner* runner);
void RegisterEvalTranslit(CLI::App& eval, GlobalOptions& global, CommandRunner* runner);
void RegisterEvalQuotes(CLI::App& eval, GlobalOptions& global, CommandRunner* runner);
void RegisterEvalNer(CLI::App& eval, GlobalOptions& global, CommandRunner* runner);

void RegisterEval(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  CLI::App* eval = app.add_subcommand("eval", "Print accuracy figures on the data in ../shared/data");
  eval->require_subcommand(1);
  for (CommandRegistrar reg : {RegisterEvalVariants, RegisterEvalDates, RegisterEvalTranslit,
                               RegisterEvalNer, RegisterEvalQuotes}) {
    reg(*eval, global, runner);
  }
}

}  // namespace marsad::cli
