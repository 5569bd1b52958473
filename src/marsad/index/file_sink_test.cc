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

}  // namespace
}  // namespace marsad::index
