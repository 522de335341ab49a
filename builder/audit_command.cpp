// `dutyatlas audit` (see audit_command.h): arguments, loading, and the chosen form of the report.
#include "builder/audit_command.h"

#include <chrono>
#include <ctime>
#include <iostream>

#include "builder/publication_loader.h"
#include "builder/usage.h"
#include "core/audit/audit_print.h"

namespace dutyatlas::builder {
namespace {

bool parse_number(const std::string& text, double* out) {
  try {
    std::size_t used = 0;
    *out = std::stod(text, &used);
    return used == text.size();
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

int run_audit(const std::vector<std::string>& args) {
  std::string dir;
  bool as_json = false, as_csv = false, timing = false;
  double top = 20;
  AuditOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto number = [&](double* out) {
      return i + 1 < args.size() && parse_number(args[++i], out);
    };
    double value = 0;
    if (arg == "--json") {
      as_json = true;
    } else if (arg == "--csv") {
      as_csv = true;
    } else if (arg == "--topics") {
      options.topics = true;
    } else if (arg == "--timing") {
      timing = true;
    } else if (arg == "--years" || arg == "--adjustments" || arg == "--threshold" || arg == "--min-weight" || arg == "--top") {
      if (!number(&value) || value < 0) return usage_error(arg + " needs a number ≥ 0");
      if (arg == "--years") options.stale_years = int(value);
      if (arg == "--adjustments") options.stale_adjustments = int(value);
      if (arg == "--threshold") options.overlap_threshold = value;
      if (arg == "--min-weight") options.overlap_min_weight = value;
      if (arg == "--top") top = value;
    } else if (arg == "--bodies") {
      if (i + 1 >= args.size()) return usage_error("--bodies needs ID,ID…");
      std::string list = args[++i];
      for (std::size_t start = 0; start <= list.size();) {
        std::size_t comma = std::min(list.find(',', start), list.size());
        if (comma > start) options.only_bodies.push_back(list.substr(start, comma - start));
        start = comma + 1;
      }
    } else if (!arg.empty() && arg[0] == '-') {
      return usage_error("unknown option " + arg);
    } else if (dir.empty()) {
      dir = arg;
    } else {
      return usage_error("unexpected argument " + arg);
    }
  }
  if (dir.empty()) return usage_error("audit takes DIR (a publication or source folder)");
  if (as_json && as_csv) return usage_error("audit takes --json or --csv, not both");
  std::string error;
  // Only the topic check asks 谁来管, i.e. the search index.
  auto db = load_publication(dir, &error, std::cerr, options.topics ? SearchIndexAt::kOpen : SearchIndexAt::kLater);
  if (!db) {
    std::cerr << "dutyatlas audit: " << error << "\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  AuditReport report = audit_publication(*db, options);
  if (timing) {
    std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    // The CPU time too: on a shared machine the wall time says more about the others' load.
    double cpu_ms = 1000.0 * double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::cerr << "audit: " << report.findings.size() << " findings in " << int(took.count())
              << " ms (the publication already open; " << int(cpu_ms) << " ms CPU)\n";
    for (const auto& [name, ms] : report.step_ms) std::cerr << "  " << name << ": " << int(ms) << " ms\n";
  }
  if (as_json) {
    std::cout << audit_to_json(report).dump(2) << "\n";
  } else if (as_csv) {
    std::cout << audit_to_csv(report);
  } else {
    std::cout << audit_to_text(report, std::size_t(top));
  }
  return 0;
}

}  // namespace dutyatlas::builder
