#include "marsad/index/postings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "marsad/index/bitpack.h"
#include "marsad/base/byte_coding.h"
#include "marsad/index/file_footer.h"

namespace marsad::index {
namespace {

TEST(BitpackTest, RoundTripsEveryWidth) {
  std::mt19937 rng(7);
  for (int bits = 0; bits <= 32; ++bits) {
    for (std::size_t n : {1, 5, 127, 128, 300}) {
      std::vector<std::uint32_t> v(n);
      for (auto& x : v) x = bits == 0 ? 0 : static_cast<std::uint32_t>(rng() & (bits == 32 ? 0xFFFFFFFFU : (1U << bits) - 1));
      std::string packed;
      Pack(v.data(), n, bits, &packed);
      ASSERT_EQ(packed.size(), PackedBytes(n, bits));
      packed.append(8, '\0');  // room for the fast path
      std::vector<std::uint32_t> out(n, 99);
      Unpack(packed.data(), n, bits, out.data(), packed.size());
      EXPECT_EQ(out, v) << "bits " << bits << " n " << n;
      Unpack(packed.data(), n, bits, out.data(), PackedBytes(n, bits));  // no slack
      EXPECT_EQ(out, v) << "bits " << bits << " n " << n;
      if (n <= 128) {
        // Up to a block: the first n values, with room for a whole block's read or without.
        std::string slack = packed;
        slack.append(PackedBytes(128, bits) + 8, '\x5A');
        for (std::size_t avail : {PackedBytes(n, bits), slack.size()}) {
          std::vector<std::uint32_t> block(128, 99);
          UnpackUpTo128(slack.data(), n, bits, block.data(), avail);
          EXPECT_EQ(std::vector<std::uint32_t>(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(n)), v)
              << "bits " << bits << " n " << n << " avail " << avail;
        }
      }
    }
  }
}

TEST(BitpackTest, ExtractPackedReadsAnyValueAtEveryWidth) {
  std::mt19937 rng(3);
  for (int bits = 0; bits <= 32; ++bits) {
    const std::uint32_t mask = bits == 32 ? 0xFFFFFFFFU : (1U << bits) - 1;
    for (std::size_t n : {1, 7, 128, 300}) {
      std::vector<std::uint32_t> v(n);
      for (auto& x : v) x = static_cast<std::uint32_t>(rng()) & mask;
      if (bits > 0) v.back() = mask;  // the widest value last, at the end of the data
      std::string packed;
      Pack(v.data(), n, bits, &packed);
      for (std::size_t i = 0; i < n; ++i) {
        // Without slack after the data (the last values take the short path), then with.
        ASSERT_EQ(ExtractPacked(packed.data(), packed.size(), i, bits), v[i]) << "bits " << bits << " i " << i;
      }
      packed.append(8, '\0');
      for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(ExtractPacked(packed.data(), packed.size(), i, bits), v[i]);
    }
  }
}

TEST(BitpackTest, UnpackGroupsDecodesOnlyTheGroupsAsked) {
  std::mt19937 rng(11);
  for (int bits = 1; bits <= 32; ++bits) {
    const std::uint32_t mask = bits == 32 ? 0xFFFFFFFFU : (1U << bits) - 1;
    std::vector<std::uint32_t> v(128);
    for (auto& x : v) x = static_cast<std::uint32_t>(rng()) & mask;
    std::string packed;
    Pack(v.data(), v.size(), bits, &packed);
    packed.append(8, '\0');
    ASSERT_TRUE(CanUnpackGroups(bits, packed.size()));
    EXPECT_FALSE(CanUnpackGroups(bits, packed.size() - 1));
    for (int first = 0; first < 16; ++first) {
      for (int num = 1; first + num <= 16; num += 3) {
        std::vector<std::uint32_t> out(128, 7);
        UnpackGroups(packed.data(), bits, first, num, out.data());
        for (int i = 0; i < 128; ++i) {
          const bool asked = i >= 8 * first && i < 8 * (first + num);
          ASSERT_EQ(out[static_cast<std::size_t>(i)], asked ? v[static_cast<std::size_t>(i)] : 7U)
              << "bits " << bits << " groups " << first << "+" << num << " value " << i;
        }
      }
    }
  }
}

// A vertical block's value i read bit by bit as docs/formats/index.md lays it out: lane
// i % 4, row i / 4, bit b of the row's value at bit (row * bits + b) of the lane's stream,
// whose word k is the little-endian u32 at byte 16 k + 4 lane.
std::uint32_t VerticalValueByTheFormat(const std::string& packed, int bits, int i) {
  std::uint32_t v = 0;
  for (int b = 0; b < bits; ++b) {
    const int bit = (i / 4) * bits + b;
    const auto byte = static_cast<std::size_t>(16 * (bit / 32) + 4 * (i % 4) + (bit % 32) / 8);
    if ((static_cast<unsigned char>(packed[byte]) >> (bit % 8)) & 1) v |= 1U << b;
  }
  return v;
}

// Values of every width: random ones, then the edges (0, 1, the largest, alternate bits).
std::vector<std::uint32_t> VerticalTestValues(std::mt19937& rng, int bits, int round) {
  const std::uint32_t mask = bits == 32 ? 0xFFFFFFFFU : (1U << bits) - 1;
  std::vector<std::uint32_t> v(128);
  for (std::size_t i = 0; i < v.size(); ++i) {
    switch (round) {
      case 0: v[i] = static_cast<std::uint32_t>(rng()) & mask; break;
      case 1: v[i] = mask; break;
      case 2: v[i] = (i % 3 == 0 ? mask : i % 3 == 1 ? 0U : 1U) & mask; break;
      default: v[i] = (i % 2 == 0 ? 0xAAAAAAAAU : 0x55555555U) & mask; break;
    }
  }
  return v;
}

TEST(BitpackTest, VerticalRoundTripsEveryWidthAndEdgeValue) {
  std::mt19937 rng(13);
  for (int bits = 0; bits <= 32; ++bits) {
    for (int round = 0; round < 4; ++round) {
      const std::vector<std::uint32_t> v = VerticalTestValues(rng, bits, round);
      std::string packed;
      PackVertical(v.data(), bits, &packed);
      ASSERT_EQ(packed.size(), PackedBytes(128, bits));
      for (int i = 0; i < 128; ++i) {
        ASSERT_EQ(VerticalValueByTheFormat(packed, bits, i), v[static_cast<std::size_t>(i)])
            << "bits " << bits << " value " << i;
      }
      // Exactly the packed bytes, nothing after them (the decoders read no further).
      const std::vector<char> exact(packed.begin(), packed.end());
      for (const std::uint32_t add : {0U, 1U, 0xFFFFFFFFU}) {
        std::vector<std::uint32_t> simd(128, 7), scalar(128, 7), want(128);
        for (std::size_t i = 0; i < 128; ++i) want[i] = v[i] + add;
        UnpackVertical(exact.data(), bits, add, simd.data());
        bitpack_scalar::UnpackVertical(exact.data(), bits, add, scalar.data());
        ASSERT_EQ(simd, want) << "bits " << bits << " round " << round << " add " << add;
        ASSERT_EQ(scalar, want) << "bits " << bits << " round " << round << " add " << add;
      }
    }
  }
}

TEST(BitpackTest, VerticalRunningSumDecodesOnlyTheChunksAsked) {
  std::mt19937 rng(17);
  for (int bits = 0; bits <= 32; ++bits) {
    for (int round = 0; round < 4; ++round) {
      const std::vector<std::uint32_t> v = VerticalTestValues(rng, bits, round);
      std::string packed;
      PackVertical(v.data(), bits, &packed);
      const std::vector<char> exact(packed.begin(), packed.end());
      for (int first = 0; first < 4; ++first) {
        for (int num = 1; first + num <= 4; ++num) {
          const std::uint32_t base = static_cast<std::uint32_t>(rng());
          std::vector<std::uint32_t> want(128, 5);
          std::uint32_t next = base;  // unsigned: the sums of wide values wrap alike
          for (int i = 32 * first; i < 32 * (first + num); ++i) {
            next += v[static_cast<std::size_t>(i)];
            want[static_cast<std::size_t>(i)] = next++;
          }
          std::vector<std::uint32_t> simd(128, 5), scalar(128, 5);
          UnpackVerticalRunningSum(exact.data(), bits, first, num, base, simd.data());
          bitpack_scalar::UnpackVerticalRunningSum(exact.data(), bits, first, num, base, scalar.data());
          ASSERT_EQ(simd, want) << "bits " << bits << " round " << round << " chunks " << first << "+" << num;
          ASSERT_EQ(scalar, want) << "bits " << bits << " round " << round << " chunks " << first << "+" << num;
        }
      }
    }
  }
}

TEST(FooterTest, RejectsDamageAndUnknownVersions) {
  std::string f = "payload";
  AppendFooter(FileKind::kSegment, 1, &f);
  auto ok = CheckFooter(f, FileKind::kSegment, 1, "x.mseg");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, "payload");
  std::string bad = f;
  bad[2] ^= 1;
  auto r = CheckFooter(bad, FileKind::kSegment, 1, "x.mseg");
  EXPECT_TRUE(r.status().IsCorruption());
  EXPECT_NE(r.status().message().find("x.mseg"), std::string::npos);
  EXPECT_EQ(CheckFooter(f, FileKind::kSegment, 2, "x.mseg").status().code(), StatusCode::kNotSupported);
  EXPECT_TRUE(CheckFooter(f, FileKind::kManifest, 1, "x.mseg").status().IsCorruption());
  EXPECT_TRUE(CheckFooter("short", FileKind::kSegment, 1, "x.mseg").status().IsCorruption());
}

struct Posting {
  std::uint32_t doc, freq;
  std::vector<std::uint32_t> pos;
  std::uint32_t len;
};

std::vector<Posting> RandomList(std::mt19937& rng, std::size_t n, std::uint32_t max_gap) {
  std::vector<Posting> list;
  std::uint32_t doc = 0;
  for (std::size_t i = 0; i < n; ++i) {
    doc += i == 0 ? rng() % max_gap : 1 + rng() % max_gap;
    Posting p{doc, 1 + static_cast<std::uint32_t>(rng() % 5), {}, 0};
    std::uint32_t at = rng() % 10;
    for (std::uint32_t f = 0; f < p.freq; ++f) {
      p.pos.push_back(at);
      at += 1 + rng() % 50;
    }
    p.len = at + static_cast<std::uint32_t>(rng() % 20);
    list.push_back(p);
  }
  return list;
}

// The field lengths of a list's documents by doc id (Positions' model).
std::vector<std::uint32_t> LensOf(const std::vector<Posting>& list) {
  std::vector<std::uint32_t> lens(list.empty() ? 0 : list.back().doc + 1, 0);
  for (const Posting& p : list) lens[p.doc] = p.len;
  return lens;
}

// The kinds of list the spaces have (ListKindOf): key and entity lists, positional ones
// without forms (tests only), title stems, body stems.
constexpr ListKind kPlain{false, false, false, true};
constexpr ListKind kPositional{true, false, false, true};
constexpr ListKind kStemForms{true, true, false, true};
constexpr ListKind kBodyStem{true, true, true, true};
constexpr ListKind kEntity{};

std::uint32_t Df(const std::vector<Posting>& list) { return static_cast<std::uint32_t>(list.size()); }

// The lengths a list's documents were written with, by doc id (a segment's document table):
// their field lengths and, given per posting, their lead lengths. Init reads them only while
// it runs, so a temporary does, and only for a list of one block: longer lists (whose doc ids
// reach 2^31 in some tests) get none.
struct OwnedLengths {
  std::vector<std::uint32_t> field, lead;
  operator ListLengths() const { return {field, lead}; }  // NOLINT: the tests pass these as ListLengths
};
OwnedLengths Lengths(const std::vector<Posting>& list, const std::vector<std::uint32_t>& lead_len = {}) {
  OwnedLengths out;
  if (list.size() > kBlockSize) return out;
  const std::size_t docs = list.empty() ? 0 : list.back().doc + 1;
  out.field.assign(docs, 0);
  out.lead.assign(docs, 0);
  for (std::size_t i = 0; i < list.size(); ++i) {
    out.field[list[i].doc] = list[i].len;
    if (i < lead_len.size()) out.lead[list[i].doc] = lead_len[i];
  }
  return out;
}

std::string Encode(const std::vector<Posting>& list, bool positions) {
  PostingsWriter w;
  w.Start(positions);
  for (const Posting& p : list) w.Add(p.doc, p.freq, p.pos.data(), p.len);
  std::string out;
  EXPECT_EQ(w.Finish(&out), list.size());
  out.append(16, '\0');  // a segment always has bytes after its postings
  return out;
}

TEST(PostingsTest, IteratesWhatWasWritten) {
  std::mt19937 rng(42);
  for (std::size_t n : {1, 2, 127, 128, 129, 1000}) {
    for (std::uint32_t gap : {1U, 3U, 1000U}) {
      const auto list = RandomList(rng, n, gap);
      const std::vector<std::uint32_t> lens = LensOf(list);
      const std::string bytes = Encode(list, true);
      PostingCursor c;
      ASSERT_TRUE(c.Init(bytes, static_cast<std::uint32_t>(n), kPositional, Lengths(list)).ok());
      EXPECT_EQ(c.df(), n);
      EXPECT_TRUE(c.has_positions());
      for (const Posting& p : list) {
        ASSERT_EQ(c.doc(), p.doc);
        ASSERT_EQ(c.freq(), p.freq);
        const std::uint32_t* pos = c.Positions(lens);
        for (std::uint32_t f = 0; f < p.freq; ++f) ASSERT_EQ(pos[f], p.pos[f]);
        c.Next();
      }
      EXPECT_EQ(c.doc(), kNoMoreDocs);
    }
  }
}

// Positions are coded per document in [0, field length): edge cases round trip, read in
// any order of the block's documents (some never asked for).
TEST(PostingsTest, PositionsRoundTripAtEdgeCases) {
  std::mt19937 rng(17);
  std::vector<Posting> list;
  std::uint32_t doc = 0;
  const auto add = [&](std::vector<std::uint32_t> pos, std::uint32_t len) {
    list.push_back(Posting{doc, static_cast<std::uint32_t>(pos.size()), std::move(pos), len});
    doc += 1 + static_cast<std::uint32_t>(rng() % 3);
  };
  for (int round = 0; round < 3; ++round) {  // several blocks
    add({0}, 1);                              // tf 1 in a one-token field: no bit
    add({0}, 2);
    add({1}, 2);
    add({4095}, 4096);                        // at the end of the field
    add({0, 1, 2, 3, 4}, 5);                  // the whole field: no bit
    add({0, 4294967294U}, 4294967295U);       // huge positions
    add({4294967293U, 4294967294U}, 4294967295U);
    add({2147483648U}, 4294967295U);
    std::vector<std::uint32_t> many;          // a long document: 5,000 occurrences in 10^6 tokens
    for (std::uint32_t p = rng() % 50; many.size() < 5000; p += 1 + rng() % 300) many.push_back(p);
    add(many, many.back() + 1 + rng() % 10);
    std::vector<std::uint32_t> clustered;     // a cluster, then one far away: a gap many times the mean
    for (std::uint32_t p = 0; p < 99; ++p) clustered.push_back(p);
    clustered.push_back(99999);
    add(clustered, 100000);
    // A quotient of 30 with 27 low bits (longer than one 57-bit read), and one of 31 (the escape).
    std::vector<std::uint32_t> wide(29);      // 30 in 2^32 - 1 tokens: 27 low bits
    for (std::uint32_t p = 0; p < 29; ++p) wide[p] = p;
    wide.push_back(29 + (30U << 27));
    add(wide, 4294967295U);
    wide.back() = 4294967294U;
    add(wide, 4294967295U);
    std::vector<std::uint32_t> run(300);      // a dense run after a gap
    for (std::uint32_t k = 0; k < 300; ++k) run[k] = 1000 + k;
    add(run, 1300);
    for (int k = 0; k < 150; ++k) {           // random ones, lengths from tight to loose
      std::vector<std::uint32_t> pos;
      const std::uint32_t f = 1 + rng() % 9;
      for (std::uint32_t p = rng() % 5; pos.size() < f; p += 1 + rng() % (k % 3 == 0 ? 2 : 200)) pos.push_back(p);
      add(pos, pos.back() + 1 + (k % 2 == 0 ? 0 : rng() % 1000));
    }
  }
  const std::vector<std::uint32_t> lens = LensOf(list);
  const std::string bytes = Encode(list, true);
  for (int trial = 0; trial < 20; ++trial) {
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes, Df(list), kPositional, Lengths(list)).ok());
    for (const Posting& p : list) {
      ASSERT_EQ(c.doc(), p.doc);
      ASSERT_EQ(c.freq(), p.freq);
      if (trial == 0 || rng() % 3 == 0) {  // skip some documents' positions
        const std::uint32_t* pos = c.Positions(lens);
        for (std::uint32_t f = 0; f < p.freq; ++f) ASSERT_EQ(pos[f], p.pos[f]) << "doc " << p.doc << " f " << f;
        ASSERT_EQ(c.Positions(lens), pos);  // asked again: the same, not decoded twice
      }
      c.Next();
    }
    EXPECT_EQ(c.doc(), kNoMoreDocs);
  }
  // An empty list has no document (and no positions to read).
  const std::string no_docs = Encode({}, true);
  PostingCursor empty;
  ASSERT_TRUE(empty.Init(no_docs, 0, kPositional, ListLengths{}).ok());
  EXPECT_EQ(empty.doc(), kNoMoreDocs);
}

