// Reading an .xlsx workbook's parts (see xlsx_workbook.h). The parts, by ECMA-376: the package
// relationships name xl/workbook.xml; it lists the sheets (name, relationship id) and the date
// system; xl/_rels/workbook.xml.rels maps ids to sheet parts; xl/sharedStrings.xml holds the
// text cells refer to by index; xl/styles.xml maps a cell's style to its number format.
// The zip and XML plumbing is office_zip.h's.
#include "builder/xlsx_workbook.h"

#include <cstdlib>
#include <cstring>
#include <memory>

#include "builder/office_zip.h"
#include "builder/xlsx_cell_text.h"
#include "core/base/utf8.h"

namespace dutyatlas::builder {
namespace {

const char* const kNotUtf8 = "bytes that are not UTF-8 text (a damaged file, or a part in another encoding)";

// OOXML writes characters XML cannot hold as _xHHHH_ (_x000D_ for a carriage return).
std::string unescape_ooxml(const std::string& s) {
  if (s.find("_x") == std::string::npos) return s;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "_x") == 0 && i + 7 <= s.size() && s[i + 6] == '_' &&
        std::strspn(s.c_str() + i + 2, "0123456789abcdefABCDEF") >= 4) {
      unsigned long cp = std::strtoul(s.substr(i + 2, 4).c_str(), nullptr, 16);
      if (cp == '\r') {  // a line break is "\n" in every list cell
      } else if (cp < 0x80) {
        out += char(cp);
      } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6)), out += char(0x80 | (cp & 0x3F));
      } else {
        out += char(0xE0 | (cp >> 12)), out += char(0x80 | ((cp >> 6) & 0x3F)), out += char(0x80 | (cp & 0x3F));
      }
      i += 6;
    } else if (s[i] != '\r') {
      out += s[i];
    }
  }
  return out;
}

// The text of a string item (<si>, <is>): its <t>, or the <t> of each rich-text run <r>;
// phonetic guides (<rPh>) are not part of the text.
std::string string_item_text(pugi::xml_node item) {
  std::string out;
  for (pugi::xml_node c : item.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = local_name(c.name());
    if (name == "t") out += c.text().get();
    if (name == "r") out += child(c, "t").text().get();
  }
  return unescape_ooxml(out);
}

// "B17" → column 2, row 17; false if it is not a cell reference.
bool parse_reference(std::string_view ref, int* column, int* row) {
  std::size_t i = 0;
  int c = 0, r = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && c < 100000) c = c * 26 + (ref[i++] - 'A' + 1);
  std::size_t digits = i;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && r < 10000000) r = r * 10 + (ref[i++] - '0');
  if (c == 0 || r == 0 || i == digits || i != ref.size()) return false;
  *column = c;
  *row = r;
  return true;
}

struct Styles {
  std::vector<NumberFormat> cell_formats;  // by the cell's style index s
};

Styles read_styles(OfficeZip& package) {
  Styles styles;
  pugi::xml_document doc;
  if (!package.load("xl/styles.xml", &doc, false)) return styles;
  pugi::xml_node root = doc.document_element();
  std::map<int, std::string> codes;
  for_children(child(root, "numFmts"), "numFmt", [&](pugi::xml_node n) {
    codes[std::atoi(attribute(n, "numFmtId"))] = attribute(n, "formatCode");
  });
  for_children(child(root, "cellXfs"), "xf", [&](pugi::xml_node xf) {
    NumberFormat format;
    format.id = std::atoi(attribute(xf, "numFmtId"));
    if (auto it = codes.find(format.id); it != codes.end()) format.code = it->second;
    styles.cell_formats.push_back(format);
  });
  return styles;
}

struct SheetContext {
  const std::vector<std::string>* shared = nullptr;
  const Styles* styles = nullptr;
  bool date1904 = false;
};

// One <c> of a sheet: its text, or an error for sheet.errors.
void read_cell(pugi::xml_node c, int row, int column, const SheetContext& ctx, XlsxSheet* sheet) {
  // pugixml passes bytes through, and writes a character reference to a surrogate (&#55296;) as
  // bytes that are not UTF-8: such a cell is refused here (its row left out, with a message)
  // rather than published. What an error says may quote the cell, so it is checked too.
  auto refuse = [&](std::string why) {
    if (!is_valid_utf8(why)) why = kNotUtf8;
    sheet->errors.push_back({row, column, std::move(why)});
  };
  std::string type = attribute(c, "t");
  const char* value = child(c, "v").text().get();
  std::string text;
  if (type == "s") {
    char* end = nullptr;
    unsigned long index = std::strtoul(value, &end, 10);
    if (*value == '\0' || *end != '\0' || index >= ctx.shared->size()) {
      refuse(std::string("a shared string index ") + value + " that the workbook does not have");
      return;
    }
    text = (*ctx.shared)[index];
  } else if (type == "inlineStr") {
    text = string_item_text(child(c, "is"));
  } else if (type == "str") {
    text = unescape_ooxml(value);
  } else if (type == "b") {
    text = std::string(value) == "1" ? "TRUE" : "FALSE";
  } else if (type == "e") {
    refuse(value);
    return;
  } else if (type == "d") {
    text = value;  // an ISO 8601 date-time, as written
    if (text.size() > 10 && text.compare(10, 9, "T00:00:00") == 0) text.resize(10);
  } else {
    if (*value == '\0' && child(c, "f")) {
      refuse("a formula whose value was not saved (the workbook was written by a program that does not calculate)");
      return;
    }
    if (*value == '\0') return;  // a styled empty cell
    char* end = nullptr;
    double number = std::strtod(value, &end);
    if (*end != '\0') {
      refuse(std::string("the number \"") + value + "\", which is not a number");
      return;
    }
    std::size_t style = std::size_t(std::atoi(attribute(c, "s")));
    NumberFormat format;
    if (style < ctx.styles->cell_formats.size()) format = ctx.styles->cell_formats[style];
    text = number_text(number, format, ctx.date1904);
  }
  if (!is_valid_utf8(text)) {
    refuse(kNotUtf8);
    return;
  }
  if (!text.empty()) sheet->cells[row][column] = std::move(text);
}

