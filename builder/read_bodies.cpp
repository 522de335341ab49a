// dataset.json and bodies.json (docs/source-format.md).
#include <algorithm>
#include <set>

#include "builder/source_context.h"
#include "core/base/dispatch_url.h"
#include "core/base/web_origin.h"
#include "core/duties/contact_formats.h"

namespace dutyatlas::builder {
namespace {

using nlohmann::json;

bool is_digits(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

void check_division_code(const JsonFields& fields, const std::string& pointer,
                         const std::string& code) {
  if (!code.empty() && !(code.size() == 6 && is_digits(code))) {
    fields.error(pointer, "\"" + code + "\" is not a 6-digit division code",
                 "行政区划代码 (GB/T 2260) has 6 digits");
  }
}

bool is_uscc(const std::string& code) {
  return code.size() == 18 && std::all_of(code.begin(), code.end(), [](char c) {
           return (c >= '0' && c <= '9') ||
                  (c >= 'A' && c <= 'Z' && std::string_view("IOZSV").find(c) == std::string_view::npos);
         });
}

std::string category_codes() {
  std::string out;
  for (const auto& c : body_categories()) {
    if (!out.empty()) out += ", ";
    out += std::string(c.code) + " (" + std::string(c.name) + ")";
  }
  return out;
}

// The site's address (base_url): http(s), a host, ending in "/" (the edition's page paths are
// appended to it), and nothing a sitemap's XML or a URL would have to escape, no query or
// fragment.
bool is_base_url(const std::string& url) {
  return is_web_address(url) && url.back() == '/' &&
         url.find_first_of("&?#") == std::string::npos;
}

// One name or short name may stand for one body only: lists name bodies by name.
void index_name(SourceContext& context, const JsonFields& fields, const std::string& name,
                const std::string& id, const std::string& pointer,
                std::map<std::string, std::string>* pointer_of_name) {
  if (name.empty()) return;
  auto [it, fresh] = context.body_by_name.emplace(name, id);
  if (fresh) {
    (*pointer_of_name)[name] = pointer;
  } else if (it->second != id) {
    const std::string& first = (*pointer_of_name)[name];
    fields.error(pointer, "\"" + name + "\" already names another body",
                 "used at " + first + " (line " + std::to_string(fields.line_of(first)) +
                     "); lists name bodies by name, so names must be unique");
  }
}

// embed_origins: the portals allowed to embed the viewer (docs/embedding.md). Each must be an
// origin exactly as the browser spells it, since the viewer compares them as strings.
void read_embed_origins(SourceContext& context, const JsonFields& fields, const json& root) {
  auto list = root.find("embed_origins");
  if (list == root.end()) return;
  if (!list->is_array()) {
    return fields.error("/embed_origins", "must be a list of origins",
                        "[\"https://12345.example.gov.cn\"]: scheme and host (and port), no path");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    std::string pointer = "/embed_origins/" + std::to_string(i);
    const json& item = (*list)[i];
    if (!item.is_string()) {
      fields.error(pointer, "must be a string");
      continue;
    }
    std::string origin = item.get<std::string>();
    std::string problem = web_origin_problem(origin);
    if (!problem.empty()) {
      fields.error(pointer, "\"" + origin + "\" " + problem,
                   "an origin is scheme and host (and port), as the portal's address bar shows it: "
                   "\"https://12345.example.gov.cn\"");
    } else if (!seen.insert(origin).second) {
      fields.error(pointer, "\"" + origin + "\" is listed twice");
    } else {
      context.embed_origins.push_back(origin);
    }
  }
}

// "sheets": {"lists/powers.xlsx": ["行政许可", "行政处罚"]} — which sheets of a workbook hold
// its list, where others hold notes (without it every sheet with text is read).
void read_xlsx_sheets(SourceContext& context, const JsonFields& fields, const json& root) {
  auto sheets = root.find("sheets");
  if (sheets == root.end()) return;
  const std::string hint = "{\"lists/powers.xlsx\": [\"行政许可\", \"行政处罚\"]}: a workbook and its sheets' names";
  if (!sheets->is_object()) return fields.error("/sheets", "must be an object", hint);
  for (const auto& [file, names] : sheets->items()) {
    const std::string pointer = "/sheets/" + json_pointer_escape(file);
    if (file.size() < 6 || file.compare(file.size() - 5, 5, ".xlsx") != 0) {
      fields.error(pointer, "\"" + file + "\" is not an .xlsx file of the source folder", hint);
      continue;
    }
    bool ok = names.is_array() && !names.empty();
    for (const auto& n : names) ok = ok && n.is_string() && !n.get<std::string>().empty();
    if (!ok) {
      fields.error(pointer, "must be a list of sheet names", hint);
      continue;
    }
    context.xlsx_sheets[file] = names.get<std::vector<std::string>>();
  }
}

// lists_published: when each CSV list was last published, {"powers": "2025-03-01", …}; a task
// list's date is its own `published` in lists/tasks.json.
void read_lists_published(SourceContext& context, const JsonFields& fields, const json& root) {
  auto dates = root.find("lists_published");
  if (dates == root.end()) return;
  if (!dates->is_object()) {
    return fields.error("/lists_published", "must be an object of list → date",
                        "{\"powers\": \"2025-03-01\", \"division\": \"2025-06-30\"}");
  }
  fields.known_keys(*dates, "/lists_published", {"powers", "responsibilities", "division"});
  for (const char* list : {"powers", "responsibilities", "division"}) {
    std::string date = fields.date(*dates, "/lists_published", list, false);
    if (!date.empty()) context.dataset.lists_published[list] = date;
  }
}

}  // namespace

void read_dataset_file(SourceContext& context) {
  auto file = load_json_file(context.dir, "dataset.json", context.diagnostics);
  if (!file) return;
  JsonFields fields(*file, context.diagnostics);
  const json& root = file->root;
  if (!root.is_object()) return fields.error("", "must be a JSON object");
  Dataset& d = context.dataset;
  fields.known_keys(root, "", {"name", "title", "data_date", "division_code", "sample", "base_url",
                              "csv_encoding", "embed_origins", "dispatch_url", "sheets",
                              "general_lexicon", "lists_published"});
  d.name = fields.text(root, "", "name", true);
  d.title = fields.text(root, "", "title", true);
  d.data_date = fields.date(root, "", "data_date");
  d.division_code = fields.text(root, "", "division_code", true);
  check_division_code(fields, "/division_code", d.division_code);
  auto sample = root.find("sample");
  if (sample != root.end() && !sample->is_boolean()) fields.error("/sample", "must be true or false");
  d.sample = sample != root.end() && sample->is_boolean() && sample->get<bool>();
  auto lexicon = root.find("general_lexicon");
  if (lexicon != root.end() && !lexicon->is_boolean()) fields.error("/general_lexicon", "must be true or false");
  context.general_lexicon = lexicon == root.end() || !lexicon->is_boolean() || lexicon->get<bool>();
  context.base_url = fields.text(root, "", "base_url", false);
  if (!context.base_url.empty() && !is_base_url(context.base_url)) {
    fields.error("/base_url", "\"" + context.base_url + "\" is not an http(s) URL ending in \"/\"",
                 "the address of the site's root, where index.html is: \"https://duty.example.gov.cn/\"");
    context.base_url.clear();
  }
  read_embed_origins(context, fields, root);
  context.dispatch_url = fields.text(root, "", "dispatch_url", false);
  if (std::string problem = dispatch_url_problem(context.dispatch_url);
      !context.dispatch_url.empty() && !problem.empty()) {
    fields.error("/dispatch_url", "\"" + context.dispatch_url + "\" " + problem,
                 "the work system's address with placeholders after the host: " + dispatch_url_placeholders());
    context.dispatch_url.clear();
  }
  std::string encoding = fields.text(root, "", "csv_encoding", false);
  if (encoding.empty() || encoding == "auto") context.csv_encoding = CsvEncoding::kAuto;
  else if (encoding == "utf-8") context.csv_encoding = CsvEncoding::kUtf8;
  else if (encoding == "gb18030") context.csv_encoding = CsvEncoding::kGb18030;
  else fields.error("/csv_encoding", "unknown encoding \"" + encoding + "\"", "use auto, utf-8 or gb18030");
  read_xlsx_sheets(context, fields, root);
  read_lists_published(context, fields, root);
}

void read_bodies_file(SourceContext& context) {
  auto file = load_json_file(context.dir, "bodies.json", context.diagnostics);
  if (!file) return;
  JsonFields fields(*file, context.diagnostics);
  auto list = file->root.is_object() ? file->root.find("bodies") : file->root.end();
  if (list == file->root.end() || !list->is_array()) {
    return fields.error("", "must be an object with a \"bodies\" list");
  }
  fields.known_keys(file->root, "", {"bodies"});
  std::vector<Body>& bodies = context.dataset.bodies;
  std::map<std::string, std::string> pointer_of_id, pointer_of_name;
  auto read_body = [&](const json& item, const std::string& pointer, std::size_t) {
    Body body;
    fields.known_keys(item, pointer, {"id", "name", "short_name", "category", "rank", "parent", "uscc",
                                      "division_code", "host", "institution_class", "contact"});
    body.id = fields.text(item, pointer, "id", true);
    body.name = fields.text(item, pointer, "name", true);
    body.short_name = fields.text(item, pointer, "short_name", false);
    if (body.short_name.empty()) body.short_name = body.name;
    body.category = fields.text(item, pointer, "category", true);
    body.rank = fields.text(item, pointer, "rank", false);
    body.parent_id = fields.text(item, pointer, "parent", false);
    body.uscc = fields.text(item, pointer, "uscc", true);
    body.division_code = fields.text(item, pointer, "division_code", true);
    body.host_id = fields.text(item, pointer, "host", false);
    body.institution_class = fields.text(item, pointer, "institution_class", false);

    if (auto contact = read_body_contact(fields, item, pointer)) {
      contact->body_id = body.id;
      context.dataset.contacts.push_back(std::move(*contact));
    }

    if (!body.id.empty() && !is_slug(body.id)) {
      fields.error(pointer + "/id", "\"" + body.id + "\" is not a valid id",
                   "use lowercase letters, digits and '-' (it appears in URLs)");
    }
    if (!body.category.empty() && !find_body_category(body.category)) {
      fields.error(pointer + "/category", "unknown category \"" + body.category + "\"",
                   "use one of " + category_codes());
    }
    if (!body.uscc.empty() && !is_uscc(body.uscc)) {
      fields.error(pointer + "/uscc", "\"" + body.uscc + "\" is not a unified social credit code",
                   "18 characters: digits and uppercase letters except I, O, Z, S, V");
    }
    check_division_code(fields, pointer + "/division_code", body.division_code);
    static const std::set<std::string> kClasses = {"", "civil-service", "public-1", "public-2"};
    if (!kClasses.count(body.institution_class)) {
      fields.error(pointer + "/institution_class", "unknown class \"" + body.institution_class + "\"",
                   "use civil-service (参照公务员法管理), public-1 (公益一类) or public-2 (公益二类)");
    }
    if (!body.id.empty()) {
      auto [it, fresh] = context.body_index.emplace(body.id, bodies.size());
      if (fresh) {
        pointer_of_id[body.id] = pointer;
      } else {
        const std::string& first = pointer_of_id[body.id];
        fields.error(pointer + "/id", "duplicate body id \"" + body.id + "\"",
                     "already used by " + first + " at line " +
                         std::to_string(fields.line_of(first + "/id")));
      }
      index_name(context, fields, body.id, body.id, pointer + "/id", &pointer_of_name);
      index_name(context, fields, body.name, body.id, pointer + "/name", &pointer_of_name);
      if (body.short_name != body.name) {
        index_name(context, fields, body.short_name, body.id, pointer + "/short_name",
                   &pointer_of_name);
      }
    }
    bodies.push_back(std::move(body));
  };
  for_each_object(fields, *list, "/bodies", "each body must be a JSON object", read_body);

  // parent and host must name bodies of this file.
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    const Body& body = bodies[i];
    std::string pointer = "/bodies/" + std::to_string(i);
    for (auto [ref, key] : {std::pair{&body.parent_id, "parent"}, {&body.host_id, "host"}}) {
      if (ref->empty()) continue;
      if (!context.has_body(*ref)) {
        fields.error(pointer + "/" + key, "no body has id \"" + *ref + "\"",
                     "use the id of a body listed in bodies.json");
      } else if (*ref == body.id) {
        fields.error(pointer + "/" + key, "a body cannot refer to itself");
      }
    }
  }
  context.bodies_read = true;
  context.bodies_file = std::make_shared<JsonFile>(std::move(*file));
}

}  // namespace dutyatlas::builder
