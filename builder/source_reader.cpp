// Source format v1 reader (see source_reader.h). Every check reports and carries on, so one
// run lists all the problems of a folder.
#include "source_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "builder/json_locations.h"
#include "core/utf8.h"

namespace dutyatlas::builder {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One parsed JSON file, with what is needed to point at its lines.
struct JsonFile {
  std::string name;  // relative to the source folder
  std::string text;
  json root;
  std::unique_ptr<JsonLocations> locations;  // built on the first error only
};

class SourceReader {
 public:
  SourceReader(std::string dir, Diagnostics* diagnostics)
      : dir_(std::move(dir)), diagnostics_(diagnostics) {}

  Dataset read() {
    Dataset dataset;
    if (!fs::is_directory(dir_)) {
      report_file(dir_, "source folder does not exist", "pass the folder holding dataset.json");
      return dataset;
    }
    if (auto file = load("dataset.json")) read_dataset(*file, &dataset);
    if (auto file = load("bodies.json")) read_bodies(*file, &dataset);
    read_sanding_folder(&dataset);
    check_body_references(dataset);
    return dataset;
  }

 private:
  // --- files ----------------------------------------------------------------------------
  std::optional<JsonFile> load(const std::string& name) {
    std::ifstream in(fs::path(dir_) / name, std::ios::binary);
    if (!in) {
      report_file(name, "required file is missing", "see docs/source-format.md");
      return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    JsonFile file{name, buffer.str(), json(), nullptr};
    if (file.text.size() >= 3 && file.text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      file.text.erase(0, 3);  // editors on Windows add a BOM; it is not part of the JSON
    }
    if (!is_valid_utf8(file.text)) {
      report_file(name, "file is not valid UTF-8", "save it as UTF-8 (without GBK/ANSI encoding)");
      return std::nullopt;
    }
    try {
      file.root = json::parse(file.text);
    } catch (const json::parse_error& e) {
      TextPosition at = position_of_offset(file.text, e.byte > 0 ? e.byte - 1 : 0);
      diagnostics_->error({{}, name, at.line, at.column, "", "malformed JSON: " + short_what(e),
                           "check commas, quotes and brackets near this point"});
      return std::nullopt;
    }
    return file;
  }

  static std::string short_what(const json::parse_error& e) {
    std::string what = e.what();
    std::size_t colon = what.rfind(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
  }

  // --- reporting ------------------------------------------------------------------------
  void report_file(const std::string& file, std::string message, std::string hint) {
    diagnostics_->error({{}, file, 0, 0, "", std::move(message), std::move(hint)});
  }

  Diagnostic at(JsonFile& file, const std::string& pointer, std::string message,
                std::string hint = {}) {
    if (!file.locations) file.locations = std::make_unique<JsonLocations>(file.text);
    TextPosition p = file.locations->find(pointer);
    return {{}, file.name, p.line, p.column, pointer, std::move(message), std::move(hint)};
  }
  void error(JsonFile& file, const std::string& pointer, std::string message,
             std::string hint = {}) {
    diagnostics_->error(at(file, pointer, std::move(message), std::move(hint)));
  }
  void warning(JsonFile& file, const std::string& pointer, std::string message,
               std::string hint = {}) {
    diagnostics_->warning(at(file, pointer, std::move(message), std::move(hint)));
  }

  // --- typed fields ---------------------------------------------------------------------
  // A string member; reports and returns "" if it is missing (when required) or not a string.
  std::string text_field(JsonFile& file, const json& object, const std::string& pointer,
                         const char* key, bool required) {
    auto it = object.find(key);
    std::string field = pointer + "/" + key;
    if (it == object.end() || it->is_null()) {
      if (required) error(file, field, "required field is missing");
      return {};
    }
    if (!it->is_string()) {
      error(file, field, "must be a string");
      return {};
    }
    std::string value = it->get<std::string>();
    if (required && value.empty()) error(file, field, "must not be empty");
    return value;
  }

  static bool is_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    int year = std::stoi(s.substr(0, 4));
    int month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
    if (month < 1 || month > 12 || day < 1) return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  }

  static bool is_digits(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
  }

  std::string date_field(JsonFile& file, const json& object, const std::string& pointer,
                         const char* key) {
    std::string value = text_field(file, object, pointer, key, true);
    if (!value.empty() && !is_date(value)) {
      error(file, pointer + "/" + key, "\"" + value + "\" is not a date", "write YYYY-MM-DD");
      return {};
    }
    return value;
  }

  // --- dataset.json ---------------------------------------------------------------------
  void read_dataset(JsonFile& file, Dataset* dataset) {
    if (!file.root.is_object()) return error(file, "", "must be a JSON object");
    dataset->name = text_field(file, file.root, "", "name", true);
    dataset->title = text_field(file, file.root, "", "title", true);
    dataset->data_date = date_field(file, file.root, "", "data_date");
    dataset->division_code = text_field(file, file.root, "", "division_code", true);
    check_division_code(file, "/division_code", dataset->division_code);
    auto sample = file.root.find("sample");
    if (sample != file.root.end() && !sample->is_boolean()) {
      error(file, "/sample", "must be true or false");
    }
    dataset->sample = sample != file.root.end() && sample->is_boolean() && sample->get<bool>();
  }

  void check_division_code(JsonFile& file, const std::string& pointer, const std::string& code) {
    bool ok = code.size() == 6 && is_digits(code);
    if (!code.empty() && !ok) {
      error(file, pointer, "\"" + code + "\" is not a 6-digit division code",
            "行政区划代码 (GB/T 2260) has 6 digits");
    }
  }

  // --- bodies.json ----------------------------------------------------------------------
  void read_bodies(JsonFile& file, Dataset* dataset) {
    auto list = file.root.is_object() ? file.root.find("bodies") : file.root.end();
    if (list == file.root.end() || !list->is_array()) {
      return error(file, "", "must be an object with a \"bodies\" array");
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      std::string pointer = "/bodies/" + std::to_string(i);
      if (!item.is_object()) {
        error(file, pointer, "each body must be a JSON object");
        continue;
      }
      Body body;
      body.id = text_field(file, item, pointer, "id", true);
      body.name = text_field(file, item, pointer, "name", true);
      body.short_name = text_field(file, item, pointer, "short_name", false);
      if (body.short_name.empty()) body.short_name = body.name;
      body.category = text_field(file, item, pointer, "category", true);
      body.rank = text_field(file, item, pointer, "rank", false);
      body.parent_id = text_field(file, item, pointer, "parent", false);
      body.uscc = text_field(file, item, pointer, "uscc", true);
      body.division_code = text_field(file, item, pointer, "division_code", true);
      body.host_id = text_field(file, item, pointer, "host", false);

      if (!body.id.empty() && !is_slug(body.id)) {
        error(file, pointer + "/id", "\"" + body.id + "\" is not a valid id",
              "use lowercase letters, digits and '-' (it appears in URLs)");
      }
      if (!body.category.empty() && !find_body_category(body.category)) {
        error(file, pointer + "/category", "unknown category \"" + body.category + "\"",
              "use one of " + category_codes());
      }
      if (!body.uscc.empty() && !is_uscc(body.uscc)) {
        error(file, pointer + "/uscc", "\"" + body.uscc + "\" is not a unified social credit code",
              "18 characters: digits and uppercase letters except I, O, Z, S, V");
      }
      check_division_code(file, pointer + "/division_code", body.division_code);
      if (!body.id.empty()) {
        auto [it, fresh] = body_index_.emplace(body.id, BodyOrigin{i, pointer});
        if (!fresh) {
          Diagnostic first = at(file, it->second.pointer + "/id", "");
          error(file, pointer + "/id", "duplicate body id \"" + body.id + "\"",
                "already used by " + it->second.pointer + " at line " +
                    std::to_string(first.line));
        }
      }
      dataset->bodies.push_back(std::move(body));
    }
    bodies_file_ = std::make_unique<JsonFile>(std::move(file));
  }

  static bool is_slug(const std::string& id) {
    return id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
             return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
  }

  static bool is_uscc(const std::string& code) {
    return code.size() == 18 && std::all_of(code.begin(), code.end(), [](char c) {
             return (c >= '0' && c <= '9') ||
                    (c >= 'A' && c <= 'Z' && std::string_view("IOZSV").find(c) == std::string_view::npos);
           });
  }

  static std::string category_codes() {
    std::string out;
    for (const auto& c : body_categories()) {
      if (!out.empty()) out += ", ";
      out += std::string(c.code) + " (" + std::string(c.name) + ")";
    }
    return out;
  }

  // parent and host must name bodies of this file.
  void check_body_references(const Dataset& dataset) {
    if (!bodies_file_) return;
    for (std::size_t i = 0; i < dataset.bodies.size(); ++i) {
      const Body& body = dataset.bodies[i];
      std::string pointer = "/bodies/" + std::to_string(i);
      for (auto [ref, key] : {std::pair{&body.parent_id, "parent"}, {&body.host_id, "host"}}) {
        if (ref->empty()) continue;
        if (!body_index_.count(*ref)) {
          error(*bodies_file_, pointer + "/" + key, "no body has id \"" + *ref + "\"",
                "use the id of a body listed in bodies.json");
        } else if (*ref == body.id) {
          error(*bodies_file_, pointer + "/" + key, "a body cannot refer to itself");
        }
      }
    }
  }

  // --- sanding/<id>.json ----------------------------------------------------------------
  void read_sanding_folder(Dataset* dataset) {
    fs::path folder = fs::path(dir_) / "sanding";
    if (!fs::is_directory(folder)) return;
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") {
        names.push_back(entry.path().filename().string());
      }
    }
    std::sort(names.begin(), names.end());  // deterministic order whatever the file system
    std::set<std::string> seen;
    for (const auto& name : names) {
      if (auto file = load("sanding/" + name)) read_sanding(*file, dataset, &seen);
    }
  }