// What the coding costs: a field's only occurrence in ceil(log2(length)) bits at most, and
// occurrences that fill their field (or a field of one token) in none.
TEST(PostingsTest, PositionsCostTheLogOfTheirFieldLength) {
  const auto positions_bytes = [](const std::vector<Posting>& list) {
    // The last block ends where the list does (its size is not stored): measure without
    // the bytes Encode puts after the list.
    const std::string bytes = Encode(list, true);
    return PostingCursor::Measure(std::string_view(bytes).substr(0, bytes.size() - 16), Df(list), kPositional, Lengths(list)).positions;
  };
  std::vector<Posting> full, one;
  for (std::uint32_t d = 0; d < 128; ++d) {
    full.push_back(Posting{d, 3, {0, 1, 2}, 3});
    one.push_back(Posting{d, 1, {d * 7}, 1024});
  }
  EXPECT_EQ(positions_bytes(full), 0U);
  EXPECT_EQ(positions_bytes(one), 128U * 10 / 8);
  // 1000 tokens: the 24 smallest values take 9 bits, the others 10.
  std::vector<Posting> thousand;
  for (std::uint32_t d = 0; d < 128; ++d) thousand.push_back(Posting{d, 1, {d % 2 == 0 ? 3U : 999U}, 1000});
  EXPECT_EQ(positions_bytes(thousand), (64U * 9 + 64U * 10 + 7) / 8);
  // Whatever the bits, damaged data decodes inside the field (no read past the list).
  std::string bytes = Encode(one, true);
  for (std::size_t i = bytes.size() - 16 - 160; i < bytes.size() - 16; ++i) bytes[i] = static_cast<char>(0xFF);
  PostingCursor c;
  ASSERT_TRUE(c.Init(bytes, Df(one), kPositional, Lengths(one)).ok());
  const std::vector<std::uint32_t> lens(128, 1024);
  for (; c.doc() != kNoMoreDocs; c.Next()) EXPECT_LT(c.Positions(lens)[0], 1024U);
  // A document past the lengths given reads as a field of freq tokens.
  const std::string full_bytes = Encode(full, true);
  PostingCursor short_lens;
  ASSERT_TRUE(short_lens.Init(full_bytes, Df(full), kPositional, Lengths(full)).ok());
  short_lens.Advance(100);
  const std::uint32_t* pos = short_lens.Positions(std::span<const std::uint32_t>());
  ASSERT_EQ(short_lens.doc(), 100U);
  ASSERT_EQ(short_lens.freq(), 3U);
  EXPECT_EQ(pos[0], 0U);
  EXPECT_EQ(pos[1], 1U);
  EXPECT_EQ(pos[2], 2U);
}

