// The transliteration model file: coding of the body, zstd, footer checks.
#include "marsad/translit/model_io.h"

#include <zstd.h>

#include "marsad/base/crc32c.h"
#include "marsad/base/byte_coding.h"

namespace marsad::translit {
namespace {

Status Bad(std::string_view name, std::string_view what) {
  return Status::Corruption(std::string(name) + ": " + std::string(what));
}

}  // namespace

std::string EncodeModel(const TranslitModel& model, int level) {
  std::string body;
  base::PutVarint(&body, model.normalization);
  base::PutVarint(&body, model.graphones.size());
  for (const Graphone& g : model.graphones) {
    base::PutVarint(&body, g.source.size());
    for (char32_t c : g.source) base::PutVarint(&body, c);
    base::PutString(&body, g.target);
  }
  model.lm.Serialize(&body);

  std::string file(ZSTD_compressBound(body.size()), '\0');
  const std::size_t n = ZSTD_compress(file.data(), file.size(), body.data(), body.size(), level);
  // Compressing into a buffer of ZSTD_compressBound bytes cannot fail.
  file.resize(ZSTD_isError(n) ? 0 : n);
  base::PutFixed32(&file, base::Crc32c(file));
  base::PutFixed32(&file, kModelFormatVersion);
  base::PutFixed64(&file, kModelMagic);
  return file;
}

Result<TranslitModel> DecodeModel(std::string_view file, std::string_view name) {
  if (file.size() < kModelFooterSize) return Bad(name, "too short to be a transliteration model");
  const char* footer = file.data() + file.size() - kModelFooterSize;
  if (base::DecodeFixed64(footer + 8) != kModelMagic) {
    return Bad(name, "not a marsad transliteration model (bad magic)");
  }
  const std::uint32_t version = base::DecodeFixed32(footer + 4);
  if (version != kModelFormatVersion) {
    return Status::NotSupported(std::string(name) + ": transliteration model format version " +
                                std::to_string(version) + ", this build reads version " +
                                std::to_string(kModelFormatVersion));
  }
  const std::string_view compressed = file.substr(0, file.size() - kModelFooterSize);
  if (base::Crc32c(compressed) != base::DecodeFixed32(footer)) return Bad(name, "checksum mismatch");

  const unsigned long long raw = ZSTD_getFrameContentSize(compressed.data(), compressed.size());
  if (raw == ZSTD_CONTENTSIZE_ERROR || raw == ZSTD_CONTENTSIZE_UNKNOWN || raw > kMaxModelBodyBytes) {
    return Bad(name, "bad compressed body");
  }
  std::string body(raw, '\0');
  const std::size_t n = ZSTD_decompress(body.data(), body.size(), compressed.data(), compressed.size());
  if (ZSTD_isError(n) || n != raw) {
    return Bad(name, std::string("cannot decompress body: ") +
                         (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short"));
  }

  return ParseModelBody(body, name);
}

Result<TranslitModel> ParseModelBody(std::string_view body, std::string_view name) {
  base::ByteReader in(body);
  TranslitModel model;
  std::uint64_t v = 0, count = 0;
  if (!in.Varint(&v) || v >= (1u << static_cast<unsigned>(text::NormalizationRule::kCount))) {
    return Bad(name, "bad normalization mask");
  }
  model.normalization = static_cast<std::uint32_t>(v);
  if (!in.Varint(&count) || count == 0 || count > in.left()) return Bad(name, "bad graphone count");
  model.graphones.resize(count);
  for (Graphone& g : model.graphones) {
    if (!in.Varint(&v) || v == 0 || v > kMaxSourceChunk) return Bad(name, "bad graphone source");
    for (std::uint64_t i = 0, n_src = v; i < n_src; ++i) {
      if (!in.Varint(&v) || v > 0x10FFFF) return Bad(name, "bad graphone letter");
      g.source.push_back(static_cast<char32_t>(v));
    }
    std::string_view target;
    if (!in.StringView(&target) || target.size() > kMaxTargetChunk) {
      return Bad(name, "bad graphone target");
    }
    g.target = std::string(target);
    if (&g != model.graphones.data() && !(*(&g - 1) < g)) return Bad(name, "graphones out of order");
  }
  auto lm = NgramModel::Deserialize(&in);
  if (!lm.ok()) return lm.status().WithContext(name);
  if (lm->num_tokens() != count + NgramModel::kFirstToken) {
    return Bad(name, "n-gram model and graphone inventory disagree");
  }
  if (!in.done()) return Bad(name, "trailing bytes after the model");
  model.lm = std::move(*lm);
  return model;
}

Status SaveModel(const TranslitModel& model, io::Env& env, const std::string& path) {
  return env.WriteFileAtomic(path, EncodeModel(model));
}

Result<TranslitModel> LoadModel(io::Env& env, const std::string& path) {
  auto file = env.ReadFile(path, kMaxModelFileBytes);
  if (!file.ok()) return file.status();
  return DecodeModel(*file, path);
}

}  // namespace marsad::translit
