#include "marsad/index/index_writer.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "marsad/index/file_footer.h"
#include "marsad/index/searcher.h"
#include "marsad/io/env.h"
#include "marsad/text/analyzer.h"

namespace marsad::index {
namespace {

// a + decimal n + b (GCC 12 warns on chains of string operator+).
std::string Cat(std::string_view a, std::uint64_t n, std::string_view b = "") {
  std::string s(a);
  s.append(std::to_string(n));
  s.append(b);
  return s;
}

const text::Analyzer& SharedAnalyzer() {
  static const text::Analyzer* a = new text::Analyzer();
  return *a;
}

Status AddDoc(IndexWriter* w, const std::string& id, const std::string& body) {
  text::TextAnalysis a;
  SharedAnalyzer().Analyze(body, &a);
  IndexDoc d;
  d.id = id;
  d.body = &a;
  return w->Add(d);
}

std::string Ids(const Snapshot& snap, std::string_view query, std::size_t k = 100) {
  Searcher s(SharedAnalyzer());
  SearchResults r = s.Search(snap, query, SearchOptions{k});
  std::set<std::string> ids;
  for (const Hit& h : r.hits) ids.insert(h.id);
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += ' ';
    out += id;
  }
  return out;
}

TEST(IndexWriterTest, CommitReopenDeleteReplace) {
  auto env = io::NewMemEnv();
  {
    auto w = IndexWriter::Open(env.get(), "/i");
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(AddDoc(w->get(), "a", "سوريا وروسيا").ok());
    ASSERT_TRUE(AddDoc(w->get(), "b", "سوريا وتركيا").ok());
    ASSERT_TRUE((*w)->Commit().ok());
    ASSERT_TRUE(AddDoc(w->get(), "c", "سوريا ومصر").ok());
    // Not committed: lost when the writer goes away without Commit.
  }
  {
    auto w = IndexWriter::Open(env.get(), "/i");
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(Ids(*(*w)->snapshot(), "سوريا"), "a b");
    EXPECT_TRUE(*(*w)->Delete("a"));
    EXPECT_FALSE(*(*w)->Delete("zz"));
    ASSERT_TRUE(AddDoc(w->get(), "b", "لبنان").ok());  // replaces b
    ASSERT_TRUE((*w)->Commit().ok());
    EXPECT_EQ(Ids(*(*w)->snapshot(), "سوريا"), "");
    EXPECT_EQ(Ids(*(*w)->snapshot(), "لبنان"), "b");
    EXPECT_EQ((*w)->num_live_docs(), 1U);
  }
  {
    auto w = IndexWriter::Open(env.get(), "/i");
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(Ids(*(*w)->snapshot(), "سوريا"), "");
    EXPECT_EQ(Ids(*(*w)->snapshot(), "لبنان"), "b");
    EXPECT_EQ((*w)->snapshot()->num_live_docs(), 1U);
  }
}

TEST(IndexWriterTest, ReadOnlySnapshotsSeeCommitsOnly) {
  auto env = io::NewMemEnv();
  auto empty = OpenSnapshot(env.get(), "/none");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ((*empty)->num_docs(), 0U);
  auto w = IndexWriter::Open(env.get(), "/i");
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE(AddDoc(w->get(), "a", "الجزائر").ok());
  ASSERT_TRUE((*w)->Commit().ok());
  ASSERT_TRUE(AddDoc(w->get(), "b", "الجزائر").ok());
  ASSERT_TRUE((*w)->Flush().ok());  // visible to the writer's snapshots, not committed
  EXPECT_EQ(Ids(*(*w)->snapshot(), "الجزائر"), "a b");
  auto r = OpenSnapshot(env.get(), "/i");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Ids(**r, "الجزائر"), "a");
  ASSERT_TRUE((*w)->Commit().ok());
  r = OpenSnapshot(env.get(), "/i");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Ids(**r, "الجزائر"), "a b");
}

TEST(IndexWriterTest, ReplacingABufferedDocument) {
  auto env = io::NewMemEnv();
  auto w = IndexWriter::Open(env.get(), "/i");
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE(AddDoc(w->get(), "x", "قطر").ok());
  ASSERT_TRUE(AddDoc(w->get(), "x", "عمان").ok());
  ASSERT_TRUE((*w)->Commit().ok());
  EXPECT_EQ(Ids(*(*w)->snapshot(), "قطر"), "");
  EXPECT_EQ(Ids(*(*w)->snapshot(), "عمان"), "x");
  EXPECT_TRUE(AddDoc(w->get(), "", "بلا معرف").IsInvalidArgument());
}

