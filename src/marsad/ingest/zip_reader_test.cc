// Tests of ReadZip: entries in order, unsafe names refused, the size cap stops a zip bomb.
#include "marsad/ingest/zip_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace marsad::ingest {
namespace {

// Writes a zip with the given (name, content) entries and returns its bytes.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("marsad_zip_test_" + std::to_string(::getpid()) + ".zip"))
                               .string();
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  EXPECT_NE(z, nullptr);
  for (const auto& [name, content] : entries) {
    zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0) << name;
  }
  EXPECT_EQ(zip_close(z), 0);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::filesystem::remove(path);
  return ss.str();
}

TEST(ZipReaderTest, UnsafeNames) {
  struct Case {
    const char* name;
    bool safe;
  };
  const Case cases[] = {
      {"a.txt", true},          {"dir/sub/a.txt", true},   {"..a.txt", true},
      {"../evil.txt", false},   {"a/../../evil", false},   {"/etc/passwd", false},
      {"C:/x.txt", false},      {"a\\..\\b", false},       {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(UnsafeEntryReason(c.name).empty(), c.safe) << c.name;
}

TEST(ZipReaderTest, ReadsEntriesAndRefusesTraversal) {
  const std::string zip = MakeZip({{"a.txt", "عنوان\nنص"}, {"../evil.txt", "x"}, {"dir/b.jsonl", "{}"}});
  std::vector<std::string> names, errors;
  Status s = ReadZip(
      zip, ZipLimits{},
      [&](std::string_view name, std::string bytes) {
        names.push_back(std::string(name) + "=" + bytes);
      },
      [&](std::string_view name, std::string_view error) { errors.push_back(std::string(name) + ": " + std::string(error)); });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(names, (std::vector<std::string>{"a.txt=عنوان\nنص", "dir/b.jsonl={}"}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "../evil.txt: refused archive entry: '..' component escapes the archive");
}

TEST(ZipReaderTest, BombStopsAtTheCap) {
  // 64 MiB of zeros compress to a few dozen KiB: the cap must stop reading, whatever the
  // archive declares.
  const std::string zip = MakeZip({{"first.txt", "نص"}, {"bomb.txt", std::string(64 << 20, '\0')}});
  EXPECT_LT(zip.size(), 1u << 20);
  ZipLimits limits;
  limits.max_total_bytes = 8 << 20;
  std::vector<std::string> names;
  Status s = ReadZip(
      zip, limits, [&](std::string_view name, std::string) { names.emplace_back(name); },
      [](std::string_view, std::string_view) {});
  EXPECT_EQ(s.code(), StatusCode::kAborted);
  EXPECT_NE(s.message().find("archive expands beyond the limit of 8388608 bytes at entry bomb.txt"),
            std::string::npos)
      << s.message();
  EXPECT_EQ(names, std::vector<std::string>{"first.txt"});  // read before the bomb
}

TEST(ZipReaderTest, NotAnArchive) {
  Status s = ReadZip(std::string("PK\x03\x04garbage", 11), ZipLimits{},
                     [](std::string_view, std::string) {}, [](std::string_view, std::string_view) {});
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_NE(s.message().find("not a readable zip archive"), std::string::npos);
}

}  // namespace
}  // namespace marsad::ingest
