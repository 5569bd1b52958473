// Training of the transliteration model.
#include "marsad/translit/trainer.h"

#include <chrono>
#include <set>

#include "marsad/text/arabic_letters.h"
#include "marsad/text/char_class.h"
#include "marsad/text/utf8.h"

namespace marsad::translit {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The letters of a normalized Arabic word, or "" when it holds anything else.
std::u32string TrainingArabic(std::string_view norm) {
  std::u32string out;
  const auto* p = reinterpret_cast<const unsigned char*>(norm.data());
  const auto* end = p + norm.size();
  while (p < end) {
    int len = 1;
    const char32_t c = text::DecodeUtf8(p, end, &len);
    p += len;
    if (!text::IsArabicBlock(c) || text::ClassOfFast(c) != text::CharClass::kArabicLetter ||
        c == text::ar::kTatweel) {
      return std::u32string();
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

text::NormalizerOptions DefaultModelNormalization() {
  using R = text::NormalizationRule;
  return text::NormalizerOptions()
      .With(R::kPresentationForms)
      .With(R::kFormatControls)
      .With(R::kDiacritics)
      .With(R::kQuranicMarks)
      .With(R::kTatweel)
      .With(R::kPersianLetters)
      .With(R::kDigits)
      .With(R::kSpaces);
}

std::string TrainingLatin(std::string_view latin) {
  std::string out;
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || c == '\'')) return std::string();
    out += c;
  }
  return out;
}

Result<TranslitModel> TrainModel(const std::vector<NamePair>& pairs, const TrainOptions& options,
                                 TrainReport* report) {
  TrainReport r;
  r.pairs_in = pairs.size();
  const text::Normalizer normalizer(options.normalization);
  std::set<NamePairChars> unique;
  std::vector<NamePairChars> letters;
  for (const NamePair& p : pairs) {
    NamePairChars chars{TrainingArabic(normalizer.Normalize(p.arabic)), TrainingLatin(p.latin)};
    if (chars.first.empty() || chars.second.empty()) {
      ++r.dropped_letters;
      continue;
    }
    const bool seen = !unique.insert(chars).second;
    r.duplicates += seen ? 1 : 0;
    if (!seen || !options.deduplicate) letters.push_back(std::move(chars));
  }
  if (letters.empty()) return Status::InvalidArgument("no usable training pairs");

  auto t0 = std::chrono::steady_clock::now();
  AlignerOptions ao = options.aligner;
  ao.seed = options.seed;
  Alignment alignment = AlignPairs(letters, ao);
  r.align_seconds = SecondsSince(t0);
  r.unaligned = alignment.unaligned;
  r.pruned_graphones = alignment.pruned_graphones;
  r.em_log_likelihood = alignment.mean_log_likelihood;
  r.graphones = alignment.graphones.size();

  std::vector<std::vector<std::uint32_t>> sequences;
  for (auto& seq : alignment.sequences) {
    if (seq.empty()) continue;
    for (std::uint32_t& g : seq) g += NgramModel::kFirstToken;
    sequences.push_back(std::move(seq));
  }
  r.pairs_used = sequences.size();
  if (sequences.empty()) return Status::InvalidArgument("no training pair could be aligned");

  t0 = std::chrono::steady_clock::now();
  auto lm = NgramModel::Estimate(
      sequences, static_cast<std::uint32_t>(alignment.graphones.size() + NgramModel::kFirstToken),
      options.ngram);
  if (!lm.ok()) return lm.status();
  r.ngram_seconds = SecondsSince(t0);
  r.ngrams = lm->num_ngrams();

  TranslitModel model;
  model.normalization = RuleMask(options.normalization);
  model.graphones = std::move(alignment.graphones);
  model.lm = std::move(*lm);
  if (report != nullptr) *report = std::move(r);
  return model;
}

}  // namespace marsad::translit