TEST(IndexWriterTest, MergesKeepResultsAndDropDeletedDocuments) {
  auto env = io::NewMemEnv();
  IndexOptions opt;
  opt.max_segments = 3;
  opt.merge_factor = 2;
  auto w = IndexWriter::Open(env.get(), "/i", opt);
  ASSERT_TRUE(w.ok());
  for (int i = 0; i < 40; ++i) {
    ASSERT_TRUE(AddDoc(w->get(), Cat("d", i), i % 2 == 0 ? "زيت وقمح" : "قمح وذرة").ok());
    if (i % 5 == 4) {
      ASSERT_TRUE((*w)->Commit().ok());
    }
  }
  ASSERT_TRUE(*(*w)->Delete("d0"));
  ASSERT_TRUE((*w)->Commit().ok());
  const std::string before = Ids(*(*w)->snapshot(), "زيت");
  const std::string phrase_before = Ids(*(*w)->snapshot(), "+\"قمح وذرة\"");
  EXPECT_EQ((*w)->snapshot()->segments.size(), 8U);
  ASSERT_TRUE((*w)->MaybeMerge().ok());
  EXPECT_LE((*w)->snapshot()->segments.size(), 3U);
  EXPECT_EQ(Ids(*(*w)->snapshot(), "زيت"), before);
  ASSERT_TRUE((*w)->ForceMerge(1).ok());
  ASSERT_TRUE((*w)->Commit().ok());
  auto snap = (*w)->snapshot();
  ASSERT_EQ(snap->segments.size(), 1U);
  EXPECT_EQ(snap->num_docs(), 39U);  // d0 is gone for good
  EXPECT_EQ(Ids(*snap, "زيت"), before);
  EXPECT_EQ(Ids(*snap, "+\"قمح وذرة\""), phrase_before);
  // Only the live files remain.
  auto names = env->ListDir("/i");
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(names->size(), 2U);  // MANIFEST + one segment
}

TEST(IndexWriterTest, DamagedFilesAreRefusedNamingTheFile) {
  auto env = io::NewMemEnv();
  {
    auto w = IndexWriter::Open(env.get(), "/i");
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(AddDoc(w->get(), "a", "نص").ok());
    ASSERT_TRUE((*w)->Commit().ok());
  }
  auto names = env->ListDir("/i");
  ASSERT_TRUE(names.ok());
  std::string seg;
  for (const auto& n : *names) {
    if (n.find(".mseg") != std::string::npos) seg = "/i/" + n;
  }
  ASSERT_FALSE(seg.empty());
  auto bytes = env->ReadFile(seg, 1 << 20);
  ASSERT_TRUE(bytes.ok());
  std::string damaged = *bytes;
  damaged[3] ^= 0x40;
  ASSERT_TRUE(env->WriteFileAtomic(seg, damaged).ok());
  auto w = IndexWriter::Open(env.get(), "/i");
  ASSERT_FALSE(w.ok());
  EXPECT_TRUE(w.status().IsCorruption());
  EXPECT_NE(w.status().message().find(seg), std::string::npos) << w.status().message();
  // The segment's bytes under another format version, with a valid checksum.
  const auto with_version = [&](std::uint32_t version) {
    std::string v = bytes->substr(0, bytes->size() - kFooterSize);
    AppendFooter(FileKind::kSegment, version, &v);
    return v;
  };
  // An unknown format version is NotSupported.
  ASSERT_TRUE(env->WriteFileAtomic(seg, with_version(10)).ok());
  w = IndexWriter::Open(env.get(), "/i");
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().code(), StatusCode::kNotSupported);
  EXPECT_NE(w.status().message().find("version 10"), std::string::npos);
  // Segments of format 2 (exact-view posting lists), 3 (a form id per occurrence), 4
  // (full blocks packed as a row, positions in frame-of-reference blocks), 5 (the lead
  // field's own posting lists), 6 (a full skip entry in one-block lists), 7 (each list's
  // df and kind in its header) and 8 (stopwords' positions) are refused with how to rebuild.
  for (const std::uint32_t old : {2U, 3U, 4U, 5U, 6U, 7U, 8U}) {
    ASSERT_TRUE(env->WriteFileAtomic(seg, with_version(old)).ok());
    w = IndexWriter::Open(env.get(), "/i");
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.status().code(), StatusCode::kNotSupported);
    EXPECT_NE(w.status().message().find("version " + std::to_string(old)), std::string::npos) << w.status().message();
    EXPECT_NE(w.status().message().find("rebuild the index"), std::string::npos) << w.status().message();
  }
}

