// Tests of SegmentBuilder: the segment it writes does not depend on how the documents were
// analysed (with or without an AnalysisCache, by one cache or several), nor on its
// term-id memo (its bound, a cache freed and another made), and a builder reused after
// Finish writes the same segment again.
#include "marsad/index/segment_writer.h"

#include "marsad/index/segment_merger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "marsad/index/file_footer.h"
#include "marsad/index/postings.h"
#include "marsad/index/segment_reader.h"
#include "marsad/index/stopwords.h"
#include "marsad/text/analyzer.h"

namespace marsad::index {
namespace {

const text::Analyzer& SharedAnalyzer() {
  static const text::Analyzer* a = new text::Analyzer();
  return *a;
}

struct TestDoc {
  const char* id;
  const char* title;  // "" for none
  const char* body;
};

// Repeated words, words sharing a stem or a spelling key, hashtags and numbers, a body
// longer than the lead, and a document without a title.
const TestDoc kDocs[] = {
    {"d1", "لافروف في أستانا", "قال وزير الخارجية الروسي سيرغي لافروف في أستانا إن المحادثات مستمرة والمحادثات صعبة"},
    {"d2", "", "أستانة تستضيف جولة جديدة من المحادثات #سوريا 2026 والوزير لافرينتيف يصل اليوم"},
    {"d3", "المحادثات", "المحادثات المحادثات محادثات محادثة يتحادثون تحادث الوزراء الوزير وزير وزارة"},
    {"d4", "Astana talks", "Talks in Astana: the talks resume; 12 delegations, 3 days. @envoy said talks matter"},
    {"d5", "لافرينتيف", "لافرنتييف لافرينتيف لافرنتيف ألكسندر لافرنتييف يلتقي الوفود في العاصمة الكازاخية أستانا "
                       "ثم يعود إلى موسكو بعد جولة من المشاورات مع الوفود والمعارضة والحكومة السورية "
                       "وتقول المصادر إن الجولة المقبلة ستعقد في أستانة أيضا في الشهر المقبل بعد المشاورات"},
};

// How a test analyses each document's title and body.
enum class Mode {
  kNoCache,      // each analysis owns its strings
  kOneCache,     // one cache for everything
  kTwoCaches,    // titles and bodies from different caches (as the ingest index stage)
  kFreshCaches,  // a new cache per document
};

// Adds document i of rounds over kDocs (id "<doc id>#<round>"), its title and body analysed
// with the given caches (null: none).
void AddRoundDoc(SegmentBuilder* b, std::size_t i, text::AnalysisCache* title_cache,
                 text::AnalysisCache* body_cache) {
  constexpr std::size_t kN = std::size(kDocs);
  const TestDoc& t = kDocs[i % kN];
  text::TextAnalysis title, body;
  SharedAnalyzer().Analyze(t.title, &title, title_cache);
  SharedAnalyzer().Analyze(t.body, &body, body_cache);
  IndexDoc d;
  d.id = t.id;
  d.id.push_back('#');
  d.id.append(std::to_string(i / kN));
  d.title = std::string_view(t.title).empty() ? nullptr : &title;
  d.body = &body;
  b->Add(d);
}

std::string Build(Mode mode) {
  SegmentBuilder b;
  text::AnalysisCache one, two;
  std::vector<std::unique_ptr<text::AnalysisCache>> fresh;
  // Four rounds, so words recur across documents and rounds.
  constexpr std::size_t kN = std::size(kDocs);
  for (std::size_t i = 0; i < 4 * kN; ++i) {
    text::AnalysisCache* title_cache = nullptr;
    text::AnalysisCache* body_cache = nullptr;
    switch (mode) {
      case Mode::kNoCache:
        break;
      case Mode::kOneCache:
        title_cache = body_cache = &one;
        break;
      case Mode::kTwoCaches:
        title_cache = &one;
        body_cache = &two;
        break;
      case Mode::kFreshCaches:
        fresh.push_back(std::make_unique<text::AnalysisCache>());
        title_cache = body_cache = fresh.back().get();
        break;
    }
    AddRoundDoc(&b, i, title_cache, body_cache);
  }
  return b.Finish();
}

TEST(SegmentBuilderTest, SegmentDoesNotDependOnHowTextWasAnalysed) {
  const std::string expected = Build(Mode::kNoCache);
  ASSERT_FALSE(expected.empty());
  const struct {
    Mode mode;
    const char* name;
  } kCases[] = {{Mode::kOneCache, "one cache"},
                {Mode::kTwoCaches, "two caches"},
                {Mode::kFreshCaches, "a cache per document"}};
  for (const auto& c : kCases) {
    EXPECT_EQ(Build(c.mode), expected) << c.name;
  }
}

TEST(SegmentBuilderTest, ReusedAfterFinishWritesTheSameSegment) {
  SegmentBuilder b;
  text::AnalysisCache cache;
  std::string first;
  for (int round = 0; round < 2; ++round) {
    for (const TestDoc& t : kDocs) {
      text::TextAnalysis body;
      SharedAnalyzer().Analyze(t.body, &body, &cache);
      IndexDoc d;
      d.id = t.id;
      d.body = &body;
      b.Add(d);
    }
    const std::string seg = b.Finish();
    EXPECT_EQ(b.num_docs(), 0U);
    if (round == 0) {
      first = seg;
    } else {
      EXPECT_EQ(seg, first);
    }
  }
}

// A segment streamed to a file through a small buffer (many flushes, terms crossing them)
// is the segment Finish() returns, and opens.
TEST(SegmentBuilderTest, StreamedSegmentIsTheSameFile) {
  const std::string expected = Build(Mode::kOneCache);
  auto env = io::NewMemEnv();
  for (std::size_t flush_bytes : {std::size_t{1}, std::size_t{64}, std::size_t{1000}, FileSink::kDefaultFlushBytes}) {
    SegmentBuilder b;
    text::AnalysisCache cache;
    for (std::size_t i = 0; i < 4 * std::size(kDocs); ++i) AddRoundDoc(&b, i, &cache, &cache);
    const std::string path = "/seg" + std::to_string(flush_bytes);
    auto file = env->NewWritableFile(path);
    ASSERT_TRUE(file.ok());
    FileSink sink(file->get(), flush_bytes);
    ASSERT_TRUE(b.Finish(&sink).ok());
    ASSERT_TRUE((*file)->Close().ok());
    EXPECT_EQ(b.num_docs(), 0U);
    auto bytes = env->ReadFile(path, 1 << 30);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(*bytes, expected) << "flush every " << flush_bytes << " bytes";
    auto reader = SegmentReader::Open(env.get(), path);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    EXPECT_EQ((*reader)->num_docs(), 4 * std::size(kDocs));
  }
}

// A vocabulary of many chunks of Finish's parallel encoding: kDocs' Arabic words with
// their forms, and Latin words of every length from 1 to 24 letters (so the terms tie on
// their first 8 and 16 bytes), some in many documents, most in a few, one in all.
void AddManyTermDocs(SegmentBuilder* b, text::AnalysisCache* cache) {
  for (std::size_t i = 0; i < 600; ++i) {
    std::string body = kDocs[i % std::size(kDocs)].body;
    body += " common";
    for (std::size_t k = 0; k < 40; ++k) {
      const std::size_t w = (i * 41 + k * 7) % 6000;
      body += ' ';
      body.append(1 + w % 24, static_cast<char>('a' + w % 26));
      body += 'x';
      body += std::to_string(w / 24);
    }
    text::TextAnalysis title, a;
    SharedAnalyzer().Analyze(kDocs[(i + 2) % std::size(kDocs)].title, &title, cache);
    SharedAnalyzer().Analyze(body, &a, cache);
    IndexDoc d;
    d.id = std::to_string(i);
    d.title = title.tokens.empty() ? nullptr : &title;
    d.body = &a;
    b->Add(d);
  }
}

// Finish on two threads (chunks of terms encoded by both, written out in order) writes the
// same bytes as on one, to a string and streamed through small buffers.
TEST(SegmentBuilderTest, FinishOnTwoThreadsWritesTheSameSegment) {
  SegmentBuilder one;
  text::AnalysisCache cache;
  AddManyTermDocs(&one, &cache);
  const std::string expected = one.Finish();
  EXPECT_EQ(one.TakeHelperCpuNanos(), 0);  // one thread: no helper
  auto env = io::NewMemEnv();
  for (std::size_t flush_bytes : {std::size_t{1}, std::size_t{4096}, FileSink::kDefaultFlushBytes}) {
    for (int threads : {2, 3}) {
      SegmentBuilder b;
      AddManyTermDocs(&b, &cache);
      const std::string path = "/seg" + std::to_string(flush_bytes) + "_" + std::to_string(threads);
      auto file = env->NewWritableFile(path);
      ASSERT_TRUE(file.ok());
      FileSink sink(file->get(), flush_bytes);
      ASSERT_TRUE(b.Finish(&sink, threads).ok());
      EXPECT_GT(b.TakeHelperCpuNanos(), 0);  // the sorting and encoding threads' CPU
      EXPECT_EQ(b.TakeHelperCpuNanos(), 0);  // taken
      ASSERT_TRUE((*file)->Close().ok());
      auto bytes = env->ReadFile(path, 1 << 30);
      ASSERT_TRUE(bytes.ok());
      EXPECT_TRUE(*bytes == expected) << "threads " << threads << ", flush every " << flush_bytes;
      EXPECT_EQ(b.num_docs(), 0U);
    }
  }
  auto reader = SegmentReader::FromBytes(expected, "many");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  // Many chunks of terms (2,048 a chunk), so the two threads share and interleave them.
  EXPECT_GT((*reader)->dict().size(), 8 * 2048U);
}

// Builds kDocs four times over with one cache and the memo bounded to `limit` tokens per
// field, checking the bound after every document.
std::string BuildWithMemoLimit(std::size_t limit, std::size_t* body_memo_at_end) {
  SegmentBuilder b(SegmentBuilder::kDefaultLeadTokens, limit);
  text::AnalysisCache cache;
  constexpr std::size_t kN = std::size(kDocs);
  for (std::size_t i = 0; i < 4 * kN; ++i) {
    AddRoundDoc(&b, i, &cache, &cache);
    EXPECT_LE(b.memo_size(Field::kBody), limit);
    EXPECT_LE(b.memo_size(Field::kTitle), limit);
  }
  *body_memo_at_end = b.memo_size(Field::kBody);
  return b.Finish();
}

TEST(SegmentBuilderTest, MemoHitsWriteTheSameSegmentAtAnyBound) {
  const std::string expected = Build(Mode::kNoCache);
  std::size_t unbounded = 0;
  EXPECT_EQ(BuildWithMemoLimit(SegmentBuilder::kDefaultMemoLimit, &unbounded), expected);
  // The memo was used: it holds every distinct body token (fewer than the tokens added).
  EXPECT_GT(unbounded, 20U);
  for (std::size_t limit : {1, 3, 17}) {
    std::size_t at_end = 0;
    EXPECT_EQ(BuildWithMemoLimit(limit, &at_end), expected) << "limit " << limit;
    EXPECT_GE(at_end, 1U);
  }
}

// The memo is keyed by the cache's arena. It holds that arena while it remembers it, so
// a cache freed and a new one made (likely at the same address) cannot hit stale entries:
// the new cache's positions name other words.
TEST(SegmentBuilderTest, MemoDoesNotHitAFreedCachesEntries) {
  SegmentBuilder memo_builder, plain_builder;
  std::set<const text::StringArena*> arenas;
  const std::size_t kN = std::size(kDocs);
  for (std::size_t i = 0; i < kN; ++i) {
    // A new cache per document, freed after it: the same positions come back with
    // other words (every document starts at position 0 of a fresh arena).
    const auto cache = std::make_unique<text::AnalysisCache>();
    text::TextAnalysis body, plain;
    SharedAnalyzer().Analyze(kDocs[i].body, &body, cache.get());
    SharedAnalyzer().Analyze(kDocs[i].body, &plain);
    ASSERT_NE(body.cache_arena(), nullptr);
    arenas.insert(body.cache_arena().get());
    IndexDoc d;
    d.id = kDocs[i].id;
    d.body = &body;
    memo_builder.Add(d);
    d.body = &plain;
    plain_builder.Add(d);
    EXPECT_GT(memo_builder.memo_size(Field::kBody), 0U);
  }
  // Every cache got an arena at a new address: the memo kept the freed ones.
  EXPECT_EQ(arenas.size(), kN);
  EXPECT_EQ(memo_builder.Finish(), plain_builder.Finish());
}

// While the memo remembers an arena it keeps it alive (the guard against address reuse),
// and Finish lets it go.
TEST(SegmentBuilderTest, MemoHoldsItsArenaUntilFinish) {
  SegmentBuilder b;
  std::weak_ptr<const text::StringArena> arena;
  {
    text::AnalysisCache cache;
    text::TextAnalysis body;
    SharedAnalyzer().Analyze(kDocs[0].body, &body, &cache);
    arena = body.cache_arena();
    IndexDoc d;
    d.id = kDocs[0].id;
    d.body = &body;
    b.Add(d);
  }
  EXPECT_FALSE(arena.expired());
  (void)b.Finish();
  EXPECT_TRUE(arena.expired());
  EXPECT_EQ(b.memo_size(Field::kBody), 0U);
}

// Merging renumbers each stem's forms by the merged frequencies: two segments whose most
// frequent spelling differs merge into the segment built from all their documents at
// once, byte for byte, and a deleted document's forms drop out as if never added.
// A document holding two spellings once each: its lead is the lower form id. Merging
// swaps the two ids (the second segment makes the other spelling the more frequent), so
// the merged document's forms must be re-ordered before they are written.
// The per-document BM25 length part the scorer loads: a + b * length for each document,
// recomputed when (a, b) change (a new avgdl), shared while they do not.
TEST(SegmentReaderTest, LengthNormsArePerDocumentAndFollowTheirParameters) {
  const char* bodies[] = {"الاتفاق", "اتفاق اتفاق الاتفاق", "", "والاتفاق اتفاقات اتفاق الاتفاق اتفاق"};
  SegmentBuilder builder;
  std::vector<text::TextAnalysis> analyses(4);
  for (int i = 0; i < 4; ++i) {
    SharedAnalyzer().Analyze(bodies[i], &analyses[static_cast<std::size_t>(i)]);
    IndexDoc d;
    d.id = "d" + std::to_string(i);
    d.body = &analyses[static_cast<std::size_t>(i)];
    builder.Add(d);
  }
  auto r = SegmentReader::FromBytes(builder.Finish(), "s");
  ASSERT_TRUE(r.ok());
  const SegmentReader& reader = **r;
  const auto first = reader.LengthNorms(Field::kBody, 0.3F, 0.25F);
  ASSERT_EQ(first->size(), 4U);
  for (std::uint32_t d = 0; d < 4; ++d) {
    EXPECT_EQ((*first)[d], 0.3F + 0.25F * static_cast<float>(reader.field_length(d, Field::kBody))) << d;
  }
  EXPECT_NE(reader.field_length(1, Field::kBody), reader.field_length(3, Field::kBody));
  EXPECT_EQ(reader.LengthNorms(Field::kBody, 0.3F, 0.25F), first);  // computed once
  const auto other = reader.LengthNorms(Field::kBody, 0.3F, 0.5F);
  for (std::uint32_t d = 0; d < 4; ++d) {
    EXPECT_EQ((*other)[d], 0.3F + 0.5F * static_cast<float>(reader.field_length(d, Field::kBody))) << d;
  }
  EXPECT_EQ((*first)[3], 0.3F + 0.25F * static_cast<float>(reader.field_length(3, Field::kBody)));  // still valid
  EXPECT_EQ(reader.LengthNorms(Field::kTitle, 0.3F, 0.25F)->size(), 4U);
}

TEST(SegmentReaderTest, PostingsOutsideTheSectionAreEmptyNotAThrow) {
  text::TextAnalysis a;
  SharedAnalyzer().Analyze("الاتفاق اتفاق", &a);
  SegmentBuilder builder;
  IndexDoc d;
  d.id = "d0";
  d.body = &a;
  builder.Add(d);
  auto r = SegmentReader::FromBytes(builder.Finish(), "s");
  ASSERT_TRUE(r.ok());
  const SegmentReader& reader = **r;
  auto it = reader.dict().Seek("");
  ASSERT_TRUE(it.Valid());
  const TermInfo info = it.info();
  ASSERT_FALSE(reader.Postings(info).empty());
  // Dictionary entries damaged past the postings section (a crafted file whose CRC matches).
  const std::uint64_t section = reader.file_size();
  for (const TermInfo bad : {TermInfo{info.df, section + 1000, info.size}, TermInfo{info.df, 0, section + 1000},
                             TermInfo{info.df, ~std::uint64_t{0}, 2}, TermInfo{info.df, 1, ~std::uint64_t{0}}}) {
    EXPECT_TRUE(reader.Postings(bad).empty());
    PostingCursor c;
    EXPECT_FALSE(c.Init(reader.Postings(bad), bad.df, ListKindOf(it.term()), reader.LengthsOf(it.term()[0])).ok());
  }
}

// Builds bodies[0, split) and bodies[split, end) as two segments and checks that merging them
// writes the very bytes of one build of all the bodies.
void ExpectMergeIsOneBuild(const std::vector<std::string>& bodies, std::size_t split) {
  SegmentBuilder first, second, all;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    text::TextAnalysis a;
    SharedAnalyzer().Analyze(bodies[i], &a);
    IndexDoc d;
    d.id = "doc" + std::to_string(i);
    d.body = &a;
    (i < split ? first : second).Add(d);
    all.Add(d);
  }
  auto a = SegmentReader::FromBytes(first.Finish(), "a");
  auto b = SegmentReader::FromBytes(second.Finish(), "b");
  ASSERT_TRUE(a.ok() && b.ok());
  auto merged = MergeSegmentFiles({SegmentView{1, *a, nullptr}, SegmentView{2, *b, nullptr}});
  ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  EXPECT_TRUE(*merged == all.Finish());
}

TEST(SegmentMergerTest, MergedFormsOfATieAreWrittenAsOneBuildWould) {
  ExpectMergeIsOneBuild({"الاتفاق اتفاق", "الاتفاق الاتفاق", "اتفاق اتفاق اتفاق اتفاق"}, 2);
}

// The stopword set decides which lists have positions, so a segment records the set's
// fingerprint and a build with another set refuses the segment (with how to rebuild) instead
// of misreading it. The fingerprint is the set's, not the list's order or spelling.
TEST(SegmentBuilderTest, SegmentOfAnotherStopwordListIsRefused) {
  const Stopwords a("في\nمن\n# a comment\n", SharedAnalyzer());
  const Stopwords b("من\nفي\n", SharedAnalyzer());
  const Stopwords c("في\nعن\n", SharedAnalyzer());
  EXPECT_EQ(a.fingerprint(), b.fingerprint());
  EXPECT_NE(a.fingerprint(), c.fingerprint());

  SegmentBuilder builder;
  text::TextAnalysis body;
  SharedAnalyzer().Analyze("في بيروت", &body);
  IndexDoc d;
  d.id = "doc";
  d.body = &body;
  builder.Add(d);
  const std::string segment = builder.Finish();
  ASSERT_TRUE(SegmentReader::FromBytes(segment, "test").ok());
  // The same segment with another fingerprint (the u32 before the 32-byte trailer), sealed.
  auto checked = CheckFooter(segment, FileKind::kSegment, kSegmentFormatVersion, "test");
  ASSERT_TRUE(checked.ok());
  std::string other(*checked);
  other[other.size() - 32 - 4] ^= 0x5A;
  AppendFooter(FileKind::kSegment, kSegmentFormatVersion, &other);
  auto refused = SegmentReader::FromBytes(other, "seg_000001.mseg");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kNotSupported);
  EXPECT_NE(refused.status().message().find("seg_000001.mseg: indexed with another stopword list"), std::string::npos)
      << refused.status().ToString();
  EXPECT_NE(refused.status().message().find("rebuild the index"), std::string::npos);
}

