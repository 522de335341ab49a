// Writing a table as .xlsx (see xlsx_writer.h): the five XML parts of a one-sheet workbook in a
// zip of stored entries (PKWARE APPNOTE 4.3: local headers, central directory, end record).
#include "core/base/xlsx_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>

#include "core/base/print_page.h"
#include "core/base/utf8.h"

namespace dutyatlas {
namespace {

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

// Text for an XML element: escaped, and without the control characters XML 1.0 cannot hold.
std::string xml_text(const std::string& text) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') clean += c;
  }
  return html_escape(clean);
}

std::string column_name(std::size_t index) {  // 0 → A
  std::string letters;
  for (std::size_t c = index + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), char('A' + (c - 1) % 26));
  return letters;
}

std::string ref(std::size_t column, std::size_t row) { return column_name(column) + std::to_string(row + 1); }

std::string string_cell(std::size_t column, std::size_t row, int style, const std::string& text) {
  return "<c r=\"" + ref(column, row) + "\" s=\"" + std::to_string(style) + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
         xml_text(text) + "</t></is></c>";
}

const char* const kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char* const kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char* const kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Styles by index: 0 default, 1 title, 2 header, 3 cell, 4 wrapped cell.
std::string styles_xml() {
  return std::string(kXmlHead) + "<styleSheet xmlns=\"" + kMainNs + "\">" +
         "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"等线\"/><charset val=\"134\"/></font>"
         "<font><b/><sz val=\"14\"/><name val=\"等线\"/><charset val=\"134\"/></font>"
         "<font><b/><sz val=\"11\"/><name val=\"等线\"/><charset val=\"134\"/></font></fonts>"
         "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
         "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8EEF4\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
         "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
         "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
         "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
         "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
         "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
         "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
         "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
         "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
         "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}

std::string sheet_xml(const SpreadsheetTable& t) {
  const std::size_t columns = std::max<std::size_t>(t.header.size(), 1);
  const std::vector<double> widths = column_widths(t);
  std::string x = std::string(kXmlHead) + "<worksheet xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs + "\">" +
                  "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"2\" topLeftCell=\"A3\" "
                  "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
                  "<sheetFormatPr defaultRowHeight=\"15\"/>";
  if (!widths.empty()) {
    x += "<cols>";
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const bool wrap = widths[c] >= kSpreadsheetMaxColumnWidth;
      char width[32];  // snprintf: emscripten's libc++ has no to_chars for double
      std::snprintf(width, sizeof width, "%.2f", widths[c]);
      x += "<col min=\"" + std::to_string(c + 1) + "\" max=\"" + std::to_string(c + 1) + "\" width=\"" +
           std::string(width) + "\" customWidth=\"1\" style=\"" + (wrap ? "4" : "3") + "\"/>";
    }
    x += "</cols>";
  }
  x += "<sheetData><row r=\"1\" ht=\"28\" customHeight=\"1\">" + string_cell(0, 0, 1, t.title) + "</row><row r=\"2\">";
  for (std::size_t c = 0; c < t.header.size(); ++c) x += string_cell(c, 1, 2, t.header[c]);
  x += "</row>";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    x += "<row r=\"" + std::to_string(r + 3) + "\">";
    for (std::size_t c = 0; c < t.rows[r].size() && c < t.header.size(); ++c) {
      const std::string& text = t.rows[r][c];
      if (text.empty()) continue;
      const int style = widths[c] >= kSpreadsheetMaxColumnWidth ? 4 : 3;
      double number = 0;
      if (c < t.numeric.size() && t.numeric[c] && spreadsheet_whole_number(text, &number)) {
        x += "<c r=\"" + ref(c, r + 2) + "\" s=\"" + std::to_string(style) + "\"><v>" + text + "</v></c>";
      } else {
        x += string_cell(c, r + 2, style, text);
      }
    }
    x += "</row>";
  }
  x += "</sheetData>";
  const std::string last = column_name(columns - 1);
  if (!t.header.empty()) x += "<autoFilter ref=\"A2:" + last + std::to_string(std::max<std::size_t>(t.rows.size() + 2, 2)) + "\"/>";
  if (columns > 1) x += "<mergeCells count=\"1\"><mergeCell ref=\"A1:" + last + "1\"/></mergeCells>";
  x += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
  return x;
}

std::string workbook_xml(const SpreadsheetTable& t) {
  const std::string name = spreadsheet_sheet_name(t.sheet_name);
  std::string quoted;  // 'name' with ' doubled, for the filter range
  for (char c : name) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  std::string filter;
  if (!t.header.empty()) {
    filter = "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">" +
             xml_text("'" + quoted + "'!$A$2:$" + column_name(t.header.size() - 1) + "$" +
                      std::to_string(std::max<std::size_t>(t.rows.size() + 2, 2))) +
             "</definedName></definedNames>";
  }
  return std::string(kXmlHead) + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs + "\"><sheets><sheet name=\"" +
         xml_text(name) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>" + filter + "</workbook>";
}

