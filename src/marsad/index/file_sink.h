// FileSink: writes an index file as it is encoded, through one reusable buffer, and ends it
// with the common footer (file_footer.h). Encoders append to buffer() directly; the sink
// hands full buffers to the file and keeps the running CRC-32C, so no whole-file string is
// built (a segment is tens of MB: building it in one string cost a copy and its fresh
// pages). Without a file, the buffer is never flushed and holds the whole file.
#ifndef MARSAD_INDEX_FILE_SINK_H_
#define MARSAD_INDEX_FILE_SINK_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/base/status.h"
#include "marsad/index/file_footer.h"
#include "marsad/io/env.h"

namespace marsad::index {

// Not thread-safe.
class FileSink {
 public:
  // Writes to `file` (not owned; nullptr: keeps the whole file in buffer()). The buffer is
  // handed to the file once it holds `flush_bytes`.
  explicit FileSink(io::WritableFile* file, std::size_t flush_bytes = kDefaultFlushBytes);
  static constexpr std::size_t kDefaultFlushBytes = std::size_t{1} << 20;

  // Where encoders append. Call MaybeFlush() between appends.
  std::string* buffer() { return &buffer_; }
  void Append(std::string_view data) { buffer_.append(data); }
  // Bytes of the file so far: written and buffered.
  std::uint64_t offset() const { return written_ + buffer_.size(); }
  // Writes the buffer to the file when it holds flush_bytes or more.
  void MaybeFlush() {
    if (file_ != nullptr && buffer_.size() >= flush_bytes_) Flush();
  }
  // Appends the footer for `kind`/`version` and writes what is buffered. The first write
  // error, if any (later appends are dropped once one fails).
  Status Finish(FileKind kind, std::uint32_t version);
  // Without a file: the whole file, after Finish.
  std::string TakeBuffer() { return std::move(buffer_); }

 private:
  void Flush();  // the CRC over the buffer, then Write()
  void Write();  // the buffer to the file

  io::WritableFile* file_;
  std::size_t flush_bytes_;
  std::string buffer_;
  std::uint64_t written_ = 0;
  std::uint32_t crc_ = 0;  // of the bytes written so far
  Status status_;
};

}  // namespace marsad::index

#endif  // MARSAD_INDEX_FILE_SINK_H_
