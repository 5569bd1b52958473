// Cleaner and LineLearner; see cleaner.h.
#include "marsad/ingest/cleaner.h"

#include <algorithm>
#include <cstring>

#include "marsad/ingest/hash.h"
#include "marsad/base/byte_coding.h"
#include "marsad/text/char_class.h"
#include "marsad/text/utf8.h"
#include "marsad/text/word_list.h"

namespace marsad::ingest {

namespace data {
extern const std::string_view kBoilerplatePhrases;  // data/ingest/boilerplate_ar.txt
}  // namespace data

namespace {

constexpr std::string_view kSourceWord = "المصدر";

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Trims ASCII white space and NBSP from both ends.
std::string_view TrimLine(std::string_view s) {
  while (true) {
    if (!s.empty() && IsSpaceByte(s.front())) {
      s.remove_prefix(1);
    } else if (s.substr(0, 2) == "\xC2\xA0") {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  while (true) {
    if (!s.empty() && IsSpaceByte(s.back())) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

bool HasLetter(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    int len = 1;
    const char32_t c = text::DecodeUtf8(p, end, &len);
    p += len;
    const text::CharClass k = text::ClassOfFast(c);
    if ((k == text::CharClass::kArabicLetter && c != 0x0640) || k == text::CharClass::kLetter) {
      return true;
    }
  }
  return false;
}

// The outlet named by a source line "المصدر: وكالة سانا" / "المصدر : الجزيرة + وكالات",
// or empty when `line` is not one.
std::string_view SourceLineOutlet(std::string_view line) {
  if (line.substr(0, kSourceWord.size()) != kSourceWord) return {};
  std::string_view rest = TrimLine(line.substr(kSourceWord.size()));
  if (rest.substr(0, 1) == ":" || rest.substr(0, 1) == "-") {
    rest.remove_prefix(1);
  } else if (rest.substr(0, 3) == "\xEF\xBC\x9A") {  // fullwidth colon
    rest.remove_prefix(3);
  } else {
    return {};
  }
  rest = TrimLine(rest);
  if (rest.empty() || text::CountCodePoints(rest) > 80) return {};
  return rest;
}

constexpr std::size_t kHeadBits = 4096;

std::uint32_t Head4(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

std::size_t HeadBit(std::uint32_t head) { return (head * 0x9E3779B1u) >> 20; }  // 12 bits

}  // namespace

Cleaner::Cleaner(CleanerOptions options)
    : options_(options), normalizer_(text::NormalizerOptions::Search()), head_bits_(kHeadBits / 64) {
  text::ForEachListEntry(data::kBoilerplatePhrases,
                         [&](std::string_view p) { phrases_.push_back(normalizer_.Normalize(p)); });
  for (std::uint32_t i = 0; i < phrases_.size(); ++i) {
    const std::string& p = phrases_[i];
    if (p.size() < 4) {
      short_phrases_.push_back(i);
      continue;
    }
    const std::uint32_t head = Head4(p.data());
    head_bits_[HeadBit(head) / 64] |= std::uint64_t{1} << (HeadBit(head) % 64);
    by_head_.emplace_back(head, i);
  }
  std::sort(by_head_.begin(), by_head_.end());
}

bool Cleaner::IsWidgetLine(std::string_view line) const {
  // Arabic letters take two bytes: a line of more bytes than this is too long anyway.
  if (line.size() > options_.widget_max_chars * 3) return false;
  // A code point takes at least one byte: only a line of more bytes needs counting.
  if (line.size() > options_.widget_max_chars && text::CountCodePoints(line) > options_.widget_max_chars) {
    return false;
  }
  // Normalized into a per-thread buffer: most lines are checked here, and few are widgets.
  thread_local std::string buffer;
  const std::size_t room = text::Normalizer::kMaxExpansion * line.size() + text::Normalizer::kSlack;
  if (buffer.size() < room) buffer.resize(room);
  const std::string_view n(buffer.data(), normalizer_.NormalizeInto(line, buffer.data()));
  for (std::size_t i = 0; i + 4 <= n.size(); ++i) {
    const std::uint32_t head = Head4(n.data() + i);
    const std::size_t bit = HeadBit(head);
    if ((head_bits_[bit / 64] >> (bit % 64) & 1) == 0) continue;
    auto it = std::lower_bound(by_head_.begin(), by_head_.end(), std::make_pair(head, std::uint32_t{0}));
    for (; it != by_head_.end() && it->first == head; ++it) {
      if (n.substr(i).starts_with(phrases_[it->second])) return true;
    }
  }
  for (std::uint32_t k : short_phrases_) {
    if (n.find(phrases_[k]) != std::string_view::npos) return true;
  }
  return false;
}

void Cleaner::ApplyRules(std::string_view text, CleanText* out) const {
  out->lines.clear();
  out->outlet.clear();
  out->dropped = 0;
  std::size_t pos = 0;
  std::string_view previous;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view raw = text.substr(pos, nl - pos);
    const std::string_view line = TrimLine(raw);
    const std::size_t begin = line.empty() ? pos : static_cast<std::size_t>(line.data() - text.data());
    pos = nl + 1;
    if (line.empty()) continue;
    if (!HasLetter(line) || line == previous || IsWidgetLine(line)) {
      ++out->dropped;
      continue;
    }
    previous = line;
    out->lines.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(begin + line.size()),
                          Hash64(line)});
  }
  // The closing source line, among the last few lines.
  const std::size_t n = out->lines.size();
  for (std::size_t k = 0; k < options_.source_line_window && k < n; ++k) {
    const Line& l = out->lines[n - 1 - k];
    const std::string_view outlet = SourceLineOutlet(text.substr(l.begin, l.end - l.begin));
    if (!outlet.empty()) {
      out->outlet.assign(outlet);
      out->lines.erase(out->lines.begin() + static_cast<std::ptrdiff_t>(n - 1 - k));
      ++out->dropped;
      break;
    }
  }
}

// LineLearner::KeyCounts and KeySet ------------------------------------------------------

std::uint32_t LineLearner::KeyCounts::Get(std::uint64_t key) const {
  if (slots_.empty()) return 0;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.count == 0) return 0;
    if (s.key == key) return s.count;
  }
}