TEST(PostingsTest, AdvanceFindsTheFirstDocumentAtOrAfterTarget) {
  std::mt19937 rng(5);
  const auto list = RandomList(rng, 2000, 7);
  const std::string bytes = Encode(list, false);
  for (int trial = 0; trial < 50; ++trial) {
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes, Df(list), kPlain, Lengths(list)).ok());
    std::uint32_t target = 0;
    std::size_t i = 0;
    while (true) {
      target += rng() % 300;
      while (i < list.size() && list[i].doc < target) ++i;
      c.Advance(target);
      if (i == list.size()) {
        EXPECT_EQ(c.doc(), kNoMoreDocs);
        break;
      }
      ASSERT_EQ(c.doc(), list[i].doc);
      ASSERT_EQ(c.freq(), list[i].freq);
    }
  }
}

// Advance past the last document from inside a block leaves that block's documents
// decoded; Next (whose step inside a block is inline) must not read them again.
TEST(PostingsTest, NextAfterTheEndStaysAtTheEnd) {
  std::mt19937 rng(23);
  const auto list = RandomList(rng, 300, 5);
  const std::string bytes = Encode(list, false);
  for (std::size_t start : {0, 5, 130, 299}) {
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes, Df(list), kPlain, Lengths(list)).ok());
    c.Advance(list[start].doc);
    ASSERT_EQ(c.doc(), list[start].doc);
    c.Advance(list.back().doc + 1);
    EXPECT_EQ(c.doc(), kNoMoreDocs) << "from " << start;
    c.Next();
    EXPECT_EQ(c.doc(), kNoMoreDocs) << "from " << start;
  }
}

