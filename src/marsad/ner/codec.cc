// Byte coding and sealed files; see codec.h.
#include "marsad/ner/codec.h"

#include <zstd.h>

#include <cstring>

#include "marsad/base/crc32c.h"

namespace marsad::ner {

namespace {

constexpr std::size_t kMagicSize = 8;
constexpr std::size_t kFooterSize = 8 + 4 + 4 + kMagicSize;  // raw size, crc, version, magic
constexpr std::uint64_t kMaxPayload = std::uint64_t{1} << 32;  // 4 GiB: far above any model

std::uint32_t LoadFixed32(const char* p) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(p[i]);
  return v;
}
std::uint64_t LoadFixed64(const char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(p[i]);
  return v;
}

}  // namespace

void ByteWriter::PutFixed32(std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>(v >> (8 * i)));
}

void ByteWriter::PutFixed64(std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>(v >> (8 * i)));
}

void ByteWriter::PutFloat(float v) {
  std::uint32_t bits;
  std::memcpy(&bits, &v, sizeof(bits));
  PutFixed32(bits);
}

void ByteWriter::PutVarint(std::uint64_t v) {
  while (v >= 0x80) {
    out_.push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out_.push_back(static_cast<char>(v));
}

void ByteWriter::PutString(std::string_view s) {
  PutVarint(s.size());
  out_.append(s);
}

Status ByteReader::Error(std::string_view message) const {
  return Status::Corruption(std::string(what_) + ": " + std::string(message) + " at byte " +
                            std::to_string(pos_));
}

Status ByteReader::GetU8(std::uint8_t* v) {
  if (remaining() < 1) return Error("truncated");
  *v = static_cast<std::uint8_t>(data_[pos_++]);
  return Status::Ok();
}

Status ByteReader::GetFixed32(std::uint32_t* v) {
  if (remaining() < 4) return Error("truncated");
  *v = LoadFixed32(data_.data() + pos_);
  pos_ += 4;
  return Status::Ok();
}

Status ByteReader::GetFixed64(std::uint64_t* v) {
  if (remaining() < 8) return Error("truncated");
  *v = LoadFixed64(data_.data() + pos_);
  pos_ += 8;
  return Status::Ok();
}

Status ByteReader::GetFloat(float* v) {
  std::uint32_t bits = 0;
  MARSAD_RETURN_IF_ERROR(GetFixed32(&bits));
  std::memcpy(v, &bits, sizeof(bits));
  return Status::Ok();
}

Status ByteReader::GetVarint(std::uint64_t* v) {
  std::uint64_t result = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (remaining() < 1) return Error("truncated varint");
    const auto b = static_cast<unsigned char>(data_[pos_++]);
    result |= std::uint64_t{b & 0x7Fu} << shift;
    if ((b & 0x80) == 0) {
      *v = result;
      return Status::Ok();
    }
  }
  return Error("malformed varint");
}

Status ByteReader::GetVarint32(std::uint32_t* v) {
  std::uint64_t wide = 0;
  MARSAD_RETURN_IF_ERROR(GetVarint(&wide));
  if (wide > 0xFFFFFFFFu) return Error("value out of range");
  *v = static_cast<std::uint32_t>(wide);
  return Status::Ok();
}

void ByteWriter::PutSortedKeys(std::span<const std::uint32_t> keys) {
  PutVarint(keys.size());
  std::uint32_t prev = 0;
  for (std::uint32_t k : keys) {
    PutVarint(k - prev);
    prev = k;
  }
}

Status ByteReader::GetSortedKeys(std::string_view what, std::vector<std::uint32_t>* keys) {
  std::uint64_t n = 0;
  MARSAD_RETURN_IF_ERROR(GetVarint(&n));
  if (n > remaining()) return Error("implausible number of " + std::string(what));
  keys->resize(static_cast<std::size_t>(n));
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < keys->size(); ++i) {
    std::uint32_t delta = 0;
    MARSAD_RETURN_IF_ERROR(GetVarint32(&delta));
    key += delta;
    if (key == 0 || (i > 0 && delta == 0)) return Error("unsorted " + std::string(what));
    (*keys)[i] = key;
  }
  return Status::Ok();
}

Status ByteReader::GetBytes(std::size_t n, std::string_view* s) {
  if (remaining() < n) return Error("truncated");
  *s = data_.substr(pos_, n);
  pos_ += n;
  return Status::Ok();
}

Status ByteReader::GetString(std::string_view* s) {
  std::uint64_t n = 0;
  MARSAD_RETURN_IF_ERROR(GetVarint(&n));
  if (n > remaining()) return Error("truncated string");
  return GetBytes(static_cast<std::size_t>(n), s);
}

Result<std::string> SealFile(Magic magic, std::uint32_t version, std::string_view payload,
                             int level) {
  if (magic.size() != kMagicSize) return Status::InvalidArgument("magic must be 8 bytes");
  std::string out(ZSTD_compressBound(payload.size()), '\0');
  const std::size_t n = ZSTD_compress(out.data(), out.size(), payload.data(), payload.size(), level);
  if (ZSTD_isError(n) != 0) {
    return Status::InvalidArgument(std::string("zstd compression failed: ") + ZSTD_getErrorName(n));
  }
  out.resize(n);
  const std::uint32_t crc = base::Crc32c(out);
  ByteWriter footer;
  footer.PutFixed64(payload.size());
  footer.PutFixed32(crc);
  footer.PutFixed32(version);
  footer.PutBytes(magic);
  out += footer.data();
  return out;
}

Result<Unsealed> UnsealFile(std::string_view file, Magic magic, std::uint32_t max_version,
                            std::string_view path) {
  const std::string where(path);
  if (file.size() < kFooterSize) {
    return Status::Corruption(where + ": too short (" + std::to_string(file.size()) +
                              " bytes) for a marsad file footer");
  }
  const std::string_view footer = file.substr(file.size() - kFooterSize);
  const std::string_view body = file.substr(0, file.size() - kFooterSize);
  if (footer.substr(16) != magic) {
    return Status::NotSupported(where + ": not a " + std::string(magic) +
                                " file (wrong magic bytes)");
  }
  const std::uint64_t raw_size = LoadFixed64(footer.data());
  const std::uint32_t crc = LoadFixed32(footer.data() + 8);
  const std::uint32_t version = LoadFixed32(footer.data() + 12);
  if (version == 0 || version > max_version) {
    return Status::NotSupported(where + ": format version " + std::to_string(version) +
                                " is not supported (this build reads up to " +
                                std::to_string(max_version) + ")");
  }
  if (base::Crc32c(body) != crc) return Status::Corruption(where + ": checksum mismatch");
  if (raw_size > kMaxPayload) return Status::Corruption(where + ": implausible payload size");
  Unsealed out;
  out.version = version;
  out.payload.resize(static_cast<std::size_t>(raw_size));
  const std::size_t n =
      ZSTD_decompress(out.payload.data(), out.payload.size(), body.data(), body.size());
  if (ZSTD_isError(n) != 0 || n != raw_size) {
    return Status::Corruption(where + ": payload does not decompress to " +
                              std::to_string(raw_size) + " bytes");
  }
  return out;
}

}  // namespace marsad::ner
