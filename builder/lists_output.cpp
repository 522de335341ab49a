// `dutyatlas query DIR --list …` (see lists_output.h): turns options into an automation-API
// request, asks core/api/query_json.h, prints the answer. Never formats data itself for --csv,
// --json or --html: those are the API's bytes.
#include "builder/lists_output.h"

#include <charconv>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "builder/query_answer.h"
#include "builder/usage.h"
#include "builder/xlsx_export.h"

namespace dutyatlas::builder {
namespace {

using nlohmann::json;

// At most `max_chars` code points of a cell on one line.
std::string one_line(const std::string& text, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0, i = 0;
  while (i < text.size() && chars < max_chars) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else out.append(text, i, n);
    i += n;
    ++chars;
  }
  if (i < text.size()) out += "…";
  return out;
}

bool parse_count(const std::string& text, long long* value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *value);
  return ec == std::errc() && ptr == end && *value >= 0;
}

void print_table(const json& r) {
  std::size_t shown = r["rows"].size();
  std::size_t offset = r["offset"].get<std::size_t>();
  std::cout << r["name"].get<std::string>() << "：" << r["description"].get<std::string>()
            << "，共 " << r["total"].get<std::size_t>() << " 项";
  if (shown > 0) std::cout << "（第 " << offset + 1 << "–" << offset + shown << " 项）";
  std::cout << "\n";
  std::string header;
  for (const auto& c : r["columns"]) header += (header.empty() ? "" : " | ") + c["label"].get<std::string>();
  std::cout << header << "\n";
  for (const auto& row : r["rows"]) {
    std::string line;
    for (const auto& cell : row["cells"]) {
      line += (line.empty() ? "" : " | ") + one_line(cell.get<std::string>(), 24);
    }
    std::cout << line << "\n";
  }
  for (const auto& f : r["facet_columns"]) {
    std::string id = f["id"].get<std::string>();
    std::cout << f["label"].get<std::string>() << "：";
    int listed = 0;
    for (const auto& v : r["facets"][id]) {
      if (v["count"].get<std::size_t>() == 0 || listed == 8) break;
      std::cout << (listed++ ? " · " : "") << v["label"].get<std::string>() << " "
                << v["count"].get<std::size_t>();
    }
    std::cout << "\n";
  }
}

void print_item(const json& item) {
  std::cout << item["title"].get<std::string>() << "  (" << item["key"].get<std::string>() << ")\n";
  for (const auto& f : item["fields"]) {
    std::cout << f["label"].get<std::string>() << "：" << f["value"].get<std::string>() << "\n";
  }
  for (const auto& r : item["responsibilities"]) {
    std::cout << "  - " << r["stage"].get<std::string>() << "：" << one_line(r["duty"], 60) << "\n";
  }
  for (const auto& s : item["stages"]) {
    std::string line;
    for (const auto& cell : s["cells"]) line += (line.empty() ? "" : " | ") + one_line(cell, 24);
    std::cout << "  - " << line << "\n";
  }
}

void print_lists(const json& lists) {
  for (const auto& l : lists) {
    std::cout << l["kind"].get<std::string>() << "\t" << l["name"].get<std::string>() << "\t"
              << l["count"].get<std::size_t>() << "\n";
  }
}

// The data date of the publication in `dir` (its manifest.json), or "".
std::string data_date_of(const std::string& dir) {
  std::ifstream in(dir + "/manifest.json");
  json manifest = json::parse(in, nullptr, false);
  return manifest.is_object() ? manifest.value("data_date", std::string()) : std::string();
}