// --- the zip ---------------------------------------------------------------------------------

std::uint32_t crc32(const std::string& data) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : data) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void put16(std::string* out, std::uint32_t v) {
  out->push_back(char(v & 0xFF));
  out->push_back(char((v >> 8) & 0xFF));
}
void put32(std::string* out, std::uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

class StoredZip {
 public:
  void add(const std::string& name, const std::string& data) {
    const std::uint32_t crc = crc32(data), offset = std::uint32_t(bytes_.size());
    header(&bytes_, 0x04034b50, name, data, crc, 0, false);
    bytes_ += name;
    bytes_ += data;
    header(&central_, 0x02014b50, name, data, crc, offset, true);
    central_ += name;
    ++count_;
  }
  std::string finish() {
    const std::uint32_t at = std::uint32_t(bytes_.size());
    std::string out = bytes_ + central_;
    put32(&out, 0x06054b50);
    put16(&out, 0);
    put16(&out, 0);
    put16(&out, count_);
    put16(&out, count_);
    put32(&out, std::uint32_t(central_.size()));
    put32(&out, at);
    put16(&out, 0);
    return out;
  }

 private:
  static void header(std::string* out, std::uint32_t signature, const std::string& name, const std::string& data,
                     std::uint32_t crc, std::uint32_t offset, bool central) {
    put32(out, signature);
    if (central) put16(out, 20);  // made by: version 2.0
    put16(out, 20);               // needed to extract: 2.0
    put16(out, 0x0800);           // names are UTF-8
    put16(out, 0);                // stored
    put16(out, 0);                // 00:00
    put16(out, (2026 - 1980) << 9 | 1 << 5 | 1);  // a fixed date: the same table, the same bytes
    put32(out, crc);
    put32(out, std::uint32_t(data.size()));
    put32(out, std::uint32_t(data.size()));
    put16(out, std::uint32_t(name.size()));
    put16(out, 0);  // extra field
    if (!central) return;
    put16(out, 0);  // comment
    put16(out, 0);  // disk
    put16(out, 0);  // internal attributes
    put32(out, 0);  // external attributes
    put32(out, offset);
  }
  std::string bytes_, central_;
  std::uint16_t count_ = 0;
};

}  // namespace

double text_width(const std::string& text) {
  double widest = 0, line = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = next_code_point(text, &pos);
    if (cp == '\n') {
      widest = std::max(widest, line);
      line = 0;
      continue;
    }
    line += is_wide(cp) ? 2 : 1;
  }
  return std::max(widest, line);
}

std::vector<double> column_widths(const SpreadsheetTable& table) {
  std::vector<double> widths;
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    double width = text_width(table.header[c]);
    for (const auto& row : table.rows) {
      if (c < row.size()) width = std::max(width, text_width(row[c]));
    }
    widths.push_back(std::clamp(width + 2, kSpreadsheetMinColumnWidth, kSpreadsheetMaxColumnWidth));
  }
  return widths;
}

std::string spreadsheet_sheet_name(const std::string& name) {
  std::string out;
  std::size_t pos = 0, count = 0;
  while (pos < name.size() && count < 31) {
    std::size_t start = pos;
    char32_t cp = next_code_point(name, &pos);
    if (cp == '[' || cp == ']' || cp == ':' || cp == '*' || cp == '?' || cp == '/' || cp == '\\') {
      out += ' ';
    } else {
      out.append(name, start, pos - start);
    }
    ++count;
  }
  return out.empty() ? "Sheet1" : out;
}

bool spreadsheet_whole_number(const std::string& text, double* value) {
  long long n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || text.size() > 15) return false;
  // Only the number's own spelling: 0012 is a code, and -0 or -01 would show as 0 or -1.
  if (std::to_string(n) != text) return false;
  *value = double(n);
  return true;
}

std::string xlsx_bytes(const SpreadsheetTable& table) {
  StoredZip zip;
  zip.add("[Content_Types].xml",
          std::string(kXmlHead) +
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
              "</Types>");
  zip.add("_rels/.rels", std::string(kXmlHead) +
                             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                             "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                             "</Relationships>");
  zip.add("xl/workbook.xml", workbook_xml(table));
  zip.add("xl/_rels/workbook.xml.rels",
          std::string(kXmlHead) +
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
              "</Relationships>");
  zip.add("xl/styles.xml", styles_xml());
  zip.add("xl/worksheets/sheet1.xml", sheet_xml(table));
  return zip.finish();
}

}  // namespace dutyatlas
