#include "builder/json_file.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "core/base/iso_date.h"
#include "core/base/text.h"
#include "core/base/utf8.h"
#include "builder/file_format.h"
#include "builder/source_file.h"
#include "builder/text_rules.h"

namespace dutyatlas::builder {

using nlohmann::json;

namespace {

// Deeper than any source file needs (the deepest, a 三定's internal divisions, is 4 levels).
constexpr int kMaxJsonDepth = 64;

// Calls `stop_at(i)` for each byte offset of `text` outside JSON strings, in order, and returns
// the first offset where it answers true, or npos. `stop_at` may move `i` to the last byte of a
// token it read whole. A plain scan, before parsing, for what the parser cannot say itself.
template <typename StopAt>
std::size_t first_outside_strings(std::string_view text, StopAt stop_at) {
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else {
      const std::size_t at = i;
      if (stop_at(i)) return at;
    }
  }
  return std::string_view::npos;
}

// The offset of the bracket that opens level kMaxJsonDepth + 1, or npos. Runs before parsing so
// that neither the parser nor the location scanner (json_locations.h, recursive, one pointer
// string per level) ever sees 200,000 nested [].
std::size_t too_deep_at(std::string_view text) {
  int depth = 0;
  return first_outside_strings(text, [&](std::size_t& i) {
    if (text[i] == '[' || text[i] == '{') return ++depth > kMaxJsonDepth;
    if (text[i] == ']' || text[i] == '}') --depth;
    return false;
  });
}

// The offset of the first number too large for a double (1e999: the parser refuses it with
// out_of_range and no position), or 0 if none is found.
std::size_t overflowing_number_at(std::string_view text) {
  const std::size_t at = first_outside_strings(text, [&](std::size_t& i) {
    if (text[i] != '-' && (text[i] < '0' || text[i] > '9')) return false;
    std::size_t end = text.find_first_not_of("0123456789+-.eE", i);
    if (end == std::string_view::npos) end = text.size();
    const std::string number(text.substr(i, end - i));
    if (!std::isfinite(std::strtod(number.c_str(), nullptr))) return true;
    i = end - 1;
    return false;
  });
  return at == std::string_view::npos ? 0 : at;
}

// Levenshtein distance on bytes: the keys are ASCII.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<JsonFile> load_json_file(const std::string& dir, const std::string& name,
                                       Diagnostics* diagnostics) {
  SourceFileProblem problem;
  std::optional<std::string> bytes = read_source_file(dir, name, &problem);
  if (!bytes) {
    diagnostics->error({{}, name, 0, 0, "", problem.message, problem.hint});
    return std::nullopt;
  }
  if (auto foreign = foreign_format(*bytes, "UTF-8 text")) {
    diagnostics->error({{}, name, 0, 0, "", foreign->message, foreign->hint});
    return std::nullopt;
  }
  JsonFile file{name, std::move(*bytes), json(), nullptr};
  if (file.text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    file.text.erase(0, 3);  // editors on Windows add a BOM; it is not part of the JSON
  }
  if (std::size_t bad = first_invalid_utf8(file.text); bad != std::string::npos) {
    TextPosition at = position_of_offset(file.text, bad);
    diagnostics->error({{}, name, at.line, at.column, "", "file is not valid UTF-8",
                        "save it as UTF-8 (not GBK/ANSI)"});
    return std::nullopt;
  }
  if (std::size_t deep = too_deep_at(file.text); deep != std::string_view::npos) {
    TextPosition at = position_of_offset(file.text, deep);
    diagnostics->error({{}, name, at.line, at.column, "",
                        "nested too deeply (more than " + std::to_string(kMaxJsonDepth) + " levels of [ and {)",
                        "source files are a few levels deep; check that this is the right file"});
    return std::nullopt;
  }
  try {
    file.root = json::parse(file.text);
  } catch (const json::parse_error& e) {
    std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    // A comment: the parser stops at its '/' (or one byte on); say so, not "invalid literal".
    std::size_t slash = file.text.find('/', offset > 0 ? offset - 1 : 0);
    if (slash != std::string::npos && slash <= offset + 1 && slash + 1 < file.text.size() &&
        (file.text[slash + 1] == '/' || file.text[slash + 1] == '*')) {
      TextPosition at = position_of_offset(file.text, slash);
      diagnostics->error({{}, name, at.line, at.column, "", "JSON does not allow comments (// or /* */)",
                          "delete the comment; notes can go in a README beside the files"});
      return std::nullopt;
    }
    TextPosition at = position_of_offset(file.text, offset);
    std::string what = e.what();
    std::size_t colon = what.rfind(": ");
    what = colon == std::string::npos ? what : what.substr(colon + 2);
    // The parser quotes all it "last read": a whole paragraph when a quote is missing.
    std::size_t quoted = what.find("; last read: '");
    if (quoted != std::string::npos && what.size() - quoted > 60) {
      std::size_t cut = quoted + 14 + 30;
      while (cut > quoted && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) --cut;  // whole characters
      what = what.substr(0, cut) + "…'";
    }
    diagnostics->error({{}, name, at.line, at.column, "", "malformed JSON: " + what,
                        "check commas, quotes and brackets near this point"});
    return std::nullopt;
  } catch (const json::out_of_range&) {
    // The only one the parser throws: a number beyond a double (found by the source_json fuzz
    // target; it used to end the builder).
    TextPosition at = position_of_offset(file.text, overflowing_number_at(file.text));
    diagnostics->error({{}, name, at.line, at.column, "", "a number too large to read",
                        "source files hold counts and dates; check this value"});
    return std::nullopt;
  }
  return file;
}

