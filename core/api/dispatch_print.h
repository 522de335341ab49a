// 派单单: the dispatch slip an operator prints after 派单 / 联合派单 in 谁来管 — the complaint, the
// bodies with their roles (承办 / 协办) and 统一社会信用代码, each one's basis (clause or list entry
// with its 文号 or 事项编码), the data date and version, and lines to sign. A pure function of the
// payload a portal receives (core/api/dispatch_json.h), so the paper and the work order say the
// same; no I/O. The frame (core/base/print_page.h) is the A4 page the other prints share. Every
// text from the payload is HTML-escaped.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "core/base/print_page.h"

namespace dutyatlas {

std::string dispatch_print_html(const nlohmann::json& payload, const PrintSource& source);

}  // namespace dutyatlas
