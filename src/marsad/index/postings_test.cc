#include "marsad/index/postings.h"

#include <gtest/gtest.h>

#include <algorithm>
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

TEST(BitpackTest, CountEqualPackedCountsAnyRunAtEveryWidth) {
  std::mt19937 rng(3);
  for (int bits = 0; bits <= 32; ++bits) {
    const std::uint32_t mask = bits == 32 ? 0xFFFFFFFFU : (1U << bits) - 1;
    std::vector<std::uint32_t> v(300);
    // Few distinct values, so runs of equal ones occur.
    for (auto& x : v) x = static_cast<std::uint32_t>(rng() % 4 == 0 ? rng() : rng() % 3) & mask;
    std::string packed;
    Pack(v.data(), v.size(), bits, &packed);
    for (int trial = 0; trial < 200; ++trial) {
      const std::size_t from = rng() % v.size();
      const std::size_t n = rng() % (v.size() - from + 1);
      const std::uint32_t value =
          trial % 5 == 0 ? static_cast<std::uint32_t>(rng()) & mask : v[from + (n > 0 ? rng() % n : 0)];
      std::uint32_t want = 0;
      for (std::size_t i = from; i < from + n; ++i) want += v[i] == value ? 1U : 0U;
      ASSERT_EQ(CountEqualPacked(packed.data(), packed.size(), from, n, bits, value), want)
          << "bits " << bits << " from " << from << " n " << n << " value " << value;
    }
    if (bits < 32) {
      EXPECT_EQ(CountEqualPacked(packed.data(), packed.size(), 0, 10, bits, mask + 1), 0U);  // too wide
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

// Form ids per occurrence, skewed as real ones (0 most often); form 3 only in some blocks.
std::vector<std::vector<std::uint32_t>> RandomForms(std::mt19937& rng, const std::vector<Posting>& list) {
  std::vector<std::vector<std::uint32_t>> forms;
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::vector<std::uint32_t> f;
    for (std::uint32_t k = 0; k < list[i].freq; ++k) {
      const std::uint32_t r = rng() % 10;
      f.push_back(r < 6 ? 0 : r < 8 ? 1 : r < 9 ? 2 : (i / 128) % 2 == 0 ? 3 : 4);
    }
    forms.push_back(f);
  }
  return forms;
}

std::string EncodeWithForms(const std::vector<Posting>& list, const std::vector<std::vector<std::uint32_t>>& forms) {
  PostingsWriter w;
  w.Start(true, true);
  for (std::size_t i = 0; i < list.size(); ++i) {
    w.Add(list[i].doc, list[i].freq, list[i].pos.data(), list[i].len, forms[i].data());
  }
  std::string out;
  EXPECT_EQ(w.Finish(&out), list.size());
  out.append(16, '\0');
  return out;
}

std::uint32_t CountOf(const std::vector<std::uint32_t>& forms, std::uint32_t form) {
  return static_cast<std::uint32_t>(std::count(forms.begin(), forms.end(), form));
}

TEST(PostingsTest, FormsRoundTrip) {
  std::mt19937 rng(11);
  for (std::size_t n : {1, 127, 128, 129, 700}) {
    const auto list = RandomList(rng, n, 5);
    const auto forms = RandomForms(rng, list);
    const std::string bytes = EncodeWithForms(list, forms);
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes).ok());
    EXPECT_TRUE(c.has_forms());
    for (std::size_t i = 0; i < list.size(); ++i) {
      ASSERT_EQ(c.doc(), list[i].doc);
      ASSERT_EQ(c.freq(), list[i].freq);
      // The exact view's frequency first (read from the packed block), then the rest.
      for (std::uint32_t form = 0; form < 6; ++form) ASSERT_EQ(c.FormFreq(form), CountOf(forms[i], form));
      const std::uint32_t* pos = c.Positions();
      const std::uint32_t* f = c.Forms();
      for (std::uint32_t k = 0; k < list[i].freq; ++k) {
        ASSERT_EQ(pos[k], list[i].pos[k]);
        ASSERT_EQ(f[k], forms[i][k]);
      }
      std::uint32_t last = 0;
      BlockImpact im;
      ASSERT_TRUE(c.ShallowBlock(list[i].doc, &last, &im));
      for (std::uint32_t form = 0; form < 6; ++form) EXPECT_GE(im.max_form_tf, CountOf(forms[i], form));
      c.Next();
    }
    EXPECT_EQ(c.doc(), kNoMoreDocs);
  }
}

TEST(PostingsTest, FormFilterWalksOnlyTheDocumentsOfThatForm) {
  std::mt19937 rng(12);
  const auto list = RandomList(rng, 1000, 3);
  const auto forms = RandomForms(rng, list);
  const std::string bytes = EncodeWithForms(list, forms);
  for (std::uint32_t form : {0U, 2U, 3U, 4U, 9U}) {  // 3 and 4 are absent from every other block; 9 from all
    std::vector<std::size_t> want;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (CountOf(forms[i], form) > 0) want.push_back(i);
    }
    PostingCursor c;
    ASSERT_TRUE(c.Init(bytes, form).ok());
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
      ASSERT_TRUE(a.Init(bytes, form).ok());
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
  EXPECT_TRUE(c.Init(Encode(list, true), 0).IsCorruption());
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
