#include "csv_reader.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <set>
#include <utility>

#include <iconv.h>

#include "core/base/text.h"
#include "core/base/utf8.h"
#include "builder/file_format.h"
#include "builder/source_file.h"

namespace dutyatlas::builder {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kNone = std::string_view::npos;

std::string hex_bytes(std::string_view bytes, std::size_t offset, std::size_t count) {
  std::string out;
  for (std::size_t i = offset; i < bytes.size() && i < offset + count; ++i) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%s0x%02X", out.empty() ? "" : " ",
                  static_cast<unsigned char>(bytes[i]));
    out += buffer;
  }
  return out;
}

struct Gb18030Result {
  bool available = true;
  std::string text;          // UTF-8; up to the first bad sequence if there is one
  std::size_t bad = kNone;   // input offset of the first invalid or incomplete sequence
};

Gb18030Result decode_gb18030(std::string_view bytes) {
  Gb18030Result result;
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    result.available = false;
    return result;
  }
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  while (in_left > 0) {
    if (iconv(cd, &in, &in_left, &out_ptr, &out_left) != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      std::size_t used = std::size_t(out_ptr - out.data());
      out.resize(out.size() * 2);
      out_ptr = out.data() + used;
      out_left = out.size() - used;
      continue;
    }
    result.bad = std::size_t(in - bytes.data());  // EILSEQ, or EINVAL: cut off at the end
    break;
  }
  iconv_close(cd);
  out.resize(std::size_t(out_ptr - out.data()));
  result.text = std::move(out);
  return result;
}

class Reporter {
 public:
  Reporter(const std::string& file, Diagnostics* diagnostics)
      : file_(file), diagnostics_(diagnostics ? diagnostics : &sink_) {}

  void error(TextPosition at, std::string field, std::string message, std::string hint) {
    diagnostics_->error({{}, file_, at.line, at.column, std::move(field), std::move(message),
                         std::move(hint)});
  }
  void warning(TextPosition at, std::string field, std::string message, std::string hint) {
    diagnostics_->warning({{}, file_, at.line, at.column, std::move(field), std::move(message),
                           std::move(hint)});
  }
  void file_error(std::string message, std::string hint) {
    diagnostics_->error({{}, file_, 0, 0, "", std::move(message), std::move(hint)});
  }

 private:
  const std::string& file_;
  Diagnostics sink_;
  Diagnostics* diagnostics_;
};

const char* const kSaveAsUtf8 = "save it from Excel as \"CSV UTF-8 (逗号分隔)\"";

// A UTF-8 file with a bad byte on this many lines or fewer is a slip at those places (each
// reported, the other rows still checked); on more, it is in another encoding (one message).
constexpr std::size_t kFewBadLines = 3;

// A UTF-8 text (BOM removed) whose first bad byte is at `bad`: if every bad byte is on a few
// lines past the header, each is reported, becomes U+FFFD, and its line goes to *bad_lines (the
// row is left out, the others still checked). nullopt, with nothing reported, on more lines.
std::optional<std::string> utf8_with_few_bad_bytes(const std::string& bytes, std::size_t bad,
                                                   CsvEncoding encoding, Reporter* report,
                                                   std::set<int>* bad_lines) {
  std::vector<std::size_t> offsets;
  std::set<int> lines;
  for (std::size_t from = 0, next = bad; next != kNone && lines.size() <= kFewBadLines;) {
    offsets.push_back(from + next);
    lines.insert(position_of_offset(bytes, from + next).line);
    from += next + 1;
    next = first_invalid_utf8(std::string_view(bytes).substr(from));
  }
  if (lines.size() > kFewBadLines || lines.count(1)) return std::nullopt;
  std::string text;
  std::size_t done = 0;
  std::set<int> reported;
  for (std::size_t offset : offsets) {
    TextPosition at = position_of_offset(bytes, offset);
    if (reported.insert(at.line).second) {
      report->error(at, "", "invalid UTF-8 byte " + hex_bytes(bytes, offset, 1) + "; this row is left out",
                    "retype the text at this place, or " + std::string(kSaveAsUtf8) + " again" +
                        (encoding == CsvEncoding::kUtf8
                             ? "; if the file is GBK, set csv_encoding to \"gb18030\" or \"auto\""
                             : ""));
    }
    text.append(bytes, done, offset - done);
    text += "\xEF\xBF\xBD";
    done = offset + 1;
  }
  text.append(bytes, done, std::string::npos);
  *bad_lines = std::move(reported);
  return text;
}

