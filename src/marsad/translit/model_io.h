// The transliteration model file: a zstd-compressed body (normalization, graphones,
// n-gram trie) followed by a footer {crc32c of the body, format version, magic}, as
// leveldb's and tantivy's files end. docs/translit.md ("Model file") gives the layout.
#ifndef MARSAD_TRANSLIT_MODEL_IO_H_
#define MARSAD_TRANSLIT_MODEL_IO_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "marsad/base/result.h"
#include "marsad/io/env.h"
#include "marsad/translit/model.h"

namespace marsad::translit {

// DO NOT CHANGE: written in every model file. Bump kModelFormatVersion when the layout
// of the body changes; readers refuse other versions with NotSupported.
inline constexpr std::uint64_t kModelMagic = 0x314C5254'4453524DULL;  // "MRSDTRL1"
inline constexpr std::uint32_t kModelFormatVersion = 1;
inline constexpr std::size_t kModelFooterSize = 16;
// Larger files or bodies are refused rather than read (a guard against wrong paths and
// decompression bombs).
inline constexpr std::uint64_t kMaxModelFileBytes = std::uint64_t{256} << 20;
inline constexpr std::uint64_t kMaxModelBodyBytes = std::uint64_t{1} << 30;

// The complete file for `model` (compressed with zstd at `level`).
std::string EncodeModel(const TranslitModel& model, int level = 19);

// Parses a model file's bytes. `name` (usually the path) prefixes every error message.
// Corruption: not a model, a damaged or truncated file; NotSupported: another format
// version.
Result<TranslitModel> DecodeModel(std::string_view file, std::string_view name);

// Parses an uncompressed body (what DecodeModel finds inside the zstd frame). Exposed
// for the fuzzer, which cannot forge checksums. Corruption naming `name` when malformed.
Result<TranslitModel> ParseModelBody(std::string_view body, std::string_view name);

// Writes the model atomically (Env::WriteFileAtomic).
Status SaveModel(const TranslitModel& model, io::Env& env, const std::string& path);

// Reads and decodes the model at `path`; errors name the path.
Result<TranslitModel> LoadModel(io::Env& env, const std::string& path);

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_MODEL_IO_H_
