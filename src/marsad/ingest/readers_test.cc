// Tests of format detection and the text, JSON, HTML and feed readers: tables of inputs
// and the fields expected from them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "marsad/ingest/feed_reader.h"
#include "marsad/ingest/format.h"
#include "marsad/ingest/html_reader.h"
#include "marsad/ingest/json_reader.h"
#include "marsad/ingest/text_reader.h"

namespace marsad::ingest {
namespace {

// simdjson may read kJsonPadding bytes past a JSON text: tests pad their inputs.
std::string Pad(std::string s) {
  s.append(kJsonPadding, ' ');
  return s;
}

TEST(FormatTest, ByContentThenExtension) {
  struct Case {
    const char* name;
    std::string data;
    const char* want;
  };
  const Case cases[] = {
      {"a.txt", "{\"id\": 1}", "JSON lines"},
      {"a.json", "\xEF\xBB\xBF  [{\"id\": 1}]", "JSON array"},
      {"page", "<!DOCTYPE html><html><body>x</body></html>", "HTML"},
      {"feed.txt", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>", "feed"},
      {"atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "feed"},
      {"x.bin", std::string("PK\x03\x04rest", 8), "zip"},
      {"a.jsonl", "not json at all", "JSON lines"},
      {"a.htm", "just words", "HTML"},
      {"a.rss", "words", "feed"},
      {"a.txt", "عنوان\nنص", "text"},
  };
  for (const Case& c : cases) {
    auto f = DetectFormat(c.name, c.data);
    ASSERT_TRUE(f.ok()) << c.name << ": " << f.status().ToString();
    EXPECT_EQ(FormatName(*f), c.want) << c.name;
  }
  EXPECT_NE(DetectFormat("a.txt", std::string("ab\0cd", 5)).status().message().find("binary file"),
            std::string::npos);
  EXPECT_NE(DetectFormat("a.txt", " \n\t").status().message().find("empty file"), std::string::npos);
  EXPECT_EQ(FileStem("dir/sub/000_7993930e9a8e48ad.txt"), "000_7993930e9a8e48ad");
  EXPECT_EQ(FileStem("BBC.jsonl"), "BBC");
  EXPECT_TRUE(HasInputExtension("a/B.JSONL"));
  EXPECT_FALSE(HasInputExtension("SOURCE.md"));
}

TEST(TextReaderTest, TitleIsAShortFirstLine) {
  struct Case {
    const char* in;
    const char* title;
    const char* text;
  };
  const Case cases[] = {
      {"عنوان الخبر\nنص الخبر الأول.\nسطر ثان.", "عنوان الخبر", "نص الخبر الأول.\nسطر ثان."},
      {"\n\n  عنوان  \n\nالنص", "عنوان", "\nالنص"},
      {"جملة واحدة فقط.\nوجملة أخرى.", "", "جملة واحدة فقط.\nوجملة أخرى."},  // ends with a full stop
      {"سطر وحيد", "", "سطر وحيد"},                                           // nothing follows
  };
  for (const Case& c : cases) {
    Article a;
    ASSERT_TRUE(ParseTextArticle(c.in, &a).ok()) << c.in;
    EXPECT_EQ(a.doc.title, c.title) << c.in;
    EXPECT_EQ(a.doc.text, c.text) << c.in;
    EXPECT_EQ(a.doc.raw, c.in);
  }
  Article a;
  Status s = ParseTextArticle("نص \xff مكسور", &a);
  EXPECT_EQ(s.message(), "invalid UTF-8 at byte 5");
}

TEST(JsonReaderTest, SchemasOfTheSharedCorpora) {
  struct Case {
    const char* name;
    const char* json;
    const char* want;  // id|title|text|date|source|url|author|category
  };
  const Case cases[] = {
      {"ANT multisource",
       R"({"file":"BBC/x.txt","docno":"BB-1","url":"http://b/1","source":"BBC","category":"middleEast",)"
       R"("title":"عنوان","time":"Mon, 26 Feb 2018 02:20:10 GMT","author":"","abstract":"ملخص","text":"نص\nثان"})",
       "BB-1|عنوان|نص\nثان|Mon, 26 Feb 2018 02:20:10 GMT|BBC|http://b/1||middleEast"},
      {"ANT JawharaFM",
       R"({"docno":"J-7","source":"JawharaFM","category":"sport","title":"","time":"2017-01-15T10:00:00","text":"جانفي"})",
       "J-7||جانفي|2017-01-15T10:00:00|JawharaFM|||sport"},
      {"SaudiNewsNet",
       R"({"source":"okaz","url":"http://o/2","date_extracted":"2015-07-21 12:00:00","title":"ت","author":"فلان","content":"المحتوى"})",
       "|ت|المحتوى|2015-07-21 12:00:00|okaz|http://o/2|فلان|"},
      {"numbers and escapes",
       R"({"id":42,"title":"a\"b","text":"\u0633\u0644\u0627\u0645","extra":{"nested":[1,2]},"date":null})",
       "42|a\"b|سلام|||||"},
      {"text wins over content", R"({"content":"ثاني","text":"أول"})", "||أول|||||"},
  };
  JsonReader reader;
  for (const Case& c : cases) {
    const std::string in = Pad(c.json);
    Article a;
    Status s = reader.ParseObject(std::string_view(in).substr(0, in.size() - kJsonPadding), &a);
    ASSERT_TRUE(s.ok()) << c.name << ": " << s.ToString();
    const std::string got = a.doc.id + "|" + a.doc.title + "|" + a.doc.text + "|" + a.date_text + "|" +
                            a.doc.source + "|" + a.doc.url + "|" + a.doc.author + "|" + a.doc.category;
    EXPECT_EQ(got, c.want) << c.name;
    EXPECT_EQ(a.doc.raw, c.json);
  }
}

TEST(JsonReaderTest, BadLinesAreClearErrors) {
  struct Case {
    const char* json;
    const char* want;  // substring of the message
  };
  const Case cases[] = {
      {R"({"id":"a","text":"نص)", "truncated or malformed JSON"},
      {R"({"id":"a","text":"ok"} trailing)", "JSON"},
      {R"(["not", "an", "object"])", "not a JSON object"},
      {"{\"text\":\"\xff\xfe\"}", "invalid UTF-8"},
      {"", "JSON"},
  };
  JsonReader reader;
  for (const Case& c : cases) {
    const std::string in = Pad(c.json);
    Article a;
    Status s = reader.ParseObject(std::string_view(in).substr(0, in.size() - kJsonPadding), &a);
    ASSERT_FALSE(s.ok()) << c.json;
    EXPECT_NE(s.message().find(c.want), std::string::npos) << c.json << " -> " << s.message();
  }
}

TEST(JsonReaderTest, FieldMapAndArrays) {
  auto map = FieldMap::Parse("text=body,title=headline");
  ASSERT_TRUE(map.ok());
  JsonReader reader(*map);
  const std::string in = Pad(R"({"headline":"ع","body":"ن","text":"ignored","guid":"g1"})");
  Article a;
  ASSERT_TRUE(reader.ParseObject(std::string_view(in).substr(0, in.size() - kJsonPadding), &a).ok());
  EXPECT_EQ(a.doc.title, "ع");
  EXPECT_EQ(a.doc.text, "ن");
  EXPECT_EQ(a.doc.id, "g1");
  EXPECT_FALSE(FieldMap::Parse("nope=x").ok());
  EXPECT_FALSE(FieldMap::Parse("text").ok());

  JsonReader plain;
  const std::string arr = Pad(R"([{"title":"a","content":"x"}, 5, {"title":"b","content":"y"}])");
  std::vector<Article> out;
  std::vector<std::pair<std::size_t, std::string>> errors;
  ASSERT_TRUE(plain.ParseArray(std::string_view(arr).substr(0, arr.size() - kJsonPadding), &out, &errors).ok());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].doc.title, "b");
  EXPECT_EQ(out[1].line, 3u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].first, 2u);
}

