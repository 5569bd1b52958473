// InputWalker and ParseItem; see source.h.
#include "marsad/ingest/source.h"

#include <cstdio>

#include "marsad/ingest/feed_reader.h"
#include "marsad/ingest/html_reader.h"
#include "marsad/ingest/text_reader.h"

namespace marsad::ingest {
namespace {

std::shared_ptr<std::string> Padded(std::string bytes) {
  auto b = std::make_shared<std::string>(std::move(bytes));
  b->append(kJsonPadding, ' ');
  return b;
}

std::string_view Unpadded(const std::string& b) { return std::string_view(b).substr(0, b.size() - kJsonPadding); }

std::string Mib(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

InputWalker::InputWalker(io::Env* env, std::vector<std::string> paths, SourceOptions options)
    : env_(env), options_(options), paths_(paths.begin(), paths.end()) {}

void InputWalker::Queue(std::shared_ptr<const void> buffer, std::string_view bytes,
                        const std::string& path, Format format, bool in_archive,
                        std::vector<ItemError>* errors) {
  if (format == Format::kJsonLines) {
    if (!lines_rest_.empty()) {
      // A JSONL entry while another is being split (several in one archive): queue it whole
      // as lines now; archives are bounded by ZipLimits.
      std::size_t no = 0;
      while (!bytes.empty()) {
        const std::size_t nl = bytes.find('\n');
        const std::string_view line = bytes.substr(0, nl);
        bytes = nl == std::string_view::npos ? std::string_view() : bytes.substr(nl + 1);
        ++no;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        ready_.push_back({buffer, line, path, no, Format::kJsonLines});
      }
      return;
    }
    lines_buffer_ = std::move(buffer);
    lines_rest_ = bytes;
    lines_path_ = path;
    lines_no_ = 0;
    return;
  }
  if (format == Format::kZip) {
    if (in_archive) {
      errors->push_back({path, 0, "nested archive not supported"});
      return;
    }
    Status s = ReadZip(
        bytes, options_.zip,
        [&](std::string_view name, std::string entry) {
          if (!HasInputExtension(name)) return;  // README, images, ...
          const std::string entry_path = path + "/" + std::string(name);
          auto fmt = DetectFormat(name, entry);
          if (!fmt.ok()) {
            errors->push_back({entry_path, 0, fmt.status().message()});
            return;
          }
          auto b = Padded(std::move(entry));
          Queue(b, Unpadded(*b), entry_path, *fmt, true, errors);
        },
        [&](std::string_view name, std::string_view error) {
          errors->push_back({path + "/" + std::string(name), 0, std::string(error)});
        });
    if (!s.ok()) errors->push_back({path, 0, s.message()});
    return;
  }
  ready_.push_back({std::move(buffer), bytes, path, 0, format});
}

void InputWalker::Open(const std::string& path, std::vector<ItemError>* errors) {
  std::string content;
  if (path == "-") {
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
      content.append(buf, n);
      if (content.size() > options_.max_file_bytes) {
        errors->push_back({"<stdin>", 0, "input is larger than the limit of " + Mib(options_.max_file_bytes)});
        return;
      }
    }
    bytes_read_ += content.size();
    if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
      errors->push_back({"<stdin>", 0, "empty input, nothing to ingest"});
      return;
    }
    auto b = Padded(std::move(content));
    Queue(b, Unpadded(*b), "<stdin>", Format::kJsonLines, false, errors);
    return;
  }
  if (env_->IsDirectory(path)) {
    auto names = env_->ListDir(path);
    if (!names.ok()) {
      errors->push_back({path, 0, names.status().message()});
      return;
    }
    // Depth-first, in name order: the folder's entries go before the remaining paths.
    std::string prefix = path;
    if (prefix.empty() || prefix.back() != '/') prefix.push_back('/');
    for (auto it = names->rbegin(); it != names->rend(); ++it) {
      if (!it->empty() && it->front() == '.') continue;  // hidden files, .git
      const std::string child = prefix + *it;
      // Only files of an input format (README.md, SOURCE.md, images are not articles).
      if (!HasInputExtension(*it) && !env_->IsDirectory(child)) continue;
      paths_.push_front(child);
    }
    return;
  }
  // Read with the parser's padding after the bytes: no second copy to append it.
  auto r = env_->ReadFilePadded(path, options_.max_file_bytes, kJsonPadding);
  if (!r.ok()) {
    errors->push_back({path, 0, r.status().message()});
    return;
  }
  std::shared_ptr<const io::ReadOnlyFile> file = std::move(r).value();
  const std::string_view bytes = file->data();
  bytes_read_ += bytes.size();
  auto fmt = DetectFormat(path, bytes);
  if (!fmt.ok()) {
    errors->push_back({path, 0, fmt.status().message()});
    return;
  }
  Queue(std::move(file), bytes, path, *fmt, false, errors);
}

bool InputWalker::Next(std::size_t max, std::vector<Item>* items, std::vector<ItemError>* errors) {
  std::size_t added = 0;
  while (added < max) {
    if (!ready_.empty()) {
      items->push_back(std::move(ready_.front()));
      ready_.pop_front();
      ++added;
      continue;
    }
    if (!lines_rest_.empty()) {
      while (added < max && !lines_rest_.empty()) {
        const std::size_t nl = lines_rest_.find('\n');
        const std::string_view line = lines_rest_.substr(0, nl);
        lines_rest_ = nl == std::string_view::npos ? std::string_view() : lines_rest_.substr(nl + 1);
        ++lines_no_;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        items->push_back({lines_buffer_, line, lines_path_, lines_no_, Format::kJsonLines});
        ++added;
      }
      if (lines_rest_.empty()) lines_buffer_.reset();
      continue;
    }
    if (paths_.empty()) break;
    std::string path = std::move(paths_.front());
    paths_.pop_front();
    Open(path, errors);
  }
  return added > 0;
}

void ParseItem(const Item& item, const SourceOptions& options, JsonReader* json, std::vector<Article>* out,
               std::vector<ItemError>* errors) {
  const std::string stem(FileStem(item.path));
  if (item.bytes.size() > options.max_article_bytes && item.format != Format::kJsonArray &&
      item.format != Format::kFeed) {
    errors->push_back({item.path, item.line,
                       "article of " + std::to_string(item.bytes.size()) + " bytes is larger than the limit of " +
                           Mib(options.max_article_bytes)});
    return;
  }
  auto numbered = [&](std::size_t n) { return stem + "-" + std::to_string(n); };
  switch (item.format) {
    case Format::kJsonLines: {
      Article a;
      Status s = json->ParseObject(item.bytes, &a);
      if (!s.ok()) {
        errors->push_back({item.path, item.line, s.message()});
        return;
      }
      if (a.doc.id.empty()) a.doc.id = numbered(item.line);
      a.path = item.path;
      a.line = item.line;
      out->push_back(std::move(a));
      return;
    }
    case Format::kJsonArray: {
      std::vector<std::pair<std::size_t, std::string>> errs;
      const std::size_t first = out->size();
      Status s = json->ParseArray(item.bytes, out, &errs);
      for (auto& [n, e] : errs) errors->push_back({item.path, n, std::move(e)});
      if (!s.ok()) errors->push_back({item.path, 0, s.message()});
      for (std::size_t i = first; i < out->size(); ++i) {
        Article& a = (*out)[i];
        if (a.doc.id.empty()) a.doc.id = numbered(a.line);
        a.path = item.path;
      }
      return;
    }
    case Format::kFeed: {
      const std::size_t first = out->size();
      Status s = ParseFeed(item.bytes, out);
      if (!s.ok()) errors->push_back({item.path, 0, s.message()});
      for (std::size_t i = first; i < out->size(); ++i) {
        Article& a = (*out)[i];
        if (a.doc.id.empty()) a.doc.id = numbered(a.line);
        a.path = item.path;
      }
      return;
    }
    case Format::kHtml:
    case Format::kText: {
      Article a;
      Status s = item.format == Format::kHtml ? ParseHtmlArticle(item.bytes, &a) : ParseTextArticle(item.bytes, &a);
      if (!s.ok()) {
        errors->push_back({item.path, 0, s.message()});
        return;
      }
      a.doc.id = stem;
      a.path = item.path;
      out->push_back(std::move(a));
      return;
    }
    case Format::kZip:
      errors->push_back({item.path, 0, "nested archive not supported"});
      return;
  }
}

}  // namespace marsad::ingest
