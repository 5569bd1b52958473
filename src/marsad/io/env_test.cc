#include "marsad/io/env.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "marsad/io/content_kind.h"

namespace marsad::io {
namespace {

class EnvTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    if (GetParam()) {
      owned_ = NewMemEnv();
      env_ = owned_.get();
      dir_ = "/mem";
    } else {
      env_ = Env::Default();
      dir_ = ::testing::TempDir() + "marsad_env_test_" + std::to_string(::getpid());
      std::filesystem::remove_all(dir_);
    }
    ASSERT_TRUE(env_->CreateDirs(dir_).ok());
  }
  void TearDown() override {
    if (!GetParam()) std::filesystem::remove_all(dir_);
  }
  std::unique_ptr<Env> owned_;
  Env* env_ = nullptr;
  std::string dir_;
};

TEST_P(EnvTest, AtomicWriteThenRead) {
  std::string path = dir_ + "/a.txt";
  ASSERT_TRUE(env_->WriteFileAtomic(path, "مرصد").ok());
  auto r = env_->ReadFile(path, 1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, "مرصد");
  EXPECT_FALSE(env_->FileExists(path + ".tmp"));
  auto names = env_->ListDir(dir_);
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(*names, std::vector<std::string>{"a.txt"});
}

TEST_P(EnvTest, MissingFileIsNotFoundNamingThePath) {
  auto r = env_->ReadFile(dir_ + "/missing.txt", 100);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.status().IsNotFound());
  EXPECT_NE(r.status().message().find("missing.txt"), std::string::npos);
}

TEST_P(EnvTest, SizeLimit) {
  ASSERT_TRUE(env_->WriteFileAtomic(dir_ + "/big", std::string(100, 'x')).ok());
  auto r = env_->ReadFile(dir_ + "/big", 10);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.status().IsInvalidArgument());
}

TEST_P(EnvTest, ReadFilePaddedKeepsTheBytesAndPadsWithSpaces) {
  // Sizes around page and huge-page boundaries, where the buffer's rounding changes.
  const struct {
    std::size_t size;
    std::size_t padding;
  } kCases[] = {{0, 64}, {1, 64}, {4031, 64}, {4032, 64}, {4096, 64}, {4097, 0},
                {(std::size_t{2} << 20) - 64, 64}, {(std::size_t{2} << 20) + 7, 64}};
  for (const auto& c : kCases) {
    std::string content(c.size, '\0');
    for (std::size_t i = 0; i < c.size; ++i) content[i] = static_cast<char>('a' + i % 26);
    const std::string path = dir_ + "/padded" + std::to_string(c.size);
    ASSERT_TRUE(env_->WriteFileAtomic(path, content).ok());
    auto r = env_->ReadFilePadded(path, 8 << 20, c.padding);
    ASSERT_TRUE(r.ok()) << c.size << ": " << r.status().ToString();
    const std::string_view data = (*r)->data();
    EXPECT_EQ(data, content) << c.size;
    EXPECT_EQ(std::string_view(data.data() + data.size(), c.padding), std::string(c.padding, ' '))
        << c.size;
  }
}

TEST_P(EnvTest, ReadFilePaddedErrors) {
  ASSERT_TRUE(env_->WriteFileAtomic(dir_ + "/big", std::string(100, 'x')).ok());
  auto big = env_->ReadFilePadded(dir_ + "/big", 10, 64);
  ASSERT_FALSE(big.ok());
  EXPECT_TRUE(big.status().IsInvalidArgument());
  EXPECT_NE(big.status().message().find("big"), std::string::npos);
  auto exact = env_->ReadFilePadded(dir_ + "/big", 100, 64);
  ASSERT_TRUE(exact.ok());
  EXPECT_EQ((*exact)->data().size(), 100u);
  auto missing = env_->ReadFilePadded(dir_ + "/missing.txt", 100, 64);
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(missing.status().IsNotFound());
  EXPECT_NE(missing.status().message().find("missing.txt"), std::string::npos);
}

TEST(PosixEnvTest, ReadFilePaddedReadsFilesThatReportNoSize) {
  // /proc files say 0 bytes in stat but have content: the buffer grows as it reads.
  auto r = Env::Default()->ReadFilePadded("/proc/self/status", 1 << 20, 64);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE((*r)->data().find("Name:"), std::string::npos);
  EXPECT_FALSE(Env::Default()->ReadFilePadded("/proc/self/status", 10, 64).ok());
  EXPECT_TRUE(Env::Default()->ReadFilePadded("/", 10, 64).status().IsInvalidArgument());
}

TEST_P(EnvTest, WritableFileAppendsAndRenames) {
  auto f = env_->NewWritableFile(dir_ + "/log");
  ASSERT_TRUE(f.ok());
  ASSERT_TRUE((*f)->Append("ab").ok());
  ASSERT_TRUE((*f)->Append("cd").ok());
  ASSERT_TRUE((*f)->Close().ok());
  EXPECT_FALSE((*f)->Append("x").ok());
  ASSERT_TRUE(env_->RenameFile(dir_ + "/log", dir_ + "/log2").ok());
  auto m = env_->OpenReadOnly(dir_ + "/log2");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ((*m)->data(), "abcd");
  auto size = env_->FileSize(dir_ + "/log2");
  ASSERT_TRUE(size.ok());
  EXPECT_EQ(*size, 4u);
}

INSTANTIATE_TEST_SUITE_P(PosixAndMem, EnvTest, ::testing::Values(false, true));

TEST(ContentKindTest, BinaryAndText) {
  EXPECT_EQ(BinaryReason("نص عادي\n"), "");
  EXPECT_EQ(BinaryReason(std::string("ab\0cd", 5)), "binary file (NUL byte at offset 2)");
  EXPECT_NE(BinaryReason("\x01\x02\x03\x04\x05\x06\x07\x08"), "");
  EXPECT_EQ(BinaryReason(""), "");
}

}  // namespace
}  // namespace marsad::io