constexpr char kPage[] = R"(<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<title>لافرينتيف: الجولة المقبلة في أستانا - موقع الأخبار</title>
<meta property="og:title" content="لافرينتيف: الجولة المقبلة في أستانا">
<meta property="og:site_name" content="وكالة الأنباء">
<meta property="article:published_time" content="2017-09-15T10:30:00+03:00">
<meta name="author" content="مراسل الوكالة">
<link rel="canonical" href="https://example.org/news/1">
<script>var x = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li>الرئيسية</li><li>سياسة</li></ul></nav>
<div class="share-bar">شارك على فيسبوك</div>
<article>
<h1>لافرينتيف: الجولة المقبلة في أستانا</h1>
<div class="font-tools">+ الخط -</div>
<p>قال المبعوث الروسي ألكسندر لافرينتيف إن الجولة المقبلة ستعقد في أستانا.</p>
<p>وأضاف أن <b>الوضع</b> على الأرض أفضل.</p>
<figure><img src="x.jpg"><figcaption>لافرينتيف في أستانا</figcaption></figure>
</article>
<div id="comments"><form><textarea></textarea>اترك رد</form></div>
<footer>جميع الحقوق محفوظة</footer>
</body></html>)";

TEST(HtmlReaderTest, MetaAndArticleBody) {
  Article a;
  ASSERT_TRUE(ParseHtmlArticle(kPage, &a).ok());
  EXPECT_EQ(a.doc.title, "لافرينتيف: الجولة المقبلة في أستانا");
  EXPECT_EQ(a.doc.source, "وكالة الأنباء");
  EXPECT_EQ(a.doc.author, "مراسل الوكالة");
  EXPECT_EQ(a.doc.url, "https://example.org/news/1");
  EXPECT_EQ(a.date_text, "2017-09-15T10:30:00+03:00");
  EXPECT_EQ(a.doc.text,
            "قال المبعوث الروسي ألكسندر لافرينتيف إن الجولة المقبلة ستعقد في أستانا.\n"
            "وأضاف أن الوضع على الأرض أفضل.\n"
            "لافرينتيف في أستانا");
}

