// `dutyatlas query --compare` as text for a terminal, or the API's JSON or CSV (see history_output.h).
#include "builder/history_output.h"

#include <iostream>

#include "builder/query_answer.h"
#include "core/base/text.h"
#include "core/history/duty_compare.h"
#include "builder/usage.h"
#include "builder/xlsx_export.h"
#include "core/bundle/duty_database.h"

namespace dutyatlas::builder {
namespace {

using nlohmann::json;

std::string str(const json& value) { return value.is_string() ? value.get<std::string>() : ""; }

std::string label_of(const json& clause) { return clause.is_null() ? "—" : str(clause["label"]); }

// Circled group numbers for split / merge rows (①…⑳, then (21) …).
std::string group_mark(const json& group) {
  if (!group.is_number_integer()) return "";
  int n = group.get<int>();
  if (n >= 1 && n <= 20) {
    std::string out;
    char32_t cp = 0x2460 + char32_t(n - 1);
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
    return out;
  }
  return "(" + std::to_string(n) + ")";
}

std::string marked_diff(const json& spans) {
  std::string out;
  for (const auto& s : spans) {
    std::string kind = str(s["kind"]);
    std::string text = str(s["text"]);
    if (kind == "delete") out += "[-" + text + "-]";
    else if (kind == "insert") out += "{+" + text + "+}";
    else out += text;
  }
  return out;
}

constexpr const char* kCompareUsage =
    "usage: dutyatlas query BUNDLE_DIR --compare BODY [--from DATE] [--to DATE] "
    "[--changes-only] [--json | --csv | --xlsx FILE]\n";

int usage(const std::string& why) { return usage_error(why, kCompareUsage); }

// --xlsx FILE: the comparison's table (the CSV's columns) as a workbook, the body, the two
// dates and the data date in its title row.
int write_comparison_xlsx(const std::string& dir, const json& request, const std::string& path) {
  Manifest manifest;
  std::string error;
  auto db = open_bundle_dir(dir, &manifest, &error);
  if (!db) {
    std::cerr << dir << ": " << error << "\n";
    return 1;
  }
  const std::string body = request["body"];
  auto comparison = compare_duties(*db, body, request.value("from", std::string()), request.value("to", std::string()));
  if (!comparison) {
    std::cerr << "no body has the id \"" << body << "\"\n";
    return 1;
  }
  if (request.value("changes_only", false)) drop_unchanged(&*comparison);
  ExportTable table = comparison_spreadsheet(*comparison, manifest.data_date);
  if (!write_xlsx_table(path, table, &error)) {
    std::cerr << error << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

std::string format_comparison_text(const json& r) {
  std::string out;
  const json& s = r["summary"];
  out += str(r["body"]["name"]) + "（" + str(r["body"]["id"]) + "）新旧对照：" + str(r["from"]) +
         " → " + str(r["to"]) + "\n";
  auto sanding = [](const json& d) {
    return d.is_null() ? std::string("无三定") : str(d["doc_no"]) + " 三定";
  };
  out += "  原：" + sanding(r["from_sanding"]) + "，" + std::to_string(r["old_count"].get<int>()) +
         " 条；现：" + sanding(r["to_sanding"]) + "，" + std::to_string(r["new_count"].get<int>()) +
         " 条\n";
  // "未变 3 · 新增 1 · …": the summary's counts are named by the kinds' codes.
  std::vector<std::string> counts;
  for (CompareKind kind : kCompareKinds) {
    counts.push_back(std::string(compare_kind_label(kind)) + " " +
                     s[std::string(compare_kind_code(kind))].dump());
  }
  out += "  " + join(counts, " · ") + "\n";
  if (r["rows"].empty()) out += "\n（无变化）\n";
  for (const auto& row : r["rows"]) {
    std::string kind = str(row["kind"]);
    out += "\n" + label_of(row["old"]) + " → " + label_of(row["new"]) + "  " + str(row["label"]) +
           group_mark(row["group"]);
    if (!row["other_body"].is_null()) {
      out += kind == compare_kind_code(CompareKind::kTransferredOut) ? "至 " : "自 ";
      out += str(row["other_body"]["name"]);
    }
    if (!row["document"].is_null()) {
      out += "  依据 " + str(row["document"]["doc_no"]) + "（" + str(row["document"]["effective"]) + "）";
    }
    out += "\n    ";
    if (!row["spans"].empty()) out += marked_diff(row["spans"]);
    else if (!row["new"].is_null()) out += str(row["new"]["text"]);
    else out += str(row["old"]["text"]);
    out += "\n";
  }
  return out;
}

int run_compare_query(const std::vector<std::string>& args) {
  if (args.empty()) return usage("query takes BUNDLE_DIR");
  json request = {{"query", "compare"}};
  std::string format = "text";
  std::string xlsx_path;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool has_value = i + 1 < args.size();
    if (arg == "--compare" && has_value) request["body"] = args[++i];
    else if (arg == "--from" && has_value) request["from"] = args[++i];
    else if (arg == "--to" && has_value) request["to"] = args[++i];
    else if (arg == "--changes-only") request["changes_only"] = true;
    else if (arg == "--json") format = "json";
    else if (arg == "--csv") format = "csv";
    else if (arg == "--xlsx" && has_value) xlsx_path = args[++i];
    else if (arg == "--compare" || arg == "--from" || arg == "--to" || arg == "--xlsx") return usage(arg + " needs a value");
    else return usage("query --compare: unexpected argument " + arg);
  }
  if (!request.contains("body")) return usage("query --compare needs a body id");
  if (!xlsx_path.empty()) {
    if (format != "text") return usage("choose one of --json, --csv, --xlsx");
    return write_comparison_xlsx(args[0], request, xlsx_path);
  }
  if (format == "csv") request["format"] = "csv";
  // --csv: the answer's result is the CSV text, printed as it is.
  return print_answer(args[0], request.dump(), format == "json",
                      [](const json& result) { std::cout << format_comparison_text(result); });
}

}  // namespace dutyatlas::builder