// Advance into a block decodes its doc ids only up to the target's chunk; Next and later
// Advances in the same block must decode the rest (every doc, freq and position as written).
TEST(PostingsTest, PartlyDecodedBlocksReadOnAsWritten) {
  std::mt19937 rng(9);
  for (std::uint32_t gap : {1U, 4U, 60U, 5000U}) {
    const auto list = RandomList(rng, 1500, gap);
    const std::vector<std::uint32_t> lens = LensOf(list);
    const std::string bytes = Encode(list, true);
    for (int trial = 0; trial < 40; ++trial) {
      PostingCursor c;
      ASSERT_TRUE(c.Init(bytes, Df(list), kPositional, Lengths(list)).ok());
      std::size_t i = 0;
      while (i < list.size()) {
        const std::uint32_t op = static_cast<std::uint32_t>(rng() % 4);
        if (op == 0) {
          c.Next();
          ++i;
        } else {
          // Short jumps stay in the block (often past the decoded chunk), long ones load another.
          const std::size_t ahead = op == 1 ? rng() % 40 : op == 2 ? 100 + rng() % 200 : rng() % 3;
          const std::size_t j = std::min(list.size() - 1, i + ahead);
          const std::uint32_t target = list[j].doc - (rng() % 2 == 0 && j > i ? 1 : 0);
          while (i < list.size() && list[i].doc < target) ++i;
          c.Advance(target);
        }
        if (i == list.size()) break;
        ASSERT_EQ(c.doc(), list[i].doc) << "gap " << gap << " trial " << trial << " i " << i;
        ASSERT_EQ(c.freq(), list[i].freq);
        const std::uint32_t* pos = c.Positions(lens);
        for (std::uint32_t f = 0; f < list[i].freq; ++f) ASSERT_EQ(pos[f], list[i].pos[f]);
      }
      EXPECT_EQ(c.doc(), kNoMoreDocs);
    }
  }
}

// Full blocks (packed vertically) of every doc-gap and frequency width, read by Next and
// by Advance (whole and partial decodes).
TEST(PostingsTest, FullBlocksOfEveryWidthReadAsWritten) {
  std::mt19937 rng(21);
  for (int bits = 0; bits <= 31; ++bits) {
    const std::uint32_t mask = bits == 0 ? 0 : (bits == 32 ? 0xFFFFFFFFU : (1U << bits) - 1);
    std::vector<Posting> list;
    std::uint32_t doc = 0;
    for (std::size_t i = 0; i < 300; ++i) {
      // One widest gap (in the first block), the others small: the ids stay below 2^32 - 1.
      const std::uint32_t g = i == 77 ? mask : static_cast<std::uint32_t>(rng()) & (mask & 0xFFFU);
      doc += i == 0 ? g : g + 1;
      const std::uint32_t freq = 1 + (i % 128 == 5 ? mask : static_cast<std::uint32_t>(rng()) & mask);
      list.push_back(Posting{doc, freq, {}, freq});
    }
    const std::string bytes = Encode(list, false);
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes, Df(list), kPlain, Lengths(list)).ok());
    for (const Posting& p : list) {
      ASSERT_EQ(c.doc(), p.doc) << "bits " << bits;
      ASSERT_EQ(c.freq(), p.freq) << "bits " << bits;
      c.Next();
    }
    EXPECT_EQ(c.doc(), kNoMoreDocs);
    for (std::size_t i = 0; i < list.size(); i += 1 + rng() % 70) {
      PostingCursor a;
      ASSERT_TRUE(a.Init(bytes, Df(list), kPlain, Lengths(list)).ok());
      a.Advance(list[i].doc);
      ASSERT_EQ(a.doc(), list[i].doc) << "bits " << bits << " i " << i;
      ASSERT_EQ(a.freq(), list[i].freq) << "bits " << bits << " i " << i;
    }
  }
}

TEST(PostingsTest, BlockImpactsBoundTheirBlocks) {
  std::mt19937 rng(9);
  const auto list = RandomList(rng, 700, 4);
  const std::string bytes = Encode(list, false);
  PostingCursor c;
  ASSERT_TRUE(c.Init(bytes, Df(list), kPlain, Lengths(list)).ok());
  for (const Posting& p : list) {
    std::uint32_t last = 0;
    BlockImpact im;
    ASSERT_TRUE(c.ShallowBlock(p.doc, &last, &im));
    EXPECT_GE(last, p.doc);
    EXPECT_GE(im.max_tf, p.freq);
    EXPECT_LE(im.min_len, p.len);
    EXPECT_GE(c.list_impact().max_tf, p.freq);
  }
}

