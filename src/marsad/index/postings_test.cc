#include "marsad/index/postings.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "marsad/index/bitpack.h"
#include "marsad/index/coding.h"
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
    }
  }
}

TEST(Crc32cTest, KnownValues) {
  EXPECT_EQ(Crc32c(""), 0U);
  EXPECT_EQ(Crc32c("123456789"), 0xE3069283U);  // the CRC-32C check value
  EXPECT_EQ(Crc32c("6789", Crc32c("12345")), 0xE3069283U);
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
      const std::string bytes = Encode(list, true);
      PostingCursor c;
      ASSERT_TRUE(c.Init(bytes).ok());
      EXPECT_EQ(c.df(), n);
      EXPECT_TRUE(c.has_positions());
      for (const Posting& p : list) {
        ASSERT_EQ(c.doc(), p.doc);
        ASSERT_EQ(c.freq(), p.freq);
        const std::uint32_t* pos = c.Positions();
        for (std::uint32_t f = 0; f < p.freq; ++f) ASSERT_EQ(pos[f], p.pos[f]);
        c.Next();
      }
      EXPECT_EQ(c.doc(), kNoMoreDocs);
    }
  }
}

TEST(PostingsTest, AdvanceFindsTheFirstDocumentAtOrAfterTarget) {
  std::mt19937 rng(5);
  const auto list = RandomList(rng, 2000, 7);
  const std::string bytes = Encode(list, false);
  for (int trial = 0; trial < 50; ++trial) {
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes).ok());
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

TEST(PostingsTest, BlockImpactsBoundTheirBlocks) {
  std::mt19937 rng(9);
  const auto list = RandomList(rng, 700, 4);
  const std::string bytes = Encode(list, false);
  PostingCursor c;
  ASSERT_TRUE(c.Init(bytes).ok());
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

TEST(PostingsTest, DamagedSkipTableIsCorruption) {
  std::mt19937 rng(1);
  std::string bytes = Encode(RandomList(rng, 300, 5), false);
  std::string cut = bytes.substr(0, 6);
  PostingCursor c;
  EXPECT_TRUE(c.Init(cut).IsCorruption());
  EXPECT_TRUE(c.Init("").IsCorruption());
}

}  // namespace
}  // namespace marsad::index