TEST(HtmlReaderTest, WithoutArticleTagAndMalformed) {
  struct Case {
    const char* html;
    const char* want;  // text, or "ERROR: <substring>"
  };
  const Case cases[] = {
      // The container with the most paragraph text wins over the sidebar.
      {"<html><body><div class=side><p>قصير</p></div><div><p>فقرة أولى طويلة من النص.</p>"
       "<p>فقرة ثانية.</p></div></body></html>",
       "فقرة أولى طويلة من النص.\nفقرة ثانية."},
      // Unclosed tags and stray end tags: gumbo repairs them.
      {"<html><body><p>أول<p>ثان</div></span><p>ثالث", "أول\nثان\nثالث"},
      {"<div itemprop=\"articleBody\">نص&nbsp;المقال &amp; المزيد</div>", "نص\xC2\xA0المقال & المزيد"},
      {"<html><body><script>x()</script></body></html>", "ERROR: no article text"},
      {"<p>\xff</p>", "ERROR: invalid UTF-8"},
  };
  for (const Case& c : cases) {
    Article a;
    Status s = ParseHtmlArticle(c.html, &a);
    const std::string want = c.want;
    if (want.rfind("ERROR: ", 0) == 0) {
      ASSERT_FALSE(s.ok()) << c.html;
      EXPECT_NE(s.message().find(want.substr(7)), std::string::npos) << s.message();
    } else {
      ASSERT_TRUE(s.ok()) << c.html << ": " << s.ToString();
      EXPECT_EQ(a.doc.text, want) << c.html;
    }
  }
  EXPECT_EQ(HtmlFragmentToText("<p>أ</p><p>ب &amp; ج</p>"), "أ\nب & ج");
  EXPECT_EQ(HtmlFragmentToText("نص بلا وسوم"), "نص بلا وسوم");
}