TEST(PostingsTest, ShallowBlockIndexAndPrecomputedBoundsAgreeWithTheImpacts) {
  // The searcher reads block bounds from a per-block table by ShallowBlockIndex (without a
  // search inside the loaded block) and MaxBlockBound(lo, hi, table): the same blocks and
  // maxima as ShallowBlock and MaxBound(lo, hi, fn), from any cursor position.
  std::mt19937 rng(10);
  const auto list = RandomList(rng, 900, 5);
  const std::string bytes = Encode(list, false);
  PostingCursor c;
  ASSERT_TRUE(c.Init(bytes, Df(list), kPlain, Lengths(list)).ok());
  ASSERT_GT(c.num_blocks(), 5U);
  std::vector<float> table(c.num_blocks());
  auto bound = [](const BlockImpact& im) { return static_cast<float>(im.max_tf) / static_cast<float>(1 + im.min_len); };
  for (std::size_t b = 0; b < table.size(); ++b) table[b] = bound(c.block_impact(b));
  const std::uint32_t end = list.back().doc + 3;
  for (std::size_t at = 0; at < list.size(); at += 97) {
    c.Advance(list[at].doc);
    for (std::uint32_t target = list[at].doc; target < end; target += 7) {
      std::uint32_t last = 0;
      BlockImpact im;
      const bool found = c.ShallowBlock(target, &last, &im);
      const std::size_t b = c.ShallowBlockIndex(target);
      ASSERT_EQ(found, b < c.num_blocks()) << "target " << target;
      if (found) {
        EXPECT_EQ(c.block_impact(b).max_tf, im.max_tf);
        EXPECT_EQ(c.block_impact(b).min_len, im.min_len);
      }
      for (std::uint32_t width : {1U, 50U, 400U, 5000U}) {
        EXPECT_EQ(c.MaxBlockBound(target, target + width, table.data()), c.MaxBound(target, target + width, bound))
            << "target " << target << " width " << width;
      }
    }
  }
}

// Form ids per occurrence, skewed as real ones (0 most often). By block: one form per
// document (most documents; the block then stores no counts or tfs); a mix with form 3 in
// every other block; documents with many forms, wide ids and a large tf.
std::vector<std::vector<std::uint32_t>> RandomForms(std::mt19937& rng, std::vector<Posting>* list) {
  std::vector<std::vector<std::uint32_t>> forms;
  for (std::size_t i = 0; i < list->size(); ++i) {
    Posting& p = (*list)[i];
    const std::size_t block = i / kBlockSize;
    if (block % 3 == 2 && i % 17 == 0) {  // a long document: many forms, one of them 300 times
      p.freq = 340;
      p.pos.clear();
      for (std::uint32_t k = 0; k < p.freq; ++k) p.pos.push_back(3 * k);
      p.len = 3 * p.freq;
    }
    std::vector<std::uint32_t> f;
    const std::uint32_t one = rng() % 4 == 0 ? 1 + static_cast<std::uint32_t>(rng() % 5) : 0;
    for (std::uint32_t k = 0; k < p.freq; ++k) {
      const std::uint32_t r = rng() % 10;
      if (block % 3 == 0) {
        f.push_back(one);
      } else if (block % 3 == 1) {
        f.push_back(r < 6 ? 0 : r < 8 ? 1 : r < 9 ? 2 : (block / 3) % 2 == 0 ? 3 : 4);
      } else {
        f.push_back(k < 300 ? 7 : r < 5 ? static_cast<std::uint32_t>(rng() % 40) : 900000 + r);
      }
    }
    std::shuffle(f.begin(), f.end(), rng);
    forms.push_back(f);
  }
  return forms;
}

std::vector<FormTf> PairsOf(const std::vector<std::uint32_t>& forms) {
  std::vector<FormTf> pairs;
  FormPairsOf(forms.data(), static_cast<std::uint32_t>(forms.size()), &pairs);
  return pairs;
}

std::string EncodeWithForms(const std::vector<Posting>& list, const std::vector<std::vector<std::uint32_t>>& forms) {
  PostingsWriter w;
  w.Start(true, true);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::vector<FormTf> pairs = PairsOf(forms[i]);
    w.Add(list[i].doc, list[i].freq, list[i].pos.data(), list[i].len, pairs.data(),
          static_cast<std::uint32_t>(pairs.size()));
  }
  std::string out;
  EXPECT_EQ(w.Finish(&out), list.size());
  out.append(16, '\0');
  return out;
}

std::uint32_t CountOf(const std::vector<std::uint32_t>& forms, std::uint32_t form) {
  return static_cast<std::uint32_t>(std::count(forms.begin(), forms.end(), form));
}

TEST(PostingsTest, FormPairsOfCountsEachFormInAscendingOrder) {
  EXPECT_TRUE(PairsOf({}).empty());
  const std::vector<FormTf> pairs = PairsOf({5, 0, 5, 2, 5, 0});
  ASSERT_EQ(pairs.size(), 3U);
  EXPECT_EQ(pairs[0].form, 0U);
  EXPECT_EQ(pairs[0].tf, 2U);
  EXPECT_EQ(pairs[1].form, 2U);
  EXPECT_EQ(pairs[1].tf, 1U);
  EXPECT_EQ(pairs[2].form, 5U);
  EXPECT_EQ(pairs[2].tf, 3U);
}

TEST(PostingsTest, FormsRoundTrip) {
  std::mt19937 rng(11);
  for (std::size_t n : {1, 127, 128, 129, 700}) {
    auto list = RandomList(rng, n, 5);
    const auto forms = RandomForms(rng, &list);
    const std::vector<std::uint32_t> lens = LensOf(list);
    const std::string bytes = EncodeWithForms(list, forms);
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes, Df(list), kStemForms, Lengths(list)).ok());
    EXPECT_TRUE(c.has_forms());
    for (std::size_t i = 0; i < list.size(); ++i) {
      ASSERT_EQ(c.doc(), list[i].doc);
      ASSERT_EQ(c.freq(), list[i].freq);
      // The exact view's frequency before or after the positions are decoded.
      const bool positions_first = rng() % 2 == 0;
      if (positions_first) {
        const std::uint32_t* pos = c.Positions(lens);
        for (std::uint32_t k = 0; k < list[i].freq; ++k) ASSERT_EQ(pos[k], list[i].pos[k]);
      }
      for (std::uint32_t form : {0U, 1U, 2U, 3U, 4U, 5U, 7U, 39U, 900003U, 900009U, 900010U}) {
        ASSERT_EQ(c.FormFreq(form), CountOf(forms[i], form)) << "doc " << i << " form " << form;
      }
      const std::vector<FormTf> want = PairsOf(forms[i]);
      const std::span<const FormTf> got = c.FormPairs();
      ASSERT_EQ(got.size(), want.size());
      for (std::size_t k = 0; k < want.size(); ++k) {
        ASSERT_EQ(got[k].form, want[k].form);
        ASSERT_EQ(got[k].tf, want[k].tf);
      }
      if (!positions_first) {
        const std::uint32_t* pos = c.Positions(lens);
        for (std::uint32_t k = 0; k < list[i].freq; ++k) ASSERT_EQ(pos[k], list[i].pos[k]);
      }
      std::uint32_t last = 0;
      BlockImpact im;
      ASSERT_TRUE(c.ShallowBlock(list[i].doc, &last, &im));
      for (const FormTf& p : want) EXPECT_GE(im.max_form_tf, p.tf);
      c.Next();
    }
    EXPECT_EQ(c.doc(), kNoMoreDocs);
  }
}