LineLearner::KeyCounts::Slot& LineLearner::KeyCounts::Find(std::uint64_t key) {
  if ((used_ + 1) * 4 > slots_.size() * 3) Grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.count == 0) {
      s.key = key;
      return s;
    }
    if (s.key == key) return s;
  }
}

void LineLearner::KeyCounts::Add(std::uint64_t key, std::uint32_t n) {
  Slot& s = Find(key);
  used_ += s.count == 0 ? 1 : 0;
  s.count += n;
}

void LineLearner::KeyCounts::Set(std::uint64_t key, std::uint32_t n) {
  Slot& s = Find(key);
  used_ += s.count == 0 ? 1 : 0;
  s.count = n;
}

void LineLearner::KeyCounts::Grow() {
  std::vector<Slot> old(std::max<std::size_t>(1024, slots_.size() * 2), Slot{0, 0});
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.count == 0) continue;
    std::size_t i = s.key & mask;
    while (slots_[i].count != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void LineLearner::KeyCounts::Clear() {
  slots_.clear();
  used_ = 0;
}

bool LineLearner::KeySet::Insert(std::uint64_t key) {
  if (key == 0) {
    const bool added = !has_zero_;
    has_zero_ = true;
    return added;
  }
  if ((used_ + 1) * 4 > slots_.size() * 3) Grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    std::uint64_t& s = slots_[i];
    if (s == 0) {
      s = key;
      ++used_;
      return true;
    }
    if (s == key) return false;
  }
}

void LineLearner::KeySet::Grow() {
  std::vector<std::uint64_t> old(std::max<std::size_t>(1024, slots_.size() * 2), 0);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint64_t k : old) {
    if (k == 0) continue;
    std::size_t i = k & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = k;
  }
}

void LineLearner::KeySet::Clear() {
  slots_.clear();
  used_ = 0;
  has_zero_ = false;
}

// LineLearner ------------------------------------------------------------------------------

std::uint64_t LineLearner::Key(std::string_view source, std::uint64_t line_hash) {
  return HashMix(Hash64(source), line_hash);
}

void LineLearner::Observe(std::string_view source, std::string_view title, const CleanText& clean) {
  const std::uint64_t title_hash = Hash64(title);
  const std::uint64_t source_hash = Hash64(source);
  // Bound the memory of the (line, title) pairs: past this, counting restarts from the
  // counts (a pair seen again may then count twice, which only learns sooner).
  if (seen_.size() > (std::size_t{8} << 20)) seen_.Clear();
  for (const Line& l : clean.lines) {
    if (l.end - l.begin > options_.max_line_bytes) continue;
    const std::uint64_t key = HashMix(source_hash, l.hash);
    if (seen_.Insert(HashMix(key, title_hash))) counts_.Add(key, 1);
  }
}

bool LineLearner::IsBoilerplate(std::string_view source, const Line& line) const {
  if (line.end - line.begin > options_.max_line_bytes) return false;
  return counts_.Get(Key(source, line.hash)) >= options_.min_docs;
}

std::string LineLearner::Join(std::string_view text, const CleanText& clean, std::string_view source,
                              std::size_t* dropped) const {
  std::string out;
  out.reserve(text.size());
  const std::uint64_t source_hash = Hash64(source);
  for (const Line& l : clean.lines) {
    if (l.end - l.begin <= options_.max_line_bytes &&
        counts_.Get(HashMix(source_hash, l.hash)) >= options_.min_docs) {
      ++*dropped;
      continue;
    }
    if (!out.empty()) out.push_back('\n');
    out.append(text.substr(l.begin, l.end - l.begin));
  }
  return out;
}

std::string LineLearner::Serialize() const {
  // In slot order: Load does not depend on the order.
  std::string out;
  std::size_t n = 0;
  for (const KeyCounts::Slot& s : counts_.slots()) n += s.count >= 2 ? 1 : 0;
  out.reserve(10 + n * 14);
  base::PutVarint(&out, n);
  for (const KeyCounts::Slot& s : counts_.slots()) {
    if (s.count < 2) continue;
    base::PutFixed64(&out, s.key);
    base::PutVarint(&out, s.count);
  }
  return out;
}

Status LineLearner::Load(std::string_view bytes) {
  base::ByteReader d(bytes);
  std::uint64_t n = 0;
  if (!d.Varint(&n) || n > bytes.size()) return Status::Corruption("learned boilerplate lines: bad header");
  KeyCounts counts;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t k = 0, c = 0;
    if (!d.Fixed64(&k) || !d.Varint(&c)) return Status::Corruption("learned boilerplate lines: truncated");
    // A count of 0 is the same as none (Serialize writes counts of 2 or more).
    if (static_cast<std::uint32_t>(c) != 0) counts.Set(k, static_cast<std::uint32_t>(c));
  }
  counts_ = std::move(counts);
  return Status::Ok();
}

std::size_t LineLearner::learned() const {
  std::size_t n = 0;
  for (const KeyCounts::Slot& s : counts_.slots()) n += s.count >= options_.min_docs ? 1 : 0;
  return n;
}

}  // namespace marsad::ingest