TEST(FeedReaderTest, Rss2AndAtom) {
  const char* rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>أخبار سانا</title>
<item><title>خبر أول</title><link>https://sana.example/1</link><guid>sana-1</guid>
<pubDate>Fri, 15 Sep 2017 10:00:00 +0300</pubDate><dc:creator>محرر</dc:creator><category>سياسة</category>
<description>&lt;p&gt;ملخص&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>]]></content:encoded></item>
<item><title>خبر ثان</title><link>https://sana.example/2</link><description>نص قصير</description></item>
</channel></rss>)";
  std::vector<Article> out;
  ASSERT_TRUE(ParseFeed(rss, &out).ok());
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].doc.id, "sana-1");
  EXPECT_EQ(out[0].doc.title, "خبر أول");
  EXPECT_EQ(out[0].doc.text, "الفقرة الأولى.\nالفقرة الثانية.");
  EXPECT_EQ(out[0].default_source, "أخبار سانا");
  EXPECT_EQ(out[0].doc.author, "محرر");
  EXPECT_EQ(out[0].doc.category, "سياسة");
  EXPECT_EQ(out[0].date_text, "Fri, 15 Sep 2017 10:00:00 +0300");
  EXPECT_NE(out[0].doc.raw.find("<guid>sana-1</guid>"), std::string::npos);
  EXPECT_EQ(out[1].doc.id, "https://sana.example/2");  // no guid: the link
  EXPECT_EQ(out[1].doc.text, "نص قصير");
  EXPECT_EQ(out[1].line, 2u);

  const char* atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>الجزيرة</title>
<entry><title>عنوان</title><id>tag:x,2017:1</id><link rel="alternate" href="https://x/1"/>
<published>2017-09-15T07:00:00Z</published><author><name>كاتب</name></author>
<summary>ملخص</summary><content type="html">&lt;p&gt;المحتوى&lt;/p&gt;</content></entry></feed>)";
  out.clear();
  ASSERT_TRUE(ParseFeed(atom, &out).ok());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].doc.id, "tag:x,2017:1");
  EXPECT_EQ(out[0].doc.url, "https://x/1");
  EXPECT_EQ(out[0].doc.text, "المحتوى");
  EXPECT_EQ(out[0].doc.author, "كاتب");
  EXPECT_EQ(out[0].default_source, "الجزيرة");
  EXPECT_EQ(out[0].date_text, "2017-09-15T07:00:00Z");
}

TEST(FeedReaderTest, MalformedAndHostileXml) {
  struct Case {
    const char* xml;
    const char* want;
  };
  const Case cases[] = {
      {"<rss><channel><item><title>x</channel></rss>", "malformed XML at line 1"},
      {"<rss><channel><item>", "malformed XML"},
      {"<html><body/></html>", "is not an RSS or Atom feed"},
      // External entities are not loaded (no XXE) and the document is still read.
      {"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
       "<rss><channel><item><title>&x;</title><description>d</description></item></channel></rss>",
       ""},
  };
  for (const Case& c : cases) {
    std::vector<Article> out;
    Status s = ParseFeed(c.xml, &out);
    if (*c.want == '\0') {
      ASSERT_TRUE(s.ok()) << s.ToString();
      ASSERT_EQ(out.size(), 1u);
      EXPECT_EQ(out[0].doc.title.find("root:"), std::string::npos);
    } else {
      ASSERT_FALSE(s.ok()) << c.xml;
      EXPECT_NE(s.message().find(c.want), std::string::npos) << s.message();
    }
  }
}

}  // namespace
}  // namespace marsad::ingest
