// CompressBlob / DecompressBlob; see blob.h.
#include "marsad/store/blob.h"

#include <zstd.h>

#include <memory>

namespace marsad::store {
namespace {

struct CCtxDeleter {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DCtxDeleter {
  void operator()(ZSTD_DCtx* c) const { ZSTD_freeDCtx(c); }
};

constexpr int kLevel = 1;  // fast: the store's writer must keep up with parsing

ZSTD_CCtx* ThreadCCtx() {
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxDeleter> ctx = [] {
    std::unique_ptr<ZSTD_CCtx, CCtxDeleter> c(ZSTD_createCCtx());
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_compressionLevel, kLevel);
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_checksumFlag, 1);
    return c;
  }();
  return ctx.get();
}

ZSTD_DCtx* ThreadDCtx() {
  thread_local std::unique_ptr<ZSTD_DCtx, DCtxDeleter> ctx(ZSTD_createDCtx());
  return ctx.get();
}

}  // namespace

std::string CompressBlob(std::string_view data, std::string_view prefix) {
  std::string out;
  if (data.empty()) return out;
  // Compress into a per-thread scratch buffer (not zero-filled), then copy the frame.
  thread_local std::unique_ptr<char[]> scratch;
  thread_local std::size_t scratch_size = 0;
  const std::size_t bound = ZSTD_compressBound(data.size());
  if (scratch_size < bound) {
    scratch.reset(new char[bound]);
    scratch_size = bound;
  }
  ZSTD_CCtx* cctx = ThreadCCtx();
  if (!prefix.empty()) ZSTD_CCtx_refPrefix(cctx, prefix.data(), prefix.size());  // this frame only
  const std::size_t n = ZSTD_compress2(cctx, scratch.get(), bound, data.data(), data.size());
  // Compressing into a buffer of ZSTD_compressBound bytes cannot fail.
  const std::size_t len = ZSTD_isError(n) ? 0 : n;
  out.reserve(1 + len);
  out.push_back(static_cast<char>(prefix.empty() ? BlobCodec::kZstd : BlobCodec::kZstdPrefixed));
  out.append(scratch.get(), len);
  return out;
}

Result<std::string> DecompressBlob(std::string_view blob, std::uint64_t expected_len, std::string_view prefix) {
  if (blob.empty()) {
    if (expected_len != 0) return Status::Corruption("empty blob, expected " + std::to_string(expected_len) + " bytes");
    return std::string();
  }
  const auto codec = static_cast<BlobCodec>(blob[0]);
  if (codec != BlobCodec::kZstd && codec != BlobCodec::kZstdPrefixed) {
    return Status::Corruption("unknown blob codec " + std::to_string(static_cast<unsigned char>(blob[0])));
  }
  blob.remove_prefix(1);
  const unsigned long long content = ZSTD_getFrameContentSize(blob.data(), blob.size());
  if (content == ZSTD_CONTENTSIZE_ERROR || content != expected_len) {
    return Status::Corruption("blob frame holds " +
                              (content == ZSTD_CONTENTSIZE_ERROR ? std::string("no valid frame")
                                                                 : std::to_string(content) + " bytes") +
                              ", expected " + std::to_string(expected_len));
  }
  std::string out(expected_len, '\0');
  ZSTD_DCtx* dctx = ThreadDCtx();
  if (codec == BlobCodec::kZstdPrefixed) ZSTD_DCtx_refPrefix(dctx, prefix.data(), prefix.size());
  const std::size_t n = ZSTD_decompressDCtx(dctx, out.data(), out.size(), blob.data(), blob.size());
  if (ZSTD_isError(n)) return Status::Corruption(std::string("blob: ") + ZSTD_getErrorName(n));
  if (n != expected_len) return Status::Corruption("blob decompressed to " + std::to_string(n) + " bytes");
  return out;
}

}  // namespace marsad::store
