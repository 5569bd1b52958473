#include "marsad/translit/model_io.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include "marsad/base/crc32c.h"
#include "marsad/base/byte_coding.h"
#include "marsad/translit/test_util.h"
#include "marsad/translit/trainer.h"

namespace marsad::translit {
namespace {

TranslitModel ToyModel() {
  TrainOptions o;
  o.ngram.order = 3;
  auto m = TrainModel(testing::ToyPairs(), o, nullptr);
  EXPECT_TRUE(m.ok());
  return std::move(*m);
}

// A file with `body` (uncompressed) and a valid footer.
std::string FileWithBody(std::string_view body, std::uint32_t version = kModelFormatVersion) {
  std::string file(ZSTD_compressBound(body.size()), '\0');
  file.resize(ZSTD_compress(file.data(), file.size(), body.data(), body.size(), 3));
  base::PutFixed32(&file, base::Crc32c(file));
  base::PutFixed32(&file, version);
  base::PutFixed64(&file, kModelMagic);
  return file;
}

TEST(ModelIoTest, RoundTripDecodesIdentically) {
  const TranslitModel model = ToyModel();
  auto back = DecodeModel(EncodeModel(model), "toy");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->normalization, model.normalization);
  EXPECT_EQ(back->graphones, model.graphones);
  EXPECT_EQ(back->lm.counts(), model.lm.counts());
  const Decoder a(model), b(*back);
  for (const char32_t* w : {U"بالوتي", U"نيماتو", U"ما"}) {
    const auto ca = a.NBest(w, 3), cb = b.NBest(w, 3);
    ASSERT_EQ(ca.size(), cb.size());
    for (std::size_t i = 0; i < ca.size(); ++i) {
      EXPECT_EQ(ca[i].latin, cb[i].latin);
      EXPECT_EQ(ca[i].log_prob, cb[i].log_prob);
    }
  }
}

TEST(ModelIoTest, SaveAndLoadThroughEnv) {
  auto env = io::NewMemEnv();
  ASSERT_TRUE(SaveModel(ToyModel(), *env, "/m/translit.bin.zst").ok());
  auto m = LoadModel(*env, "/m/translit.bin.zst");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->graphones.size(), 8u);
  auto missing = LoadModel(*env, "/m/none.bin.zst");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/m/none.bin.zst"), std::string::npos);
}

// Every damaged file is refused with a Status naming it; none crashes.
TEST(ModelIoTest, DamagedFilesAreRejectedNamingTheFile) {
  const std::string good = EncodeModel(ToyModel());
  struct Case {
    std::string name;
    std::string bytes;
    StatusCode code;
    const char* message;
  };
  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x01);
  std::string bad_magic = good;
  bad_magic.back() = 'X';
  std::vector<Case> cases = {
      {"empty", "", StatusCode::kCorruption, "too short"},
      {"text", "this is not a model, just some text", StatusCode::kCorruption, "bad magic"},
      {"truncated", good.substr(0, good.size() - 3), StatusCode::kCorruption, "bad magic"},
      {"head only", good.substr(0, 40), StatusCode::kCorruption, "bad magic"},
      {"flipped", flipped, StatusCode::kCorruption, "checksum mismatch"},
      {"magic", bad_magic, StatusCode::kCorruption, "bad magic"},
      {"version 2", FileWithBody("x", 2), StatusCode::kNotSupported, "version 2"},
      {"version 0", FileWithBody("x", 0), StatusCode::kNotSupported, "version 0"},
      {"garbage body", FileWithBody("\x05garbage that is no model"), StatusCode::kCorruption, ""},
      {"empty body", FileWithBody(""), StatusCode::kCorruption, "normalization"},
      {"trailing", FileWithBody([&] {
         // A valid body with one byte more.
         const std::string f = good;
         const std::string_view c(f.data(), f.size() - kModelFooterSize);
         std::string body(ZSTD_getFrameContentSize(c.data(), c.size()), '\0');
         ZSTD_decompress(body.data(), body.size(), c.data(), c.size());
         return body + "!";
       }()),
       StatusCode::kCorruption, "trailing bytes"},
  };
  for (const Case& c : cases) {
    auto m = DecodeModel(c.bytes, "/models/bad.bin.zst");
    ASSERT_FALSE(m.ok()) << c.name;
    EXPECT_EQ(m.status().code(), c.code) << c.name << ": " << m.status().ToString();
    EXPECT_EQ(m.status().message().rfind("/models/bad.bin.zst: ", 0), 0u) << m.status().message();
    EXPECT_NE(m.status().message().find(c.message), std::string::npos) << c.name << ": " << m.status().message();
  }
}

TEST(ModelIoTest, EveryTruncatedBodyIsCorruption) {
  const std::string good = EncodeModel(ToyModel());
  const std::string_view c(good.data(), good.size() - kModelFooterSize);
  std::string body(ZSTD_getFrameContentSize(c.data(), c.size()), '\0');
  ZSTD_decompress(body.data(), body.size(), c.data(), c.size());
  for (std::size_t cut = 0; cut < body.size(); ++cut) {
    auto m = DecodeModel(FileWithBody(body.substr(0, cut)), "cut");
    ASSERT_FALSE(m.ok()) << cut;
    EXPECT_TRUE(m.status().IsCorruption()) << m.status().ToString();
  }
}

}  // namespace
}  // namespace marsad::translit