// Segment format 9: a stopword's stem list (في, with its forms فيه, فيها) keeps its
// documents, frequencies and forms but stores no positions; other stems keep theirs; a merge
// of such lists is the one build of the same documents.
TEST(SegmentBuilderTest, StopwordStemListsHaveNoPositions) {
  const std::vector<std::string> bodies = {"في بيروت فيه", "فيها في في", "بيروت في بيروت", "بيروت"};
  const std::string stop = MakeTerm(TextSpace(Field::kBody, View::kStem), "في");
  ASSERT_TRUE(Stopwords::Embedded().Contains("في"));
  EXPECT_FALSE(ListKindOf(stop).positions);
  EXPECT_TRUE(ListKindOf(stop).forms);
  SegmentBuilder b;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    text::TextAnalysis a;
    SharedAnalyzer().Analyze(bodies[i], &a);
    if (i == 0) {
      ASSERT_EQ(std::string(a.stem(2)), "في") << "the analyzer's stems changed";
    }
    IndexDoc d;
    d.id = "doc" + std::to_string(i);
    d.body = &a;
    b.Add(d);
  }
  auto reader = SegmentReader::FromBytes(b.Finish(), "test");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  const auto info = (*reader)->dict().Find(stop);
  ASSERT_TRUE(info.has_value());
  const ListLengths lens = (*reader)->LengthsOf(stop[0]);
  EXPECT_EQ(PostingCursor::Measure((*reader)->Postings(*info), info->df, ListKindOf(stop), lens).positions, 0U);
  const std::string word = MakeTerm(TextSpace(Field::kBody, View::kStem), "بيروت");
  const auto word_info = (*reader)->dict().Find(word);
  ASSERT_TRUE(word_info.has_value());
  EXPECT_TRUE(ListKindOf(word).positions);
  EXPECT_GT(PostingCursor::Measure((*reader)->Postings(*word_info), word_info->df, ListKindOf(word), lens).positions, 0U);
  PostingCursor c;
  ASSERT_TRUE(c.Init((*reader)->Postings(*info), info->df, ListKindOf(stop), lens).ok());
  // Documents, frequencies and the forms' frequencies (form 0: في, the most frequent).
  const std::uint32_t want_freq[] = {2, 3, 1};
  const std::uint32_t want_form0[] = {1, 2, 1};
  for (std::uint32_t d = 0; d < 3; ++d) {
    ASSERT_EQ(c.doc(), d);
    EXPECT_EQ(c.freq(), want_freq[d]) << d;
    EXPECT_EQ(c.FormFreq(0), want_form0[d]) << d;
    c.Next();
  }
  EXPECT_EQ(c.doc(), kNoMoreDocs);
  ExpectMergeIsOneBuild(bodies, 2);
}

