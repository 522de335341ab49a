#include "builder/query_command.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "builder/body_output.h"
#include "builder/history_output.h"
#include "builder/documents_output.h"
#include "builder/lists_output.h"
#include "builder/query_answer.h"
#include "builder/usage.h"
#include "core/base/text.h"
#include "core/search/snippet.h"

namespace dutyatlas::builder {
namespace {

using nlohmann::json;

// One line of a snippet for the terminal: search's marks dropped, cut to `max_chars`.
std::string snippet_line(const std::string& snippet, std::size_t max_chars) {
  return shorten(strip_marks(snippet), max_chars);
}

void print_search(const json& answer) {
  const json& hits = answer["hits"];
  const std::string suggestion = answer["suggestion"];
  if (!suggestion.empty()) std::cout << "您是不是要找：" << suggestion << "\n";
  if (answer["partial"].get<bool>() && answer["strict_hits"].get<int>() == 0) {
    std::cout << "没有同时包含全部词语的结果，以下为部分匹配\n";
  }
  if (hits.empty()) std::cout << "（无结果）\n";
  int rank = 0;
  for (const auto& h : hits) {
    if (rank == answer["strict_hits"].get<int>() && rank > 0) std::cout << "—— 部分匹配 ——\n";
    std::string body = h["body_name"];
    std::cout << ++rank << ". [" << h["kind"].get<std::string>() << "] "
              << (body.empty() || h["title"].get<std::string>().find(body) != std::string::npos ? "" : body + " · ")
              << h["title"].get<std::string>() << "  (" << h["ref"].get<std::string>() << ")\n   "
              << snippet_line(h["snippet"], 80) << "\n";
  }
}

void print_who(const json& candidates) {
  if (candidates.empty()) std::cout << "（未找到相关机构）\n";
  int rank = 0;
  for (const auto& c : candidates) {
    std::string role = c["role"] == "lead" ? "（牵头）" : c["role"] == "cooperate" ? "（配合）" : "";
    std::cout << ++rank << ". " << c["name"].get<std::string>() << role << "  ("
              << c["body_id"].get<std::string>() << ")\n";
    for (const auto& e : c["evidence"]) {
      std::cout << "   - [" << e["kind"].get<std::string>() << "] " << snippet_line(e["snippet"], 60);
      if (!e["doc_no"].get<std::string>().empty()) std::cout << "  依据 " << e["doc_no"].get<std::string>();
      std::cout << "\n";
    }
  }
}

// `query DIR --each FILE` ("-": standard input): see print_each_answer.
int run_each(const std::string& dir, const std::string& file) {
  if (file == "-") return print_each_answer(dir, std::cin);
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << file << ": cannot be read\n";
    return 1;
  }
  return print_each_answer(dir, in);
}

}  // namespace

int run_query(const std::vector<std::string>& args) {
  if (args.size() < 2) return usage_error("query takes BUNDLE_DIR and a request");
  std::string request;
  std::string mode;  // "", "search" or "who"
  bool as_json = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--list") {
      return run_list_command(args);  // --list KIND [--filter C=V]... [--csv|--json|--html]
    } else if (arg == "--compare") {
      return run_compare_query(args);  // --compare BODY [--from DATE] [--to DATE] …
    } else if (arg == "--documents" || arg == "--document") {
      return run_document_query(args);  // --documents [--kind K] … | --document 文号
    } else if (arg == "--body") {
      return run_body_query(args);  // --body ID [--date DATE] --html|--json
    } else if (arg == "--each") {  // --each FILE|-: a request per line, nothing else
      if (i != 1 || args.size() != 3) return usage_error("query --each takes one FILE (or - for standard input)");
      return run_each(args[0], args[2]);
    } else if (arg == "--json") {
      as_json = true;
    } else if ((arg == "--search" || arg == "--who") && i + 1 < args.size()) {
      mode = arg.substr(2);
      request = json{{"query", mode}, {"text", args[++i]}}.dump();
    } else if (mode.empty() && request.empty()) {
      request = arg;
      as_json = true;
    } else {
      return usage_error("query: unexpected argument " + arg);
    }
  }
  if (request.empty()) return usage_error("query needs a JSON request, --search TEXT or --who TEXT");
  return print_answer(args[0], request, as_json, mode == "search" ? print_search : print_who);
}

}  // namespace dutyatlas::builder
