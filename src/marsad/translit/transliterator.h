// Transliterator: renders Arabic names in Latin letters (لافرينتيف → Lavrentiev,
// أستانا → Astana) with a model trained by `marsad train translit`. Names are rendered
// word by word, each word by the joint-sequence model (model.h); docs/translit.md
// describes the model, its training data and its measured accuracy.
#ifndef MARSAD_TRANSLIT_TRANSLITERATOR_H_
#define MARSAD_TRANSLIT_TRANSLITERATOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/base/result.h"
#include "marsad/io/env.h"
#include "marsad/text/normalizer.h"
#include "marsad/translit/model.h"

namespace marsad::translit {

// The committed model's file name under data/models/.
inline constexpr std::string_view kDefaultModelFile = "translit_ar_en.bin.zst";

// Immutable after construction; thread-safe: load once, share, call from any thread.
class Transliterator {
 public:
  explicit Transliterator(TranslitModel model, DecodeOptions options = {});
  Transliterator(Transliterator&&) noexcept;
  Transliterator& operator=(Transliterator&&) noexcept;
  ~Transliterator();

  // Loads the model file at `path`. Errors name the path: NotFound/IOError when it
  // cannot be read, Corruption when it is damaged or not a model, NotSupported for
  // another format version.
  static Result<Transliterator> Load(io::Env& env, const std::string& path,
                                     DecodeOptions options = {});

  // Renders a name (one or more words, any Arabic spelling: hamzas, diacritics and
  // tatweel allowed) in Latin letters, each word capitalized: "عبد الله" → "Abd Allah".
  // Characters other than Arabic letters are kept (spaces collapsed, ، → ","); words
  // the model cannot read are dropped. "" for "".
  std::string Render(std::string_view arabic) const;

  // The best lower-case rendering of one word (its non-letters ignored).
  std::string RenderWord(std::string_view word) const;

  // The `n` best lower-case renderings of one word, best first.
  std::vector<Candidate> Candidates(std::string_view word, std::size_t n) const;

  const TranslitModel& model() const { return *model_; }

 private:
  // The normalized Arabic letters of `word`.
  std::u32string Letters(std::string_view word) const;

  std::unique_ptr<TranslitModel> model_;  // stable address for decoder_
  std::unique_ptr<text::Normalizer> normalizer_;
  std::unique_ptr<Decoder> decoder_;
  DecodeOptions options_;
};

}  // namespace marsad::translit

#endif  // MARSAD_TRANSLIT_TRANSLITERATOR_H_
