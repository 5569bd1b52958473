// FileSink; see file_sink.h.
#include "marsad/index/file_sink.h"

#include "marsad/base/crc32c.h"


namespace marsad::index {

FileSink::FileSink(io::WritableFile* file, std::size_t flush_bytes)
    : file_(file), flush_bytes_(flush_bytes) {
  // Room for one flush's worth and the term that crosses it, so the buffer is not regrown.
  if (file_ != nullptr) buffer_.reserve(flush_bytes_ * 2);
}

void FileSink::Flush() {
  crc_ = base::Crc32c(buffer_, crc_);  // while the bytes are still in cache
  Write();
}

void FileSink::Write() {
  if (status_.ok()) status_ = file_->Append(buffer_);
  written_ += buffer_.size();
  buffer_.clear();
}

Status FileSink::Finish(FileKind kind, std::uint32_t version) {
  AppendFooter(kind, version, &buffer_, crc_);
  if (file_ != nullptr) Write();  // the footer's CRC already covers the buffer
  return status_;
}

}  // namespace marsad::index
