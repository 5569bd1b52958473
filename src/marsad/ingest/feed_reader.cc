// ParseFeed; see feed_reader.h.
#include "marsad/ingest/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>
#include <string>

#include "marsad/ingest/html_reader.h"

namespace marsad::ingest {
namespace {

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtDeleter {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};
struct BufferDeleter {
  void operator()(xmlBuffer* b) const { xmlBufferFree(b); }
};

std::string_view Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string_view Prefix(const xmlNode* n) {
  return n->ns != nullptr && n->ns->prefix != nullptr ? reinterpret_cast<const char*>(n->ns->prefix)
                                                      : std::string_view();
}

std::string Content(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string s = c == nullptr ? std::string() : reinterpret_cast<const char*>(c);
  xmlFree(c);
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string AttrOf(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = v == nullptr ? std::string() : reinterpret_cast<const char*>(v);
  xmlFree(v);
  return s;
}

bool IsItem(const xmlNode* n) {
  return n->type == XML_ELEMENT_NODE && (Name(n) == "item" || Name(n) == "entry");
}

// Collects item/entry elements (RSS 2.0 nests them in <channel>, RSS 1.0 beside it).
void FindItems(const xmlNode* n, std::vector<const xmlNode*>* items, int depth) {
  for (const xmlNode* c = n; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (IsItem(c)) {
      items->push_back(c);
    } else if (depth < 4) {
      FindItems(c->children, items, depth + 1);
    }
  }
}

// The feed's own title: <channel><title> or <feed><title>.
std::string FeedTitle(const xmlNode* root) {
  for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (Name(c) == "title") return Content(c);
    if (Name(c) == "channel") return FeedTitle(c);
  }
  return {};
}

Article ReadItem(xmlDoc* doc, const xmlNode* item, const std::string& feed_title) {
  Article a;
  std::string content, description, guid, atom_id, link;
  for (const xmlNode* c = item->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(c);
    const std::string_view prefix = Prefix(c);
    if (name == "title" && prefix.empty()) {
      a.doc.title = HtmlFragmentToText(Content(c));
    } else if (name == "link") {
      std::string href = AttrOf(c, "href");
      const std::string rel = AttrOf(c, "rel");
      if (href.empty()) href = Content(c);
      if (link.empty() || rel == "alternate") link = href;
    } else if (name == "encoded" || (name == "content" && prefix.empty())) {
      content = Content(c);
    } else if (name == "description" || name == "summary") {
      description = Content(c);
    } else if (name == "pubDate" || name == "published" || (name == "date" && prefix == "dc")) {
      a.date_text = Content(c);
    } else if (name == "updated" && a.date_text.empty()) {
      a.date_text = Content(c);
    } else if (name == "author" || name == "creator") {
      // Atom: <author><name>..</name></author>; RSS: text.
      const xmlNode* n = c->children;
      while (n != nullptr && !(n->type == XML_ELEMENT_NODE && Name(n) == "name")) n = n->next;
      if (a.doc.author.empty()) a.doc.author = Content(n != nullptr ? n : c);
    } else if (name == "category") {
      if (a.doc.category.empty()) {
        a.doc.category = AttrOf(c, "term");
        if (a.doc.category.empty()) a.doc.category = Content(c);
      }
    } else if (name == "guid") {
      guid = Content(c);
    } else if (name == "id") {
      atom_id = Content(c);
    } else if (name == "source") {
      a.doc.source = Content(c);
    }
  }
  a.doc.text = HtmlFragmentToText(!content.empty() ? content : description);
  a.doc.url = link;
  a.doc.id = !guid.empty() ? guid : !atom_id.empty() ? atom_id : link;
  a.default_source = feed_title;
  std::unique_ptr<xmlBuffer, BufferDeleter> buf(xmlBufferCreate());
  if (buf != nullptr && xmlNodeDump(buf.get(), doc, const_cast<xmlNode*>(item), 0, 0) >= 0) {
    a.doc.raw.assign(reinterpret_cast<const char*>(xmlBufferContent(buf.get())),
                     static_cast<std::size_t>(xmlBufferLength(buf.get())));
  }
  return a;
}

}  // namespace

Status ParseFeed(std::string_view xml, std::vector<Article>* out) {
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) return Status::InvalidArgument("feed larger than 2 GiB");
  std::unique_ptr<xmlParserCtxt, CtxtDeleter> ctxt(xmlNewParserCtxt());
  if (ctxt == nullptr) return Status::IOError("cannot create an XML parser");
  // No network, no external DTD, no entity substitution (XXE); libxml2's own limits guard
  // against entity expansion bombs (XML_PARSE_HUGE is not set).
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  std::unique_ptr<xmlDoc, DocDeleter> doc(
      xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8", options));
  if (doc == nullptr || !ctxt->wellFormed) {
    const xmlError* e = xmlCtxtGetLastError(ctxt.get());
    std::string msg = "malformed XML";
    if (e != nullptr) {
      msg += " at line " + std::to_string(e->line);
      if (e->message != nullptr) {
        std::string m = e->message;
        while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
        msg += ": " + m;
      }
    }
    return Status::InvalidArgument(msg);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return Status::InvalidArgument("empty XML document");
  const std::string_view root_name = Name(root);
  if (root_name != "rss" && root_name != "feed" && root_name != "RDF") {
    return Status::InvalidArgument("XML root <" + std::string(root_name) +
                                   "> is not an RSS or Atom feed");
  }
  std::vector<const xmlNode*> items;
  FindItems(root->children, &items, 0);
  const std::string title = FeedTitle(root);
  for (std::size_t i = 0; i < items.size(); ++i) {
    Article a = ReadItem(doc.get(), items[i], title);
    a.line = i + 1;
    out->push_back(std::move(a));
  }
  return Status::Ok();
}

}  // namespace marsad::ingest
