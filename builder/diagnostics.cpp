#include "diagnostics.h"

namespace dutyatlas::builder {

void Diagnostics::add(Diagnostic d, Diagnostic::Severity severity) {
  d.severity = severity;
  if (severity == Diagnostic::Severity::kError) ++errors_;
  all_.push_back(std::move(d));
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) {
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