  void read_sanding(JsonFile& file, Dataset* dataset, std::set<std::string>* seen) {
    if (!file.root.is_object()) return error(file, "", "must be a JSON object");
    BodyDuties duties;
    duties.body_id = text_field(file, file.root, "", "body", true);
    if (!duties.body_id.empty() && bodies_file_ && !body_index_.count(duties.body_id)) {
      error(file, "/body", "no body has id \"" + duties.body_id + "\"",
            "use the id of a body listed in bodies.json");
    }
    if (!duties.body_id.empty() && !seen->insert(duties.body_id).second) {
      error(file, "/body", "body \"" + duties.body_id + "\" already has a 三定 file",
            "keep one file per body");
    }
    auto document = file.root.find("document");
    if (document == file.root.end() || !document->is_object()) {
      error(file, "/document", "required object is missing", "give doc_no, title and effective");
    } else {
      duties.source.doc_no = text_field(file, *document, "/document", "doc_no", true);
      duties.source.title = text_field(file, *document, "/document", "title", true);
      duties.source.effective = date_field(file, *document, "/document", "effective");
      check_same_document(file, duties.source);
    }
    duties.setup = text_field(file, file.root, "", "setup", true);
    auto clauses = file.root.find("duties");
    if (clauses == file.root.end() || !clauses->is_array()) {
      error(file, "/duties", "must be an array of clause texts");
    } else {
      if (clauses->empty()) warning(file, "/duties", "the 主要职责 list is empty");
      std::map<std::string, int> first_seen;
      for (std::size_t i = 0; i < clauses->size(); ++i) {
        std::string pointer = "/duties/" + std::to_string(i);
        const json& clause = (*clauses)[i];
        if (!clause.is_string() || clause.get<std::string>().empty()) {
          error(file, pointer, "each clause must be a non-empty string");
          continue;
        }
        int number = int(i) + 1;
        auto [it, fresh] = first_seen.emplace(clause.get<std::string>(), number);
        if (!fresh) {
          warning(file, pointer, "same text as clause " + std::to_string(it->second),
                  "remove the duplicate or reword one of them");
        }
        duties.clauses.push_back({number, clause.get<std::string>()});
      }
    }
    dataset->duties.push_back(std::move(duties));
  }

