// `marsad train ...`: trains marsad's models on the data in ../shared/data. Each model
// registers its subcommand through a Register* function listed in RegisterTrain.
#include "marsad/cli/command.h"

namespace marsad::cli {

void RegisterTrainTranslit(CLI::App& train, GlobalOptions& global, CommandRunner* runner);
void RegisterTrainClusters(CLI::App& train, GlobalOptions& global, CommandRunner* runner);
void RegisterTrainNer(CLI::App& train, GlobalOptions& global, CommandRunner* runner);

void RegisterTrain(CLI::App& app, GlobalOptions& global, CommandRunner* runner) {
  CLI::App* train = app.add_subcommand("train", "Train a model on the data in ../shared/data");
  train->require_subcommand(1);
  for (CommandRegistrar reg : {RegisterTrainTranslit, RegisterTrainClusters, RegisterTrainNer}) {
    reg(*train, global, runner);
  }
}

}  // namespace marsad::cli