// The file's text as UTF-8 without a BOM, or nullopt after reporting why it cannot be decoded.
// A few bad bytes in UTF-8 become U+FFFD, their lines go to *bad_lines (their rows are left out).
std::optional<std::string> decode(std::string bytes, CsvEncoding encoding, Reporter* report,
                                  std::set<int>* bad_lines) {
  bool has_bom = std::string_view(bytes).substr(0, 3) == kUtf8Bom;
  if (encoding == CsvEncoding::kGb18030 && has_bom) {
    report->file_error(
        "the file is UTF-8 (it starts with a UTF-8 byte order mark), but dataset.json declares "
        "csv_encoding \"gb18030\"",
        "set csv_encoding to \"auto\" or \"utf-8\", or save the file as \"CSV (逗号分隔)\" in GBK");
    return std::nullopt;
  }
  if (encoding != CsvEncoding::kGb18030) {
    if (has_bom) bytes.erase(0, kUtf8Bom.size());
    std::size_t bad = first_invalid_utf8(bytes);
    if (bad == kNone) return bytes;
    if (encoding == CsvEncoding::kUtf8 || has_bom) {
      if (auto text = utf8_with_few_bad_bytes(bytes, bad, encoding, report, bad_lines)) return text;
      TextPosition at = position_of_offset(bytes, bad);
      std::string message = "invalid UTF-8 byte " + hex_bytes(bytes, bad, 1);
      std::string hint;
      if (encoding == CsvEncoding::kUtf8) {
        message += " (dataset.json declares csv_encoding \"utf-8\")";
        hint = std::string(kSaveAsUtf8) +
               "; if the file is GBK, set csv_encoding to \"gb18030\" or \"auto\"";
      } else {
        message += " (the file starts with a UTF-8 byte order mark)";
        hint = "retype the text at this place, or " + std::string(kSaveAsUtf8) + " again";
      }
      report->error(at, "", std::move(message), std::move(hint));
      return std::nullopt;
    }
  }
  Gb18030Result gb = decode_gb18030(bytes);
  if (!gb.available) {
    report->file_error("cannot decode GB18030: iconv on this system does not support it",
                       kSaveAsUtf8);
    return std::nullopt;
  }
  if (gb.bad != kNone) {
    if (encoding == CsvEncoding::kAuto) {
      // Neither encoding fits: point at the error of the one that got further.
      // UTF-8 that got further, with a slip on a few lines: those rows, not the whole file.
      std::size_t bad_utf8 = first_invalid_utf8(bytes);
      if (bad_utf8 >= gb.bad) {
        if (auto text = utf8_with_few_bad_bytes(bytes, bad_utf8, encoding, report, bad_lines)) return text;
        report->error(position_of_offset(bytes, bad_utf8), "",
                      "invalid UTF-8 byte " + hex_bytes(bytes, bad_utf8, 1) +
                          " (and the file is not GB18030 either)",
                      kSaveAsUtf8);
        return std::nullopt;
      }
    }
    TextPosition at = position_of_offset(gb.text, gb.text.size());
    std::string message = "invalid GB18030 byte sequence " + hex_bytes(bytes, gb.bad, 4);
    std::string hint;
    if (encoding == CsvEncoding::kAuto) {
      message += " (and the file is not UTF-8 either)";
      hint = kSaveAsUtf8;
    } else {
      message += " (dataset.json declares csv_encoding \"gb18030\")";
      hint = std::string(kSaveAsUtf8) + " and set csv_encoding to \"auto\" or \"utf-8\"";
    }
    report->error(at, "", std::move(message), std::move(hint));
    return std::nullopt;
  }
  std::string text = std::move(gb.text);
  if (std::string_view(text).substr(0, 3) == kUtf8Bom) text.erase(0, 3);  // GB18030's BOM
  return text;
}

