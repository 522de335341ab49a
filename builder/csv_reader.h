// Reading publishers' CSV lists (权力清单, 责任清单 …), as Excel saves them: UTF-8 with or
// without a BOM, or GB18030/GBK ("CSV (逗号分隔)" on a Chinese Windows), RFC 4180 quoting, CRLF
// or LF. Every cell keeps the line and column it starts at, so later checks can point a
// publisher at it; problems of the file itself go to Diagnostics with file, line, column and a
// hint.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "builder/diagnostics.h"
#include "builder/list_table.h"

namespace dutyatlas::builder {

// dataset.json's csv_encoding: "auto" (default), "utf-8", "gb18030".
enum class CsvEncoding { kAuto, kUtf8, kGb18030 };

// Reads the CSV file at `path`; messages name it `display_name`.
//
// Decoding: kAuto takes the bytes as UTF-8 if they are valid UTF-8 (or start with a UTF-8 BOM),
// else as GB18030 (of which GBK is a subset); kUtf8 requires valid UTF-8; kGb18030 decodes as
// GB18030. A BOM is stripped. Line breaks are LF, CRLF or a lone CR.
//
// Parsing (RFC 4180): cells separated by commas, double-quoted cells may hold commas, line
// breaks and "" for a quote; spaces around a quoted cell are allowed. Cells and header names are
// trimmed of ASCII white space, U+00A0 and U+3000 (full-width space). Rows whose cells are all
// empty are skipped (Excel writes empty rows as ",,,"). Rows with fewer cells than the header are
// padded with empty cells; extra cells are an error unless they are empty (Excel pads ragged
// rows with commas), and trailing unnamed header columns are dropped.
//
// Errors (reported, the row is skipped): an unterminated quote (at the opening quote), a quote
// inside an unquoted cell or text after a closing quote, more cells than the header. Duplicate
// header names are an error (column_of finds the first); an unnamed column in the middle is a
// warning.
//
// Reads `dir/name` (builder/source_file.h: no links, no devices); `name` is how messages name it.
// Returns nullopt (after reporting why) when the file cannot be read, cannot be decoded, or has
// no usable header row (empty file, or an error in the first row); otherwise the table.
std::optional<ListTable> read_csv(const std::filesystem::path& dir, const std::string& name,
                                 CsvEncoding encoding, Diagnostics* diagnostics);

// read_csv's parsing of bytes already read (the builder's own general lexicon, compiled in:
// builder/lexicon.h); messages name them `name`.
std::optional<ListTable> parse_csv(std::string bytes, const std::string& name, CsvEncoding encoding,
                                  Diagnostics* diagnostics);

// Splits a cell holding several values ("区财政局、区审计局") on 、 and also on ，,;； —
// each value trimmed as cells are, empty values dropped.
std::vector<std::string> split_list_cell(std::string_view cell);

}  // namespace dutyatlas::builder
