// What the builder tells a publisher about their files: every problem found in one run, each
// with the file, line, column and field it concerns and a hint on how to fix it.
#pragma once

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
};

class Diagnostics {
 public:
  void error(Diagnostic d) { add(std::move(d), Diagnostic::Severity::kError); }
  void warning(Diagnostic d) { add(std::move(d), Diagnostic::Severity::kWarning); }

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return int(all_.size()) - errors_; }
  const std::vector<Diagnostic>& all() const { return all_; }

 private:
  void add(Diagnostic d, Diagnostic::Severity severity);
  std::vector<Diagnostic> all_;
  int errors_ = 0;
};

// "bodies.json:12:5: error: /bodies/3/category: unknown category "gov" (hint: use one of …)"
std::string format_diagnostic(const Diagnostic& d);

}  // namespace dutyatlas::builder
