// Finding where undrawable characters are written (see glyph_check.h).
#include "builder/glyph_check.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <vector>

#include "builder/csv_reader.h"
#include "builder/font_subset.h"
#include "builder/json_file.h"
#include "builder/source_file.h"
#include "builder/xlsx_workbook.h"
#include "core/base/utf8.h"

namespace dutyatlas::builder {
namespace {

// A rare character is usually in one or two places; a wrong font misses hundreds of them.
constexpr int kPlacesPerCharacter = 5;

struct Place {
  std::string file;
  int line = 0;
  int column = 0;
  std::string field;
  std::string sheet = {};  // a workbook's sheet: line is the row, column the column
};

using Places = std::map<char32_t, std::vector<Place>>;

void note(const std::string& text, const Place& place, Places* places) {
  std::set<char32_t> in_text;
  collect_characters(text, &in_text);
  for (char32_t cp : in_text) {
    auto it = places->find(cp);
    if (it != places->end()) it->second.push_back(place);
  }
}

void scan_json(const nlohmann::json& value, const std::string& pointer, const JsonFields& fields,
               Places* places) {
  if (value.is_string()) {
    Diagnostic at = fields.at(pointer, "");
    note(value.get<std::string>(), {at.file, at.line, at.column, pointer}, places);
  } else if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      scan_json(member, pointer + "/" + json_pointer_escape(key), fields, places);
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      scan_json(value[i], pointer + "/" + std::to_string(i), fields, places);
    }
  }
}

}  // namespace

bool check_glyphs(const std::string& source_dir, const std::set<char32_t>& drawn,
                  const std::string& font_path, unsigned font_face, Diagnostics* diagnostics) {
  const std::string font_name = std::filesystem::path(font_path).filename().string();
  std::vector<char32_t> missing;
  try {
    missing = characters_missing_from_font(font_path, font_face, drawn);
  } catch (const std::runtime_error& e) {
    diagnostics->error({{}, font_path, 0, 0, "", e.what(), "give a TrueType/OpenType font with --font FILE"});
    return false;
  }
  if (missing.empty()) return true;

  Places places;
  for (char32_t cp : missing) places[cp];
  // The sources were read and reported already; problems met again here are not repeated.
  Diagnostics ignored;
  std::vector<std::string> names;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(source_dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->is_symlink(ec)) continue;
    std::string ext = it->path().extension().string();
    if (ext == ".json" || ext == ".csv" || ext == ".xlsx") {
      names.push_back(std::filesystem::relative(it->path(), source_dir, ec).generic_string());
    }
  }
  std::sort(names.begin(), names.end());  // messages in the same order on every disk
  for (const std::string& name : names) {
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) {
      auto file = load_json_file(source_dir, name, &ignored);
      if (!file) continue;
      JsonFields fields(*file, &ignored);
      scan_json(file->root, "", fields, &places);
    } else if (name.size() > 5 && name.compare(name.size() - 5, 5, ".xlsx") == 0) {
      SourceFileProblem problem;
      std::string why;
      auto bytes = read_source_file(source_dir, name, &problem);
      auto workbook = bytes ? read_xlsx_workbook(*bytes, &why) : std::nullopt;
      if (!workbook) continue;  // the list reader reports it
      for (const XlsxSheet& sheet : workbook->sheets) {
        for (const auto& [row, cells] : sheet.cells) {
          for (const auto& [column, text] : cells) note(text, {name, row, column, "", sheet.name}, &places);
        }
      }
    } else if (auto table = read_csv(source_dir, name, CsvEncoding::kAuto, &ignored)) {
      for (const std::string& column : table->header) note(column, {name, 1, 0, column}, &places);
      for (const ListRow& row : table->rows) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
          note(row.cells[c].text, {name, row.cells[c].line, row.cells[c].column, table->header[c]},
               &places);
        }
      }
    }
  }

  const std::string hint = "replace the character, or build with --font FILE naming a font that has it";
  for (const auto& [cp, found] : places) {
    std::string character;
    append_utf8(&character, cp);
    std::string message = "the font " + font_name + " cannot draw " + character + " (" +
                          code_point_label(cp) + ")";
    if (found.empty()) {
      // Not in a source file: the interface text given with --ui-text.
      diagnostics->error({{}, font_path, 0, 0, "", message + ", used in the interface text", hint});
    }
    for (std::size_t i = 0; i < found.size() && i < std::size_t(kPlacesPerCharacter); ++i) {
      diagnostics->error({{}, found[i].file, found[i].line, found[i].column, found[i].field, message, hint,
                          found[i].sheet});
    }
    if (found.size() > std::size_t(kPlacesPerCharacter)) {
      diagnostics->error({{}, found.front().file, 0, 0, "",
                          "and " + std::to_string(found.size() - kPlacesPerCharacter) +
                              " more places with " + code_point_label(cp), hint});
    }
  }
  return false;
}

}  // namespace dutyatlas::builder