void read_sheet(const pugi::xml_document& doc, const SheetContext& ctx, XlsxSheet* sheet) {
  pugi::xml_node root = doc.document_element();
  int row_number = 0;
  for_children(child(root, "sheetData"), "row", [&](pugi::xml_node row) {
    int r = std::atoi(attribute(row, "r"));
    row_number = r > 0 ? r : row_number + 1;  // r may be left out: then rows are consecutive
    int column = 0;
    for_children(row, "c", [&](pugi::xml_node c) {
      int col = 0, at_row = 0;
      if (parse_reference(attribute(c, "r"), &col, &at_row)) {
        column = col;
      } else {
        ++column;
      }
      read_cell(c, row_number, column, ctx, sheet);
    });
  });
  for_children(child(root, "mergeCells"), "mergeCell", [&](pugi::xml_node m) {
    std::string_view ref = attribute(m, "ref");
    std::size_t colon = ref.find(':');
    XlsxRange range;
    if (colon != std::string_view::npos &&
        parse_reference(ref.substr(0, colon), &range.first_column, &range.first_row) &&
        parse_reference(ref.substr(colon + 1), &range.last_column, &range.last_row)) {
      sheet->merged.push_back(range);
    }
  });
}

}  // namespace

std::optional<XlsxWorkbook> read_xlsx_workbook(std::string_view bytes, std::string* problem) {
  OfficeZip package(bytes);
  if (!package.ok()) {
    *problem = package.problem();
    return std::nullopt;
  }
  const std::string workbook_part = package.main_part("xl/workbook.xml");
  if (workbook_part.compare(0, 5, "word/") == 0 || (!package.has(workbook_part) && package.has("word/document.xml"))) {
    *problem = "it is a Word document, not an Excel workbook";
    return std::nullopt;
  }
  if (!package.has(workbook_part)) {
    *problem = "it is a zip archive without a workbook (no " + workbook_part + ")";
    return std::nullopt;
  }
  const std::string base = workbook_part.substr(0, workbook_part.rfind('/') + 1);
  const std::string rels_part = base + "_rels/" + workbook_part.substr(base.size()) + ".rels";

  pugi::xml_document workbook, workbook_rels, shared_doc;
  if (!package.load(workbook_part, &workbook) || !package.load(rels_part, &workbook_rels)) {
    *problem = package.problem();
    return std::nullopt;
  }
  std::map<std::string, std::string> targets;  // relationship id → part
  std::string shared_part;
  for_children(workbook_rels.document_element(), "Relationship", [&](pugi::xml_node r) {
    std::string part = part_name(base, attribute(r, "Target"));
    targets[attribute(r, "Id")] = part;
    std::string type = attribute(r, "Type");
    if (type.size() >= 14 && type.compare(type.size() - 14, 14, "/sharedStrings") == 0) shared_part = part;
  });

  std::vector<std::string> shared;
  if (!shared_part.empty() && package.load(shared_part, &shared_doc, false)) {
    for_children(shared_doc.document_element(), "si",
                 [&](pugi::xml_node si) { shared.push_back(string_item_text(si)); });
  } else if (!shared_part.empty() && package.has(shared_part)) {
    *problem = package.problem();  // there, but broken
    return std::nullopt;
  }
  Styles styles = read_styles(package);
  pugi::xml_node root = workbook.document_element();
  SheetContext ctx{&shared, &styles, false};
  std::string date1904 = attribute(child(root, "workbookPr"), "date1904");
  ctx.date1904 = date1904 == "1" || date1904 == "true";

  XlsxWorkbook result;
  bool failed = false;
  for_children(child(root, "sheets"), "sheet", [&](pugi::xml_node s) {
    if (failed) return;
    auto target = targets.find(attribute(s, "id"));
    if (target == targets.end()) return;  // a chart sheet or a dangling entry: no cells
    XlsxSheet sheet;
    sheet.name = attribute(s, "name");
    if (!is_valid_utf8(sheet.name)) {
      *problem = "a sheet's name holds bytes that are not UTF-8 text (a damaged file)";
      failed = true;
      return;
    }
    pugi::xml_document doc;
    if (!package.load(target->second, &doc)) {
      *problem = package.problem();
      failed = true;
      return;
    }
    if (local_name(doc.document_element().name()) != "worksheet") return;  // chart sheet
    read_sheet(doc, ctx, &sheet);
    result.sheets.push_back(std::move(sheet));
  });
  if (failed) return std::nullopt;
  return result;
}

}  // namespace dutyatlas::builder