TEST(SegmentMergerTest, MergeRenumbersFormsAsOneBuildWould) {
  const char* bodies[] = {"الاتفاق الاتفاق اتفاق", "الاتفاق اتفاقات", "اتفاق اتفاق الاتفاق اتفاق", "اتفاق والاتفاق"};
  auto add = [](SegmentBuilder* b, const char* id, const char* body) {
    text::TextAnalysis a;
    SharedAnalyzer().Analyze(body, &a);
    IndexDoc d;
    d.id = id;
    d.body = &a;
    b->Add(d);
  };
  SegmentBuilder first, second, all, kept;
  for (int i = 0; i < 4; ++i) {
    const std::string id = std::string(1, 'd').append(std::to_string(i));
    add(i < 2 ? &first : &second, id.c_str(), bodies[i]);
    add(&all, id.c_str(), bodies[i]);
    if (i != 2) add(&kept, id.c_str(), bodies[i]);
  }
  auto a = SegmentReader::FromBytes(first.Finish(), "a");
  auto b = SegmentReader::FromBytes(second.Finish(), "b");
  ASSERT_TRUE(a.ok() && b.ok());
  SegmentView va{1, *a, nullptr}, vb{2, *b, nullptr};
  auto merged = MergeSegmentFiles({va, vb});
  ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  EXPECT_TRUE(*merged == all.Finish());
  auto deleted = std::make_shared<DeletedDocs>(2);
  deleted->Insert(0);  // d2, the document where اتفاق leads
  vb.deleted = deleted;
  merged = MergeSegmentFiles({va, vb});
  ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  EXPECT_TRUE(*merged == kept.Finish());
}