TEST(IndexWriterTest, SearchersKeepWorkingWhileDocumentsAreAdded) {
  auto env = io::NewMemEnv();
  auto w = IndexWriter::Open(env.get(), "/i");
  ASSERT_TRUE(w.ok());
  IndexWriter* writer = w->get();
  std::atomic<bool> done{false};
  std::atomic<int> searches{0};
  std::atomic<bool> failed{false};
  auto reader = [&] {
    Searcher s(SharedAnalyzer());
    std::uint64_t last = 0;
    while (!done) {
      auto snap = writer->snapshot();
      const std::uint64_t n = snap->num_live_docs();
      if (n < last) failed = true;  // snapshots only move forward
      last = n;
      SearchResults r = s.Search(*snap, "خبر عاجل", SearchOptions{5});
      if (r.hits.size() > n) failed = true;
      for (const Hit& h : r.hits) {
        if (h.id.rfind("doc", 0) != 0) failed = true;
      }
      ++searches;
    }
  };
  std::thread r1(reader), r2(reader);
  for (int i = 0; i < 300; ++i) {
    ASSERT_TRUE(AddDoc(writer, Cat("doc", i % 200), Cat("خبر عاجل رقم ", i)).ok());
    if (i % 10 == 9) {
      ASSERT_TRUE(writer->Flush().ok());
    }
    if (i % 50 == 49) {
      ASSERT_TRUE(writer->Commit().ok());
      ASSERT_TRUE(writer->MaybeMerge().ok());
    }
  }
  ASSERT_TRUE(writer->Commit().ok());
  while (searches < 20) std::this_thread::yield();
  done = true;
  r1.join();
  r2.join();
  EXPECT_FALSE(failed);
  EXPECT_EQ(writer->snapshot()->num_live_docs(), 200U);
}

// kill -9 in the middle of indexing: the index reopens as of the last commit.
TEST(IndexWriterTest, RecoversTheLastCommitAfterKill9) {
  const std::string dir = Cat(::testing::TempDir() + "marsad_index_crash_", static_cast<std::uint64_t>(::getpid()));
  std::filesystem::remove_all(dir);
  constexpr int kBatch = 25;
  std::mt19937 rng(123);
  int acknowledged = 0;  // commits the child reported
  for (int round = 0; round < 4; ++round) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::close(fds[0]);
      auto w = IndexWriter::Open(io::Env::Default(), dir);
      if (!w.ok()) ::_exit(3);
      std::uint64_t n = (*w)->num_live_docs();
      for (int c = 0;; ++c) {
        for (int i = 0; i < kBatch; ++i, ++n) {
          if (!AddDoc(w->get(), Cat("d", n), Cat("مقال رقم ", n, " عن الاقتصاد")).ok()) ::_exit(4);
        }
        if (!(*w)->Commit().ok()) ::_exit(5);
        if (c % 3 == 2 && !(*w)->MaybeMerge().ok()) ::_exit(6);
        const char one = 1;
        if (::write(fds[1], &one, 1) != 1) ::_exit(7);
      }
    }
    ::close(fds[1]);
    const int want = 2 + static_cast<int>(rng() % 3);
    for (int got = 0; got < want;) {
      char c;
      ASSERT_EQ(::read(fds[0], &c, 1), 1) << "the child died early";
      ++got;
      ++acknowledged;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 40));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    char c;
    while (::read(fds[0], &c, 1) == 1) ++acknowledged;  // commits reported before the kill
    ::close(fds[0]);
    ASSERT_TRUE(WIFSIGNALED(status)) << "exit status " << WEXITSTATUS(status);

    auto w = IndexWriter::Open(io::Env::Default(), dir);
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    auto snap = (*w)->snapshot();
    const std::uint64_t n = snap->num_live_docs();
    // Every acknowledged commit is there; at most one more finished before the kill.
    EXPECT_GE(n, std::uint64_t{kBatch} * acknowledged);
    EXPECT_LE(n, std::uint64_t{kBatch} * (acknowledged + 1));
    EXPECT_EQ(n % kBatch, 0U);
    acknowledged = static_cast<int>(n / kBatch);
    Searcher s(SharedAnalyzer());
    SearchResults r = s.Search(*snap, "+الاقتصاد", SearchOptions{1000000});
    EXPECT_EQ(r.hits.size(), n);
    std::set<std::string> ids;
    for (const Hit& h : r.hits) ids.insert(h.id);
    EXPECT_EQ(ids.size(), n);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace marsad::index
