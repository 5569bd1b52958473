// Ingest; see ingest_job.h.
#include "marsad/engine/ingest_job.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

#include "marsad/base/cpu_clock.h"
#include "marsad/dates/date_field.h"
#include "marsad/dates/date_finder.h"
#include "marsad/ingest/format.h"

namespace marsad::engine {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kSaveLearnedEvery = 16;

// The text dictionary is trained on the first batch's first kTextDictionarySamples texts,
// if it has at least kTextDictionaryMinSamples: fewer make a dictionary that fits them and
// little else. 1,000 news bodies train in about 0.07 s (docs/search.md, session 21).
constexpr std::size_t kTextDictionaryMinSamples = 256;
constexpr std::size_t kTextDictionarySamples = 1024;

// Runs fn(worker, i) for i in [0, n) on `workers` threads (the caller is worker 0).
void ParallelFor(int workers, std::size_t n, const std::function<void(int, std::size_t)>& fn) {
  std::atomic<std::size_t> next{0};
  auto run = [&](int w) {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) fn(w, i);
  };
  std::vector<std::thread> threads;
  const int extra = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(workers - 1), n));
  for (int w = 1; w <= extra; ++w) threads.emplace_back(run, w);
  run(0);
  for (std::thread& t : threads) t.join();
}

// Documents a worker analyses together (Pipeline::Analyze reads the CPU clock once each).
constexpr std::size_t kAnalyzeChunk = 16;

// Per-worker state: parser, scratch documents, analysis cache.
struct Worker {
  explicit Worker(const ingest::FieldMap& fields) : json(fields), scratch(kAnalyzeChunk) {}
  ingest::JsonReader json;
  WorkerContext ctx;
  std::vector<doc::AnalyzedDoc> scratch;  // kAnalyzeChunk, reused when no stage is ordered
  std::vector<std::size_t> chunk;          // the batch indices being analysed
  std::vector<doc::AnalyzedDoc*> chunk_docs;
  std::vector<ingest::Article> articles;
  std::vector<ingest::ItemError> errors;
};

// One article on its way to the store.
struct Pending {
  ingest::Article article;
  ingest::CleanText clean;
  std::string source;  // for boilerplate learning: outlet, else the file's stem
  // After analysis:
  bool skip = false;
  // Compressed (prepared), or with CompressOn::kShared left uncompressed (row) for the
  // producer or the writer, whichever claims it first (SharedCompression).
  store::PreparedDocument prepared;
  store::DocumentRow row;
  // Kept for the writer thread when the pipeline has ordered stages (index, entities ...).
  std::unique_ptr<doc::AnalyzedDoc> analyzed;
  std::size_t tokens = 0;
  std::size_t dropped = 0;
};

// With CompressOn::kShared, after a batch is queued the producer compresses its documents from
// the last one down while the writer, once it takes the batch, compresses from the first one
// up; each document is claimed by one of them (an atomic state), so none is compressed twice
// and neither thread waits for a compression the other has not started.
struct SharedCompression {
  enum : std::uint8_t { kFree, kClaimed, kDone };
  explicit SharedCompression(std::size_t n) : state(new std::atomic<std::uint8_t>[n]) {
    for (std::size_t i = 0; i < n; ++i) state[i].store(kFree, std::memory_order_relaxed);
  }
  // Compresses document i (*p) unless the other thread claimed it first: then false, and
  // the caller, walking towards the other thread, stops.
  bool TryCompress(std::size_t i, Pending* p) {
    std::uint8_t free = kFree;
    if (!state[i].compare_exchange_strong(free, kClaimed, std::memory_order_acquire)) return false;
    p->prepared = store::PrepareDocument(std::move(p->row), text_dictionary.get());
    // Only the writer ever waits; notify_all because byte-sized atomics wait on a proxy that
    // other addresses may share.
    state[i].store(kDone, std::memory_order_release);
    state[i].notify_all();
    return true;
  }
  // Waits until the other thread has compressed document i, which it claimed.
  void AwaitCompressed(std::size_t i) {
    for (std::uint8_t s; (s = state[i].load(std::memory_order_acquire)) != kDone;) state[i].wait(s);
  }
  // The producer is done with the batch: the writer may free it.
  void ProducerDone() {
    producer_done.store(true, std::memory_order_release);
    producer_done.notify_all();
  }
  void AwaitProducer() {
    while (!producer_done.load(std::memory_order_acquire)) producer_done.wait(false);
  }

