// One document of 职责文件档案库 as a printable A4 document (打印 on #/document/<文号>, and what
// Ctrl+P prints there): a pure function of a DocumentDetail, no I/O — the client hands the text
// to the browser's print dialog; the automation API and the CLI return it
// ({"query": "document", "doc_no": …, "format": "html"}).
//
// The document: its title; 文号, 发文机关, kind, 印发 and 施行 dates; the district, data date and
// 示例数据; the full text, one paragraph each, indented as printed documents are; then the
// bodies whose duties it set or changed, by name. The frame (core/base/print_page.h) numbers
// the pages "第 N 页 / 共 M 页". Every text from the data is HTML-escaped.
#pragma once

#include <string>

#include "core/base/print_page.h"
#include "core/documents/document_queries.h"

namespace dutyatlas {

std::string document_print_html(const DocumentDetail& document, const PrintSource& source);

}  // namespace dutyatlas