  // One 文号 is one document: every file citing it must give the same title and date.
  void check_same_document(JsonFile& file, const DocumentRef& document) {
    if (document.doc_no.empty()) return;
    auto [it, fresh] = documents_.emplace(document.doc_no, DocumentOrigin{document, file.name});
    if (fresh) return;
    const DocumentRef& first = it->second.document;
    if (first.title != document.title) {
      error(file, "/document/title", "文号 " + document.doc_no + " has another title in " +
            it->second.file, "one document number, one title: correct one of them");
    }
    if (first.effective != document.effective) {
      error(file, "/document/effective", "文号 " + document.doc_no + " takes effect on " +
            first.effective + " in " + it->second.file, "use the same date in both files");
    }
  }

  struct DocumentOrigin {
    DocumentRef document;
    std::string file;
  };

  struct BodyOrigin {
    std::size_t index;
    std::string pointer;
  };

  std::string dir_;
  Diagnostics* diagnostics_;
  std::map<std::string, BodyOrigin> body_index_;
  std::unique_ptr<JsonFile> bodies_file_;
  std::map<std::string, DocumentOrigin> documents_;
};

}  // namespace

Dataset read_source_folder(const std::string& dir, Diagnostics* diagnostics) {
  return SourceReader(dir, diagnostics).read();
}

}  // namespace dutyatlas::builder