// The dictionary stores a list's offset only at a block head (the lists lie back to back in
// dictionary order), so the merger must write its lists in that order: a merge of many
// dictionary blocks reads every term's list as a single build of the same documents does.
TEST(SegmentMergerTest, MergedSegmentReadsEveryTermOfManyBlocks) {
  constexpr std::size_t kN = std::size(kDocs);
  SegmentBuilder first, second, all;
  for (std::size_t i = 0; i < 4 * kN; ++i) {
    AddRoundDoc(i < 2 * kN ? &first : &second, i, nullptr, nullptr);
    AddRoundDoc(&all, i, nullptr, nullptr);
  }
  auto a = SegmentReader::FromBytes(first.Finish(), "a");
  auto b = SegmentReader::FromBytes(second.Finish(), "b");
  ASSERT_TRUE(a.ok() && b.ok());
  auto merged_bytes = MergeSegmentFiles({SegmentView{1, *a, nullptr}, SegmentView{2, *b, nullptr}});
  ASSERT_TRUE(merged_bytes.ok()) << merged_bytes.status().ToString();
  auto merged = SegmentReader::FromBytes(*merged_bytes, "merged");
  auto single = SegmentReader::FromBytes(all.Finish(), "single");
  ASSERT_TRUE(merged.ok() && single.ok());
  const TermDict& md = (*merged)->dict();
  const TermDict& sd = (*single)->dict();
  ASSERT_EQ(md.size(), sd.size());
  ASSERT_GT(md.size(), 3 * kDictBlock);
  std::uint64_t end = 0;
  std::size_t n = 0;
  for (auto it = md.Seek(""), st = sd.Seek(""); it.Valid(); it.Next(), st.Next(), ++n) {
    ASSERT_TRUE(st.Valid());
    ASSERT_EQ(it.term(), st.term()) << n;
    EXPECT_EQ(it.info().df, st.info().df) << n;
    EXPECT_EQ(it.info().offset, end) << n;  // the lists tile the postings section
    end = it.info().offset + it.info().size;
    const auto found = md.Find(it.term());
    ASSERT_TRUE(found.has_value()) << n;
    EXPECT_EQ(found->offset, it.info().offset) << n;
    EXPECT_EQ(found->size, it.info().size) << n;
    ASSERT_EQ((*merged)->Postings(it.info()), (*single)->Postings(st.info())) << n;
    if (SpaceIsExactView(it.term()[0])) continue;  // a form record, not a list
    // No lead terms (format 6): their frequencies and df are in the body stem lists.
    EXPECT_NE(it.term()[0], kLeadSpace) << n;
    PostingCursor c;
    ASSERT_TRUE(c.Init((*merged)->Postings(it.info()), it.info().df, ListKindOf(it.term()), (*merged)->LengthsOf(it.term()[0])).ok()) << n;
    std::uint32_t docs = 0;
    for (; c.doc() != kNoMoreDocs; c.Next()) ++docs;
    EXPECT_EQ(docs, it.info().df) << n;
  }
  EXPECT_EQ(n, md.size());
}

