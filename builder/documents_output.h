// `dutyatlas query BUNDLE_DIR --documents [--body ID] [--year YYYY] [--kind KIND] [--text WORDS]
//  [--json]` and `dutyatlas query BUNDLE_DIR --document 文号 [--json | --html]`: 职责文件档案库 on the
// command line (core/documents/document_queries.h). Text: the documents one per block, newest first;
// one document with its full text and what it did to each body's duties. --json: exactly the
// automation API's answer to {"query": "documents", …} / {"query": "document", …}; --html: the
// document as the printable A4 page the client's 打印 prints (core/documents/document_print.h).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dutyatlas::builder {

// `args` as run_query gets them: BUNDLE_DIR first, then the options (--documents or --document
// among them).
int run_document_query(const std::vector<std::string>& args);

// The text of a documents answer's result and of a document answer's result, as printed.
std::string format_documents_text(const nlohmann::json& result);
std::string format_document_text(const nlohmann::json& result);

}  // namespace dutyatlas::builder
