// VariantKeyer: the spelling-variant key for names. Spellings of one transliterated name
// collide (لافرينتيف / لافرنتيف / لافرينتييف / لافرنتييف, أستانا / أستانة, سوريا / سورية,
// إدلب / ادلب), different names stay apart (لافروف). The key is a consonant skeleton:
//  1. the conjunction و and the article are stripped (وبوتين → بوتين) where three letters
//     remain, whether or not the article's alef carries a hamza (outlets differ);
//  2. a listed native Arabic name (data/analysis/native_names_ar.txt) is its own key,
//     because its long vowels tell names apart (محمد / محمود);
//  3. otherwise: تش→ش, تس→س, تز→ز; an initial ف (v, elsewhere written و) is dropped;
//     final vowel letters (ا ه ي) are dropped down to three letters; the vowel letters
//     ا و ي, ع and ء, and a non-initial ه are dropped; letters that transliterate one
//     Latin sound share a class (غ ج ق ك خ → ك; ص س ش ذ ز ظ → س; ط ت ث → ت; ض د → د;
//     ه ح → ح); repeated classes collapse.
// The choices were measured on ../shared/data/name-variant-pairs-derived (see
// docs/analysis.md and `marsad eval variants`).
#ifndef MARSAD_TEXT_VARIANT_KEY_H_
#define MARSAD_TEXT_VARIANT_KEY_H_

#include <string>
#include <string_view>

#include "marsad/text/light_stemmer.h"
#include "marsad/text/normalizer.h"
#include "marsad/text/word_set.h"

namespace marsad::text {

// Immutable after construction; thread-safe.
class VariantKeyer {
 public:
  // `normalizer` normalizes the native-name list; `stemmer` strips clitics. Both must
  // outlive the keyer.
  VariantKeyer(const Normalizer& normalizer, const LightStemmer& stemmer);

  // Appends the key of the normalized Arabic word `norm` to *out. A word with nothing
  // left after reduction is its own key.
  void AppendKey(std::string_view norm, std::string* out) const;
  // Key of one Arabic word as written (normalizes it first).
  std::string Key(std::string_view word) const;

  // Key of a whole name (several words): the keys of its words joined by a space.
  // `name` is unnormalized text; non-Arabic words are keyed by their normalized form.
  std::string NameKey(std::string_view name) const;

 private:
  const Normalizer& normalizer_;
  const LightStemmer& stemmer_;
  WordSet native_names_;
  std::size_t max_native_bytes_ = 0;  // longest normalized native name
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_VARIANT_KEY_H_
