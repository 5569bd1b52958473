// Transliterator: splitting a name into words and rendering each with the model.
#include "marsad/translit/transliterator.h"

#include "marsad/text/arabic_letters.h"
#include "marsad/text/char_class.h"
#include "marsad/text/utf8.h"
#include "marsad/translit/model_io.h"

namespace marsad::translit {
namespace {

// Arabic punctuation that has a Latin counterpart.
char32_t LatinPunctuation(char32_t c) {
  switch (c) {
    case text::ar::kArabicComma: return U',';
    case text::ar::kArabicSemicolon: return U';';
    case text::ar::kArabicQuestionMark: return U'?';
    case text::ar::kArabicPercent: return U'%';
    case text::ar::kArabicFullStop: return U'.';
    default: return c;
  }
}

bool IsWordLetter(char32_t c) {
  return text::IsArabicBlock(c) && text::ClassOfFast(c) == text::CharClass::kArabicLetter &&
         c != text::ar::kTatweel;
}

}  // namespace

Transliterator::Transliterator(TranslitModel model, DecodeOptions options)
    : model_(std::make_unique<TranslitModel>(std::move(model))),
      normalizer_(std::make_unique<text::Normalizer>(OptionsFromMask(model_->normalization))),
      decoder_(std::make_unique<Decoder>(*model_)),
      options_(options) {}

Transliterator::Transliterator(Transliterator&&) noexcept = default;
Transliterator& Transliterator::operator=(Transliterator&&) noexcept = default;
Transliterator::~Transliterator() = default;

Result<Transliterator> Transliterator::Load(io::Env& env, const std::string& path,
                                            DecodeOptions options) {
  auto model = LoadModel(env, path);
  if (!model.ok()) return model.status();
  return Transliterator(std::move(*model), options);
}

std::u32string Transliterator::Letters(std::string_view word) const {
  const std::string norm = normalizer_->Normalize(word);
  std::u32string letters;
  const auto* p = reinterpret_cast<const unsigned char*>(norm.data());
  const auto* end = p + norm.size();
  while (p < end) {
    int len = 1;
    const char32_t c = text::DecodeUtf8(p, end, &len);
    p += len;
    if (IsWordLetter(c)) letters.push_back(c);
  }
  return letters;
}

std::string Transliterator::RenderWord(std::string_view word) const {
  return decoder_->Best(Letters(word), options_);
}

std::vector<Candidate> Transliterator::Candidates(std::string_view word, std::size_t n) const {
  return decoder_->NBest(Letters(word), n, options_);
}

std::string Transliterator::Render(std::string_view arabic) const {
  const std::string norm = normalizer_->Normalize(arabic);
  std::string out;
  std::u32string word;
  bool space = false;
  auto flush_word = [&] {
    if (word.empty()) return;
    std::string latin = decoder_->Best(word, options_);
    word.clear();
    if (latin.empty()) return;
    if (latin[0] >= 'a' && latin[0] <= 'z') latin[0] = static_cast<char>(latin[0] - 'a' + 'A');
    if (space && !out.empty()) out += ' ';
    space = false;
    out += latin;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(norm.data());
  const auto* end = p + norm.size();
  while (p < end) {
    int len = 1;
    const char32_t c = text::DecodeUtf8(p, end, &len);
    p += len;
    if (IsWordLetter(c)) {
      word.push_back(c);
      continue;
    }
    const text::CharClass cls = text::ClassOfFast(c);
    if (cls == text::CharClass::kMark || cls == text::CharClass::kFormat || c == text::ar::kTatweel) {
      continue;  // inside a word: never a word break
    }
    flush_word();
    if (cls == text::CharClass::kSpace) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    text::AppendUtf8(LatinPunctuation(c), &out);
  }
  flush_word();
  return out;
}

}  // namespace marsad::translit
