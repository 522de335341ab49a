// `dutyatlas query BUNDLE_DIR --compare BODY [--from DATE] [--to DATE] [--changes-only]
//  [--json | --csv | --xlsx FILE]`: 新旧对照 of a body's duties on two dates (core/history/duty_compare.h).
// Text: a readable table, one block per row, rewordings marked inline as [-deleted-] and
// {+inserted+}. --json: exactly the automation API's answer to {"query": "compare", …};
// --csv: the CSV export (UTF-8 with BOM); --xlsx FILE: the same table as an Excel workbook
// (xlsx_export.h).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dutyatlas::builder {

// `args` as run_query gets them: BUNDLE_DIR first, then the options (--compare among them).
int run_compare_query(const std::vector<std::string>& args);

// The text table of a compare answer's result (comparison_json), as printed.
std::string format_comparison_text(const nlohmann::json& result);

}  // namespace dutyatlas::builder
