#include "marsad/ner/codec.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace marsad::ner {
namespace {

TEST(ByteCodingTest, RoundTrip) {
  ByteWriter w;
  w.PutU8(7);
  w.PutFixed32(0xDEADBEEFu);
  w.PutFixed64(0x0123456789ABCDEFULL);
  w.PutFloat(-2.5F);
  for (std::uint64_t v : {0ULL, 1ULL, 127ULL, 128ULL, 300ULL, 0xFFFFFFFFFFFFFFFFULL}) w.PutVarint(v);
  w.PutString("مرصد");
  ByteReader r(w.data(), "t");
  std::uint8_t u8 = 0;
  std::uint32_t u32 = 0;
  std::uint64_t u64 = 0;
  float f = 0;
  ASSERT_TRUE(r.GetU8(&u8).ok());
  ASSERT_TRUE(r.GetFixed32(&u32).ok());
  EXPECT_EQ(u8, 7);
  EXPECT_EQ(u32, 0xDEADBEEFu);
  ASSERT_TRUE(r.GetFixed64(&u64).ok());
  EXPECT_EQ(u64, 0x0123456789ABCDEFULL);
  ASSERT_TRUE(r.GetFloat(&f).ok());
  EXPECT_EQ(f, -2.5F);
  for (std::uint64_t want : {0ULL, 1ULL, 127ULL, 128ULL, 300ULL, 0xFFFFFFFFFFFFFFFFULL}) {
    ASSERT_TRUE(r.GetVarint(&u64).ok());
    EXPECT_EQ(u64, want);
  }
  std::string_view s;
  ASSERT_TRUE(r.GetString(&s).ok());
  EXPECT_EQ(s, "مرصد");
  EXPECT_EQ(r.remaining(), 0u);
  const Status truncated = r.GetU8(&u8);
  EXPECT_TRUE(truncated.IsCorruption());
  EXPECT_EQ(truncated.message(), "t: truncated at byte " + std::to_string(w.data().size()));
}

TEST(ByteCodingTest, MalformedVarint) {
  const std::string bytes(11, '\xFF');
  ByteReader r(bytes, "v");
  std::uint64_t v = 0;
  EXPECT_TRUE(r.GetVarint(&v).IsCorruption());
  ByteWriter w;
  w.PutVarint(std::uint64_t{1} << 40);
  ByteReader r32(w.data(), "v");
  std::uint32_t v32 = 0;
  EXPECT_TRUE(r32.GetVarint32(&v32).IsCorruption());
}

// A table's keys: gaps round-trip; a count larger than the bytes left, a repeated key or a
// zero key is Corruption naming the table.
TEST(ByteCodingTest, SortedKeys) {
  ByteWriter w;
  const std::vector<std::uint32_t> keys = {3, 4, 1000, 0xFFFFFFF0u};
  w.PutSortedKeys(keys);
  ByteReader r(w.data(), "test");
  std::vector<std::uint32_t> back;
  ASSERT_TRUE(r.GetSortedKeys("cluster keys", &back).ok());
  EXPECT_EQ(back, keys);
  EXPECT_EQ(r.remaining(), 0U);
  for (const std::vector<std::uint32_t>& bad : {std::vector<std::uint32_t>{5, 5}, std::vector<std::uint32_t>{0, 2}}) {
    ByteWriter bw;
    bw.PutSortedKeys(bad);
    ByteReader br(bw.data(), "test");
    const Status s = br.GetSortedKeys("cluster keys", &back);
    EXPECT_TRUE(s.IsCorruption());
    EXPECT_NE(s.message().find("unsorted cluster keys"), std::string::npos) << s.ToString();
  }
  ByteWriter big;
  big.PutVarint(1000);  // 1,000 keys in no bytes
  ByteReader bigr(big.data(), "test");
  EXPECT_NE(bigr.GetSortedKeys("cluster keys", &back).message().find("implausible number of cluster keys"),
            std::string::npos);
}

TEST(SealTest, RoundTrip) {
  std::string payload;
  for (int i = 0; i < 1000; ++i) payload += "قال الرئيس " + std::to_string(i) + "\n";
  Result<std::string> file = SealFile("TESTFIL1", 3, payload);
  ASSERT_TRUE(file.ok());
  EXPECT_LT(file->size(), payload.size() / 4);  // compressed
  Result<Unsealed> u = UnsealFile(*file, "TESTFIL1", 3, "x.bin");
  ASSERT_TRUE(u.ok()) << u.status().ToString();
  EXPECT_EQ(u->payload, payload);
  EXPECT_EQ(u->version, 3u);
}

TEST(SealTest, Rejects) {
  Result<std::string> sealed = SealFile("TESTFIL1", 2, "hello, world");
  ASSERT_TRUE(sealed.ok());
  const std::string& file = *sealed;
  struct Case {
    std::string bytes;
    StatusCode code;
    const char* message;
  };
  std::string flipped = file;
  flipped[2] = static_cast<char>(flipped[2] ^ 0x10);
  std::string bad_size = file;
  bad_size[file.size() - 24] = static_cast<char>(bad_size[file.size() - 24] + 1);
  const Case kCases[] = {
      {"short", StatusCode::kCorruption, "x.bin: too short (5 bytes) for a marsad file footer"},
      {std::string(40, 'a'), StatusCode::kNotSupported, "x.bin: not a TESTFIL1 file (wrong magic bytes)"},
      {flipped, StatusCode::kCorruption, "x.bin: checksum mismatch"},
      {file.substr(1), StatusCode::kCorruption, "x.bin: checksum mismatch"},
      {bad_size, StatusCode::kCorruption, "x.bin: payload does not decompress to 13 bytes"},
  };
  for (const Case& c : kCases) {
    Result<Unsealed> u = UnsealFile(c.bytes, "TESTFIL1", 2, "x.bin");
    ASSERT_FALSE(u.ok()) << c.message;
    EXPECT_EQ(u.status().code(), c.code) << c.message;
    EXPECT_EQ(u.status().message(), c.message);
  }
  // A newer version than this build reads.
  Result<Unsealed> newer = UnsealFile(file, "TESTFIL1", 1, "x.bin");
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), StatusCode::kNotSupported);
  EXPECT_EQ(newer.status().message(),
            "x.bin: format version 2 is not supported (this build reads up to 1)");
}

}  // namespace
}  // namespace marsad::ner