struct Record {
  int line = 0;
  std::vector<ListCell> cells;
  bool bad = false;  // an error was reported: the row is skipped
  TextPosition end;  // where the last cell ends, for padding cells
};

// RFC 4180 records of decoded text, with positions.
class Parser {
 public:
  Parser(std::string_view text, Reporter* report) : text_(text), report_(report) {}

  // Names cells in messages once the header is known.
  void set_header(const std::vector<std::string>* header) { header_ = header; }

  bool next(Record* record) {
    if (pos_ >= text_.size()) return false;
    *record = Record();
    record->line = at_.line;
    for (;;) {
      read_cell(record);
      if (pos_ < text_.size() && text_[pos_] == ',') {
        advance_byte();
        continue;
      }
      record->end = at_;
      if (pos_ < text_.size()) take_line_break(nullptr);
      return true;
    }
  }

 private:
  bool at_line_break() const {
    return pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r');
  }
  void advance_byte() {
    ++pos_;
    ++at_.column;
  }
  char32_t take_code_point(std::string* out) {
    std::size_t start = pos_;
    char32_t cp = next_code_point(text_, &pos_);
    out->append(text_.substr(start, pos_ - start));
    ++at_.column;
    return cp;
  }
  void take_line_break(std::string* out) {
    char c = text_[pos_++];
    if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    if (out) out->push_back('\n');
    ++at_.line;
    at_.column = 1;
  }

  std::string field_name(const Record& record) const {
    std::size_t index = record.cells.size();
    if (header_ && index < header_->size()) return (*header_)[index];
    return {};
  }

  void fail(Record* record, TextPosition at, std::string message, std::string hint) {
    if (!record->bad) report_->error(at, field_name(*record), std::move(message), std::move(hint));
    record->bad = true;
  }

  void read_cell(Record* record) {
    ListCell cell;
    cell.line = at_.line;
    cell.column = at_.column;
    std::string raw;
    bool quoted = false;  // a quoted part has been read
    while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_break()) {
      TextPosition here = at_;
      if (text_[pos_] == '"' && !quoted && trim(raw).empty()) {
        quoted = true;
        raw.clear();
        if (!read_quoted(&raw)) {
          report_->error(here, field_name(*record), "unterminated quoted cell",
                         "the quote opened here is never closed: add the closing \", and write "
                         "a quote inside a quoted cell as \"\"");
          record->bad = true;
          break;
        }
        continue;
      }
      char32_t cp = take_code_point(&raw);
      if (quoted && !is_space(cp)) {
        fail(record, here, "text after the closing quote of a quoted cell",
             "put the whole cell in double quotes and write a quote inside it as \"\"");
      } else if (cp == '"' && !quoted) {
        fail(record, here, "a quote in the middle of an unquoted cell",
             "put the whole cell in double quotes and write the quote as \"\": "
             "\"...\"\"...\"\"...\"");
      }
    }
    cell.text = std::string(trim(raw));
    record->cells.push_back(std::move(cell));
  }

  // After an opening quote: reads up to and past the closing quote. False at the end of the text.
  bool read_quoted(std::string* out) {
    advance_byte();  // the opening quote
    while (pos_ < text_.size()) {
      if (text_[pos_] == '"') {
        advance_byte();
        if (pos_ < text_.size() && text_[pos_] == '"') {
          advance_byte();
          out->push_back('"');
          continue;
        }
        return true;
      }
      if (at_line_break()) {
        take_line_break(out);
      } else {
        take_code_point(out);
      }
    }
    return false;
  }

  std::string_view text_;
  Reporter* report_;
  const std::vector<std::string>* header_ = nullptr;
  std::size_t pos_ = 0;
  TextPosition at_{1, 1};
};

bool is_blank(const Record& record) {
  for (const auto& cell : record.cells) {
    if (!cell.text.empty()) return false;
  }
  return true;
}

}  // namespace

std::optional<ListTable> read_csv(const fs::path& dir, const std::string& name,
                                 CsvEncoding encoding, Diagnostics* diagnostics) {
  Reporter report(name, diagnostics);
  SourceFileProblem problem;
  std::optional<std::string> bytes = read_source_file(dir, name, &problem);
  if (!bytes) {
    report.file_error(problem.message, problem.hint);
    return std::nullopt;
  }

  return parse_csv(std::move(*bytes), name, encoding, diagnostics);
}

