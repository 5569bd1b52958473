// Normalizer: fuses the chosen rules into a per-code-point table of UTF-8 outputs.
#include "marsad/text/normalizer.h"

#include <array>
#include <cstring>
#include <map>
#include <mutex>
#include <vector>

#include "marsad/text/char_class.h"
#include "marsad/text/utf8.h"

namespace marsad::text {

namespace {
struct RuleInfo {
  NormalizationRuleFn fn;
  std::string_view name;
};
constexpr std::array<RuleInfo, static_cast<std::size_t>(NormalizationRule::kCount)> kRules = {{
    {DecomposePresentationForms, "DecomposePresentationForms"},
    {RemoveFormatControls, "RemoveFormatControls"},
    {RemoveDiacritics, "RemoveDiacritics"},
    {RemoveQuranicMarks, "RemoveQuranicMarks"},
    {RemoveTatweel, "RemoveTatweel"},
    {NormalizeAlef, "NormalizeAlef"},
    {NormalizeHamzaSeats, "NormalizeHamzaSeats"},
    {NormalizeAlefMaksura, "NormalizeAlefMaksura"},
    {NormalizeTehMarbuta, "NormalizeTehMarbuta"},
    {NormalizePersianLetters, "NormalizePersianLetters"},
    {NormalizeDigits, "NormalizeDigits"},
    {NormalizeSpaces, "NormalizeSpaces"},
    {FoldCase, "FoldCase"},
}};
// False for code points no rule can change, so the table is built without running the
// rules over all 65,536 of them: everything outside the blocks the rules name, except
// digits, spaces and format characters of other scripts, and letters with a lower case.
bool MayChange(char32_t c) {
  if (c < 0x0800) return true;                      // Latin, Greek, Cyrillic, Arabic ...
  if (c >= 0x08A0 && c <= 0x08FF) return true;      // Arabic Extended-A
  if (c >= 0x1E00 && c <= 0x1FFF) return true;      // Latin Extended Additional, Greek Extended
  if (c >= 0x2000 && c <= 0x206F) return true;      // spaces, format controls
  if (c >= 0xFB00 && c <= 0xFFEF) return true;      // presentation forms, fullwidth
  const CharClass cls = ClassOf(c);
  if (cls == CharClass::kDigit || cls == CharClass::kSpace || cls == CharClass::kFormat) return true;
  if (cls == CharClass::kLetter) {
    std::u32string out;
    return FoldCase(c, &out);
  }
  return false;
}

}  // namespace

NormalizationRuleFn RuleFunction(NormalizationRule rule) {
  return kRules[static_cast<std::size_t>(rule)].fn;
}
std::string_view RuleName(NormalizationRule rule) {
  return kRules[static_cast<std::size_t>(rule)].name;
}

NormalizerOptions NormalizerOptions::Search() {
  NormalizerOptions o;
  for (std::size_t i = 0; i < kRules.size(); ++i) o.With(static_cast<NormalizationRule>(i));
  return o;
}

NormalizerOptions NormalizerOptions::Display() {
  return NormalizerOptions()
      .With(NormalizationRule::kPresentationForms)
      .With(NormalizationRule::kFormatControls)
      .With(NormalizationRule::kTatweel)
      .With(NormalizationRule::kSpaces);
}

// One entry per BMP code point: the UTF-8 bytes it normalizes to (identity included, so
// the hot loop has no branch on "changed or not").
struct Normalizer::Table {
  struct Entry {
    std::uint8_t len;
    char bytes[15];
  };
  std::vector<Entry> entries = std::vector<Entry>(0x10000);
};

Normalizer::Normalizer(NormalizerOptions options) : options_(options), table_(TableFor(options)) {}

std::shared_ptr<const Normalizer::Table> Normalizer::TableFor(NormalizerOptions options) {
  static std::mutex mu;
  static std::map<std::uint32_t, std::weak_ptr<const Table>> tables;  // by options.bits()
  std::lock_guard<std::mutex> lock(mu);
  std::weak_ptr<const Table>& slot = tables[options.bits()];
  if (std::shared_ptr<const Table> t = slot.lock()) return t;
  auto table = std::make_shared<Table>();
  std::u32string seq, next, repl;
  for (char32_t c = 0; c < 0x10000; ++c) {
    seq.assign(1, c);
    if (!MayChange(c)) {
      // Identity: most of the BMP (CJK, Hangul, ...) is touched by no rule.
    } else if (c < 0xD800 || c > 0xDFFF) {
      for (std::size_t r = 0; r < kRules.size(); ++r) {
        if (!options.Has(static_cast<NormalizationRule>(r))) continue;
        next.clear();
        for (char32_t x : seq) {
          if (kRules[r].fn(x, &repl)) {
            next += repl;
          } else {
            next.push_back(x);
          }
        }
        seq.swap(next);
      }
    } else {
      seq.assign(1, kReplacementChar);  // lone surrogates never decode; keep the table total
    }
    Table::Entry& e = table->entries[c];
    e.len = 0;
    for (char32_t x : seq) {
      char buf[4];
      int n = EncodeUtf8(x, buf);
      if (e.len + n > static_cast<int>(sizeof(e.bytes))) break;  // never with current rules
      std::memcpy(e.bytes + e.len, buf, static_cast<std::size_t>(n));
      e.len = static_cast<std::uint8_t>(e.len + n);
    }
  }
  slot = table;
  return table;
}

Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

std::size_t Normalizer::NormalizeInto(std::string_view s, char* buf) const {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  const Table::Entry* entries = table_->entries.data();
  char* out = buf;
  while (p < end) {
    int len;
    char32_t c = DecodeUtf8(p, end, &len);
    p += len;
    if (c < 0x10000) {
      const Table::Entry& e = entries[c];
      // Copy a fixed 8 bytes when the entry fits: cheaper than a variable-length memcpy.
      if (e.len <= 8) {
        std::memcpy(out, e.bytes, 8);
      } else {
        std::memcpy(out, e.bytes, e.len);
      }
      out += e.len;
    } else {
      out += EncodeUtf8(c, out);
    }
  }
  return static_cast<std::size_t>(out - buf);
}

void Normalizer::Append(std::string_view s, std::string* out) const {
  std::size_t old = out->size();
  out->resize(old + kMaxExpansion * s.size() + kSlack);
  std::size_t n = NormalizeInto(s, out->data() + old);
  out->resize(old + n);
}

std::string Normalizer::Normalize(std::string_view s) const {
  std::string out;
  Append(s, &out);
  return out;
}

}  // namespace marsad::text
