// VariantKeyer; see variant_key.h.
#include "marsad/text/variant_key.h"

#include <algorithm>
#include <array>
#include <vector>

#include "marsad/text/arabic_letters.h"
#include "marsad/text/embedded_data.h"
#include "marsad/text/tokenizer.h"
#include "marsad/text/utf8.h"
#include "marsad/text/word_list.h"

namespace marsad::text {
namespace {

// What a letter of the Arabic block (U+0600 + index) becomes in the skeleton.
enum Action : std::uint8_t { kKeep, kDrop, kDropIfMedial };

struct LetterRule {
  Action action = kKeep;
  char32_t to = 0;  // class representative when kept (0: the letter itself)
};

using RuleTable = std::array<LetterRule, 256>;

constexpr RuleTable MakeRules() {
  RuleTable t{};
  auto drop = [&](char32_t c) { t[c - 0x600].action = kDrop; };
  auto map = [&](char32_t c, char32_t to) { t[c - 0x600].to = to; };
  drop(ar::kAlef);
  drop(ar::kWaw);
  drop(ar::kYeh);
  drop(ar::kAin);
  drop(ar::kHamza);
  t[ar::kHeh - 0x600] = {kDropIfMedial, ar::kHah};
  for (char32_t c : {ar::kGhain, ar::kJeem, ar::kQaf, ar::kKhah}) map(c, ar::kKaf);
  for (char32_t c : {ar::kSad, ar::kThal, ar::kZain, ar::kZah, ar::kSheen}) map(c, ar::kSeen);
  for (char32_t c : {ar::kTah, ar::kTheh}) map(c, ar::kTeh);
  map(ar::kDad, ar::kDal);
  return t;
}
constexpr RuleTable kRules = MakeRules();

}  // namespace

VariantKeyer::VariantKeyer(const Normalizer& normalizer, const LightStemmer& stemmer)
    : normalizer_(normalizer), stemmer_(stemmer), native_names_(data::kNativeNames, normalizer) {
  ForEachListEntry(data::kNativeNames, [&](std::string_view w) {
    max_native_bytes_ = std::max(max_native_bytes_, normalizer.Normalize(w).size());
  });
}

void VariantKeyer::AppendKey(std::string_view norm, std::string* out) const {
  // Whether an outlet writes the hamza of أل varies, so the key ignores it (unlike the
  // stemmer) and strips the article wherever three letters remain.
  std::string_view w =
      stemmer_.StripPrefixes(norm, /*article_possible=*/true, /*min_article_rest=*/3);
  // Native names are short: longer words skip the lookups.
  if (w.size() <= max_native_bytes_ &&
      (native_names_.Contains(w) || (w.size() != norm.size() && native_names_.Contains(norm)))) {
    out->append(w);
    return;
  }
  // Decode to code points: at most a few dozen per name.
  char32_t buf[64];
  std::size_t n = 0;
  {
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    const auto* end = p + w.size();
    while (p < end && n < 64) {
      int len;
      buf[n++] = DecodeUtf8(p, end, &len);
      p += len;
    }
    if (p < end) {  // too long to be a name: its own key
      out->append(w);
      return;
    }
  }
  // Digraphs for one Latin sound: تش (ch) → ش, تس/تز (ts, tz) → س/ز. An initial ف is
  // dropped: it is the v of names that other outlets begin with و (فيرنر / ويرنر), and
  // that و is gone with the clitics.
  std::size_t m = 0;
  for (std::size_t i = (n >= 4 && buf[0] == ar::kFeh) ? 1 : 0; i < n; ++i) {
    if (buf[i] == ar::kTeh && i + 1 < n &&
        (buf[i + 1] == ar::kSheen || buf[i + 1] == ar::kSeen || buf[i + 1] == ar::kZain)) {
      continue;
    }
    buf[m++] = buf[i];
  }
  n = m;
  // Final vowel letters vary (جويس / جويسي, أستانا / أستانة, سوريا / سورية).
  while (n > 3 && (buf[n - 1] == ar::kAlef || buf[n - 1] == ar::kHeh || buf[n - 1] == ar::kYeh)) {
    --n;
  }
  char key[64 * 4];
  std::size_t len = 0;
  char32_t last = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char32_t c = buf[i];
    char32_t k = c;
    if (c >= 0x600 && c <= 0x6FF) {
      const LetterRule& r = kRules[c - 0x600];
      if (r.action == kDrop || (r.action == kDropIfMedial && i > 0)) continue;
      if (r.to != 0) k = r.to;
    }
    if (k == last) continue;  // doubled letters and same-class neighbours collapse
    last = k;
    if (k >= 0x80 && k < 0x800) {  // two bytes: every Arabic letter
      key[len++] = static_cast<char>(0xC0 | (k >> 6));
      key[len++] = static_cast<char>(0x80 | (k & 0x3F));
    } else {
      len += static_cast<std::size_t>(EncodeUtf8(k, key + len));
    }
  }
  if (len == 0) {
    out->append(w);  // nothing but vowels: keep the word
  } else {
    out->append(key, len);
  }
}

std::string VariantKeyer::Key(std::string_view word) const {
  std::string out;
  AppendKey(normalizer_.Normalize(word), &out);
  return out;
}

std::string VariantKeyer::NameKey(std::string_view name) const {
  std::vector<Token> tokens;
  Tokenize(name, &tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!IsWordLike(t.kind) && t.kind != TokenKind::kNumber) continue;
    if (!out.empty()) out.push_back(' ');
    std::string norm = normalizer_.Normalize(t.In(name));
    if (t.kind == TokenKind::kArabicWord) {
      AppendKey(norm, &out);
    } else {
      out.append(norm);
    }
  }
  return out;
}

}  // namespace marsad::text
