// A body's 三定 as a printable A4 document (打印 on the body page, and what Ctrl+P prints
// there): the frame of core/base/print_page.h around the body as the page shows it on a date.
// No I/O beyond reading the database: the client hands the text to the browser's print dialog,
// the automation API and the CLI return it ({"query": "body", …, "format": "html"}).
//
// The document: the body's name as title; its category, 规格 and 统一社会信用代码; the 三定 in
// force and the last adjustment, with their 文号; the district, data date and 示例数据; then the
// sections of a 三定 in its own order and numbering — 机构设置, 主要职责 (clauses （一）（二）…, each
// clause set by a later document than the 三定 followed by that document's 文号), 职能转变,
// 内设机构 with their duties, 人员编制 (where the data has it), 职责分工 — and last the documents
// the duties rest on (the 三定 and every adjustment since, up to the date) as a table.
// Page numbers "第 N 页 / 共 M 页" at the foot. Every text from the data is HTML-escaped.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

// `date` empty: the publication's data date (as body_profile). nullopt if no body has that id.
std::optional<std::string> body_print_html(const DutyDatabase& db, std::string_view body_id,
                                           std::string_view date = {});

}  // namespace dutyatlas
