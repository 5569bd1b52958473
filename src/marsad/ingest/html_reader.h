// Reading an HTML article page with gumbo (an HTML5 parser that accepts any input): title,
// date, author, outlet and URL from the meta tags, and the main text from the article body,
// leaving out navigation, comment forms, share widgets, scripts and styles.
#ifndef MARSAD_INGEST_HTML_READER_H_
#define MARSAD_INGEST_HTML_READER_H_

#include <string>
#include <string_view>

#include "marsad/base/status.h"
#include "marsad/ingest/article.h"

namespace marsad::ingest {

// Fills out->doc (title, text, source, url, author, raw) and out->date_text from a page.
// The body is the page's <article> (or itemprop=articleBody, or a container whose class
// names an article body), else the element holding the most paragraph text. Paragraphs
// and other blocks become lines. InvalidArgument when no text is found or the input is not
// valid UTF-8. Thread-safe.
Status ParseHtmlArticle(std::string_view html, Article* out);

// The visible text of an HTML fragment (a feed item's description), blocks as lines,
// scripts and styles dropped. Thread-safe.
std::string HtmlFragmentToText(std::string_view html);

}  // namespace marsad::ingest

#endif  // MARSAD_INGEST_HTML_READER_H_
