// JsonReader and FieldMap; see json_reader.h.
#include "marsad/ingest/json_reader.h"

#include <simdjson.h>

#include <limits>

static_assert(marsad::ingest::kJsonPadding >= simdjson::SIMDJSON_PADDING);

namespace marsad::ingest {
namespace {

namespace dom = simdjson::dom;

constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::kCount);

Status JsonError(simdjson::error_code e) {
  switch (e) {
    case simdjson::UTF8_ERROR:
      return Status::InvalidArgument("invalid UTF-8 in JSON");
    case simdjson::INCORRECT_TYPE:
      return Status::InvalidArgument("not a JSON object");
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::UNCLOSED_STRING:
      return Status::InvalidArgument(std::string("truncated or malformed JSON (") +
                                     simdjson::error_message(e) + ")");
    default:
      return Status::InvalidArgument(std::string("malformed JSON (") + simdjson::error_message(e) + ")");
  }
}

// The text of a scalar value: strings as they are, numbers and booleans as JSON writes
// them, null empty. False for objects and arrays.
bool ScalarText(dom::element v, std::string* out) {
  switch (v.type()) {
    case dom::element_type::STRING:
      out->assign(std::string_view(v.get_string().value_unsafe()));
      return true;
    case dom::element_type::INT64:
      *out = std::to_string(v.get_int64().value_unsafe());
      return true;
    case dom::element_type::UINT64:
      *out = std::to_string(v.get_uint64().value_unsafe());
      return true;
    case dom::element_type::DOUBLE:
    case dom::element_type::BOOL:
      *out = simdjson::minify(v);
      return true;
    case dom::element_type::NULL_VALUE:
      out->clear();
      return true;
    default:
      return false;
  }
}

std::string* Slot(Article* a, Field f) {
  switch (f) {
    case Field::kId: return &a->doc.id;
    case Field::kTitle: return &a->doc.title;
    case Field::kText: return &a->doc.text;
    case Field::kDate: return &a->date_text;
    case Field::kSource: return &a->doc.source;
    case Field::kUrl: return &a->doc.url;
    case Field::kAuthor: return &a->doc.author;
    case Field::kCategory: return &a->doc.category;
    case Field::kCount: break;
  }
  return nullptr;
}

void FillArticle(dom::object obj, const FieldMap& map, Article* out) {
  std::array<std::size_t, kFieldCount> best;
  best.fill(std::numeric_limits<std::size_t>::max());
  std::string value;
  for (dom::key_value_pair field : obj) {
    Field f;
    std::size_t rank = 0;
    if (!map.Lookup(field.key, &f, &rank) || rank >= best[static_cast<std::size_t>(f)]) continue;
    if (!ScalarText(field.value, &value)) continue;
    best[static_cast<std::size_t>(f)] = rank;
    if (std::string* slot = Slot(out, f); slot != nullptr) slot->swap(value);
  }
}

}  // namespace

std::string_view FieldName(Field f) {
  static constexpr std::string_view kNames[] = {"id",     "title", "text",   "date",
                                                "source", "url",   "author", "category"};
  return f == Field::kCount ? "?" : kNames[static_cast<std::size_t>(f)];
}

FieldMap FieldMap::Default() {
  FieldMap m;
  m.keys_[static_cast<std::size_t>(Field::kId)] = {"id", "docno", "_id", "guid"};
  m.keys_[static_cast<std::size_t>(Field::kTitle)] = {"title", "headline"};
  m.keys_[static_cast<std::size_t>(Field::kText)] = {"text", "content", "body", "article"};
  m.keys_[static_cast<std::size_t>(Field::kDate)] = {"date",    "time",           "published",
                                                     "pubDate", "date_extracted", "datetime"};
  m.keys_[static_cast<std::size_t>(Field::kSource)] = {"source", "src", "outlet", "site"};
  m.keys_[static_cast<std::size_t>(Field::kUrl)] = {"url", "link"};
  m.keys_[static_cast<std::size_t>(Field::kAuthor)] = {"author", "byline", "creator"};
  m.keys_[static_cast<std::size_t>(Field::kCategory)] = {"category", "section", "cat"};
  return m;
}

Result<FieldMap> FieldMap::Parse(std::string_view spec) {
  FieldMap m = Default();
  while (!spec.empty()) {
    const std::size_t comma = spec.find(',');
    std::string_view entry = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    const std::size_t eq = entry.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == entry.size()) {
      return Status::InvalidArgument("field map entry '" + std::string(entry) +
                                     "' is not FIELD=KEY (e.g. text=body)");
    }
    const std::string_view name = entry.substr(0, eq);
    bool found = false;
    for (std::size_t i = 0; i < kFieldCount; ++i) {
      if (FieldName(static_cast<Field>(i)) == name) {
        m.keys_[i] = {std::string(entry.substr(eq + 1))};
        found = true;
      }
    }
    if (!found) {
      return Status::InvalidArgument("unknown field '" + std::string(name) +
                                     "' in field map (fields: id, title, text, date, source, url, "
                                     "author, category)");
    }
  }
  return m;
}

bool FieldMap::Lookup(std::string_view key, Field* field, std::size_t* rank) const {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    const auto& keys = keys_[i];
    for (std::size_t r = 0; r < keys.size(); ++r) {
      if (keys[r] == key) {
        *field = static_cast<Field>(i);
        *rank = r;
        return true;
      }
    }
  }
  return false;
}

struct JsonReader::Impl {
  FieldMap fields;
  dom::parser parser;
};

JsonReader::JsonReader(FieldMap fields) : impl_(std::make_unique<Impl>()) {
  impl_->fields = std::move(fields);
}
JsonReader::~JsonReader() = default;

Status JsonReader::ParseObject(std::string_view json, Article* out) {
  dom::element doc;
  // realloc_if_needed=false: the caller guarantees kJsonPadding readable bytes after `json`.
  if (auto e = impl_->parser.parse(json.data(), json.size(), false).get(doc)) return JsonError(e);
  dom::object obj;
  if (auto e = doc.get_object().get(obj)) return JsonError(e);
  FillArticle(obj, impl_->fields, out);
  out->doc.raw.assign(json);
  return Status::Ok();
}

Status JsonReader::ParseArray(std::string_view json, std::vector<Article>* out,
                              std::vector<std::pair<std::size_t, std::string>>* errors) {
  dom::element doc;
  if (auto e = impl_->parser.parse(json.data(), json.size(), false).get(doc)) return JsonError(e);
  dom::array array;
  if (doc.get_array().get(array)) {
    return Status::InvalidArgument("not a JSON array of articles");
  }
  std::size_t n = 0;
  for (dom::element element : array) {
    ++n;
    dom::object obj;
    if (element.get_object().get(obj)) {
      errors->emplace_back(n, "not a JSON object");
      continue;
    }
    Article a;
    a.line = n;
    FillArticle(obj, impl_->fields, &a);
    a.doc.raw = simdjson::minify(element);
    out->push_back(std::move(a));
  }
  return Status::Ok();
}

}  // namespace marsad::ingest
