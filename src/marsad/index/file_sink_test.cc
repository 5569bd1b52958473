// Tests of FileSink: a file written through any buffer size has the bytes and footer of
// the same content written at once, and a write error is reported by Finish.
#include "marsad/index/file_sink.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "marsad/index/file_footer.h"

namespace marsad::index {
namespace {

// Appends pieces of growing sizes (0 to 299 bytes) the way encoders do.
std::string WritePieces(FileSink* sink) {
  std::string all;
  for (int i = 0; i < 300; ++i) {
    const std::string piece(static_cast<std::size_t>(i), static_cast<char>('a' + i % 26));
    sink->buffer()->append(piece);
    all += piece;
    sink->MaybeFlush();
  }
  return all;
}

TEST(FileSinkTest, BufferedWritesGiveTheWholeFilesBytesAndFooter) {
  FileSink whole(nullptr);
  std::string expected = WritePieces(&whole);
  AppendFooter(FileKind::kSegment, 7, &expected);
  ASSERT_TRUE(whole.Finish(FileKind::kSegment, 7).ok());
  EXPECT_EQ(whole.TakeBuffer(), expected);

  auto env = io::NewMemEnv();
  for (std::size_t flush_bytes : {std::size_t{1}, std::size_t{5}, std::size_t{4096}, std::size_t{1} << 20}) {
    const std::string path = "/f" + std::to_string(flush_bytes);
    auto file = env->NewWritableFile(path);
    ASSERT_TRUE(file.ok());
    FileSink sink(file->get(), flush_bytes);
    WritePieces(&sink);
    EXPECT_EQ(sink.offset(), expected.size() - kFooterSize);
    ASSERT_TRUE(sink.Finish(FileKind::kSegment, 7).ok());
    ASSERT_TRUE((*file)->Close().ok());
    auto bytes = env->ReadFile(path, 1 << 20);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(*bytes, expected) << "flush every " << flush_bytes << " bytes";
    EXPECT_TRUE(CheckFooter(*bytes, FileKind::kSegment, 7, path).ok());
  }
}

class FailingFile final : public io::WritableFile {
 public:
  Status Append(std::string_view) override { return Status::IOError("disk full"); }
  Status Sync() override { return Status::Ok(); }
  Status Close() override { return Status::Ok(); }
};

TEST(FileSinkTest, FinishReportsAWriteError) {
  FailingFile file;
  FileSink sink(&file, 4);
  WritePieces(&sink);
  const Status s = sink.Finish(FileKind::kSegment, 1);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("disk full"), std::string::npos);
}

// Crc32c (SSE4.2 where the CPU has it) equals the table-driven CRC at every length and
// alignment, and when extended piece by piece.
TEST(Crc32cTest, MatchesThePortableCrcAtEveryLengthAndOffset) {
  std::string data(600, '\0');
  std::uint32_t x = 12345;
  for (char& c : data) {
    x = x * 1103515245U + 12345U;
    c = static_cast<char>(x >> 24);
  }
  for (std::size_t offset = 0; offset < 8; ++offset) {
    for (std::size_t len = 0; len + offset <= 300; ++len) {
      const std::string_view piece(data.data() + offset, len);
      ASSERT_EQ(Crc32c(piece), internal::Crc32cPortable(piece)) << offset << " " << len;
      ASSERT_EQ(Crc32c(piece, 0xDEADBEEFU), internal::Crc32cPortable(piece, 0xDEADBEEFU));
    }
  }
  const std::string_view all(data);
  EXPECT_EQ(Crc32c(all.substr(13), Crc32c(all.substr(0, 13))), internal::Crc32cPortable(all));
  EXPECT_EQ(internal::Crc32cPortable("123456789"), 0xE3069283U);  // the CRC-32C check value
}

}  // namespace
}  // namespace marsad::index
