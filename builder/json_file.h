// A publisher's JSON file, parsed, with what it takes to point at its lines, and the typed
// field look-ups every JSON reader of the builder uses: each reports a missing or mistyped field
// with file, line, column and JSON pointer, and carries on.
#pragma once

#include <initializer_list>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "builder/diagnostics.h"
#include "builder/json_locations.h"

namespace dutyatlas::builder {

struct JsonFile {
  std::string name;  // relative to the source folder
  std::string text;
  nlohmann::json root;
  std::shared_ptr<JsonLocations> locations;  // built on the first message only
};

// Reads and parses `dir/name`; reports (and returns nullopt) a missing file, bad UTF-8 or
// malformed JSON. A UTF-8 BOM is accepted.
std::optional<JsonFile> load_json_file(const std::string& dir, const std::string& name,
                                       Diagnostics* diagnostics);

// Field look-ups on one file, reporting into Diagnostics.
class JsonFields {
 public:
  JsonFields(JsonFile& file, Diagnostics* diagnostics) : file_(file), diagnostics_(diagnostics) {}

  Diagnostic at(const std::string& pointer, std::string message, std::string hint = {}) const;
  void error(const std::string& pointer, std::string message, std::string hint = {}) const;
  void warning(const std::string& pointer, std::string message, std::string hint = {}) const;
  int line_of(const std::string& pointer) const { return at(pointer, "").line; }

  // A string member; "" (after reporting) if missing when required, or not a string.
  std::string text(const nlohmann::json& object, const std::string& pointer, const char* key,
                   bool required) const;
  // A YYYY-MM-DD date that exists; "" after reporting otherwise.
  std::string date(const nlohmann::json& object, const std::string& pointer, const char* key,
                   bool required = true) const;
  // A non-negative integer, or -1 when absent (reported if present but not one).
  int count(const nlohmann::json& object, const std::string& pointer, const char* key) const;
  // An array of non-empty strings; {} after reporting if present but not one.
  std::vector<std::string> texts(const nlohmann::json& object, const std::string& pointer,
                                 const char* key, bool required) const;
  // The member if it is an array (reported when present but not one, or missing if required).
  const nlohmann::json* array(const nlohmann::json& object, const std::string& pointer,
                              const char* key, bool required) const;

  // Reports every member of `object` not in `known` (a misspelled optional key would otherwise
  // drop its data without a word), with the closest known key as "did you mean". "$schema", the
  // editors' link to docs/schema/, is allowed at the top level of every file.
  void known_keys(const nlohmann::json& object, const std::string& pointer,
                  std::initializer_list<const char*> known) const;

  const JsonFile& file() const { return file_; }

 private:
  // `value` after the normalisation rules (text_rules.h): problems reported, outer spaces removed.
  std::string normalised(const std::string& pointer, std::string value) const;
  JsonFile& file_;
  Diagnostics* diagnostics_;
};

bool is_slug(const std::string& id);       // a-z, 0-9, '-': safe in URLs

}  // namespace dutyatlas::builder