  std::unique_ptr<std::atomic<std::uint8_t>[]> state;
  std::atomic<bool> producer_done{false};
  std::shared_ptr<const store::BlobDictionary> text_dictionary;  // to compress with
};

struct Batch {
  std::vector<Pending> docs;
  std::unique_ptr<SharedCompression> shared;  // CompressOn::kShared only
  std::optional<std::string> learned;  // serialized LineLearner, every few batches and at the end
  // Trained on this batch: stored in its transaction, before the texts compressed with it.
  std::shared_ptr<const store::BlobDictionary> text_dictionary;
  std::vector<ingest::ItemError> errors;
  std::size_t items = 0;
  std::uint64_t bytes = 0;
};

// The publication date: the date field (or the page's meta date) as dates::ParseDateField
// reads it (ISO 8601, RFC 822, Arabic expressions); else the first absolute day-level date
// written in the article's opening (its dateline), found by dates::DateFinder on the
// analysis already made. REQUIRES: doc.analysis is of doc.document.text.
constexpr std::size_t kDatelineBytes = 400;
// Tokens read past kDatelineBytes, so that a date starting before it is read whole
// ("الأربعاء 15 أيلول/سبتمبر 2017" is 8 tokens).
constexpr std::size_t kDatelineSlackTokens = 16;

std::optional<doc::Timestamp> ParsePublished(std::string_view date_text, const doc::AnalyzedDoc& doc) {
  if (!date_text.empty()) {
    if (auto t = dates::ParseDateField(date_text)) return t;
  }
  // Only the opening is read: finding every date of a long article costs more than the rest
  // of this function's caller does with it.
  const auto& tokens = doc.analysis.tokens;
  const auto past = std::partition_point(tokens.begin(), tokens.end(),
                                         [](const auto& t) { return t.token.begin <= kDatelineBytes; });
  const std::size_t end_token = static_cast<std::size_t>(past - tokens.begin()) + kDatelineSlackTokens;
  for (const dates::DateMention& m :
       dates::DateFinder::Default().Find(doc.analysis, doc.document.text, std::nullopt, end_token)) {
    if (m.span.begin > kDatelineBytes) break;
    if (m.granularity == dates::Granularity::kDay && !m.relative) return dates::TimestampOf(m.date);
  }
  return std::nullopt;
}

// Bounded hand-off from the batch producer to the writer thread.
class BatchQueue {
 public:
  void Push(Batch b) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return q_.size() < 2 || failed_; });
    q_.push_back(std::move(b));
    not_empty_.notify_one();
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_one();
  }
  // False when closed and drained.
  bool Pop(Batch* b) {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !q_.empty() || closed_; });
    if (q_.empty()) return false;
    *b = std::move(q_.front());
    q_.pop_front();
    not_full_.notify_one();
    return true;
  }
  void Fail() {
    std::lock_guard<std::mutex> lock(mu_);
    failed_ = true;
    not_full_.notify_all();
  }
  bool failed() {
    std::lock_guard<std::mutex> lock(mu_);
    return failed_;
  }

 private:
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<Batch> q_;
  bool closed_ = false;
  bool failed_ = false;
};

}  // namespace