TEST(PostingsTest, FormFilterWalksOnlyTheDocumentsOfThatForm) {
  std::mt19937 rng(12);
  auto list = RandomList(rng, 1000, 3);
  const auto forms = RandomForms(rng, &list);
  const std::string bytes = EncodeWithForms(list, forms);
  // 3 and 4 are absent from every other mixed block; 7 only in blocks with long documents;
  // 9 in none.
  for (std::uint32_t form : {0U, 2U, 3U, 4U, 7U, 9U}) {
    std::vector<std::size_t> want;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (CountOf(forms[i], form) > 0) want.push_back(i);
    }
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes, Df(list), kStemForms, Lengths(list), form).ok());
    for (std::size_t i : want) {
      ASSERT_EQ(c.doc(), list[i].doc) << "form " << form;
      ASSERT_EQ(c.freq(), CountOf(forms[i], form));
      c.Next();
    }
    EXPECT_EQ(c.doc(), kNoMoreDocs);
    // Advance lands on the first document of the form at or after the target, also when
    // the target's block has none.
    for (std::uint32_t target = 0; target < list.back().doc + 5; target += 37) {
      PostingCursor a;
      ASSERT_TRUE(a.Init(bytes, Df(list), kStemForms, Lengths(list), form).ok());
      a.Advance(target);
      std::uint32_t expect = kNoMoreDocs;
      for (std::size_t i : want) {
        if (list[i].doc >= target) {
          expect = list[i].doc;
          break;
        }
      }
      ASSERT_EQ(a.doc(), expect) << "form " << form << " target " << target;
    }
  }
  // A list without forms cannot be filtered.
  PostingCursor c;
  EXPECT_TRUE(c.Init(Encode(list, true), Df(list), kPositional, Lengths(list), 0).IsCorruption());
}

// Format 6: a body stem list stores each document's lead-field frequency beside its own,
// with forms and positions after it. Blocks without lead occurrences have no lead section;
// sparse ones a bitmap and the nonzero values, dense ones every value (both chosen by
// size); each must read back under Next, Advance, and with the forms and positions.
TEST(PostingsTest, LeadFrequenciesRoundTrip) {
  std::mt19937 rng(11);
  // Share of documents with a lead occurrence: none, few (sparse), most (dense).
  for (const std::uint32_t percent : {0U, 8U, 90U}) {
    for (std::size_t n : {1, 5, 128, 300, 1000}) {
      const auto list = RandomList(rng, n, 9);
      const std::vector<std::uint32_t> lens = LensOf(list);
      std::vector<std::uint32_t> lead(n), lead_len(n);
      PostingsWriter w;
      w.Start(true, true, true);
      for (std::size_t i = 0; i < n; ++i) {
        lead[i] = rng() % 100 < percent ? 1 + rng() % 6 : 0;
        lead_len[i] = 1 + rng() % 48;
        const FormTf form{0, list[i].freq};
        w.Add(list[i].doc, list[i].freq, list[i].pos.data(), list[i].len, &form, 1, lead[i], lead_len[i]);
      }
      std::string bytes;
      ASSERT_EQ(w.Finish(&bytes), n);
      bytes.append(16, '\0');
      PostingCursor c;
      ASSERT_TRUE(c.Init(bytes, static_cast<std::uint32_t>(n), kBodyStem, Lengths(list, lead_len)).ok());
      // A one-block list without lead occurrences is written without the lead (format 7).
      const bool any_lead = std::any_of(lead.begin(), lead.end(), [](std::uint32_t v) { return v > 0; });
      ASSERT_EQ(c.has_lead(), any_lead || n > kBlockSize) << percent << " " << n;
      ASSERT_EQ(c.lead_df(), static_cast<std::uint32_t>(std::count_if(lead.begin(), lead.end(),
                                                                      [](std::uint32_t v) { return v > 0; })));
      for (std::size_t i = 0; i < n; ++i, c.Next()) {
        ASSERT_EQ(c.doc(), list[i].doc);
        ASSERT_EQ(c.LeadTf(), lead[i]) << percent << " " << n << " " << i;
        ASSERT_EQ(c.FormFreq(0), list[i].freq);
        ASSERT_EQ(c.Positions(lens)[0], list[i].pos[0]);
        // The block's impact bounds the lead: its largest tf, its shortest lead length.
        const BlockImpact& im = c.current_impact();
        ASSERT_LE(lead[i], im.max_lead_tf);
        if (lead[i] > 0) {
          ASSERT_GE(lead_len[i], im.min_lead_len);
        }
      }
      EXPECT_EQ(c.doc(), kNoMoreDocs);
      // Advance, then the lead of the document reached.
      for (int trial = 0; trial < 20; ++trial) {
        PostingCursor a;
        ASSERT_TRUE(a.Init(bytes, static_cast<std::uint32_t>(n), kBodyStem, Lengths(list, lead_len)).ok());
        std::size_t i = rng() % n;
        a.Advance(list[i].doc);
        ASSERT_EQ(a.doc(), list[i].doc);
        ASSERT_EQ(a.LeadTf(), lead[i]);
      }
      const ListSections sections = PostingCursor::Measure(bytes.substr(0, bytes.size() - 16), static_cast<std::uint32_t>(n), kBodyStem, Lengths(list, lead_len));
      if (percent == 0) {
        EXPECT_EQ(sections.leads, 0U);
      } else if (n >= 128) {
        EXPECT_GT(sections.leads, 0U);
      }
    }
  }
}

