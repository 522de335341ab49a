// `dutyatlas query BUNDLE_DIR --list KIND …`: 清单查询 on the command line, through the very
// request the browser sends (core/api/lists_json.h), so both give the same bytes.
//
//   query DIR --list KIND [--filter COLUMN=VALUE]... [--text T] [--sort COL[:desc]]
//             [--columns a,b,c] [--offset N] [--limit N] [--csv | --json | --html | --xlsx FILE]
//   query DIR --list KIND --item KEY [--json]     one item in full
//   query DIR --list                               the lists the bundle holds
//
// --list comes first after BUNDLE_DIR (query_command.cpp hands everything over when it meets
// it). --filter may be repeated: values of one column are OR'ed, columns AND'ed. --csv writes the
// whole view exactly as {"format": "csv"} answers it (BOM, CRLF — byte for byte), --html the
// printable document; --json the API's answer; --xlsx FILE the whole view as an Excel workbook
// (xlsx_export.h: title row with the filters and data date, bold frozen header). Without a format: a short table for a terminal
// (20 rows unless --limit) and the facet counts.
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::builder {

// args: what followed `query` (args[0] is the bundle folder).
int run_list_command(const std::vector<std::string>& args);

}  // namespace dutyatlas::builder