std::optional<ListTable> parse_csv(std::string bytes, const std::string& name, CsvEncoding encoding,
                                  Diagnostics* diagnostics) {
  Reporter report(name, diagnostics);
  if (auto foreign = foreign_format(bytes, "CSV UTF-8 (逗号分隔)")) {
    report.file_error(foreign->message, foreign->hint);
    return std::nullopt;
  }
  std::set<int> bad_lines;
  std::optional<std::string> text = decode(std::move(bytes), encoding, &report, &bad_lines);
  if (!text) return std::nullopt;

  ListTable table;
  table.file = name;
  Parser parser(*text, &report);
  Record record;

  // The header: the first row that is not blank.
  bool found_header = false;
  while (parser.next(&record)) {
    if (is_blank(record) && !record.bad) continue;
    found_header = true;
    break;
  }
  if (!found_header) {
    report.file_error("the file is empty", "the first row must hold the column names");
    return std::nullopt;
  }
  if (record.bad) return std::nullopt;  // reported; without column names nothing can be read
  if (record.cells.size() == 1 && record.cells[0].text.find('\t') != std::string::npos) {
    report.file_error("the columns are separated by tabs (a tab-separated file), not commas",
                      "open it in Excel and save it as CSV UTF-8 (逗号分隔)");
    return std::nullopt;
  }
  while (!record.cells.empty() && record.cells.back().text.empty()) {
    record.cells.pop_back();  // Excel's trailing empty columns
  }
  for (std::size_t i = 0; i < record.cells.size(); ++i) {
    const ListCell& cell = record.cells[i];
    TextPosition at{cell.line, cell.column};
    if (cell.text.empty()) {
      report.warning(at, "",
                     "column " + std::to_string(i + 1) + " has no name; its cells are ignored",
                     "write the column's name in the first row, or delete the column");
    } else if (int first = table.column_of(cell.text); first >= 0) {
      report.error(at, cell.text,
                   "duplicate column name \"" + cell.text + "\" (also column " +
                       std::to_string(first + 1) + ")",
                   "rename or delete one of the two columns");
    }
    table.header.push_back(cell.text);
  }
  parser.set_header(&table.header);

  const std::size_t width = table.header.size();
  while (parser.next(&record)) {
    if (record.bad || is_blank(record)) continue;
    auto bad_line = bad_lines.lower_bound(record.line);
    if (bad_line != bad_lines.end() && *bad_line <= record.end.line) continue;  // reported
    if (record.cells.size() > width) {
      std::size_t used = record.cells.size();
      while (used > width && record.cells[used - 1].text.empty()) --used;
      if (used > width) {
        std::size_t extra = width;
        while (record.cells[extra].text.empty()) ++extra;
        const ListCell& cell = record.cells[extra];
        report.error({cell.line, cell.column}, "",
                     "this row has " + std::to_string(used) + " cells, but the first row names " +
                         std::to_string(width) + " columns",
                     "put a cell that contains a comma in double quotes, or name the extra "
                     "column in the first row");
        continue;
      }
      record.cells.resize(width);
    }
    while (record.cells.size() < width) {
      record.cells.push_back({"", record.end.line, record.end.column});
    }
    table.rows.push_back({record.line, std::move(record.cells)});
  }
  return table;
}

std::vector<std::string> split_list_cell(std::string_view cell) {
  std::vector<std::string> values;
  std::size_t begin = 0;
  std::size_t pos = 0;
  auto flush = [&](std::size_t end) {
    std::string_view value = trim(cell.substr(begin, end - begin));
    if (!value.empty()) values.emplace_back(value);
  };
  while (pos < cell.size()) {
    std::size_t start = pos;
    char32_t cp = next_code_point(cell, &pos);
    if (cp == U'、' || cp == U'，' || cp == U',' || cp == U';' || cp == U'；') {
      flush(start);
      begin = pos;
    }
  }
  flush(cell.size());
  return values;
}

}  // namespace dutyatlas::builder