// Finish's scatter walks the log in one pass and advances the document id past documents
// that left no entries (an empty body, no fields at all); their neighbours' postings must
// keep their own ids, frequencies and positions.
TEST(SegmentBuilderTest, DocumentsWithoutEntriesKeepTheirNeighboursPostings) {
  const char* const kBodies[] = {"alpha beta beta", "", nullptr, "beta gamma", nullptr};
  SegmentBuilder b;
  for (std::size_t i = 0; i < std::size(kBodies); ++i) {
    text::TextAnalysis body;
    IndexDoc d;
    d.id = "doc" + std::to_string(i);
    if (kBodies[i] != nullptr) {
      SharedAnalyzer().Analyze(kBodies[i], &body, nullptr);
      d.body = &body;
    }
    b.Add(d);
  }
  auto reader = SegmentReader::FromBytes(b.Finish(), "test");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  ASSERT_EQ((*reader)->num_docs(), std::size(kBodies));
  const std::string beta = std::string(1, TextSpace(Field::kBody, View::kStem)) + "beta";
  const auto info = (*reader)->dict().Find(beta);
  ASSERT_TRUE(info.has_value());
  PostingCursor c;
  ASSERT_TRUE(c.Init((*reader)->Postings(*info), info->df, ListKindOf(beta), (*reader)->LengthsOf(beta[0])).ok());
  ASSERT_TRUE(c.has_positions());
  const std::vector<std::uint32_t>& lens = (*reader)->field_lengths(Field::kBody);
  ASSERT_EQ(c.doc(), 0U);
  ASSERT_EQ(c.freq(), 2U);
  EXPECT_EQ(c.Positions(lens)[0], 1U);
  EXPECT_EQ(c.Positions(lens)[1], 2U);
  c.Next();
  ASSERT_EQ(c.doc(), 3U);
  ASSERT_EQ(c.freq(), 1U);
  EXPECT_EQ(c.Positions(lens)[0], 0U);
  c.Next();
  EXPECT_EQ(c.doc(), kNoMoreDocs);
  EXPECT_EQ((*reader)->doc_id(3), "doc3");
}

