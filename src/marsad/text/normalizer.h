// Normalizer: maps text to its search form by a chosen set of normalization rules
// (normalization_rules.h), fused at construction into one table so normalizing costs one
// lookup per code point. A superset of Lucene's ArabicNormalizer, Snowball Arabic's
// pre-normalization and CAMeL Tools' normalizers; docs/analysis.md lists every rule.
#ifndef MARSAD_TEXT_NORMALIZER_H_
#define MARSAD_TEXT_NORMALIZER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "marsad/text/normalization_rules.h"

namespace marsad::text {

// DO NOT REORDER: the order is the order rules apply in.
enum class NormalizationRule : std::uint8_t {
  kPresentationForms,  // DecomposePresentationForms (first: its output feeds the others)
  kFormatControls,     // RemoveFormatControls
  kDiacritics,         // RemoveDiacritics
  kQuranicMarks,       // RemoveQuranicMarks
  kTatweel,            // RemoveTatweel
  kAlef,               // NormalizeAlef
  kHamzaSeats,         // NormalizeHamzaSeats
  kAlefMaksura,        // NormalizeAlefMaksura
  kTehMarbuta,         // NormalizeTehMarbuta
  kPersianLetters,     // NormalizePersianLetters
  kDigits,             // NormalizeDigits
  kSpaces,             // NormalizeSpaces
  kCase,               // FoldCase
  kCount
};

// The rule's function and its name (as in docs/analysis.md).
NormalizationRuleFn RuleFunction(NormalizationRule rule);
std::string_view RuleName(NormalizationRule rule);

// Which rules a Normalizer applies. Default: none; Search(): all of them.
class NormalizerOptions {
 public:
  // Every rule: the form used for search keys.
  static NormalizerOptions Search();
  // Only the rules that never change what a reader sees (presentation forms, format
  // controls, tatweel, spaces): for matching displayed names.
  static NormalizerOptions Display();
  static NormalizerOptions Only(NormalizationRule rule) { return NormalizerOptions().With(rule); }

  NormalizerOptions& With(NormalizationRule rule) {
    bits_ |= Bit(rule);
    return *this;
  }
  NormalizerOptions& Without(NormalizationRule rule) {
    bits_ &= ~Bit(rule);
    return *this;
  }
  bool Has(NormalizationRule rule) const { return (bits_ & Bit(rule)) != 0; }
  // One bit per rule: equal bits, equal normalization.
  std::uint32_t bits() const { return bits_; }

 private:
  static std::uint32_t Bit(NormalizationRule r) { return 1u << static_cast<unsigned>(r); }
  std::uint32_t bits_ = 0;
};

// Immutable after construction; thread-safe. Invalid UTF-8 bytes become U+FFFD.
class Normalizer {
 public:
  explicit Normalizer(NormalizerOptions options = NormalizerOptions::Search());
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // At most this many output bytes per input byte.
  static constexpr std::size_t kMaxExpansion = 5;
  // NormalizeInto may write (not keep) this many bytes past the end of its output.
  static constexpr std::size_t kSlack = 8;

  std::string Normalize(std::string_view s) const;
  // Appends the normalized form of `s` to *out.
  void Append(std::string_view s, std::string* out) const;
  // Writes the normalized form of `s` to `buf` and returns its length.
  // REQUIRES: `buf` has room for kMaxExpansion * s.size() + kSlack bytes.
  std::size_t NormalizeInto(std::string_view s, char* buf) const;

  const NormalizerOptions& options() const { return options_; }

 private:
  struct Table;
  // Built once per options while a Normalizer with them lives, and shared: building one is
  // a walk over the BMP (about 24 M instructions), and a process makes several with the
  // same options (the analysers, the cleaner, the dates lexicon).
  static std::shared_ptr<const Table> TableFor(NormalizerOptions options);

  NormalizerOptions options_;
  std::shared_ptr<const Table> table_;
};

}  // namespace marsad::text

#endif  // MARSAD_TEXT_NORMALIZER_H_
