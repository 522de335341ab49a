// Writing CSV that Excel on a Chinese Windows opens correctly and safely: the one writer behind
// every export (list views, comparisons).
//
// UTF-8 with a byte-order mark (without it Excel reads GBK), CRLF after every record, RFC 4180
// quoting (a field holding a comma, a double quote, CR or LF is quoted, quotes doubled), and
// formula injection neutralised: a cell starting with = + - @, a tab or CR gets a leading
// apostrophe, so Excel shows it as text instead of evaluating it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dutyatlas {

inline constexpr std::string_view kCsvByteOrderMark = "\xEF\xBB\xBF";

// One field, neutralised and quoted as needed.
std::string csv_field(std::string_view cell);

// Appends one record (fields and CRLF) to `out`.
void append_csv_record(std::string* out, const std::vector<std::string>& cells);

}  // namespace dutyatlas