// Format 7: document ids are front-coded against the previous one; every id reads back,
// whatever it shares with its neighbour (nothing, all of it, a prefix of it, the empty id).
TEST(SegmentReaderTest, FrontCodedIdsReadBack) {
  const std::vector<std::string> ids = {"AL-culture-1-20180218", "AL-culture-2-20180218", "AL-culture-2-20180218",
                                        "AL-culture-2", "AL-culture-2-x", "", "zz", "AL-sport-10", "AL-sport-1"};
  SegmentBuilder b;
  for (const std::string& id : ids) {
    IndexDoc d;
    d.id = id;
    b.Add(d);
  }
  const std::string bytes = b.Finish();
  auto reader = SegmentReader::FromBytes(bytes, "test");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  ASSERT_EQ((*reader)->num_docs(), ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ((*reader)->doc_id(static_cast<std::uint32_t>(i)), ids[i]);
  // The shared prefixes (66 bytes) are not stored: the same ids behind alternating first
  // bytes (nothing shared) take that much more.
  SegmentBuilder apart;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    IndexDoc d;
    d.id = (i % 2 == 0 ? "x" : "y") + ids[i];
    apart.Add(d);
  }
  EXPECT_GE(apart.Finish().size(), bytes.size() + 66);
}

// Format 6: a body stem list holds each document's lead frequency (occurrences among the
// first 48 tokens, counting 3 before position 8 and 2 before 24) and the lead df; the
// segment has no lead terms.
TEST(SegmentBuilderTest, BodyStemListsCarryTheLead) {
  // "alpha" at these positions of a body of `len` tokens ("gamma" elsewhere).
  struct Body {
    std::vector<std::uint32_t> at;
    std::uint32_t len;
    std::uint32_t lead_tf;
  };
  const Body kBodies[] = {{{0, 30, 60}, 61, 3 + 1}, {{10}, 20, 2}, {{50}, 55, 0}, {{}, 5, 0}, {{7, 23, 47}, 48, 3 + 2 + 1}};
  SegmentBuilder b;
  for (std::size_t i = 0; i < std::size(kBodies); ++i) {
    std::string text;
    for (std::uint32_t p = 0; p < kBodies[i].len; ++p) {
      const bool hit = std::find(kBodies[i].at.begin(), kBodies[i].at.end(), p) != kBodies[i].at.end();
      text += hit ? "alpha " : "gamma ";
    }
    text::TextAnalysis body;
    SharedAnalyzer().Analyze(text, &body, nullptr);
    IndexDoc d;
    d.id = "doc" + std::to_string(i);
    d.body = &body;
    b.Add(d);
  }
  auto reader = SegmentReader::FromBytes(b.Finish(), "test");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  for (auto it = (*reader)->dict().Seek(""); it.Valid(); it.Next()) EXPECT_NE(it.term()[0], kLeadSpace);
  const std::string alpha = MakeTerm(TextSpace(Field::kBody, View::kStem), "alpha");
  const auto info = (*reader)->dict().Find(alpha);
  ASSERT_TRUE(info.has_value());
  PostingCursor c;
  ASSERT_TRUE(c.Init((*reader)->Postings(*info), info->df, ListKindOf(alpha), (*reader)->LengthsOf(TextSpace(Field::kBody, View::kStem))).ok());
  ASSERT_TRUE(c.has_lead());
  EXPECT_EQ(c.lead_df(), 3U);
  EXPECT_EQ(PostingCursor::LeadDfOf((*reader)->Postings(*info), info->df), 3U);
  // One block: its largest lead tf, and the shortest lead (min(length, 48)) among docs 0, 1, 4.
  EXPECT_EQ(c.list_impact().max_lead_tf, 6U);
  EXPECT_EQ(c.list_impact().min_lead_len, 20U);
  for (std::uint32_t d : {0U, 1U, 2U, 4U}) {
    ASSERT_EQ(c.doc(), d);
    EXPECT_EQ(c.freq(), kBodies[d].at.size()) << d;
    EXPECT_EQ(c.LeadTf(), kBodies[d].lead_tf) << d;
    c.Next();
  }
  EXPECT_EQ(c.doc(), kNoMoreDocs);
  // The lead lengths the norms use.
  EXPECT_EQ((*reader)->field_lengths(Field::kLead)[0], 48U);
  EXPECT_EQ((*reader)->field_lengths(Field::kLead)[1], 20U);
}

