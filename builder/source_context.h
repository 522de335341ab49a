// What the parts of the source reader share while they read one folder: the Dataset being
// filled, the indexes later files are checked against (bodies by id and by name, documents by
// 文号), and where each document came from so history problems can name its lines.
//
// The parts run in this order, each reporting every problem it finds and carrying on:
//   read_dataset_file, read_bodies_file      (read_bodies.cpp; contacts: read_contacts.cpp)
//   read_documents_folder, read_sanding_folder, check_history   (read_documents.cpp)
//   read_lists, read_search_words            (read_lists.cpp)
//   read_lexicon                             (lexicon.cpp)
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "builder/csv_reader.h"
#include "builder/diagnostics.h"
#include "builder/json_file.h"
#include "core/history/duty_history.h"
#include "core/bundle/model.h"
#include "core/search/search_lexicon.h"

namespace dutyatlas::builder {

struct SourceContext {
  std::string dir;
  Diagnostics* diagnostics = nullptr;
  Dataset dataset;
  DutyHistory history;
  CsvEncoding csv_encoding = CsvEncoding::kAuto;
  // dataset.json's "sheets": workbook (lists/powers.xlsx) → the sheets that hold its list.
  std::map<std::string, std::vector<std::string>> xlsx_sheets;
  std::string base_url;  // dataset.json's base_url, checked; "" if absent
  std::vector<std::string> embed_origins;  // dataset.json's embed_origins, the valid ones
  std::string dispatch_url;                // dataset.json's dispatch_url, if valid
  bool general_lexicon = true;  // dataset.json's "general_lexicon" (builder/lexicon.h)
  std::vector<LexiconLine> lexicon;  // read_lexicon's result
  bool bodies_read = false;  // false if bodies.json was unusable: skip reference checks
  std::shared_ptr<JsonFile> bodies_file;  // to point later messages at a body's line

  std::map<std::string, std::size_t> body_index;    // id → index in dataset.bodies
  std::map<std::string, std::string> body_by_name;  // id, name and short name → id

  std::map<std::string, std::size_t> document_index;  // 文号 → index in dataset.documents
  std::vector<std::shared_ptr<JsonFile>> document_files;  // parallel to dataset.documents
  // Parallel to dataset.documents: for each change kept, its index in the file's "changes"
  // (a change with an unknown action is reported and left out).
  std::vector<std::vector<std::size_t>> change_positions;
  // Bodies with two 三定 taking effect on one day: reported once by read_sanding_folder, so
  // check_history does not repeat the clash as one "not in force" error per change.
  std::set<std::string> sanding_clashes;
  // sanding/ files that could not be read at all: the history is checked without them, so
  // any of its problems may be theirs (check_history counts them instead of reporting each).
  std::set<std::string> unreadable_sandings;
  // Bodies whose 三定 was read but has errors → that file: a change to, or a keyword naming, one
  // of its clauses may fail only because of them (counted once, not reported per change or row).
  std::map<std::string, std::string> failed_sanding_of_body;

  // The file with errors that a reference to `body_id`'s clauses depends on, or "" if none.
  std::string failed_sanding_behind(const std::string& body_id) const {
    if (!unreadable_sandings.empty()) return *unreadable_sandings.begin();
    auto it = failed_sanding_of_body.find(body_id);
    return it == failed_sanding_of_body.end() ? std::string() : it->second;
  }

  bool has_body(const std::string& id) const { return body_index.count(id) > 0; }
  // The id of the body a list cell names (by name, short name or id), or "".
  std::string body_named(const std::string& text) const {
    auto it = body_by_name.find(text);
    return it == body_by_name.end() ? std::string() : it->second;
  }
};

void read_dataset_file(SourceContext& context);
void read_bodies_file(SourceContext& context);
// A body's optional "contact" object (read_contacts.cpp); nullopt if absent, empty or unusable.
std::optional<Contact> read_body_contact(const JsonFields& fields, const nlohmann::json& body,
                                         const std::string& body_pointer);
void read_documents_folder(SourceContext& context);
void read_sanding_folder(SourceContext& context);
void check_history(SourceContext& context);
void read_lists(SourceContext& context);
void read_search_words(SourceContext& context);

// Calls read(item, pointer, index) for each element of `array` that is a JSON object, `pointer`
// being prefix/index; every other element is reported at its place with `not_an_object` and
// skipped, so one bad element does not hide the problems of the others.
template <typename Read>
void for_each_object(const JsonFields& fields, const nlohmann::json& array, const std::string& prefix,
                     const char* not_an_object, Read&& read) {
  for (std::size_t i = 0; i < array.size(); ++i) {
    std::string pointer = prefix + "/" + std::to_string(i);
    if (!array[i].is_object()) {
      fields.error(pointer, not_an_object);
      continue;
    }
    read(array[i], pointer, i);
  }
}

// The JSON files of a sub-folder, sorted by name (the order must not depend on the disk).
std::vector<std::string> json_files_in(const std::string& dir, const std::string& folder);

}  // namespace dutyatlas::builder
