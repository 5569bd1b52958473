// Evaluation of a Transliterator: accuracy and character error rate.
#include "marsad/translit/evaluation.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "marsad/text/edit_distance.h"
#include "marsad/text/normalizer.h"
#include "marsad/text/utf8.h"

namespace marsad::translit {
namespace {

bool HasNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

std::size_t CharEditDistance(std::string_view a, std::string_view b) {
  return text::EditDistance(text::ToCodePoints(a), text::ToCodePoints(b));
}

std::string FoldLatinCase(std::string_view s) {
  static const text::Normalizer kFold(text::NormalizerOptions::Only(text::NormalizationRule::kCase));
  return kFold.Normalize(s);
}

SetReport EvaluateSet(const Transliterator& t, const TestSet& set, std::size_t max_errors) {
  SetReport r;
  r.name = set.name;
  r.files = set.files;
  r.items = set.items.size();
  std::vector<std::string> outputs(set.items.size());
  const auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < set.items.size(); ++i) outputs[i] = t.RenderWord(set.items[i].arabic);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  for (std::size_t i = 0; i < set.items.size(); ++i) {
    const TestItem& item = set.items[i];
    const std::u32string out = text::ToCodePoints(FoldLatinCase(outputs[i]));
    std::size_t best = std::numeric_limits<std::size_t>::max(), best_len = 0;
    bool non_ascii = !item.references.empty();
    for (const std::string& ref : item.references) {
      non_ascii = non_ascii && HasNonAscii(ref);
      const std::u32string folded = text::ToCodePoints(FoldLatinCase(ref));
      const std::size_t d = text::EditDistance(out, folded);
      if (d < best || (d == best && folded.size() < best_len)) {
        best = d;
        best_len = folded.size();
      }
    }
    if (item.references.empty()) continue;
    r.non_ascii_only += non_ascii ? 1 : 0;
    r.edits += best;
    r.reference_chars += best_len;
    if (best == 0) {
      ++r.correct;
    } else if (r.errors.size() < max_errors) {
      r.errors.push_back({item.arabic, outputs[i], item.references});
    }
  }
  r.accuracy = r.items ? static_cast<double>(r.correct) / static_cast<double>(r.items) : 0.0;
  r.cer = r.reference_chars ? static_cast<double>(r.edits) / static_cast<double>(r.reference_chars) : 0.0;
  return r;
}

}  // namespace marsad::translit