// The chains of slices: lists that run over many slices (a term in every document, one
// with tens of thousands of positions, a huge frequency), a term only in the first and the
// last document, empty documents in between; every document, frequency and position reads
// back as added.
TEST(SegmentBuilderTest, ChainsAcrossSlicesReadBackEveryPosting) {
  constexpr std::uint32_t kDocsN = 3000;
  constexpr std::uint32_t kHuge = 1500;  // the document with the huge frequency
  constexpr std::uint32_t kHugeTf = 70000;
  SegmentBuilder b;
  // alpha occurs (i % 37) + 1 times in document i, at every other position from 0; beta in
  // between; edge only in the first and last documents; every 100th document is empty.
  auto alpha_tf = [](std::uint32_t i) { return i % 37 + 1; };
  for (std::uint32_t i = 0; i < kDocsN; ++i) {
    std::string body;
    if (i % 100 != 50) {
      for (std::uint32_t k = 0; k < alpha_tf(i); ++k) body += "alpha beta ";
      if (i == 0 || i == kDocsN - 1) body += "edge";
      if (i == kHuge) {
        for (std::uint32_t k = 0; k < kHugeTf; ++k) body += " gamma";
      }
    }
    text::TextAnalysis a;
    SharedAnalyzer().Analyze(body, &a);
    IndexDoc d;
    d.id = "doc" + std::to_string(i);
    d.body = &a;
    b.Add(d);
  }
  auto reader = SegmentReader::FromBytes(b.Finish(), "test");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  const std::vector<std::uint32_t>& lens = (*reader)->field_lengths(Field::kBody);
  auto cursor = [&](const char* word, PostingCursor* c) {
    const std::string term = std::string(1, TextSpace(Field::kBody, View::kStem)) + word;
    const auto info = (*reader)->dict().Find(term);
    ASSERT_TRUE(info.has_value()) << word;
    ASSERT_TRUE(c->Init((*reader)->Postings(*info), info->df, ListKindOf(term), (*reader)->LengthsOf(TextSpace(Field::kBody, View::kStem))).ok()) << word;
  };
  PostingCursor alpha;
  cursor("alpha", &alpha);
  for (std::uint32_t i = 0; i < kDocsN; ++i) {
    if (i % 100 == 50) continue;
    ASSERT_EQ(alpha.doc(), i);
    ASSERT_EQ(alpha.freq(), alpha_tf(i)) << i;
    const auto positions = alpha.Positions(lens);
    for (std::uint32_t k = 0; k < alpha_tf(i); ++k) ASSERT_EQ(positions[k], 2 * k) << i;
    alpha.Next();
  }
  EXPECT_EQ(alpha.doc(), kNoMoreDocs);
  PostingCursor edge;
  cursor("edge", &edge);
  ASSERT_EQ(edge.doc(), 0U);
  EXPECT_EQ(edge.Positions(lens)[0], 2 * alpha_tf(0));
  edge.Next();
  ASSERT_EQ(edge.doc(), kDocsN - 1);
  EXPECT_EQ(edge.Positions(lens)[0], 2 * alpha_tf(kDocsN - 1));
  edge.Next();
  EXPECT_EQ(edge.doc(), kNoMoreDocs);
  PostingCursor gamma;
  cursor("gamma", &gamma);
  ASSERT_EQ(gamma.doc(), kHuge);
  ASSERT_EQ(gamma.freq(), kHugeTf);
  const auto positions = gamma.Positions(lens);
  for (std::uint32_t k = 0; k < kHugeTf; ++k) ASSERT_EQ(positions[k], 2 * alpha_tf(kHuge) + k) << k;
  gamma.Next();
  EXPECT_EQ(gamma.doc(), kNoMoreDocs);
}

// Long chains with several forms per stem: two builds merged write the same segment as one
// build of all the documents (the forms are numbered over the whole chain).
TEST(SegmentMergerTest, MergeOfLongChainsIsOneBuild) {
  const char* words[] = {"الاتفاق", "اتفاق", "اتفاقات", "والاتفاق", "المحادثات", "محادثات"};
  constexpr std::uint32_t kDocsN = 1200;
  std::vector<std::string> bodies;
  for (std::uint32_t i = 0; i < kDocsN; ++i) {
    std::string body;
    for (std::uint32_t k = 0; k < i % 23 + 1; ++k) {
      body += words[(i * 7 + k * 3) % std::size(words)];
      body += ' ';
    }
    bodies.push_back(std::move(body));
  }
  ExpectMergeIsOneBuild(bodies, kDocsN / 2);
}

}  // namespace
}  // namespace marsad::index
