// ParseHtmlArticle, HtmlFragmentToText; see html_reader.h.
#include "marsad/ingest/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <vector>

#include "marsad/text/utf8.h"

namespace marsad::ingest {
namespace {

struct OutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};
using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

// Class or id words that mark page furniture rather than article text.
constexpr std::array<std::string_view, 24> kFurniture = {
    "share",   "social",    "comment",  "related",  "widget",     "breadcrumb",
    "menu",    "navbar",    "sidebar",  "advert",   "banner",     "newsletter",
    "subscribe", "print",   "font",     "toolbar",  "tags",       "footer",
    "header",  "cookie",    "popup",    "promo",    "most-read",  "sharing"};

// Class or id words that mark the article body.
constexpr std::array<std::string_view, 9> kBodyMarks = {
    "article-body", "articlebody", "article-content", "entry-content", "post-content",
    "story-body",   "article-text", "news-body",      "field-body"};

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// True when the element's class or id names page furniture (share bars, comments, ...).
bool IsFurniture(const GumboElement& e) {
  const std::string cls = Lower(Attr(e, "class")) + " " + Lower(Attr(e, "id")) + " " +
                          Lower(Attr(e, "role"));
  if (cls.size() <= 2) return false;
  if (cls.find("navigation") != std::string::npos) return true;
  for (std::string_view w : kFurniture) {
    if (cls.find(w) != std::string::npos) return true;
  }
  return Attr(e, "aria-hidden") == "true";
}

bool IsBodyMark(const GumboElement& e) {
  if (Attr(e, "itemprop") == "articleBody") return true;
  const std::string cls = Lower(Attr(e, "class")) + " " + Lower(Attr(e, "id"));
  for (std::string_view w : kBodyMarks) {
    if (cls.find(w) != std::string::npos) return true;
  }
  return false;
}

// Appends visible text, collapsing white space; blocks end lines.
class TextCollector {
 public:
  void Text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pending_space_ = !line_.empty();
      } else {
        if (pending_space_) line_.push_back(' ');
        pending_space_ = false;
        line_.push_back(c);
      }
    }
  }
  void Break() {
    // A non-breaking space alone is not text.
    if (!line_.empty() && line_ != "\xC2\xA0") {
      if (!out_.empty()) out_.push_back('\n');
      out_ += line_;
    }
    line_.clear();
    pending_space_ = false;
  }
  std::string Finish() {
    Break();
    // gumbo decodes character references such as &#xD800; into bytes that are not valid
    // UTF-8: the stored text must be.
    if (text::FindInvalidUtf8(out_) != std::string::npos) return text::ReplaceInvalidUtf8(out_);
    return std::move(out_);
  }

 private:
  std::string out_;
  std::string line_;
  bool pending_space_ = false;
};

void Collect(const GumboNode* node, TextCollector* out, int depth) {
  if (depth > 400) return;  // gumbo's tree can be very deep on hostile input
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
      out->Text(node->v.text.text);
      return;
    case GUMBO_NODE_WHITESPACE:
      out->Text(" ");
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      const GumboElement& e = node->v.element;
      // The chosen root (depth 0) is kept even when its class names mention furniture.
      if (IsSkippedTag(e.tag) || (depth > 0 && IsFurniture(e))) return;
      const bool block = IsBlockTag(e.tag);
      if (block) out->Break();
      for (unsigned i = 0; i < e.children.length; ++i) {
        Collect(static_cast<const GumboNode*>(e.children.data[i]), out, depth + 1);
      }
      if (block) out->Break();
      return;
    }
    default:
      return;
  }
}

std::size_t TextLength(const GumboNode* node, int depth) {
  if (depth > 400) return 0;
  if (node->type == GUMBO_NODE_TEXT) return std::string_view(node->v.text.text).size();
  if (node->type != GUMBO_NODE_ELEMENT) return 0;
  const GumboElement& e = node->v.element;
  if (IsSkippedTag(e.tag) || IsFurniture(e)) return 0;
  std::size_t n = 0;
  for (unsigned i = 0; i < e.children.length; ++i) {
    n += TextLength(static_cast<const GumboNode*>(e.children.data[i]), depth + 1);
  }
  return n;
}

struct PageInfo {
  std::string title_tag, h1;
  std::string meta_title, meta_date, meta_author, meta_site, meta_url, canonical, time_datetime;
  std::vector<const GumboNode*> articles;   // <article> elements
  std::vector<const GumboNode*> body_marks; // itemprop=articleBody or class names
  const GumboNode* body = nullptr;
  // Parents of <p> elements with the paragraph text they hold.
  std::vector<std::pair<const GumboNode*, std::size_t>> paragraph_parents;
};

void SetOnce(std::string* slot, std::string_view v) {
  if (slot->empty()) slot->assign(v);
}