// --xlsx FILE: the whole view as a workbook, its filters and the data date in the title row.
int write_list_xlsx(const std::string& dir, json request, const json& filters, const std::string& path) {
  request.erase("format");
  request["offset"] = 0;
  request["limit"] = 1000000;
  std::optional<std::string> answer = answer_from_publication(dir, request.dump());
  if (!answer) return 1;
  json parsed = json::parse(*answer, nullptr, false);
  if (!parsed.is_object() || !parsed.value("ok", false)) {
    std::cerr << (parsed.is_object() ? parsed.value("error", *answer) : *answer) << "\n";
    return 1;
  }
  const json& r = parsed["result"];
  ExportTable table;
  table.sheet_name = r["name"].get<std::string>();
  std::string conditions;
  for (const auto& [column, values] : filters.items()) {
    std::string label = column;
    for (const auto& c : r["all_columns"]) {
      if (c["id"] == column) label = c["label"].get<std::string>();
    }
    std::string joined;
    for (const auto& v : values) joined += (joined.empty() ? "" : "、") + v.get<std::string>();
    conditions += (conditions.empty() ? "" : "；") + label + "：" + joined;
  }
  if (request.contains("text")) {
    conditions += (conditions.empty() ? "" : "；") + std::string("关键词：") + request["text"].get<std::string>();
  }
  table.title = r["name"].get<std::string>() + "（共 " + std::to_string(r["total"].get<std::size_t>()) + " 项" +
                (conditions.empty() ? "" : "，筛选 " + conditions) + "）　数据日期：" + data_date_of(dir);
  for (const auto& c : r["columns"]) {
    table.header.push_back(c["label"].get<std::string>());
    table.numeric.push_back(c.value("numeric", false));
  }
  for (const auto& row : r["rows"]) table.rows.push_back(row["cells"].get<std::vector<std::string>>());
  std::string error;
  if (!write_xlsx_table(path, table, &error)) {
    std::cerr << error << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int run_list_command(const std::vector<std::string>& args) {
  if (args.empty()) return usage_error("query takes BUNDLE_DIR");
  json request = {{"query", "list"}};
  json filters = json::object();
  std::string format;  // "", csv, json, html
  std::string item_key;
  std::string xlsx_path;
  bool has_kind = false, has_limit = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    std::string v;
    if (arg == "--csv" || arg == "--json" || arg == "--html") {
      if (!format.empty() && format != arg.substr(2)) return usage_error("choose one of --csv, --json, --html");
      format = arg.substr(2);
    } else if (arg == "--xlsx") {
      if (!value(&xlsx_path)) return usage_error("--xlsx needs a FILE.xlsx to write");
    } else if (arg == "--list") {
      if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) {
        request["kind"] = args[++i];
        has_kind = true;
      }
    } else if (arg == "--filter") {
      if (!value(&v)) return usage_error("--filter needs COLUMN=VALUE");
      std::size_t eq = v.find('=');
      if (eq == std::string::npos || eq == 0) return usage_error("--filter needs COLUMN=VALUE, not " + v);
      std::string column = v.substr(0, eq);
      if (!filters.contains(column)) filters[column] = json::array();
      filters[column].push_back(v.substr(eq + 1));
    } else if (arg == "--text") {
      if (!value(&v)) return usage_error("--text needs a text");
      request["text"] = v;
    } else if (arg == "--sort") {
      if (!value(&v)) return usage_error("--sort needs COLUMN or COLUMN:desc");
      std::size_t colon = v.rfind(':');
      std::string direction = colon == std::string::npos ? "" : v.substr(colon + 1);
      if (direction == "desc" || direction == "asc") v = v.substr(0, colon);
      request["sort"] = v;
      request["desc"] = direction == "desc";
    } else if (arg == "--columns") {
      if (!value(&v)) return usage_error("--columns needs a,b,c");
      request["columns"] = v;
    } else if (arg == "--offset" || arg == "--limit") {
      long long n = 0;
      if (!value(&v) || !parse_count(v, &n)) return usage_error(arg + " needs a whole number");
      request[arg.substr(2)] = n;
      if (arg == "--limit") has_limit = true;
    } else if (arg == "--item") {
      if (!value(&item_key)) return usage_error("--item needs a key");
    } else {
      return usage_error("query --list: unexpected argument " + arg);
    }
  }
  if (!has_kind) {
    request = {{"query", "lists"}};
  } else if (!item_key.empty()) {
    request = {{"query", "list_item"}, {"kind", request["kind"]}, {"key", item_key}};
  } else {
    if (!filters.empty()) request["filters"] = filters;
    if (format == "csv" || format == "html") request["format"] = format;
    if (format.empty() && !has_limit) request["limit"] = 20;
  }
  if (!xlsx_path.empty()) {
    if (!has_kind || !item_key.empty() || !format.empty()) {
      return usage_error("--xlsx writes a list's view: give --list KIND, and no --item, --csv, --json or --html");
    }
    return write_list_xlsx(args[0], request, filters, xlsx_path);
  }

  // --csv, --html: the answer's result is the document, printed as it is.
  return print_answer(args[0], request.dump(), format == "json", [&](const json& result) {
    if (!has_kind) print_lists(result);
    else if (!item_key.empty()) print_item(result);
    else print_table(result);
  });
}

}  // namespace dutyatlas::builder
