// Ingest: reads inputs, cleans, analyses and stores documents. Parsing, cleaning, analysis
// and compression run on every core (one WorkerContext per worker; with one worker the
// writer shares the compression: IngestOptions::compress_on); one writer thread
// detects duplicates in input order and commits each batch atomically, so a crash at any
// moment loses at most the batch in flight and running the same ingest again completes it.
#ifndef MARSAD_ENGINE_INGEST_JOB_H_
#define MARSAD_ENGINE_INGEST_JOB_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/engine/pipeline.h"
#include "marsad/ingest/cleaner.h"
#include "marsad/ingest/dedup.h"
#include "marsad/ingest/json_reader.h"
#include "marsad/ingest/source.h"
#include "marsad/store/store.h"

namespace marsad::engine {

struct IngestProgress {
  std::size_t items = 0;  // articles read so far
  std::size_t ingested = 0, replaced = 0, duplicates = 0, skipped = 0, errors = 0;
  std::uint64_t bytes = 0;  // input bytes done
  double seconds = 0;
};

struct IngestOptions {
  ingest::SourceOptions source;
  ingest::FieldMap fields = ingest::FieldMap::Default();
  ingest::CleanerOptions cleaner;
  ingest::LearnerOptions learner;
  ingest::DedupOptions dedup;
  std::size_t batch_size = 2048;  // articles per transaction
  int workers = 0;                // 0: one per core
  // Train a zstd dictionary for the stored texts on the first batch (of at least
  // kTextDictionaryMinSamples articles) when the store has none, and compress texts with
  // the store's dictionary: smaller blobs, written faster (docs/formats/store.md).
  bool text_dictionary = true;
  // Where the stored texts and raw inputs are compressed (zstd): on the workers, or shared
  // between the producer and the writer thread (the producer compresses each queued batch
  // from its end, the writer, when it takes the batch, from its start, until they meet).
  // kAuto: shared with one worker, whose thread the compression would otherwise keep busy
  // while the writer waits for it; on the workers with several. The stored bytes are the
  // same either way.
  enum class CompressOn { kAuto, kWorkers, kShared };
  CompressOn compress_on = CompressOn::kAuto;
  // Called from the writer thread after each commit.
  std::function<void(const IngestProgress&)> on_progress;
};

struct IngestSummary {
  std::size_t ingested = 0;    // new documents stored
  std::size_t replaced = 0;    // stored documents replaced (same id)
  std::size_t duplicates = 0;  // articles recorded as duplicates of a kept one
  std::size_t skipped = 0;     // articles with no text left (also counted in empty_text)
  std::size_t empty_text = 0;
  std::vector<ingest::ItemError> errors;  // items that could not be read, by path and line
  std::size_t exact_duplicates = 0, near_duplicates = 0;
  std::size_t boilerplate_lines = 0;  // lines dropped (fixed rules + learned)
  std::size_t learned_lines = 0;      // (source, line) pairs judged boilerplate at the end
  std::size_t tokens = 0;
  std::uint64_t bytes = 0;
  double seconds = 0;
  // CPU seconds (user + system) of the whole ingest, every thread; of each pipeline step
  // (Pipeline::CpuSeconds: "analysis", then each stage); and of the writer's store commits.
  double cpu_seconds = 0;
  std::vector<std::pair<std::string, double>> stage_cpu_seconds;
  double store_write_cpu_seconds = 0;
};

// Ingests `paths` (files, folders, '-' for stdin) into `store` through `pipeline`: every
// stage's Process on the workers, then its ProcessInOrder on the writer thread before the
// batch commits and its Commit after.
// Problems with single items are collected in the summary; a failed store write stops the
// ingest with its Status (batches committed before it stay).
Result<IngestSummary> Ingest(store::Store& store, Pipeline& pipeline, const std::vector<std::string>& paths,
                             const IngestOptions& options);

// The keys of the store's metadata this module owns.
inline constexpr std::string_view kMetaBoilerplate = "boilerplate_lines";

}  // namespace marsad::engine

#endif  // MARSAD_ENGINE_INGEST_JOB_H_
