// `marsad train translit`: trains the Arabic→Latin transliteration model on the train
// splits of anetac, google-ar2en-translit and wikidata-en-ar-names and writes it.
#include <chrono>
#include <cstdio>
#include <sstream>

#include "marsad/cli/command.h"
#include "marsad/cli/model_path.h"
#include "marsad/translit/corpus.h"
#include "marsad/translit/model_io.h"
#include "marsad/translit/trainer.h"
#include "marsad/translit/transliterator.h"

namespace marsad::cli {
namespace {

struct TrainTranslitOptions {
  std::string out;
  translit::TrainOptions train;
  std::vector<std::uint32_t> min_counts;
  bool hamza_folding = false;
};

int RunTrainTranslit(const GlobalOptions& global, TrainTranslitOptions opt) {
  const auto t0 = std::chrono::steady_clock::now();
  io::Env* env = io::Env::Default();
  auto corpus = translit::LoadTranslitCorpus(*env, global.data_dir);
  if (!corpus.ok()) {
    PrintError("train translit", corpus.status());
    return kExitFailed;
  }
  for (const translit::CorpusSource& s : corpus->sources) {
    std::fprintf(stderr, "train translit: %-13s %6zu training pairs, %5zu dropped (dev/test names)\n",
                 s.name.c_str(), s.train_pairs, s.held_out_overlap);
  }
  opt.train.ngram.min_counts = opt.min_counts;
  if (opt.hamza_folding) {
    opt.train.normalization.With(text::NormalizationRule::kAlef)
        .With(text::NormalizationRule::kHamzaSeats)
        .With(text::NormalizationRule::kAlefMaksura)
        .With(text::NormalizationRule::kTehMarbuta);
  }
  translit::TrainReport report;
  auto model = translit::TrainModel(corpus->train, opt.train, &report);
  if (!model.ok()) {
    PrintError("train translit", model.status());
    return kExitFailed;
  }
  const std::string file = translit::EncodeModel(*model);
  if (Status s = env->WriteFileAtomic(opt.out, file); !s.ok()) {
    PrintError("train translit", s);
    return kExitFailed;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::ostringstream ll;
  for (double v : report.em_log_likelihood) ll << ' ' << static_cast<float>(v);
  std::printf("wrote %s (%zu bytes)\n", opt.out.c_str(), file.size());
  std::printf("  pairs: %zu read, %zu unusable letters, %zu duplicates, %zu unaligned, %zu used\n",
              report.pairs_in, report.dropped_letters, report.duplicates, report.unaligned,
              report.pairs_used);
  std::printf("  graphones: %zu (%zu rare ones pruned); n-grams: %zu (order %zu)\n", report.graphones, report.pruned_graphones, report.ngrams,
              opt.train.ngram.order);
  std::printf("  EM mean log-likelihood per iteration:%s\n", ll.str().c_str());
  std::printf("  seconds: alignment %.1f, n-gram model %.1f, total %.1f\n", report.align_seconds,
              report.ngram_seconds, seconds);
  return kExitOk;
}

}  // namespace

void RegisterTrainTranslit(CLI::App& train, GlobalOptions& global, CommandRunner* runner) {
  auto opt = std::make_shared<TrainTranslitOptions>();
  opt->out = std::string(translit::kDefaultModelFile);
  opt->min_counts = {1, 1, 1, 2, 2, 2, 2, 2};
  CLI::App* cmd = train.add_subcommand(
      "translit", "Train the Arabic→Latin transliteration model (docs/translit.md)");
  cmd->add_option("--seed", opt->train.seed, "Seed of the EM start (default 1)");
  cmd->add_option("--out", opt->out, "Model file to write (default ./translit_ar_en.bin.zst)");
  cmd->add_option("--order", opt->train.ngram.order, "n-gram order (default 6)");
  cmd->add_option("--min-count", opt->min_counts,
                  "Least count of a kept n-gram, per order from 1 (default 1 1 1 2 2 2 2 2)");
  cmd->add_option("--max-source", opt->train.aligner.max_source, "Arabic letters per graphone (default 2)");
  cmd->add_option("--max-target", opt->train.aligner.max_target, "Latin letters per graphone (default 3)");
  cmd->add_flag("--many-to-many", opt->train.aligner.many_to_many,
                "Allow graphones of 2+ Arabic and 2+ Latin letters");
  cmd->add_option("--iterations", opt->train.aligner.iterations, "EM iterations at most (default 12)");
  cmd->add_option("--min-graphone-count", opt->train.aligner.min_graphone_count,
                  "Prune graphones used less often after EM (default 2; 0 keeps all)");
  cmd->add_flag("--keep-duplicates{false}", opt->train.deduplicate,
                "Train on a pair as often as the corpora list it");
  cmd->add_flag("--silent-pairs", opt->train.aligner.silent_pairs,
                "Allow graphones of two silent Arabic letters (the article ال)");
  cmd->add_flag("--fold-hamza", opt->hamza_folding,
                "Also fold alef/hamza forms, alef maksura and teh marbuta in the input");
  cmd->callback([&global, opt, runner] {
    *runner = [&global, opt] { return RunTrainTranslit(global, *opt); };
  });
}

}  // namespace marsad::cli