Result<IngestSummary> Ingest(store::Store& store, Pipeline& pipeline, const std::vector<std::string>& paths,
                             const IngestOptions& options) {
  const auto start = Clock::now();
  const double cpu_start = ProcessCpuSeconds();
  const std::vector<std::pair<std::string_view, double>> stage_cpu_start = pipeline.CpuSeconds();
  std::int64_t store_write_ns = 0;  // the writer thread's
  const int nworkers = options.workers > 0 ? options.workers
                                           : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  IngestSummary summary;

  // State carried across ingests: kept documents' fingerprints, learned boilerplate lines.
  ingest::Deduplicator dedup(options.dedup);
  MARSAD_RETURN_IF_ERROR(store.ForEachFingerprint(
      [&](std::string_view id, std::string_view, const store::Fingerprint& fp) { dedup.Add(id, fp); }));
  ingest::LineLearner learner(options.learner);
  MARSAD_ASSIGN_OR_RETURN(std::optional<std::string> learned, store.GetMeta(kMetaBoilerplate));
  if (learned) {
    Status s = learner.Load(*learned);
    if (!s.ok()) return s.WithContext(store.dir());
  }

  std::shared_ptr<const store::BlobDictionary> text_dictionary;
  if (options.text_dictionary) {
    MARSAD_ASSIGN_OR_RETURN(text_dictionary, store.TextDictionary());
  }
  const bool shared_compression =
      options.compress_on == IngestOptions::CompressOn::kShared ||
      (options.compress_on == IngestOptions::CompressOn::kAuto && nworkers == 1);

  // Ordered stages with files of their own (the index) catch up with the store first.
  MARSAD_RETURN_IF_ERROR(pipeline.Open(store));

  const ingest::Cleaner cleaner(options.cleaner);
  std::vector<std::unique_ptr<Worker>> workers;
  for (int w = 0; w < nworkers; ++w) workers.push_back(std::make_unique<Worker>(options.fields));
  const bool ordered = pipeline.ordered();
  if (ordered) pipeline.UseStageLanes();

  // The writer: duplicates in input order, one transaction per batch.
  BatchQueue queue;
  Status write_status;
  IngestProgress progress;
  std::thread writer([&] {
    Batch b;
    store::WriteBatch wb;
    // The producer may still be compressing the previous batch's documents: wait before
    // Pop frees them.
    auto release = [&b] {
      if (b.shared) b.shared->AwaitProducer();
    };
    while ((release(), queue.Pop(&b))) {
      if (!write_status.ok()) continue;  // drain after a failure
      wb.Clear();
      if (b.text_dictionary) wb.PutTextDictionary(*b.text_dictionary);
      if (b.shared) {
        // Compress from the first document up while the producer does from the last down
        // (a compression pass of its own: this thread's time is free only until the
        // producer has the next batch ready).
        for (std::size_t i = 0; i < b.docs.size(); ++i) {
          if (b.docs[i].skip) continue;
          if (!b.shared->TryCompress(i, &b.docs[i])) break;
        }
      }
      std::size_t exact = 0, near = 0;
      for (std::size_t i = 0; i < b.docs.size(); ++i) {
        Pending& p = b.docs[i];
        if (p.skip) {
          ++progress.skipped;
          continue;
        }
        if (b.shared) b.shared->AwaitCompressed(i);  // the producer's, claimed above
        const store::DocumentRow& row = p.prepared.row;
        if (auto m = dedup.Find(row.id, row.fingerprint)) {
          (m->kind == store::DuplicateKind::kExact ? exact : near) += 1;
          wb.PutDuplicate({row.id, m->id, m->kind, m->distance, row.origin});
          continue;
        }
        dedup.Add(row.id, row.fingerprint);
        wb.PutDocument(std::move(p.prepared));
        // The analysis stays in the batch until EndBatch: stages on lanes still read it.
        if (p.analyzed) {
          Status s = pipeline.RunInOrder(p.analyzed.get(), OrderedContext{&wb, &store});
          if (!s.ok()) {
            write_status = s.WithContext(p.analyzed->document.id);
            break;
          }
        }
      }
      if (!write_status.ok()) {
        (void)pipeline.Drain(OrderedContext{});  // before the batch's documents are freed
        queue.Fail();
        continue;
      }
      if (ordered) {
        if (Status s = pipeline.EndBatch(OrderedContext{&wb}); !s.ok()) {
          write_status = s;
          queue.Fail();
          continue;
        }
      }
      if (b.learned) wb.PutMeta(std::string(kMetaBoilerplate), std::move(*b.learned));
      const std::int64_t write_t0 = ThreadCpuNanos();
      auto r = store.Write(wb);
      store_write_ns += ThreadCpuNanos() - write_t0;
      if (!r.ok()) {
        write_status = r.status();
        queue.Fail();
        continue;
      }
      if (Status s = pipeline.Commit(); !s.ok()) {
        write_status = s;
        queue.Fail();
        continue;
      }
      summary.ingested += r->inserted;
      summary.replaced += r->replaced;
      summary.duplicates += r->duplicates;
      summary.exact_duplicates += exact;
      summary.near_duplicates += near;
      for (ingest::ItemError& e : b.errors) summary.errors.push_back(std::move(e));
      progress.items += b.items;
      progress.bytes = b.bytes;
      progress.ingested = summary.ingested;
      progress.replaced = summary.replaced;
      progress.duplicates = summary.duplicates;
      progress.errors = summary.errors.size();
      progress.seconds = std::chrono::duration<double>(Clock::now() - start).count();
      if (options.on_progress) options.on_progress(progress);
    }
  });

  ingest::InputWalker walker(io::Env::Default(), paths, options.source);
  std::vector<ingest::Item> items;
  std::vector<ingest::ItemError> walk_errors;
  std::size_t skipped = 0, empty_text = 0, tokens = 0, dropped = 0, batch_no = 0;
  while (!queue.failed()) {
    items.clear();
    walk_errors.clear();
    if (!walker.Next(options.batch_size, &items, &walk_errors) && walk_errors.empty()) break;
    Batch batch;
    batch.errors = walk_errors;

    // 1. Parse and apply the fixed cleaning rules, in parallel.
    std::vector<std::vector<Pending>> parsed(items.size());
    std::vector<std::vector<ingest::ItemError>> parse_errors(items.size());
    ParallelFor(nworkers, items.size(), [&](int w, std::size_t i) {
      Worker& worker = *workers[static_cast<std::size_t>(w)];
      worker.articles.clear();
      ingest::ParseItem(items[i], options.source, &worker.json, &worker.articles, &parse_errors[i]);
      for (ingest::Article& a : worker.articles) {
        Pending p;
        p.article = std::move(a);
        cleaner.ApplyRules(p.article.doc.text, &p.clean);
        // The outlet: the field, else a closing "المصدر: ..." line, else the feed's title.
        if (p.article.doc.source.empty()) p.article.doc.source = p.clean.outlet;
        if (p.article.doc.source.empty()) p.article.doc.source = p.article.default_source;
        p.source = !p.article.doc.source.empty() ? p.article.doc.source : std::string(ingest::FileStem(p.article.path));
        parsed[i].push_back(std::move(p));
      }
    });
    for (std::size_t i = 0; i < items.size(); ++i) {
      for (ingest::ItemError& e : parse_errors[i]) batch.errors.push_back(std::move(e));
      for (Pending& p : parsed[i]) batch.docs.push_back(std::move(p));
    }
    batch.items = batch.docs.size();

    // The text dictionary is trained on a thread of its own while this batch is analysed
    // (the writer thread waits for the first batch meanwhile, so its core is free): the
    // training is off the critical path. The samples are copied: analysis replaces the texts.
    std::shared_future<std::shared_ptr<const store::BlobDictionary>> training;
    if (options.text_dictionary && !text_dictionary && batch.docs.size() >= kTextDictionaryMinSamples) {
      auto samples = std::make_shared<std::vector<std::string>>();
      for (std::size_t i = 0; i < batch.docs.size() && samples->size() < kTextDictionarySamples; ++i) {
        samples->push_back(batch.docs[i].article.doc.text);
      }
      training = std::async(std::launch::async, [samples] {
                   const std::vector<std::string_view> views(samples->begin(), samples->end());
                   return store::BlobDictionary::Train(views);  // nullptr: none this time
                 }).share();
    }

    // 2. Learn recurring lines per source (in input order, one thread).
    for (const Pending& p : batch.docs) learner.Observe(p.source, p.article.doc.title, p.clean);
    // The learned counts are saved every few batches (and at the end): losing the last few
    // to a crash only means relearning them, while saving them costs a copy of the table.
    if (++batch_no % kSaveLearnedEvery == 0) batch.learned = learner.Serialize();

    // 3. Drop learned lines, analyse, fingerprint, compress, in parallel, a chunk of
    // documents at a time (the analysis of a chunk is timed as one). Each article's parsed
    // fields are freed here, on the worker, once used.
    ParallelFor(nworkers, (batch.docs.size() + kAnalyzeChunk - 1) / kAnalyzeChunk, [&](int w, std::size_t c) {
      Worker& worker = *workers[static_cast<std::size_t>(w)];
      const std::size_t begin = c * kAnalyzeChunk;
      const std::size_t end = std::min(batch.docs.size(), begin + kAnalyzeChunk);
      worker.chunk.clear();
      worker.chunk_docs.clear();
      for (std::size_t i = begin; i < end; ++i) {
        Pending& p = batch.docs[i];
        p.dropped = p.clean.dropped;
        std::string text = learner.Join(p.article.doc.text, p.clean, p.source, &p.dropped);
        p.clean = {};
        if (text.empty()) {
          p.skip = true;
          p.article = {};
          continue;
        }
        // With ordered stages the document travels on to the writer thread whole; otherwise
        // one of the worker's scratch documents is reused.
        if (ordered) p.analyzed = std::make_unique<doc::AnalyzedDoc>();
        doc::AnalyzedDoc& d = ordered ? *p.analyzed : worker.scratch[worker.chunk.size()];
        d.document = std::move(p.article.doc);
        d.document.text = std::move(text);
        d.mentions.clear();
        d.quotes.clear();
        worker.chunk.push_back(i);
        worker.chunk_docs.push_back(&d);
      }
      pipeline.Analyze(worker.chunk_docs, &worker.ctx);
      for (std::size_t k = 0; k < worker.chunk.size(); ++k) {
        Pending& p = batch.docs[worker.chunk[k]];
        doc::AnalyzedDoc& d = *worker.chunk_docs[k];
        // The publication date (from the field, else the dateline) before the stages: the
        // stories stage resolves relative dates against it.
        d.document.published = ParsePublished(p.article.date_text, d);
        Status s = pipeline.RunStages(&d, &worker.ctx);
        if (!s.ok()) {
          worker.errors.push_back({p.article.path, p.article.line, s.message()});
          p.skip = true;
          p.article = {};
          continue;
        }
        p.tokens = d.analysis.tokens.size();
        store::DocumentRow row;
        if (ordered) {
          row.id = d.document.id;
          row.title = d.document.title;
          row.source = d.document.source;
          row.url = d.document.url;
          row.author = d.document.author;
          row.category = d.document.category;
          row.text = d.document.text;
          row.raw = std::move(d.document.raw);  // no stage reads the raw input
        } else {
          row.id = std::move(d.document.id);
          row.title = std::move(d.document.title);
          row.source = std::move(d.document.source);
          row.url = std::move(d.document.url);
          row.author = std::move(d.document.author);
          row.category = std::move(d.document.category);
          row.text = std::move(d.document.text);
          row.raw = std::move(d.document.raw);
        }
        if (d.document.published) row.published = d.document.published->seconds;
        row.origin = ingest::Origin(p.article.path, p.article.line);
        row.fingerprint = ingest::ComputeFingerprint(d.analysis);
        if (shared_compression) {
          p.row = std::move(row);
        } else if (training.valid()) {
          const auto trained = training;  // a copy per thread, as std::shared_future asks
          p.prepared = store::PrepareDocument(std::move(row), trained.get().get());
        } else {
          p.prepared = store::PrepareDocument(std::move(row), text_dictionary.get());
        }
        p.article = {};
      }
    });
    for (auto& w : workers) {
      for (ingest::ItemError& e : w->errors) batch.errors.push_back(std::move(e));
      w->errors.clear();
    }
    if (training.valid()) {  // stored in this batch's transaction, before the texts using it
      text_dictionary = training.get();
      batch.text_dictionary = text_dictionary;
    }
    for (const Pending& p : batch.docs) {
      dropped += p.dropped;
      tokens += p.tokens;
      if (p.skip) {
        ++skipped;
        ++empty_text;
      }
    }
    batch.bytes = walker.bytes_done();
    if (!shared_compression) {
      queue.Push(std::move(batch));
      continue;
    }
    // 4. Compress, from the last document down, until meeting the writer (which compresses
    // from the first up). The documents stay where they are when the batch is moved.
    batch.shared = std::make_unique<SharedCompression>(batch.docs.size());
    batch.shared->text_dictionary = text_dictionary;
    SharedCompression* const shared = batch.shared.get();
    Pending* const docs = batch.docs.data();
    const std::size_t n = batch.docs.size();
    queue.Push(std::move(batch));
    for (std::size_t i = n; i-- > 0;) {
      if (docs[i].skip) continue;
      if (!shared->TryCompress(i, &docs[i])) break;
    }
    shared->ProducerDone();
  }
  if (!queue.failed()) {
    Batch last;
    last.learned = learner.Serialize();
    last.bytes = walker.bytes_read();
    queue.Push(std::move(last));
  }
  queue.Close();
  writer.join();
  if (!write_status.ok()) return write_status;
  MARSAD_RETURN_IF_ERROR(pipeline.Finish());

  std::stable_sort(summary.errors.begin(), summary.errors.end(),
                   [](const ingest::ItemError& a, const ingest::ItemError& b) {
                     return a.path != b.path ? a.path < b.path : a.line < b.line;
                   });
  summary.skipped = skipped;
  summary.empty_text = empty_text;
  summary.tokens = tokens;
  summary.boilerplate_lines = dropped;
  summary.learned_lines = learner.learned();
  summary.bytes = walker.bytes_read();
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  summary.cpu_seconds = ProcessCpuSeconds() - cpu_start;
  const std::vector<std::pair<std::string_view, double>> stage_cpu = pipeline.CpuSeconds();
  for (std::size_t i = 0; i < stage_cpu.size(); ++i) {
    summary.stage_cpu_seconds.emplace_back(std::string(stage_cpu[i].first),
                                           stage_cpu[i].second - stage_cpu_start[i].second);
  }
  summary.store_write_cpu_seconds = static_cast<double>(store_write_ns) * 1e-9;
  return summary;
}

}  // namespace marsad::engine