Diagnostic JsonFields::at(const std::string& pointer, std::string message, std::string hint) const {
  if (!file_.locations) file_.locations = std::make_shared<JsonLocations>(file_.text);
  TextPosition p = file_.locations->find(pointer);
  return {{}, file_.name, p.line, p.column, pointer, std::move(message), std::move(hint)};
}

void JsonFields::error(const std::string& pointer, std::string message, std::string hint) const {
  diagnostics_->error(at(pointer, std::move(message), std::move(hint)));
}

void JsonFields::warning(const std::string& pointer, std::string message, std::string hint) const {
  diagnostics_->warning(at(pointer, std::move(message), std::move(hint)));
}

std::string JsonFields::text(const json& object, const std::string& pointer, const char* key,
                             bool required) const {
  auto it = object.find(key);
  std::string field = pointer + "/" + key;
  if (it == object.end() || it->is_null()) {
    if (required) error(field, "required field is missing");
    return {};
  }
  if (!it->is_string()) {
    error(field, "must be a string");
    return {};
  }
  std::string value = normalised(field, it->get<std::string>());
  if (required && value.empty()) error(field, "must not be empty");
  if (auto fullwidth = fullwidth_character(value)) {
    if (is_code_field(key)) {
      error(field, "contains " + *fullwidth, "type codes, ids and 文号 with half-width digits and letters");
    } else if (is_name_field(key)) {
      warning(field, "contains " + *fullwidth, "half-width digits and letters, as the other names have them");
    }
  }
  return value;
}

std::string JsonFields::normalised(const std::string& pointer, std::string value) const {
  if (auto invisible = invisible_character(value)) {
    error(pointer, "contains " + *invisible, "delete it: a reader cannot see it, and searches miss the text");
  }
  if (has_outer_space(value)) {
    warning(pointer, "space at the start or end of \"" + value + "\", removed",
            "a name with a trailing space would look like another one");
    value = std::string(trim(value));
  }
  return value;
}

std::string JsonFields::date(const json& object, const std::string& pointer, const char* key,
                             bool required) const {
  std::string value = text(object, pointer, key, required);
  if (!value.empty() && !is_valid_date(value)) {
    error(pointer + "/" + key, "\"" + value + "\" is not a date", "write YYYY-MM-DD, a day that exists");
    return {};
  }
  return value;
}

int JsonFields::count(const json& object, const std::string& pointer, const char* key) const {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return -1;
  if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 1000000) {
    error(pointer + "/" + key, "must be a whole number, 0 or more");
    return -1;
  }
  return int(it->get<long long>());
}

std::vector<std::string> JsonFields::texts(const json& object, const std::string& pointer,
                                           const char* key, bool required) const {
  const json* list = array(object, pointer, key, required);
  std::vector<std::string> out;
  if (!list) return out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    if (!item.is_string() || item.get<std::string>().empty()) {
      error(pointer + "/" + key + "/" + std::to_string(i), "must be a non-empty string");
      continue;
    }
    out.push_back(normalised(pointer + "/" + key + "/" + std::to_string(i), item.get<std::string>()));
  }
  return out;
}

const json* JsonFields::array(const json& object, const std::string& pointer, const char* key,
                              bool required) const {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required) error(pointer + "/" + key, "required list is missing");
    return nullptr;
  }
  if (!it->is_array()) {
    error(pointer + "/" + key, "must be a list ([…])");
    return nullptr;
  }
  return &*it;
}

void JsonFields::known_keys(const json& object, const std::string& pointer,
                            std::initializer_list<const char*> known) const {
  if (!object.is_object()) return;
  std::string all;
  for (const char* key : known) all += std::string(all.empty() ? "" : ", ") + key;
  for (const auto& item : object.items()) {
    const std::string& key = item.key();  // a plain name: lambdas cannot capture a structured binding in C++17 (clang refuses)
    if (pointer.empty() && key == "$schema") continue;
    if (std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; })) continue;
    // The closest key, if near enough to be a slip of the keyboard (at most a third of it wrong).
    const char* closest = nullptr;
    std::size_t best = std::max<std::size_t>(1, key.size() / 3) + 1;
    for (const char* k : known) {
      std::size_t distance = edit_distance(key, k);
      if (distance < best) best = distance, closest = k;
    }
    error(pointer + "/" + json_pointer_escape(key), "unknown field \"" + key + "\"" +
              (closest ? std::string(": did you mean \"") + closest + "\"?" : std::string()),
          "the fields here are " + all);
  }
}

bool is_slug(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

}  // namespace dutyatlas::builder
