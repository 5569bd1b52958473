// Fuzzes the transliteration model parser and the name renderer: no input may crash,
// hang or read out of bounds. First byte even: the rest is a model body (parsed, and
// when valid, used to decode a few words); odd: the rest is a name rendered by a toy model.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "marsad/translit/model_io.h"
#include "marsad/translit/test_util.h"
#include "marsad/translit/trainer.h"
#include "marsad/translit/transliterator.h"

namespace {

const marsad::translit::Transliterator& Toy() {
  static const marsad::translit::Transliterator* const t = [] {
    marsad::translit::TrainOptions o;
    o.ngram.order = 3;
    auto m = marsad::translit::TrainModel(marsad::translit::testing::ToyPairs(), o, nullptr);
    return new marsad::translit::Transliterator(std::move(*m));
  }();
  return *t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  if (data[0] % 2 == 0) {
    auto model = marsad::translit::ParseModelBody(rest, "fuzz");
    if (model.ok()) {
      const marsad::translit::Decoder decoder(*model);
      for (const char32_t* w : {U"ا", U"بالو", U"لافرينتيف"}) (void)decoder.NBest(w, 3);
    }
    (void)marsad::translit::DecodeModel(rest, "fuzz");
  } else {
    (void)Toy().Render(rest);
    (void)Toy().Candidates(rest, 3);
  }
  return 0;
}
