// Quote marks: pairing marks into quoted spans (see quote_marks.h).
#include "marsad/quotes/quote_marks.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace marsad::quotes {
namespace {

using text::AnalyzedToken;
using text::TokenKind;

struct MarkDef {
  std::string_view text;
  MarkFamily family;
  MarkGlyph glyph;
};
constexpr std::array<MarkDef, 14> kMarks = {{
    {"\"", MarkFamily::kDoubleStraight, MarkGlyph::kSymmetric},
    {"\xEF\xBC\x82", MarkFamily::kDoubleStraight, MarkGlyph::kSymmetric},  // ＂ fullwidth
    {"\xE2\x80\x9C", MarkFamily::kDoubleCurly, MarkGlyph::kOpen},          // “
    {"\xE2\x80\x9D", MarkFamily::kDoubleCurly, MarkGlyph::kClose},         // ”
    {"\xE2\x80\x9E", MarkFamily::kDoubleCurly, MarkGlyph::kOpen},          // „
    {"\xE2\x80\x9F", MarkFamily::kDoubleCurly, MarkGlyph::kOpen},          // ‟
    {"\xC2\xAB", MarkFamily::kGuillemet, MarkGlyph::kOpen},                // «
    {"\xC2\xBB", MarkFamily::kGuillemet, MarkGlyph::kClose},               // »
    {"'", MarkFamily::kSingleStraight, MarkGlyph::kSymmetric},
    {"\xE2\x80\x98", MarkFamily::kSingleCurly, MarkGlyph::kOpen},          // ‘
    {"\xE2\x80\x99", MarkFamily::kSingleCurly, MarkGlyph::kClose},         // ’
    {"\xE2\x80\x9A", MarkFamily::kSingleCurly, MarkGlyph::kOpen},          // ‚
    {"\xE2\x80\xB9", MarkFamily::kSingleGuillemet, MarkGlyph::kOpen},      // ‹
    {"\xE2\x80\xBA", MarkFamily::kSingleGuillemet, MarkGlyph::kClose},     // ›
}};

constexpr std::size_t kFamilies = 7;

bool IsWordish(TokenKind k) { return text::IsWordLike(k) || k == TokenKind::kNumber; }

// Which side of a mark touches a word (no space between).
struct Attachment {
  bool left = false;   // a word ends right before the mark: "..كلمة"
  bool right = false;  // a word starts right after the mark: "كلمة..
  bool ClearOpen() const { return right && !left; }
  bool ClearClose() const { return left && !right; }
};

Attachment AttachmentOf(const std::vector<AnalyzedToken>& toks, std::size_t i) {
  Attachment a;
  if (i > 0 && toks[i - 1].token.end == toks[i].token.begin && IsWordish(toks[i - 1].token.kind)) {
    a.left = true;
  }
  if (i + 1 < toks.size() && toks[i + 1].token.begin == toks[i].token.end &&
      IsWordish(toks[i + 1].token.kind)) {
    a.right = true;
  }
  return a;
}

struct MarkInfo {
  std::uint32_t token = 0;
  MarkFamily family = MarkFamily::kNone;
  MarkGlyph glyph = MarkGlyph::kSymmetric;
  Attachment attach;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Whether symmetric mark k, met while a quote of its family is open, opens a quote inside
// that quote: it follows a word and a colon (a cue inside the quote: "قائلة: "، "قال لي: ")
// and the next two marks of its family in its paragraph can both close (the inner quote's,
// then the outer one's; the second not glued to a next word, which opens a second inner quote:
// مؤلفاته: "أ ب"، و"ج د"). Otherwise the balanced marks pair in order, and this mark would
// close the outer quote on a colon and leave the inner quote's words outside every quote.
bool InnerAfterColon(const std::vector<AnalyzedToken>& toks, std::string_view text,
                     const std::vector<MarkInfo>& marks, const std::vector<std::uint32_t>& paragraph,
                     std::size_t k) {
  const std::uint32_t t = marks[k].token;
  if (t < 2 || toks[t - 1].token.In(text) != ":" || !IsWordish(toks[t - 2].token.kind) ||
      paragraph[t - 2] != paragraph[t]) {
    return false;
  }
  int closers = 0;
  for (std::size_t j = k + 1; j < marks.size() && paragraph[marks[j].token] == paragraph[t]; ++j) {
    if (marks[j].family != marks[k].family) continue;
    if (marks[j].attach.ClearOpen() || (closers == 1 && marks[j].attach.right)) return false;
    if (++closers == 2) return true;
  }
  return false;
}

}  // namespace

MarkFamily FamilyOf(std::string_view mark, MarkGlyph* glyph) {
  // Every mark starts with one of these bytes: " ' and the leads of « » “ ” ‘ ’ ‹ › ＂.
  const unsigned char b = mark.empty() ? 0 : static_cast<unsigned char>(mark[0]);
  if (b != '"' && b != '\'' && b != 0xC2 && b != 0xE2 && b != 0xEF) {
    *glyph = MarkGlyph::kSymmetric;
    return MarkFamily::kNone;
  }
  for (const MarkDef& d : kMarks) {
    if (d.text == mark) {
      *glyph = d.glyph;
      return d.family;
    }
  }
  *glyph = MarkGlyph::kSymmetric;
  return MarkFamily::kNone;
}

std::vector<std::uint32_t> ParagraphOfTokens(std::string_view text,
                                             const std::vector<AnalyzedToken>& tokens) {
  std::vector<std::uint32_t> para;
  ParagraphOfTokens(text, tokens, &para);
  return para;
}

void ParagraphOfTokens(std::string_view text, const std::vector<AnalyzedToken>& tokens,
                       std::vector<std::uint32_t>* out) {
  std::vector<std::uint32_t>& para = *out;
  para.resize(tokens.size());
  std::uint32_t p = 0;
  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::size_t b = tokens[i].token.begin;
    if (b == prev_end + 1) {
      if (text[prev_end] == '\n') ++p;  // the common one-byte gap
    } else if (b > prev_end && std::memchr(text.data() + prev_end, '\n', b - prev_end) != nullptr) {
      ++p;
    }
    para[i] = p;
    prev_end = tokens[i].token.end;
  }
}

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text, const text::TextAnalysis& analysis,
                                        const std::vector<std::uint32_t>& paragraph) {
  const std::vector<AnalyzedToken>& toks = analysis.tokens;
  std::vector<QuotedSpan> spans;
  if (toks.empty()) return spans;

  // The marks, and per paragraph where its marks start (marks are in token order).
  std::vector<MarkInfo> marks;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].token.kind != TokenKind::kPunctuation) continue;
    MarkGlyph glyph;
    MarkFamily fam = FamilyOf(toks[i].token.In(text), &glyph);
    if (fam == MarkFamily::kNone) continue;
    MarkInfo m{static_cast<std::uint32_t>(i), fam, glyph, AttachmentOf(toks, i)};
    // A straight single quote is an apostrophe or a prime unless it clearly opens or closes.
    if (fam == MarkFamily::kSingleStraight && !m.attach.ClearOpen() && !m.attach.ClearClose()) {
      continue;
    }
    marks.push_back(m);
  }
  if (marks.empty()) return spans;
  // A quote does not end at a colon. Some outlets write guillemets reversed and spaced
  // inside (قال:» ... «): such a » touches no word, so it was dropped as a stray closer, and
  // each closing « then opened a span that ran to the next quote's », over several
  // speakers' paragraphs. A » right after a colon with a space after it opens a quote, and
  // the next guillemet of its paragraph closes it if it is a « that touches no following
  // word (a « before a word opens a name or an inner quote, «ويتشيتا»). A » that touches
  // the next word (قال:»نص», feeds that turned « into ») already opens.
  int open_guillemets = 0;  // « less » so far in the paragraph (as read after this step)
  std::uint32_t counted_para = kNoToken;
  for (std::size_t k = 0; k < marks.size(); ++k) {
    MarkInfo& m = marks[k];
    if (m.family != MarkFamily::kGuillemet) continue;
    if (paragraph[m.token] != counted_para) {
      counted_para = paragraph[m.token];
      open_guillemets = 0;
    }
    // A quote still open here may end with a colon («... عنه:» تستمر): leave that ».
    if (m.glyph != MarkGlyph::kClose || m.attach.right || open_guillemets > 0 || m.token == 0 ||
        toks[m.token - 1].token.In(text) != ":") {
      open_guillemets = std::max(0, open_guillemets + (m.glyph == MarkGlyph::kOpen ? 1 : -1));
      continue;
    }
    m.glyph = MarkGlyph::kOpen;
    ++open_guillemets;
    for (std::size_t j = k + 1; j < marks.size() && paragraph[marks[j].token] == paragraph[m.token]; ++j) {
      if (marks[j].family != MarkFamily::kGuillemet) continue;
      if (marks[j].glyph == MarkGlyph::kOpen && !marks[j].attach.right) marks[j].glyph = MarkGlyph::kClose;
      break;
    }
  }

  const std::uint32_t last_para = paragraph.back();
  // First and last token of paragraph p (paragraph numbers never decrease along the tokens);
  // kNoToken / 0 for a paragraph with no token.
  auto para_first = [&](std::uint32_t p) -> std::uint32_t {
    auto it = std::lower_bound(paragraph.begin(), paragraph.end(), p);
    return it != paragraph.end() && *it == p ? static_cast<std::uint32_t>(it - paragraph.begin()) : kNoToken;
  };
  auto para_last = [&](std::uint32_t p) -> std::uint32_t {
    auto it = std::upper_bound(paragraph.begin(), paragraph.end(), p);
    return it == paragraph.begin() ? 0 : static_cast<std::uint32_t>(it - paragraph.begin() - 1);
  };
  // remaining[k][f]: marks of family f from mark k to the end of mark k's paragraph.
  std::vector<std::array<std::uint16_t, kFamilies>> remaining(marks.size() + 1);
  remaining[marks.size()].fill(0);
  for (std::size_t k = marks.size(); k-- > 0;) {
    if (k + 1 < marks.size() && paragraph[marks[k + 1].token] == paragraph[marks[k].token]) {
      remaining[k] = remaining[k + 1];
    } else {
      remaining[k].fill(0);
    }
    ++remaining[k][static_cast<std::size_t>(marks[k].family)];
  }
  // First mark of each paragraph (index into marks), or marks.size().
  std::vector<std::size_t> para_first_mark(last_para + 2, marks.size());
  for (std::size_t k = marks.size(); k-- > 0;) para_first_mark[paragraph[marks[k].token]] = k;

  struct Open {
    std::size_t mark;          // index into marks
    std::uint32_t continues;   // opening token of the span this one continues, or kNoToken
    bool inner_after_colon = false;  // see QuotedSpan
  };
  std::vector<Open> stack;
  std::vector<std::uint32_t> continues_open;  // per span (creation order): see Open

  auto make_span = [&](const Open& o, std::uint32_t close, std::uint32_t last_inside) {
    const MarkInfo& m = marks[o.mark];
    QuotedSpan s;
    s.open = m.token;
    s.close = close;
    s.first = m.token + 1;
    s.end = last_inside + 1;
    s.family = m.family;
    s.unclosed = close == kNoToken;
    s.inner_after_colon = o.inner_after_colon;
    if (s.end <= s.first) return;  // nothing inside
    std::uint32_t b = toks[m.token].token.end;
    std::uint32_t e = close == kNoToken ? toks[last_inside].token.end : toks[close].token.begin;
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    s.content = {b, e};
    for (std::uint32_t t = s.first; t < s.end; ++t) {
      if (IsWordish(toks[t].token.kind)) ++s.words;
    }
    if (s.words == 0) return;
    s.runs_over = paragraph[s.first] != paragraph[s.end - 1] ||
                  paragraph[m.token] != paragraph[s.first];
    spans.push_back(s);
    continues_open.push_back(o.continues);
  };

  // Closes what is still open at the end of paragraph p: a quote whose next paragraph opens
  // its mark again continues there; one whose closing mark is in the next paragraph runs
  // over; the others are unclosed and end with the paragraph.
  std::uint32_t pending_continuation = kNoToken;  // opening token of the span continued
  auto end_paragraph = [&](std::uint32_t p) {
    pending_continuation = kNoToken;
    if (stack.empty()) return;
    const std::size_t next_first = p + 1 <= last_para ? para_first_mark[p + 1] : marks.size();
    const bool next_exists = p + 1 <= last_para && para_first(p + 1) != kNoToken;
    std::vector<Open> keep;
    for (const Open& o : stack) {
      const MarkInfo& m = marks[o.mark];
      const auto fam = static_cast<std::size_t>(m.family);
      bool runs_over = false, reopens = false;
      if (next_exists && next_first < marks.size() && paragraph[marks[next_first].token] == p + 1) {
        // The next paragraph's first mark of this family.
        std::size_t k = next_first;
        while (k < marks.size() && paragraph[marks[k].token] == p + 1 && marks[k].family != m.family) ++k;
        if (k < marks.size() && paragraph[marks[k].token] == p + 1) {
          const MarkInfo& n = marks[k];
          if (n.token == para_first(p + 1) &&
              (n.glyph == MarkGlyph::kOpen ||
               (n.glyph == MarkGlyph::kSymmetric && !n.attach.ClearClose()))) {
            reopens = true;
          } else if (remaining[k][fam] % 2 == 1 && !n.attach.ClearOpen() &&
                     n.glyph != MarkGlyph::kOpen) {
            runs_over = true;
          }
        }
      }
      if (runs_over) {
        keep.push_back(o);
        continue;
      }
      make_span(o, kNoToken, para_last(p));
      if (reopens && !spans.empty() && spans.back().open == m.token) {
        pending_continuation = m.token;
      }
    }
    stack = std::move(keep);
  };

  std::uint32_t cur_para = paragraph[marks[0].token];
  for (std::uint32_t p = 0; p < cur_para; ++p) end_paragraph(p);
  for (std::size_t k = 0; k < marks.size(); ++k) {
    const MarkInfo& m = marks[k];
    const std::uint32_t p = paragraph[m.token];
    while (cur_para < p) end_paragraph(cur_para++);
    const auto fam = static_cast<std::size_t>(m.family);
    // The innermost open mark of the same family.
    std::size_t top = stack.size();
    while (top > 0 && marks[stack[top - 1].mark].family != m.family) --top;
    bool inner_after_colon = false;
    if (top > 0) {
      bool nest = false;
      if (m.glyph == MarkGlyph::kSymmetric) {
        // A clear opening mark when the paragraph has one mark too many: the open quote was
        // never closed and this one starts an inner quote ("... "رؤية 2030").
        nest = m.attach.ClearOpen() && (1 + remaining[k][fam]) % 2 == 1;
        // Round 40: or one right after a word and a colon with two closers ahead, a quote
        // inside a quote with the same marks ("... قائلة: "لا أدري"، ثم ..."). One level only:
        // a second open quote of the family below is a stray mark more often than a third
        // quote ("وقال "الفوزان في حديثه لقناة "المجد: "...").
        if (!nest && m.attach.ClearOpen() && InnerAfterColon(toks, text, marks, paragraph, k) &&
            std::count_if(stack.begin(), stack.begin() + top,
                          [&](const Open& o) { return marks[o.mark].family == m.family; }) == 1) {
          nest = inner_after_colon = true;
        }
      } else if (m.glyph == MarkGlyph::kOpen) {
        std::size_t closers = 0;
        for (std::size_t j = k + 1; j < marks.size() && paragraph[marks[j].token] == p; ++j) {
          if (marks[j].family == m.family && marks[j].glyph == MarkGlyph::kClose) ++closers;
        }
        nest = closers >= 2;
      }
      if (!nest) {
        const Open o = stack[top - 1];
        stack.resize(top - 1);  // inner marks of other families left open are dropped
        make_span(o, m.token, m.token - 1);
        continue;
      }
    } else {
      const bool stray = m.glyph == MarkGlyph::kSymmetric ? m.attach.ClearClose()
                                                          : m.glyph == MarkGlyph::kClose && !m.attach.ClearOpen();
      if (stray) continue;
    }
    std::uint32_t cont = kNoToken;
    if (m.token == para_first(p)) cont = pending_continuation;
    pending_continuation = kNoToken;
    stack.push_back({k, cont, inner_after_colon});
  }
  while (cur_para <= last_para) end_paragraph(cur_para++);

  // Spans were made in closing order: sort by opening token, then resolve `continues`
  // (recorded as opening tokens) and `parent` (the innermost span containing each one).
  std::vector<std::size_t> order(spans.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return spans[a].open < spans[b].open; });
  std::vector<QuotedSpan> sorted;
  std::vector<std::uint32_t> cont;
  sorted.reserve(spans.size());
  for (std::size_t i : order) {
    sorted.push_back(spans[i]);
    cont.push_back(continues_open[i]);
  }
  auto index_of_open = [&](std::uint32_t open) -> std::int32_t {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), open,
                               [](const QuotedSpan& s, std::uint32_t o) { return s.open < o; });
    return it != sorted.end() && it->open == open ? static_cast<std::int32_t>(it - sorted.begin()) : -1;
  };
  std::vector<std::size_t> enclosing;  // stack of spans whose range is still open
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    QuotedSpan& s = sorted[i];
    if (cont[i] != kNoToken) s.continues = index_of_open(cont[i]);
    while (!enclosing.empty() && sorted[enclosing.back()].end <= s.open) enclosing.pop_back();
    if (!enclosing.empty()) s.parent = static_cast<std::int32_t>(enclosing.back());
    enclosing.push_back(i);
  }
  return sorted;
}

}  // namespace marsad::quotes
