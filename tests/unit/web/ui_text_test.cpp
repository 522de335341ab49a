// The interface words (web/ui_text/). Two rules the font subset depends on — the builder cuts
// it from the characters of web/ui_text/, so a word written anywhere else may draw as boxes:
//   * every module's file compiles beside every other one (a name used twice would break the
//     views that show both) — this file includes them all;
//   * the views (web/views/, what draws on the canvas) hold no string literal with characters
//     beyond ASCII: their words come from web/ui_text/.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "web/ui_text/a11y.h"
#include "web/ui_text/audit.h"
#include "web/ui_text/documents.h"
#include "web/ui_text/common.h"
#include "web/ui_text/contacts.h"
#include "web/ui_text/history.h"
#include "web/ui_text/input.h"
#include "web/ui_text/lists.h"
#include "web/ui_text/who.h"

namespace {

// The string literals of one line of C++ outside its // comment, roughly: enough for our views.
std::string literals_of(const std::string& line) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (!in_string && c == '/' && i + 1 < line.size() && line[i + 1] == '/') break;
    if (!in_string && c == '\'' && i + 2 < line.size()) {  // a char literal such as '"'
      i += line[i + 1] == '\\' ? 3 : 2;
      continue;
    }
    if (c == '"') {
      in_string = !in_string;
      continue;
    }
    if (in_string && c == '\\') {
      ++i;
      continue;
    }
    if (in_string) out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("ui_text: the views take every word beyond ASCII from web/ui_text/") {
  namespace fs = std::filesystem;
  const fs::path views = fs::path(DUTYATLAS_SOURCE_DIR) / "web" / "views";
  int files = 0;
  for (const auto& entry : fs::directory_iterator(views)) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      std::string literals = literals_of(line);
      bool ascii = true;
      for (char c : literals) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
      CAPTURE(entry.path().filename().string() + ":" + std::to_string(number) + ": " + line);
      CHECK(ascii);
    }
  }
  CHECK(files >= 10);
  // The module files live together: one of each, reachable by name.
  CHECK(std::string(dutyatlas::web::text::kDocumentsTitle) == "职责文件档案库");
  CHECK(std::string(dutyatlas::web::text::kLists) == "清单查询");
  CHECK(std::string(dutyatlas::web::text::kHistory) == "历史沿革");
}