TEST(PostingsTest, DamagedSkipTableIsCorruption) {
  std::mt19937 rng(1);
  std::string bytes = Encode(RandomList(rng, 300, 5), false);
  std::string cut = bytes.substr(0, 6);
  PostingCursor c;
  EXPECT_TRUE(c.Init(cut, 300, kPlain, ListLengths{}).IsCorruption());
  EXPECT_TRUE(c.Init("", 1, kPlain, ListLengths{}).IsCorruption());
  // A df far beyond what the list's bytes can hold (a damaged dictionary) is refused before
  // anything is sized by it.
  EXPECT_TRUE(c.Init(std::string_view(bytes).substr(0, 20), 2047, kPlain, ListLengths{}).IsCorruption());
  EXPECT_TRUE(c.Init(bytes, 0xFFFFFFFFU, kPlain, ListLengths{}).IsCorruption());
  // A lead df above the df is damage, in lists of one block and of several.
  PostingsWriter w;
  for (const std::uint32_t n : {3U, 200U}) {
    w.Start(true, true, true);
    for (std::uint32_t d = 0; d < n; ++d) {
      const FormTf form{0, 1};
      w.Add(d, 1, &d, d + 1, &form, 1, 1, 5);
    }
    std::string list;
    ASSERT_EQ(w.Finish(&list), n);
    list.append(16, '\0');
    ASSERT_TRUE(c.Init(list, n, kBodyStem, ListLengths{}).ok());
    EXPECT_EQ(c.lead_df(), n);
    EXPECT_EQ(PostingCursor::LeadDfOf(list, n), n);
    EXPECT_TRUE(c.Init(list, n - 1, kBodyStem, ListLengths{}).IsCorruption()) << n;
  }
}

// Format 5: no skip-table length (the block count follows from df) and no size of the last
// block (it ends where the list ends): a one-document list is its header, its entry and its
// block.
TEST(PostingsTest, LastBlockSizeAndTableLengthAreNotStored) {
  PostingsWriter w;
  w.Start(false);
  w.Add(5, 2, nullptr, 9);
  std::string out;
  ASSERT_EQ(w.Finish(&out), 1U);
  // Nothing but the block (format 8: the df is the dictionary's, the kind the space's, the
  // min length the document table's): width 3, gap 5, width 1, tf - 1 = 1.
  EXPECT_EQ(out, std::string("\x03\x05\x01\x01", 4));
  // A body stem list without lead occurrences: a flags byte, its one-form bit (set: form 0
  // only) and its lead bit (clear); no lead df, no lead section, no forms section (format
  // 8): 0x02, then the block's doc width byte.
  w.Start(true, true, true);
  const std::uint32_t pos0 = 0;
  const FormTf form{0, 1};
  w.Add(5, 1, &pos0, 9, &form, 1, 0, 9);
  out.clear();
  ASSERT_EQ(w.Finish(&out), 1U);
  EXPECT_EQ(out.substr(0, 2), std::string("\x02\x03", 2));
  // With one: the lead bit set, lead df 1; the min lead length (4) comes from the lengths.
  w.Start(true, true, true);
  w.Add(5, 1, &pos0, 9, &form, 1, 2, 4);
  out.clear();
  ASSERT_EQ(w.Finish(&out), 1U);
  EXPECT_EQ(out.substr(0, 3), std::string("\x03\x01\x03", 3));
  out.append(16, '\0');
  PostingCursor one;
  ASSERT_TRUE(one.Init(out, 1, kBodyStem, Lengths({Posting{5, 1, {0}, 9}}, {4})).ok());
  EXPECT_TRUE(one.has_lead());
  EXPECT_EQ(one.LeadTf(), 2U);
  EXPECT_EQ(one.current_impact().min_lead_len, 4U);
  EXPECT_EQ(one.current_impact().min_len, 9U);
  // A list without field lengths (entity ids): every document counts 1.
  w.Start(false);
  w.Add(5, 2, nullptr, 1);
  out.clear();
  ASSERT_EQ(w.Finish(&out), 1U);
  out.append(16, '\0');
  ASSERT_TRUE(one.Init(out, 1, kEntity, ListLengths{}).ok());
  EXPECT_EQ(one.current_impact().min_len, 1U);
  // The smallest list: document 0 once, its two width bytes (0) and nothing else.
  w.Start(false);
  w.Add(0, 1, nullptr, 3);
  out.clear();
  ASSERT_EQ(w.Finish(&out), 1U);
  EXPECT_EQ(out, std::string("\x00\x00", 2));
  const std::vector<std::uint32_t> three = {3};
  ASSERT_TRUE(one.Init(out, 1, kPlain, ListLengths{three, {}}).ok());
  EXPECT_EQ(one.doc(), 0U);
  EXPECT_EQ(one.freq(), 1U);
  EXPECT_EQ(one.current_impact().min_len, 3U);
  out.append(16, '\0');
  // A document past the lengths given reads as length 0 (the bound stays a bound).
  ASSERT_TRUE(one.Init(out, 1, kPlain, ListLengths{}).ok());
  EXPECT_EQ(one.current_impact().min_len, 0U);
  // Three blocks: sizes of the first two after the entries; each block decodes whole.
  std::mt19937 rng(7);
  const auto list = RandomList(rng, 300, 40);
  const std::string bytes = Encode(list, false);
  const std::string_view exact = std::string_view(bytes).substr(0, bytes.size() - 16);
  PostingCursor c;
  ASSERT_TRUE(c.Init(exact, Df(list), kPlain, Lengths(list)).ok());
  const ListSections s = PostingCursor::Measure(exact, Df(list), kPlain, Lengths(list));
  EXPECT_EQ(s.skips + s.docs + s.freqs + s.forms + s.positions, exact.size());
  for (const Posting& p : list) {
    ASSERT_EQ(c.doc(), p.doc);
    EXPECT_EQ(c.freq(), p.freq);
    c.Next();
  }
  EXPECT_EQ(c.doc(), kNoMoreDocs);
  // A middle block's stored size past the list's end is refused.
  std::string damaged(exact);
  const std::size_t sizes_at = static_cast<std::size_t>(s.skips) - 4;  // two 2-byte varints
  damaged[sizes_at] = static_cast<char>(0xff);
  damaged[sizes_at + 1] = static_cast<char>(0x7f);
  damaged.append(16, '\0');
  EXPECT_TRUE(c.Init(std::string_view(damaged).substr(0, exact.size()), Df(list), kPlain, Lengths(list)).IsCorruption());
}

