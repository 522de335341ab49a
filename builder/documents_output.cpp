// `dutyatlas query --documents / --document` as text for a terminal (see documents_output.h).
#include "builder/documents_output.h"

#include <iostream>

#include "builder/query_answer.h"
#include "core/history/change_kind.h"
#include "core/history/duty_compare.h"
#include "builder/usage.h"

namespace dutyatlas::builder {
namespace {

using nlohmann::json;

std::string str(const json& value) { return value.is_string() ? value.get<std::string>() : ""; }

constexpr const char* kDocumentsUsage =
    "usage: dutyatlas query BUNDLE_DIR --documents [--body ID] [--year YYYY] "
    "[--kind KIND] [--text WORDS] [--json]\n"
    "       dutyatlas query BUNDLE_DIR --document 文号 [--json | --html]\n";

int usage(const std::string& why) { return usage_error(why, kDocumentsUsage); }

// [修改] for a change; a transfer says which way it went for the body it is listed under.
std::string change_mark(const json& change, const std::string& body_id) {
  if (str(change["kind"]) == change_kind_code(ChangeKind::kTransferred)) {
    CompareKind way = str(change["body"]["id"]) == body_id ? CompareKind::kTransferredOut
                                                            : CompareKind::kTransferredIn;
    return "[" + std::string(compare_kind_label(way)) + "]";
  }
  return "[" + str(change["label"]) + "]";
}

}  // namespace

std::string format_documents_text(const json& result) {
  std::string out = "共 " + std::to_string(result["count"].get<int>()) + " 件（全部 " +
                    std::to_string(result["total"].get<int>()) + " 件）\n";
  for (const auto& d : result["documents"]) {
    out += "\n" + str(d["doc_no"]) + "  [" + str(d["kind_label"]) + "]  " + str(d["issued"]) +
           " 印发  " + str(d["effective"]) + " 施行\n  " + str(d["title"]) + "\n  " +
           str(d["issuer"]) + "\n";
  }
  std::string facets = "\n类型：";
  for (const auto& k : result["kinds"]) facets += " " + str(k["label"]) + " " + std::to_string(k["count"].get<int>());
  facets += "\n年份：";
  for (const auto& y : result["years"]) facets += " " + str(y["year"]) + " " + std::to_string(y["count"].get<int>());
  return out + facets + "\n";
}

std::string format_document_text(const json& result) {
  std::string out = str(result["title"]) + "\n" + str(result["doc_no"]) + " · " +
                    str(result["issuer"]) + " · " + str(result["issued"]) + " 印发 · " +
                    str(result["effective"]) + " 施行 · " + str(result["kind_label"]) + "\n\n";
  for (const auto& p : result["paragraphs"]) out += str(p) + "\n";
  out += "\n本文件涉及的职责\n";
  if (result["bodies"].empty()) out += "（未设定或调整机构职责）\n";
  for (const auto& b : result["bodies"]) {
    std::string id = str(b["id"]);
    out += "- " + str(b["name"]) + " (" + id + ")  新旧对照 " + str(b["compare_from"]) + " → " +
           str(b["compare_to"]) + "\n";
    if (b["sanding"].get<bool>()) {
      out += "  三定规定，设定主要职责 " + std::to_string(b["sanding_clauses"].get<int>()) + " 项\n";
    }
    for (const auto& c : b["changes"]) {
      out += "  " + change_mark(c, id) + " " + str(c["text"]) + "\n";
      if (!str(c["old_text"]).empty()) out += "        原表述：" + str(c["old_text"]) + "\n";
      if (str(c["kind"]) == change_kind_code(ChangeKind::kTransferred)) {
        out += str(c["body"]["id"]) == id ? "        划转至 " + str(c["other_body"]["name"]) + "\n"
                                          : "        由 " + str(c["body"]["name"]) + " 划入\n";
      }
    }
  }
  return out;
}

int run_document_query(const std::vector<std::string>& args) {
  if (args.empty()) return usage("query takes BUNDLE_DIR");
  json request = {{"query", "documents"}};
  bool as_json = false;
  bool html = false;  // the printable A4 document of one document
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool has_value = i + 1 < args.size();
    if (arg == "--documents") request["query"] = "documents";
    else if (arg == "--document" && has_value) request = {{"query", "document"}, {"doc_no", args[++i]}};
    else if (arg == "--body" && has_value) request["body"] = args[++i];
    else if (arg == "--year" && has_value) request["year"] = args[++i];
    else if (arg == "--kind" && has_value) request["kind"] = args[++i];
    else if (arg == "--text" && has_value) request["text"] = args[++i];
    else if (arg == "--json") as_json = true;
    else if (arg == "--html") html = true;
    else return usage("query --documents/--document: unexpected argument or missing value: " + arg);
  }
  bool one = request["query"] == "document";
  if (html && (!one || as_json)) return usage("--html prints one document: --document 文号 --html");
  if (html) request["format"] = "html";  // the result is the document, printed as it is
  return print_answer(args[0], request.dump(), as_json, [one](const json& result) {
    std::cout << (one ? format_document_text(result) : format_documents_text(result));
  });
}

}  // namespace dutyatlas::builder
