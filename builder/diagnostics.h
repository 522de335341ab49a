// What the builder tells a publisher about their files: every problem found in one run, each
// with the file, line, column and field it concerns and a hint on how to fix it.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dutyatlas::builder {

struct Diagnostic {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  std::string file;   // relative to the source folder
  int line = 0;       // 1-based; 0 when the problem concerns the whole file
  int column = 0;     // 1-based; 0 when unknown
  std::string field;  // JSON pointer or CSV column, e.g. /bodies/3/category
  std::string message;
  std::string hint;
  // A workbook's sheet: then line is the row and column the column (1 = A), and the place is
  // written as Excel writes a reference, "lists/powers.xlsx:权力清单!B17".
  std::string sheet = {};
};

// Keeps at most kShownPerFile messages per file: one cause (a bad column, a wrong encoding)
// can fail every row, and the 101st message says nothing the first hundred did not. The rest
// are counted (still errors: the build fails) and summed up per file by omitted().
class Diagnostics {
 public:
  static constexpr int kShownPerFile = 100;

  void error(Diagnostic d) { add(std::move(d), Diagnostic::Severity::kError); }
  void warning(Diagnostic d) { add(std::move(d), Diagnostic::Severity::kWarning); }

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return int(all_.size()) - errors_; }
  const std::vector<Diagnostic>& all() const { return all_; }
  // Errors reported about `file` so far, shown or not: a list whose file failed is not a
  // reason to report every reference into it again.
  int errors_in(const std::string& file) const;
  // One line per file whose messages were capped: "… and 14884 more errors in this file".
  std::vector<Diagnostic> omitted() const;

 private:
  void add(Diagnostic d, Diagnostic::Severity severity);
  std::vector<Diagnostic> all_;
  int errors_ = 0;
  struct FileCount {
    int shown = 0;
    int errors = 0;
    int hidden_errors = 0;
    int hidden_warnings = 0;
  };
  std::map<std::string, FileCount> per_file_;
};

// "U+4DAE": how messages name a character that may be invisible or undrawable.
std::string code_point_label(char32_t cp);

// "B": how Excel names a 1-based column.
std::string column_letters(int column);
// "B17": the cell at a 1-based column and row, as Excel names it.
std::string cell_reference(int column, int row);

// "bodies.json:12:5: error: /bodies/3/category: unknown category "gov" (hint: use one of …)"
std::string format_diagnostic(const Diagnostic& d);

}  // namespace dutyatlas::builder