// Format 8: a one-block list with forms whose documents all hold form 0 only stores no forms
// section (a bit in its header says so); each document then reads as holding form 0 alone,
// also under a form filter. A list with another form, or of several blocks, keeps them.
TEST(PostingsTest, OneFormListsStoreNoFormsSection) {
  std::mt19937 rng(29);
  for (const std::size_t n : {1, 2, 127, 128, 129, 300}) {
    auto list = RandomList(rng, n, 7);
    const std::vector<std::uint32_t> lens = LensOf(list);
    for (const std::uint32_t other : {0U, 1U}) {  // every occurrence form 0, or one of form `other` too
      std::vector<std::vector<std::uint32_t>> forms(n);
      for (std::size_t i = 0; i < n; ++i) forms[i].assign(list[i].freq, 0);
      if (other != 0) forms[n / 2][0] = other;
      const std::string bytes = EncodeWithForms(list, forms);
      const std::string_view exact = std::string_view(bytes).substr(0, bytes.size() - 16);
      const ListSections s = PostingCursor::Measure(exact, Df(list), kStemForms, Lengths(list));
      EXPECT_EQ(s.skips + s.docs + s.freqs + s.forms + s.positions, exact.size());
      if (n <= kBlockSize && other == 0) {
        EXPECT_EQ(s.forms, 0U) << n;
      } else {
        EXPECT_GT(s.forms, 0U) << n << " " << other;
      }
      for (const std::uint32_t filter : {kAllForms, 0U, 1U}) {
        PostingCursor c;
        ASSERT_TRUE(c.Init(bytes, Df(list), kStemForms, Lengths(list), filter).ok());
        for (std::size_t i = 0; i < n; ++i) {
          const std::uint32_t want = filter == kAllForms ? list[i].freq : CountOf(forms[i], filter);
          if (want == 0) continue;
          ASSERT_EQ(c.doc(), list[i].doc) << n << " " << other << " " << filter;
          ASSERT_EQ(c.freq(), want);
          if (filter == kAllForms) {
            ASSERT_EQ(c.FormFreq(0), CountOf(forms[i], 0));
            ASSERT_EQ(c.FormFreq(1), CountOf(forms[i], 1));
            ASSERT_EQ(c.FormPairs().size(), PairsOf(forms[i]).size());
            ASSERT_EQ(c.Positions(lens)[0], list[i].pos[0]);
          }
          c.Next();
        }
        EXPECT_EQ(c.doc(), kNoMoreDocs);
      }
    }
  }
}

// Format 7: a one-block list stores only its minima (field length, lead length); the reader
// takes its last document and its maxima (tf, one form's tf, lead tf) from the block. Every
// block's impact, the list's and the last documents must be exactly the writer's, in lists
// of one block and of several, with and without a form filter.
TEST(PostingsTest, ImpactsAndLastDocumentsAreExactInOneAndManyBlockLists) {
  std::mt19937 rng(13);
  for (const std::size_t n : {1, 2, 60, 61, 127, 128, 129, 300}) {
    const auto list = RandomList(rng, n, 9);
    // Mixed blocks (a form's tf below the document's) and plain ones (every form 0).
    std::vector<std::vector<std::uint32_t>> forms(n);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::uint32_t k = 0; k < list[i].freq; ++k) forms[i].push_back(n % 2 == 0 ? rng() % 3 : 0);
    }
    std::vector<std::uint32_t> lead(n), lead_len(n);
    PostingsWriter w;
    w.Start(true, true, true);
    for (std::size_t i = 0; i < n; ++i) {
      lead[i] = rng() % 3 == 0 ? 1 + rng() % 6 : 0;
      lead_len[i] = 1 + rng() % 48;
      const std::vector<FormTf> pairs = PairsOf(forms[i]);
      w.Add(list[i].doc, list[i].freq, list[i].pos.data(), list[i].len, pairs.data(),
            static_cast<std::uint32_t>(pairs.size()), lead[i], lead_len[i]);
    }
    std::string bytes;
    ASSERT_EQ(w.Finish(&bytes), n);
    bytes.append(16, '\0');
    // The writer's impacts, per block and over the list.
    const std::size_t nb = (n + kBlockSize - 1) / kBlockSize;
    std::vector<BlockImpact> want(nb);
    std::vector<std::uint32_t> last(nb);
    for (std::size_t i = 0; i < n; ++i) {
      BlockImpact& im = want[i / kBlockSize];
      const bool first = i % kBlockSize == 0;
      im.max_tf = std::max(im.max_tf, list[i].freq);
      im.min_len = first ? list[i].len : std::min(im.min_len, list[i].len);
      for (const FormTf& f : PairsOf(forms[i])) im.max_form_tf = std::max(im.max_form_tf, f.tf);
      if (lead[i] > 0) {
        im.min_lead_len = im.max_lead_tf == 0 ? lead_len[i] : std::min(im.min_lead_len, lead_len[i]);
        im.max_lead_tf = std::max(im.max_lead_tf, lead[i]);
      }
      last[i / kBlockSize] = list[i].doc;
    }
    for (const std::uint32_t filter : {kAllForms, 0U}) {
      PostingCursor c;
      ASSERT_TRUE(c.Init(bytes, static_cast<std::uint32_t>(n), kBodyStem, Lengths(list, lead_len), filter).ok());
      ASSERT_EQ(c.num_blocks(), nb);
      BlockImpact whole;
      for (std::size_t b = 0; b < nb; ++b) {
        const BlockImpact& got = c.block_impact(b);
        EXPECT_EQ(got.max_tf, filter == kAllForms ? want[b].max_tf : want[b].max_form_tf) << n << " " << b;
        EXPECT_EQ(got.min_len, want[b].min_len) << n << " " << b;
        EXPECT_EQ(got.max_form_tf, want[b].max_form_tf) << n << " " << b;
        EXPECT_EQ(got.max_lead_tf, want[b].max_lead_tf) << n << " " << b;
        EXPECT_EQ(got.min_lead_len, want[b].min_lead_len) << n << " " << b;
        whole.max_tf = std::max(whole.max_tf, got.max_tf);
        whole.max_form_tf = std::max(whole.max_form_tf, got.max_form_tf);
        whole.min_len = b == 0 ? got.min_len : std::min(whole.min_len, got.min_len);
      }
      EXPECT_EQ(c.list_impact().max_tf, whole.max_tf);
      EXPECT_EQ(c.list_impact().max_form_tf, whole.max_form_tf);
      EXPECT_EQ(c.list_impact().min_len, whole.min_len);
      if (filter != kAllForms) continue;
      // The last documents: ShallowBlock past a block's last moves to the next, past the
      // list's last answers none.
      for (std::size_t b = 0; b < nb; ++b) {
        std::uint32_t got_last = 0;
        BlockImpact im;
        ASSERT_TRUE(c.ShallowBlock(last[b], &got_last, &im));
        EXPECT_EQ(got_last, last[b]);
      }
      std::uint32_t unused = 0;
      BlockImpact im;
      EXPECT_FALSE(c.ShallowBlock(last.back() + 1, &unused, &im));
    }
  }
}

}  // namespace
}  // namespace marsad::index