void Scan(const GumboNode* node, PageInfo* info, int depth) {
  if (depth > 400 || node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = node->v.element;
  switch (e.tag) {
    case GUMBO_TAG_TITLE: {
      // <title> is in <head>, which Collect skips: read its text child directly.
      if (e.children.length > 0) {
        const auto* child = static_cast<const GumboNode*>(e.children.data[0]);
        if (child->type == GUMBO_NODE_TEXT) SetOnce(&info->title_tag, child->v.text.text);
      }
      return;
    }
    case GUMBO_TAG_META: {
      const std::string key = Lower(!Attr(e, "property").empty() ? Attr(e, "property")
                                    : !Attr(e, "name").empty()   ? Attr(e, "name")
                                                                 : Attr(e, "itemprop"));
      const std::string_view content = Attr(e, "content");
      if (content.empty()) return;
      if (key == "og:title" || key == "twitter:title") SetOnce(&info->meta_title, content);
      if (key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
          key == "publishdate" || key == "date" || key == "dc.date.issued" || key == "dc.date" ||
          key == "og:published_time" || key == "sailthru.date") {
        SetOnce(&info->meta_date, content);
      }
      if (key == "author" || key == "article:author" || key == "dc.creator" || key == "byl") {
        SetOnce(&info->meta_author, content);
      }
      if (key == "og:site_name" || key == "application-name") SetOnce(&info->meta_site, content);
      if (key == "og:url") SetOnce(&info->meta_url, content);
      return;
    }
    case GUMBO_TAG_LINK:
      if (Lower(Attr(e, "rel")) == "canonical") SetOnce(&info->canonical, Attr(e, "href"));
      return;
    case GUMBO_TAG_TIME:
      SetOnce(&info->time_datetime, Attr(e, "datetime"));
      break;
    case GUMBO_TAG_BODY:
      info->body = node;
      break;
    case GUMBO_TAG_ARTICLE:
      info->articles.push_back(node);
      break;
    case GUMBO_TAG_H1:
      if (info->h1.empty()) {
        TextCollector c;
        Collect(node, &c, 0);
        info->h1 = c.Finish();
      }
      break;
    case GUMBO_TAG_P:
      if (node->parent != nullptr && node->parent->type == GUMBO_NODE_ELEMENT) {
        const std::size_t n = TextLength(node, 0);
        auto& pp = info->paragraph_parents;
        auto it = std::find_if(pp.begin(), pp.end(), [&](const auto& x) { return x.first == node->parent; });
        if (it == pp.end()) {
          pp.emplace_back(node->parent, n);
        } else {
          it->second += n;
        }
      }
      break;
    default:
      break;
  }
  if (IsSkippedTag(e.tag) && e.tag != GUMBO_TAG_HEAD) return;
  if (IsBodyMark(e)) info->body_marks.push_back(node);
  for (unsigned i = 0; i < e.children.length; ++i) {
    Scan(static_cast<const GumboNode*>(e.children.data[i]), info, depth + 1);
  }
}

const GumboNode* Largest(const std::vector<const GumboNode*>& nodes) {
  const GumboNode* best = nullptr;
  std::size_t best_len = 0;
  for (const GumboNode* n : nodes) {
    const std::size_t len = TextLength(n, 0);
    if (len > best_len) {
      best = n;
      best_len = len;
    }
  }
  return best;
}

std::string_view TrimView(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// Drops leading lines of `text` equal to the title (pages repeat their <h1> in the body).
std::string DropTitleLines(std::string text, std::string_view title) {
  if (title.empty()) return text;
  while (true) {
    const std::size_t nl = text.find('\n');
    if (TrimView(std::string_view(text).substr(0, nl)) != title) break;
    text.erase(0, nl == std::string::npos ? text.size() : nl + 1);
  }
  return text;
}

}  // namespace

Status ParseHtmlArticle(std::string_view html, Article* out) {
  if (const std::size_t bad = text::FindInvalidUtf8(html); bad != std::string_view::npos) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  OutputPtr doc(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (doc == nullptr) return Status::InvalidArgument("the HTML parser gave up on this page");
  PageInfo info;
  Scan(doc->root, &info, 0);

  const GumboNode* root = Largest(info.body_marks);
  if (root == nullptr) root = Largest(info.articles);
  if (root == nullptr) {
    // The container holding the most paragraph text.
    std::size_t best = 0;
    for (const auto& [node, len] : info.paragraph_parents) {
      if (len > best) {
        best = len;
        root = node;
      }
    }
  }
  if (root == nullptr) root = info.body;
  if (root == nullptr) root = doc->root;

  Article& a = *out;
  a.doc.title = std::string(TrimView(!info.meta_title.empty() ? info.meta_title
                                     : !info.h1.empty()       ? info.h1
                                                              : info.title_tag));
  TextCollector c;
  Collect(root, &c, 0);
  a.doc.text = DropTitleLines(c.Finish(), a.doc.title);
  if (TrimView(a.doc.text).empty()) return Status::InvalidArgument("no article text found in the page");
  a.doc.url = !info.meta_url.empty() ? info.meta_url : info.canonical;
  a.doc.author = std::string(TrimView(info.meta_author));
  a.doc.source = std::string(TrimView(info.meta_site));
  a.date_text = !info.meta_date.empty() ? info.meta_date : info.time_datetime;
  a.doc.raw.assign(html);
  return Status::Ok();
}

std::string HtmlFragmentToText(std::string_view html) {
  if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos) {
    return text::ReplaceInvalidUtf8(TrimView(html));
  }
  const std::string fixed = text::ReplaceInvalidUtf8(html);
  OutputPtr doc(gumbo_parse_with_options(&kGumboDefaultOptions, fixed.data(), fixed.size()));
  if (doc == nullptr) return {};
  TextCollector c;
  const GumboNode* root = doc->root;
  // The fragment's text lives in <body>.
  for (unsigned i = 0; i < root->v.element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(root->v.element.children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY) root = child;
  }
  Collect(root, &c, 0);
  return c.Finish();
}

}  // namespace marsad::ingest
