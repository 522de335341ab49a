#include "diagnostics.h"

#include <cstdint>

namespace dutyatlas::builder {

void Diagnostics::add(Diagnostic d, Diagnostic::Severity severity) {
  d.severity = severity;
  const bool error = severity == Diagnostic::Severity::kError;
  if (error) ++errors_;
  FileCount& count = per_file_[d.file];
  if (error) ++count.errors;
  if (count.shown >= kShownPerFile) {
    ++(error ? count.hidden_errors : count.hidden_warnings);
    return;
  }
  ++count.shown;
  all_.push_back(std::move(d));
}

int Diagnostics::errors_in(const std::string& file) const {
  auto it = per_file_.find(file);
  return it == per_file_.end() ? 0 : it->second.errors;
}

std::vector<Diagnostic> Diagnostics::omitted() const {
  std::vector<Diagnostic> out;
  for (const auto& [file, count] : per_file_) {
    if (count.hidden_errors + count.hidden_warnings == 0) continue;
    Diagnostic d;
    d.severity = count.hidden_errors > 0 ? Diagnostic::Severity::kError : Diagnostic::Severity::kWarning;
    d.file = file;
    d.message = "and " + std::to_string(count.hidden_errors) + " more error(s), " +
                std::to_string(count.hidden_warnings) + " more warning(s) in this file, not shown";
    d.hint = "fix the ones above first: often one cause fails many rows";
    out.push_back(std::move(d));
  }
  return out;
}

std::string code_point_label(char32_t cp) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string digits;
  for (std::uint32_t v = std::uint32_t(cp); v > 0 || digits.size() < 4; v >>= 4) {
    digits.insert(digits.begin(), kHex[v & 0xF]);
  }
  return "U+" + digits;
}

std::string column_letters(int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), char('A' + (c - 1) % 26));
  return letters;
}

std::string cell_reference(int column, int row) { return column_letters(column) + std::to_string(row); }

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (!d.sheet.empty()) {
    out += ":" + d.sheet;
    if (d.line > 0) out += "!" + (d.column > 0 ? cell_reference(d.column, d.line) : std::to_string(d.line) + ":" + std::to_string(d.line));
  } else if (d.line > 0) {
    out += ":" + std::to_string(d.line);
    if (d.column > 0) out += ":" + std::to_string(d.column);
  }
  out += d.severity == Diagnostic::Severity::kError ? ": error: " : ": warning: ";
  if (!d.field.empty()) out += d.field + ": ";
  out += d.message;
  if (!d.hint.empty()) out += " (hint: " + d.hint + ")";
  return out;
}

}  // namespace dutyatlas::builder
